"""Shared fixtures: paths to the repository's seeds and the test data."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
TESTS = ROOT / "tests"


@pytest.fixture
def seeds() -> Path:
    return SEEDS


@pytest.fixture
def seed_case() -> Path:
    return SEEDS / "perfect-storm"
