"""pint is imported without dask, and dask stays importable afterwards."""

import subprocess
import sys

PROBE = """
import sys
from sourcecheck.pintload import import_pint
pint = import_pint()
assert "dask" not in sys.modules and not pint.compat.HAS_DASK
assert pint.UnitRegistry()("3 km").to("m").magnitude == 3000
import dask.base  # a cluster run after a unit conversion
assert sys.modules["dask"] is not None
print("ok")
"""


def test_pint_is_imported_without_dask_and_dask_still_imports():
    done = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "ok"


def test_pint_sees_dask_when_dask_is_already_loaded():
    probe = "import dask, sys\nfrom sourcecheck.pintload import import_pint\n"
    probe += "print(import_pint().compat.HAS_DASK)"
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True)
    assert done.stdout.strip() == "True", done.stderr
