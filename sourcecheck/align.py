"""Telling which claims are about the same thing, and where they stand: blocks and positions.

Why
---
Every rule asks the same two questions of the claims table: which claims talk about the same
thing (a *block*: same case, concept, scope, date and measure), and which of them agree (a
*position*: claims whose intervals chain into overlap, DESIGN §5). Answering them here, once,
by sorting within blocks, keeps the rules short and the cost in n·log n of the claims, never
in the number of pairs.

Example
-------
>>> import pandas as pd
>>> claims = prepare(pd.DataFrame({"claim_id": ["a#1", "b#1", "c#1"], "concept": "server",
...     "value": [5500, 5500, 7000], "low": [5450, 5450, 7000], "high": [5550, 5550, 7000]}))
>>> positions(claims, ["concept"]).tolist()
[0, 0, 1]
"""

from __future__ import annotations

import functools
import itertools
import math
from collections.abc import Sequence

import numpy as np
import pandas as pd

TEXT_COLUMNS = (
    "claim_id", "doc", "publisher", "published", "source", "text", "quote", "qualifier",
    "currency", "unit", "thing", "concept", "concept_path", "refers_to", "kind", "scale",
    "scope", "items", "case",
)  # fmt: skip

# A block: "the same thing" for value rules (DESIGN §7).
SAME_THING = ("case", "concept", "scope", "refers_to", "measure")

_PREFIX = {"more_than": ">", "at_least": "≥", "fewer_than": "<", "at_most": "≤", "about": "~"}
_SYMBOL = {"EUR": "€", "USD": "$", "GBP": "£"}
_SCALES = ((1e9, "billion"), (1e6, "million"), (1e3, "thousand"))


def prepare(claims: pd.DataFrame) -> pd.DataFrame:
    """A copy of `claims` with every column the rules read, typed and without NaN in keys.

    Missing text columns become "", missing intervals become the value, open flags become
    booleans (CSV gives strings), `sentence` becomes an int (-1 when unknown), and `measure`
    (currency, else unit, else "" for counts) is added. Idempotent and cheap.
    """
    out = claims.copy()
    for col in TEXT_COLUMNS:
        out[col] = out[col].fillna("").astype(str) if col in out else ""
    out["qualifier"] = out["qualifier"].replace("", "exact")
    out["value"] = pd.to_numeric(out["value"], errors="coerce") if "value" in out else np.nan
    for col in ("low", "high"):
        given = pd.to_numeric(out[col], errors="coerce") if col in out else np.nan
        out[col] = pd.Series(given, index=out.index).fillna(out["value"]).astype(float)
    for col in ("low_open", "high_open"):
        flags = out[col] if col in out else False
        out[col] = pd.Series(flags, index=out.index).map(_truthy).astype(bool)
    for col in ("start", "sentence"):
        given = pd.to_numeric(out[col], errors="coerce") if col in out else np.nan
        out[col] = pd.Series(given, index=out.index).fillna(-1).astype(int)
    out["measure"] = out["currency"].where(out["currency"] != "", out["unit"])
    return out


def _truthy(x: object) -> bool:
    if isinstance(x, str):
        return x.strip().lower() in ("true", "1", "yes")
    return bool(x) and not (isinstance(x, float) and math.isnan(x))


def positions(
    claims: pd.DataFrame, by: Sequence[str], *, low: str = "low", high: str = "high"
) -> pd.Series:
    """Number the positions: within each block of `by`, claims whose intervals chain into overlap.

    A sweep over the claims sorted by block and lower bound: a claim starts a new position when
    it begins after everything before it in the block ended. Meeting at one number is not
    meeting when an end there is open, or when both intervals are written precisions
    ("1,2 million" [1.15M, 1.25M] and "1.3 million" [1.25M, 1.35M]: 1.25M rounds to 1.3M).
    Position numbers are unique across blocks and follow the sorted order.
    """
    if claims.empty:
        return pd.Series([], dtype=int, index=claims.index)
    order = claims.sort_values([*by, low, "low_open"], kind="stable")
    keys = list(order[list(by)].itertuples(index=False, name=None))
    lows, highs = order[low].to_numpy(), order[high].to_numpy()
    lo_open, hi_open = order["low_open"].to_numpy(), order["high_open"].to_numpy()
    number = np.empty(len(order), dtype=int)
    current, key, top, top_open, top_wide = -1, None, -math.inf, False, False
    for i in range(len(order)):
        wide = highs[i] > lows[i]
        touch = lows[i] == top and (lo_open[i] or top_open or (wide and top_wide))
        if keys[i] != key or lows[i] > top or touch:
            current, key = current + 1, keys[i]
            top, top_open, top_wide = highs[i], hi_open[i], wide
        elif highs[i] > top or (highs[i] == top and not hi_open[i]):
            top, top_open, top_wide = highs[i], hi_open[i], wide
        number[i] = current
    return pd.Series(number, index=order.index).reindex(claims.index)


def summarise(claims: pd.DataFrame, by: Sequence[str], position: str = "position") -> pd.DataFrame:
    """One row per position: its block keys, bounds, and its most precise claim as `rep`.

    The representative is the most precise claim (exact before qualified, narrowest interval,
    smallest value): adding claims that repeat a known figure never changes it, so labels built
    from it are stable fingerprint material.
    """
    ranked = claims.assign(
        _q=(claims["qualifier"] != "exact").astype(int), _w=claims["high"] - claims["low"]
    ).sort_values([position, "_q", "_w", "value", "claim_id"], kind="stable")
    grouped = ranked.groupby(position, sort=True)
    summary = grouped.agg(
        low=("low", "min"),
        high=("high", "max"),
        n=("claim_id", "size"),
        sources=("source", lambda s: frozenset(s)),
    )
    summary["rep"] = grouped["claim_id"].first()
    for col in by:
        summary[col] = grouped[col].first()
    summary["label"] = [label(row) for row in ranked.drop_duplicates(position).itertuples()]
    return summary.reset_index()


def gap_kind(a_high: float, b_low: float) -> str:
    """How two positions in ascending order are apart: "touch" (at one number) or "gap"."""
    return "touch" if b_low == a_high else "gap"


def overlaps(a: pd.Series, b: pd.Series) -> bool:
    """True when the intervals of claims `a` and `b` meet (same rules as `positions`)."""
    if a["low"] > b["low"] or (a["low"] == b["low"] and a["low_open"] and not b["low_open"]):
        a, b = b, a
    if b["low"] < a["high"]:
        return True
    wide = b["high"] > b["low"] and a["high"] > a["low"]
    return b["low"] == a["high"] and not (b["low_open"] or a["high_open"] or wide)


def rounding_slip(coarse: pd.Series, fine: pd.Series) -> float | None:
    """What `fine` rounds to at `coarse`'s written precision, when `coarse` is one step off.

    `coarse` must be an exact figure whose interval is its written precision (10,7 millions →
    [10.65M, 10.75M], step 0.1M) and `fine` a strictly more precise one outside it. Returns the
    rounded value (10 619 000 → 10.6M) when it is within one step of `coarse`, else None.
    """
    step = coarse["high"] - coarse["low"]
    if coarse["qualifier"] != "exact" or not 0 < step < math.inf:
        return None
    if not fine["high"] - fine["low"] < step or overlaps(coarse, fine):
        return None
    rounded = math.floor(fine["value"] / step + 0.5) * step
    return rounded if abs(rounded - coarse["value"]) <= step * 1.0001 else None


def scale_ratio(a: float, b: float, tolerance: float) -> int | None:
    """3 or 6 when b/a is within `tolerance` (relative) of 10³ or 10⁶, else None."""
    if not (a > 0 and b > 0):
        return None
    for power in (3, 6):
        if abs(b / a / 10**power - 1) <= tolerance:
            return power
    return None


def label(claim: object) -> str:
    """A stable, readable name for a position: "10 700 000 EUR", ">700", "~3 000 acre"."""
    q = getattr(claim, "qualifier", "exact")
    if q == "range":
        number = f"{fmt(claim.low)}–{fmt(claim.high)}"
    else:
        number = _PREFIX.get(q, "") + fmt(claim.value)
    measure = getattr(claim, "measure", "")
    return f"{number} {measure}".strip()


def fmt(x: float, digits: int = 4) -> str:
    """A number as an editor writes it: spaces between thousands, no trailing zeros."""
    if x is None or (isinstance(x, float) and not math.isfinite(x)):
        return "∞" if x == math.inf else "?"
    text = f"{x:,.{digits}f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text.replace(",", " ").replace("-", "−")


def interval(low: float, high: float, low_open: bool = False, high_open: bool = False) -> str:
    """An interval as written in mathematics: "[10 650 000, 10 750 000]", "(700, ∞)"."""
    return f"{'(' if low_open else '['}{fmt(low)}, {fmt(high)}{')' if high_open else ']'}"


def money(x: float, currency: str) -> str:
    """An amount with its currency symbol: "10 619 000 €", "12 495 271 $", "1 000 CHF"."""
    return f"{fmt(x, 0 if abs(x) >= 1000 else 2)} {_SYMBOL.get(currency, currency)}".strip()


def in_scale(x: float) -> str:
    """A large number with its scale word: 10_600_000 → "10.6 million"."""
    for factor, word in _SCALES:
        if abs(x) >= factor:
            return f"{fmt(x / factor).replace(' ', '')} {word}"
    return fmt(x)


@functools.cache
def unit_base(unit: str) -> tuple[str, float] | None:
    """The dimensionality of a pint unit and its factor to base units, None when unknown."""
    try:
        q = _units().Quantity(1.0, unit).to_base_units()
    except Exception:  # noqa: BLE001 - pint raises many kinds for unknown or odd units
        return None
    return str(q.dimensionality), float(q.magnitude)


@functools.cache
def _units():
    import pint

    return pint.UnitRegistry()


def union_find(n: int, pairs: Sequence[tuple[int, int]]) -> list[int]:
    """Component number of each of `n` items joined by `pairs` (smallest member's index)."""
    parent = list(range(n))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for a, b in pairs:
        ra, rb = root(a), root(b)
        parent[max(ra, rb)] = min(ra, rb)
    return [root(i) for i in range(n)]


def stands(
    claims: pd.DataFrame, by: Sequence[str], *, scale_tolerance: float = 0.1
) -> pd.DataFrame:
    """Add `position` and `stand` to `claims`: a stand joins positions whose gap another rule explains.

    Two positions of a block that differ only by a rounding slip (rounding's business) or by a
    factor of ~10³/10⁶ (scale-word's) are one stand, so value-conflict and internal report only
    the divergences nothing else names. `stand` is the smallest position number it holds.
    """
    out = claims.assign(position=positions(claims, by))
    if out.empty:
        return out.assign(stand=out["position"])
    summary = summarise(out, by).sort_values([*by, "low"], kind="stable")
    reps = out.set_index("claim_id")
    joined: list[tuple[int, int]] = []
    for _, block in summary.groupby(list(by), sort=False):
        numbers = block["position"].to_numpy()
        rows = [reps.loc[rep] for rep in block["rep"]]
        for k in range(len(rows) - 1):
            a, b = rows[k], rows[k + 1]
            if rounding_slip(a, b) is not None or rounding_slip(b, a) is not None:
                joined.append((numbers[k], numbers[k + 1]))
        values = np.array([row["value"] for row in rows], dtype=float)
        joined += [(numbers[i], numbers[j]) for i, j in scale_pairs(values, scale_tolerance)]
    component = union_find(int(out["position"].max()) + 1, joined)
    return out.assign(stand=[component[p] for p in out["position"]])


def scale_pairs(values: np.ndarray, tolerance: float) -> list[tuple[int, int]]:
    """Index pairs (i, j) with values[j] / values[i] within `tolerance` of 10³ or 10⁶.

    Sorted search on log10 of the values: cost n·log n, not n².
    """
    with np.errstate(divide="ignore", invalid="ignore"):
        logs = np.log10(np.where(values > 0, values, np.nan))
    order = np.argsort(logs)
    ordered = logs[order]
    pairs = []
    for i, at in enumerate(ordered):
        if np.isnan(at):
            continue
        for power in (3, 6):
            lo = np.searchsorted(ordered, at + power + math.log10(1 - tolerance), "left")
            hi = np.searchsorted(ordered, at + power + math.log10(1 + tolerance), "right")
            pairs += [(int(order[i]), int(order[j])) for j in range(lo, hi)]
    return pairs


def stand_labels(claims: pd.DataFrame, group: str = "stand") -> dict[int, str]:
    """The label of each stand: the label of its most precise claim (see `summarise`)."""
    ranked = claims.assign(
        _q=(claims["qualifier"] != "exact").astype(int), _w=claims["high"] - claims["low"]
    ).sort_values([group, "_q", "_w", "value", "claim_id"], kind="stable")
    first = ranked.drop_duplicates(group)
    return {getattr(row, group): label(row) for row in first.itertuples()}


def severity_of_gaps(claims: pd.DataFrame, group: str = "stand") -> str | None:
    """ "info" when consecutive stands only touch (meet at one number), else None.

    "700" and "plus de 700" do not agree, but an editor reads them as the same figure: the
    divergence is worth a note, not a warning.
    """
    bounds = claims.groupby(group).agg(low=("low", "min"), high=("high", "max")).sort_values("low")
    rows = list(bounds.itertuples())
    kinds = {gap_kind(a.high, b.low) for a, b in itertools.pairwise(rows)}
    return "info" if kinds == {"touch"} else None


def subject(claim: pd.Series | object) -> dict[str, str]:
    """What a finding is about, from one of its claims: concept, scope, refers_to."""
    get = claim.get if isinstance(claim, pd.Series) else lambda k: getattr(claim, k, "")
    return {"concept": get("concept"), "scope": get("scope"), "refers_to": get("refers_to")}


FOUND_COLUMNS = ("message", "explanation", "subject", "members", "severity")


def found(rows: list[dict]) -> pd.DataFrame:
    """The table a rule returns: one row per finding (see `FOUND_COLUMNS`)."""
    return pd.DataFrame([{"severity": None, **row} for row in rows], columns=list(FOUND_COLUMNS))
