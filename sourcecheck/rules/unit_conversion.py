"""Figures for the same thing in convertible units that disagree once converted.

Why
---
"42 km (42 miles)" or "1,200 hectares (about 5,000 acres)": a conversion done wrong, or a
unit swapped, survives copy-editing because both numbers look plausible. pint converts each
interval to base units; the figures agree when the converted intervals meet ("1,200
hectares" and "about 3,000 acres" do: 1,200 ha = 2,965 acres); a measurement written as one
number is read to its last digit ("25 miles" is [24.5, 25.5]). Figures bounded on one side
("up to 240 cm", "up to 240 inches") are also compared by their bounds' numbers (`_bounds`):
intervals that start at zero always meet; so is the conversion written beside such a bound
("up to 160 km/h (85 mph)", `_of_bounds`). The same thing is one subject (as alignment
decided); without a subject, the figures of one sentence.

Example
-------
"a 42 km route (42 miles)" → unit-conversion; "1,200 hectares (about 3,000 acres)" → nothing

Options
-------
(none)
"""

from __future__ import annotations

import itertools

import pandas as pd

from sourcecheck import wording
from sourcecheck.measures import unit_offset
from sourcecheck.rules import blocks

ID = "unit-conversion"
SEVERITY = "warning"
OPTIONS: dict = {}

_BLOCK = ("case", "thing_key", "dimension")


def run(claims: pd.DataFrame) -> pd.DataFrame:
    """One finding per block of convertible units holding positions that do not meet."""
    claims = blocks.prepare(claims)
    claims = claims[(claims["currency"] == "") & (claims["unit"] != "")]
    base = claims["unit"].map(blocks.unit_base)
    claims = claims[base.notna()]
    base = base[base.notna()]
    sentence = claims["doc"] + "#" + claims["sentence"].astype(str)
    claims = claims.assign(
        dimension=[b[0] for b in base],
        factor=[b[1] for b in base],
        offset=claims["unit"].map(unit_offset),
        thing_key=claims["subject"].where(claims["subject"] != "", "sentence " + sentence),
    )
    claims = claims[claims["dimension"] != "dimensionless"]
    half = [
        blocks.half_step(t, lo, hi)
        for t, lo, hi in zip(claims["text"], claims["low"], claims["high"], strict=True)
    ]
    claims = claims.assign(
        base_low=(claims["low"] - half) * claims["factor"] + claims["offset"],
        base_high=(claims["high"] + half) * claims["factor"] + claims["offset"],
    )
    # a block's units count its restated conversions, which its findings do not hold
    units = claims.groupby(list(_BLOCK))["unit"].agg(lambda u: len(set(u))).to_dict()
    restated = _restated(claims)
    slipped = _of_bounds(claims, restated)
    claims = claims[~claims["claim_id"].isin(restated)]
    # the one-sided figures again, by their bounds (`_bounds`): a side's units are its own
    claims = pd.concat([claims.assign(side=""), _bounds(claims), slipped], ignore_index=True)
    units.update(
        claims[claims["side"] != ""].groupby([*_BLOCK, "side"])["unit"].nunique().to_dict()
    )
    claims = claims.assign(
        position=blocks.positions(claims, (*_BLOCK, "side"), low="base_low", high="base_high")
    )
    rows = []
    for key, block in claims.groupby([*_BLOCK, "side"], sort=True):
        units_of = key if key[-1] else key[:-1]  # a side's, else (side "") its block's
        if block["position"].nunique() < 2 or units[units_of] < 2:
            continue
        labels = blocks.stand_labels(block, "position")
        members = list(zip(block["claim_id"], block["position"].map(labels), strict=True))
        first = block.iloc[0]
        rows.append(
            {
                "message": " vs ".join(sorted(set(labels.values())))
                + (f" for {first['subject_label']}" if first["subject_label"] else ""),
                "explanation": _explain(block, first["unit"]),
                "subject": blocks.subject(first),
                "members": members,
            }
        )
    return blocks.found(rows)


# What tells a measure and its conversion written beside it
_PAIRED = ("claim_id", "doc", "sentence", "start", "end", "unit", "dimension", "base_low", "base_high")  # fmt: skip


def _restated(claims: pd.DataFrame) -> dict[str, str]:
    """The ids of conversions written right after their measure that agree with it: "3,400
    hectares (8,400 acres)" gives the acres as the hectares restated, not a second account.

    Why: such a pair is one claim; held in a finding about another account's slip (a wire
    writing "8 400 hectares"), it read as two figures that disagree, though the conversion is
    right. A conversion that does not agree with its measure stays: it is the slip.
    Returns each conversion's id with its measure's.

    >>> t = pd.DataFrame({"claim_id": ["a#1", "a#2", "b#1"], "doc": ["a", "a", "b"],
    ...     "sentence": [2, 2, 5], "start": [10, 26, 10], "end": [24, 37, 24],
    ...     "unit": ["hectare", "acre", "hectare"], "dimension": "[length] ** 2",
    ...     "base_low": [3.395e7, 3.397e7, 8.39e7], "base_high": [3.405e7, 3.402e7, 8.41e7]})
    >>> _restated(t)
    {'a#2': 'a#1'}
    """
    rows = claims[list(_PAIRED)].to_dict("records")
    rows = [r for r in rows if r["sentence"] >= 0 and _known(r["start"]) and _known(r["end"])]
    rows.sort(key=lambda r: (r["doc"], r["sentence"], r["start"]))
    out: dict[str, str] = {}
    for a, b in itertools.pairwise(rows):
        if (a["doc"], a["sentence"], a["dimension"]) != (b["doc"], b["sentence"], b["dimension"]):
            continue
        near = 0 <= b["start"] - a["end"] <= blocks.CONVERSION_GAP
        meet = a["base_low"] <= b["base_high"] and b["base_low"] <= a["base_high"]
        if near and a["unit"] != b["unit"] and meet and a["claim_id"] not in out:
            out[b["claim_id"]] = a["claim_id"]
    return out


_SIDES = {"at_most": "up to", "fewer_than": "up to", "more_than": "from", "at_least": "from"}


def _of_bounds(claims: pd.DataFrame, restated: dict[str, str]) -> pd.DataFrame:
    """The restated conversions of one-sided figures that do not convert the bound, each read
    as a bound of its measure's side at its own number (as `_bounds` reads them): "up to 160
    km/h (85 mph)" gives "up to 85 mph", against "up to 160 km/h" (99 mph).

    Why: the conversion restates the bound, not the interval below it. Read as an exact
    figure, 85 mph (137 km/h) lies within "up to 160 km/h" and the slip goes unseen; read as
    the bound it converts, it is compared with 160 km/h. One that converts its bound right
    ("up to 250 cm (98 inches)") stays out, as every restated conversion does.

    >>> t = pd.DataFrame({"claim_id": ["a#1", "a#2", "b#1", "b#2"], "text": ["up to 160 km/h",
    ...     "85 mph", "up to 160 km/h", "99 mph"], "qualifier": ["at_most", "exact"] * 2,
    ...     "value": [160.0, 85, 160, 99], "low": [0.0, 84.5, 0, 98.5],
    ...     "high": [160.0, 85.5, 160, 99.5], "factor": [0.2778, 0.447] * 2})
    >>> _of_bounds(t, {"a#2": "a#1", "b#2": "b#1"})[["claim_id", "side"]].values.tolist()
    [['a#2', 'up to']]
    """
    side = dict(zip(claims["claim_id"], claims["qualifier"], strict=True))
    taken = [c in restated and side.get(restated[c]) in _SIDES for c in claims["claim_id"]]
    picked = claims[pd.Series(taken, index=claims.index, dtype=bool)]
    if picked.empty:
        return _bounds(picked)
    told = [restated[c] for c in picked["claim_id"]]
    read = _bounds(
        picked.assign(qualifier=[side[c] for c in told], low=picked["value"], high=picked["value"])
    )
    bound = _bounds(claims[claims["claim_id"].isin(told)]).set_index("claim_id")
    apart = [
        not (low <= bound.at[c, "base_high"] and bound.at[c, "base_low"] <= high)
        for c, low, high in zip(told, read["base_low"], read["base_high"], strict=True)
    ]
    return read[pd.Series(apart, index=read.index, dtype=bool)]


def _bounds(claims: pd.DataFrame) -> pd.DataFrame:
    """The one-sided figures of `claims` ("up to 240 cm", "more than 600 km") again, each
    read as its bound's number (to its last written digit), with `side` naming the bound:
    figures bounded on one side are compared with those bounded on the same side.

    Why: "up to 240 cm" allows [0, 240 cm] and "up to 240 inches" [0, 610 cm]: the
    intervals meet, yet the two bounds say one thing in two units and one of them is the
    slip. Compared with an exact figure, a bound still allows what its words allow.

    >>> t = pd.DataFrame({"qualifier": ["at_most", "at_most", "exact"], "low": [0.0, 0.0, 5.0],
    ...     "high": [240.0, 240.0, 5.0], "factor": [0.01, 0.0254, 0.01],
    ...     "text": ["up to 240 cm", "up to 240 inches", "5 cm"]})
    >>> _bounds(t)[["side", "base_low", "base_high"]].round(3).values.tolist()
    [['up to', 2.35, 2.45], ['up to', 5.969, 6.223]]
    """
    sided = claims[claims["qualifier"].isin(_SIDES)]
    if sided.empty:
        return sided.assign(side="")
    side = sided["qualifier"].map(_SIDES)
    bound = sided["high"].where(side == "up to", sided["low"])
    half = [blocks.half_step(t, b, b) for t, b in zip(sided["text"], bound, strict=True)]
    offset = sided.get("offset", 0.0)  # a temperature's zero (`measures.unit_offset`)
    return sided.assign(
        side=side,
        base_low=(bound - half) * sided["factor"] + offset,
        base_high=(bound + half) * sided["factor"] + offset,
    )


def _known(x) -> bool:
    return x is not None and x is not pd.NA and x == x


def _explain(block: pd.DataFrame, unit: str) -> str:
    """Each figure converted to the first figure's unit."""
    target = block[block["unit"] == unit]["factor"].iloc[0]
    zero = unit_offset(unit)
    said = [
        f"{row.text} = [{wording.fmt((row.base_low - zero) / target, 1)}, "
        f"{wording.fmt((row.base_high - zero) / target, 1)}] {unit}"
        for row in block.drop_duplicates(["text", "unit"]).itertuples()
    ]
    return "; ".join(said) + ". Converted, these intervals do not meet."
