"""Join two figures into one range: "entre 10 et 12", "between 10 and 12", "tra 10 e 12", "10-12".

Why
---
A range is one claim whose interval is [A, B] (DESIGN §5). The second figure often carries
the scale, currency or unit for both ("entre 10 et 12 millions d'euros", "5-10 %"): the first
inherits them. The value of a range is its midpoint, a point that lies inside it.

Example
-------
>>> from sourcecheck.quantities import parse_quantities
>>> q = parse_quantities("entre 10 et 12 millions d'euros", "fr")[0]
>>> (q.qualifier, q.low, q.high, q.currency)
('range', 10000000.0, 12000000.0, 'EUR')
"""

from __future__ import annotations

from itertools import pairwise
from typing import NamedTuple

from sourcecheck.quantities.model import Quantity
from sourcecheck.quantities.qualifiers import DASH_JOIN, RANGE_JOIN


class Found(NamedTuple):
    """A quantity with what the range pass needs: the opener's start, scale factor, step."""

    q: Quantity
    opener: int | None
    factor: float
    step: float


def join_ranges(text: str, found: list[Found], about: float) -> list[Quantity]:
    """The quantities of `found`, with each pair that forms a range merged into one."""
    qs = [f.q for f in found]
    # Figures more than 8 characters apart are no range (`_merge`'s first test): most pairs
    # are, and only the others are tried, left to right, a figure joining one range at most.
    merged: dict[int, Quantity] = {}
    for i, (a, b) in enumerate(pairwise(qs)):
        if b.start - a.end <= 8 and i - 1 not in merged:
            pair = _merge(text, found[i], found[i + 1])
            if pair is not None:
                merged[i] = pair
    if not merged:
        return qs
    out: list[Quantity] = []
    i = 0
    while i < len(qs):
        if i in merged:
            out.append(merged[i])
            i += 2
        else:
            out.append(qs[i])
            i += 1
    return out


def _merge(text: str, a: Found, b: Found) -> Quantity | None:
    qa, qb = a.q, b.q
    if qb.start - qa.end > 8 or qa.qualifier != "exact" or qb.qualifier != "exact":
        return None
    if b.opener is not None:
        return None
    gap = text[qa.end : qb.start]
    if a.opener is not None:
        if not RANGE_JOIN.match(gap):
            return None
    elif not DASH_JOIN.match(gap) or "\n" in gap:
        return None
    if qa.currency and qb.currency and qa.currency != qb.currency:
        return None
    if qa.unit and qb.unit and qa.unit != qb.unit:
        return None
    low = qa.value
    if qa.scale is None and qb.scale is not None and a.factor == 1.0:
        low = qa.value * b.factor
    if not low <= qb.value:
        return None
    start = a.opener if a.opener is not None else qa.start
    return qb._replace(
        start=start,
        text=text[start : qb.end],
        value=(low + qb.value) / 2,
        low=low,
        high=qb.value,
        low_open=False,
        high_open=False,
        qualifier="range",
        currency=qb.currency or qa.currency,
        unit=qb.unit or qa.unit,
        kind=qb.kind if qb.kind != "count" else qa.kind,
        ambiguity=tuple(dict.fromkeys(qa.ambiguity + qb.ambiguity)),
    )
