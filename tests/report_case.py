"""Results of real cases through the real pipeline, for the report's tests and bench."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from sourcecheck.pipeline import check
from sourcecheck.result import Result

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "perfect-storm"


def case_result(case: Path) -> Result:
    """A case folder checked with the default suite."""
    return check(case)


@cache
def _seed() -> Result:
    return check(SEED)


def seed_result() -> Result:
    """The seed case's Result (checked once per session; each call gets its own copy)."""
    r = _seed()
    return Result(**{**r.__dict__, "findings": r.findings.copy(), "claims": r.claims.copy()})
