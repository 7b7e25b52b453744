"""Regression guard: the Recognizers-Text conformance pass rates stay at their targets.

Runs the scorer of `bench/conformance.py` (issue 2, acceptance 1; issue 12): every number.*
and currency.* file >= 0.90, every dimension.* file >= 0.85, with the narrow out-of-scope
categories documented in tests/conformance/README.md.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _scorer():
    path = ROOT / "bench" / "conformance.py"
    spec = importlib.util.spec_from_file_location("bench_conformance", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


SCORER = _scorer()
SCORES = {s.name: s for s in SCORER.score_all()}


@pytest.mark.parametrize("name", sorted(SCORES))
def test_pass_rate_meets_target(name):
    score = SCORES[name]
    assert score.passed + score.failed > 20, "too few cases in scope to mean anything"
    assert score.rate >= score.target, "\n".join(score.failures[:10])


def test_every_model_and_language_is_scored():
    assert {n.split(".")[0] for n in SCORES} == {"number", "currency", "dimension"}
    assert {n.split(".")[1] for n in SCORES} == {"fr", "en", "it"}


def test_out_of_scope_is_a_minority_of_currency_and_dimension_items():
    for name, score in SCORES.items():
        if not name.startswith("number"):
            out = sum(score.out_of_scope.values())
            assert out < (score.passed + score.failed) / 3, name
