"""Repeats: one source giving two different values for one quantity in one document.

Why
---
A source does not usually contradict itself within a few lines: when one document gives,
for what alignment reads as one quantity, two figures that cannot both hold ("22,000
households still without power, down from 40,000"; "the €910 million fine … after the
€390 million it paid in 2022"; "300 evacuated in the city … 2,100 across the region"), the
words told two quantities apart (a before and an after, two years, two places) that the
frame did not read. They are two subjects, not a conflict of the source with itself. Figures
of other documents join the one of the two their value meets: a wire that gives the 40,000
of Tuesday is compared with the 40,000, not with today's 22,000.

Figures of one sentence are no exception ("46 arrests (21 in Italy, 11 in France)", "Skylark
cancelled 110 flights and Voliamo 28", "Italy accounts for 65 of the cases and France for
19": a breakdown, two owners, two places the frame did not read), unless the sentence sets
its figures against each other (`contrast`: "245 000 selon la CGT, 30 000 selon la police",
"38 % contre 41 %"): there two sources may be the one the attribution read.

Figures that meet, or nearly (within 10%: a rounding or a slip the rules report), stay one
quantity ("more than 1 million" and "1.08 million", "700" and "more than 700"); so do figures
that another source gives in the same document (the union's and the police's counts), and
figures in two currencies or units (a conversion).

Example
-------
>>> import pandas as pd

from sourcecheck.align.shipped import align_data
>>> table = pd.DataFrame({"subject": "s", "doc": ["a", "a", "b"], "source": "X",
...     "currency": "", "unit": "", "low": [22000.0, 40000.0, 40000.0],
...     "high": [22000.0, 40000.0, 40000.0], "start": [10, 80, 5]})
>>> marks(table)
['', 'repeat=1', 'repeat=1']
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

import numpy as np
import pandas as pd

from sourcecheck import regexcache
from sourcecheck.align.shipped import align_data

CLOSE = 1.1  # figures within 10% of each other are one quantity: a rounding or a slip


def marks(table: pd.DataFrame) -> list[str]:
    """For each row of `table` (columns subject, doc, source, currency, unit, low, high,
    start, and `sentence` when known: the sentence of a row whose sentence is a `contrast`,
    NaN otherwise), "" or "repeat=K": the K-th other quantity of its subject that a
    document's source told apart from the first one it gave."""
    out = [""] * len(table)
    subjects = table["subject"].tolist()
    keys = list(
        zip(
            subjects,
            table["doc"].tolist(),
            table["source"].tolist(),
            table["currency"].tolist(),
            table["unit"].tolist(),
            strict=True,
        )
    )
    spans = _spans(table["low"], table["high"])
    starts = table["start"].tolist()
    sentences = table["sentence"].tolist() if "sentence" in table else [None] * len(table)
    groups: dict[tuple, list[int]] = {}
    for i, key in enumerate(keys):
        if key[0] and spans[i] is not None:
            groups.setdefault(key, []).append(i)
    firsts: dict[str, set[tuple[float, float]]] = {}
    others: dict[str, list[tuple[float, float]]] = {}
    split: set[int] = set()
    for key, rows in groups.items():
        if len(rows) < 2:
            continue
        rows = sorted(rows, key=lambda i: starts[i])
        shared = Counter(sentences[i] for i in rows)  # figures of one contrast stay together
        first = {spans[rows[0]]}
        for i in rows[1:]:
            at = sentences[i]
            together = at is not None and at == at and shared[at] > 1  # known, not NaN
            if not together and not any(_meet(spans[i], s) for s in first):
                others.setdefault(key[0], []).append(spans[i])
                split.add(i)
            else:
                first.add(spans[i])
        if any(i in split for i in rows):
            firsts.setdefault(key[0], set()).update(first)
    if not split:
        return out
    bands = {s: _bands(list(set(found))) for s, found in others.items()}
    for i, subject in enumerate(subjects):
        if subject not in bands or spans[i] is None:
            continue
        if i not in split and any(_meet(spans[i], s) for s in firsts[subject]):
            continue
        for k, band in enumerate(bands[subject], start=1):
            if _meet(spans[i], band):
                out[i] = f"repeat={k}"
                break
    return out


def contrast(quote: str, lang: str | None = None) -> bool:
    """Whether sentence `quote` sets figures against each other: a contrast word, or two
    sources cited (`data/contrasts.yaml`).

    >>> contrast("245 000 selon la CGT, 30 000 selon la police.")
    True
    >>> contrast("Skylark a annulé 110 vols et Voliamo 28.")
    False
    """
    against, cites = _contrasts()
    return bool(against.search(quote)) or len(cites.findall(quote)) >= 2


@lru_cache(maxsize=1)
def _contrasts() -> tuple[re.Pattern, re.Pattern]:
    data = align_data("contrasts.yaml")

    def alternation(key: str) -> re.Pattern:
        found = {w for ws in (data.get(key) or {}).values() for w in ws or ()}
        words = "|".join(re.escape(w) for w in sorted(found, key=lambda w: (-len(w), w)))
        return regexcache.compile(rf"(?<!\w)(?:{words})(?!\w)", re.IGNORECASE)

    return alternation("against"), alternation("attributions")


def _spans(low: pd.Series, high: pd.Series) -> list[tuple[float, float] | None]:
    """Each row's interval, an open end infinite; None where neither end is known."""
    lo = pd.to_numeric(low, errors="coerce").to_numpy(dtype=float)
    hi = pd.to_numeric(high, errors="coerce").to_numpy(dtype=float)
    unknown = (np.isnan(lo) & np.isnan(hi)).tolist()
    lo, hi = np.nan_to_num(lo, nan=-np.inf).tolist(), np.nan_to_num(hi, nan=np.inf).tolist()
    return [None if u else (a, b) for u, a, b in zip(unknown, lo, hi, strict=True)]


def _meet(a: tuple[float, float], b: tuple[float, float]) -> bool:
    return a[0] <= b[1] * CLOSE and b[0] <= a[1] * CLOSE


def _bands(spans: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """The spans joined where they meet, in order of value."""
    out: list[tuple[float, float]] = []
    for lo, hi in sorted(spans):
        if out and lo <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], hi))
        else:
            out.append((lo, hi))
    return out


__all__ = ["contrast", "marks"]
