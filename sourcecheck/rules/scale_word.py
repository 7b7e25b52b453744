"""Figures for the same thing a thousand or a million times apart, with different scale words.

Why
---
"milliards" for "millions", "mila" for "milioni", "billion" read as the French "billion"
(10¹²): a scale word lost in translation moves a figure by three or six orders of magnitude,
and both versions then circulate. The figures must state the same quantity (one subject, in one
measure), their ratio close to 10³ or 10⁶, and written with different scale words.

Example
-------
ANSA: 10,6 milioni di euro · Reuters: 10.6 billion euros → scale-word

Options
-------
tolerance: how far (relative) the ratio may be from 10³ or 10⁶ (default 0.1)
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from sourcecheck import wording
from sourcecheck.rules import blocks

ID = "scale-word"
SEVERITY = "error"
OPTIONS = {"tolerance": 0.1}


def run(claims: pd.DataFrame, *, tolerance: float = 0.1) -> pd.DataFrame:
    """One finding per pair of positions ~10³/10⁶ apart whose scale words differ."""
    claims = blocks.prepare(claims)
    claims = blocks.shared(
        claims[(claims["subject"] != "") & (claims["value"] > 0)], blocks.SAME_THING
    )
    claims = claims.assign(position=blocks.positions(claims, blocks.SAME_THING))
    if claims.empty:
        return blocks.found([])
    summary = blocks.summarise(claims, blocks.SAME_THING)
    scales = claims.groupby("position")["scale"].agg(lambda s: frozenset(s))
    by_id = claims.set_index("claim_id")
    rep_value = dict(zip(claims["claim_id"], claims["value"].astype(float), strict=True))
    reps = summary["rep"].tolist()
    rows = []
    for idx in blocks.block_rows(summary, blocks.SAME_THING, sort=False):
        values = np.array([rep_value[reps[i]] for i in idx], dtype=float)
        for i, j in blocks.scale_pairs(values, tolerance):
            small, large = summary.iloc[idx[i]], summary.iloc[idx[j]]
            if scales[small["position"]] == scales[large["position"]]:
                continue
            picked = claims[claims["position"].isin([small["position"], large["position"]])]
            group = {small["position"]: small["label"], large["position"]: large["label"]}
            a, b = by_id.loc[small["rep"]], by_id.loc[large["rep"]]
            rows.append(
                {
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
                        (c, group[p])
                        for c, p in zip(picked["claim_id"], picked["position"], strict=True)
                    ],
                }
            )
    return blocks.found(rows)
