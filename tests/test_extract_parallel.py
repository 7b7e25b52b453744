"""Documents of one case extracted over several processes give the table one process gives."""

from __future__ import annotations

import doctest

import pandas as pd
import pytest

from sourcecheck.case import load_case
from sourcecheck.extract import COLUMNS, extract_claims, lexicons_for, parallel

SEEDS = ("seeds/perfect-storm", "seeds/pension-protests")


def test_docstring_examples():
    assert doctest.testmod(parallel).failed == 0


@pytest.mark.parametrize("seed", SEEDS)
def test_two_processes_give_the_same_columns_in_document_order(seed):
    case = load_case(seed)
    lex = lexicons_for(case)
    docs = case.documents.to_dict("records")
    columns = [c for c in COLUMNS if c not in ("claim_id", "case", "concept_path")]
    seen: list[str] = []
    one = parallel.extract_columns(docs, lex, columns, jobs=1)
    two = parallel.extract_columns(docs, lex, columns, jobs=2, min_chars=0, on_document=seen.append)  # fmt: skip
    assert one == two and len(one["doc"]) > 10
    assert seen == [d["doc"] for d in docs]  # each document reported once, in order


def test_the_table_is_the_same_with_any_number_of_processes(monkeypatch):
    case = load_case("seeds/perfect-storm")
    one = extract_claims(case, jobs=1)
    monkeypatch.setattr(parallel, "MIN_CHARS", 0)
    pd.testing.assert_frame_equal(one, extract_claims(case, jobs=3))
    assert list(one.columns) == list(COLUMNS)


@pytest.mark.parametrize("sizes", [[5], [1, 1, 1, 1], [10, 1, 1, 1, 1, 10], [0, 0, 3], list(range(40))])  # fmt: skip
def test_chunks_cover_every_document_once_in_order(sizes):
    docs = [{"body": "x" * n} for n in sizes]
    for n in (1, 2, 8):
        chunks = parallel._chunks(docs, n)
        assert [i for c in chunks for i in c] == list(range(len(docs)))
        assert len(chunks) <= n and all(len(c) for c in chunks)


def test_long_lived_objects_are_frozen_while_reading_and_given_back_after():
    import gc

    docs = [{"doc": "a.md", "body": "Selon la CGT, 700 000 manifestants.", "lang": "fr"}]
    lex = lexicons_for(load_case(SEEDS[0]))
    seen: list[int] = []
    parallel.extract_columns(docs, lex, ("doc",), jobs=1, on_document=lambda _: seen.append(gc.get_freeze_count()))  # fmt: skip
    assert seen[0] > 0 and gc.get_freeze_count() == 0  # frozen while reading, not after
    gc.freeze()  # a caller's own frozen objects stay frozen
    try:
        frozen = gc.get_freeze_count()
        parallel.extract_columns(docs, lex, ("doc",), jobs=1)
        assert gc.get_freeze_count() == frozen
    finally:
        gc.unfreeze()
