"""The built-in rules: one module per kind of divergence, listed in one explicit registry.

Why
---
A rule id is a contract (the `rule` field of a finding, DESIGN §7); an explicit mapping from
id to module means no import-time magic, no globbing, and a duplicate id is a visible error.
A rule module has `ID`, `SEVERITY`, `OPTIONS` (defaults, whose types a suite is checked
against), an optional `NEEDS` (data the engine passes in, e.g. "rates") and a pure
`run(claims, **options) -> DataFrame` with one row per finding (see `blocks.FOUND_COLUMNS`).

Example
-------
>>> sorted(RULES)[:3]
['enumeration-count', 'fx-rate', 'internal']
"""

from __future__ import annotations

from types import ModuleType

from sourcecheck.rules import (
    enumeration_count,
    fx_rate,
    internal,
    part_whole,
    rounding,
    scale_word,
    term_drift,
    unit_conversion,
    update,
    value_conflict,
)

RULES: dict[str, ModuleType] = {
    m.ID: m
    for m in (
        value_conflict,
        term_drift,
        rounding,
        fx_rate,
        scale_word,
        enumeration_count,
        internal,
        unit_conversion,
        update,
        part_whole,
    )
}
