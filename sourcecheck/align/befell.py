"""What befell the people counted, read after their noun in the figure's clause.

Why
---
"Three workers have died of heatstroke", "5 salariés sont morts" and "Sono saliti a 4 i
lavoratori morti" count dead workers, not the workers of a site ("the site employs 12
workers"): the frame reads "workers" as the noun and leaves the verb aside, so the dead and
the employed met as one quantity and 3 against 5 read as a conflict. A state word (the
modifiers marked `state: true`: dead, injured, missing) right after the noun, or after
auxiliaries only (`data/befell.yaml`: "have", "sont", "sono rimasti"), marks the noun's
key as `noun_key` marks "pompiers blessés" (`with_state`).

Example
-------
>>> befallen("Three workers have died of heatstroke.", "Three", "workers", "en")
'dead'
>>> befallen("The site employs 12 workers.", "12", "workers", "en")
''
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from sourcecheck import regexcache
from sourcecheck.align.nouns import Noun
from sourcecheck.align.shipped import align_data
from sourcecheck.extract.modifiers import state_of

REACH = 40  # characters after the figure where its noun may start


@lru_cache(maxsize=65536)
def befallen(quote: str, text: str, thing: str, lang: str) -> str:
    """The modifier id ("dead", "injured", "missing") of what the clause of the figure `text`
    says befell `thing`, the noun after it; "" when it says nothing."""
    at = quote.find(text) if text and thing and quote else -1
    if at < 0:
        return ""
    end = at + len(text)
    start = quote.lower().find(thing.lower(), end, end + REACH + len(thing))
    if start < 0:
        return ""
    m = _after(lang).match(quote, start + len(thing))
    return state_of(m.group(1), lang or None) if m else ""


def with_state(noun: Noun, state: str, ancestors: tuple[str, ...]) -> Noun:
    """`noun` with the mark of `state`, unless it has it or already is that state ("the
    injured": `ancestors` of its concept)."""
    if not state or not noun.key or state in ancestors or f"+{state}" in noun.key:
        return noun
    return Noun(f"{noun.key}+{state}", f"{noun.label}, {state}", f"{noun.evidence}; {state}")


def running(nouns: Iterable[str], concepts) -> frozenset[str]:
    """The nouns of `nouns` that count a running total: a cumulative concept ("dead"), or a
    noun marked with what befell it when that state is one ("employee+dead": dead workers).

    Why: "3 workers have died" on Tuesday and "4 workers have died" on Thursday count the
    dead, a toll that only grows; the mark keeps them apart from the workers of a site, and
    without this they were a count of workers, compared as two accounts of one moment
    rather than as a toll that grew.

    >>> from sourcecheck.extract.lexicon import load_concepts
    >>> sorted(running(["employee+dead", "employee", "dead", "employee+missing"],
    ...     load_concepts()))
    ['dead', 'employee+dead']
    """
    return frozenset(
        n
        for n in set(nouns)
        if n
        and (concepts.is_cumulative(n) or any(concepts.is_cumulative(m) for m in n.split("+")[1:]))
    )


@lru_cache(maxsize=8)
def _after(lang: str) -> re.Pattern:
    data = align_data("befell.yaml")
    words = set(data.get(lang) or ()) or {w for ws in data.values() for w in ws or ()}
    return regexcache.compile(
        rf"(?:\s+(?:{regexcache.alternatives(words)}))*\s+([^\W\d_]+)\b", re.IGNORECASE
    )
