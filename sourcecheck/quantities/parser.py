"""`parse_quantities`: every figure of a French, English or Italian text, as an interval.

Why
---
Claims, rules and reports all start from the figures of a document; this is the one place
that reads them. The candidates of the master regex (`grammar.py`) are found by two passes
that skip what cannot start one (`scan.py`); each is read locally: the number (`numbers.py`
/ `words.py`); to its left a currency symbol, a qualifier, and the cues that make it a
reference or a date (`exclusions.py`, `context.py`); to its right a scale word, "et demi", a
compound ("10 milioni e 619mila"), a currency, unit or percent (`assemble.py`). A digit group
between plain words is decided from memos kept per process (`plain.py`): most figures are.
Words read as runs (`runs.py`): cardinals, fractions and mixed numbers (`fractional.py`:
"deux tiers", "half a million", "one and a half"); plural number nouns as vague intervals
(`vague.py`: "des centaines", "tens of thousands"). A last pass joins ranges ("entre 10 et
12", `ranges.py`). Cost is linear in the text: the scans read each character once and each
candidate looks at a bounded window around itself.

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
from sourcecheck.quantities.assemble import assemble, clock_hour
from sourcecheck.quantities.context import read_left
from sourcecheck.quantities.exclusions import MONTHS, is_year
from sourcecheck.quantities.grammar import VULGAR, Grammar, grammar
from sourcecheck.quantities.model import Quantity
from sourcecheck.quantities.numbers import read_digits
from sourcecheck.quantities.plain import SLOW, memo, read_num
from sourcecheck.quantities.ranges import Found, join_ranges
from sourcecheck.quantities.runs import read_run
from sourcecheck.quantities.scan import candidates

LANGS = {"fr": "fr", "en": "en", "it": "it"}
_new = tuple.__new__  # a record built without its Python-level __new__: once per figure
_LANG_PREFIX = regexcache.compile(r"[a-z]{2}")
_MONTH_WORDS = frozenset(MONTHS)  # one set lookup per number word, not a scan of the tuple
# A day number right before a word ("8 |sept", "1er |sept"): the word is then a month.
_DAY_BEFORE = regexcache.compile(r"(?:^|[^\d.,])[0-3]?\d(?:er)?\s+$")


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
    mem = memo(lang, round_from, about)
    found: list[Found] = []
    last_end = 0
    rtext = text[::-1]  # left contexts are read backwards in it
    taken = [0]  # `candidates` skips number words inside the last quantity
    for m, group in candidates(text, g, taken):
        if group == "skip" or m.start(group) < last_end:
            continue
        f = read_num(text, rtext, m, lang, g, mem, last_end) if group == "num" else SLOW
        if f is SLOW:
            f = _read(text, rtext, m, group, lang, g, round_from, about, last_end)
        if f is not None:
            found.append(f)
            last_end = taken[0] = f.q.end
    return join_ranges(text, found, about)


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
        if _month_after_day(text, s, e):  # "le 8 sept." is a day of September, not seven
            return None
        if _clock_in_words(text, rtext, s, e, mantissa, approx or part, g):
            return None  # "alle ore diciassette", "at five in the afternoon"
        decimals = 0
        digits = str(abs(mantissa))
        tz = 0 if approx or part or not mantissa else len(digits) - len(digits.rstrip("0"))

    year_shaped = raw is not None and len(raw) == 4 and is_year(raw)
    left = read_left(text, s, taken, g, year_shaped, e, rtext)
    if left is None:
        return None
    figure = (s, e, raw, word, mantissa, decimals, tz, approx, part, den, flags, year_shaped)
    return assemble(text, rtext, g, lang, figure, left, None, round_from, about, taken)


def _clock_in_words(
    text: str, rtext: str, s: int, e: int, value: float, inexact: object, g: Grammar
) -> bool:
    """An hour in words named as a time of day ("à six heures", "alle ore quindici"), not
    after a cue that bounds a duration ("patienter jusqu'à six heures": up to six hours)."""
    if inexact or not 0 <= value <= 24 or not clock_hour(rtext, s, e, g, text):
        return False
    return g.word_hour_bound.match(rtext, len(rtext) - s) is None


def _month_after_day(text: str, s: int, e: int) -> bool:
    """Whether the number word `text[s:e]` is a month abbreviation after a day number.

    Why: French abbreviates septembre as "sept.", which is also the word seven; after a day
    number ("le 8 sept.", "du 3 au 5 sept") it is the month, and the day itself is already
    left out as a date.

    Example: `_month_after_day("le 8 sept. 2025", 5, 9)` is True; in "sept blessés" it is
    False.
    """
    return (
        text[s:e].lower() in _MONTH_WORDS
        and _DAY_BEFORE.search(text[max(0, s - 8) : s]) is not None
    )


def _vulgar(ch: str) -> tuple[float, float]:
    """(value, denominator) of a vulgar fraction character ("⅔" → 0.667, 3)."""
    value = unicodedata.numeric(ch)
    return value, float(Fraction(value).limit_denominator(10).denominator)
