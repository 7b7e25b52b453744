"""Stocks: a figure that says what still stands, not how many it came to.

Why
---
Evacuees, the displaced and households without power are counted two ways: how many were
evacuated (a running total, which only grows) and how many are still away from home (a stock,
which falls as people return). "650 evacuated on Tuesday", then "400 still evacuated" on
Wednesday is no contradiction. The words that say so ("still", "encore", "ancora", "restent")
stand near the figure; a figure they mark is never read as a running total's fall.

Example
-------
>>> quote = "Quelque 400 personnes restaient évacuées, contre 650 la veille."
>>> [still(quote, "400"), still(quote, "650")]
[True, False]
"""

from __future__ import annotations

import re
from functools import lru_cache

from sourcecheck import regexcache
from sourcecheck.align.shipped import word_pattern

REACH = 40  # characters on each side of the figure where a stock word counts


@lru_cache(maxsize=65536)  # days, moments and subjects ask it of the same figures
def still(quote: str, text: str) -> bool:
    """Whether a stock word stands near the figure `text` in its sentence `quote`, in its
    clause (no other figure or clause break between them)."""
    return near(quote, text, word_pattern("stocks.yaml"))


@lru_cache(maxsize=65536)
def in_condition(quote: str, text: str) -> bool:
    """Whether the figure `text` counts people by their condition ("7 of them seriously",
    "dont 6 en urgence absolue": `data/conditions.yaml`), near it in its clause.

    >>> in_condition("58 feriti, di cui 12 in gravi condizioni.", "12")
    True
    >>> in_condition("58 feriti, di cui 12 in gravi condizioni.", "58")
    False
    """
    return near(quote, text, word_pattern("conditions.yaml"))


def near(quote: str, text: str, words: re.Pattern) -> bool:
    """Whether `words` match near the figure `text` in its sentence `quote`, in its clause
    (no other figure or clause break between them, `REACH` characters at most); before the
    figure, not past a word that joins another clause ("One person is still missing and 58
    have been injured": the 58 is no stock)."""
    at = quote.find(text) if text else -1
    if at < 0:
        return False
    before = word_pattern("coordinators.yaml").split(
        _clause(quote[max(0, at - REACH) : at], last=True)
    )[-1]
    after = _clause(quote[at + len(text) : at + len(text) + REACH], last=False)
    return bool(words.search(before) or words.search(after))


def _clause(text: str, *, last: bool) -> str:
    parts = _BREAK.split(text)
    return parts[-1] if last else parts[0]


_BREAK = regexcache.compile(r"[,;:.()]|\d")


def stock_words() -> re.Pattern:
    """The pattern of the stock words of every language (a quick test of a sentence)."""
    return word_pattern("stocks.yaml")


__all__ = ["in_condition", "near", "still", "stock_words"]
