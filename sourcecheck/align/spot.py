"""Where a figure stands in its sentence: its own digits, never the inside of a longer number.

Why
---
Alignment reads the words around a figure in its sentence (`quote`): "1 of whom" makes it a
part, "Belgian nationals" before it makes it a count of nationals. A plain search for the
figure's text finds "1" inside "18", "3" inside "2026" or "300" inside "1 300" when that comes
first, and every later step then reads the other figure's words. A figure's text stands where
no digit (nor a digit across a separator, as in "1,3" or "1 300") runs on before or after it.

Example
-------
>>> quote = "13 of them were Belgian nationals, 1 of whom was hurt."
>>> figure_at(quote, "1"), quote.find("1")
(35, 0)
>>> figure_at("Sur les 1 300 salariés, 300 partent.", "300")
24
>>> figure_at("Il y a 3 morts et 3 blessés.", "3", 9)
18
>>> figure_at("no figure here", "12")
-1
"""

from __future__ import annotations

import re
from functools import lru_cache

_SEPARATORS = ".,'’ \u00a0\u202f"  # what a number's digits may be grouped or split by


def figure_at(quote: str, text: str, after: int = 0) -> int:
    """The offset in `quote` (from `after` on) of `text` standing as a figure of its own,
    else of its first occurrence there (a text that is no number alone, as "1 300" read as
    "1300"), else -1."""
    at = quote.find(text, after) if text else -1
    if at < 0 or _alone(quote, at, at + len(text)):
        return at
    found = _pattern(text).search(quote, at + 1)
    return found.start() if found else at


def _alone(quote: str, start: int, end: int) -> bool:
    """Whether no digit runs on into `quote[start:end]` from either side (the common case,
    read without a pattern)."""
    before = quote[max(0, start - 2) : start]
    after = quote[end : end + 2]
    return not (
        (
            before[-1:].isdigit()
            or (len(before) == 2 and before[0].isdigit() and before[1] in _SEPARATORS)
        )
        and quote[start].isdigit()
        or (
            after[:1].isdigit()
            or (len(after) == 2 and after[0] in _SEPARATORS and after[1].isdigit())
        )
        and quote[end - 1].isdigit()
    )


@lru_cache(maxsize=4096)
def _pattern(text: str) -> re.Pattern:
    seps = re.escape(_SEPARATORS)
    before = rf"(?<!\d)(?<!\d[{seps}])" if text[0].isdigit() else ""
    after = rf"(?!\d)(?![{seps}]\d)" if text[-1].isdigit() else ""
    return re.compile(before + re.escape(text) + after)


__all__ = ["figure_at"]
