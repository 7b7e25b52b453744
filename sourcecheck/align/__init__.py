"""Alignment: the stage between extraction and the rules that decides which claims state
the same quantity.

Why
---
Extraction reads each figure's frame (noun, source, day, place, rate); rules compare
figures. Between them one question decides everything an editor sees: are these two claims
about the same quantity? Asked inside each rule it was answered differently by each, and
only when the lexicon gave both the same concept. Here it is answered once, for every claim,
as a `subject` id shared across documents and languages, a readable `subject_label`, and
the `evidence` for the join (lexicon concept, translation, cognates, an assumed day). Rules
read `subject` and nothing else about sameness.

Example
-------
>>> from sourcecheck import check                           # doctest: +SKIP
>>> check("seeds/perfect-storm").claims[["text", "subject_label"]].head(2)  # doctest: +SKIP
"""

from __future__ import annotations

import pandas as pd

from sourcecheck.align.cognates import cognate_key
from sourcecheck.align.nouns import noun_key
from sourcecheck.align.subjects import OUTPUT_COLUMNS, align_claims
from sourcecheck.extract.lexicon import Concepts, load_concepts

__all__ = ["OUTPUT_COLUMNS", "align_claims", "cognate_key", "noun_key", "with_subjects"]


def with_subjects(claims: pd.DataFrame, concepts: Concepts | None = None) -> pd.DataFrame:
    """`claims` with `subject`, `subject_label`, `subject_evidence`, `moment` and `series`
    filled by alignment.

    `concepts` defaults to the shipped lexicon (a claims table read back from CSV, or built
    by hand, has no project lexicon attached).
    """
    aligned = align_claims(claims, concepts or _shipped())
    out = claims.copy()
    out["subject"] = aligned["subject"].to_numpy()
    out["subject_label"] = aligned["subject_label"].to_numpy()
    out["subject_evidence"] = aligned["evidence"].to_numpy()
    out["moment"] = aligned["moment"].to_numpy()
    out["series"] = aligned["series"].to_numpy()
    return out


_SHIPPED: list[Concepts] = []


def _shipped() -> Concepts:
    if not _SHIPPED:
        _SHIPPED.append(load_concepts())
    return _SHIPPED[0]
