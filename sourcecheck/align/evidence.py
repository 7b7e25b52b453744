"""Evidence: set a column on some rows and say why, in the rows' `evidence`.

Why
---
Several alignment steps fill a value the frame left empty (a place from a label, a year, a
day) and must say so next to the finding. Each wrote the value and then appended its note to
`evidence` the same way; this does both at once, so the notes read alike everywhere.

Example
-------
>>> import pandas as pd
>>> t = pd.DataFrame({"day": ["", ""], "evidence": ["lexicon", "cognate"]})
>>> noted(t, t["day"].eq(""), "day", ["2024", ""], ["about 2024", ""])["evidence"].tolist()
['lexicon; about 2024', 'cognate']
"""

from __future__ import annotations

from collections.abc import Sequence

import pandas as pd

# The evidence of a noun a figure took because another document gives the same figure for it
# ("the same figure (3e+08 EUR) is given for it in another document"): never a sign, then,
# that the figure is attached to two things (term-drift).
SAME_FIGURE = "the same figure"


def noted(table: pd.DataFrame, rows: pd.Series, column: str, values: Sequence, notes: Sequence[str]) -> pd.DataFrame:  # fmt: skip
    """`table` (changed in place and returned) with `values` in `column` on `rows`, and each
    non-empty note appended to that row's evidence ("…; note")."""
    table.loc[rows, column] = values
    table.loc[rows, "evidence"] = [
        f"{ev}; {note}" if note else ev
        for ev, note in zip(table.loc[rows, "evidence"].tolist(), notes, strict=True)
    ]
    return table
