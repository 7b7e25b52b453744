"""Different sources or documents give figures for the same thing that cannot both be true.

Why
---
When the Guardia di Finanza says 350 Telegram channels and Eurojust says 370, at least one
is wrong (or they count different things): the editor must pick, qualify or attribute. Two
claims are compared when alignment gave them one subject (the same quantity: thing, place,
day, rate); they agree when their intervals meet (DESIGN §5: "more than 350" and "oltre 370"
agree). One quantity given in several currencies or units is compared in a common measure:
euros at the ECB reference rate of each publication date, pint base units for lengths and
weights. Every divergence between sources is reported here, even one another rule explains
better (a rounding slip, a million/billion slip): the engine keeps the more specific finding
when its rule is enabled.

Example
-------
GdF: 350 canali Telegram · Eurojust: 370 Telegram channels → value-conflict

Options
-------
fx_tolerance: how far (relative) an amount converted at the ECB rate may move (default 0.02)
max_ratio: figures further apart than this factor are taken for different quantities the words
  did not tell apart, unless their scale words differ (default 10: police and union counts
  of one march stay within it; 700 officers in one city and 11 000 nationwide do not)
"""

from __future__ import annotations

import pandas as pd

from sourcecheck import wording
from sourcecheck.rules import blocks

ID = "value-conflict"
SEVERITY = "error"
OPTIONS = {"fx_tolerance": 0.02, "max_ratio": 10.0}
NEEDS = ("rates",)

_BLOCK = (*blocks.SAME_QUANTITY, "cmp_measure", "band")


def run(
    claims: pd.DataFrame, *, rates=None, fx_tolerance: float = 0.02, max_ratio: float = 10.0
) -> pd.DataFrame:
    """One finding per subject holding positions from different (doc, source)."""
    claims = blocks.prepare(claims)
    claims = blocks.comparable(claims[claims["subject"] != ""])
    claims = blocks.in_common_measure(claims, rates, fx_tolerance)
    claims = claims.assign(
        band=blocks.magnitude_bands(claims, _BLOCK[:-1], max_ratio, value="cmp_value")
    )
    claims = claims.assign(
        stand=blocks.firm_positions(claims, _BLOCK, low="cmp_low", high="cmp_high")
    )
    claims = blocks.divided(claims, _BLOCK)
    every_label = blocks.stand_labels(claims)
    bounds = claims.groupby("stand").agg(low=("cmp_low", "min"), high=("cmp_high", "max"))
    rows = []
    for _, block in claims.groupby(list(_BLOCK), sort=True):
        if block["stand"].nunique() < 2 or len(block[["doc", "source"]].drop_duplicates()) < 2:
            continue
        stands = block["stand"].unique()
        labels = {s: every_label[s] for s in stands}
        members = list(zip(block["claim_id"], block["stand"].map(labels), strict=True))
        said = block.groupby("stand")["source"].agg(wording.names)
        first = block.iloc[0]
        rows.append(
            {
                "message": f"{first['subject_label']}: "
                + " vs ".join(f"{labels[s]} ({who})" for s, who in said.items()),
                "explanation": _explain(block, labels),
                "subject": blocks.subject(first),
                "members": members,
                "severity": blocks.severity_of_gaps(
                    [(bounds.at[s, "low"], bounds.at[s, "high"]) for s in stands]
                ),
            }
        )
    return blocks.found(rows)


def _explain(block: pd.DataFrame, labels: dict[int, str]) -> str:
    parts = []
    measure = block["cmp_measure"].iloc[0]
    for stand, claims in block.groupby("stand"):
        lowest = claims.sort_values(["cmp_low", "low_open"]).iloc[0]
        highest = claims.sort_values(["cmp_high", "high_open"], ascending=[True, False]).iloc[-1]
        allows = wording.interval(
            lowest["cmp_low"], highest["cmp_high"], lowest["low_open"], highest["high_open"]
        )
        unit = f" {measure}" if block["measure"].nunique() > 1 else ""
        parts.append(
            f"{labels[stand]} allows {allows}{unit} "
            f"({len(claims)} claim(s): {wording.names(claims['source'])})"
        )
    notes = sorted({n for n in block["cmp_note"] if n})
    tail = "".join(f" {n[0].upper()}{n[1:]}." for n in notes)
    return "; ".join(parts) + ". These intervals do not meet." + tail
