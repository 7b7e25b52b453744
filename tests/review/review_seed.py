"""The seed case run by the real `sourcecheck run`, shared by the review tests."""

from __future__ import annotations

import json
from pathlib import Path

from sourcecheck.cli import main as sourcecheck

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "seeds" / "perfect-storm"
CASE = SEED.name


def run(out: Path, *args: str) -> int:
    """`sourcecheck run seeds/perfect-storm --out OUT ARGS...`; returns its exit code."""
    return sourcecheck(["run", str(SEED), "--out", str(out), *args])


def read_json(path: Path):
    return json.loads(path.read_text(encoding="utf-8"))
