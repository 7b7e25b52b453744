"""The one error type for bad input: it knows the file, the place and the problem.

Why
---
DESIGN §8: bad input or configuration gives one clear line naming the file and what is wrong,
and exit code 2. Raising `InputError` anywhere gives exactly that at the command line.

Example
-------
>>> str(InputError("seeds/x/claims.csv", "line 4", "value 'abc' is not a number"))
"seeds/x/claims.csv: line 4: value 'abc' is not a number"
"""

from __future__ import annotations

from pathlib import Path


class InputError(Exception):
    """Bad input or configuration: reported as one line, exit code 2."""

    def __init__(self, file: str | Path, place: str | None, problem: str) -> None:
        self.file = str(file)
        self.place = place
        self.problem = problem
        super().__init__(str(self))

    def __str__(self) -> str:
        parts = [self.file, self.place, self.problem]
        return ": ".join(p for p in parts if p)
