"""A figure read whole: its number, what stands on its left, then on its right, then the
interval the words allow (DESIGN §5).

Why
---
The parser finds each candidate and reads its number (`parser._read`, or `plain.read_num`
for digits, which also knows at once when a side of the figure holds only plain words);
everything after the number is the same for both: the scale word, "et demi", a compound,
currency, unit or cents on the right (`context.read_right`); the cues that make it no
figure at all (a year, a clock time, the tail of a date, a word glued to it); the sign; the
rounding step and the interval.

Example
-------
>>> from sourcecheck.quantities.context import read_left
>>> from sourcecheck.quantities.grammar import grammar
>>> text, g = "plus de 12 millions", grammar("fr")
>>> left = read_left(text, 8, 0, g, False, 10, text[::-1])
>>> figure = (8, 10, "12", "millions", 12, 0, 0, False, None, 0.0, (), False)
>>> f = assemble(text, text[::-1], g, "fr", figure, left, None, 1000, 0.1, 0)
>>> (f.q.text, f.q.value, f.q.qualifier, f.q.scale)
('plus de 12 millions', 12000000.0, 'more_than', 'million')
"""

from __future__ import annotations

import re

from sourcecheck.quantities.context import Left, Right, read_cents, read_right
from sourcecheck.quantities.exclusions import is_time
from sourcecheck.quantities.grammar import Grammar
from sourcecheck.quantities.intervals import SHARE_STEP, bounds, precision_step
from sourcecheck.quantities.model import Quantity
from sourcecheck.quantities.ranges import Found

_new = tuple.__new__  # a record built without its Python-level __new__: once per figure


def assemble(
    text: str,
    rtext: str,
    g: Grammar,
    lang: str | None,
    figure: tuple,
    left: Left,
    right: Right | None,
    round_from: float,
    about: float,
    taken: int,
) -> Found | None:
    """The quantity of `figure` (s, e, raw, word, mantissa, decimals, trailing zeros,
    approx, part, den, flags, year_shaped: its number as read) with its left context
    `left`; its right context is read here unless given (`right`). None when the words
    around it make it no quantity. `rtext` is `text` reversed; `taken` is where the
    previous quantity ended.
    """
    s, e, raw, word, mantissa, decimals, tz, approx, part, den, flags, year_shaped = figure
    start, currency, cur_ambiguous, qualifier, opener, year_cue, weekday = left
    if approx and qualifier == "exact":
        qualifier = "about"  # "une douzaine"; "plus d'une centaine" stays more than 100

    # Right: scale word, "et demi" or a compound, then currency / unit / percent.
    if right is None:
        right = read_right(text, e, lang, g, currency, decimals or bool(part), mantissa, s, word)
    if right is None:
        return None  # "6 novembre", "26 November": a day
    end, factor, scale_name, extra, step, currency, ambiguous_right, unit = right
    cur_ambiguous = cur_ambiguous or ambiguous_right
    if currency and not scale_name and not decimals and not part:
        cents, cents_end = read_cents(text, end, lang, g)
        if cents is not None:  # "15 dollars 50", "10 $ 30 cent", "thirteen dollars forty-five"
            extra, step, end = cents / 100, 0.01, cents_end
    if glued_to_word(text, end):
        return None  # "5G", "4K", "171-ter", "5-year"
    plain = not (scale_name or currency or unit)
    if raw is not None:
        if s >= 2 and text[s - 1] in "-–/" and text[s - 2].isdigit() and taken != s - 1:
            return None  # the tail of something skipped: "2019-20", "12/11"
        if start == s and s and text[s - 1] in "-−":
            if _letter_at(text, s - 2):
                return None  # "COVID-19"
            if s == 1 or text[s - 2] in " \t\n(\u00a0":
                mantissa, start = -mantissa, s - 1
        if year_shaped and plain and (qualifier == "exact" or year_cue):
            return None  # "en 2017", "2019-2020"
        if plain and decimals == 2 and is_time(raw) and _time_cue(rtext, s, g):
            return None  # "alle 14.30"
        if plain and not decimals and mantissa <= 24 and clock_hour(rtext, s, end, g, text):
            return None  # "vers 22 heures", "alle ore 23", "alle 19 l'affluenza"
        if (
            weekday
            and plain
            and not decimals
            and 1 <= mantissa <= 31
            and g.day_follow.match(text, end)
        ):
            return None  # "Lunedì 4 sono state…", "Lundi 4, la préfecture…": a day of the month

    base = mantissa * factor
    value = (base / 10**decimals if decimals else base) + extra
    kind = "money" if currency else "percent" if unit == "percent" else "unit" if unit else "count"
    if part == "fraction" and scale_name:
        step = factor / 10  # "half a million" as "0.5 million"
    elif part == "fraction" and plain:
        unit, kind, step = "fraction", "percent", SHARE_STEP  # "two-thirds": a share
    elif part:
        step = factor / den  # "one and a half", "½ teaspoon": written to the fraction
    if step is None:
        step = precision_step(decimals, tz, factor, value, kind, round_from, scale_name is not None)
    low, high, low_open, high_open = bounds(value, step, qualifier, about=about)
    if cur_ambiguous:
        flags = (*flags, "currency")
    quantity = _new(  # Quantity(...) without its Python-level __new__: once per figure
        Quantity,
        (
            start,
            end,
            text[start:end],
            float(value),
            low,
            high,
            low_open,
            high_open,
            qualifier,
            currency,
            unit,
            kind,
            scale_name,
            flags,
        ),
    )
    return _new(Found, (quantity, opener, factor, step))


def _time_cue(rtext: str, s: int, g: Grammar) -> bool:
    n = len(rtext)
    return g.time_cue.match(rtext, n - s, n - max(0, s - 16)) is not None


def clock_hour(rtext: str, s: int, end: int, g: Grammar, text: str) -> bool:
    """A whole hour written as a clock time: a cue and an hour word around it ("vers 22
    heures"), "ore" before it ("alle ore 23"), or an Italian time cue before it and a new
    clause after it ("alle 19 l'affluenza", not "alle 19 regioni"). The 16 characters
    before `s` are read backwards in `rtext` (`text` reversed)."""
    n = len(rtext)
    at, stop = n - s, n - max(0, s - 16)
    if g.clock_cue.match(rtext, at, stop) is None:
        return False  # no cue at all: most small figures
    if g.hour_cue.match(rtext, at, stop) and g.hour_word.match(text, end):
        return True
    if g.ore_cue.match(rtext, at, stop):
        return True
    time_cue = g.time_cue.match(rtext, at, stop)
    return time_cue is not None and g.clock_follow.match(text, end) is not None


_AGE_TAIL = re.compile(r"-years?-olds?(?![^\W\d_])", re.IGNORECASE)


def glued_to_word(text: str, end: int) -> bool:
    """Whether the figure ending at `end` is part of a word: "5G", "4K", "171-ter", "5-year".

    Why: such a figure names a thing (a network, a law article, a plan), it counts nothing.
    An English age is the exception: "a 34-year-old driver" states a figure (the frame
    marks it as an age, never compared).

    Example:
    >>> glued_to_word("5-year plan", 1), glued_to_word("34-year-old man", 2)
    (True, False)
    """
    if end >= len(text):
        return False
    c = text[end]
    if c.isalnum():
        return True
    return c == "-" and _letter_at(text, end + 1) and not _AGE_TAIL.match(text, end)


def _letter_at(text: str, i: int) -> bool:
    return 0 <= i < len(text) and text[i].isalpha()
