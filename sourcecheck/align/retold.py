"""Retold figures: one figure another account gives with its place unsaid.

Why
---
An account that names no place for a figure ("11 communes rationnées", "a €3 billion yearly
investment") is unknown there, not elsewhere; `places.assume_places` gives it the place its
quantity has when the story gives one, but a place found after that (a local body's area, a
whole's place, a labelled place) or a quantity given at several places left the two accounts
of one figure in two subjects, never compared. The figure itself is the evidence: the same
number, of the same noun, measure, rate, day and marks, that another document gives at one
place only is that place's figure told again. Only a count of `places.MIN_SHARED` or more, or
an amount or a measure (small counts recur by chance), never when two places give it, never
when its own document gives the quantity at that place (a whole beside its part: "73 cases,
20 of them in Austria"), and never out of an unplaced subject that holds other figures: moved,
it would hide their conflict (measured on the gold set: a conflict of two unplaced accounts
was lost).

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
from sourcecheck.align.places import CHANCE, MIN_SHARED


def _unplaced(subject: str) -> tuple[str, str]:
    """(the subject without its place, its place): "dead|Ressa|d||count" → ("dead||d||count",
    "Ressa")."""
    fields = subject.split("|")
    if len(fields) < 2:
        return subject, ""
    return "|".join((fields[0], "", *fields[2:])), fields[1]


def retold(table: pd.DataFrame) -> pd.DataFrame:
    """`table` (case, doc, value, dimension, subject, subject_label, evidence; `moment` and
    `series` when known) where an unplaced figure takes the `COPIED` columns of the one
    placed subject another document gives that figure in."""
    subjects = table["subject"].tolist()
    values = table["value"].tolist()
    telling = [
        v == v and (v >= MIN_SHARED or d not in CHANCE)
        for v, d in zip(values, table["dimension"].tolist(), strict=True)
    ]
    if not any(telling):
        return table
    cases, docs = table["case"].tolist(), table["doc"].tolist()
    split = [_unplaced(s) if s and t else ("", "") for s, t in zip(subjects, telling, strict=True)]
    placed: dict[tuple, set[str]] = {}  # (case, subject without place, value) → subjects
    placed_docs: dict[tuple, set[str]] = {}
    own: set[tuple] = set()  # (case, subject without place, document) given at a place
    for i, (rest, place) in enumerate(split):
        if rest and place:
            k = (cases[i], rest, round(values[i], 6))
            placed.setdefault(k, set()).add(subjects[i])
            placed_docs.setdefault(k, set()).add(docs[i])
            own.add((cases[i], rest, docs[i]))
    figures: dict[str, set[float]] = {}  # each subject's figures
    for s, v in zip(subjects, values, strict=True):
        figures.setdefault(s, set()).add(round(v, 6))
    rows = [
        (i, next(iter(placed[k])))
        for i, (rest, place) in enumerate(split)
        if rest
        and not place
        and (cases[i], rest, docs[i]) not in own  # a whole beside its placed part
        and len(figures[subjects[i]]) == 1  # moved, it would hide a conflict of its subject
        and len(placed.get(k := (cases[i], rest, round(values[i], 6)), ())) == 1
        and placed_docs[k] - {docs[i]}
    ]
    if not rows:
        return table
    first = {s: i for i, s in reversed(list(enumerate(subjects)))}
    copied = {c: table[c].tolist() for c in COPIED if c in table}
    notes = table["evidence"].tolist()
    for i, subject in rows:
        j = first[subject]
        for values_of in copied.values():
            values_of[i] = values_of[j]
        notes[i] = f"{notes[i]}; place not stated: the figure another account gives at one place"
    return table.assign(**copied, evidence=notes)
