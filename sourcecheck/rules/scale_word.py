"""Figures for the same thing a thousand or a million times apart, with different scale words.

Why
---
"milliards" for "millions", "mila" for "milioni", "billion" read as the French "billion"
(10¹²): a scale word lost in translation moves a figure by three or six orders of magnitude,
and both versions then circulate. The figures must state the same quantity (one subject, in one
measure), their ratio close to 10³ or 10⁶, and written with different scale words.

The same scale word slips too where a figure writes thousands before it ("3.164 milioni",
3 164 million): read with its separator as a decimal point, it becomes "3.2 million"
(`_grouped`).

Positions that differ only by a rounding slip ("3,1 milliards" beside "3.164 milioni",
rounding's business) are one stand: a figure a thousand times smaller than both is one slip,
found once with both ("3.2 million" for the 3.164 billion both give), not once per figure.

Example
-------
ANSA: 10,6 milioni di euro · Reuters: 10.6 billion euros → scale-word

Options
-------
tolerance: how far (relative) the ratio may be from 10³ or 10⁶ (default 0.1)
"""

from __future__ import annotations

import math

import numpy as np
import pandas as pd

from sourcecheck import regexcache, wording
from sourcecheck.rules import blocks

ID = "scale-word"
SEVERITY = "error"
OPTIONS = {"tolerance": 0.1}


def run(claims: pd.DataFrame, *, tolerance: float = 0.1) -> pd.DataFrame:
    """One finding per pair of stands ~10³/10⁶ apart whose scale words differ, or whose
    large figure writes thousands before its scale word (`_grouped`)."""
    claims = blocks.prepare(claims)
    claims = blocks.shared(
        claims[(claims["subject"] != "") & (claims["value"] > 0)], blocks.SAME_THING
    )
    claims = claims.assign(position=blocks.positions(claims, blocks.SAME_THING))
    if claims.empty:
        return blocks.found([])
    summary = blocks.summarise(claims, blocks.SAME_THING)
    scales = claims.groupby("position")["scale"].agg(lambda s: frozenset(s))
    by_id = blocks.records_by_id(claims)
    reps, numbers, labels = (summary[c].tolist() for c in ("rep", "position", "label"))
    rows = []
    for idx in blocks.block_rows(summary, blocks.SAME_THING, sort=False):
        picked = [by_id[reps[i]] for i in idx]
        stand = blocks.union_find(len(idx), [(k, k + 1) for k in blocks.rounded_neighbours(picked)])
        values = np.array([r["value"] for r in picked], dtype=float)
        seen = set()
        for i, j in sorted(blocks.scale_pairs(values, tolerance), key=lambda p: _off(values, p)):
            if (stand[i], stand[j]) in seen:
                continue
            seen.add((stand[i], stand[j]))
            small = [idx[k] for k in range(len(idx)) if stand[k] == stand[i]]
            large = [idx[k] for k in range(len(idx)) if stand[k] == stand[j]]
            group = {numbers[k]: labels[k] for k in small + large}
            held = claims[claims["position"].isin(group)]
            if _scales(scales, numbers, small) == _scales(scales, numbers, large):
                if not any(map(_grouped, held[held["value"] > values[i] * 100]["text"])):
                    continue  # one scale word, and no thousands written before it
            rows.append(_finding(picked[i], picked[j], held, group))
    return blocks.found(rows)


def _off(values: np.ndarray, pair: tuple[int, int]) -> float:
    """How far the ratio of a pair of values is from the nearest power of a thousand (in
    log10): the closest pair of two stands names their slip."""
    ratio = math.log10(values[pair[1]] / values[pair[0]])
    return abs(ratio - 3 * round(ratio / 3))


def _grouped(text: str) -> bool:
    """Whether a figure writes thousands before its scale word ("3.164 milioni", "1,850
    million"): read with its separator as a decimal point, it is a thousand times smaller,
    in the same scale word ("3.2 million").

    >>> _grouped("3.164 milioni di euro"), _grouped("3,2 millions"), _grouped("3 164 000")
    (True, False, False)
    """
    return bool(_GROUPED.search(text))


_GROUPED = regexcache.compile(r"(?<![\d.,])\d{1,3}[.,]\d{3}\s*[^\W\d]")


def _scales(scales: pd.Series, numbers: list[int], rows: list[int]) -> frozenset[str]:
    """The scale words the positions of `rows` (summary rows) are written with."""
    return frozenset().union(*(scales[numbers[k]] for k in rows))


def _finding(a: dict, b: dict, picked: pd.DataFrame, group: dict) -> dict:
    """The finding for the small figure `a` and the large `b`, holding the claims `picked`
    (their stands'), each labelled by its position (`group`)."""
    return {
        "message": f"{a['text']} vs {b['text']}: a factor of "
        f"{wording.fmt(b['value'] / a['value'], 0)} for {a['subject_label']}",
        "explanation": (
            f"{a['text']} ({a['source']}) = {wording.fmt(a['value'])}; "
            f"{b['text']} ({b['source']}) = {wording.fmt(b['value'])}; ratio "
            f"{wording.fmt(b['value'] / a['value'], 1)}: scale words "
            f"«{a['scale'] or 'none'}» and «{b['scale'] or 'none'}»."
        ),
        "subject": blocks.subject(a),
        "members": [
            (c, group[p]) for c, p in zip(picked["claim_id"], picked["position"], strict=True)
        ],
    }
