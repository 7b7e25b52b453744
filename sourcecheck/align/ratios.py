"""Ratios: a share stated against a base counts the noun before it, not its base.

Why
---
Public finances are told as shares of a base: "l'indebitamento netto scende al 2,8% del
Pil", "ramener le déficit à 2,8 % du PIB", "cut the deficit to 2.8% of GDP". The frame reads
the figure's noun after it, the base (GDP, PIL, PIB), so the deficit and the debt of one
story, both "percent of GDP", shared one noun while the three accounts of the deficit, each
with its base in its own language, shared none. A share whose noun is a base takes instead
the measured noun that its sentence names last before it (`data/ratios.yaml`), in every
language the same key: the deficit's shares are compared with each other, never with the
debt's.

Example
-------
>>> measured("Il disavanzo scende al 3,6% del Pil.", "3,6%", "Pil")
'deficit'
>>> measured("La dette publique atteindra 118,5 % du PIB.", "118,5 %", "PIB")
'debt'
>>> measured("Growth will reach 1.2% of GDP.", "1.2%", "GDP")
''
>>> measured("The deficit fell to 3% of revenue.", "3%", "revenue")
''
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from sourcecheck import regexcache
from sourcecheck.align.shipped import align_data

_SENTENCE = regexcache.compile(r"[.!?](?:\s|$)")  # a sentence ends here ("2.8" does not)


@cache
def _bases() -> frozenset[str]:
    words = align_data("ratios.yaml").get("bases") or {}
    return frozenset(w.lower() for ws in words.values() for w in ws or ())


@cache
def _compounds() -> frozenset[str]:
    words = align_data("ratios.yaml").get("compounds") or {}
    return frozenset(w.lower() for ws in words.values() for w in ws or ())


@cache
def _measured() -> tuple[dict[str, str], re.Pattern]:
    """word → noun key, and a pattern finding any of the words (longest first)."""
    keys: dict[str, str] = {}
    for key, by_lang in (align_data("ratios.yaml").get("measured") or {}).items():
        for words in (by_lang or {}).values():
            keys.update({w.lower(): key for w in words or ()})
    pattern = rf"(?<!\w)(?:{regexcache.alternatives(keys)})(?!\w)"
    return keys, regexcache.compile(pattern, re.IGNORECASE)


def is_base(thing: str) -> bool:
    """Whether `thing`, a figure's noun as written, is a base shares are stated against, or
    begins with one ("gross domestic product next year").

    >>> is_base("Gross domestic product next year"), is_base("gdp growth")
    (True, False)
    """
    words = thing.lower().split()
    return any(" ".join(words[:n]) in _bases() for n in range(1, min(len(words), 4) + 1)) and (
        " ".join(words[1:2]) not in _compounds()
    )


def measured(quote: str, text: str, thing: str) -> str:
    """The noun key of what share `text` of base `thing` counts, named last before it in
    its sentence of `quote`; "" when `thing` is no base or the sentence names nothing."""
    if not is_base(thing):
        return ""
    start = quote.find(text) if text else -1
    return _named_before(quote, start) if start >= 0 else ""


@lru_cache(maxsize=65536)
def _named_before(quote: str, start: int) -> str:
    before = _SENTENCE.split(quote[:start])[-1]
    keys, pattern = _measured()
    found = pattern.findall(before)
    return keys[found[-1].lower()] if found else ""
