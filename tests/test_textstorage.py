"""The commands keep their tables' text as Python strings; what they write does not change."""

from __future__ import annotations

import contextlib
import io
from pathlib import Path

import pandas as pd

from sourcecheck.align import with_subjects
from sourcecheck.case import load_case
from sourcecheck.cli import main
from sourcecheck.extract import extract_claims, lexicons_for
from sourcecheck.textstorage import held_as_default, held_in_python, python_strings

ROOT = Path(__file__).resolve().parent.parent


def _claims_csv(case: Path) -> str:
    loaded = load_case(case)
    lexicons = lexicons_for(loaded)
    return with_subjects(extract_claims(loaded, lexicons), lexicons.concepts).to_csv(index=False)


def test_the_claims_command_writes_what_arrow_backed_tables_write(tmp_path):
    before = pd.get_option("mode.string_storage")
    for name in ("perfect-storm", "grid-outage"):
        case = ROOT / "seeds" / name
        with contextlib.redirect_stdout(io.StringIO()):
            assert main(["claims", str(case), "--out", str(tmp_path / f"{name}.csv")]) == 0
        with pd.option_context("mode.string_storage", "pyarrow"):
            expected = _claims_csv(case)
        assert (tmp_path / f"{name}.csv").read_text(encoding="utf-8") == expected
    assert pd.get_option("mode.string_storage") == before  # the command's setting did not leak


def test_tables_made_inside_keep_python_strings_with_the_same_type():
    with python_strings():
        table = extract_claims(load_case(ROOT / "seeds" / "perfect-storm"))
    assert table["source"].dtype.storage == "python"
    assert table["source"].dtype == "str"  # still pandas' text type, NaN for missing


def test_alignment_gives_the_same_rows_from_arrow_and_python_strings_in_the_caller_storage():
    from sourcecheck.align import align_claims
    from sourcecheck.extract.lexicon import load_concepts

    concepts = load_concepts()
    with pd.option_context("mode.string_storage", "pyarrow"):
        arrow = extract_claims(load_case(ROOT / "seeds" / "perfect-storm"))
        assert arrow["thing"].dtype.storage == "pyarrow"
        from_arrow = align_claims(arrow, concepts)
    with python_strings():
        from_python = align_claims(held_in_python(arrow), concepts)
    assert from_arrow["subject"].dtype.storage == "pyarrow"  # as the caller's pandas makes them
    assert from_arrow.columns.dtype.storage == "pyarrow"
    assert from_python["subject"].dtype.storage == "python"
    assert from_arrow.to_dict("list") == from_python.to_dict("list")


def test_text_columns_are_copied_to_python_strings_and_back_with_their_values():
    with pd.option_context("mode.string_storage", "pyarrow"):
        table = pd.DataFrame({"a": ["x", None, "z"], "n": [1, 2, 3]})
        table["b"] = pd.Series(["u", None, "w"], dtype="string")  # missing as pd.NA
        held = held_in_python(table)
        assert held["a"].dtype.storage == "python" and held["a"].dtype == "str"
        assert held["b"].dtype.storage == "python" and held["b"].dtype.na_value is pd.NA
        assert held["n"].dtype == table["n"].dtype
        back = held_as_default(held)
        assert back["a"].dtype == table["a"].dtype
        pd.testing.assert_frame_equal(back.drop(columns="b"), table.drop(columns="b"))
    assert held_in_python(held) is held  # nothing left in Arrow: the table itself
