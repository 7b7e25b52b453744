"""`parse_quantities`: every figure of a French, English or Italian text, as an interval.

Why
---
Claims, rules and reports all start from the figures of a document; this is the one place
that reads them. One pass of the master regex (`grammar.py`) finds candidates; each is read
locally: the number (`numbers.py` / `words.py`); to its left a currency symbol, a qualifier,
and the cues that make it a reference or a date (`exclusions.py`); to its right a scale word,
"et demi", a compound ("10 milioni e 619mila"), a currency, unit or percent. Words read as
runs (`runs.py`): cardinals, fractions and mixed numbers (`fractional.py`: "deux tiers",
"half a million", "one and a half"); plural number nouns as vague intervals (`vague.py`: "des
centaines", "tens of thousands"). A last pass joins ranges ("entre 10 et 12", `ranges.py`). Cost is linear in the text: the master regex scans
each character once and each candidate looks at a bounded window around itself.

Example
-------
>>> [(q.text, q.value, q.low, q.high) for q in parse_quantities("plus de 5 500 serveurs", "fr")]
[('plus de 5 500', 5500.0, 5500.0, inf)]
>>> q = parse_quantities("10,7 millions d'euros", "fr")[0]
>>> (q.text, q.value, q.low, q.high, q.currency, q.scale)
("10,7 millions d'euros", 10700000.0, 10650000.0, 10750000.0, 'EUR', 'million')
"""

from __future__ import annotations

import re
import unicodedata
from fractions import Fraction

from sourcecheck import regexcache
from sourcecheck.quantities import scales, vague
from sourcecheck.quantities.context import read_cents, read_left, read_right
from sourcecheck.quantities.exclusions import is_time, is_year
from sourcecheck.quantities.grammar import VULGAR, Grammar, grammar
from sourcecheck.quantities.intervals import SHARE_STEP, bounds, precision_step
from sourcecheck.quantities.model import Quantity
from sourcecheck.quantities.numbers import read_digits
from sourcecheck.quantities.ranges import Found, join_ranges
from sourcecheck.quantities.runs import read_run

LANGS = {"fr": "fr", "en": "en", "it": "it"}
_new = tuple.__new__  # a record built without its Python-level __new__: once per figure
_LANG_PREFIX = regexcache.compile(r"[a-z]{2}")


def parse_quantities(
    text: str, lang: str | None, *, round_from: float = 1000, about: float = 0.10
) -> list[Quantity]:
    """Every quantity in `text` written in `lang` ("fr", "en", "it"; None or "" = unknown).

    Spans are offsets into `text`, end exclusive; the `text` of a quantity includes its
    qualifier, scale word and currency or unit as written. With an unknown language a
    separator that only the language settles ("5.500", "2,125") is read as a thousands
    separator and flagged in `ambiguity` ("separator"). `round_from` and `about` are the
    DESIGN §5 settings (see `intervals.py`).
    """
    if not text:
        return []
    code = _LANG_PREFIX.match((lang or "").strip().lower())
    lang = LANGS.get(code.group()) if code else None
    g = grammar(lang)
    found: list[Found] = []
    last_end = 0
    rtext = text[::-1]  # left contexts are read backwards in it
    for m, group in _candidates(text, g):
        if group == "skip" or m.start(group) < last_end:
            continue
        f = _read(text, rtext, m, group, lang, g, round_from, about, last_end)
        if f is not None:
            found.append(f)
            last_end = f.q.end
    return join_ranges(text, found, about)


def _candidates(text: str, g: Grammar):
    """(match, group) of each match of `g.master` that `finditer` would yield, in order; the
    candidate is the match's `group` ("skip", "num", "vulgar" or "word").

    Why: `master` tries every character of the text, most of them letters inside words.
    `g.scan` is tried only where a figure may start (a digit, "+(.,", a fraction sign) or
    before a word (a non-word character) whose first letter may start a number word, and
    reports the same candidates, each in a lookaround: the text before it is read, not
    taken, so every start is seen whatever ended before it. What `finditer` would not see
    (inside an earlier candidate) is dropped here. A candidate inside a digit run can only
    follow a run start where `master` fails ("fail": a run longer than any number): the run
    is then tried digit by digit, as `finditer` would. A word at the very start has no
    character before it: `master` is tried there.

    >>> g = grammar("fr")
    >>> [(k, m.group(k)) for m, k in _candidates("Trois pays, le 12/11, 5 500 serveurs", g)]
    [('word', 'Trois'), ('skip', '12/11'), ('num', '5 500')]
    """
    end = 0
    m = g.master.match(text)
    if m is not None:
        yield m, m.lastgroup
        end = m.end()
    for m in g.scan.finditer(text):
        kind = m.lastgroup
        if m.start(kind) < end:
            continue
        if kind == "fail":
            m = _in_run(text, m.start(kind), g)
            if m is None:
                continue
            kind = m.lastgroup
        yield m, kind
        end = m.end(kind)


def _in_run(text: str, i: int, g: Grammar) -> re.Match | None:
    """`master`'s first match at a digit from `i` on, in the run of digits `i` is in."""
    while i < len(text) and text[i].isdecimal():
        m = g.master.match(text, i)
        if m is not None:
            return m
        i += 1
    return None


def _read(
    text: str,
    rtext: str,
    m: re.Match,
    group: str,
    lang: str | None,
    g: Grammar,
    round_from: float,
    about: float,
    taken: int,
):
    """Read one candidate of the master regex (group `group` of `m`); None when it is not a
    quantity. `rtext` is `text` reversed.

    `taken` is the end of the previous quantity: what lies before it (a currency written
    after the previous figure, as in "10 rmb 20 usd") cannot also be this one's prefix.
    """
    s, e = m.span(group)
    raw = m.group(group) if group == "num" else None
    word = m.group("rt") if raw is not None else ""  # the word after the digits
    approx, part, den = False, None, 0.0
    flags: tuple[str, ...] = ()
    if raw is not None:
        reading = read_digits(raw, lang)
        if reading is None:
            return None
        mantissa, decimals, tz, ambiguous = reading
        flags = ("separator",) if ambiguous else ()
        if e < len(text) and text[e] in VULGAR and not decimals:  # "10½"
            share = _vulgar(text[e])
            mantissa, part, den, e, word = mantissa + share[0], "mixed", share[1], e + 1, ""
    elif group == "vulgar":  # "½", "¾"
        (mantissa, den), part, decimals, tz = _vulgar(text[s]), "fraction", 0, 0
    else:
        head = text[s:e].lower()
        if head in g.vague_heads:  # "des centaines", "tens of thousands"
            return vague.read(text, s, e, head, lang, g)
        run = read_run(text, m, lang, g)
        if run is None:  # "several million": the run left its scale word
            if head not in scales.WORD_SCALES or m.group("article"):
                return None
            return vague.read_few(text, s, e, scales.scale_of(head, lang)[1], g)
        if run.part is None and run.value >= 100 and vague.few_bounds(run.value):
            few = vague.read_few(text, s, run.end, float(run.value), g)
            if few is not None and not m.group("article"):
                return few  # "several hundred", "qualche centinaio"
        s, e, mantissa, approx, part, den = run
        decimals = 0
        digits = str(abs(mantissa))
        tz = 0 if approx or part or not mantissa else len(digits) - len(digits.rstrip("0"))

    year_shaped = raw is not None and len(raw) == 4 and is_year(raw)
    left = read_left(text, s, taken, g, year_shaped, e, rtext)
    if left is None:
        return None
    start, currency, cur_ambiguous, qualifier, opener, year_cue, weekday = left
    if approx and qualifier == "exact":
        qualifier = "about"  # "une douzaine"; "plus d'une centaine" stays more than 100

    # Right: scale word, "et demi" or a compound, then currency / unit / percent.
    right = read_right(text, e, lang, g, currency, decimals or bool(part), mantissa, s, word)
    if right is None:
        return None  # "6 novembre", "26 November": a day
    end, factor, scale_name, extra, step, currency, ambiguous_right, unit = right
    cur_ambiguous = cur_ambiguous or ambiguous_right
    if currency and not scale_name and not decimals and not part:
        cents, cents_end = read_cents(text, end, lang, g)
        if cents is not None:  # "15 dollars 50", "10 $ 30 cent", "thirteen dollars forty-five"
            extra, step, end = cents / 100, 0.01, cents_end
    if end < len(text) and (text[end].isalnum() or text[end] == "-" and _letter_at(text, end + 1)):
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
        if plain and not decimals and mantissa <= 24 and _clock_hour(rtext, s, end, g, text):
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


def _vulgar(ch: str) -> tuple[float, float]:
    """(value, denominator) of a vulgar fraction character ("⅔" → 0.667, 3)."""
    value = unicodedata.numeric(ch)
    return value, float(Fraction(value).limit_denominator(10).denominator)


def _time_cue(rtext: str, s: int, g: Grammar) -> bool:
    n = len(rtext)
    return g.time_cue.match(rtext, n - s, n - max(0, s - 16)) is not None


def _clock_hour(rtext: str, s: int, end: int, g: Grammar, text: str) -> bool:
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


def _letter_at(text: str, i: int) -> bool:
    return 0 <= i < len(text) and text[i].isalpha()
