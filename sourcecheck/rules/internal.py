"""One source contradicting itself inside one document.

Why
---
A press release that says 23 suspects in its lead and 25 further down has a typo or an
update half applied; either way the story cannot quote both. Same thing (concept, scope,
date, measure), one source, one document, intervals that do not meet. When several documents
repeat the same self-contradiction it is one finding, listing them all.

Example
-------
Eurojust (one release): 23 suspects … later 25 suspects → internal

Options
-------
scale_tolerance: how close to 10³/10⁶ a ratio is left to scale-word (default 0.1)
"""

from __future__ import annotations

import pandas as pd

from sourcecheck import align

ID = "internal"
SEVERITY = "warning"
OPTIONS = {"scale_tolerance": 0.1}

_BLOCK = (*align.SAME_THING, "doc", "source")


def run(claims: pd.DataFrame, *, scale_tolerance: float = 0.1) -> pd.DataFrame:
    """One finding per (source, thing, set of stands) found contradicting itself in a document."""
    claims = align.prepare(claims)
    claims = align.comparable(claims[claims["concept"] != ""])
    claims = align.stands(claims, _BLOCK, scale_tolerance=scale_tolerance)
    claims = align.divided(claims, _BLOCK)
    every_label, bounds = align.stand_labels(claims), align.stand_bounds(claims)
    divergences: dict[tuple, dict] = {}
    for _, block in claims.groupby(list(_BLOCK), sort=True):
        if block["stand"].nunique() < 2:
            continue
        source = block["source"].iloc[0] or block["doc"].iloc[0]
        stands = block["stand"].unique()
        raw = {s: every_label[s] for s in stands}
        labels = {s: f"{source}: {text}" for s, text in raw.items()}
        subject = align.subject(block.iloc[0])
        key = (tuple(subject.values()), tuple(sorted(labels.values())))
        members = [(c, labels[s]) for c, s in zip(block["claim_id"], block["stand"], strict=True)]
        if key in divergences:  # the same self-contradiction repeated in another document
            divergences[key]["members"] += members
            continue
        divergences[key] = {
            "message": f"{source} gives {' and '.join(sorted(raw.values()))} "
            f"for {subject['concept']} in {block['doc'].iloc[0]}",
            "explanation": "; ".join(
                f"«{text}» in «{quote}»"
                for text, quote in zip(block["text"], block["quote"], strict=True)
            )
            + ". One source, one document: these intervals do not meet.",
            "subject": subject,
            "members": members,
            "severity": align.severity_of_gaps([bounds[s] for s in stands]),
        }
    return align.found(list(divergences.values()))
