"""Documents of one case extracted over the cores, rows gathered as columns.

Why
---
Extraction is pure per document, so a large case splits across processes. The workers are
forked after the lexicons are built: they inherit the documents and the compiled lexicons
instead of receiving them pickled, and send back their rows as columns (one list per column,
so pickling costs one list per column, not one dict per claim). A small case stays in this
process: starting workers costs more than it saves (`MIN_CHARS`).

Example
-------
>>> from sourcecheck.extract.document import Lexicons
>>> docs = [{"doc": "a.md", "body": "Selon la CGT, 700 000 manifestants.", "lang": "fr"}]
>>> extract_columns(docs, Lexicons.load(), ("doc", "source", "text"), jobs=2, min_chars=0)
{'doc': ['a.md'], 'source': ['CGT'], 'text': ['700 000']}
"""

from __future__ import annotations

import gc
import multiprocessing
import os
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from operator import itemgetter

from sourcecheck.extract.document import Lexicons, extract_document

MIN_CHARS = 400_000  # ~60,000 words: below this, one process is faster than a pool
CHUNKS_PER_JOB = 4  # smaller chunks even out documents of unequal length

_WORK: tuple[Sequence[dict], Lexicons, tuple[str, ...]] | None = None  # set before forking


def extract_columns(
    documents: Sequence[dict],
    lex: Lexicons,
    columns: Sequence[str],
    *,
    jobs: int | None = 1,
    on_document: Callable[[str], None] | None = None,
    min_chars: int | None = None,
) -> dict[str, list]:
    """The claims of `documents`, in document order, as {column: values}.

    `jobs` processes (None: the cores) when the documents hold at least `min_chars`
    characters (None: `MIN_CHARS`) and the platform can fork; else this process alone.
    """
    global _WORK
    columns = tuple(columns)
    jobs = min(jobs or os.cpu_count() or 1, len(documents))
    size = sum(len(d["body"]) for d in documents)
    if (
        jobs < 2
        or size < (MIN_CHARS if min_chars is None else min_chars)
        or "fork" not in multiprocessing.get_all_start_methods()
    ):
        with _frozen():
            return _columns(documents, lex, columns, range(len(documents)), on_document)
    chunks = _chunks(documents, jobs * CHUNKS_PER_JOB)
    _WORK = (documents, lex, columns)
    try:
        context = multiprocessing.get_context("fork")
        with _frozen(), ProcessPoolExecutor(jobs, mp_context=context) as pool:
            parts = list(pool.map(_extract_chunk, chunks))
    finally:
        _WORK = None
    out: dict[str, list] = {c: [] for c in columns}
    for chunk, part in zip(chunks, parts, strict=True):
        for c in columns:
            out[c] += part[c]
        if on_document:
            for i in chunk:
                on_document(documents[i]["doc"])
    return out


@contextmanager
def _frozen() -> Iterator[None]:
    """The objects alive now (lexicons, compiled patterns, documents) set aside from the
    cyclic collector while documents are read, then given back to it.

    Why: extraction makes many short-lived tuples, so the collector runs often, and each of
    its full passes walked every long-lived object again (about half of its time, ~6 % of
    extraction's). Forked workers inherit the setting. Objects a caller froze stay frozen.
    """
    if gc.get_freeze_count():
        yield
        return
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


def _chunks(documents: Sequence[dict], n: int) -> list[range]:
    """Consecutive runs of documents of about equal text size, at most `n`."""
    total = sum(len(d["body"]) for d in documents) or 1
    bounds, size, start = [], 0, 0
    for i, d in enumerate(documents):
        size += len(d["body"])
        if size * n >= total * (len(bounds) + 1) and i + 1 < len(documents):
            bounds.append(range(start, i + 1))
            start = i + 1
    bounds.append(range(start, len(documents)))
    return bounds


def _extract_chunk(chunk: range) -> dict[str, list]:
    """In a forked worker: the columns of documents `chunk` of the inherited work."""
    assert _WORK is not None, "extract_columns sets the work before forking"
    documents, lex, columns = _WORK
    return _columns(documents, lex, columns, chunk, None)


def _columns(documents, lex, columns, chunk, on_document) -> dict[str, list]:
    """The rows of documents `chunk` as {column: values}: each row's values taken as one
    tuple (one call of an `itemgetter`, not a loop over the columns), turned into columns
    once at the end."""
    pick = itemgetter(*columns) if len(columns) > 1 else lambda row: tuple(row[c] for c in columns)
    picked: list[tuple] = []
    for i in chunk:
        picked += map(pick, extract_document(documents[i], lex))
        if on_document:
            on_document(documents[i]["doc"])
    if not picked:
        return {c: [] for c in columns}
    return {c: list(values) for c, values in zip(columns, zip(*picked, strict=True), strict=True)}
