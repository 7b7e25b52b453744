"""A finding's intervals on one shared axis, drawn by matplotlib as inline SVG.

Why
---
"10,7 millions" and "10 619 000 €" look close; drawn as intervals on one axis, the gap between
[10.65M, 10.75M] and the exact figure is plain. Open ends (more than, at least) are arrows.
The SVG is made offline by matplotlib's SVG backend (Agg), text kept as text in a generic
font family, so the page needs no script or font from anywhere.

Example
-------
>>> svg = interval_chart([
...     {"group": "a", "source": "X", "text": "10,7 millions", "low": 10.65e6, "high": 10.75e6},
...     {"group": "b", "source": "Y", "text": "10 619 000 €", "low": 10619000, "high": 10619000}])
>>> svg.startswith("<svg")
True
"""

from __future__ import annotations

import io
import math
import re
from typing import Any

from markupsafe import Markup

MAX_ROWS = 12  # distinct intervals drawn; more are summed into the last row's label
COLORS = ("#0b6bcb", "#c2410c", "#15803d", "#7c3aed", "#be185d", "#0f766e")


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
        row = rows.setdefault(key, {"key": key, "texts": [], "sources": [], "n": 0})
        row["n"] += 1
        for field, value in (("texts", c.get("text")), ("sources", c.get("source"))):
            if value and value not in row[field]:
                row[field].append(value)
    return list(rows.values())


def interval_chart(
    claims: list[dict[str, Any]], groups: list[str] | None = None, prefix: str = "c-"
) -> Markup | None:
    """The SVG comparing the claims' intervals, or None when fewer than two numbers compare.

    Each position (`group`) has its colour, COLORS[i] for the i-th of `groups` (the order the
    page lists the positions in, so the chart and the boxes above it match). `prefix` makes
    the SVG's ids unique in a page of many charts.
    """
    measures = {c.get("currency") or c.get("unit") for c in claims}
    rows = chart_rows(claims)
    if len(rows) < 2 or len(measures) > 1:  # euros beside dollars share no axis
        return None
    rows = rows[:MAX_ROWS]
    groups = list(groups or dict.fromkeys(r["key"][0] for r in rows))
    finite = [v for r in rows for v in r["key"][1:3] if math.isfinite(v)]
    lo, hi = min(finite), max(finite)
    log = lo > 0 and hi / lo > 50
    measure = next(iter(measures)) or ""
    return Markup(
        draw(rows, groups, lo, hi, log, measure, prefix)
    )  # matplotlib escapes all text it writes


def draw(
    rows: list[dict], groups: list[str], lo: float, hi: float, log: bool, measure: str, prefix: str
) -> str:
    """Draw the rows (one horizontal bar each) and return the SVG element."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from matplotlib.ticker import FuncFormatter, MaxNLocator, NullFormatter

    style = {
        "svg.fonttype": "none",
        "svg.hashsalt": "sourcecheck",
        "font.family": "sans-serif",
        "font.size": 9,
        "axes.spines.top": False,
        "axes.spines.right": False,
        "axes.spines.left": False,
    }
    with matplotlib.rc_context(style):
        fig, ax = plt.subplots(figsize=(7.0, 0.4 * len(rows) + 0.7))
        try:
            span = (math.log10(hi) - math.log10(lo)) if log else (hi - lo)
            pad = span * 0.08 or (abs(hi) * 0.05 or 1)
            # Open ends need room for their arrows beyond the last finite bound.
            open_low = any(not math.isfinite(r["key"][1]) for r in rows)
            open_high = any(not math.isfinite(r["key"][2]) for r in rows)
            pads = (pad * (4 if open_low else 1), pad * (4 if open_high else 1))
            if log:
                left, right = lo / 10 ** pads[0], hi * 10 ** pads[1]
            else:
                left, right = lo - pads[0], hi + pads[1]
            if log:
                ax.set_xscale("log")
            for y, row in enumerate(rows):
                group, low, high, low_open, high_open = row["key"]
                color = COLORS[groups.index(group) % len(COLORS)]
                a = low if math.isfinite(low) else left
                b = high if math.isfinite(high) else right
                if width(a, b, left, right, log) < 0.02:  # too thin to see as a bar
                    ax.plot([a, b], [y, y], color=color, linewidth=5, solid_capstyle="butt")
                    ax.plot([(a + b) / 2], [y], marker="D", color=color, markersize=6)
                elif not (math.isfinite(low) and math.isfinite(high)):
                    ax.plot([a if math.isfinite(low) else b], [y], marker="o", color=color,
                            markersize=6, markerfacecolor="white" if low_open or high_open else color)  # fmt: skip
                else:
                    ax.plot([a, b], [y, y], color=color, linewidth=5, solid_capstyle="butt")
                if not math.isfinite(high):
                    ax.annotate("", xy=(right, y), xytext=(a, y), arrowprops=arrow(color),
                                annotation_clip=False)  # fmt: skip
                if not math.isfinite(low):
                    ax.annotate("", xy=(left, y), xytext=(b, y), arrowprops=arrow(color),
                                annotation_clip=False)  # fmt: skip
            ax.set_xlim(left, right)
            ax.xaxis.set_major_formatter(FuncFormatter(lambda x, _: compact(x)))
            if not log:
                ax.xaxis.set_major_locator(MaxNLocator(6))
            if log:
                ax.xaxis.set_minor_formatter(NullFormatter())
            ax.set_ylim(len(rows) - 0.5, -0.5)
            ax.set_yticks(range(len(rows)), [row_label(r) for r in rows])
            for label in ax.get_yticklabels():
                label.set_parse_math(False)
            ax.tick_params(axis="y", length=0)
            if measure:
                ax.set_xlabel(measure, loc="right", color="#5b6474")
            ax.grid(axis="x", color="#ddd", linewidth=0.6)
            ax.set_axisbelow(True)
            fig.tight_layout(pad=0.4)
            out = io.StringIO()
            fig.savefig(out, format="svg", metadata={"Date": None, "Creator": None})
        finally:
            plt.close(fig)
    return inline_svg(out.getvalue(), prefix)


def inline_svg(svg: str, prefix: str) -> str:
    """matplotlib's SVG file made fit to sit inside HTML, many to a page.

    Drops the prolog, the RDF metadata, the namespace URLs (HTML needs none) and the global
    `*{...}` style (the page's CSS has it), keeps only the ids something refers to (matplotlib
    numbers `figure_1`, `axes_1`... afresh in every chart) prefixed with `prefix` so they are
    unique in the page, and folds the whitespace inside path data.
    """
    svg = re.sub(r"^.*?(?=<svg)", "", svg, flags=re.S)
    svg = re.sub(r"\s*<metadata>.*?</metadata>", "", svg, flags=re.S)
    svg = re.sub(r"\s*<style[^>]*>.*?</style>", "", svg, flags=re.S)
    svg = re.sub(r'\s(?:xmlns(?::xlink)?|version)="[^"]*"', "", svg)
    svg = svg.replace("xlink:href=", "href=")
    used = set(re.findall(r'(?:url\(#|href="#)([^)"]+)', svg))
    svg = re.sub(
        r'\sid="([^"]+)"',
        lambda m: f' id="{prefix}{m.group(1)}"' if m.group(1) in used else "",
        svg,
    )
    svg = re.sub(r'(url\(#|href="#)', rf"\g<1>{prefix}", svg)
    svg = re.sub(r'\sd="([^"]*)"', lambda m: ' d="' + " ".join(m.group(1).split()) + '"', svg)
    return re.sub(r">\s+<", "><", svg)


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


def arrow(color: str) -> dict[str, Any]:
    """An arrow for an open end of an interval."""
    return {"arrowstyle": "-|>", "color": color, "linewidth": 1.5, "shrinkA": 0, "shrinkB": 0}


def row_label(row: dict[str, Any]) -> str:
    """'source: figure (×n)', cut to fit the margin; the colour says the position."""
    who = ", ".join(row["sources"][:2]) + ("…" if len(row["sources"]) > 2 else "")
    label = f"{who}: {row['texts'][0] if row['texts'] else ''}"
    if row["n"] > 1:
        label += f" (×{row['n']})"
    return label if len(label) <= 48 else label[:47] + "…"
