"""Physical units through pint: the dimensionality of a unit and its factor to base units.

Why
---
Alignment tells a length from a weight by dimensionality, and rules compare "42 miles" with
"42 km" in base units; both ask pint, once per distinct unit (cached), with the one registry
of the process (`quantities.units.registry`, which also knows `fraction` — "two-thirds" is
0.667, comparable with 66.7 percent — and `percentage_point`).

Example
-------
>>> unit_base("kilometer")
('[length]', 1000.0)
>>> unit_base("fraction"), unit_base("percent")
(('dimensionless', 1.0), ('dimensionless', 0.01))
"""

from __future__ import annotations

import functools


@functools.cache
def unit_base(unit: str) -> tuple[str, float] | None:
    """The dimensionality of a pint unit and its factor to base units, None when unknown."""
    try:
        q = _units().Quantity(1.0, unit).to_base_units()
    except Exception:  # noqa: BLE001 - pint raises many kinds for unknown or odd units
        return None
    return str(q.dimensionality), float(q.magnitude)


def _units():
    from sourcecheck.quantities.units import registry

    return registry()
