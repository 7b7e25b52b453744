"""From a figure as written to the interval its words allow (DESIGN §5).

Why
---
Two claims agree when their intervals overlap, so the interval must say exactly what the
words allow — no more (false alarms), no less (missed conflicts). Decisions:

* **Written precision.** A decimal figure is rounded at its last written digit:
  "10,7 millions" → 10.7M ± 0.05M = [10.65M, 10.75M]; "1.3 million" → [1.25M, 1.35M].
  An integer with a scale word reads exactly like the same figure in digits: "3 millions" →
  [2.5M, 3.5M]; "180mila" = "180 000" → [175 000, 185 000]; "10 millions" = "10 000 000"
  → [5M, 15M] (one significant digit); "10 milioni e 619mila" → ± 500.
  "et demi" / "e mezzo" / "and a half" is written to the half: "3 millions et demi" →
  [3.25M, 3.75M].
* **Trailing zeros of large integers are rounding.** From `round_from` (default 1 000):
  "5 500" → [5 450, 5 550]; "10 619 000" → [10 618 500, 10 619 500]; "10 000" → [5 000,
  15 000] (one significant digit). An integer with no trailing zero ("12 495 271") is exact.
* **Small counts and amounts are exact.** "23 suspects", "11 pays", "700" → [X, X]: below
  `round_from` nobody rounds a headcount. Physical measures and percentages are always read
  at their written precision ("42 km" → [41.5, 42.5], "27 %" → [26.5, 27.5]) — a measure
  is a rounding even when small.
* **Qualifiers set the ends.** more than → (X, ∞); at least → [X, ∞); fewer than → [0, X);
  up to → [0, X]; a range → [A, B] (values, not their precision); about → X ± `about`·X,
  never narrower than the written precision; nearly / almost / quasi / presque / just under
  → [(1 − `about`)·X, X] = [0.9·X, X] (issue 12). Infinite ends are open.
* **Fractions of a whole** ("two-thirds", "la moitié", "un terzo") are read as precise as a
  whole percentage: 2/3 → [0.6617, 0.6717], so "two-thirds" agrees with 66 % and 67 % and
  conflicts with 60 %. A fraction of a scale word ("half a million", "un demi-million") is
  read at one decimal of that scale (as "0.5 million": [450 000, 550 000]); a mixed number
  ("one and a half", "3 million and a quarter") to its fraction ([1.25, 1.75]), as "et demi".
* **Vague quantities** ("dozens", "des centaines", "tens of thousands") carry their own wide
  interval, closed below and open above (`vague.py`, `data/vague.yaml`).

Example
-------
>>> bounds(10_700_000, 100_000, "exact", about=0.1)
(10650000.0, 10750000.0, False, False)
>>> bounds(700, 0, "more_than", about=0.1)
(700.0, inf, True, True)
>>> bounds(12, 0, "about", about=0.1)
(10.8, 13.2, False, False)
>>> bounds(700, 0, "nearly", about=0.1)
(630.0, 700.0, False, False)
"""

from __future__ import annotations

import math

INF = math.inf
SHARE_STEP = 0.01  # a fraction of a whole is read as precise as a whole percentage


def precision_step(
    decimals: int,
    trailing_zeros: int,
    factor: float,
    value: float,
    kind: str,
    round_from: float,
    scaled: bool,
) -> float:
    """The rounding step the written figure implies (0 for an exact figure)."""
    if decimals:
        return factor / 10**decimals
    if scaled and factor >= 1000:
        return factor * 10**trailing_zeros
    if abs(value) >= round_from and trailing_zeros:
        return float(10**trailing_zeros)
    if kind in ("unit", "percent"):
        return 1.0
    return 0.0


def bounds(
    value: float, step: float, qualifier: str, *, about: float
) -> tuple[float, float, bool, bool]:
    """(low, high, low_open, high_open) for a figure `value` written to `step`."""
    value = float(value)
    half = step / 2
    if qualifier == "exact":  # most figures: tested first
        if not half:
            return value, value, False, False
        return _clean(value - half), _clean(value + half), False, False
    if qualifier == "more_than":
        return value, INF, True, True
    if qualifier == "at_least":
        return value, INF, False, True
    if qualifier == "fewer_than":
        return (0.0 if value > 0 else -INF), value, value <= 0, True
    if qualifier == "at_most":
        return (0.0 if value >= 0 else -INF), value, value < 0, False
    if qualifier == "nearly":
        low, high = sorted((value * (1 - about), value))
        return _clean(low), _clean(high), False, False
    if qualifier == "about":
        spread = max(abs(value) * about, half)
        return _clean(value - spread), _clean(value + spread), False, False
    if not half:
        return value, value, False, False
    return _clean(value - half), _clean(value + half), False, False


def _clean(x: float) -> float:
    """Round away binary noise (10.7 * 1e6 - 50 000 → 10 650 000.0, not …0001).

    A multiple of an eighth has none: eight times it is a whole number (the product is
    exact, eight being a power of two), so it has three decimals at most, which `round`
    would give back unchanged; most ends are one ("700", "41.5" for "42 km", "2.25"), and
    asking costs less than rounding.

    >>> _clean(0.1 + 0.2), _clean(41.5), _clean(10_650_000.25)
    (0.3, 41.5, 10650000.25)
    """
    if (x * 8).is_integer():
        return x
    return round(x, 9) if abs(x) < 1e6 else round(x, 3)  # (a float's round is a float)
