"""The Quantity record that `parse_quantities` returns.

Why
---
Every later stage (claims, rules, reports) reads the same fields; DESIGN §4/§5/§8 fix their
names. An interval, not a point: `low`/`high` with open ends say what the words allow.
A NamedTuple, like the package's other records: immutable, and built in a fraction of the
time a frozen dataclass takes (one is built for every figure of every document; the frozen
dataclass's `__init__` was a fifth of the parser's time).

Example
-------
>>> q = Quantity(0, 5, "5 500", 5500.0, 5450.0, 5550.0)
>>> q.contains(5500)
True
"""

from __future__ import annotations

import math
from typing import NamedTuple


class Quantity(NamedTuple):
    """One figure found in a text, with the interval its words allow (DESIGN §5)."""

    start: int  # character offset in the text
    end: int  # exclusive
    text: str  # the figure as written, with its qualifier, scale word and currency/unit
    value: float  # the number with scale words applied
    low: float
    high: float
    low_open: bool = False
    high_open: bool = False
    qualifier: str = "exact"  # one of schema.QUALIFIERS
    currency: str | None = None  # ISO 4217
    unit: str | None = None  # pint unit name ("kilometer", "percent", "fraction", ...)
    kind: str = "count"  # count | money | unit | percent (a share: percent or fraction)
    scale: str | None = None  # normalised scale word ("million", "milliard", "mila", "k", ...)
    ambiguity: tuple[str, ...] = ()  # e.g. ("currency", "separator")

    def contains(self, x: float) -> bool:
        """True when `x` lies inside the interval."""
        above = x > self.low if self.low_open else x >= self.low
        below = x < self.high if self.high_open else x <= self.high
        return above and below and not math.isnan(x)

    def as_dict(self) -> dict:
        """A plain dict (for tables and JSON)."""
        d = self._asdict()
        d["ambiguity"] = list(self.ambiguity)
        return d
