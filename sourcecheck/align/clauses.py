"""Whether a concept read from the words around a figure belongs to the figure's own clause.

Why
---
A figure with no noun (money, a measure, a bare count) takes its concept from a context word
of its sentence ("fined … €2.5 billion" → fine). Across a whole sentence that reading is too
eager: in "jobseekers can claim benefits for 15 months, saving 3.4 billion euros a year" the
saving is not a benefit, and in "the EU puts €300m into the project, while Italy builds the
95 km leg itself, at a cost of €450m" the grant is not a cost. Two amounts taken for one
quantity that way are the worst false findings. Alignment keeps a context concept only when
one of its words stands in the figure's clause: near it, with no clause break (a comma or a
semicolon followed by a space) in between: a conversion in parentheses
("40 km (25 miles)") is in its amount's clause, and so is a figure an apposition sets off
from its word ("fined Castelbruno, the ferry operator, €6 million": `_apposed`). Otherwise the figure is read as
having no noun, and its anchor word or a recurring figure decides.

Example
-------
>>> from sourcecheck.extract.lexicon import load_concepts
>>> concepts = load_concepts()
>>> s = "Benefits last 15 months, saving 3.4 billion euros a year."
>>> in_clause(s, "3.4 billion euros", "en", "subsidy", concepts)
False
>>> in_clause("Brussels fined the firm €2.5 billion.", "€2.5 billion", "en", "fine", concepts)
True
>>> in_clause("Rome fined Norvale, a courier, €4 million.", "€4 million", "en", "fine", concepts)
True
"""

from __future__ import annotations

import re
from functools import cache

from sourcecheck import regexcache
from sourcecheck.align.shipped import align_data
from sourcecheck.extract.lexicon import Concepts
from sourcecheck.extract.sentences import words

WINDOW = 60  # characters on each side of the figure where its clause's words stand
_BREAK = regexcache.compile(r"[,;](?!\d)")  # "2,5" is a number, ", " a clause break


def in_clause(quote: str, text: str, lang: str, concept: str, concepts: Concepts) -> bool:
    """Whether a context word of `concept` stands in the clause of figure `text` of `quote`.

    True when the figure is not found in its quote: nothing to check.
    """
    start = quote.find(text) if text else -1
    if start < 0:
        return True
    end = start + len(text)
    lo, hi = max(0, start - WINDOW), min(len(quote), end + WINDOW)
    for pos, cid in concepts.context_words(quote, words(quote, lo, hi), lang or None):
        if cid != concept:
            continue
        between = quote[pos:start] if pos < start else quote[end:pos]
        if not _BREAK.search(_apposed().sub(" ", between)):
            return True
    return False


@cache
def _apposed() -> re.Pattern:
    """Appositions: ", " then a phrase with no figure and no other break that opens with a
    determiner or a capital (`data/appositions.yaml`), then ", " ("…, the ferry operator, …",
    "…, Agence Norvale, …"): a noun renamed, not a clause of its own.

    Example: _apposed().sub(" ", "fined Castelbruno, the ferry operator, ") == "fined Castelbruno "
    """
    words = {w for ws in align_data("appositions.yaml").values() for w in ws or ()}
    opening = regexcache.alternatives(words)
    return regexcache.compile(
        rf",\s+(?:(?i:{opening})(?<=['’])|(?i:{opening})\s+|[A-ZÀ-Þ])[^,;\d()]{{1,60}}?,\s+"
    )
