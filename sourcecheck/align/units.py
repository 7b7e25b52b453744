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
    units, dims = table["unit"].tolist(), table["dimension"].tolist()
    nouns, labels = table["noun"].tolist(), table["noun_label"].tolist()
    notes, texts = table["evidence"].tolist(), table["text"].tolist()
    changed = False
    for quote, figures in sentence_figures(table) if sentences is None else sentences:
        for (_, end, a), (start, _, b) in zip(figures, figures[1:], strict=False):
            if dims[a] in NOT_MEASURES or dims[a] != dims[b] or units[a] == units[b]:
                continue
            if nouns[a] and nouns[b] != nouns[a] and _between().fullmatch(quote, end, start):
                nouns[b], labels[b] = nouns[a], labels[a]
                notes[b] = f"{notes[a]}; the same measure in other units ({texts[a]})"
                changed = True
    if not changed:
        return table
    return table.assign(noun=nouns, noun_label=labels, evidence=notes)


@lru_cache(maxsize=1)
def _between() -> re.Pattern:
    words = {w for ws in align_data("restated.yaml").values() for w in ws or ()}
    alternatives = regexcache.alternatives(words)
    return regexcache.compile(rf"\s*[(,–—-]?\s*(?:(?:{alternatives})\s+)?", re.IGNORECASE)
