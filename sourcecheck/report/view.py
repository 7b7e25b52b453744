"""Shape a Result into the plain dicts and lists the case template reads.

Why
---
Templates should only lay out data. Everything that needs a decision (ordering findings by
severity, splitting a quote around its figure, writing an interval, reading a rule's Why) is
done here, once, in plain Python that tests can call.

Example
-------
>>> interval_text(5450, 5550)
'[5,450, 5,550]'
>>> interval_text(700, float("inf"), low_open=True)
'(700, ∞)'
"""

from __future__ import annotations

import math
from collections import Counter
from functools import cache
from typing import Any

import pandas as pd

from sourcecheck.schema import SEVERITIES

SEVERITY_ORDER = {s: i for i, s in enumerate(reversed(SEVERITIES))}  # error first


def clean(x: Any) -> Any:
    """None for NaN/NA/empty-string values, the value otherwise."""
    if x is None:
        return None
    if isinstance(x, float) and math.isnan(x):
        return None
    if isinstance(x, str):
        return x if x.strip() else None
    try:
        if pd.isna(x):
            return None
    except (TypeError, ValueError):
        pass
    return x


def records(table: pd.DataFrame | None) -> list[dict[str, Any]]:
    """The rows of `table` as dicts, missing values (NaN, NA, "") as None."""
    if table is None or table.empty:
        return []
    return [
        {k: None if _missing(v) else v for k, v in row.items()} for row in table.to_dict("records")
    ]


def _missing(x: Any) -> bool:
    """NaN, NA, NaT, None or "" (a cell's value, never a list's elements)."""
    if x is None or x is pd.NA or x is pd.NaT:
        return True
    if isinstance(x, float):
        return x != x
    return isinstance(x, str) and x == ""


def number_text(x: Any) -> str:
    """A number as an editor reads it: 10619000 → '10,619,000', 10.65 → '10.65'."""
    x = clean(x)
    if x is None:
        return "?"
    x = float(x)
    if math.isinf(x):
        return "∞" if x > 0 else "−∞"
    if x == int(x) and abs(x) < 1e15:
        return f"{int(x):,}"
    return f"{x:,.6g}" if abs(x) >= 1 else f"{x:.4g}"


def interval_text(low: Any, high: Any, *, low_open: bool = False, high_open: bool = False) -> str:
    """The interval a figure stands for, brackets showing open ends."""
    low, high = clean(low), clean(high)
    if low is None and high is None:
        return ""
    high_inf = high is None or math.isinf(float(high))
    left = "(" if low_open else "["
    right = ")" if (high_open or high_inf) else "]"
    return f"{left}{number_text(low)}, {number_text(high if not high_inf else math.inf)}{right}"


def split_quote(quote: str | None, text: str | None, at: int | None = None) -> list[str]:
    """The quote as [before, figure, after] around `text`, or [quote] when it is not inside.

    `at` is where the figure starts in the quote when known: a sentence may hold the same
    figure twice ("l'arrêt de 5 500 serveurs, GdF affirme que 5 500 ressources").

    >>> split_quote("de 5 500 serveurs, GdF affirme que 5 500 ressources", "5 500", 35)
    ['de 5 500 serveurs, GdF affirme que ', '5 500', ' ressources']
    """
    if not text:
        return [quote or ""]
    if not quote:
        return ["", text, ""]
    if at is None or quote[at : at + len(text)] != text:
        at = quote.find(text)
    if at < 0:
        return [quote]
    return [quote[:at], text, quote[at + len(text) :]]


def quote_offset(body: str | None, quote: str | None, start: Any) -> int | None:
    """Where the figure at body[start:] falls inside `quote`, found in the document's body."""
    if not body or not quote or clean(start) is None:
        return None
    start = int(start)
    at = body.find(quote, max(0, start - len(quote)))
    while 0 <= at <= start:
        if start < at + len(quote):
            return start - at
        at = body.find(quote, at + 1)
    return None


@cache
def rule_why(rule_id: str) -> str | None:
    """The Why section of the rule's module docstring, when the rule registry knows it."""
    try:
        from sourcecheck.rules import RULES
    except ImportError:
        return None
    module = RULES.get(rule_id)
    doc = getattr(module, "__doc__", None) or ""
    return docstring_section(doc, "Why")


def docstring_section(doc: str, title: str) -> str | None:
    """The text under a numpydoc-style `title` heading of `doc` (underlined with dashes)."""
    lines = doc.splitlines()
    for i, line in enumerate(lines[:-1]):
        if line.strip() == title and set(lines[i + 1].strip()) == {"-"}:
            body: list[str] = []
            for j in range(i + 2, len(lines)):
                nxt = lines[j + 1].strip() if j + 1 < len(lines) else ""
                if lines[j].strip() and nxt and set(nxt) == {"-"}:
                    break
                body.append(lines[j].strip())
            text = " ".join(" ".join(body).split())
            return text or None
    return None


def index_view(rows: list[dict[str, Any]]) -> dict[str, Any]:
    """The batch index: cases (broken first, then by findings), totals by severity."""
    severities = list(reversed(SEVERITIES))
    shaped = []
    for row in rows:
        counts = {s: int((row.get("counts") or {}).get(s, 0) or 0) for s in severities}
        href = row.get("href")
        safe = isinstance(href, str) and ":" not in href.split("/")[0]  # relative links only
        shaped.append(
            {
                **row,
                "counts": counts,
                "href": href if safe else None,
                "validation_failures": int(row.get("validation_failures") or 0),
            }
        )
    rank = {"broken": 0, "failed": 1, "ok": 2}
    shaped.sort(
        key=lambda r: (
            rank.get(r.get("status"), 3),
            [-r["counts"][s] for s in severities],
            str(r.get("case")),
        )
    )
    totals = Counter()
    for r in shaped:
        totals.update(r["counts"])
    return {
        "rows": shaped,
        "severities": severities,
        "totals": [(s, totals.get(s, 0)) for s in severities],
    }
