"""Retold figures: one figure another account gives with its place, or its whole, unsaid.

Why
---
An account that names no place for a figure ("11 communes rationnées", "a €3 billion yearly
investment") is unknown there, not elsewhere; `places.assume_places` gives it the place its
quantity has when the story gives one, but a place found after that (a local body's area, a
whole's place, a labelled place) or a quantity given at several places left the two accounts
of one figure in two subjects, never compared. So did a figure read as a part of a whole no
account names ("dont 340 abris", `owners.parts`) beside the same figure told whole. The
figure itself is the evidence: the same number, of the same noun, measure, rate, day and
marks, that another document gives at one place only (or not as a part) is that figure told
again; so is one of no day given at one place ("415 jobs in Tormessa" beside Tuesday's
"415 jobs": a day unsaid is no other day). Only a count of `places.MIN_SHARED` or more, or
an amount or a measure (small counts recur by chance), never when two subjects give it, never when its own document gives the
quantity at that place (a whole beside its part: "73 cases, 20 of them in Austria"), and
never out of a subject that holds other figures: moved, it would hide their conflict
(measured on the gold set: a conflict of two unplaced accounts was lost).

Example
-------
>>> import pandas as pd
>>> table = pd.DataFrame({"case": "c", "doc": ["a", "b"], "value": [1840.0, 1840.0],
...     "dimension": "count", "subject": ["visit||2026-07-06||count", "visit|Sicily|2026-07-06||count"],
...     "subject_label": ["visit", "visit, Sicily"], "evidence": ["", ""]})
>>> retold(table)["subject"].tolist()
['visit|Sicily|2026-07-06||count', 'visit|Sicily|2026-07-06||count']
"""

from __future__ import annotations

import pandas as pd

from sourcecheck.align.echoes import COPIED
from sourcecheck.align.owners import PART
from sourcecheck.align.places import CHANCE, MIN_SHARED

BARE_PART = f"|part={PART}"  # a part whose whole no account names (`owners.parts`)


def _unsaid(subject: str) -> tuple[str, str, bool]:
    """(the subject without its place and a bare part mark, its place, whether it had that
    mark): "dead|Dorne|d||count|part=part" → ("dead||d||count", "Dorne", True)."""
    fields = subject.split("|")
    if len(fields) < 2:
        return subject, "", False
    rest = "|".join((fields[0], "", *fields[2:]))
    return rest.replace(BARE_PART, ""), fields[1], BARE_PART in rest


def _undated(rest: str) -> str:
    """`rest` (a subject without its place) without its day, or "" when it has none: "415 jobs
    in Tormessa" told undated is the figure "415 jobs" dated Tuesday told again."""
    fields = rest.split("|")
    if len(fields) < 3 or not fields[2]:
        return ""
    return "|".join((*fields[:2], "", *fields[3:]))


def retold(table: pd.DataFrame) -> pd.DataFrame:
    """`table` (case, doc, value, dimension, subject, subject_label, evidence; `moment` and
    `series` when known) where a figure with its place unsaid, or told as a part of a whole
    no account names, takes the `COPIED` columns of the one subject another document gives
    that figure in at a place, or not as a part."""
    subjects = table["subject"].tolist()
    values = table["value"].tolist()
    telling = [
        v == v and (v >= MIN_SHARED or d not in CHANCE)
        for v, d in zip(values, table["dimension"].tolist(), strict=True)
    ]
    if not any(telling):
        return table
    cases, docs = table["case"].tolist(), table["doc"].tolist()
    split = [
        _unsaid(s) if s and t else ("", "", False) for s, t in zip(subjects, telling, strict=True)
    ]
    # (case, subject without place and bare part, value) → (subject, place, part, document)
    given: dict[tuple, list[tuple[str, str, bool, str]]] = {}
    own: set[tuple] = set()  # (case, subject without place, place, document) given there
    for i, (rest, place, part) in enumerate(split):
        if rest:
            k = (cases[i], rest, round(values[i], 6))
            given.setdefault(k, []).append((subjects[i], place, part, docs[i]))
            if place:
                own.add((cases[i], rest, place, docs[i]))
    figures: dict[str, set[float]] = {}  # each subject's figures
    for s, v in zip(subjects, values, strict=True):
        figures.setdefault(s, set()).add(round(v, 6))
    rows = []
    for i, (rest, place, part) in enumerate(split):
        if not rest or (place and not part) or len(figures[subjects[i]]) > 1:
            continue  # nothing unsaid, or other figures whose conflict a move would hide
        undated = "" if place else _undated(rest)  # a placed figure of no day fits any day
        fits = {
            s
            for told in {rest, undated} - {""}
            for s, p, pt, doc in given.get((cases[i], told, round(values[i], 6)), ())
            if doc != docs[i]
            and s != subjects[i]
            and (p == place or (p and not place))
            and (told == rest or p)
            and (pt == part or (part and not pt))
            and (place or (cases[i], told, p, docs[i]) not in own)  # a whole beside its part
        }
        if len(fits) == 1:
            fit = next(iter(fits))
            rows.append((i, fit, bool(undated) and _unsaid(fit)[0] == undated))
    if not rows:
        return table
    first = {s: i for i, s in reversed(list(enumerate(subjects)))}
    copied = {c: table[c].tolist() for c in COPIED if c in table}
    notes = table["evidence"].tolist()
    for i, subject, dated in rows:
        j = first[subject]
        for column, values_of in copied.items():
            if not (dated and column == "moment"):  # its own day is still the day it describes
                values_of[i] = values_of[j]
        notes[i] = f"{notes[i]}; place or whole not stated: the figure another account gives"
    return table.assign(**copied, evidence=notes)
