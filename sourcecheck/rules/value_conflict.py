"""Different sources or documents give figures for the same thing that cannot both be true.

Why
---
When the Guardia di Finanza says 350 Telegram channels and Eurojust says 370, at least one
is wrong (or they count different things): the editor must pick, qualify or attribute. Figures
agree when their intervals meet (DESIGN §5: "more than 350" and "oltre 370" agree); figures
for other dates or scopes ("worldwide" vs "in Italy") are not the same thing and are not
compared. Gaps that `rounding` or `scale-word` explain are left to them.

Example
-------
GdF: 350 canali Telegram · Eurojust: 370 Telegram channels → value-conflict

Options
-------
scale_tolerance: how close to 10³/10⁶ a ratio is left to scale-word (default 0.1)
"""

from __future__ import annotations

import pandas as pd

from sourcecheck import align, wording

ID = "value-conflict"
SEVERITY = "error"
OPTIONS = {"scale_tolerance": 0.1}


def run(claims: pd.DataFrame, *, scale_tolerance: float = 0.1) -> pd.DataFrame:
    """One finding per block of the same thing holding stands from different (doc, source)."""
    claims = align.prepare(claims)
    claims = align.comparable(claims[claims["concept"] != ""])
    claims = align.stands(claims, align.SAME_THING, scale_tolerance=scale_tolerance)
    claims = align.divided(claims, align.SAME_THING)
    every_label, bounds = align.stand_labels(claims), align.stand_bounds(claims)
    rows = []
    for _, block in claims.groupby(list(align.SAME_THING), sort=True):
        if block["stand"].nunique() < 2 or len(block[["doc", "source"]].drop_duplicates()) < 2:
            continue
        stands = block["stand"].unique()
        labels = {s: every_label[s] for s in stands}
        members = list(zip(block["claim_id"], block["stand"].map(labels), strict=True))
        said = block.groupby("stand")["source"].agg(wording.names)
        rows.append(
            {
                "message": f"{_thing(block.iloc[0])}: "
                + " vs ".join(f"{labels[s]} ({who})" for s, who in said.items()),
                "explanation": _explain(block, labels),
                "subject": align.subject(block.iloc[0]),
                "members": members,
                "severity": align.severity_of_gaps([bounds[s] for s in stands]),
            }
        )
    return align.found(rows)


def _explain(block: pd.DataFrame, labels: dict[int, str]) -> str:
    parts = []
    for stand, claims in block.groupby("stand"):
        lowest = claims.sort_values(["low", "low_open"]).iloc[0]
        highest = claims.sort_values(["high", "high_open"], ascending=[True, False]).iloc[-1]
        allows = wording.interval(
            lowest["low"], highest["high"], lowest["low_open"], highest["high_open"]
        )
        parts.append(
            f"{labels[stand]} allows {allows} "
            f"({len(claims)} claim(s): {wording.names(claims['source'])})"
        )
    return "; ".join(parts) + ". These intervals do not meet."


def _thing(claim: pd.Series) -> str:
    """ "protester (Paris, 2023-03-07)": the concept with its scope and date when given."""
    said = ", ".join(x for x in (claim["scope"], claim["refers_to"]) if x)
    return f"{claim['concept']} ({said})" if said else claim["concept"]
