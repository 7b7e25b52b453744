"""Figures whose unit names what they measure: a temperature is a temperature.

Why
---
"43,9 gradi a Roccamare" and "44.1 degrees in Roccamare" name no noun: the extractor finds
none, and a figure with no noun joins only a figure of the same value elsewhere
(`subjects._same_figures`). So two readings of one day's temperature at one place that
differ (the conflict to report) never met. A unit of length or weight says nothing of what
it measures (a distance, a spill), but a degree measures a temperature whatever the
sentence: such a figure takes that measure as its noun (`data/measured.yaml`), and place and
day keep the temperatures of two towns, or of two days, apart as for any other quantity.

Example
-------
>>> measured_noun("degree"), measured_noun("kilometer")
('temperature', '')
"""

from __future__ import annotations

from functools import cache

from sourcecheck.align.shipped import align_data


def measured_noun(unit: str) -> str:
    """The noun a figure given in `unit` measures by itself, else ""."""
    return _nouns().get(unit, "")


@cache
def _nouns() -> dict[str, str]:
    return {unit: noun for noun, units in align_data("measured.yaml").items() for unit in units}


__all__ = ["measured_noun"]
