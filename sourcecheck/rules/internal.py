"""One source contradicting itself inside one document.

Why
---
A press release that says 23 suspects in its lead and 25 further down has a typo or an
update half applied; either way the story cannot quote both. One subject (the same quantity,
as alignment decided) in one measure, one source, one document, the same noun as written (a
source repeating its own words: "23 suspects" … "25 suspects"; a figure whose noun was
inferred may be a part or another quantity), intervals that do not meet. When several documents
repeat the same self-contradiction it is one finding, listing them all.

Example
-------
Eurojust (one release): 23 suspects … later 25 suspects → internal

Options
-------
none
"""

from __future__ import annotations

import pandas as pd

from sourcecheck.align import cognate_key
from sourcecheck.rules import blocks

ID = "internal"
SEVERITY = "warning"
OPTIONS: dict = {}

_BLOCK = (*blocks.SAME_THING, "doc", "source", "words")


def run(claims: pd.DataFrame) -> pd.DataFrame:
    """One finding per (source, thing, set of stands) found contradicting itself in a document."""
    claims = blocks.prepare(claims)
    # Parts a sentence lists ("including 1,200 in Italy and 2,300 in Ireland") are each
    # another part: a source listing them does not contradict itself.
    part = claims["subject"].str.contains("|part=", regex=False)
    claims = blocks.comparable(claims[(claims["subject"] != "") & (claims["thing"] != "") & ~part])
    claims = blocks.shared(claims, _BLOCK[:-1])  # the words are read only where it can matter
    claims = claims.assign(words=claims["thing"].map(cognate_key))
    claims = claims[claims["words"] != ""]
    claims = claims.assign(stand=blocks.positions(claims, _BLOCK))
    claims = blocks.divided(claims, _BLOCK)
    every_label, bounds = blocks.stand_labels(claims), blocks.stand_bounds(claims)
    divergences: dict[tuple, dict] = {}
    for _, block in claims.groupby(list(_BLOCK), sort=True):
        if block["stand"].nunique() < 2:
            continue
        source = block["source"].iloc[0] or block["doc"].iloc[0]
        stands = block["stand"].unique()
        raw = {s: every_label[s] for s in stands}
        labels = {s: f"{source}: {text}" for s, text in raw.items()}
        subject = blocks.subject(block.iloc[0])
        key = (tuple(subject.values()), tuple(sorted(labels.values())))
        members = [(c, labels[s]) for c, s in zip(block["claim_id"], block["stand"], strict=True)]
        if key in divergences:  # the same self-contradiction repeated in another document
            divergences[key]["members"] += members
            continue
        divergences[key] = {
            "message": f"{source} gives {' and '.join(sorted(raw.values()))} "
            f"for {subject['subject_label']} in {block['doc'].iloc[0]}",
            "explanation": "; ".join(
                f"«{text}» in «{quote}»"
                for text, quote in zip(block["text"], block["quote"], strict=True)
            )
            + ". One source, one document: these intervals do not meet.",
            "subject": subject,
            "members": members,
            "severity": blocks.severity_of_gaps([bounds[s] for s in stands]),
        }
    return blocks.found(list(divergences.values()))
