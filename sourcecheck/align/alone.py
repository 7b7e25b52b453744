"""Figures of a concept never compared (a person's age, a quake's magnitude) that two
accounts give alike: one quantity told twice.

Why
---
A concept marked `alone` in the lexicon ("une femme de 58 ans", "magnitude 6.1") takes no
subject: a past quake's magnitude is not this one's, a victim's age not a witness's, and a
value-conflict between them would be false. But the same value of the same concept in two
documents of one case is one reading told twice ("a magnitude 6.4 quake", "una scossa di
magnitudo 6,4"): joining those figures, and only those, costs no false finding (their
values agree) and tells the reader the accounts agree.

Example
-------
>>> import pandas as pd
>>> table = pd.DataFrame({"case": "c", "doc": ["a.md", "b.md", "b.md"],
...     "concept": "magnitude", "value": [6.4, 6.4, 4.1]})
>>> alone_keys(table, frozenset({"magnitude"}))
['magnitude=6.4', 'magnitude=6.4', '']
"""

from __future__ import annotations

import pandas as pd


def alone_keys(table: pd.DataFrame, alone: frozenset[str]) -> list[str]:
    """Per row, the noun key of a figure of an `alone` concept whose value another document
    of its case gives for that concept too ("concept=value"); "" for any other row."""
    rows = list(zip(*(table[c].tolist() for c in ("case", "concept", "value", "doc")), strict=True))
    docs: dict[tuple, set[str]] = {}
    for case, concept, value, doc in rows:
        if concept in alone and value == value:
            docs.setdefault((case, concept, round(value, 6)), set()).add(doc)
    return [
        f"{concept}={value:g}"
        if concept in alone and value == value and len(docs[(case, concept, round(value, 6))]) > 1
        else ""
        for case, concept, value, _ in rows
    ]
