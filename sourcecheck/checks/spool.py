"""Case outcomes kept in a temporary file as cases finish, read back one at a time.

Why
---
A run of thousands of cases (a nightly check, an archive on a cluster) must not hold every
case's findings in memory until the end: the client's memory would grow with the number of
cases. An `Outcomes` keeps each outcome pickled in an anonymous temporary file, in the slot of
its case (cases finish in any order), and only the offsets in memory: 16 bytes a case. The
console, the run history, the index and the JUnit XML read the outcomes back one at a time.
A slot written again (a case marked failed) points at the new copy; the file only grows.
`append` adds a slot at the end, for a spool whose size is not known beforehand (the rows of
the index).

Example
-------
>>> outcomes = Outcomes(2)
>>> outcomes[1] = {"case": "b", "status": "ok"}
>>> outcomes[0] = {"case": "a", "status": "ok"}
>>> [o["case"] for o in outcomes], len(outcomes)
(['a', 'b'], 2)
>>> outcomes.close()
"""

from __future__ import annotations

import pickle
import tempfile
from array import array
from collections.abc import Iterator, Sequence
from typing import Any


class Outcomes(Sequence):
    """`size` case outcomes (plain dicts) on disk; a slot not yet written reads as a KeyError."""

    def __init__(self, size: int = 0) -> None:
        self._file = tempfile.TemporaryFile(prefix="sourcecheck-outcomes-")
        self._at = array("q", [-1]) * size  # where each slot's pickle starts
        self._length = array("q", [0]) * size

    def __len__(self) -> int:
        return len(self._at)

    def __setitem__(self, i: int, outcome: dict[str, Any]) -> None:
        data = pickle.dumps(outcome, protocol=pickle.HIGHEST_PROTOCOL)
        self._file.seek(0, 2)
        self._at[i], self._length[i] = self._file.tell(), len(data)
        self._file.write(data)

    def append(self, value: dict[str, Any]) -> int:
        """Add a slot holding `value` at the end; its index."""
        self._at.append(-1)
        self._length.append(0)
        self[len(self) - 1] = value
        return len(self) - 1

    def __getitem__(self, i):  # an int, or a slice (a list)
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(len(self)))]
        if self._at[i] < 0:
            raise KeyError(f"case {i} has no outcome yet")
        self._file.seek(self._at[i])
        return pickle.loads(self._file.read(self._length[i]))

    def __iter__(self) -> Iterator[dict[str, Any]]:
        return (self[i] for i in range(len(self)))

    def close(self) -> None:
        self._file.close()

    def __enter__(self) -> Outcomes:
        return self

    def __exit__(self, *exc) -> None:
        self.close()
