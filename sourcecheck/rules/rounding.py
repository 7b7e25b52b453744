"""A rounded figure that the more precise figure for the same thing does not round to.

Why
---
"10,7 millions d'euros" and "10 619 000 €" are both attributed to the same estimate, but
10 619 000 rounds to 10.6 million: the rounded figure is off by one step of its own precision,
the classic slip of rounding up by hand (Cornell's AggChecker: a claim is wrong if the true
value cannot be rounded to it). The finding names what the precise figure rounds to.

Example
-------
Eurojust: 10,7 millions d'euros · GdF: 10 619 000 € → "10 619 000 € rounds to 10.6 million,
not 10.7 million"

Options
-------
(none)
"""

from __future__ import annotations

import pandas as pd

from sourcecheck import wording
from sourcecheck.rules import blocks

ID = "rounding"
SEVERITY = "warning"
OPTIONS: dict = {}


def run(claims: pd.DataFrame) -> pd.DataFrame:
    """One finding per pair of neighbouring positions that differ by one rounding step."""
    claims = blocks.prepare(claims)
    claims = blocks.comparable(claims[(claims["subject"] != "") & claims["value"].notna()])
    claims = blocks.shared(claims, blocks.SAME_THING)
    claims = claims.assign(position=blocks.positions(claims, blocks.SAME_THING))
    if claims.empty:
        return blocks.found([])
    summary = blocks.summarise(claims, blocks.SAME_THING).sort_values(
        [*blocks.SAME_THING, "low"], kind="stable"
    )
    by_id = blocks.records_by_id(claims)
    rep, position, label = (summary[c].tolist() for c in ("rep", "position", "label"))
    rows = []
    for idx in blocks.block_rows(summary, blocks.SAME_THING, sort=False):
        reps = [by_id[rep[i]] for i in idx]
        numbers, labels = [position[i] for i in idx], [label[i] for i in idx]
        for k in range(len(reps) - 1):
            for coarse, fine in ((k, k + 1), (k + 1, k)):
                rounded = blocks.rounding_slip(reps[coarse], reps[fine])
                if rounded is None:
                    continue
                picked = claims[claims["position"].isin([numbers[coarse], numbers[fine]])]
                group = {numbers[coarse]: labels[coarse], numbers[fine]: labels[fine]}
                rows.append(_finding(reps[coarse], reps[fine], rounded, picked, group))
                break
    return blocks.found(rows)


def _finding(coarse, fine, rounded: float, picked: pd.DataFrame, group: dict) -> dict:
    should, says = wording.in_scale(rounded), wording.in_scale(coarse["value"])
    step = coarse["high"] - coarse["low"]
    return {
        "message": f"{fine['text']} rounds to {should}, not {says}",
        "explanation": (
            f"{coarse['text']} ({coarse['source']}) is written to the nearest "
            f"{wording.fmt(step)}: it allows [{wording.fmt(coarse['low'])}, "
            f"{wording.fmt(coarse['high'])}]. {fine['text']} ({fine['source']}) is "
            f"{wording.fmt(fine['value'])}, which rounds to {wording.fmt(rounded)} ({should})."
        ),
        "subject": blocks.subject(coarse),
        "members": [
            (c, group[p]) for c, p in zip(picked["claim_id"], picked["position"], strict=True)
        ],
    }
