"""Fixtures of the review tests: the seed case's reports, as `sourcecheck run` writes them."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from review_seed import CASE, read_json, run


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
