"""How findings write numbers: "10 619 000 €", "10.6 million", "(700, ∞)", ">700".

Why
---
A finding is read by an editor, so its figures look the way they are printed in copy, the
same way in every rule; group labels built here are also fingerprint material, so they depend
only on the numbers, never on how a document happened to write them.

Example
-------
>>> fmt(10619000), in_scale(10_600_000), money(12495271, "USD")
('10 619 000', '10.6 million', '12 495 271 $')
>>> names(["Le Monde", "ANSA", "Reuters", "AFP", "ANSA"])
'AFP, ANSA, Le Monde and 1 more'
"""

from __future__ import annotations

import math

_PREFIX = {
    "more_than": ">",
    "at_least": "≥",
    "fewer_than": "<",
    "at_most": "≤",
    "about": "~",
    "nearly": "≲",
}
_SYMBOL = {"EUR": "€", "USD": "$", "GBP": "£"}
_SCALES = ((1e9, "billion"), (1e6, "million"), (1e3, "thousand"))


def label(claim: object) -> str:
    """A stable, readable name for a position: "10 700 000 EUR", ">700", "~3 000 acre".

    `claim` is a row as a namedtuple, a dict or a Series.
    """
    get = (
        claim.get
        if hasattr(claim, "get")
        else lambda key, default=None: getattr(claim, key, default)
    )
    qualifier = get("qualifier", "exact")
    if qualifier in ("range", "vague"):  # "des centaines" → "200–1 000"
        number = f"{fmt(get('low'))}–{fmt(get('high'))}"
    else:
        number = _PREFIX.get(qualifier, "") + fmt(get("value"))
    return f"{number} {get('measure', '') or ''}".strip()


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


def names(values: object, most: int = 3) -> str:
    """Distinct names, sorted, at most `most` of them: "AFP, ANSA, Le Monde and 94 more".

    A finding over a thousand articles must stay one readable line; the full list of
    claims is in the finding itself.
    """
    distinct = sorted({str(v) for v in values if v is not None and str(v) != ""})
    if len(distinct) <= most:
        return ", ".join(distinct)
    return f"{', '.join(distinct[:most])} and {len(distinct) - most} more"
