"""Reports of the seed case written by the real `sourcecheck run`, for the review tests."""

from __future__ import annotations

import json
import shutil
import sys
import types
from pathlib import Path

import pytest

from sourcecheck.cli import main as sourcecheck
from tests.report_case import SEED, read_document, seed_claims

CASE = SEED.name


def _located_claims_until_extract_lands() -> None:
    """Until the claims branch's extract_claims is merged, `run` reads the seed's figures
    located in its text (tests/report_case.py); once it is merged this does nothing."""
    try:
        import sourcecheck.extract  # noqa: F401
    except ModuleNotFoundError:
        shim = types.ModuleType("sourcecheck.extract")
        shim.extract_claims = lambda case: pd_concat(
            [seed_claims(read_document(p)) for p in sorted(Path(case.path).glob("*.md"))]
        )
        sys.modules["sourcecheck.extract"] = shim


def pd_concat(frames):
    import pandas as pd

    return pd.concat(frames, ignore_index=True)


def run(out: Path, *args: str) -> int:
    """`sourcecheck run seeds/perfect-storm --out OUT ARGS...`; returns its exit code."""
    _located_claims_until_extract_lands()
    return sourcecheck(["run", str(SEED), "--out", str(out), *args])


def read_json(path: Path):
    return json.loads(path.read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def seed_reports(tmp_path_factory) -> Path:
    """The seed case's reports, written once per test session: copy, don't change."""
    out = tmp_path_factory.mktemp("seed") / "reports"
    assert run(out, "--fail-on", "never") == 0
    return out


@pytest.fixture
def reports(tmp_path: Path, seed_reports: Path) -> Path:
    """An output folder of this test's own, holding the seed case's reports."""
    return Path(shutil.copytree(seed_reports, tmp_path / "reports"))


@pytest.fixture
def seed_findings(reports: Path) -> list[dict]:
    """The seed case's findings as findings.json holds them."""
    return read_json(reports / CASE / "findings.json")
