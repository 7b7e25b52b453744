"""The common figure read in a few steps: digits between plain words ("ont saisi 700 policiers").

Why
---
Most figures of news copy stand between words that are no currency, qualifier, reference,
scale, unit or month. The general reader (`parser._read`) asks each of those questions in
turn, building records on the way; here the answers come from what the parser already has
(the scan's match, with the word after the digits) and from memos of decisions made once
per process: whether a word next to a figure is one a lexicon form may start or end with,
and what a digit group reads as a plain count (its interval). Only a side that holds such
a word is read in full (`context.read_left`, and `context.read_right` in `assemble`); a
minus sign, a year's or a clock time's shape go through `assemble` too, and "10½" to the
general reader (`SLOW`). The answers are the general reader's on every figure
(tests/test_quantities_properties.py compares the two).

Example
-------
>>> from sourcecheck.quantities.grammar import grammar
>>> text, g = "ont saisi 700 policiers", grammar("fr")
>>> m = next(m for m in g.scan.finditer(text) if m.lastgroup == "num")
>>> f = read_num(text, text[::-1], m, "fr", g, memo("fr", 1000, 0.1), 0)
>>> (f.q.text, f.q.value, f.q.low, f.q.high)
('700', 700.0, 700.0, 700.0)
>>> text = "plus de 700 policiers"
>>> m = next(m for m in g.scan.finditer(text) if m.lastgroup == "num")
>>> read_num(text, text[::-1], m, "fr", g, memo("fr", 1000, 0.1), 0).q.text
'plus de 700'
"""

from __future__ import annotations

import re
from functools import lru_cache

from sourcecheck.quantities.assemble import assemble, clock_hour, glued_to_word
from sourcecheck.quantities.context import WINDOW, Left, Right, left_of
from sourcecheck.quantities.exclusions import (
    SPAN_LEADS_REVERSED,
    is_span_end_day,
    is_time,
    is_year,
)
from sourcecheck.quantities.grammar import VULGAR, Grammar
from sourcecheck.quantities.intervals import bounds, precision_step
from sourcecheck.quantities.model import Quantity
from sourcecheck.quantities.numbers import read_digits
from sourcecheck.quantities.ranges import Found

SLOW = object()  # "read this figure with the general reader"
_LIMIT = 8192  # entries a memo keeps before it starts again (as read_digits' cache)
_new = tuple.__new__  # records built without their Python-level __new__: once per figure


class Memo:
    """What one language's figures and neighbouring words have been found to be."""

    __slots__ = ("lang", "round_from", "about", "left", "right", "digits")

    def __init__(self, lang: str | None, round_from: float, about: float) -> None:
        self.lang, self.round_from, self.about = lang, round_from, about
        # a word before a figure (reversed) → the pattern its left context is read with, if any
        self.left: dict[str, re.Pattern | None] = {}
        # a word after a figure → RIGHT when in right_words, MONTH when it may begin
        # `month_after`, else 0
        self.right: dict[str, int] = {}
        self.digits: dict[str, tuple | None] = {}  # a digit group → its plain reading


@lru_cache(maxsize=32)
def memo(lang: str | None, round_from: float, about: float) -> Memo:
    """The memo of `lang` for these interval settings (DESIGN §5), one per process."""
    return Memo(lang, round_from, about)


def read_num(
    text: str,
    rtext: str,
    m: re.Match,
    lang: str | None,
    g: Grammar,
    mem: Memo,
    taken: int,
) -> Found | None | object:
    """The figure of the scan's "num" match `m` (see `parser._read`), None when it is no
    quantity; `SLOW` for "10½", which the general reader reads. `rtext` is `text` reversed;
    `taken` is where the previous quantity ended."""
    raw, word = m.group("num", "rt")
    plain = mem.digits.get(raw, SLOW)
    if plain is SLOW:
        plain = _digits(raw, mem)
    if plain is None:
        return None  # no number ("1,1,1")
    mantissa, decimals, tz, value, low, high, step, flags, year_shaped, special = plain
    s, e = m.span("num")
    n = len(text)
    if e < n and text[e] in VULGAR:
        return SLOW  # "10½"
    kind = MONTH if word is None else mem.right.get(word)
    if kind is None:
        kind = _remember(mem.right, word, _right_kind(word, g))
    right = kind == RIGHT
    rs = n - s
    lo = s - WINDOW if s - WINDOW > taken else taken
    stop = n - lo
    left = None  # no currency, qualifier, reference or date on the left
    if (
        s > 1
        and text[s - 1] == " "
        and (j := text.rfind(" ", lo, s - 1)) >= 0
        and (word_before := text[j + 1 : s - 1]).isalpha()
    ):  # a plain word, one space, the figure: what `token` would read, without it
        before, glued = word_before[::-1], False
    else:
        tm = g.token.match(rtext, rs, stop)
        before = None if tm is None else tm.group(1)  # (reversed, as `rtext` holds it)
        glued = tm is not None and tm.end() - rs == len(before) and rtext[rs].isalpha()
    if before is not None:
        pattern = mem.left.get(before, SLOW)
        if pattern is SLOW:
            pattern = _remember(mem.left, before, _left_pattern(before, g))
        if pattern is not None:
            lm = pattern.match(rtext, rs, stop)
            if (
                year_shaped
                or lm.lastgroup in ("month", "ref", "weekday")
                or any(lm.group("cur", "qual"))
            ):  # "mars 2020", "art. 171", "lundi 4", "$5", "plus de 5", "en 2017"
                left = left_of(lm, text, s, stop, g, year_shaped, e, rtext)
                if left is None:
                    return None
        if left is None and glued:
            return None  # glued to a word: "G20", "MP3"
    if left is None and not right and not special:
        if glued_to_word(text, e):
            return None  # "5G", "4K", "5-year", "171-ter"
        if not (s and text[s - 1] in "-–/−"):  # no sign, no tail of a date ("2019-20")
            if not decimals and mantissa <= 24 and clock_hour(rtext, s, e, g, text):
                return None  # "vers 22 heures", "alle ore 23"
            if (
                not decimals
                and 1 <= mantissa <= 31
                and (before is None or before.lower().replace("ı", "i") in SPAN_LEADS_REVERSED)
                and is_span_end_day(text, rtext, s, e)
            ):
                return None  # "from March 17 to 18,": the span's second day
            if not decimals and 1 <= mantissa <= 31 and kind and g.month_after.match(text, e):
                return None  # "the night of 17 to 18 March", "17-18 marzo": the first day
            q = (s, e, raw, value, low, high, False, False, "exact", None, None, "count", None)
            return _new(Found, (_new(Quantity, (*q, flags)), None, 1.0, step))
    if left is None:
        left = _new(Left, (s, None, False, "exact", None, False, False))
    figure = (s, e, raw, word, mantissa, decimals, tz, False, None, 0.0, flags, year_shaped)
    plain_right = None if right else _new(Right, (e, 1.0, None, 0.0, None, left[1], False, None))
    return assemble(
        text, rtext, g, lang, figure, left, plain_right, mem.round_from, mem.about, taken
    )


def _digits(raw: str, mem: Memo) -> tuple | None:
    """(mantissa, decimals, trailing zeros, value, low, high, step, flags, year_shaped,
    special) of `raw` read as a plain
    count written to its precision, as `parser._read` reads it; None when it is no number.
    `special`: a year's shape ("2017") or a clock time's ("14.30"), which the words around
    it decide."""
    reading = read_digits(raw, mem.lang)
    if reading is None:
        return _remember(mem.digits, raw, None)
    mantissa, decimals, tz, ambiguous = reading
    base = mantissa * 1.0
    value = float((base / 10**decimals if decimals else base) + 0.0)
    step = precision_step(decimals, tz, 1.0, value, "count", mem.round_from, False)
    low, high, _, _ = bounds(value, step, "exact", about=mem.about)
    flags = ("separator",) if ambiguous else ()
    year_shaped = len(raw) == 4 and is_year(raw)
    special = year_shaped or (decimals == 2 and is_time(raw))
    plain = (mantissa, decimals, tz, value, low, high, step, flags, year_shaped, special)
    return _remember(mem.digits, raw, plain)


RIGHT, MONTH = 2, 1  # what a word after a figure may begin (`Memo.right`)


def _right_kind(word: str, g: Grammar) -> int:
    """RIGHT when `word` may begin a scale, currency, unit or "and a half" (`right_words`);
    MONTH when it may begin `month_after` only ("17 to| 18 March"); else 0."""
    key = word.lower().replace("’", "'")
    return RIGHT if key in g.right_words else MONTH if key in g.month_words else 0


def _left_pattern(before: str, g: Grammar) -> re.Pattern | None:
    """The pattern the left context of a figure is read with when `before` (reversed) is
    the word before it: `left` when it may end a date or reference, `left_rest` when it
    may end only a currency or qualifier, None when it ends none of them.

    Why: the dates' and references' shapes cost most of `left`'s time, and most words
    before a figure ("oltre", "about", "$") end none of them."""
    key = before[::-1].lower().replace("’", "'")
    if key in g.exclude_words:
        return g.left
    return g.left_rest if key in g.left_words else None


def _remember(table: dict, key: str, value):
    if len(table) >= _LIMIT:
        table.clear()
    table[key] = value
    return value
