"""An archive's claims as one Parquet dataset, a folder per case, read in batches of documents.

Why
---
An archive of stories (a folder of cases, or one flat folder of documents) is read once and
queried many times: DuckDB, pandas or Spark read Parquet directly. Reading is split into
batches of documents (`figures`), so a case of 20,000 documents spreads over many workers;
the batches of a case are then joined (`join`) where the case-wide steps run (claims.csv,
unknown things grouped across documents, alignment), so a case gives the same claims table
as `sourcecheck claims CASE`. Each case is one file, `OUT/<case>/part-0.parquet`, with the
claims table's columns in order and a fixed type per column (`ARROW_TYPES`): every case
agrees, and a reader gets back what the table held.

The dataset is written beside its target and swapped in whole: a reader sees the previous
dataset or the new one.

Example
-------
>>> cases = find_cases("seeds")                            # doctest: +SKIP
>>> [(c.name, len(c.documents)) for c in cases][:1]        # doctest: +SKIP
[('emilia-floods', 3)]
    $ sourcecheck claims seeds --out claims.parquet
    $ duckdb -c "select source, count(*) from 'claims.parquet/*/*.parquet' group by 1"
"""

from __future__ import annotations

import os
import secrets
import shutil
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from sourcecheck.case import DOCUMENT_SUFFIXES, SPECIAL_FILES, case_folder
from sourcecheck.errors import InputError
from sourcecheck.limits import DEFAULTS, Limits

BATCH = 200  # documents read by one task
PART = "part-0.parquet"

# The claims table's columns that are not text, with their type; every other column is text.
ARROW_TYPES: dict[str, str] = {
    "start": "int64",
    "end": "int64",
    "sentence": "int64",
    "value": "float64",
    "low": "float64",
    "high": "float64",
    "low_open": "bool",
    "high_open": "bool",
    "source_stated": "bool",
}


@dataclass(frozen=True)
class ArchiveCase:
    """A case of the archive: its folder and the names of its documents, in reading order."""

    name: str
    folder: str
    documents: tuple[str, ...]

    def batches(self, size: int = BATCH) -> list[tuple[str, ...]]:
        """The documents in batches of `size` (at least one batch, maybe empty)."""
        docs = self.documents
        return [docs[i : i + size] for i in range(0, len(docs), size)] or [()]


def find_cases(archive: str | Path) -> list[ArchiveCase]:
    """The cases of `archive`: the folder itself when it holds documents (a flat archive, or
    one case), else each of its sub-folders that holds documents or a claims.csv."""
    root = case_folder(archive)
    own = _documents(root)
    if own or (root / "claims.csv").is_file():
        return [ArchiveCase(root.resolve().name, str(root), own)]
    folders = sorted(p for p in root.iterdir() if p.is_dir() and not p.name.startswith("."))
    cases = [ArchiveCase(f.name, str(f), _documents(f)) for f in folders]
    cases = [c for c in cases if c.documents or (Path(c.folder) / "claims.csv").is_file()]
    if not cases:
        raise InputError(root, None, "no documents (*.md, *.txt) in it nor in its folders")
    return cases


def _documents(folder: Path) -> tuple[str, ...]:
    """Names of the files `load_case` reads as documents (notices come when they are read)."""
    return tuple(
        sorted(
            e.name
            for e in os.scandir(folder)
            if not e.name.startswith(".")
            and e.name not in SPECIAL_FILES
            and os.path.splitext(e.name)[1].lower() in DOCUMENT_SUFFIXES
            and not e.is_dir()
        )
    )


def figures(folder: str, names: Sequence[str], limits: Limits = DEFAULTS) -> pd.DataFrame:
    """The figures of a batch of a case's documents (a task: runs anywhere the folder is)."""
    from sourcecheck.case import load_case
    from sourcecheck.extract import extract_figures, lexicons_for

    batch = load_case(folder, limits, only=list(names))
    return extract_figures(batch, lexicons_for(batch))


def join(folder: str, limits: Limits, *parts: pd.DataFrame) -> tuple[pd.DataFrame, list[str]]:
    """The claims table of a case from its batches' figures, typed for Parquet; its notices."""
    from sourcecheck.align import with_subjects
    from sourcecheck.case import load_case
    from sourcecheck.extract import extract_figures, join_claims, lexicons_for

    case = load_case(folder, limits)
    lex = lexicons_for(case)
    claims = join_claims(list(parts) or [extract_figures(case, lex)], case, lex)
    return typed(with_subjects(claims, lex.concepts)), list(case.notices)


def read_locally(
    cases: Sequence[ArchiveCase], limits: Limits = DEFAULTS, batch: int = BATCH
) -> Iterator[Outcome]:
    """Each case's claims in this process, in order: the archive read without a cluster."""
    for case in cases:
        try:
            parts = [figures(case.folder, names, limits) for names in case.batches(batch)]
            claims, notices = join(case.folder, limits, *parts)
        except InputError as exc:
            yield Outcome(case, None, [], str(exc))
        else:
            yield Outcome(case, claims, notices, None)


@dataclass
class Outcome:
    """A case read: its claims table and notices, or the error that stopped it (broken)."""

    case: ArchiveCase
    claims: pd.DataFrame | None
    notices: list[str]
    error: str | None


def typed(claims: pd.DataFrame) -> pd.DataFrame:
    """The claims table with each column of its declared type: text as `str`, the rest as
    `ARROW_TYPES` says (what a reader of the Parquet dataset gets back)."""
    return claims.astype({c: ARROW_TYPES.get(c, "str") for c in claims.columns})


def schema(columns: Sequence[str]):
    """The Arrow schema of the claims table's `columns`."""
    import pyarrow as pa

    kinds = {"int64": pa.int64(), "float64": pa.float64(), "bool": pa.bool_()}
    return pa.schema([(c, kinds.get(ARROW_TYPES.get(c, ""), pa.string())) for c in columns])


class Dataset:
    """A Parquet dataset being written: a folder per case in a stage folder beside `target`,
    swapped in whole by `commit` (the previous dataset, if any, is removed then)."""

    def __init__(self, target: str | Path) -> None:
        self.target = Path(target)
        if self.target.exists() and not self.target.is_dir():
            raise InputError(self.target, None, "exists and is not a folder (a Parquet dataset)")
        self.target.parent.mkdir(parents=True, exist_ok=True)
        token = f"{os.getpid()}-{secrets.token_hex(4)}"
        self.stage = self.target.parent / f".{self.target.name}.stage-{token}"
        self.stage.mkdir()

    def write(self, case: str, claims: pd.DataFrame) -> Path:
        """Write one case's claims (typed) as `<case>/part-0.parquet`."""
        import pyarrow as pa
        import pyarrow.parquet as pq

        table = pa.Table.from_pandas(claims, schema=schema(claims.columns), preserve_index=False)
        path = self.stage / case / PART
        path.parent.mkdir()
        pq.write_table(table, path)
        return path

    def commit(self) -> None:
        """Put the written dataset in place of the target."""
        old = None
        if self.target.exists():
            old = self.target.parent / f".{self.target.name}.old-{secrets.token_hex(4)}"
            self.target.rename(old)
        self.stage.rename(self.target)
        if old is not None:
            shutil.rmtree(old, ignore_errors=True)

    def abandon(self) -> None:
        """Remove what was written (the target is left as it was)."""
        shutil.rmtree(self.stage, ignore_errors=True)
