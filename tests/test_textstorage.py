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
from sourcecheck.textstorage import python_strings

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
