"""Vague quantities: "dozens", "des centaines", "centinaia", "tens of thousands", "hundreds of
millions of euros", "quelques centaines", "several hundred", "qualche migliaio".

Why
---
"Des dizaines de blessés" and "centinaia di persone" are figures an editor compares ("dozens"
cannot be 300), but no single number: they read as the wide interval they allow, with
qualifier `vague` (issue 12, DESIGN §4). The bounds are a documented choice, kept as data
in `data/vague.yaml` with the head words of each language: "dozens" [24, 100), "hundreds"
[200, 1 000), "thousands" [2 000, 10 000), and "A of B" multiplies A's interval by B's scale
("tens of thousands" → [20 000, 100 000)). The interval is closed below and open above; the
value is its midpoint, as for a range.

Example
-------
>>> head_class("centaines", "fr"), head_class("serveurs", "fr")
('hundreds', None)
>>> bounds_of("tens", "thousands")
(20000.0, 100000.0)
>>> few_bounds(100.0)
(200.0, 1000.0)
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from sourcecheck.quantities import currencies, units
from sourcecheck.quantities.lexicon import load
from sourcecheck.quantities.model import Quantity
from sourcecheck.quantities.ranges import Found

if TYPE_CHECKING:
    from sourcecheck.quantities.grammar import Grammar

LANGS = ("fr", "en", "it")
_DATA = load("vague")
INTERVALS: dict[str, tuple[float, float]] = {
    k: (float(lo), float(hi)) for k, (lo, hi) in _DATA["intervals"].items()
}
SCALES: dict[str, float] = {k: float(v) for k, v in _DATA["scales"].items()}
HEADS: dict[str, dict[str, str]] = {lg: dict(_DATA["heads"][lg]) for lg in LANGS}
FEW = tuple(_DATA["few"])
DETERMINERS = tuple(_DATA["determiners"])
OF = tuple(_DATA["of"])


def heads(lang: str | None) -> set[str]:
    """The head words of `lang` (all three languages when unknown)."""
    return {w for lg in ((lang,) if lang in LANGS else LANGS) for w in HEADS[lg]}


def head_class(word: str, lang: str | None) -> str | None:
    """The class of a head word ("centinaia" → "hundreds"), or None."""
    w = word.lower()
    for lg in (lang,) if lang in LANGS else LANGS:
        if w in HEADS[lg]:
            return HEADS[lg][w]
    return None


def bounds_of(head: str, of: str | None = None) -> tuple[float, float]:
    """[low, high) of a head class alone ("tens" reads as "dozens") or of "head of `of`"."""
    if of is None:
        return INTERVALS["dozens" if head == "tens" else head]
    low, high = INTERVALS[head]
    return low * SCALES[of], high * SCALES[of]


def few_bounds(value: float) -> tuple[float, float] | None:
    """[2·v, 10·v) for "several"/"a few" before a round hundred, thousand… (v = 100, 1 000…)."""
    if value < 100 or not math.log10(value).is_integer():
        return None
    return 2 * value, 10 * value


def read(text: str, s: int, e: int, head: str, lang: str | None, g: Grammar) -> Found | None:
    """The vague quantity whose head word spans [s, e): "des centaines", "tens of thousands",
    "hundreds of millions of euros" (its determiner and currency included)."""
    cls = head_class(head, lang)
    if cls is None:
        return None
    low, high = bounds_of(cls)
    om = g.vague_of.match(text, e)
    if om and head_class(om.group("h"), lang) in SCALES:
        low, high = bounds_of(cls, head_class(om.group("h"), lang))
        e = om.end()
    dm = g.vague_det.match(text[max(0, s - 24) : s][::-1])
    return _found(text, s - dm.end() if dm else s, e, low, high, g)


def read_few(text: str, s: int, end: int, value: float, g: Grammar) -> Found | None:
    """ "several hundred", "a few thousand", "qualche centinaio" ([s, end) reads `value`):
    [2·v, 10·v) when "several"/"a few"/"qualche" stands before it, else None."""
    bounds = few_bounds(value)
    fm = g.few.match(text[max(0, s - 16) : s][::-1]) if bounds else None
    return None if fm is None else _found(text, s - fm.end(), end, *bounds, g)


def _found(text: str, start: int, end: int, low: float, high: float, g: Grammar) -> Found:
    """A vague quantity [low, high), with the currency or unit written after it."""
    currency = unit = None
    ambiguous = False
    xm = g.suffix.match(text, end)
    if xm and xm.group("cur"):
        currency, ambiguous = currencies.currency_of(xm.group("cur"))
        end = xm.end()
    elif xm and xm.group("unit") and (unit := units.unit_of(xm.group("unit"))):
        end = xm.end()
    kind = "money" if currency else "percent" if unit == "percent" else "unit" if unit else "count"
    quantity = Quantity(
        start,
        end,
        text[start:end],
        (low + high) / 2,
        low,
        high,
        False,
        True,
        "vague",
        currency,
        unit,
        kind,
        None,
        ("currency",) if ambiguous else (),
    )
    return Found(quantity, None, 1.0, 0.0)
