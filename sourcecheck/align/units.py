"""Unit conversions written beside their measure are about what the measure is about.

Why
---
"a 260-kilometre (162-mile) pipeline", "95 km, or 59 miles": the second figure restates the
first in another unit, so it states the same quantity, and the unit rule must see it with
its measure. Extraction often gives it no noun of its own ("162-mile" has none), or a wrong
one. The measure's noun goes to its conversion: consecutive figures of one sentence, of one
dimension (a length, a weight, an area…) but another unit, close together with only an
opening parenthesis, a comma or "or"/"soit"/"ossia" between them (`data/restated.yaml`). Money has its own pairs (`rules.blocks.conversions`).

Example
-------
>>> import pandas as pd
>>> quote = "A 260-kilometre (162-mile) pipeline."
>>> table = pd.DataFrame({"case": "c", "doc": "a", "quote": quote,
...     "text": ["260-kilometre", "162-mile"], "unit": ["kilometer", "mile"],
...     "dimension": "[length]", "noun": ["pipeline", ""], "noun_label": ["pipeline", ""],
...     "evidence": ["lexicon", ""]})
>>> restated(table)["noun"].tolist()
['pipeline', 'pipeline']
"""

from __future__ import annotations

import re
from functools import lru_cache

import pandas as pd

from sourcecheck import regexcache
from sourcecheck.align.owners import sentence_figures
from sourcecheck.align.shipped import align_data

NOT_MEASURES = ("count", "percent", "money")


def restated(table: pd.DataFrame, sentences: list[tuple] | None = None) -> pd.DataFrame:
    """`table` with each unit conversion given its measure's noun (see the module doc)."""
    nouns, labels = table["noun"].tolist(), table["noun_label"].tolist()
    notes, texts = table["evidence"].tolist(), table["text"].tolist()
    changed = False
    for a, b in restated_pairs(table, sentences):
        if nouns[a] and nouns[b] != nouns[a]:
            nouns[b], labels[b] = nouns[a], labels[a]
            notes[b] = f"{notes[a]}; the same measure in other units ({texts[a]})"
            changed = True
    if not changed:
        return table
    return table.assign(noun=nouns, noun_label=labels, evidence=notes)


def restated_pairs(table: pd.DataFrame, sentences: list[tuple] | None = None) -> list[tuple]:
    """(measure, conversion) rows: consecutive figures of one sentence, one dimension, two
    units, with only a parenthesis, a comma or "or"/"soit"/"ossia" between them."""
    units, dims = table["unit"].tolist(), table["dimension"].tolist()
    return [
        (a, b)
        for quote, end, start, a, b in _neighbours(table, sentences)
        if dims[a] not in NOT_MEASURES and dims[a] == dims[b] and units[a] != units[b]
        and _between().fullmatch(quote, end, start)
    ]  # fmt: skip


def bracketed_pairs(table: pd.DataFrame, sentences: list[tuple] | None = None) -> list[tuple]:
    """(figure, figure in brackets after it) rows of one measure: "44.6 degrees Celsius (119
    degrees Fahrenheit)", "3,200 hectares (7,900 acres)", whatever units the extractor read
    (a unit word it left out of the figure, "Celsius", may stand before the bracket); not a
    bracket that writes a year of its own, an earlier figure ("12.4 million (41.7 million in
    2030)")."""
    dims = table["dimension"].tolist()
    return [
        (a, b)
        for quote, end, start, a, b in _neighbours(table, sentences)
        if dims[a] not in ("count", "percent") and dims[a] == dims[b]
        and "(" in quote and _BRACKET.fullmatch(quote, end, start)
        and not _YEAR.search(quote, start, max(start, quote.find(")", start)))
    ]  # fmt: skip


def _neighbours(table: pd.DataFrame, sentences: list[tuple] | None):
    """(sentence, end of the first, start of the second, row, row) of each two consecutive
    figures of a sentence (`sentences`: `owners.sentence_figures`, read when not given)."""
    for quote, figures in sentence_figures(table) if sentences is None else sentences:
        for (_, end, a), (start, _, b) in zip(figures, figures[1:], strict=False):
            yield quote, end, start, a, b


def _both_ways(pairs: list[tuple[int, int]]):
    """Each pair of rows as (giver, taker), then the other way round."""
    for a, b in pairs:
        yield a, b
        yield b, a


_BRACKET = regexcache.compile(r"\s*[^\W\d]{0,12}\s*\(\s*")
_YEAR = regexcache.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def shared_days(table: pd.DataFrame, pairs: list[tuple[int, int]]) -> pd.DataFrame:
    """`table` where one side of an amount restated beside itself (`pairs` of rows: "44.6
    degrees Celsius (119 degrees Fahrenheit) on Monday", "€2.5 billion ($2.7 billion)")
    states its day in its clause and the other took its document's day: both are of the
    stated day. One figure written twice is one statement of one day; the frame read the day
    for the figure nearer its words.

    Example: days ("2024-03-04", "clause") and ("2024-03-06", "document") → both 2024-03-04."""
    days, sources = table["refers_to"].tolist(), table["day_from"].tolist()
    changed = False
    for give, take in _both_ways(pairs):
        if sources[give] == "clause" and days[give] and sources[take] == "document":
            days[take], sources[take] = days[give], "clause"
            changed = True
    if not changed:
        return table
    return table.assign(refers_to=days, day_from=sources)


def shared_keys(table: pd.DataFrame, pairs: list[tuple[int, int]]) -> pd.DataFrame:
    """`table` where one side of a measure restated beside itself (`pairs` of rows: "110
    km/h (68 mph)", "95 km, or 59 miles") was given a place or a day and the other was not:
    both take it. The frame reads a place and a day once for the clause; the assumptions
    made for a figure (the story's place, the day the other accounts give) are made per unit,
    and a conversion alone in its unit gets none, so it would fall out of its quantity.

    Example: scopes ("Castelbrun", "") and days ("2025-03-02", "") → both Castelbrun, 2025-03-02."""
    scopes, days = table["scope"].tolist(), table["day"].tolist()
    notes, texts = table["evidence"].tolist(), table["text"].tolist()
    changed = False
    for give, take in _both_ways(pairs):
        for column, given in (("scope", scopes), ("day", days)):
            if given[give] and not given[take]:
                given[take] = given[give]
                notes[take] = f"{notes[take]}; {column} as {texts[give]}'s, which it restates"
                changed = True
    if not changed:
        return table
    return table.assign(scope=scopes, day=days, evidence=notes)


@lru_cache(maxsize=1)
def _between() -> re.Pattern:
    words = {w for ws in align_data("restated.yaml").values() for w in ws or ()}
    alternatives = regexcache.alternatives(words)
    return regexcache.compile(rf"\s*[(,–—-]?\s*(?:(?:{alternatives})\s+)?", re.IGNORECASE)
