"""pint, imported without its optional dask support.

Why
---
pint looks for dask when it is imported and, when dask is installed (sourcecheck installs it
for `--cluster`), imports `dask.base` and with it dask's configuration, widgets and delayed
machinery: about 0.2 s, a tenth of a one-case `sourcecheck run`. sourcecheck never hands dask
arrays to pint (pint converts plain floats: units and currencies), so pint is imported while
`dask` is marked absent, and the mark is removed at once: a later `import dask` (a cluster
run) works as usual. When dask is already imported (on a cluster worker), pint sees it.

Example
-------
>>> pint = import_pint()
>>> pint.UnitRegistry()("2 km").to("m").magnitude
2000.0
"""

from __future__ import annotations

import sys
from types import ModuleType


def import_pint() -> ModuleType:
    """The `pint` module; imported without dask unless dask is already loaded."""
    if "pint" in sys.modules:
        return sys.modules["pint"]
    hide = "dask" not in sys.modules
    if hide:
        sys.modules["dask"] = None  # importlib: a None entry means "not installed"
    try:
        import pint
    finally:
        if hide and sys.modules.get("dask", False) is None:
            del sys.modules["dask"]
    return pint
