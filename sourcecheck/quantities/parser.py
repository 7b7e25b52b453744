"""`parse_quantities`: every figure of a French, English or Italian text, as an interval.

Why
---
Claims, rules and reports all start from the figures of a document; this is the one place
that reads them. One pass of the master regex (`grammar.py`) finds candidates; each is read
locally: the number (`numbers.py` / `words.py`); to its left a currency symbol, a qualifier,
and the cues that make it a reference or a date (`exclusions.py`); to its right a scale word,
"et demi", a compound ("10 milioni e 619mila"), a currency, unit or percent. A last pass joins
ranges ("entre 10 et 12", `ranges.py`). Cost is linear in the text: the master regex scans
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

from sourcecheck.quantities import currencies, scales, units
from sourcecheck.quantities.context import read_cents, read_left
from sourcecheck.quantities.exclusions import is_year
from sourcecheck.quantities.grammar import Grammar, grammar
from sourcecheck.quantities.intervals import bounds, precision_step
from sourcecheck.quantities.model import Quantity
from sourcecheck.quantities.numbers import read_digits
from sourcecheck.quantities.ranges import Found, join_ranges
from sourcecheck.quantities.runs import read_run

LANGS = {"fr": "fr", "en": "en", "it": "it"}
_POUNDS = frozenset({"pounds", "pound", "livres", "livre"})
_LANG_PREFIX = re.compile(r"[a-z]{2}")


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
    for m in g.master.finditer(text):
        if m.lastgroup == "skip" or m.start() < last_end:
            continue
        f = _read(text, m, lang, g, round_from, about, last_end)
        if f is not None:
            found.append(f)
            last_end = f.q.end
    return join_ranges(text, found, about)


def _read(
    text: str,
    m: re.Match,
    lang: str | None,
    g: Grammar,
    round_from: float,
    about: float,
    taken: int,
):
    """Read one candidate of the master regex; None when it is not a quantity.

    `taken` is the end of the previous quantity: what lies before it (a currency written
    after the previous figure, as in "10 rmb 20 usd") cannot also be this one's prefix.
    """
    s, e = m.span()
    raw = m.group() if m.lastgroup == "num" else None
    approx = False
    if raw is not None:
        reading = read_digits(raw, lang)
        if reading is None:
            return None
        mantissa, decimals, tz = reading.mantissa, reading.decimals, reading.trailing_zeros
        flags: tuple[str, ...] = ("separator",) if reading.ambiguous else ()
    else:
        run = read_run(text, m, lang, g)
        if run is None:
            return None
        s, e, mantissa, approx = run
        decimals, flags = 0, ()
        digits = str(abs(mantissa))
        tz = 0 if approx or not mantissa else len(digits) - len(digits.rstrip("0"))

    left = read_left(text, s, taken, g)
    if left is None:
        return None
    start, currency, cur_ambiguous, qualifier, opener, year_cue = left
    if approx:
        qualifier = "about"

    # Right: scale word, "et demi" or a compound, then currency / unit / percent.
    factor, scale_name, end = 1.0, None, e
    extra, step = 0.0, None
    sm = g.scale.match(text, e)
    if sm and (currency or not _money_only(sm.group("scale"), text, sm.end(), g)):
        scale_name, factor = scales.scale_of(sm.group("scale"), lang)
        end = sm.end()
        hm = g.half.match(text, end)
        cm = None if hm else g.compound.match(text, end)
        if hm:
            extra, step, end = 0.5 * factor, 0.5 * factor, hm.end()
        elif cm:
            part = read_digits(cm.group("n"), lang)  # "e 619mila", "and 21" after "hundred"
            factor2 = scales.scale_of(cm.group("s"), lang)[1] if cm.group("s") else 1.0
            if factor2 == 1.0 and factor > 1000:
                part = None
            if part is not None and factor2 < factor:
                extra, step, end = part.value * factor2, factor2 / 10**part.decimals, cm.end()
    elif not decimals and 1 <= mantissa <= 31 and g.month_after.match(text, e):
        return None  # "6 novembre", "26 November": a day
    unit = None
    xm = g.suffix.match(text, end)
    if xm and (xm.group("of") is None or scale_name):
        if xm.group("cur") and not scale_name and xm.group("cur").lower() in _POUNDS:
            unit, end = units.unit_of("lb"), xm.end()  # "25 pounds", "deux livres": a weight
        elif xm.group("cur"):
            if currency is None:
                currency, cur_ambiguous = currencies.currency_of(xm.group("cur"))
                end = xm.end()
        else:
            unit = units.unit_of(xm.group("unit"))
            end = xm.end() if unit else end

    if currency and not scale_name and not decimals:
        cents, cents_end = read_cents(text, end, lang, g)
        if cents is not None:  # "15 dollars 50", "10 $ 30 cent", "thirteen dollars forty-five"
            extra, step, end = cents / 100, 0.01, cents_end
    if end < len(text) and (text[end].isalnum() or text[end] == "-" and _letter_at(text, end + 1)):
        return None  # "5G", "4K", "171-ter", "5-year"
    if raw is not None:
        if start == s and s and text[s - 1] in "-−":
            if _letter_at(text, s - 2):
                return None  # "COVID-19"
            if s == 1 or text[s - 2] in " \t\n(\u00a0":
                mantissa, start = -mantissa, s - 1
        plain = not (scale_name or currency or unit)
        if is_year(raw) and plain and (qualifier == "exact" or year_cue):
            return None  # "en 2017", "2019-2020"

    base = mantissa * factor
    value = (base / 10**decimals if decimals else base) + extra
    kind = "money" if currency else "percent" if unit == "percent" else "unit" if unit else "count"
    if step is None:
        step = precision_step(
            decimals=decimals,
            trailing_zeros=tz,
            factor=factor,
            value=value,
            kind=kind,
            round_from=round_from,
            scaled=scale_name is not None,
        )
    low, high, low_open, high_open = bounds(value, step, qualifier, about=about)
    if cur_ambiguous:
        flags = (*flags, "currency")
    quantity = Quantity(
        start=start,
        end=end,
        text=text[start:end],
        value=float(value),
        low=low,
        high=high,
        low_open=low_open,
        high_open=high_open,
        qualifier=qualifier,
        currency=currency,
        unit=unit,
        kind=kind,
        scale=scale_name,
        ambiguity=flags,
    )
    return Found(quantity, opener, factor, step)


def _money_only(scale_raw: str, text: str, after: int, g: Grammar) -> bool:
    """True for "m"/"mn"… not followed by a currency: a unit or a minute, not a million."""
    if scale_raw == "M" or scale_raw.lower() not in scales.MONEY_ONLY:
        return False
    xm = g.suffix.match(text, after)
    return not (xm and xm.group("cur"))


def _letter_at(text: str, i: int) -> bool:
    return 0 <= i < len(text) and text[i].isalpha()
