"""Every rule documents itself (Why, Example, Options), has a fixture file, and is in default."""

from __future__ import annotations

import inspect
from pathlib import Path

import pytest
import yaml

from sourcecheck.rules import RULES
from sourcecheck.schema import SEVERITIES
from sourcecheck.suite import BUILT_IN

FIXTURES = Path(__file__).parent / "rules"


@pytest.mark.parametrize("rule_id", list(RULES))
def test_rule_is_documented_tested_and_in_the_default_suite(rule_id: str) -> None:
    module = RULES[rule_id]
    doc = module.__doc__ or ""
    for section in ("Why\n---\n", "Example\n-------\n", "Options\n-------\n"):
        assert section in doc, f"{rule_id}: no {section.split()[0]} section"
    for name in module.OPTIONS:
        assert f"{name}:" in doc.split("Options\n-------\n")[1], f"{rule_id}: {name} undocumented"
    assert module.SEVERITY in SEVERITIES
    assert module.__name__.rsplit(".", 1)[1] == rule_id.replace("-", "_")
    parameters = inspect.signature(module.run).parameters
    assert set(module.OPTIONS) <= set(parameters)
    assert (FIXTURES / f"{rule_id}.yaml").is_file()
    default = yaml.safe_load((BUILT_IN / "default.yaml").read_text(encoding="utf-8"))
    assert rule_id in default["rules"]


def test_no_fixture_without_a_rule() -> None:
    assert {p.stem for p in FIXTURES.glob("*.yaml")} == set(RULES)
