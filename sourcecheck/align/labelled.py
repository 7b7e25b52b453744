"""Labelled places: a figure written after a place name and a colon is that place's figure.

Why
---
Releases break a total down as a list: "46 arrests (Italy: 21, France: 11, Spain: 9)",
"Feriti: Liguria: 12, Toscana: 4", "Interpellations — Belgique : 3". The frame reads a place
from the words around a figure ("21 in Italy"), not from a label before it, so each part of
the breakdown stood with no place, one quantity with the total and with every other part:
one source reported as contradicting itself five times, and every country's figure compared
with the whole. A figure with no place, right after a place name and a colon, takes that
place; its evidence says so.

Example
-------
>>> labelled_place("46 arrests (Italy: 21, France: 11, Albania: 2)", "2")
'Albania'
>>> labelled_place("Rapport : 46 arrests", "46")
''
"""

from __future__ import annotations

import re
from functools import lru_cache

import pandas as pd

from sourcecheck import regexcache
from sourcecheck.align.evidence import noted
from sourcecheck.extract.places import find_places

_LABEL = regexcache.compile(
    r"([^\W\d_][^,;:()\[\]\d]{0,40}?)\s*:\s*$"
)  # "…Italy: " before the figure


@lru_cache(maxsize=65536)
def labelled_place(quote: str, text: str) -> str:
    """The place named by the label right before figure `text` in `quote`, or ""."""
    if ":" not in quote:
        return ""
    found = re.search(rf"(?<![\d.,]){re.escape(text)}(?![\d])", quote) if text else None
    start = found.start() if found else -1  # "2" of "Albania: 2", not of "Italy: 21"
    return _labelled(quote[max(0, start - 50) : start]) if start > 0 else ""


@lru_cache(maxsize=65536)
def _labelled(before: str) -> str:
    found = _LABEL.search(before)
    if not found:
        return ""
    label = found.group(1)
    places = find_places(label)
    if not places or places[-1].end != len(label.rstrip()):
        return ""  # the label must end with the place: "Italy:", not "Italy said:"
    return places[-1].name


def with_labelled_places(table: pd.DataFrame) -> pd.DataFrame:
    """`table` (scope, quote, text, evidence) with unplaced figures after a place label
    given that place."""
    unplaced = table["scope"].eq("")
    if not unplaced.any():
        return table
    quotes, texts = (table.loc[unplaced, c].tolist() for c in ("quote", "text"))
    rows = zip(quotes, texts, strict=True)
    found = [labelled_place(q, t) for q, t in rows]
    if not any(found):
        return table
    notes = [f"its place is the label before it ({p})" if p else "" for p in found]
    return noted(table.copy(), unplaced, "scope", found, notes)
