"""Columns of the claims table read the same way by every alignment step.

Why
---
A claims table may come from a user's claims.csv with columns missing or empty; alignment
reads text columns as plain Python strings ("" for missing) and number columns as floats
(NaN for missing), so no step tests for absent columns or pandas' missing values itself.

Example
-------
>>> import pandas as pd
>>> table = pd.DataFrame({"source": ["Istat", None], "low": ["12", "x"]})
>>> strings(table, "source").tolist(), strings(table, "scope").tolist()
(['Istat', ''], ['', ''])
>>> numbers(table, "low")
[12.0, nan]
>>> by_value(strings(table, "source"), str.isupper).tolist()
[False, False]
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import pandas as pd

from sourcecheck.rules.blocks import text_array


def numbers(claims: pd.DataFrame, col: str) -> list[float]:
    """Column `col` as floats (NaN where missing, not a number, or absent)."""
    if col not in claims:
        return [float("nan")] * len(claims)
    return pd.to_numeric(claims[col], errors="coerce").tolist()


def string_array(claims: pd.DataFrame, col: str) -> np.ndarray:
    """Column `col` as Python strings in one object array ("" where missing or absent)."""
    if col not in claims:
        return np.full(len(claims), "", dtype=object)
    return text_array(claims[col].array)


def strings(claims: pd.DataFrame, col: str) -> pd.Series:
    """Column `col` as a Series of Python strings indexed 0…n-1 ("" where missing or absent)."""
    if col not in claims:
        return pd.Series([""] * len(claims), dtype=object)
    return claims[col].fillna("").astype(str).astype(object).reset_index(drop=True)


def by_value(column: pd.Series, fn: Callable[[str], object]) -> pd.Series:
    """`fn` of each value of `column` (Python strings), worked out once per distinct value.

    Why: a column of 100,000 claims holds a few thousand nouns or owners; pandas' string
    methods call Python once per row, and a chain of them once per row and method."""
    values = column.tolist()
    found = {v: fn(v) for v in set(values)}
    return pd.Series([found[v] for v in values], index=column.index)
