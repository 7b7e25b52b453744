"""Year-to-date totals: a running count of the year, told beside the count of one event.

Why
---
Wildfire, migration and epidemic coverage gives two running counts of one noun: the event's
("l'incendie a parcouru 1 200 hectares", "120 migrants landed overnight") and the year's
("depuis le début de l'année, plus de 9 000 hectares ont brûlé en France", "27,450 arrivals
since January"). Given one subject, 1 200 against 9 000 was a value-conflict; they are two
quantities. A figure whose clause (or the words opening its sentence) says it runs since the
start of the year (`tallies.yaml`: `since` + `year`, or a `so_far` phrase) is the year's
total. When a quantity is told both ways (a year's figure and, on the same day, a smaller
figure that does not say so), every year's figure of it, and every figure within 10% of a
year's figure of its day (the same total told without the words), is marked `YEAR`: the
year's total keeps its own subject and series over the days. A story that gives a quantity
only as the year's total, or only one way, keeps its subjects as they were.

Example
-------
>>> year_to_date("Depuis le début de l'année, plus de 9 000 hectares ont brûlé.", "9 000", "fr")
True
>>> year_to_date("L'incendie a parcouru 1 200 hectares depuis lundi.", "1 200", "fr")
False
>>> marks([("ha", "mon"), ("ha", "mon"), ("ha", "tue")], [9000.0, 1200.0, 9400.0],
...       [True, False, True])
[True, False, True]
"""

from __future__ import annotations

import re
from functools import lru_cache

from sourcecheck import regexcache
from sourcecheck.align.tallies import CLOSE, largest_of, said, since, words

YEAR = "year"  # the subject mark of a year-to-date total


def year_to_date(quote: str, text: str, lang: str | None) -> bool:
    """Whether the figure `text` of sentence `quote` says, in its clause or in the words
    opening its sentence ("Since January, 27,450 …"), that it runs since the start of the
    year."""
    return said(_pattern(lang or ""), quote, text)


def marks(groups: list[tuple | None], values: list[float], year: list[bool]) -> list[bool]:
    """For each row, whether it is a year's total of a quantity told both ways. `groups`: one
    tuple per row, its quantity (first) and its day (last), None for rows never marked;
    `year`: whether its clause says it runs since the start of the year."""
    largest = largest_of(groups, values, year)
    if not largest:
        return [False] * len(groups)
    totals: dict[tuple, list[float]] = {}
    for g, v, y in zip(groups, values, year, strict=True):
        if g is not None and y and v == v:
            totals.setdefault(g, []).append(v)
    both = {
        g[:-1]
        for g, v, y in zip(groups, values, year, strict=True)
        if g is not None and not y and v * CLOSE < largest.get(g, -1.0)
    }
    return [
        g is not None
        and g[:-1] in both
        and (y or any(t <= v * CLOSE and v <= t * CLOSE for t in totals.get(g, ())))
        for g, v, y in zip(groups, values, year, strict=True)
    ]


@lru_cache(maxsize=8)
def _pattern(lang: str) -> re.Pattern:
    year, so_far = (regexcache.alternatives(words(kind, lang)) for kind in ("year", "so_far"))
    return regexcache.compile(rf"(?<![\w'’])(?:{since(lang, year)}|{so_far})(?!\w)", re.IGNORECASE)


__all__ = ["YEAR", "marks", "year_to_date"]
