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
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pandas as pd

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


def held_in_python(table: pd.DataFrame) -> pd.DataFrame:
    """`table` with each text column kept in Arrow copied once to Python strings (the same
    values, missing ones still missing); `table` itself when none is.

    Why: a step that reads a table's text columns back as lists many times (alignment reads
    each of them ten times or more) pays Arrow's conversion each time, and hashes new string
    objects each time it keys a dict with them: 100,000 claims aligned with half as much CPU
    again as from Python strings. One copy at the start costs a few hundredths of that.

    Example: `held_in_python(claims)["thing"].dtype.storage` is "python"."""
    import pandas as pd

    arrow = {
        c: pd.StringDtype("python", na_value=t.na_value)
        for c, t in table.dtypes.items()
        if isinstance(t, pd.StringDtype) and t.storage != "python"
    }
    return table.astype(arrow) if arrow else table


def held_as_default(table: pd.DataFrame) -> pd.DataFrame:
    """`table` with its text columns (pandas' `str` type), and its column labels, in the
    storage pandas gives new ones here (Arrow, unless inside `python_strings`): what a step
    that worked on Python strings hands back to a caller that did not ask for them."""
    import pandas as pd

    default = pd.api.types.pandas_dtype("str")
    if not isinstance(default, pd.StringDtype):  # text inferred as objects here: as it is
        return table

    def other(dtype: object) -> bool:
        return (
            isinstance(dtype, pd.StringDtype)
            and (dtype.na_value is pd.NA) == (default.na_value is pd.NA)
            and dtype != default
        )

    if other(table.columns.dtype):
        table = table.set_axis(table.columns.astype(default), axis=1)
    columns = [c for c, t in table.dtypes.items() if other(t)]
    return table.astype(dict.fromkeys(columns, default)) if columns else table
