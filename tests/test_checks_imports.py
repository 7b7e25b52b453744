"""`sourcecheck --help` and `sourcecheck claims` never import great_expectations (seconds)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

# Run the command line in-process, then say whether great_expectations was imported.
SCRIPT = """
import sys
from sourcecheck.cli import main
try:
    code = main(sys.argv[1:])
except SystemExit as exc:
    code = exc.code
sys.stdout.flush()
print(f"exit {code}", "GX-IMPORTED" if "great_expectations" in sys.modules else "GX-NOT-IMPORTED")
"""


@pytest.mark.parametrize(
    "argv",
    [["--help"], ["run", "--help"], ["claims", "seeds/perfect-storm"]],
    ids=["help", "run-help", "claims"],
)
def test_no_great_expectations_import(argv, tmp_path):
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, *argv], cwd=ROOT, capture_output=True, text=True
    )
    assert done.stdout.strip().splitlines()[-1] == "exit 0 GX-NOT-IMPORTED", done.stderr
    if argv[0] == "claims":
        assert done.stdout.startswith("claim_id,")  # the command did its work


def test_validating_does_import_it():
    """The test above can fail: the same probe sees the import when tables are validated."""
    validate = "from sourcecheck.checks.expectations import _import_gx; _import_gx(); code = 0"
    code = SCRIPT.replace("code = main(sys.argv[1:])", validate)
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert done.stdout.strip().splitlines()[-1].endswith(" GX-IMPORTED"), done.stderr


def test_a_one_case_run_does_not_import_it_unless_asked(tmp_path):
    """An interactive run validates only when asked (--validate, expectations, claims.csv)."""
    out = str(tmp_path / "out")
    for extra, expected in (([], "GX-NOT-IMPORTED"), (["--validate"], "GX-IMPORTED")):
        argv = ["run", "seeds/perfect-storm", "--out", out, "-q", *extra]
        done = subprocess.run(
            [sys.executable, "-c", SCRIPT, *argv], cwd=ROOT, capture_output=True, text=True
        )
        assert done.stdout.strip().splitlines()[-1] == f"exit 0 {expected}", done.stderr
    assert (tmp_path / "out" / "perfect-storm" / "validation.json").is_file()  # the second run
