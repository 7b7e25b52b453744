"""The day a figure states: its clause's day, else its story's, then refined step by step.

Why
---
A figure's day (`refers_to`) decides which figures can be the same quantity: "30 000 le
7 mars" and "30 000" on the 9th are two protest days. News sets a figure's day in many ways
at once (a day in the clause, a day something was said, the year of the accounts, "last year",
"in August", "from 211 million"), and the later, narrower reading wins. Each reading is a
step of its own, applied in order to the (day, day_from) pair, so that each can be read,
tested and changed alone; `day_from` says whether the clause stated it ("clause") or the
story gave it ("document").

Example
-------
>>> from sourcecheck.extract.document import Lexicons, extract_document
>>> doc = {"doc": "a.md", "lang": "fr", "publisher": "X", "published": "2031-03-09",
...        "body": "Selon la CGT, 50 000 personnes ont défilé le 7 mars à Lyon."}
>>> [(c["refers_to"], c["day_from"]) for c in extract_document(doc, Lexicons.load())]
[('2031-03-07', 'clause')]
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol

from sourcecheck.extract import context, when

if TYPE_CHECKING:
    from sourcecheck.extract.sentences import Sentence

TOLD_AGAIN = 10  # the least count whose telling again in a document is read as the same figure


class Story(Protocol):
    """What a figure's day needs of its document (`document._Doc` gives it): its text, its
    days (publication, news, event, accounts year), the days earlier sentences set, and the
    counts it already dated (value → day, concept, last word of the noun)."""

    body: str
    lang: str | None
    published: str | None
    news_day: str
    event_day: str
    accounts_year: str
    dated: dict

    def said_before(self, i: int, source: str | None = None, concept: str | None = None) -> str: ...
    def scene_day(self, i: int) -> str: ...
    def headed_day(self, i: int) -> str: ...
    def previous_day(self, i: int) -> str: ...


@dataclass(frozen=True)
class Clause:
    """What every figure of one sentence shares when its day is read."""

    d: Story
    i: int  # the sentence's index in its document
    s: Sentence
    qs: list  # its figures, in text order
    spans: list[tuple[int, int]]  # their spans
    dates: list  # the dates written in it (`find_dates`)
    times: Any  # the time phrases worth asking about (`when.times_told`)
    elsewhen: bool  # whether it mentions another time than the story's


@dataclass(frozen=True)
class Figure:
    """One figure of a clause, as far as its day needs it."""

    n: int  # its index among the clause's figures
    q: Any  # the quantity
    kind: str
    rate: str
    concept: str | None
    thing: str | None
    own: str | None  # the source its own attribution names, if any


Step = Callable[[Clause, Figure, list[dict], str, str], tuple[str, str]]


def figure_day(c: Clause, f: Figure, rows: list[dict]) -> tuple[str, str]:
    """The day `f` states and where it came from ("clause", "document" or ""), given the
    rows of the clause's figures read before it."""
    day, day_from = _told(c, f)
    for step in STEPS:
        day, day_from = step(c, f, rows, day, day_from)
    return day, day_from


def _told(c: Clause, f: Figure) -> tuple[str, str]:
    """The day the clause states for the figure, else the story's day (or one an earlier
    sentence, a scene, a heading or a "within 24 hours" sets)."""
    d, q, s, body, lang = c.d, f.q, c.s, c.d.body, c.d.lang
    day = context.refers_to(q, c.dates, c.spans, body, lang)
    if not day and f.rate in when.DAILY_RATES:  # "28 coaches a day from Thursday"
        day = when.rate_start(q, c.dates, c.spans, body, lang)
    other = c.elsewhen and when.contrasted_elsewhen(
        q, c.spans, body, s.start, s.end, lang, int(d.news_day[:4])
    )
    if other:
        day = ""  # "48 % mercredi, contre 44 % il y a cinq ans": the 48 %'s day
    day_from = "clause" if day else ""
    if day and d.event_day and d.event_day < day and said_only(day, c.dates):
        day, day_from = d.event_day, "document"  # "arrested 128, Europol said on Wednesday"
    if not day and d.news_day and not other:  # the story's day, unless the clause is set
        # in another time
        year = int(d.news_day[:4])
        if not (c.elsewhen and when.elsewhen(q, c.spans, body, s.start, s.end, lang, year)):
            day, day_from = d.news_day, "document"
            if not c.dates and d.said_before(c.i, f.own, f.concept):  # "…, the ministry said
                day, day_from = d.said_before(c.i), "clause"  # on Friday. In France, it put
                # the toll at 9"
            elif not c.dates and d.scene_day(c.i):
                day, day_from = d.scene_day(c.i), "clause"
            elif not c.dates and d.headed_day(c.i):  # "Il punto di giovedì sera.
                day, day_from = d.headed_day(c.i), "clause"  # Feriti: 2."
            elif not c.dates and when.within_after(body, s.start, s.end, lang):
                before = d.previous_day(c.i)  # "The dyke broke on 3 May. Within 24 hours,
                if before:  # 900 people were moved": that day
                    day, day_from = before, "clause"
    return day, day_from


def _accounts_year(c: Clause, f: Figure, rows, day: str, day_from: str) -> tuple[str, str]:
    """ "revenue fell to 3.1 billion" under "annual results 2030": that year's, and so is a
    yearly amount under "2031 budget" ("the cut costs 3.8 billion a year"); not "12.6 billion
    over three years" (a span's total), nor a rate of another period."""
    d, q, s, body, lang = c.d, f.q, c.s, c.d.body, c.d.lang
    if (
        day_from == "document"
        and f.kind in ("money", "percent")
        and f.rate in ("", "per_year")
        and d.accounts_year
        and f.concept not in when.MARKET
        and not when.names_year(body, s.start, s.end, lang, q.start)
        and not when.over_years(q, c.spans, body, s.start, s.end, lang)
    ):
        return d.accounts_year, day_from
    return day, day_from


def _noun_year(c: Clause, f: Figure, rows, day: str, day_from: str) -> tuple[str, str]:
    """ "backed on Tuesday a 2032 budget of 14 billion": the budget's year."""
    d = c.d
    if (
        d.published
        and f.kind in ("money", "percent")
        and not f.rate
        and (day_from != "clause" or not _written_after(day, c.dates, f.q))
    ):
        year = when.noun_year(f.q, c.spans, d.body, c.s.start, d.published, d.lang)
        return (year, "clause") if year else (day, day_from)
    return day, day_from


def _stated_year(c: Clause, f: Figure, rows, day: str, day_from: str) -> tuple[str, str]:
    """ "3,3 % du PIB en 2031", "1.2% next year", "X said on Thursday … after profit fell to
    41 million last year": the year the clause sets the figure in (a past year leaves a day
    of the clause alone); "3,1 % attendu cette année", "il 2,9% per l'anno in corso": the
    current year's."""
    d, q, s, body, lang = c.d, f.q, c.s, c.d.body, c.d.lang
    if not d.published or (day_from == "clause" and _written_after(day, c.dates, q)):
        return day, day_from
    year = (
        when.stated_year(q, c.spans, body, s.start, s.end, lang, d.published)
        if "year" in c.times
        else ""
    )
    if year and not (day_from == "clause" and year < d.published[:4]):
        return year, "clause"
    if not year and f.kind in ("money", "percent") and not f.rate:
        year = when.current_year(q, c.spans, body, s.start, s.end, lang, d.published)
        return (year, "clause") if year else (day, day_from)
    return day, day_from


def _changed_from(c: Clause, f: Figure, rows, day: str, day_from: str) -> tuple[str, str]:
    """ "slumped to 64 million last year from 211 million": the year before's."""
    if (
        (day_from != "clause" or said_only(day, c.dates))
        and f.n
        and len(rows[-1]["refers_to"]) == 4
        and when.changed_from(c.qs[f.n - 1], f.q, c.spans, c.d.body, c.d.lang)
    ):
        return str(int(rows[-1]["refers_to"]) - 1), "clause"
    return day, day_from


def _period(c: Clause, f: Figure, rows, day: str, day_from: str) -> tuple[str, str]:
    """ "48 000 nuitées en août", "En août, 17 …": a figure of a whole month; "revenue of 3
    billion in the third quarter of 2031": the month ending it (a quarter read after a
    month, as a later phrase). A month outweighs a day something was said in its clause:
    "prices rose 2.8% in October, data showed on Thursday" is October's figure."""
    d = c.d
    said = day_from == "clause" and said_only(day, c.dates)  # "…, data showed on Friday"
    if not d.published or not (day_from != "clause" or len(day) == 4 or said) or f.rate:
        return day, day_from
    for period, stated in (("month", when.stated_month), ("quarter", when.stated_quarter)):
        period_day = (
            stated(f.q, c.spans, d.body, c.s.start, c.s.end, d.lang, d.published)
            if period in c.times
            else ""
        )
        if period_day and (not day or day[:4] == period_day[:4] or day_from != "clause" or said):
            day, day_from = period_day, "clause"
    return day, day_from


def _year_before(c: Clause, f: Figure, rows, day: str, day_from: str) -> tuple[str, str]:
    """ "contro i 15.700 dello stesso periodo del 2030": a count of the year so far, at the
    same point of 2030; "12,640 since January as of Monday, up from 9,870 a year earlier":
    Monday's; "net profit of 40 million, from 31 a year earlier" in 2031 results: 2030's."""
    d = c.d
    if not d.news_day or f.kind != "count" or f.rate:
        return day, day_from
    told = [r["refers_to"] for r in rows if len(r["refers_to"]) == 10]
    base = day if day_from == "clause" and len(day) == 10 else (told or [d.news_day])[-1]
    earlier = when.year_before(f.q, c.spans, d.body, c.s.start, c.s.end, d.lang, base)
    if earlier and d.accounts_year:
        earlier = str(int(d.accounts_year) - 1)
    return (earlier, "clause") if earlier else (day, day_from)


def _again(c: Clause, f: Figure, rows, day: str, day_from: str) -> tuple[str, str]:
    """ "picked up 64 people on Tuesday evening. … a long trip with 64 tired people aboard":
    the count told again is the one its document dated."""
    again = told_again_value(f)
    first = c.d.dated.get(again)
    if day_from == "document" and first and _told_again(first, f.concept, f.thing):
        return first[0], "clause"
    return day, day_from


def _month_before(c: Clause, f: Figure, rows, day: str, day_from: str) -> tuple[str, str]:
    """ "un rialzo dell'1,9% a ottobre, da +1,7% nel mese precedente": the month before the
    last month its clause's figures were set in, when words of `time.yaml` `month_before`
    follow the figure in its clause, no basis of a change ("rispetto al mese precedente")."""
    months = [r["refers_to"] for r in rows if _MONTH.fullmatch(r.get("refers_to") or "")]
    if not months or c.d.published is None:
        return day, day_from
    found = when.month_before(f.q, c.spans, c.d.body, c.s.end, c.d.lang)
    if not found:
        return day, day_from
    year, month = int(months[-1][:4]), int(months[-1][5:7])
    year, month = (year - 1, 12) if month == 1 else (year, month - 1)
    return f"{year}-{month:02d}", "clause"


_MONTH = re.compile(r"\d{4}-\d{2}")


STEPS: tuple[Step, ...] = (
    _accounts_year,
    _noun_year,
    _stated_year,
    _changed_from,
    _period,
    _month_before,
    _year_before,
    _again,
)


def told_again_value(f: Figure) -> float | None:
    """The value under which a count is remembered in its document, to be known again when
    told again (`_again`); None for a small count or a figure of another kind."""
    return f.q.value if f.kind == "count" and f.q.value >= TOLD_AGAIN else None


def _told_again(first: tuple, concept: str | None, thing: str | None) -> bool:
    """Whether a count of `concept` and `thing` tells again the count of its value its document
    dated before (`first`: its day, concept and last word of its thing): the same concept,
    else no other one and the earlier count's noun among its words ("64 people" then "64
    tired people aboard"; not "13 children" then "13 regions")."""
    _, known, head = first
    if concept and known:
        return concept == known
    return not thing or not head or head[0] in thing.lower().split()


def _written_after(day: str, dates, q) -> bool:
    """Whether `day` is written after figure `q` as a day of its own, no day something was
    said ("50 % le 19 janvier"): the figure's, which no year of its clause overrides, where
    a day before it ("a voté mercredi un plan qui porte les aides à 7,5 % l'an prochain")
    or a said day yields to one."""
    return any(x.iso == day and x.start >= q.end and not x.said for x in dates)


def said_only(day: str, dates) -> bool:
    """Whether `day` is only the day something was said in its sentence ("…, Europol said on
    Wednesday"), no date there stating it otherwise."""
    return any(x.said and x.iso == day for x in dates) and not any(
        x.iso == day and not x.said for x in dates
    )
