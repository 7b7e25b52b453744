"""Where the tables of a sourcecheck command keep their text: Python strings, not Arrow.

Why
---
pandas 3 keeps text columns in Arrow buffers when pyarrow is installed (it is: Parquet needs
it). sourcecheck builds its tables from Python lists and reads their columns back as lists,
many times per case, so every step converts strings between Python and Arrow. Kept as Python
strings, the column type is still pandas' `str` (missing values still NaN) and every output is
the same (the claims and findings of every seed and open gold case compared byte for byte),
while the CPU drops: the seed case's claims extracted and aligned again in 0.11 s instead of
0.24 s, 100,000 claims aligned with a third less CPU.

The commands that build tables (`claims`, `run`) and the workers of a cluster use it. A
program that imports sourcecheck keeps its own pandas settings: call `use_python_strings()`
or enter `python_strings()` to get the same speed.

Example
-------
>>> import pandas as pd
>>> with python_strings():
...     pd.Series(["a", "b"]).dtype.storage
'python'
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

OPTION = "mode.string_storage"


@contextlib.contextmanager
def python_strings() -> Iterator[None]:
    """Text columns made inside the block keep Python strings."""
    import pandas as pd

    with pd.option_context(OPTION, "python"):
        yield


def use_python_strings() -> None:
    """Text columns made from now on in this process keep Python strings (a worker's setup)."""
    import pandas as pd

    pd.set_option(OPTION, "python")
