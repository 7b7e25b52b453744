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

from sourcecheck.quantities.lexicon import load

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
