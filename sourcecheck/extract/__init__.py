"""Extraction: a loaded case → the claims table (DESIGN §4).

Why
---
The claims table is what every rule reads: one row per figure, with the sentence it sits in,
what it counts (thing → concept), who said it (source), the day and place it describes and
the items listed with it. Hand-entered claims (`claims.csv`) join the table here, replacing
an extracted claim at the same span.

Example
-------
>>> from sourcecheck.case import load_case
>>> claims = extract_claims(load_case("seeds/perfect-storm"))      # doctest: +SKIP
>>> claims.loc[claims.text == "5 500", ["source", "thing", "concept"]].iloc[0].tolist()  # doctest: +SKIP
['Eurojust', 'serveurs', 'server']
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import lru_cache
from pathlib import Path

import pandas as pd
from rapidfuzz import fuzz, process

from sourcecheck.case import Case
from sourcecheck.extract.document import Lexicons, extract_document
from sourcecheck.extract.lexicon import FUZZY_CUTOFF, Concepts, key, load_concepts
from sourcecheck.extract.manual import merge_manual
from sourcecheck.extract.parallel import extract_columns
from sourcecheck.extract.sources import Sources, load_sources
from sourcecheck.frames.national import national_scopes
from sourcecheck.frames.placed import placed_parts
from sourcecheck.rulesfolder import project_files
from sourcecheck.schema import CLAIM_COLUMNS, EXTRA_CLAIM_COLUMNS

COLUMNS: tuple[str, ...] = (*CLAIM_COLUMNS, *EXTRA_CLAIM_COLUMNS, "concept_path")

__all__ = [
    "COLUMNS",
    "Lexicons",
    "extract_claims",
    "extract_document",
    "extract_figures",
    "join_claims",
    "lexicons_for",
]


def lexicons_for(case: Case) -> Lexicons:
    """The shipped lexicons, extended by the project's `rules/` and the case's settings.

    Built once per distinct set of files (and their modification times) and case aliases:
    a batch of cases in one project shares them instead of parsing the YAML again.
    """
    aliases = case.settings.get("sources") or {}
    return _lexicons(
        _stamped(project_files(case.path, "concepts*.yaml")),
        _stamped(project_files(case.path, "sources*.yaml")),
        tuple(sorted((str(k), tuple(map(str, v))) for k, v in aliases.items())),
    )


def _stamped(files) -> tuple[tuple[str, int], ...]:
    return tuple((str(f), f.stat().st_mtime_ns) for f in files)


@lru_cache(maxsize=32)
def _lexicons(concept_files, source_files, aliases) -> Lexicons:
    return Lexicons(_concepts(concept_files), _sources(source_files, aliases))


@lru_cache(maxsize=8)
def _concepts(concept_files) -> Concepts:
    """Cached apart from the sources: cases with their own `sources:` share one (~0.3 s)."""
    return load_concepts([Path(f) for f, _ in concept_files])


@lru_cache(maxsize=32)
def _sources(source_files, aliases) -> Sources:
    return load_sources([Path(f) for f, _ in source_files], {n: list(a) for n, a in aliases})


def extract_claims(
    case: Case,
    lexicons: Lexicons | None = None,
    on_document: Callable[[str], None] | None = None,
    jobs: int | None = 1,
) -> pd.DataFrame:
    """The claims table of `case`: extracted figures plus `claims.csv`, columns `COLUMNS`.

    `on_document(doc)` is called after each document (a progress bar's hook). `jobs`
    processes share the documents of a large case (None: the cores; `extract.parallel`).
    The table is built once, from one list per column.
    """
    lex = lexicons or lexicons_for(case)
    return join_claims([extract_figures(case, lex, on_document, jobs=jobs)], case, lex)


def extract_figures(
    case: Case,
    lexicons: Lexicons,
    on_document: Callable[[str], None] | None = None,
    jobs: int | None = 1,
) -> pd.DataFrame:
    """The figures of the case's documents, one row each: the per-document part of extraction.

    A large case can be read in batches of documents (`load_case(..., only=batch)`), each
    batch anywhere, and the batches joined by `join_claims` give the same table. `jobs`
    processes share the documents (None: the cores; `extract.parallel`); the table is built
    once, from one list per column.
    """
    extracted = [c for c in COLUMNS if c not in ("claim_id", "case", "concept_path")]
    documents = case.documents.to_dict("records")
    columns = extract_columns(documents, lexicons, extracted, jobs=jobs, on_document=on_document)
    figures = pd.DataFrame(columns, columns=extracted)
    return figures.astype(object) if figures.empty else figures  # no float "doc" when empty


def join_claims(parts: Sequence[pd.DataFrame], case: Case, lexicons: Lexicons) -> pd.DataFrame:
    """The claims table from the figures of the case's documents (`extract_figures`, in the
    documents' order): `claims.csv` merged, unknown things grouped across documents, ids, a
    national body's share placed at its country (`frames.national`), and the parts a
    country's count is of the case's count (`frames.placed`)."""
    lex = lexicons
    filled = [p for p in parts if not p.empty]
    claims = pd.concat(filled, ignore_index=True) if len(filled) > 1 else (filled or parts)[0]
    claims = merge_manual(claims, case.manual_claims, case.documents, lex)
    claims["case"] = case.name
    claims = group_unknown_things(claims, lex.concepts)
    claims["concept_path"] = [lex.concepts.path(c) or c for c in claims["concept"]]
    claims["claim_id"] = claims["doc"] + "#" + claims["start"].astype(str)
    placed = claims[[*_PLACED, "source"]].to_dict("records")
    claims["scope"] = national_scopes(placed, lex.sources)
    claims["part_of"] = placed_parts(claims[list(_PLACED)].to_dict("records"))
    claims = claims.sort_values(["doc", "start"], kind="stable").reset_index(drop=True)
    return claims[list(COLUMNS)]


# the columns `placed_parts` reads
_PLACED = ("claim_id", "doc", "start", "value", "concept", "scope", "part_of", "unit", "currency")
_PLACED = (*_PLACED, "refers_to")


def group_unknown_things(claims: pd.DataFrame, concepts: Concepts) -> pd.DataFrame:
    """Things the lexicon does not know get a shared concept when they are spelling or
    language variants of one another ("carabinieri"/"carabiniere"): the first one seen.
    Generic nouns ("people", "persone") say nothing about what is counted: no concept."""
    generic = claims["thing"].map(concepts.is_generic).astype(bool)
    unknown = claims["concept"].eq("") & claims["thing"].ne("") & ~generic
    if not unknown.any():
        return claims
    representatives: list[str] = []
    concept_of: dict[str, str] = {}
    for thing in claims.loc[unknown, "thing"]:
        k = key(thing)
        if k in concept_of:
            continue
        hit = process.extractOne(k, representatives, scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF)
        concept_of[k] = concept_of[hit[0]] if hit else thing.lower()
        if not hit:
            representatives.append(k)
    claims = claims.copy()
    claims.loc[unknown, "concept"] = [concept_of[key(t)] for t in claims.loc[unknown, "thing"]]
    return claims
