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

A temperature scale has a zero of its own: its base value is `factor * x + unit_offset`.

>>> round(unit_base("degree_Fahrenheit")[1] * 113 + unit_offset("degree_Fahrenheit"), 2)
318.15
"""

from __future__ import annotations

import functools


@functools.cache
def unit_base(unit: str) -> tuple[str, float] | None:
    """The dimensionality of a pint unit and its factor to base units, None when unknown.

    The factor is the size of one unit in base units: a degree Fahrenheit is 5/9 kelvin
    (where its zero lies is `unit_offset`'s)."""
    line = _affine(unit)
    return None if line is None else (line[0], line[1])


@functools.cache
def unit_offset(unit: str) -> float:
    """Where zero of `unit` lies in base units: 273.15 for degree_Celsius, 0 for most units.

    Why: "45 °C" is 113 °F; scaling alone would make it 25 °F."""
    line = _affine(unit)
    return 0.0 if line is None else line[2]


@functools.cache
def _affine(unit: str) -> tuple[str, float, float] | None:
    try:
        zero = _units().Quantity(0.0, unit).to_base_units()
        one = _units().Quantity(1.0, unit).to_base_units()
    except Exception:  # noqa: BLE001 - pint raises many kinds for unknown or odd units
        return None
    offset = float(zero.magnitude)
    return str(one.dimensionality), round(float(one.magnitude) - offset, 12), offset


def _units():
    from sourcecheck.quantities.units import registry

    return registry()
