"""Tallies: a day's count told from the running total of the same quantity.

Why
---
A strike or a storm is counted two ways: a running total ("Ferroval a supprimé 212 trains
depuis lundi", "900 trains cancelled since Monday") and each day's tally ("Ferroval ha
soppresso oggi 35 treni", "martedì 51"). Given one subject, the 35 of Wednesday and the 212
of the same Wednesday were a value-conflict; they are two quantities. A figure that says it
runs since a start (`since_start`: "since Monday", "depuis le 1er mars", "dall'inizio
dell'anno") is a running total; when a story gives a quantity so, a smaller figure of it for
the same day, whose own clause states that day, is the day's tally (`tallies`). Figures of
other days are apart already; a figure the total meets is the total. A running count of the
lexicon (the dead, the evacuees) is a total whatever its words: "9 morts jeudi" is the toll
on Thursday.

Example
-------
>>> [since_start(q, t, "fr") for q, t in (
...     ("Ferroval a supprimé 212 trains depuis lundi.", "212"),
...     ("Bilan : 610 trains supprimés depuis lundi, dont 180 le premier jour.", "180"),
...     ("Ferroval a supprimé aujourd'hui 35 trains.", "35"))]
[True, False, False]
"""

from __future__ import annotations

import re
from functools import lru_cache

from sourcecheck import regexcache
from sourcecheck.align.shipped import align_data

BREAKS = ',;:.!?()«»"“”'  # a clause ends at these
REACH = 80  # characters either side of the figure looked at, within its clause
TALLY = "tally"  # the subject mark of a day's tally
CLOSE = 1.1  # a figure within 10% of the total is the total (a rounding), not a tally


def since_start(quote: str, text: str, lang: str | None) -> bool:
    """Whether the figure `text` of sentence `quote` says, in its clause or in the words
    opening its sentence ("Depuis lundi, 212 trains …"), that it runs since a start (a day,
    a month, the start of something)."""
    return said(_pattern(lang or ""), quote, text)


def said(pattern: re.Pattern, quote: str, text: str) -> bool:
    """Whether `pattern` stands in the clause of the figure `text` of sentence `quote`, or
    in the words opening the sentence with no sentence break before the figure ("Depuis
    lundi, 212 trains …")."""
    at = quote.find(text) if text else -1
    if at < 0 or not pattern.search(quote):
        return False
    start = max(0, at - REACH)
    start = max([start, *(k + 1 for b in BREAKS if (k := quote.rfind(b, start, at)) >= 0)])
    end = min(len(quote), at + len(text) + REACH)
    stops = [k for b in BREAKS if (k := quote.find(b, at + len(text), end)) >= 0]
    if pattern.search(quote, start, min(stops, default=end)):
        return True
    opening = pattern.match(quote, len(quote) - len(quote.lstrip()))  # "Since Monday, 40 …"
    return bool(opening) and not any(b in quote[opening.end() : at] for b in ".;:")


def tallies(
    groups: list[tuple | None], values: list[float], total: list[bool], told: list[bool]
) -> list[bool]:
    """For each row, whether it is a day's tally: its own clause states its day (`told`) and
    another row of its group (`groups`: one tuple per row, the quantity with its day; None for
    rows never marked) runs since a start (`total`) to a figure more than 10% larger. A
    figure the total meets is the total itself, or the tally of its first day.

    >>> tallies([("flight", "wed"), ("flight", "wed"), ("flight", "wed"), ("flight", "mon")],
    ...         [212, 35, 205, 40], [True, False, False, False], [False, True, True, True])
    [False, True, False, False]
    """
    largest = largest_of(groups, values, total)
    return [
        g is not None and d and not t and v * CLOSE < largest.get(g, -1.0)
        for g, v, t, d in zip(groups, values, total, told, strict=True)
    ]


def largest_of(groups: list[tuple | None], values: list[float], flags: list[bool]) -> dict:
    """Each group's largest value among its flagged rows (a running total's, a year's)."""
    largest: dict[tuple, float] = {}
    for g, v, f in zip(groups, values, flags, strict=True):
        if g is not None and f and v == v:
            largest[g] = max(largest.get(g, v), v)
    return largest


def since(lang: str, ends: str) -> str:
    """Pattern text of a word of `since` (`tallies.yaml`), an article maybe, then one of
    `ends` (an alternation): "depuis le début", "dall'inizio", "since January"."""
    words_since = regexcache.alternatives(words("since", lang))
    return rf"(?:{words_since})\s*(?:(?:le|il|lo|la|the)\s+)?(?:{ends})"


def words(key: str, lang: str) -> list[str]:
    """The words of `key` in `tallies.yaml` for `lang` (of every language when it has none),
    longest first."""
    given = align_data("tallies.yaml").get(key) or {}
    found = given.get(lang) or [w for ws in given.values() for w in ws or ()]
    return regexcache.longest_first(found)


@lru_cache(maxsize=8)
def _pattern(lang: str) -> re.Pattern:
    from sourcecheck.align.nouns import calendar_words

    begin = "|".join(re.escape(w) for w in [*words("start", lang), *sorted(calendar_words())])
    return regexcache.compile(rf"(?<![\w'’]){since(lang, begin)}(?!\w)", re.IGNORECASE)


__all__ = ["TALLY", "since_start", "tallies"]
