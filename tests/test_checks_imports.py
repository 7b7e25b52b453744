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
    main(sys.argv[1:])
except SystemExit:
    pass
sys.stdout.flush()
print("GX-IMPORTED" if "great_expectations" in sys.modules else "GX-NOT-IMPORTED")
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
    assert done.stdout.strip().splitlines()[-1] == "GX-NOT-IMPORTED", done.stderr


def test_validating_does_import_it():
    """The test above can fail: the same probe sees the import when tables are validated."""
    code = SCRIPT.replace(
        "main(sys.argv[1:])", "from sourcecheck.checks.expectations import _import_gx; _import_gx()"
    )
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert done.stdout.strip().splitlines()[-1] == "GX-IMPORTED", done.stderr
