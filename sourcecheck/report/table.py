"""The normalised table: quantities as rows, sources as columns, figures as written in cells.

Why
---
Editors ask for one glance at who said what. A cell holds every distinct figure a source gave
for a concept; a cell whose claims take part in a finding is marked divergent and links to it.

Example
-------
>>> import pandas as pd
>>> claims = pd.DataFrame({"claim_id": ["a#1", "a#9"], "concept": ["server", "server"],
...     "thing": ["serveurs", "servers"], "source": ["Eurojust", "GdF"],
...     "text": ["5 500", "5 500"]})
>>> t = normalised_table(claims, [{"id": "f1", "claim_ids": ["a#9"]}])
>>> t["sources"], t["rows"][0]["cells"][1]["divergent"]
(['Eurojust', 'GdF'], True)
"""

from __future__ import annotations

from typing import Any

import pandas as pd

from sourcecheck.report.view import clean

MAX_SOURCES = 12  # columns; the other sources share one "others" column
MAX_UNNAMED = 40  # rows for things no concept matched (the claims table lists them all)


def normalised_table(claims: pd.DataFrame, findings: list[dict[str, Any]]) -> dict[str, Any]:
    """Rows (concept, cells per source) and the source columns, most-cited sources first."""
    if claims is None or claims.empty or "source" not in claims:
        return {"sources": [], "rows": [], "hidden": 0}
    in_finding: dict[str, list[str]] = {}
    for f in findings:
        for cid in f.get("claim_ids", []):
            in_finding.setdefault(cid, []).append(f["id"])
    table = claims.assign(
        row=row_keys(claims), source=claims["source"].map(lambda s: clean(s) or "(unattributed)")
    )
    table = table[table["row"].notna()]
    sources = list(table["source"].value_counts(sort=True).index)
    others = sources[MAX_SOURCES:]
    if others:
        label = f"{len(others)} other sources"
        table["source"] = table["source"].where(table["source"].isin(sources[:MAX_SOURCES]), label)
        sources = sources[:MAX_SOURCES] + [label]
    named_of = table["concept"].map(clean).notna() if "concept" in table else [False] * len(table)
    found: dict[tuple, tuple[dict, dict]] = {}  # (row, source) → (texts, finding ids), in order
    named: dict[str, bool] = {}
    for key, source, text, cid, is_named in zip(
        table["row"], table["source"], table["text"], table["claim_id"], named_of, strict=True
    ):
        texts, ids = found.setdefault((key, source), ({}, {}))
        if clean(text) is not None:
            texts[str(text)] = None
        ids.update(dict.fromkeys(in_finding.get(cid, ())))
        named[key] = named.get(key, False) or bool(is_named)
    found = {k: (list(texts), sorted(ids)) for k, (texts, ids) in found.items()}
    empty = ([], [])
    rows = []
    for key in sorted(named):
        row_cells = []
        for source in sources:
            texts, ids = found.get((key, source), empty)
            row_cells.append({"texts": texts, "divergent": bool(ids), "findings": ids})
        rows.append({"concept": key, "named": bool(named[key]), "cells": row_cells})
    rows.sort(
        key=lambda r: (not any(c["divergent"] for c in r["cells"]), not r["named"], r["concept"])
    )
    unnamed = [r for r in rows if not r["named"]]
    hidden = unnamed[MAX_UNNAMED:]
    if hidden:
        drop = {id(r) for r in hidden}
        rows = [r for r in rows if id(r) not in drop]
    return {"sources": sources, "rows": rows, "hidden": len(hidden)}


def row_keys(claims: pd.DataFrame) -> pd.Series:
    """The quantity of each claim (its subject's label), else its concept, else the thing as
    written: one row per quantity, however each source words it."""
    if "subject_label" in claims and claims["subject_label"].map(clean).notna().any():
        rest = claims.drop(columns=["subject_label"])
        return claims["subject_label"].map(clean).fillna(row_keys(rest))
    concept = claims["concept"].map(clean) if "concept" in claims else None
    thing = claims["thing"].map(clean) if "thing" in claims else None
    if concept is None:
        return thing if thing is not None else pd.Series(None, index=claims.index)
    return concept.fillna(thing) if thing is not None else concept
