"""Merge hand-entered claims (`claims.csv`) into the extracted claims table.

Why
---
An editor's claim is the truth about what a document says: it replaces any extracted claim
whose span it overlaps, and it is completed the way extraction completes figures (interval
from `text`, span found in the body, concept from `thing`, canonical source), so rules see no
difference except `method = manual`.

Example
-------
    claims.csv:  doc,source,text,thing
                 perfect-storm-fr.md,Eurojust,5500 serveurs,serveurs
    → the extracted "5500" at that span is replaced by a manual claim with source Eurojust.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from sourcecheck.errors import InputError
from sourcecheck.extract.sentences import split
from sourcecheck.extract.sources import _norm
from sourcecheck.quantities import parse_quantities


def merge_manual(claims: pd.DataFrame, manual: pd.DataFrame, documents: pd.DataFrame, lex):
    """`claims` with the rows of `manual` added, replacing extracted claims they overlap."""
    if manual is None or manual.empty:
        return claims
    docs = documents.set_index("doc")
    rows = [_complete(r, docs.loc[r["doc"]], lex) for r in manual.to_dict("records")]
    keep = pd.Series(True, index=claims.index)
    for r in rows:
        if r["start"] is not None and r["start"] >= 0:
            same = claims["doc"].eq(r["doc"])
            overlap = claims["start"].lt(r["end"]) & claims["end"].gt(r["start"])
            keep &= ~(same & overlap)
    added = pd.DataFrame(rows, columns=claims.columns)
    parts = [p for p in (claims[keep], added) if not p.empty]
    return pd.concat(parts, ignore_index=True) if parts else claims


def _complete(r: dict, doc: pd.Series, lex) -> dict:
    file = Path(doc["path"]).parent / "claims.csv"
    line = f"line {r.get('line')}"
    body, text = doc["body"], r.get("text") or ""
    start = r.get("start")
    start = body.find(text) if start in (None, "") and text else start
    if start in (None, "") or start < 0:
        start = -1
    end = r.get("end") or (start + len(text) if start >= 0 else -1)
    q = None
    if r.get("value") in (None, ""):
        found = parse_quantities(text, doc["lang"])
        if not found:
            raise InputError(file, line, f"no figure in text {text!r}")
        q = found[0]
    value = q.value if q else float(r["value"])
    sentences = split(body)
    index = next((i for i, s in enumerate(sentences) if s.start <= start < s.end), -1)
    thing = r.get("thing") or ""
    concept = r.get("concept") or (lex.concepts.match(thing) if thing else "") or ""
    source = lex.sources.alias.get(_norm(r["source"]), (r["source"],))[0]
    currency = r.get("currency") or (q.currency if q else None) or None
    unit = r.get("unit") or (q.unit if q else None) or None
    return {
        "doc": r["doc"],
        "publisher": doc["publisher"],
        "published": doc["published"],
        "published_at": doc.get("published_at") or doc["published"],
        "lang": doc["lang"],
        "source": source,
        "source_text": r.get("source_text") or "",
        "text": text or str(r["value"]),
        "start": start,
        "end": end,
        "quote": body[sentences[index].start : sentences[index].end] if index >= 0 else text,
        "value": value,
        "low": _number(r.get("low"), q.low if q else value),
        "high": _number(r.get("high"), q.high if q else value),
        "low_open": q.low_open if q else False,
        "high_open": q.high_open if q else False,
        "qualifier": r.get("qualifier") or (q.qualifier if q else "exact"),
        "currency": currency,
        "unit": unit,
        "thing": thing,
        "concept": concept,
        "refers_to": r.get("refers_to") or "",
        "method": "manual",
        "source_stated": True,
        "rate": r.get("rate") or "",
        "subject": "",
        "subject_label": "",
        "subject_evidence": "",
        "kind": "money" if currency else ("unit" if unit else (q.kind if q else "count")),
        "scale": q.scale if q else None,
        "scope": r.get("scope") or "",
        "items": r.get("items") or "",
        "ambiguity": "",
        "sentence": index,
        "day_from": r.get("day_from") or ("clause" if r.get("refers_to") else ""),
        "source_role": r.get("source_role") or "",
        "owner": r.get("owner") or "",
        "part_of": r.get("part_of") or "",
    }


def _number(given, default: float) -> float:
    return default if given in (None, "") else float(given)
