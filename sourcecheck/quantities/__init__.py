"""Quantities: read every figure of a fr/en/it text as an interval (DESIGN §5).

Why
---
Every later stage compares figures; comparing intervals rather than points is what lets
"10,7 millions" and "10 619 000" be judged by what the words allow.

Example
-------
>>> from sourcecheck.quantities import parse_quantities
>>> [(q.text, q.low, q.high) for q in parse_quantities("5 500 serveurs", "fr")]
[('5 500', 5450.0, 5550.0)]
"""

from __future__ import annotations

from sourcecheck.quantities.model import Quantity
from sourcecheck.quantities.parser import parse_quantities

__all__ = ["Quantity", "parse_quantities"]
