"""An update's timeline: a running count's figures by the moment they describe, as plain SVG.

Why
---
"2 dead, then 4, then 5, then 8" reads at a glance as a line that climbs: the editor sees
that the figures are a toll growing, not sources disagreeing, and which account gave which
figure when. Like the interval chart, the SVG is written element by element with
presentation attributes only (no style, no ids, no script), and every text is escaped.

Example
-------
>>> svg = timeline_chart([
...     {"moment": "2024-05-06", "published_at": "2024-05-06T10:00", "value": 5, "source": "X"},
...     {"moment": "2024-05-07", "published_at": "2024-05-07T09:00", "value": 9, "source": "Y"}])
>>> svg.startswith("<svg") and "2024-05-07" in svg
True
"""

from __future__ import annotations

import datetime as dt
import math
from typing import Any

from markupsafe import Markup, escape

from sourcecheck.report.chart import COLORS, GRID, INK, MUTED, compact, nice_ticks

WIDTH, HEIGHT, LEFT, RIGHT, TOP, BOTTOM = 740, 210, 70, 50, 24, 44  # layout, in SVG units


def timeline_chart(claims: list[dict[str, Any]]) -> Markup | None:
    """The SVG of the claims' values by moment (days on x, figures on y), a line through the
    highest figure of each moment; None when fewer than two moments have a figure."""
    points = sorted(
        (
            (_day(c.get("moment")), str(c.get("published_at") or ""), float(c["value"]), c)
            for c in claims
            if _day(c.get("moment")) and _finite(c.get("value"))
        ),
        key=lambda p: (p[0], p[1]),
    )
    days = sorted({p[0] for p in points})
    if len(days) < 2:
        return None
    return Markup(_draw(points, days))


def _draw(points: list[tuple], days: list[dt.date]) -> str:
    values = [p[2] for p in points]
    ticks = nice_ticks(min(0.0, min(values)), max(values) * 1.1 or 1)
    top = max([*ticks, max(values) * 1.15])
    bottom_value = min(ticks)
    plot_w, plot_h = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM
    span = max((days[-1] - days[0]).days, 1)

    def x(day: dt.date) -> float:
        return round(LEFT + plot_w * (day - days[0]).days / span, 1)

    def y(v: float) -> float:
        return round(TOP + plot_h * (1 - (v - bottom_value) / ((top - bottom_value) or 1)), 1)

    base = HEIGHT - BOTTOM
    out = [
        f'<svg viewBox="0 0 {WIDTH} {HEIGHT}" width="{WIDTH}" height="{HEIGHT}" role="img" '
        f'font-size="12" fill="{INK}"><title>The figure at each moment it describes</title>'
    ]
    for t in ticks:
        out.append(f'<line x1="{LEFT}" y1="{y(t)}" x2="{WIDTH - RIGHT}" y2="{y(t)}" stroke="{GRID}"/>')  # fmt: skip
        out.append(f'<text x="{LEFT - 8}" y="{y(t) + 4}" text-anchor="end" fill="{MUTED}">{escape(compact(t))}</text>')  # fmt: skip
    for day in days:
        out.append(f'<text x="{x(day)}" y="{base + 16}" text-anchor="middle" fill="{MUTED}">{escape(day.isoformat())}</text>')  # fmt: skip
    out.append(f'<line x1="{LEFT}" y1="{base}" x2="{WIDTH - RIGHT}" y2="{base}" stroke="{MUTED}"/>')  # fmt: skip
    highest = {day: max(p[2] for p in points if p[0] == day) for day in days}
    line = " ".join(f"{x(d)},{y(highest[d])}" for d in days)
    out.append(f'<polyline points="{line}" fill="none" stroke="{COLORS[0]}" stroke-width="2"/>')
    for day, published, value, claim in points:
        who = f"{claim.get('source') or ''}: {claim.get('text') or compact(value)}"
        when = f" (published {published.replace('T', ' ')})" if published else ""
        out.append(
            f'<circle cx="{x(day)}" cy="{y(value)}" r="5" fill="{COLORS[0]}" stroke="#ffffff">'
            f"<title>{escape(day.isoformat())} · {escape(who)}{escape(when)}</title></circle>"
        )
    for day in days:
        out.append(f'<text x="{x(day)}" y="{y(highest[day]) - 9}" text-anchor="middle">{escape(compact(highest[day]))}</text>')  # fmt: skip
    out.append("</svg>")
    return "".join(out)


def _day(value: Any) -> dt.date | None:
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def _finite(value: Any) -> bool:
    try:
        return math.isfinite(float(value))
    except (TypeError, ValueError):
        return False
