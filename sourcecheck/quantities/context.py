"""What stands next to a figure: currency and qualifier on its left; scale word, currency,
unit and cents on its right.

Why
---
"plus de 700", "US$ 5", "(€466 million)", "art. 171", "mars 2020", "15 dollars 50": the words
around a number decide whether it is a quantity and what it measures. Left context is read
on the reversed window before the figure with one anchored match (`grammar.left`), and only
when the word before the figure could end a currency, qualifier or reference:
most figures sit between plain words ("ont saisi 700 policiers"), so the word on each side
is looked up in a set first (`Grammar.left_words` / `right_words`, the edge words of every
lexicon form) and the patterns run only when it could start or end something.

Example
-------
>>> from sourcecheck.quantities.grammar import grammar
>>> left = read_left("environ 35 $", 8, 0, grammar("fr"))
>>> (left.start, left.currency, left.qualifier, left.weekday)
(0, None, 'about', False)
>>> read_left("Lunedì 4 sono", 7, 0, grammar("it")).weekday
True
>>> read_left("art. 171", 5, 0, grammar("it")) is None
True
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from sourcecheck import regexcache
from sourcecheck.quantities import currencies, fractional, scales, units, words
from sourcecheck.quantities.grammar import Grammar
from sourcecheck.quantities.lexicon import alternation, normalise
from sourcecheck.quantities.numbers import read_digits
from sourcecheck.quantities.qualifiers import QUALIFIER_OF

WINDOW = 48


class Left(NamedTuple):
    start: int  # where the quantity starts (its currency symbol or qualifier)
    currency: str | None
    ambiguous: bool  # the currency could be another one ("$")
    qualifier: str
    opener: int | None  # start of "entre"/"between"/"tra" when a range may follow
    year_cue: bool  # "en", "nel", "since"… right before: a four-digit figure is a year
    weekday: bool = False  # a weekday right before: "Lunedì 4" may be a day of the month


# Reversed: a day number right before a month ("3 October" read backwards), standing alone.
_DAY_BEFORE_MONTH = regexcache.compile(r"\s+\d{1,2}(?![\d.,])")
_SCALED = regexcache.compile(  # a scale word right after the digits: "757mila", "2 millions"
    r"[\s\u00a0\u202f]?(?:" + alternation(sorted(scales.WORD_SCALES | {"mila"})) + r")(?![^\W\d_])",
    re.IGNORECASE,
)
# digits in groups of three ("470.000", "12 500"): a count, never a reference's number
_GROUPED = regexcache.compile(r"\d{1,3}(?:[.,\s\u00a0\u202f]\d{3})+")
_new = tuple.__new__  # a record built without its Python-level __new__: once per figure


@lru_cache(maxsize=4096)
def _unreversed(form: str) -> str:
    """The lexicon key (`normalise`) of a form read backwards: the same few hundred forms."""
    return normalise(form[::-1])


def read_left(
    text: str,
    s: int,
    taken: int,
    g: Grammar,
    year_shaped: bool = False,
    end: int | None = None,
    rtext: str | None = None,
) -> Left | None:
    """The left context of the figure starting at `s`; None when it makes it no quantity.

    `taken` is where the previous quantity ended: a currency written after that figure
    ("10 rmb 20 usd") is not also a prefix of this one. `end`: where the figure ends; a
    scale word after it ("757mila", "2 millions") means a reference word before it names
    no reference ("in piazza 757mila persone" is a crowd, "piazza 12" an address), and so
    do digits in groups of three ("in piazza 470.000 persone").
    `rtext`: `text` reversed, which the parser reverses once for all its figures; the
    window before `s` is read in it, backwards, without a copy.
    """
    if rtext is None:
        rtext = text[::-1]
    rs = len(text) - s  # `s` in the reversed text
    stop = len(text) - max(taken, s - WINDOW)
    tm = g.token.match(rtext, rs, stop)
    if tm is None:
        return _new(Left, (s, None, False, "exact", None, False, False))
    word = tm.group(1)
    if word[::-1].lower().replace("’", "'") not in g.left_words:
        if tm.end() - rs == len(word) and (rtext[rs].isalpha() or rtext[rs] == "_"):
            return None  # glued to a word: "G20", "MP3"
        return _new(Left, (s, None, False, "exact", None, False, False))
    return left_of(g.left.match(rtext, rs, stop), text, s, stop, g, year_shaped, end, rtext)


def left_of(
    lm: re.Match,
    text: str,
    s: int,
    stop: int,
    g: Grammar,
    year_shaped: bool,
    end: int | None,
    rtext: str,
) -> Left | None:
    """`read_left`'s answer from `lm`, the match of `g.left` before `s` (read in `rtext`,
    up to `stop`), once the word before the figure is known to be a lexicon form's."""
    rs = len(text) - s
    if lm.lastgroup == "month" and (year_shaped or not lm.group("day")):
        if year_shaped or lm.group("day") or not _DAY_BEFORE_MONTH.match(rtext, lm.end(), stop):
            return None  # "November 26", "mars 2020", "May 17, 2023"; not "May 17, 300 people"
        # "On 3 October 520 pupils": the month has its day already, the figure is a count
    if lm.lastgroup == "ref" and not (
        end is not None and (_SCALED.match(text, end) or _GROUPED.fullmatch(text, s, end))
    ):
        return None  # "art. 171", "n° 12"; not "in piazza 470.000 persone": a crowd
    if lm.lastgroup == "weekday":
        return _new(Left, (s, None, False, "exact", None, False, True))
    start, currency, ambiguous = s, None, False
    if lm.group("cur"):
        currency, ambiguous = currencies.PREFIX[_unreversed(lm.group("cur"))]
        start = s - (lm.end("cur") - rs)
    elif rtext[rs].isalpha() or rtext[rs] == "_":
        return None  # glued to a word: "G20", "MP3"
    qualifier, opener = "exact", None
    if lm.group("qual"):
        q = QUALIFIER_OF[_unreversed(lm.group("qual"))]
        if q == "range":
            opener = s - (lm.end("qual") - rs)
        else:
            qualifier, start = q, s - (lm.end("qual") - rs)
    year_cue = year_shaped and g.year_cue.match(rtext, rs, stop) is not None
    return _new(Left, (start, currency, ambiguous, qualifier, opener, year_cue, False))


class Right(NamedTuple):
    end: int  # where the quantity ends (after its scale word, currency or unit)
    factor: float  # the scale factor (1 without a scale word)
    scale: str | None  # the normalised scale word
    extra: float  # what "et demi" or "e 619mila" adds
    step: float | None  # the rounding step those imply, None to derive it from the digits
    currency: str | None
    ambiguous: bool
    unit: str | None


_POUNDS = frozenset({"pounds", "pound", "livres", "livre"})


_SMALL_FIGURE = re.compile(r"[-−]?\d{1,3}(?:[.,]\d{1,2})?")


def _glued_degree(text: str, e: int, start: int | None) -> bool:
    """Whether the letter at `e` is a degree glued to a small figure: "45C", "113F", "41.2C".

    Why: wire copy writes temperatures so ("highs of 45C (113F)"); "45 C" with a space, a
    letter after ("4CV", "5Fa") or a long figure ("2024F") is not one.

    Example:
    >>> t = "hit 45C (113F) on Monday"
    >>> _glued_degree(t, 6, 4), _glued_degree(t, 12, 9), _glued_degree("45 C", 2, 0)
    (True, True, False)
    """
    n = len(text)
    if start is None or e >= n or text[e] not in "CF" or not text[e - 1].isdigit():
        return False
    if e + 1 < n and (text[e + 1].isalnum() or text[e + 1] in "-'’"):
        return False
    return _SMALL_FIGURE.fullmatch(text, start, e) is not None


def read_right(
    text: str,
    e: int,
    lang: str | None,
    g: Grammar,
    currency: str | None,
    decimals: int,
    mantissa: int,
    start: int | None = None,
    word: str | None = "",
) -> Right | None:
    """What follows the number ending at `e`; None when it makes the number a day.

    `currency` is the one already read on the left (a currency on both sides counts once);
    `start` is where the figure starts (an article before it makes "a 5m wall" a length);
    `word`: the word or symbol after `e` as `g.token` reads it (None: none), when the
    caller has it already ("": read it here).
    """
    if word == "":
        tm = g.token.match(text, e)
        word = tm.group(1) if tm else None
    key = None if word is None else word.lower().replace("’", "'")
    if key not in g.right_words:
        return _new(Right, (e, 1.0, None, 0.0, None, currency, False, None))  # "700 policiers"
    if word in units.GLUED_DEGREES and _glued_degree(text, e, start):
        unit = units.unit_of(units.GLUED_DEGREES[word])
        return _new(Right, (e + 1, 1.0, None, 0.0, None, currency, False, unit))  # "45C"
    factor, scale_name, end = 1.0, None, e
    extra, step, at = 0.0, None, e
    # `key` is the word at `at`: a pattern that cannot begin with it is not tried there.
    sm = g.scale.match(text, e) if key in g.scale_words else None
    if sm and (currency or _is_scale(sm.group("scale"), text, sm.end(), start, g)):
        scale_name, factor = scales.scale_of(sm.group("scale"), lang)
        end = at = sm.end()
        tm = g.token.match(text, end)
        key = tm.group(1).lower().replace("’", "'") if tm else None
        joined = key in g.joiner_words
        part = read_part(text, end, lang, g, factor) if joined else None
        cm = None if part or not joined else g.compound.match(text, end)
        if cm is None and key is None and factor >= 1e6 and not decimals:
            cm = g.bare_compound.match(text, end)  # "23 milioni 410 mila"
        if part:  # "3 millions et demi", "3 million and a quarter", "un miliardo e mezzo milione"
            extra, step, end = part
        elif cm:
            part = read_digits(cm.group("n"), lang)  # "e 619mila", "and 21" after "hundred"
            factor2 = scales.scale_of(cm.group("s"), lang)[1] if cm.group("s") else 1.0
            if factor2 == 1.0 and factor > 1000:
                part = None
            if part is not None and factor2 < factor:
                extra, step, end = part.value * factor2, factor2 / 10**part.decimals, cm.end()
    elif (
        not decimals
        and 1 <= mantissa <= 31
        and key in g.month_words
        and g.month_after.match(text, e)
    ):
        return None
    elif not decimals and key in g.joiner_words and (part := read_part(text, e, lang, g, 1.0)):
        extra, step, end = part  # "2 and a half", then maybe its scale: "2 and a half million"
        sm = g.scale.match(text, end)
        if sm and (currency or _is_scale(sm.group("scale"), text, sm.end(), start, g)):
            scale_name, factor = scales.scale_of(sm.group("scale"), lang)
            extra, step, end = extra * factor, step * factor, sm.end()
    unit, ambiguous = None, False
    xm = g.suffix.match(text, end) if end != at or key in g.suffix_words else None
    if xm and (xm.group("of") is None or scale_name):
        if xm.group("cur") and not scale_name and xm.group("cur").lower() in _POUNDS:
            unit, end = units.unit_of("lb"), xm.end()  # "25 pounds", "deux livres": a weight
        elif xm.group("cur"):
            if currency is None:
                currency, ambiguous = currencies.currency_of(xm.group("cur"))
                end = xm.end()
        elif xm.group("unit") != "ha" or lang == "fr" or g.hectares.match(text, xm.end()):
            unit = units.unit_of(xm.group("unit"))  # not Italian "ha" the verb ("6,1 ha colpito")
            end = xm.end() if unit else end
            im = g.inches.match(text, end) if unit == "foot" else None
            if im:  # "5 feet 2 inches" = 5 1/6 feet
                extra, step, end = extra + int(im.group("n")) / 12, 1 / 12, im.end()
    return _new(Right, (end, factor, scale_name, extra, step, currency, ambiguous, unit))


def read_part(
    text: str, pos: int, lang: str | None, g: Grammar, factor: float
) -> tuple[float, float, int] | None:
    """(extra, step, end) of "and a half", "et trois quarts", "e due terzi" after a figure
    whose scale factor is `factor`; a smaller scale word after them is theirs ("one billion
    and a half million" = 10⁹ + 0.5·10⁶). Written to the fraction: step = factor / den."""
    pm = g.part.match(text, pos)
    if pm is None:
        return None
    a, b = pm.group("a"), pm.group("b")
    if b and fractional.is_denominator(b, lang):
        found, end = fractional.read([(None, a), (None, b)], lang), pm.end("b")
    elif fractional.is_denominator(a, lang) and a.lower() in _HALF_ALONE:
        found, end = (1.0, 2.0), pm.end("a")  # "et demi", "e mezzo"
    else:
        return None
    if found is None or found[0] >= found[1]:
        return None
    num, den = found
    sm = g.scale.match(text, end)
    if sm:
        factor2 = scales.scale_of(sm.group("scale"), lang)[1]
        if factor2 < factor and sm.group("scale").lower() not in scales.MONEY_ONLY:
            factor, end = factor2, sm.end()
    return num / den * factor, factor / den, end


_HALF_ALONE = frozenset({"demi", "mezzo", "mezza"})


def _is_scale(raw: str, text: str, after: int, start: int | None, g: Grammar) -> bool:
    """Whether an abbreviated scale is one here (issue 12, item 1).

    "m", "mn", "tn"… are million/trillion next to a currency ("£400m", "5m €"); "m" and "tn"
    also before a counted noun ("1.5m residents", "30m barrels"). Before a word of length
    ("a 5m wall", "the 100m sprint", "5m tall"), after an article, or with no word after
    them, they are metres (or tonnes, minutes: not scales).
    """
    if raw == "M" or raw.lower() not in scales.MONEY_ONLY:
        return True
    xm = g.suffix.match(text, after)
    if xm and xm.group("cur"):
        return True
    if raw.lower() not in scales.BY_CONTEXT:
        return False
    nm = g.noun_after.match(text, after)
    if nm is None or len(nm.group(1)) < 2 or nm.group(1).lower() in scales.LENGTH_CONTEXT:
        return False  # "1 m x 1 m", "a 5m wall"
    before = text[max(0, (start or 0) - 6) : start].lower().split()
    return not (before and before[-1] in ("a", "an"))


def read_cents(text: str, end: int, lang: str | None, g: Grammar) -> tuple[int | None, int]:
    """The cents written after an amount ("15 dollars 50", "… and forty-five cents")."""
    cm = g.cents.match(text, end)
    if cm is None:
        return None, end
    if cm.group("c"):
        return int(cm.group("c")), cm.end()
    w = cm.group("w")
    if not all(words.is_number_word(p, lang) for p in w.replace("-", " ").split()):
        return None, end
    value = words.read_words(w, lang)
    return (value, cm.end()) if value is not None and 0 < value < 100 else (None, end)
