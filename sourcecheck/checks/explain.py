"""Table expectations in words: "3 rows have low > high: a.md#80, b.md#12".

Why
---
An editor reading a report (or a console line) should not decode great_expectations'
arguments, row conditions as dictionaries included. Each expectation has a sentence template
(`data/sentences.yaml`); an expectation without one falls back to its name and row count.

Example
-------
>>> expectation_sentence({"expectation": "expect_column_pair_values_a_to_be_greater_than_b",
...     "kwargs": {"column_A": "high", "column_B": "low", "or_equal": True},
...     "unexpected_count": 3, "failing_rows": ["a.md#80", "b.md#12"]})
'3 rows have low > high: a.md#80, b.md#12, …'
>>> condition({"type": "comparison", "column": {"name": "low_open"}, "operator": "==",
...            "parameter": False})
'low_open is false'
"""

from __future__ import annotations

import functools
from importlib.resources import files
from typing import Any

ROWS_SHOWN = 5


@functools.cache
def _templates() -> dict[str, str]:
    from sourcecheck.reading import load_shipped

    text = (files("sourcecheck.checks") / "data" / "sentences.yaml").read_text("utf-8")
    return load_shipped(text)


def condition(value: Any) -> str:
    """A GX row condition (a dict, or GX's own string form) in words."""
    if isinstance(value, dict) and value.get("type") == "comparison":
        column = (value.get("column") or {}).get("name", "?")
        parameter = value.get("parameter")
        shown = str(parameter).lower() if isinstance(parameter, bool) else str(parameter)
        operator = value.get("operator", "==")
        return f"{column} is {shown}" if operator == "==" else f"{column} {operator} {shown}"
    return str(value)


def expectation_sentence(result: dict[str, Any]) -> str:
    """A failed expectation as one sentence, naming up to ROWS_SHOWN failing rows."""
    kwargs = dict(result.get("kwargs") or {})
    n = int(result.get("unexpected_count") or len(result.get("failing_rows") or []))
    where = kwargs.pop("row_condition", None)
    fields = {
        "n": n,
        "have": "row has" if n == 1 else "rows have",
        "where": f" (where {condition(where)})" if where else "",
        "over": ">" if kwargs.get("or_equal", False) else "≥",
        "size": _size(kwargs.get("value_set") or kwargs.get("column_set")),
        "min_value": "",
        "max_value": "",
        **kwargs,
    }
    name = str(result.get("expectation") or "")
    try:
        text = _templates()[name].format(**fields)
    except (KeyError, IndexError, ValueError):
        text = f"{name} failed on {n} {'row' if n == 1 else 'rows'}"
    rows = [str(r) for r in result.get("failing_rows") or []]
    if rows:
        more = ", …" if n > ROWS_SHOWN or len(rows) < n else ""
        text += ": " + ", ".join(rows[:ROWS_SHOWN]) + more
    if result.get("details"):
        text += f" ({result['details']})"
    return text


def arguments(kwargs: dict[str, Any]) -> str:
    """An expectation's arguments as text, a row condition in words."""
    shown = {k: condition(v) if k == "row_condition" else v for k, v in kwargs.items()}
    return ", ".join(f"{k}: {v}" for k, v in shown.items())


def _size(values: Any) -> Any:
    if isinstance(values, list | tuple):
        return len(values)
    if isinstance(values, str) and values.startswith("<"):  # "<27 values>", as reports shorten
        return values.strip("<>").split()[0]
    return "?"
