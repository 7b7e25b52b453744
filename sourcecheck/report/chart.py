"""A finding's intervals on one shared axis, drawn as plain inline SVG.

Why
---
"10,7 millions" and "10 619 000 €" look close; drawn as intervals on one axis, the gap between
[10.65M, 10.75M] and the exact figure is plain. Open ends (more than, at least) are arrows.
The SVG is written here, element by element, with presentation attributes only (no style
attributes, no ids, no script): it costs microseconds per finding, so a report of 5,000
findings still renders in seconds, and it passes a strict Content-Security-Policy. All text
is escaped.

Example
-------
>>> svg = interval_chart([
...     {"group": "a", "source": "X", "text": "10,7 millions", "low": 10.65e6, "high": 10.75e6},
...     {"group": "b", "source": "Y", "text": "10 619 000 €", "low": 10619000, "high": 10619000}])
>>> svg.startswith("<svg")
True
>>> nice_ticks(0, 95)
[0, 20, 40, 60, 80]
"""

from __future__ import annotations

import math
from typing import Any

from markupsafe import Markup, escape

MAX_ROWS = 12  # distinct intervals drawn; more are summed into the last row's label
COLORS = ("#0b6bcb", "#c2410c", "#15803d", "#7c3aed", "#be185d", "#0f766e")

WIDTH, LABELS, RIGHT, TOP, ROW, AXIS = 740, 290, 28, 8, 26, 40  # layout, in SVG units
INK, MUTED, GRID = "#1f2937", "#5b6474", "#dddddd"


def chart_rows(claims: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Distinct (group, interval) rows with how many claims and which sources stand on each."""
    rows: dict[tuple, dict[str, Any]] = {}
    for c in claims:
        low, high = c.get("low"), c.get("high")
        if low is None and high is None:
            continue
        low = -math.inf if low is None else float(low)  # JSON writes open ends as null
        high = math.inf if high is None else float(high)
        if math.isnan(low) or math.isnan(high):
            continue
        key = (c.get("group") or "", low, high, bool(c.get("low_open")), bool(c.get("high_open")))
        row = rows.setdefault(key, {"key": key, "texts": {}, "sources": {}, "n": 0})
        row["n"] += 1
        for field, value in (("texts", c.get("text")), ("sources", c.get("source"))):
            if value:
                row[field].setdefault(value, None)  # in order of first appearance, each once
    return [{**r, "texts": list(r["texts"]), "sources": list(r["sources"])} for r in rows.values()]


def interval_chart(
    claims: list[dict[str, Any]], groups: list[str] | None = None, prefix: str = "c-"
) -> Markup | None:
    """The SVG comparing the claims' intervals, or None when fewer than two numbers compare.

    Each position (`group`) has its colour, COLORS[i] for the i-th of `groups` (the order the
    page lists the positions in, so the chart and the boxes above it match). The SVG has no
    ids, so `prefix` (kept for callers) is not needed to keep a page's ids unique.
    """
    measures = {c.get("currency") or c.get("unit") for c in claims}
    rows = chart_rows(claims)
    if len(rows) < 2 or len(measures) > 1:  # euros beside dollars share no axis
        return None
    hidden = len(rows) - MAX_ROWS
    rows = rows[:MAX_ROWS]
    groups = list(groups or dict.fromkeys(r["key"][0] for r in rows))
    finite = [v for r in rows for v in r["key"][1:3] if math.isfinite(v)]
    if not finite:
        return None
    lo, hi = min(finite), max(finite)
    log = lo > 0 and hi / lo > 50
    measure = next(iter(measures)) or ""
    return Markup(draw(rows, groups, lo, hi, log, measure, hidden))


def draw(
    rows: list[dict], groups: list[str], lo: float, hi: float, log: bool, measure: str,
    hidden: int = 0,
) -> str:  # fmt: skip
    """The SVG element: one horizontal bar per row on a shared axis, ticks below."""
    span = (math.log10(hi) - math.log10(lo)) if log else (hi - lo)
    pad = span * 0.08 or (abs(hi) * 0.05 or 1)
    open_low = any(not math.isfinite(r["key"][1]) for r in rows)
    open_high = any(not math.isfinite(r["key"][2]) for r in rows)
    pads = (pad * (4 if open_low else 1), pad * (4 if open_high else 1))
    if log:
        left, right = lo / 10 ** pads[0], hi * 10 ** pads[1]
    else:
        left, right = lo - pads[0], hi + pads[1]
    plot = WIDTH - LABELS - RIGHT
    origin = math.log10(left) if log else left
    scale = plot / ((math.log10(right) if log else right) - origin)

    def x(v: float) -> float:
        if v <= left:
            return float(LABELS)
        at = ((math.log10(v) if log else v) - origin) * scale
        return round(LABELS + min(at, plot), 1)

    height = TOP + ROW * len(rows) + AXIS
    bottom = TOP + ROW * len(rows)
    out = [
        f'<svg viewBox="0 0 {WIDTH} {height}" width="{WIDTH}" height="{height}" role="img" '
        f'font-size="12" fill="{INK}"><title>Each claim\'s interval on one axis</title>'
    ]
    ticks = log_ticks(left, right) if log else nice_ticks(left, right)
    for t in ticks:
        out.append(f'<line x1="{x(t)}" y1="{TOP}" x2="{x(t)}" y2="{bottom}" stroke="{GRID}"/>')
        out.append(f'<text x="{x(t)}" y="{bottom + 15}" text-anchor="middle" fill="{MUTED}">'
                   f"{escape(compact(t))}</text>")  # fmt: skip
    out.append(f'<line x1="{LABELS}" y1="{bottom}" x2="{WIDTH - RIGHT}" y2="{bottom}" stroke="{MUTED}"/>')  # fmt: skip
    if measure:
        out.append(f'<text x="{WIDTH - RIGHT}" y="{bottom + 32}" text-anchor="end" fill="{MUTED}">{escape(measure)}</text>')  # fmt: skip
    for i, row in enumerate(rows):
        group, low, high, low_open, high_open = row["key"]
        color = COLORS[groups.index(group) % len(COLORS)] if group in groups else COLORS[0]
        y = TOP + ROW * i + ROW / 2
        label = row_label(row) + (f" (+{hidden} more)" if hidden > 0 and i == len(rows) - 1 else "")
        out.append(f'<text x="{LABELS - 8}" y="{y + 4}" text-anchor="end">{escape(label)}</text>')
        a = low if math.isfinite(low) else left
        b = high if math.isfinite(high) else right
        xa, xb = x(a), x(b)
        if math.isfinite(low) and math.isfinite(high):
            if xb - xa < 0.02 * plot:  # too thin to see as a bar: a diamond on a short line
                mid = (xa + xb) / 2
                out.append(f'<rect x="{xa}" y="{y - 5}" width="{max(xb - xa, 1)}" height="10" fill="{color}"/>')  # fmt: skip
                out.append(f'<polygon points="{mid},{y - 7} {mid + 6},{y} {mid},{y + 7} {mid - 6},{y}" fill="{color}"/>')  # fmt: skip
            else:
                out.append(f'<rect x="{xa}" y="{y - 5}" width="{xb - xa}" height="10" fill="{color}"/>')  # fmt: skip
            continue
        end = xa if math.isfinite(low) else xb  # the one finite bound
        edge = x(right) if math.isfinite(low) else x(left)
        tip = -1 if edge < end else 1
        out.append(f'<line x1="{end}" y1="{y}" x2="{edge - 8 * tip}" y2="{y}" stroke="{color}" stroke-width="2"/>')  # fmt: skip
        out.append(f'<polygon points="{edge},{y} {edge - 9 * tip},{y - 5} {edge - 9 * tip},{y + 5}" fill="{color}"/>')  # fmt: skip
        if math.isfinite(low) or math.isfinite(high):
            hollow = low_open if math.isfinite(low) else high_open
            fill = "#ffffff" if hollow else color
            out.append(f'<circle cx="{end}" cy="{y}" r="5" fill="{fill}" stroke="{color}" stroke-width="2"/>')  # fmt: skip
    out.append("</svg>")
    return "".join(out)


def nice_ticks(left: float, right: float, count: int = 6) -> list[float]:
    """Round tick values (1, 2 or 5 × 10^k apart) inside [left, right]."""
    span = right - left
    if not span > 0 or not math.isfinite(span):
        return [left]
    raw = span / count
    power = 10 ** math.floor(math.log10(raw))
    step = next(m * power for m in (1, 2, 5, 10) if m * power >= raw)
    first = math.ceil(left / step) * step
    return [round(first + k * step, 12) for k in range(int((right - first) / step) + 1)]


def log_ticks(left: float, right: float) -> list[float]:
    """Powers of ten inside [left, right]; with 1, 2 and 5 steps when there are few."""
    low, high = math.ceil(math.log10(left)), math.floor(math.log10(right))
    ticks = [10.0**k for k in range(low, high + 1)]
    if len(ticks) < 3:
        ticks = sorted(
            m * 10.0**k
            for k in range(low - 1, high + 1)
            for m in (1, 2, 5)
            if left <= m * 10.0**k <= right
        )
    return ticks


def width(a: float, b: float, left: float, right: float, log: bool) -> float:
    """The share of the axis that [a, b] covers, on the axis' own scale."""
    if log:
        return (math.log10(b) - math.log10(a)) / (math.log10(right) - math.log10(left))
    return (b - a) / (right - left)


def compact(x: float) -> str:
    """A tick label: 10620000 → '10.62M', 5450 → '5,450'."""
    for size, suffix in ((1e12, "T"), (1e9, "B"), (1e6, "M")):
        if abs(x) >= size:
            return f"{x / size:.4g}{suffix}"
    return f"{x:,.4g}" if abs(x) < 1e4 else f"{x:,.0f}"


def row_label(row: dict[str, Any]) -> str:
    """'source: figure (×n)', cut to fit the margin; the colour says the position."""
    who = ", ".join(row["sources"][:2]) + ("…" if len(row["sources"]) > 2 else "")
    label = f"{who}: {row['texts'][0] if row['texts'] else ''}"
    if row["n"] > 1:
        label += f" (×{row['n']})"
    return label if len(label) <= 38 else label[:37] + "…"
