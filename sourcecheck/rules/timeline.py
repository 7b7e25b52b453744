"""A running count over time: its figures per moment, and how each moment moves from the last.

Why
---
A toll reported over several days is one series (alignment's `series`: the subject without
its day, for cumulative concepts only), seen at several moments. Two rules read it: `update`
reports a series that grows (5, then 9, then 13 dead: an update, never a conflict), and
`value-conflict` reports a figure lower than one already given for an earlier moment (a
running count cannot fall). This module holds only the arithmetic they share: the points
of each series (one per moment, its interval the hull of the moment's claims), and which
later points rise above, or fall below, the earlier ones. Same-day disagreement is not its
business: claims of one moment share a subject, and value-conflict compares them.

A series is one episode of coverage: moments more than `MAX_GAP_DAYS` apart are separate
episodes (the arrests of two protest days a fortnight apart are two counts, not a toll that
fell), so they are neither an update nor a conflict of each other.

Example
-------
>>> import pandas as pd
>>> claims = pd.DataFrame({"claim_id": ["a#1", "b#1", "c#1"], "case": "x", "series": "dead",
...     "measure": "", "moment": ["2024-05-01", "2024-05-02", "2024-05-03"],
...     "published_at": "", "low": [5.0, 9, 7], "high": [5.0, 9, 7]})
>>> points(claims)["episode"].tolist()
[0, 0, 0]
>>> [(p.earlier, p.later, p.kind) for p in steps(points(claims))]
[('2024-05-01', '2024-05-02', 'rise'), ('2024-05-02', '2024-05-03', 'fall')]
"""

from __future__ import annotations

import itertools
import math
from operator import itemgetter
from typing import NamedTuple

import pandas as pd

from sourcecheck.align.magnitudes import MAX_RATIO
from sourcecheck.align.risen import LATER
from sourcecheck.rules.blocks import least, most

SERIES = ("case", "series", "measure", "episode")  # one running count, measure, episode
RISES = "rises:"  # opens a series that may grow (an update) or fall (no conflict): not cumulative
MAX_GAP_DAYS = 7  # days between two moments beyond which coverage is a new episode
# A figure more than this many times below an earlier one of its series is another quantity
# the words did not tell apart (a year's toll of a whole sea beside one wreck's), not a count
# that fell: the ratio by which alignment keeps such figures apart within one day.
MAX_FALL = MAX_RATIO


class Step(NamedTuple):
    block: tuple  # the SERIES keys: block[1] is the series id
    earlier: str  # the earlier moment
    later: str  # the later moment
    kind: str  # "rise" (later above earlier) or "fall" (later below the highest before it)


def points(claims: pd.DataFrame) -> pd.DataFrame:
    """One row per series, episode and moment, in time order: `low` (lowest bound of the
    moment's claims), `high` (highest), `top` (the highest lower bound within `MAX_FALL`
    times the lowest: the largest figure the moment surely reached), `first` (the earliest
    publication time), `claims` (ids ordered by publication time) and `figures` (the
    (low, high) of each of them). Claims with no series are left out."""
    columns = [*SERIES, "moment", "low", "high", "top", "first", "claims", "figures"]
    held = claims[(claims["series"] != "") & (claims["moment"] != "") & ~_changes(claims)]
    held = held[held.duplicated(["case", "series"], keep=False)]  # one claim: no timeline
    if held.empty:
        return pd.DataFrame(columns=columns)
    held = held.assign(episode=_episodes(held), moment=_phases(held))
    read = [*SERIES, "moment", "low", "high", "published_at", "claim_id"]
    ordered = held.sort_values(read[:5] + read[-2:], kind="stable")[read]
    # One point per run of rows with the same series and moment (plain tuples: a pandas
    # aggregation into lists costs more than the whole loop on a case's few hundred claims).
    rows = []
    for key, run in itertools.groupby(ordered.itertuples(index=False, name=None), key=_point):
        run = list(run)
        low = least(r[5] for r in run)
        rows.append((*key, low, most(r[6] for r in run), _top(low, [r[5] for r in run]),
                     run[0][7], [r[8] for r in run], [(r[5], r[6]) for r in run]))  # fmt: skip
    return pd.DataFrame(rows, columns=columns)


# `align.changes.CHANGE` as a subject mark (a literal: align imports the rules, not back)
CHANGE_MARK = "state=change"


def _changes(claims: pd.DataFrame) -> pd.Series:
    """Whether each claim is the amount of a change (`changes.CHANGE`: "4 more dead", "altri
    2 corpi"), not a level of its count: amounts of change told on two days ("4 more" on
    Tuesday, "2 more" on Thursday) are two increments, neither a toll that fell nor one that
    grew.

    >>> _changes(pd.DataFrame({"subject": ["dead||2024-05-02||count|state=change",
    ...     "dead||2024-05-02||count"]})).tolist()
    [True, False]
    """
    if "subject" not in claims:
        return pd.Series(False, index=claims.index)
    marks = [CHANGE_MARK in str(s).split("|")[5:] for s in claims["subject"].tolist()]
    return pd.Series(marks, index=claims.index)


def _top(low: float, lows: list[float]) -> float:
    """The highest lower bound of a moment's figures within `MAX_FALL` times its lowest: a
    figure further apart is another quantity the words did not tell apart (a group's 3.9
    billion beside a unit's 96 million), not the count the moment reached."""
    if not low > 0:
        return low
    return most(v for v in lows if v <= low * MAX_FALL)


LATER_MOMENT = " (later)"  # after a moment's day: the day's later state (`align.risen`)


def _phases(claims: pd.DataFrame) -> pd.Series:
    """Each claim's moment, where a subject marked as its day's later state (`risen.LATER`)
    follows the day's other figures: "2024-05-07 (later)" sorts after "2024-05-07"."""
    if "subject" not in claims:
        return claims["moment"]
    later = [LATER in str(s).split("|")[5:] for s in claims["subject"].tolist()]
    return claims["moment"].where(
        ~pd.Series(later, index=claims.index), claims["moment"] + LATER_MOMENT
    )


def _point(row: tuple) -> tuple:
    return row[:5]  # the series keys and the moment


def _episodes(claims: pd.DataFrame) -> pd.Series:
    """Number the episodes of each series: a new one starts after a gap of more than
    MAX_GAP_DAYS between two consecutive moments. A moment told as a year or a month two
    or more years before the series' latest ("2017" beside this week's days) starts on its
    first day, so another event's figure is an episode of its own, never the earlier point
    of this week's toll. A year or month of this year or last stays undated and joins its
    neighbours: accounts date one year's figure by the year or by the day they tell it.
    (Parsing the mix as dates would infer the days' format and drop the years unseen.)"""
    keys = list(SERIES[:-1])
    moment = claims["moment"].str[:10]
    year = pd.to_numeric(moment.str[:4], errors="coerce")
    latest = year.groupby([claims[k] for k in keys], sort=False).transform("max")
    past = (moment.str.len() < 10) & (year < latest - 1)
    moment = moment.where(~past, (moment + "-01-01").str[:10])
    day = pd.to_datetime(moment.where(moment.str.len() == 10), format="%Y-%m-%d", errors="coerce")
    order = claims.assign(_day=day).sort_values([*keys, "_day"], kind="stable")
    gap = order.groupby(keys, sort=False)["_day"].diff().dt.days.fillna(0) > MAX_GAP_DAYS
    return gap.groupby([order[k] for k in keys], sort=False).cumsum().reindex(claims.index)


def steps(table: pd.DataFrame) -> list[Step]:
    """Rises (a moment with a figure strictly above what the one before it reached, though
    another account of that moment disagrees: 52 injured on Monday, then 120 and a
    clinic's 15 on Tuesday, a same-day conflict value-conflict reports, and a rise) and
    falls (a moment strictly below the highest lower bound before it, paired with the moment
    that set it, but not more than `MAX_FALL` times below it)."""
    out: list[Step] = []
    # `points` orders its rows by series, then moment: each series is one run of rows.
    for block, run in itertools.groupby(table.to_dict("records"), key=_series_of):
        rows = sorted(run, key=itemgetter("moment"))
        top = None  # the earlier point with the highest lower bound
        for before, row in zip([None, *rows], rows, strict=False):
            if before is not None and (row["top"] > _reached(before) or _rose(before, row)):
                out.append(Step(block, before["moment"], row["moment"], "rise"))
            if top is not None and row["high"] < top["low"] <= row["high"] * MAX_FALL:
                out.append(Step(block, top["moment"], row["moment"], "fall"))
            if top is None or row["low"] > top["low"]:
                top = row
    return out


def _rose(before: dict, row: dict) -> bool:
    """Whether a figure of point `row` is above every figure of point `before` of its
    magnitude (within `MAX_FALL` of it), one at least.

    Why: a moment may hold two quantities the words did not tell apart (7 injured read as
    evacuees beside 2,300 evacuees); its `top` is then the lower one's, and the next day's
    3,100 evacuees, below no figure of their size, never rose above 14 injured read the same
    way. Each figure is compared with the earlier figures of its own size.

    >>> _rose({"figures": [(7.0, 7.0), (2300.0, 2350.0)]}, {"figures": [(5.0, 5.0), (3100.0, 3100.0)]})
    True
    >>> _rose({"figures": [(7.0, 7.0), (2300.0, 2350.0)]}, {"figures": [(5.0, 5.0), (2340.0, 2340.0)]})
    False
    """
    for low, _ in row["figures"]:
        if not low > 0:
            continue
        near = [_reached({"low": lo, "high": hi}) for lo, hi in before["figures"]
                if lo > 0 and max(low, lo) <= min(low, lo) * MAX_FALL]  # fmt: skip
        if near and low > max(near):
            return True
    return False


def moment_splits(claims: pd.DataFrame) -> list[tuple[str, list[list[str]]]]:
    """The moments of a running count's series (cumulative: not `RISES`) where a subject with
    the place the series joined and one without hold figures that do not meet: (moment, the
    claim ids of each subject, lowest first).

    Why: a series joins a count with no place to the one place its coverage gives
    (`days._placed_series`) while their subjects stay apart; figures of one moment under
    both are two figures for one moment, which `points` folds into one point and `steps`
    never compares. Hulls that overlap meet; figures more than `MAX_FALL` times apart are
    other quantities; one document's one source alone is one account.

    >>> claims = pd.DataFrame({"claim_id": ["a#1", "b#1"], "case": "x",
    ...     "series": "evacuee|X||count", "measure": "", "moment": "2024-05-01",
    ...     "subject": ["evacuee|X|2024-05-01||count", "evacuee||2024-05-01||count"],
    ...     "doc": ["a", "b"], "source": "", "low": [1200.0, 1500], "high": [1200.0, 1500]})
    >>> moment_splits(claims)
    [('2024-05-01', [['a#1'], ['b#1']])]
    """
    keys = ["case", "series", "measure", "moment"]
    held = claims[
        (claims["series"] != "")
        & ~claims["series"].str.startswith(RISES)
        & (claims["moment"] != "")
        & (claims["subject"] != "")
    ]
    held = held[held.duplicated(keys, keep=False)]
    out = []
    cols = ["subject", "low", "high", "claim_id", "doc", "source"]
    for key, group in held.groupby(keys, sort=True):
        hulls: dict[str, list] = {}
        for subject, low, high, claim, doc, source in group[cols].itertuples(index=False):
            hull = hulls.setdefault(subject, [math.inf, -math.inf, [], set()])
            hull[0], hull[1] = least((hull[0], low)), most((hull[1], high))
            hull[2].append(claim)
            hull[3].add((doc, source))
        if len(hulls) != 2 or not _place_only(*hulls):
            continue
        lower, higher = sorted(hulls.values(), key=itemgetter(0))
        if 0 < lower[1] < higher[0] <= lower[1] * MAX_FALL and len(lower[3] | higher[3]) > 1:
            out.append((key[3], [lower[2], higher[2]]))
    return out


def unplaced_joined(claims: pd.DataFrame) -> pd.DataFrame:
    """`claims` where each claim of a series with no place is given again under every series
    of its case that differs from it only by a place (`_place_only`): the figures of a count
    told with no place are read on that place's timeline too.

    Why: coverage gives a toll with the place ("the death toll in the region rose to 4") and
    without ("3 morts", "i deceduti salgono a 6"); alignment keeps the two series
    apart when it cannot tell the place, so neither series shows the count's growth. Read
    together for the update rule, the rise is shown (an update is information, never an
    error); the falls and conflicts still read each series alone.

    >>> t = pd.DataFrame({"claim_id": ["a#1", "b#1"], "case": "x",
    ...     "series": ["dead|||count", "dead|Lorvane||count"]})
    >>> unplaced_joined(t)["series"].tolist()
    ['dead|||count', 'dead|Lorvane||count', 'dead|Lorvane||count']
    """
    series = claims["series"].tolist()
    cases = claims["case"].tolist()
    placed: dict[tuple, set[str]] = {}
    for case, key in zip(cases, series, strict=True):
        fields = key.split("|")
        if len(fields) > 1 and fields[1]:
            placed.setdefault((case, _without_place(fields)), set()).add(key)
    if not placed:
        return claims
    extra, keys = [], []
    for i, (case, key) in enumerate(zip(cases, series, strict=True)):
        fields = key.split("|")
        if len(fields) > 1 and not fields[1]:
            for other in sorted(placed.get((case, _without_place(fields)), ())):
                extra.append(i)
                keys.append(other)
    if not extra:
        return claims
    copies = claims.iloc[extra].assign(series=keys)
    return pd.concat([claims, copies], ignore_index=True)


def _without_place(fields: list[str]) -> tuple:
    return tuple(x for i, x in enumerate(fields) if i != 1)


def _place_only(a: str, b: str) -> bool:
    """Whether two subjects differ only in their place, one of them giving none."""
    fa, fb = a.split("|"), b.split("|")
    return (
        len(fa) == len(fb)
        and "" in (fa[1], fb[1])
        and [x for i, x in enumerate(fa) if i != 1] == [x for i, x in enumerate(fb) if i != 1]
    )


def _reached(point: dict) -> float:
    """The figure a point's count had reached: its highest bound, or its lowest when it has
    no highest ("more than 40,000" reached 40,000: "more than 95,000" the next day rose)."""
    return point["high"] if point["high"] < math.inf else point["low"]


def _series_of(row: dict) -> tuple:
    return tuple(row[k] for k in SERIES)


def series_label(subject_label: str, moment: str) -> str:
    """A subject's label without its day: "dead, 2024-05-01" → "dead"."""
    return ", ".join(p for p in subject_label.split(", ") if p != moment)
