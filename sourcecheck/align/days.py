"""Days: the day each figure describes, when its clause does not say.

Why
---
Two figures are one quantity only on one day: a toll of Tuesday and a toll of Wednesday are
two steps of a count, not a conflict. Most figures state no day of their own, so alignment
gives each the day its quantity was stated for in the other accounts when one day fits (the
latest stated day on or shortly before its publication, `DAY_WINDOW`), the day an earlier
report gave the same figure (a figure told again), else its document's news day; and it sets
each claim's `moment` (the day it describes) and `series` (a running count's subject without
the day, for the update rule).

Example
-------
>>> import pandas as pd
>>> table = pd.DataFrame({"case": "c", "doc": ["a", "b"], "noun": "evacuees",
...     "dimension": "count", "value": [300.0, 300.0], "refers_to": ["2024-05-14", ""],
...     "published": ["2024-05-14", "2024-05-15"], "scope": "", "rate": "", "owner": "",
...     "day_from": ["clause", ""], "evidence": "", "quote": "", "text": "", "lang": "en"})
>>> assign_days(table)["day"].tolist()
['2024-05-14', '2024-05-14']
"""

from __future__ import annotations

import datetime as dt
import math
from collections import Counter
from functools import lru_cache

import numpy as np
import pandas as pd

from sourcecheck.align.changes import EARLIER
from sourcecheck.align.columns import numbers
from sourcecheck.align.evidence import noted
from sourcecheck.align.magnitudes import MAX_RATIO, MIN_RECURRING, same_digits
from sourcecheck.align.nouns import PEOPLE, durations
from sourcecheck.align.risen import risen_words
from sourcecheck.align.shipped import align_data, word_pattern
from sourcecheck.align.stocks import in_condition, near, still
from sourcecheck.rules.blocks import union_find
from sourcecheck.rules.timeline import RISES

PART_MARK = "|part="  # how a subject and a series carry the whole a figure is a part of
DAY_WINDOW = 1  # an undated figure is of its publication day or the day before (a morning paper)


def moments(
    table: pd.DataFrame,
    keys: list[tuple],
    extra: list[str],
    running: frozenset[str],
    place_counts: frozenset[str] = frozenset(),
) -> pd.DataFrame:
    """`moment`: the day a claim describes: the day its clause states (or a year beside it,
    `_years`), else its document's news day (`_story_days`), as the frame read them; a running
    count with no day of its own keeps the day its subject was given (`moment_day`), so the
    update and value-conflict rules see each step of a toll where alignment put it; else its
    publication day; a year of accounts its document gives it (`when.accounts_year`: "annual
    results 2030") stays its moment, whatever day alignment compares it on;
    `series`: for a running count (a noun in `running`, a cumulative concept), its subject
    without the day (owner and part kept: `extra`), so the update rule sees the figures of
    every day while subjects keep days apart. Another figure of a day (a count, a measure, a
    level: "12 km of coast", "the dam at 17%") has a series marked `RISES`: a figure that
    grows over the days is shown as an update, but one that falls is no conflict (the
    missing found, the households whose power came back, a reservoir drawn down). So has a
    running count's figure that says it still stands ("400 still evacuated": `stocks`), and
    a part of one that counts people by their condition ("44 injured, 7 of them seriously":
    patients recover, `stocks.in_condition`). `place_counts`: noun keys that count places
    ("in 7 countries"): a case with one joins no unplaced series to a place
    (`_placed_series`)."""
    rising = table["day"].ne("").tolist()
    quotes = zip(table["quote"].tolist(), table["text"].tolist(), extra, strict=True)
    stock = [
        k[0] in running and (still(q, t) or (PART_MARK in x and in_condition(q, t)))
        for k, (q, t, x) in zip(keys, quotes, strict=True)
    ]
    series = [
        ("" if k[0] in running and not standing else RISES) + "|".join((*k[:2], *k[3:])) + x
        if k[0] in running or (rises and k[0] and k[0] != PEOPLE)
        else ""
        for k, x, rises, standing in zip(keys, extra, rising, stock, strict=True)
    ]
    series = _owned_series(table, _placed_series(table, series, place_counts))
    news = _story_days(table)
    told = pd.Series([news.get(doc, "") for doc in table["doc"].tolist()], index=table.index)
    stated = table["refers_to"].where(table["refers_to"] != "", told)
    fallback = table["moment_day"].where(table["moment_day"] != "", table["published"])
    # a year the document's accounts give (`when.accounts_year`) is the figure's moment
    year = table["day_from"].eq("document") & table["refers_to"].str.len().eq(4)
    own = (stated != "") & (pd.Series([not s for s in series], index=table.index) | year)
    return table.assign(moment=stated.where(own, fallback), series=series)


def _placed_series(
    table: pd.DataFrame, series: list[str], place_counts: frozenset[str] = frozenset()
) -> list[str]:
    """`series`, where a count given with no place joins the one place its coverage gives
    that count (the same noun, rate, measure and marks), when it gives one place only and
    no document gives the count with that place and without as two figures.

    Why: "the toll rose to 7" in one account and "7 dead off Punta Orsella" in another are
    one toll: a wire names the place once in its lead and a regional paper not at all, and a
    series split by that would show no update ("3 dead" on Tuesday, "7 dead off Punta
    Orsella" on Wednesday). Where coverage gives the count for two places or more (heat
    deaths in Italy and in France), a count with no place is left alone: it may be either;
    so it is where one account gives both ("3,100 evacuated, 900 of them in Langon": the
    place marks a part, `_apart`). So it is in a story that counts places (`place_counts`:
    "victims in 7 countries", "600 victims in Belgium"): each place is a part of the unplaced
    whole, as `places.assume_places` reads it. The subject keeps its place (or none): only
    the timeline is joined.

    Example: "dead||count" and "dead|Punta Orsella|count" in one case, no other place →
    both "dead|Punta Orsella|count"."""
    frame = table[["case", "noun", "scope"]].assign(series=series)
    counting = set(frame.loc[frame["noun"].isin(place_counts), "case"].tolist())
    if counting:
        frame = frame.assign(series=frame["series"].where(~frame["case"].isin(counting), ""))
    alike: dict[tuple, tuple] = {}  # (case, noun, place, series) → its key without the place
    places: dict[tuple, set[str]] = {}
    bare: set[tuple] = set()
    for row in frame[frame["series"].ne("")].drop_duplicates().itertuples(index=False):
        case, noun, place, s = row
        head = RISES if s.startswith(RISES) else ""
        key = alike[row] = (case, head, s[len(head) :].replace(f"{noun}|{place}|", f"{noun}||", 1))
        if place:
            places.setdefault(key, set()).add(s)
        else:
            bare.add(key)
    fits = {key for key, given in places.items() if len(given) == 1 and key in bare}
    if not fits:
        return series
    told: dict[tuple, dict[str, list[set]]] = {}  # key → doc → figures with, without place
    held = frame.assign(doc=table["doc"], value=table["value"])
    held = held[
        held["series"].isin({s for row, key in alike.items() if key in fits for s in [row[3]]})
    ]
    for case, noun, place, s, doc, value in held.itertuples(index=False):
        key = alike[(case, noun, place, s)]
        told.setdefault(key, {}).setdefault(doc, [set(), set()])[0 if place else 1].add(value)
    joined = {  # (case, series with no place) → the placed series it joins
        (row[0], row[3]): next(iter(places[key]))
        for row, key in alike.items()
        if not row[2]
        and key in fits
        and not any(_apart(placed, alone) for placed, alone in told[key].values())
    }
    if not joined:
        return series
    return [joined.get((c, s), s) for c, s in zip(table["case"].tolist(), series, strict=True)]


OWNER_MARK = "|owner="  # how a subject and a series carry their owner (`subjects`)


def _owned_series(table: pd.DataFrame, series: list[str]) -> list[str]:
    """`series`, where a running count of people or things (not money, not `RISES`) given
    with no owner joins the one owner its coverage gives that count, when no document gives
    the count with that owner and without as two figures (`_apart`).

    Why: "The death toll from cyclone Ysolde rose to 9" reads the cyclone as the toll's
    owner; "Le cyclone a fait 7 morts" the day before names none. One toll, one timeline: a
    series split by that shows no update. Money is left alone: a sector's damage is not the
    region's (`owners`). The subject keeps its owner (or none): only the timeline is joined.

    Example: "dead|||count" and "dead|||count|owner=ysolde" in one case → both the latter."""
    dims = table["dimension"].tolist()
    cases = table["case"].tolist()
    owned: dict[tuple, set[str]] = {}  # (case, series without its owner) → owned series
    for case, s, dim in zip(cases, series, dims, strict=True):
        if s and not s.startswith(RISES) and dim == "count" and OWNER_MARK in s:
            owned.setdefault((case, _unowned(s)), set()).add(s)
    fits = {key: next(iter(given)) for key, given in owned.items() if len(given) == 1}
    if not fits:
        return series
    told: dict[tuple, dict[str, list[set]]] = {}  # key → doc → figures with, without owner
    rows = zip(cases, series, table["doc"].tolist(), table["value"].tolist(), strict=True)
    for case, s, doc, value in rows:
        key = (case, _unowned(s))
        if s and key in fits:
            told.setdefault(key, {}).setdefault(doc, [set(), set()])[OWNER_MARK not in s].add(value)
    joined = {
        key: fits[key]
        for key in fits
        if not any(_apart(with_owner, bare) for with_owner, bare in told[key].values())
    }
    return [
        joined.get((c, s), s) if s and OWNER_MARK not in s else s
        for c, s in zip(cases, series, strict=True)
    ]


def _unowned(series: str) -> str:
    """A series without its owner mark: "dead|||count|owner=x|part=y" → "dead|||count|part=y"."""
    at = series.find(OWNER_MARK)
    if at < 0:
        return series
    end = series.find("|", at + 1)
    return series[:at] + (series[end:] if end >= 0 else "")


def _apart(placed: set[float], bare: set[float]) -> bool:
    """Whether one document gives a count with a place and without as two figures of one
    magnitude (`MAX_RATIO`): "3,100 evacuated, 900 of them in Langon". A figure far apart
    is another quantity ("742 dead in the Mediterranean this year" beside a wreck's 7)."""
    return any(
        p != b and 0 < min(p, b) and max(p, b) <= min(p, b) * MAX_RATIO
        for p in placed
        for b in bare
    )


def _story_days(table: pd.DataFrame) -> dict[str, str]:
    """Each document's news day as its extraction read it: the day its figures with no day of
    their own took from the document (`day_from` "document"), else `_news_days`."""
    out = _news_days(table)[0]
    told = table[table["day_from"].eq("document") & table["refers_to"].ne("")]
    for doc, day in zip(told["doc"].tolist(), told["refers_to"].tolist(), strict=True):
        out[doc] = day
    return out


DAILY = ("per_day",)  # a rate of a day's events ("48 trains a day"): it changes day by day


def steady() -> frozenset[str]:
    """Noun keys of what an owner has (`data/steady.yaml`)."""
    return frozenset(align_data("steady.yaml").get("concepts") or ())


def timeless(table: pd.DataFrame, running: frozenset[str]) -> pd.Series:
    """Quantities that do not change from one day of coverage to the next: durations ("18
    mois"), rates ("3,4 milliards par an") and what an owner has (its workforce, customers,
    capacity: `data/steady.yaml`), unless a running count. A reform's length or
    yearly saving is the same figure whichever day an outlet reports it; protesters, flights
    cancelled or households without power are not, nor is a rate of a day's events ("48
    trains cancelled a day" on Tuesday, "36 a day" from Wednesday: `DAILY`), nor is a figure
    its copy says has grown ("sono saliti a 6 gli operai morti": `risen`). (Money is not: an
    aid fund or a damage estimate grows over a week of coverage; nor is a share of what an
    owner has: "reservoirs at 34% of capacity" is a level that moves.)"""
    rated = table["rate"].ne("") & ~table["rate"].isin(DAILY)
    owned = table["noun"].isin(steady()) & table["dimension"].ne("percent")
    if owned.any():  # "Sono saliti a 6 gli operai morti": what an owner has does not grow
        rows = zip(
            table.loc[owned, "quote"].tolist(), table.loc[owned, "text"].tolist(), strict=True
        )
        grown = [bool(q) and near(q, t, risen_words()) for q, t in rows]
        owned.loc[owned] = ~pd.Series(grown, index=owned[owned].index, dtype=bool)
    kind = table["noun"].isin(durations()) | rated | owned
    return kind & ~table["noun"].isin(running)


def undated(table: pd.DataFrame, evidence: pd.Series, timeless: pd.Series) -> pd.DataFrame:
    """`table` (days assigned) with `moment_day`, the day each claim describes, and `day`,
    the day in its subject: for a `timeless` quantity only a year written beside it ("fined
    in 2022"), the day of its coverage being no part of it (its `evidence` as before days
    were assumed)."""
    table = table.assign(moment_day=table["day"])
    if timeless.any():
        years = table["refers_to"].where(table["refers_to"].str.len() == 4, "")
        table.loc[timeless, "day"] = _one_year(table[timeless], years[timeless].tolist())
        table.loc[timeless, "evidence"] = evidence[timeless]
    return table


def _one_year(table: pd.DataFrame, years: list[str]) -> list[str]:
    """`years` of `timeless` rows, where a row with none takes the one year the other rows of
    its quantity (case, measure, noun, place, rate) state, when they state one only.

    Why: "a workforce of 3,400 in 2025" in one account and "its 3,400 staff" in another are
    one quantity: a year unsaid is unknown, not another year; two years given for it ("3,100
    in 2024, 3,400 in 2025"), or a year its own document gives it beside the unsaid one
    ("3,100 in 2024 … now 3,400"), leave an unsaid one open.

    A duration never takes a year long past (`_recent`): "closed for 6 days in 2011" is
    history, not the year of this week's "a waiver for 30 days". (Other quantities may: a
    fine's or a workforce's year may be any the accounts give.)

    Example: years ["2025", ""] of one quantity → ["2025", "2025"]; ["2024", "2025", ""] stay."""
    if all(years) or not any(years):
        return years
    cols = ("case", "dimension", "noun", "scope", "rate")
    keys = list(zip(*(table[c].tolist() for c in cols), strict=True))
    docs = table["doc"].tolist()
    given: dict[tuple, set[str]] = {}
    own: set[tuple] = set()  # (quantity, document) that states a year for it
    for k, year, doc in zip(keys, years, docs, strict=True):
        if year and k[2]:
            given.setdefault(k, set()).add(year)
            own.add((k, doc))
    pubs = table["published"].astype(str).tolist() if "published" in table else [""] * len(docs)
    spans = durations()
    only = {k: next(iter(ys)) for k, ys in given.items() if len(ys) == 1}
    return [
        year
        or (
            only[k]
            if k in only and (k, doc) not in own and (k[2] not in spans or _recent(only[k], pub))
            else ""
        )
        for k, year, doc, pub in zip(keys, years, docs, pubs, strict=True)
    ]


def _recent(year: str, published: str) -> bool:
    """Whether `year` is the publication year of a document out on `published`, or the
    year before: the only years a duration that states none may take. "In 2011 the airspace
    closed for 6 days" is history; "a waiver for 30 days" in this week's release is not of it.

    >>> _recent("2025", "2026-03-12"), _recent("2011", "2026-04-15"), _recent("2011", "")
    (True, False, True)
    """
    if not (year[:4].isdigit() and published[:4].isdigit()):
        return True
    return int(year[:4]) >= int(published[:4]) - 1


def assign_days(table: pd.DataFrame, running: frozenset[str] = frozenset()) -> pd.DataFrame:
    """`day`: the stated day, else the one its quantity was stated for, else publication
    (`_assign_days`), a document out in the small hours read as out the day before
    (`went_out`)."""
    out = _assign_days(table.assign(published=went_out(table)), running)
    return out.assign(published=table["published"])


NIGHT_END = "05:00"  # a document out before this hour went out at the end of the day before


def went_out(table: pd.DataFrame) -> pd.Series:
    """The day each claim's document went out, as the days it may report: its `published`
    day, or the day before when `published_at` puts it before `NIGHT_END`.

    Why: a wire filed at 00:40 on Monday with Sunday night's results ("with 412 polling
    stations counted") reports Sunday; the counts other accounts give for Monday, later that
    day, are none of its figures, though Monday is its publication day. An undated figure
    of it takes a day on or before Sunday, as a figure of a paper out on Sunday evening.

    >>> t = pd.DataFrame({"published": ["2026-05-25", "2026-05-25", "2026-05-25"],
    ...     "published_at": ["2026-05-25T00:40", "2026-05-25T07:00", ""]})
    >>> went_out(t).tolist()
    ['2026-05-24', '2026-05-25', '2026-05-25']
    """
    if "published_at" not in table:
        return table["published"]
    at = table["published_at"].astype(str)
    night = (
        (at.str.len() >= 16) & (at.str[11:16] < NIGHT_END) & (table["published"].str.len() == 10)
    )
    if not night.any():
        return table["published"]
    before = pd.to_datetime(table.loc[night, "published"], errors="coerce") - pd.Timedelta(days=1)
    shifted = before.dt.strftime("%Y-%m-%d").where(before.notna(), table.loc[night, "published"])
    return table["published"].where(~night, shifted)


def _assign_days(table: pd.DataFrame, running: frozenset[str]) -> pd.DataFrame:
    """`day`: the stated day, else the one its quantity was stated for, else publication.

    A running count (a noun in `running`, a cumulative concept) that states no day is the
    count as its document went out: its news day, else its publication day, never an earlier
    day another account gives ("3 dead yesterday", then "the toll rose to 6": an update). So
    is any figure that says it still stands ("one person is still missing" in Thursday's
    wire, beside Wednesday's "2 disparus"): the state when its document went out, not the
    figure of an earlier day another account gives."""
    # A day the frame took from the document (the story's day, not the clause's) is a hint:
    # the figure is compared as undated, and the hint decides where nothing else does.
    soft = table["day_from"].eq("document")
    news, latest = _news_days(table)
    latest = _later_story_days(table, latest)
    # the first day a document's clauses state, unless its lead tells the story later (an
    # earlier step: "fixed since Thursday morning, the toll has risen again … A body was
    # found on Wednesday evening")
    news = _later_story_days(table, news)
    hints = [
        news.get(doc, day)
        for doc, day in zip(table["doc"].tolist(), table["refers_to"].tolist(), strict=True)
    ]
    table = table.assign(
        day=table["refers_to"].where(~soft, ""),
        hint=pd.Series(hints, index=table.index).where(soft, ""),
    )
    undated = (table["day"] == "") & (table["noun"] != "")
    if not undated.any():
        return table
    block = ["case", "dimension", "noun", "scope", "rate"]
    dated = table[~undated & (table["day"] != "")]
    found: dict[tuple, set[str]] = {}
    own: dict[tuple, set[str]] = {}
    for *key, doc, day in zip(*(dated[c].tolist() for c in (*block, "doc", "day")), strict=True):
        found.setdefault(tuple(key), set()).add(day)
        own.setdefault((*key, doc), set()).add(day)
    stated = {key: sorted(days) for key, days in found.items()}
    timed = _times_of_day(table)
    on_day: dict[tuple, list[tuple[str, float]]] = {}  # (block, day) → (doc, value) stated
    for *key, doc, day, value in zip(
        *(dated[c].tolist() for c in (*block, "doc", "day", "value")), strict=True
    ):
        on_day.setdefault((*key, day), []).append((doc, value))
    open_rows = table[undated]
    spans = _publication_spans(open_rows, block)
    days, notes = [], []
    decided: dict[tuple, tuple[str, str]] = {}
    named = table["named"] if "named" in table else pd.Series(False, index=table.index)
    told = _told(table[table["noun"].isin(running)], block)
    again = _days_of_values(
        _told(table[table["value"].ge(MIN_RECURRING) & ~table["noun"].isin(running)], block)
    )

    years = _years_stated(table)

    def chosen(row: tuple, value: float, quote: str, text: str) -> tuple[str, str]:
        """(day, note) of an undated claim: its row (block, doc, published, hint, owned)."""
        if row[2] in running and row[6]:
            day = _running_day(row, value, latest.get(row[5], row[7]), told)
            return day, f"day not stated: taken as {day}, when its document went out"
        day = _given_before(row, value, again) if value >= MIN_RECURRING else ""
        standing = still(quote, text)
        if day and not standing:
            return day, f"day not stated: taken as {day}, the day the same figure was given"
        if standing and row[:5] in stated and (day := row[7] or row[6]):  # "still missing"
            return (
                day,
                f"day not stated: it still stands, taken as {day}, when its document went out",
            )
        if (
            row not in decided
            and row[8]
            and len(row[7]) != 4  # a year its document's accounts give stays (`_day_for`)
            and (day := _owned_day(stated.get(row[:5]), row[6]))
        ):
            decided[row] = (day, f"day not stated: taken as {day}, the day the others give")
        if row not in decided and (year := _accounts_of(row, stated.get(row[:5]), years)):
            decided[row] = (year, f"day not stated: taken as {year}, the year the others give")
        if row not in decided:
            decided[row] = _day_for(row[:5], row[5], row[6], row[7], stated, own, spans)
        day, last = decided[row][0], latest.get(row[5], "")
        grown = _grown_day(
            row, value, day, last if timed.get(row[5], "") >= MORNING else "", on_day
        )
        if grown:
            return grown, f"day not stated: taken as {grown}, its news day: above {day}'s"
        return decided[row]

    rows = zip(
        *(open_rows[c].tolist() for c in (*block, "doc", "published", "hint")),
        named[undated].tolist(),
        strict=True,
    )
    given: dict[tuple, tuple[str, str]] = {}  # claims alike in all it reads are decided once
    for key in zip(rows, *(open_rows[c].tolist() for c in ("value", "quote", "text")), strict=True):
        if (found_day := given.get(key)) is None:
            found_day = given[key] = chosen(*key)
        days.append(found_day[0])
        notes.append(found_day[1])
    days, notes = _told_again(open_rows, block, days, notes, running)
    days, notes = _running_again(open_rows, block, days, notes, running)
    return noted(table, undated, "day", days, notes)


def earlier_told(table: pd.DataFrame, running: frozenset[str]) -> pd.DataFrame:
    """`table` where the earlier state of a running count's change ("15 deaths, up from 12
    a day earlier") is the figure another document gave on an earlier day of the week: that
    day's count, told again, not a state of its own.

    Why: the earlier state is compared only with other earlier states; a toll's "up from 12"
    is the 12 of yesterday's accounts, and an update from it is what the rules must see.
    Only a figure of 10 or more (small ones recur by chance).

    Example: "12" on the 9th (document a), "15, up from 12" on the 10th (document b) → the
    12 of b is of the 9th, not an earlier state."""
    state, nouns, values = (table[c].tolist() for c in ("state", "noun", "value"))
    rows = [
        i
        for i, (s, n, v) in enumerate(zip(state, nouns, values, strict=True))
        if s == EARLIER and n in running and v >= MIN_RECURRING
    ]
    if not rows:
        return table
    block = ("case", "dimension", "noun", "scope", "rate")
    keys = list(zip(*(table[c].tolist() for c in block), strict=True))
    days, docs = table["day"].tolist(), table["doc"].tolist()
    published = table["published"].tolist()
    given: dict[tuple, list[tuple[str, str, str]]] = {}
    for i, (k, v) in enumerate(zip(keys, values, strict=True)):
        if not state[i] and days[i] and v == v and v > 0:
            given.setdefault((k, _digits(v)), []).append((days[i], docs[i], published[i]))
    notes = table["evidence"].tolist()
    for i in rows:
        told = [
            (day, pub)
            for day, doc, pub in given.get((keys[i], _digits(values[i])), ())
            if doc != docs[i] and day <= days[i] and _within(pub, published[i], REPEAT_REACH)
        ]
        if told:
            day = max(told)[0]
            days[i], state[i] = day, ""
            notes[i] = f"{notes[i]}; the earlier figure of its change: the count given for {day}"
    return table.assign(day=days, state=state, evidence=notes)


def first_told(table: pd.DataFrame) -> pd.DataFrame:
    """`table` where a figure its clause says was given before ("the prefecture had first
    announced 13 dead", "initially reported five deaths", `data/firsts.yaml`) takes the
    earliest day another document gave the same figure of its quantity, within the week, on
    the day its own clause states or before ("an initial estimate of 80 million on Monday"
    is Monday's 80 million, told again, not a state of its own); or,
    when no earlier account gives it and its own document gives another figure of the
    quantity for its day, it is the earlier state of that change (`changes.EARLIER`).

    Why: a figure told as the first one is not the count as its document goes out: "the
    fire, put out yesterday, burned 2,100 hectares; the forest service had initially put it
    at 600" gives Tuesday's 600 beside Thursday's 2,100, no conflict. Its place may be
    unsaid where the first account named one (a regional paper does not repeat the town).

    Example: 600 ha on the 4th (document a, "Castelbruno"), "inizialmente stimato 600
    ettari" in document c of the 7th (day the 6th) → the 4th."""
    quotes, texts = table["quote"].tolist(), table["text"].tolist()
    words = word_pattern("firsts.yaml")
    telling = {q for q in set(quotes) if q and words.search(q)}  # a sentence is read once
    picked = [
        i
        for i, (q, t) in enumerate(zip(quotes, texts, strict=True))
        if q in telling and near(q, t, words)
    ]
    if not picked:
        return table
    cols = ("case", "dimension", "noun", "rate", "scope", "doc", "day", "published", "value")
    case, dim, noun, rate, scope, doc, day, pub, value = (table[c].tolist() for c in cols)
    state = table["state"].tolist() if "state" in table else [""] * len(table)
    given: dict[tuple, list[int]] = {}  # quantity and figure → rows that give it
    told: dict[tuple, set[float]] = {}  # quantity, document and day → figures it gives
    for i, n in enumerate(noun):
        if n and len(day[i]) == 10 and value[i] == value[i] and value[i] > 0 and not state[i]:
            given.setdefault((case[i], dim[i], n, rate[i], _digits(value[i])), []).append(i)
            told.setdefault((case[i], dim[i], n, rate[i], doc[i], day[i]), set()).add(value[i])
    out, notes = list(day), table["evidence"].tolist()
    for i in picked:
        if not noun[i] or not value[i] == value[i] or value[i] <= 0:
            continue
        key = (case[i], dim[i], noun[i], rate[i], _digits(value[i]))
        earlier = [
            day[j]
            for j in given.get(key, ())
            if doc[j] != doc[i]
            and day[j] <= day[i]
            and (scope[j] == scope[i] or not scope[i])
            and _within(pub[j], pub[i], REPEAT_REACH)
        ]
        if earlier:
            out[i] = min(earlier)
            notes[i] = f"{notes[i]}; said to be a figure given before: the figure of {out[i]}"
        elif told.get((*key[:4], doc[i], day[i]), set()) - {value[i]}:
            state[i] = EARLIER
    moment = table["moment_day"].tolist() if "moment_day" in table else list(day)
    moment = [o if o != d else m for o, d, m in zip(out, day, moment, strict=True)]
    return table.assign(day=out, moment_day=moment, evidence=notes, state=state)


def stated_again(table: pd.DataFrame, running: frozenset[str]) -> pd.DataFrame:
    """`table` where a figure that another document gave for an earlier day of the week is
    that day's figure told again, though its own clause states a later day.

    Why: a clause's day is often another event's: "the blaze, put out on Thursday, had
    burned 1,480 hectares", "on Thursday the ship landed the 52 people it had rescued" tell
    a count that had stopped growing, Wednesday's (or Tuesday's) figure. A count that grew would give
    another figure; the same one, told again, is the earlier day's. Only a figure of 10 or
    more (small ones recur by chance), never one that says it still stands ("600 still
    evacuated on Thursday": that day's state, told anew). So is any other quantity's: the
    clause's day is often the day a body said it ("the operator said on Wednesday that
    1,870 passengers were on board", told undated on Monday); one told as the first figure
    ("had initially put it at 40") is left to `first_told`, and a count said for the very
    next day may be that day's own account (beside another figure of that day it conflicts
    with) and keeps its day.

    Example: 1,480 ha on the 5th (document a), 1,480 ha "on Thursday" the 6th (document b) →
    both the 5th."""
    cols = ("noun", "day", "value", "doc", "published")
    nouns, days, values, docs, published = (table[c].tolist() for c in cols)
    stated = table["day_from"].eq("clause").tolist()
    picked = [
        i
        for i, (n, d, v) in enumerate(zip(nouns, days, values, strict=True))
        if n and len(d) == 10 and v == v and v >= MIN_RECURRING
    ]
    if len(picked) < 2:
        return table
    block = ("case", "dimension", "noun", "scope", "rate")
    keys = list(zip(*(table[c].tolist() for c in block), strict=True))
    earliest: dict[tuple, int] = {}  # (quantity, figure) → the row that gave it first
    for i in sorted(picked, key=lambda i: (days[i], published[i])):
        earliest.setdefault((keys[i], _digits(values[i])), i)
    quotes, texts = table["quote"].tolist(), table["text"].tolist()
    out, notes = list(days), table["evidence"].tolist()
    firsts = word_pattern("firsts.yaml")
    for i in picked:
        j = earliest[(keys[i], _digits(values[i]))]
        if (
            stated[i]
            and docs[j] != docs[i]
            and days[j] < days[i]
            and _within(published[j], published[i], REPEAT_REACH)
            and not still(quotes[i], texts[i])
            # "had first put it at 40": `first_told` dates a figure told as the first
            and (
                nouns[i] in running
                or (
                    (keys[i][1] != "count" or not _within(days[j], days[i], 1))
                    and not near(quotes[i], texts[i], firsts)
                )
            )
        ):
            out[i] = days[j]
            notes[i] = f"{notes[i]}; the same figure given for {days[j]}: told again"
    return table.assign(day=out, evidence=notes)


def _running_again(
    undated: pd.DataFrame, block: list[str], days: list[str], notes: list[str], running
) -> tuple[list[str], list[str]]:
    """`days` (and `notes`) of the `undated` claims, where a running count's figure that
    another document gave undated on an earlier day of the week is given again: it is that
    day's figure told again, not a new count of its own day.

    Why: "the fire has burned 3,200 hectares" on Wednesday and, in Friday's paper, "the
    fire, put out yesterday, burned 3,200 hectares" are one count that stopped growing; each
    took its own document's day (`_running_day` looks back only to days a clause states).
    Only a figure of 10 or more (small ones recur by chance), never one that says it still
    stands ("600 still evacuated": that day's state, told anew).

    Example: undated 3,200 ha on the 8th (document a), 3,200 ha on the 9th (document b) →
    both the 8th."""
    picked = (
        undated["noun"].isin(running).to_numpy() & (undated["value"] >= MIN_RECURRING).to_numpy()
    )
    at = [int(i) for i in np.flatnonzero(picked) if days[i]]
    out_days, out_notes = list(days), list(notes)
    if len(at) < 2:
        return out_days, out_notes
    rows = undated.iloc[at]
    cols = {c: rows[c].tolist() for c in (*block, "doc", "published", "value", "quote", "text")}
    keys = list(zip(*(cols[c] for c in block), strict=True))
    earliest: dict[tuple, tuple[str, str, str]] = {}  # (quantity, figure) → day, doc, published
    for j in sorted(range(len(at)), key=lambda j: (days[at[j]], cols["published"][j])):
        i = at[j]
        figure = (keys[j], _digits(cols["value"][j]))  # a slip of scale is the same figure
        first = earliest.setdefault(figure, (days[i], cols["doc"][j], cols["published"][j]))
        if (
            first[1] != cols["doc"][j]
            and first[0] < days[i]
            and _within(first[2], cols["published"][j], REPEAT_REACH)
            and not still(cols["quote"][j], cols["text"][j])
        ):
            out_days[i] = first[0]
            out_notes[i] = f"day not stated: taken as {first[0]}, the day the same figure was given"
    return out_days, out_notes


def _told_again(
    undated: pd.DataFrame, block: list[str], days: list[str], notes: list[str], running
) -> tuple[list[str], list[str]]:
    """`days` (and `notes`) of the `undated` claims, where a document gives again, within
    the week, the same figure another document gave undated: both took their own
    document's day (its news or publication day), and the later takes the earlier's.

    Why: "56 persone a bordo" on Tuesday and "56 personnes à bord" in Thursday's paper are
    one statement repeated, not Thursday's count; `_publication_spans` joins them when no
    account states a day for the quantity, and this does where an account states one that
    fits neither (a transfer of 600 people "oggi", on Saturday). Never a running count
    (`running`: its figure as a document went out), a small figure (they recur by chance),
    nor one that says it still stands ("2,300 tourists remain stranded": that day's state).
    An undated figure of the quantity published between the two tellings, on its own day,
    takes their day too: the quantity did not change from the first telling to the second,
    so it is a second account of it (a conflict), not a later state.

    Example: two undated 56s, published the 16th and the 18th, own days 16th and 18th → both
    the 16th."""
    cols = {c: undated[c].tolist() for c in (*block, "doc", "published", "hint", "value")}
    keys = list(zip(*(cols[c] for c in block), strict=True))
    quotes, texts = undated["quote"].tolist(), undated["text"].tolist()
    candidates = [
        i
        for i, day in enumerate(days)
        if day in (cols["hint"][i], cols["published"][i])
        and keys[i][2] not in running
        and cols["value"][i] >= MIN_RECURRING
    ]
    figure = {i: (keys[i], round(cols["value"][i], 6)) for i in candidates}
    given = Counter(figure.values())
    told = [i for i in candidates if given[figure[i]] > 1]  # once is told again by no one
    stands = {q: still(*q) for q in {(quotes[i], texts[i]) for i in told}}
    candidates = [i for i in told if not stands[(quotes[i], texts[i])]]
    out_days, out_notes = list(days), list(notes)
    spans: dict[tuple, list[tuple[str, str, str]]] = {}  # quantity → (first, last, day) told
    first: dict[tuple, int] = {}  # (quantity, figure) → the row that gave it first
    for i in sorted(candidates, key=lambda i: cols["published"][i]):
        j = first.setdefault(figure[i], i)
        if (
            cols["doc"][j] != cols["doc"][i]
            and days[j] != days[i]
            and _within(cols["published"][j], cols["published"][i], REPEAT_REACH)
        ):
            out_days[i] = days[j]
            out_notes[i] = f"day not stated: taken as {days[j]}, the day the same figure was given"
            spans.setdefault(keys[i], []).append(
                (cols["published"][j], cols["published"][i], days[j])
            )
    own = [day in (cols["hint"][k], cols["published"][k]) for k, day in enumerate(days)]
    for k, day in _between(spans, keys, cols["published"], own):
        if out_days[k] == days[k] != day and cols["value"][k] >= MIN_RECURRING:
            if not still(quotes[k], texts[k]):
                out_days[k] = day
                out_notes[k] = (
                    f"day not stated: taken as {day}, told between two tellings of one figure"
                )
    return out_days, out_notes


def _between(
    spans: dict[tuple, list[tuple[str, str, str]]], keys: list[tuple], pubs: list[str], own
) -> list[tuple[int, str]]:
    """(row, day) for each row on its `own` day whose quantity (`keys`) one figure was told
    for twice around its publication (`spans`: quantity → first and last publication, the
    day they took), strictly between the two.

    Example: spans {q: [("2030-05-01", "2030-05-03", "2030-05-01")]}, a row of q published
    "2030-05-02" on its own day → (row, "2030-05-01")."""
    out = []
    for k, (key, pub) in enumerate(zip(keys, pubs, strict=True)):
        if own[k] and key in spans:
            day = next((d for a, b, d in spans[key] if a < pub < b), "")
            if day:
                out.append((k, day))
    return out


def _digits(value: float) -> float:
    """`value` up to a factor of a thousand or a million (`magnitudes.same_digits`):
    "1,2 milioni" and "1.2 billion" are one figure as written."""
    return round(value / 1000 ** math.floor(math.log10(value) / 3), 6) if value > 0 else value


def _told(table: pd.DataFrame, block: list[str]) -> dict[tuple, list[tuple[str, float]]]:
    """(quantity of `block`, the day the frame gives) → (document, value) of its figures;
    and ("stated", quantity of `block`) → the days its clauses state, each → (document,
    value) of the figures stated for it: a day taken from the document is a hint, no day
    a figure was given for."""
    out: dict[tuple, list] = {}
    cols = (*block, "refers_to", "doc", "value", "day_from")
    for *key, day, doc, value, source in zip(*(table[c].tolist() for c in cols), strict=True):
        if key[2] and day:
            out.setdefault((*key, day), []).append((doc, value))
            if source == "clause":
                out.setdefault(("stated", *key), []).append((day, doc, value))
    return out


def _running_day(row: tuple, value: float, last: str, told: dict) -> str:
    """The day of an undated running count (`row`: block, doc, published, hint): its
    document's latest news day (`last`), unless another document gives the same figure on
    its first news day (the hint), a figure told again, not a new count ("losses of €9
    million" on Thursday and, on Friday, "the region still puts losses at €9 million").

    A figure of 10 or more a clause gave for an earlier day of the week is that day's, told
    again ("the coast guard rescued 412 people" on Tuesday, "412 rescued" in Wednesday's
    wire): not Wednesday's count. So is one its own document dated before ("rescued 142 on
    Tuesday night" … "with 142 survivors on board"): a document repeats its figures.

    Example: hint "2024-03-07", last "2024-03-08", another document's 9e6 on the 7th, value
    9e6 → "2024-03-07"; value 12e6 → "2024-03-08"."""
    first, doc = row[7], row[5]
    if not first:
        return row[6]
    if last != first and any(d != doc and v == value for d, v in told.get((*row[:5], first), ())):
        return first
    if value >= MIN_RECURRING:  # the same figure (or its slip of scale) stated days before
        pub = _date(row[6])
        given = told.get(("stated", *row[:5]), ())
        for day, _doc, v in sorted(given, reverse=True):
            earlier = _date(day)
            if (
                day < first
                and same_digits(v, value)
                and pub is not None
                and earlier is not None
                and (pub - earlier).days <= REPEAT_REACH
            ):
                return day
    return last or first


MORNING = "10:00"  # a document out before this is a morning paper: its news is the day before


def _times_of_day(table: pd.DataFrame) -> dict[str, str]:
    """Document → the time of day it went out ("HH:MM", "" when its front matter gives none)."""
    if "published_at" not in table:
        return {}
    times = table["published_at"].str[11:16].tolist()
    return dict(zip(table["doc"].tolist(), times, strict=True))


def _grown_day(row: tuple, value: float, day: str, last: str, on_day: dict) -> str:
    """The latest news day of its document (`last`), for an undated count (`row`: block,
    doc, published, hint) that took an earlier `day` the others state and stands above every
    figure they give for it; else "". Not a running count (`_running_day` decides those), a
    rate, a duration, what an owner has, nor a figure counted in people.

    Why: "22 malades hospitalisés" on Thursday, then "27 patients have been admitted to
    hospital" in Friday's noon wire that also says what happened "on Friday": the 27 is
    Friday's count, grown (an update), not a second account of Thursday's (a conflict). A
    figure at or below Thursday's may be Thursday's, told otherwise, and stays there.

    Example: the others give 22 for the 8th, the document's news runs to the 9th → 27 is
    the 9th's; 20 stays the 8th's."""
    if not (day and last > day) or row[4] or row[2] in durations() or row[2] == PEOPLE:
        return ""
    if row[2] in steady():
        return ""
    others = [v for d, v in on_day.get((*row[:5], day), ()) if d != row[5] and v == v]
    if not others or value <= max(others):
        return ""
    # one step of the coarser figure apart: a rounding (4.9 beside 4 862), not a growth
    return "" if any(value - v <= max(_step(value), _step(v)) for v in others) else last


def _step(value: float) -> float:
    """One unit of the last digit a figure is written to: 4.9e9 → 1e8, 16 → 1, 2.45 → 0.01.

    >>> _step(4.9e9), _step(16.0), _step(2.45)
    (100000000, 1, 0.01)
    """
    if value == int(value):
        digits = str(int(value))
        return 10 ** (len(digits) - len(digits.rstrip("0")))
    return 10.0 ** -len(f"{value:.6f}".rstrip("0").split(".")[1])


AGAIN_REACH = 2  # days after a clause's day within which its figure, undated, is told again


def _days_of_values(told: dict[tuple, list]) -> dict[tuple, dict[float, list[str]]]:
    """`_told`'s ("stated", quantity) entries as quantity → value → the days its clauses
    state it, latest first: an undated figure looks up its own value, not every figure of
    its quantity (a case of a thousand claims made that a quadratic walk)."""
    out: dict[tuple, dict[float, list[str]]] = {}
    for key, given in told.items():
        if key[0] == "stated":
            by_value = out.setdefault(key[1:], {})
            for day, _doc, value in given:
                by_value.setdefault(value, []).append(day)
    for by_value in out.values():
        for days in by_value.values():
            days.sort(reverse=True)
    return out


def _given_before(row: tuple, value: float, told: dict[tuple, dict[float, list[str]]]) -> str:
    """The day a clause stated this very figure of the quantity (`row`: block, doc,
    published, hint), before the claim's own day and at most `AGAIN_REACH` days before its
    publication, else "": the figure told again, not a new statement of its document's day.
    `told`: `_days_of_values`.

    Why: "7 400 foyers privés de courant mardi" in one account, "7,400 homes without power"
    undated in Thursday's paper: Tuesday's figure, told again (a count of the day that
    changed would show another figure). Only figures of 10 or more (`MIN_RECURRING`), and
    not a week later: a figure told days after may be a new count that happens to match
    (a week's reach joined more figures that were not one: measured on the gold set).

    Example: stated 1 250 on the 5th, undated 1 250 published the 7th → "…-05"."""
    own = row[7] or row[6]
    pub = _date(row[6])
    if pub is None:
        return ""
    for day in told.get(row[:5], {}).get(value, ()):
        earlier = _date(day)
        if day < own and earlier is not None and (pub - earlier).days <= AGAIN_REACH:
            return day
    return ""


OWNED_REACH = 7  # days after the stated day that coverage of a company's amount may run


def _owned_day(known: list[str] | None, published: str) -> str:
    """For a name's amount that states no day: the latest day other accounts state for it in
    the week before publication ("the €910 million fine" told three days after the decision
    is that decision's fine), else ""."""
    pub = _date(published)
    if not known or pub is None:
        return ""
    fitting = [
        d
        for d in known
        if (day := _date(d)) is not None
        and dt.timedelta(0) <= pub - day <= dt.timedelta(days=OWNED_REACH)
    ]
    return fitting[-1] if fitting else ""


def _news_days(table: pd.DataFrame) -> tuple[dict[str, str], dict[str, str]]:
    """Each document's news day: the first day its own clauses state, when it is the
    publication day or shortly before ("PARIS, March 8 - … marched on Tuesday": Tuesday).
    Its dateline says when it was filed, the lead what day the figures describe; a rate's day
    is none ("28 coaches a day from Thursday"). And the last such day, the day of a running count the document gives
    undated ("the pass opened on Thursday … by Friday noon … 40 rockfalls so far": a running
    count stands as of the latest news its document carries, Friday)."""
    first: dict[str, str] = {}
    last: dict[str, str] = {}
    # a rate's day is not the story's ("28 coaches a day from Thursday" in Wednesday
    # morning's paper on Tuesday evening's toll)
    stated = table[
        table["day_from"].eq("clause") & table["refers_to"].ne("") & table["rate"].eq("")
    ]
    for doc, day, published in zip(
        stated["doc"].tolist(),
        stated["refers_to"].tolist(),
        stated["published"].tolist(),
        strict=True,
    ):
        pub = _date(published)
        if pub is not None and _fits(day, pub):
            first.setdefault(doc, day)
            last[doc] = max(day, last.get(doc, day))
    return first, last


def _later_story_days(table: pd.DataFrame, last: dict[str, str]) -> dict[str, str]:
    """`last` (the last day each document's clauses state, `_news_days`), where the news day
    the extraction read for a document (`day_from` "document") is later: that day, the day
    a running count it gives with no day of its own stands at.

    Why: "Sale a 14 il bilancio del naufragio … Ieri sera … altri 5 corpi", out at 13:00:
    the lead tells the toll as it stands on the publication day (`when.news_day`); the days
    its clauses state date earlier steps.

    Example: a document whose clauses state the 15th, whose figures took the 16th from the
    document → its running counts' day is the 16th."""
    told = table[table["day_from"].eq("document") & table["refers_to"].str.len().eq(10)]
    out = dict(last)
    for doc, day in zip(told["doc"].tolist(), told["refers_to"].tolist(), strict=True):
        if doc in out and day > out[doc]:
            out[doc] = day
    return out


def _day_for(at: tuple, doc: str, published: str, hint: str, stated, own, spans) -> tuple[str, str]:
    """(day, why) for a claim whose clause states no day; `hint` is its document's day, kept
    when it is a year its accounts give ("risultati 2030": `when.accounts_year`): no day
    another account states the quantity on (a day something was said) replaces it."""
    story = f"the day its document reports ({hint})"
    if at not in stated:  # no clause states a day for it: news days, when coverage spans days
        day = spans.get((*at, published, hint), "")
        return day, f"day not stated: taken as the news day {day}" if day else ""
    known = _usable(stated[at], own.get((*at, doc), set()), published)
    if hint and (hint in known or len(hint) == 4):
        # a year its document's accounts give ("annual results 2030") is no day another
        # account's said day replaces
        return hint, f"day not stated: taken as {story}"
    day, why = _assumed_day(known, published)
    if hint and day != hint and (not (day and day in known) or day < hint):
        # never a day before the one its own document reports: "1.500 persone al presidio"
        # in a story of Tuesday is not Monday's meeting another account dates
        return hint, f"day not stated: taken as {story}"
    return day, why


YEARLY = ("money", "percent")  # dimensions of a year's accounts: revenue, profit, a deficit


def _years_stated(table: pd.DataFrame) -> dict[str, set[str]]:
    """Document → the years its clauses set figures in ("its 2030 net profit fell 72%")."""
    out: dict[str, set[str]] = {}
    told = table[table["day_from"].eq("clause") & table["refers_to"].str.len().eq(4)]
    for doc, year in zip(told["doc"].tolist(), told["refers_to"].tolist(), strict=True):
        out.setdefault(doc, set()).add(year)
    return out


def _accounts_of(row: tuple, known: list[str] | None, years: dict[str, set[str]]) -> str:
    """For an undated amount or share (`row`: block, doc, published, hint): the one year
    clauses state it in (`known`, no day of it stated anywhere), when its own document sets
    figures in that year too (`years`); else "". A year its own release's accounts give
    (a year `hint`) is left to `_day_for`.

    Why: "revenue rose 2.8%" told undated in a wire whose lead says "its 2030 net profit
    fell" is 2030's, as the release's "2.8% in 2030": a year unsaid is unknown, not the day
    the wire went out.

    >>> row = ("c", "percent", "revenue", "", "", "w.md", "2031-03-12", "2031-03-12")
    >>> _accounts_of(row, ["2030"], {"w.md": {"2030"}}), _accounts_of(row, ["2030"], {})
    ('2030', '')
    """
    if row[1] not in YEARLY or not known or len(set(known)) != 1 or len(row[7]) == 4:
        return ""
    year = known[0]
    return year if len(year) == 4 and year in years.get(row[5], ()) else ""


def _publication_spans(undated: pd.DataFrame, block: list[str]) -> dict[tuple, str]:
    """For quantities no clause dates: news days, when the coverage spans several.

    Two claims describe one day when their documents were published the same day or report
    the same news day (the wire filed the morning after says "on Tuesday" as the release
    did); otherwise they are updates ("5 dead" on Monday, "9 dead" on Thursday), each its own
    subject. One figure told again within the week is one statement, and so of one moment
    with every account published between its two tellings: the quantity did not change
    from the first to the last, so another figure given in between is a second account of
    it ("640 on board" on Monday and Wednesday, "700" on Tuesday: a conflict, no update).
    Returns (*block, published, hint) → day, for blocks that span days.
    """
    out: dict[tuple, str] = {}
    seen: dict[tuple, set[tuple[str, str]]] = {}
    figures: dict[tuple, set[float]] = {}  # (*at, published, hint) → figures given
    keys = zip(*(undated[c].tolist() for c in block), strict=True)
    pubs, hints = undated["published"].tolist(), undated["hint"].tolist()
    rows = zip(keys, pubs, hints, numbers(undated, "value"), strict=True)
    for at, published, hint, figure in set(rows):  # each distinct row once: sets are kept
        seen.setdefault(at, set()).add((published, hint))
        if figure >= MIN_RECURRING:
            figures.setdefault((*at, published, hint), set()).add(round(figure, 6))
    for at, found in seen.items():
        pairs = sorted(found)
        index = {p: i for i, p in enumerate(pairs)}
        links = []
        for key in ("published", "hint"):
            first: dict[str, int] = {}
            for p in pairs:
                value = p[0] if key == "published" else p[1]
                if value:
                    links.append((first.setdefault(value, index[p]), index[p]))
        # the same figure told again within the week is the same statement repeated, and
        # what was published between its two tellings is of its moment too
        given: dict[float, tuple[str, str]] = {}
        for p in pairs:
            for figure in figures.get((*at, *p), ()):
                before = given.setdefault(figure, p)
                if _within(before[0], p[0], REPEAT_REACH):
                    links.extend((index[before], k) for k in range(index[before] + 1, index[p] + 1))
        component = union_find(len(pairs), links)
        if len(set(component)) < 2:
            continue
        groups: dict[int, list[tuple[str, str]]] = {}
        for p, c in zip(pairs, component, strict=True):
            groups.setdefault(c, []).append(p)
        day_of = {c: _group_day(members) for c, members in groups.items()}
        for p, c in zip(pairs, component, strict=True):
            out[(*at, *p)] = day_of[c]
    return out


def _group_day(members: list[tuple[str, str]]) -> str:
    """The day of a group of (publication day, hint) that describe one day: its latest hint,
    else its latest publication day, never after its first publication day (a figure
    published on Monday, told again in Tuesday's paper under Tuesday's news, is Monday's:
    no document reports a day after it went out).

    Example: [("2024-05-14", "2024-05-14"), ("2024-05-15", "2024-05-15")] → "2024-05-14"."""
    first = min(q[0] for q in members)
    hints = [q[1] for q in members if q[1]]
    return min(max(hints) if hints else max(q[0] for q in members), first)


REPEAT_REACH = 7  # days within which one figure told again is one statement, not a new count


def _within(first: str, later: str, days: int) -> bool:
    """Whether two publication days are at most `days` apart."""
    a, b = _date(first), _date(later)
    return a is not None and b is not None and abs((b - a).days) <= days


def _usable(known: list[str], own: set[str], published: str) -> list[str]:
    """The stated days an undated claim may take. A day its own document states for the
    same quantity, earlier than the news day, is a contrast ("8,000 hectares on the 24th",
    then the undated 12,400): the undated figure is not of that day."""
    pub = _date(published)
    if pub is None:
        return known
    news = (pub - dt.timedelta(days=1)).isoformat()
    return [d for d in known if d not in own or d >= news]


def _assumed_day(known: list[str], published: str) -> tuple[str, str]:
    """(day, why) for a claim that states no day; ("", "") when nothing fits."""
    pub = _date(published)
    if len(known) == 1 and (pub is None or _fits(known[0], pub)):
        return known[0], f"day not stated: taken as {known[0]}, the day the others give"
    if pub is not None:
        fitting = [d for d in known if _fits(d, pub)]
        if fitting:
            return fitting[-1], f"day not stated: taken as {fitting[-1]}, the latest day stated"
        return published, f"day not stated: taken as the publication day {published}"
    return "", ""


def _fits(day: str, published: dt.date) -> bool:
    d = _date(day)
    return d is not None and dt.timedelta(0) <= published - d <= dt.timedelta(days=DAY_WINDOW)


@lru_cache(maxsize=4096)
def _date(text: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(text[:10])
    except ValueError:
        return None
