"""Table expectations: the claims and findings tables checked with great_expectations 1.x.

Why
---
Every rule trusts the claims table: an interval with low > high, a currency code that does not
exist or two claims with one id would make a rule silently wrong. The tables are checked the way
a data team checks a pipeline's tables (great_expectations, an ephemeral context, pandas
batches, suites built in code), and a check file can add any GX expectation by name.

great_expectations takes seconds to import, so it is imported inside `validate_tables` only:
commands that do not validate (`--help`, `claims`) never pay for it.

Example
-------
A claims table whose claim "a.md#80" has the currency "EUX":

    report = validate_tables(claims, findings)
    [(r["expectation"], r["failing_rows"]) for r in report["results"] if not r["success"]]
    # [('expect_column_values_to_be_in_set', ['a.md#80'])]
"""

from __future__ import annotations

import math
import os
from collections.abc import Sequence
from typing import Any

import pandas as pd

from sourcecheck import schema
from sourcecheck.errors import InputError

FAILING_ROWS_CAP = 20  # failing rows named per expectation; the count is always complete
TABLES = ("claims", "findings")
ROW_KEYS = {"claims": "claim_id", "findings": "id"}  # how a failing row is named

# DESIGN §4: the claims columns that must never be empty.
CLAIMS_NOT_NULL = ("claim_id", "doc", "source", "text", "start", "end", "value", "low", "high", "qualifier", "method")  # fmt: skip


def _when(column: str, value: Any) -> dict:
    """A GX row condition, as data: only the rows where `column == value`."""
    return {"type": "comparison", "column": {"name": column}, "operator": "==", "parameter": value}


def builtin_expectations(*, rules: Sequence[str]) -> list[dict]:
    """The built-in expectations, as {table, expectation, kwargs} records (no GX import).

    Why: data, not code, so the report and validation.json name them the same way as the
    expectations a check file adds.
    """
    from babel.numbers import list_currencies  # ISO 4217 codes, current and historical

    claims = [
        ("expect_table_columns_to_match_set", {"column_set": list(schema.CLAIM_COLUMNS), "exact_match": False}),
        *[("expect_column_values_to_not_be_null", {"column": c}) for c in CLAIMS_NOT_NULL],
        ("expect_column_values_to_be_unique", {"column": "claim_id"}),
        ("expect_column_pair_values_a_to_be_greater_than_b", {"column_A": "high", "column_B": "low", "or_equal": True}),
        ("expect_column_pair_values_a_to_be_greater_than_b", {"column_A": "value", "column_B": "low", "or_equal": True, "row_condition": _when("low_open", False)}),
        ("expect_column_pair_values_a_to_be_greater_than_b", {"column_A": "high", "column_B": "value", "or_equal": True, "row_condition": _when("high_open", False)}),
        ("expect_column_pair_values_a_to_be_greater_than_b", {"column_A": "end", "column_B": "start", "or_equal": False}),
        ("expect_column_values_to_be_in_set", {"column": "currency", "value_set": sorted(list_currencies())}),
        ("expect_column_values_to_be_in_set", {"column": "lang", "value_set": list(schema.LANGUAGES)}),
        ("expect_column_values_to_be_in_set", {"column": "qualifier", "value_set": list(schema.QUALIFIERS)}),
    ]  # fmt: skip
    findings = [
        ("expect_column_values_to_be_unique", {"column": "id"}),
        ("expect_column_values_to_be_in_set", {"column": "severity", "value_set": list(schema.SEVERITIES)}),
        ("expect_column_values_to_be_in_set", {"column": "rule", "value_set": sorted(rules)}),
    ]  # fmt: skip
    return [{"table": "claims", "expectation": n, "kwargs": k} for n, k in claims] + [
        {"table": "findings", "expectation": n, "kwargs": k} for n, k in findings
    ]


def _rule_ids() -> list[str]:
    from sourcecheck.rules import RULES

    return list(RULES)


def _import_gx():
    """Import great_expectations with analytics off and no network or files touched."""
    os.environ.setdefault("GX_ANALYTICS_ENABLED", "false")
    import great_expectations as gx
    import great_expectations.expectations as gxe

    return gx, gxe


def _class_name(expectation: str) -> str:
    """expect_column_values_to_be_between → ExpectColumnValuesToBeBetween."""
    return "".join(part.capitalize() for part in expectation.split("_"))


def build_expectation(spec: dict) -> Any:
    """The GX expectation object a {table, expectation, kwargs} record names.

    Raises InputError naming the record's `file` and `place` (set by the check file loader)
    for an unknown expectation name or arguments GX refuses.
    """
    _, gxe = _import_gx()
    file = spec.get("file", "<expectations>")
    place = spec.get("place")
    name = spec["expectation"]
    cls = getattr(gxe, _class_name(name), None) if name.startswith("expect_") else None
    if cls is None or not isinstance(cls, type):
        raise InputError(file, place, f"unknown great_expectations expectation {name!r}")
    try:
        return cls(**spec.get("kwargs", {}))
    except Exception as exc:  # pydantic's ValidationError, TypeError: bad arguments
        problem = " ".join(str(exc).split())
        raise InputError(file, place, f"{name}: bad arguments: {problem}") from None


def validate_tables(
    claims: pd.DataFrame, findings: pd.DataFrame | None, extra: Sequence[dict] = ()
) -> dict:
    """Run the built-in and `extra` expectations over the claims and findings tables.

    `extra` holds records {table: claims|findings, expectation: GX snake_case name, kwargs};
    `findings=None` validates the claims table alone (before the rules run).
    Returns {"success", "results": [{table, expectation, kwargs, success, unexpected_count,
    failing_rows, details}]}, failing rows named by claim_id / finding id (row index otherwise).
    """
    gx, _ = _import_gx()
    from great_expectations.data_context.types.base import ProgressBarsConfig

    specs = builtin_expectations(rules=_rule_ids()) + [dict(s) for s in extra]
    tables = {"claims": claims, "findings": findings}
    context = gx.get_context(mode="ephemeral")
    context.variables.progress_bars = ProgressBarsConfig(globally=False)
    source = context.data_sources.add_pandas("sourcecheck")
    results: list[dict] = []
    for table in TABLES:
        frame = tables[table]
        mine = [s for s in specs if s["table"] == table]
        if frame is None or not mine:
            continue
        batch = source.add_dataframe_asset(table).add_batch_definition_whole_dataframe(table)
        expectations = [build_expectation(s) for s in mine]
        for i, expectation in enumerate(expectations):
            expectation.meta = {**(expectation.meta or {}), "sourcecheck": i}
        suite = context.suites.add(gx.ExpectationSuite(name=table, expectations=expectations))
        run = context.validation_definitions.add(
            gx.ValidationDefinition(name=table, data=batch, suite=suite)
        )
        key = ROW_KEYS[table]
        result_format: dict[str, Any] = {"result_format": "COMPLETE"}
        if key in frame.columns:
            result_format["unexpected_index_column_names"] = [key]
        outcome = run.run(batch_parameters={"dataframe": frame}, result_format=result_format)
        # GX does not keep the suite's order: pair results with records by our meta index.
        done = {res.expectation_config.meta["sourcecheck"]: res for res in outcome.results}
        results.extend(_summarise(table, s, done[i], key) for i, s in enumerate(mine))
    return {"success": all(r["success"] for r in results), "results": results}


def _summarise(table: str, spec: dict, res: Any, key: str) -> dict:
    """One GX ExpectationValidationResult as a JSON-ready record."""
    info = res.result or {}
    errors = [
        e["exception_message"]
        for e in _exception_infos(res.exception_info)
        if e.get("raised_exception")
    ]
    rows = [_row_name(r, key) for r in info.get("unexpected_index_list") or []]
    details = "; ".join(errors) if errors else _details(info)
    return {
        "table": table,
        "expectation": spec["expectation"],
        "kwargs": _shown(spec.get("kwargs", {})),
        "success": bool(res.success) and not errors,
        "unexpected_count": int(info.get("unexpected_count") or 0),
        "failing_rows": rows[:FAILING_ROWS_CAP],
        "details": details if not res.success or errors else None,
    }


def _shown(kwargs: dict) -> dict:
    """The arguments as JSON, a long value list shortened to its size (307 currency codes)."""
    shown = _jsonable(kwargs)
    for k, v in shown.items():
        if isinstance(v, list) and len(v) > FAILING_ROWS_CAP:
            shown[k] = f"<{len(v)} values>"
    return shown


def _exception_infos(info: Any) -> list[dict]:
    """GX gives one exception dict, or a dict of them keyed by metric."""
    if not info:
        return []
    if "raised_exception" in info:
        return [info]
    return [v for v in info.values() if isinstance(v, dict)]


def _row_name(row: Any, key: str) -> Any:
    if isinstance(row, dict):
        return _jsonable(row.get(key))
    return _jsonable(row)


def _details(info: dict) -> str | None:
    """A short human line: missing columns, or a sample of the unexpected values."""
    mismatched = (info.get("details") or {}).get("mismatched") or {}
    if mismatched.get("missing"):
        return "missing columns: " + ", ".join(map(str, mismatched["missing"]))
    sample = info.get("partial_unexpected_list") or []
    if sample:
        shown = ", ".join(repr(_jsonable(v)) for v in sample[:FAILING_ROWS_CAP])
        return f"unexpected values: {shown}"
    if "observed_value" in info:
        return f"observed: {_jsonable(info['observed_value'])!r}"
    return None


def _jsonable(value: Any) -> Any:
    """numpy scalars, tuples and infinities → plain JSON values (inf → "inf")."""
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set):
        return [_jsonable(v) for v in value]
    if hasattr(value, "item") and not isinstance(value, str):
        value = value.item()
    if isinstance(value, float) and (math.isinf(value) or math.isnan(value)):
        return str(value)
    return value
