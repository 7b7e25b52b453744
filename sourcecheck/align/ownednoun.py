"""Owned nouns: a figure with no noun is about what its owner's figures of its measure are
about in the other accounts.

Why
---
A figure's noun is often elided where its owner is written: "Dubril a gagné avec 38,4 %
des voix" in one account, "Dubril ha vinto con il 38,9%" in another; "Veltro's revenue
reached €3.1 billion" beside "Veltro, €3.2 billion last year". The owner and the measure are
two neighbours chance rarely shares; when every figure of that owner and measure in the other
documents counts one thing, the bare figure counts it too. An owner whose figures of the
measure count two things ("Veltro's revenue", "Veltro's share price", both in percent)
leaves it alone, and so does a figure far from all of them (more than `NEAR` times apart):
an owner's other quantity the words did not name.

Example
-------
>>> import pandas as pd
>>> t = pd.DataFrame({"case": ["c", "c"], "doc": ["a", "b"], "noun": ["vote", ""],
...     "dimension": ["percent", "percent"], "value": [38.4, 38.9]})
>>> owned_nouns(t, pd.Series(["Dubril", "Dubril"]))
[(1, 0)]
"""

from __future__ import annotations

import pandas as pd

from sourcecheck.align.nouns import PEOPLE

NEAR = 1.5  # the most times apart a bare figure and its owner's figure of that noun may be
WEAK = ("", PEOPLE)  # nouns that say nothing of what is counted


def owned_nouns(table: pd.DataFrame, written: pd.Series) -> list[tuple[int, int]]:
    """(row, giver) for each row with no noun (`noun` in WEAK) whose written owner's
    figures of its `dimension` in the case's other documents all have one noun, one of them
    (`giver`, the nearest in value) within `NEAR` times of its value."""
    owner = [str(o).strip().lower() for o in written.tolist()]
    nouns = table["noun"].tolist()
    cases, docs = table["case"].tolist(), table["doc"].tolist()
    dims, values = table["dimension"].tolist(), table["value"].tolist()
    known: dict[tuple, list[int]] = {}
    for i, n in enumerate(nouns):
        if owner[i] and n not in WEAK and not n.startswith("="):
            known.setdefault((cases[i], owner[i], dims[i]), []).append(i)
    out = []
    for i, n in enumerate(nouns):
        if n not in WEAK or not owner[i] or not _number(values[i]):
            continue
        others = [j for j in known.get((cases[i], owner[i], dims[i]), []) if docs[j] != docs[i]]
        if len({nouns[j] for j in others}) != 1:
            continue
        near = [j for j in others if _number(values[j]) and _within(values[i], values[j])]
        if near:
            out.append((i, min(near, key=lambda j: abs(values[j] - values[i]))))
    return out


def _number(value) -> bool:
    return isinstance(value, int | float) and value == value and value > 0


def _within(a: float, b: float) -> bool:
    return max(a, b) <= NEAR * min(a, b)
