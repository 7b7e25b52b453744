"""Score an extraction against a hand-written gold claims table (`tests/gold/<case>.csv`).

Why
---
Issue 3's acceptance is measured, not asserted by eye: a figure counts as found when a claim
of the same document overlaps the gold span with the same value; of those, how many got the
gold source and the gold concept. The same numbers are printed by `bench/gold.py` and
checked by the tests.

Example
-------
>>> import pandas as pd
>>> gold = pd.DataFrame([{"doc": "a", "start": 0, "end": 3, "value": 700.0,
...                       "source": "Eurojust", "concept": "police-officer"}])
>>> score(gold.assign(concept="server"), gold)["concept"]
0.0
"""

from __future__ import annotations

import math
from pathlib import Path

import pandas as pd

from sourcecheck.errors import InputError

GOLD_COLUMNS = ("doc", "start", "end", "text", "value", "low", "high", "source", "thing", "concept")


def read_gold(path: str | Path) -> pd.DataFrame:
    """A gold table; empty cells read as ""."""
    gold = pd.read_csv(path, keep_default_na=False, dtype={"source": str, "concept": str})
    missing = [c for c in GOLD_COLUMNS if c not in gold.columns]
    if missing:
        raise InputError(path, "line 1", f"missing gold column {missing[0]!r}")
    gold["value"] = gold["value"].astype(float)
    return gold


def score(claims: pd.DataFrame, gold: pd.DataFrame) -> dict:
    """precision, recall (span overlap + same value), source and concept accuracy of the
    matched figures, and the lists of misses for a reader."""
    predicted = claims.to_dict("records")
    used: set[int] = set()
    matched: list[tuple[dict, dict]] = []
    missed = []
    for g in gold.to_dict("records"):
        hit = next(
            (
                i
                for i, p in enumerate(predicted)
                if i not in used
                and p["doc"] == g["doc"]
                and p["start"] < g["end"]
                and g["start"] < p["end"]
                and math.isclose(float(p["value"]), float(g["value"]), rel_tol=1e-9)
            ),
            None,
        )
        if hit is None:
            missed.append(g)
        else:
            used.add(hit)
            matched.append((g, predicted[hit]))
    n = len(matched)
    extra = [p for i, p in enumerate(predicted) if i not in used]
    wrong_source = [(g, p) for g, p in matched if _s(g["source"]) != _s(p["source"])]
    wrong_concept = [(g, p) for g, p in matched if _s(g["concept"]) != _s(p["concept"])]
    return {
        "gold": len(gold),
        "predicted": len(predicted),
        "precision": n / len(predicted) if predicted else 1.0,
        "recall": n / len(gold) if len(gold) else 1.0,
        "source": 1 - len(wrong_source) / n if n else 0.0,
        "concept": 1 - len(wrong_concept) / n if n else 0.0,
        "missed": missed,
        "extra": extra,
        "wrong_source": wrong_source,
        "wrong_concept": wrong_concept,
    }


def _s(v) -> str:
    return "" if v is None or (isinstance(v, float) and math.isnan(v)) else str(v)
