"""The cyclic garbage collector paused around work that makes millions of objects and no
garbage cycles worth collecting before it ends.

Why
---
CPython's collector runs each time enough container objects (tuples, lists, dicts) were
made and not freed; its full passes walk every object alive. Alignment builds lists of
tuples over 100,000 claims while the claims table and the lexicons are alive, so the
collector walked them again and again, for nothing to free (100,000 claims aligned after
the seed cases' extraction: 7.8 s of CPU with it, 6.6 s paused). A
report page makes millions of short-lived objects the same way. Paused, the collector
resumes at the end of the block and frees whatever cycles were left, once.

Example
-------
>>> import gc
>>> with paused():
...     gc.isenabled()
False
>>> gc.isenabled()
True
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def paused() -> Iterator[None]:
    """The collector off inside the block; on again after it if it was on before it."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()
