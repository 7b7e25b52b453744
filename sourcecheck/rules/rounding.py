"""A rounded figure that the more precise figure for the same thing does not round to.

Why
---
"10,7 millions d'euros" and "10 619 000 €" are both attributed to the same estimate, but
10 619 000 rounds to 10.6 million: the rounded figure is off by one step of its own precision,
the classic slip of rounding up by hand (Cornell's AggChecker: a claim is wrong if the true
value cannot be rounded to it). The finding names what the precise figure rounds to. An
approximate figure written with a decimal and a scale word ("about 5.2 billion") is read at
that decimal too (`_approximate`): its "about" lets other accounts agree, its decimal still
says which rounding the writer made.

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

from sourcecheck import regexcache, wording
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
    return blocks.found(rows + _approximate(claims, summary, by_id))


def _approximate(claims: pd.DataFrame, summary: pd.DataFrame, by_id: dict) -> list[dict]:
    """The findings of approximate figures written with a decimal and a scale word ("about
    5.2 billion") that a more precise figure of the same thing does not round to (5 263
    million: 5.3 billion), each read at its written precision (`_written`).

    Why: "about" lets other accounts agree with the figure, so its ±10 % meets the precise
    one and no position tells them apart; but the decimal the writer chose says which
    rounding they made, and a wrong one is the slip of an exact figure rounded by hand.
    """
    rows = []
    soft = claims[(claims["qualifier"] == "about") & (claims["scale"] != "")]
    rep_of = dict(zip(summary["position"], summary["rep"], strict=True))
    exact = claims[claims["qualifier"] == "exact"]
    for key, told in soft.groupby([*blocks.SAME_THING, "value"], sort=True):
        read = _written(told.iloc[0].to_dict())
        if read is None:
            continue
        same = exact[(exact["case"] == key[0]) & (exact["subject"] == key[1])]
        for position, fine in same[same["measure"] == key[2]].groupby("position", sort=True):
            rep = by_id[rep_of[position]]
            rounded = blocks.rounding_slip(read, rep)
            if rounded is None:
                continue
            group = {c: wording.label(read | {"qualifier": "about"}) for c in told["claim_id"]}
            group |= {c: wording.label(rep) for c in fine["claim_id"]}
            picked = claims[claims["claim_id"].isin(group)]
            rows.append(
                _finding(read, rep, rounded, picked.assign(position=picked["claim_id"]), group)
            )
    return rows


def _written(claim: dict) -> dict | None:
    """An approximate figure read as exact at its written precision, when it is written
    with a decimal ("about 5.2 billion" → [5.15, 5.25] billion); None otherwise.

    >>> r = _written({"text": "about 5.2 billion", "value": 5.2e9, "qualifier": "about"})
    >>> r["low"], r["high"], r["qualifier"]
    (5150000000.0, 5250000000.0, 'exact')
    >>> _written({"text": "some 3 billion", "value": 3e9, "qualifier": "about"}) is None
    True
    """
    found = _DECIMAL.search(claim["text"])
    if not found:
        return None
    number = float(f"{found.group(1)}.{found.group(2)}")
    if not number > 0:
        return None
    half = claim["value"] / number * 10 ** -len(found.group(2)) / 2
    low, high = claim["value"] - half, claim["value"] + half
    return {**claim, "qualifier": "exact", "low": round(low, 3), "high": round(high, 3)}


# A number with one or two decimals and no thousands group after them ("3.4", "2,35")
_DECIMAL = regexcache.compile(r"(?<![\d.,])(\d{1,3})[.,](\d{1,2})(?![\d])")


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
