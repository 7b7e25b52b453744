"""Suites load, merge rule by rule, and fail on bad configuration with one clear line."""

from __future__ import annotations

from pathlib import Path

import pytest

from sourcecheck.errors import InputError
from sourcecheck.rules import RULES
from sourcecheck.suite import load_suite


def write(tmp_path: Path, text: str, name: str = "suite.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_default_runs_every_rule_with_module_defaults() -> None:
    suite = load_suite("default")
    assert [rid for rid, _ in suite.enabled()] == list(RULES)
    for rid, config in suite.enabled():
        assert config.severity == RULES[rid].SEVERITY
        assert config.options == RULES[rid].OPTIONS


def test_strict_extends_default() -> None:
    suite = load_suite("strict")
    assert {c.severity for _, c in suite.enabled()} == {"error"}
    assert suite.rules["fx-rate"].options["tolerance"] == 0.01


def test_child_updates_parent_rule_by_rule(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "extends: strict\n"
        "rules:\n"
        "  fx-rate: {severity: info}\n"
        "  scale-word: disable\n"
        "  term-drift: {min_value: 50}\n"
        "disable: [internal]\n",
    )
    suite = load_suite(path)
    assert suite.rules["fx-rate"].severity == "info"
    assert suite.rules["fx-rate"].options["tolerance"] == 0.01  # kept from strict
    assert suite.rules["term-drift"].options == {"min_value": 50}
    assert suite.rules["term-drift"].severity == "error"
    assert not suite.rules["scale-word"].enabled and not suite.rules["internal"].enabled


def test_extends_a_relative_path_and_enable(tmp_path: Path) -> None:
    write(tmp_path, "rules:\n  rounding: enable\n", "base.yaml")
    suite = load_suite(write(tmp_path, "extends: base.yaml\nenable: [fx-rate]\n"))
    assert [rid for rid, _ in suite.enabled()] == ["rounding", "fx-rate"]
    assert suite.rules["fx-rate"].options["tolerance"] == 0.03  # the default


def test_an_integer_is_a_valid_float_option(tmp_path: Path) -> None:
    suite = load_suite(write(tmp_path, "extends: default\nrules:\n  fx-rate: {tolerance: 1}\n"))
    assert suite.rules["fx-rate"].options["tolerance"] == 1.0


@pytest.mark.parametrize(
    "text, place, problem",
    [
        ("rules:\n  no-such-rule: enable\n", "rules", "unknown rule 'no-such-rule'"),
        ("rules:\n  fx-rate: {tolerence: 0.1}\n", "rules.fx-rate", "unknown option 'tolerence'"),
        ("rules:\n  fx-rate: {tolerance: high}\n", "rules.fx-rate.tolerance", "expected float"),
        ("rules:\n  term-drift: {min_value: true}\n", "rules.term-drift.min_value", "expected int"),
        ("rules:\n  rounding: {severity: fatal}\n", "rules.rounding.severity", "'fatal' is not"),
        ("rules:\n  rounding: off\n", "rules.rounding", "expected enable, disable"),
        ("disable: [nope]\n", "disable", "unknown rule 'nope'"),
        ("extend: default\n", "extend", "unknown key"),
        ("rules: [a, b]\n", "rules", "expected a mapping"),
        ("rules:\n  fx-rate: {tolerance: [\n", "line 3", "not valid YAML"),
    ],
)
def test_bad_suites_fail_in_one_line_naming_the_file(
    tmp_path: Path, text: str, place: str, problem: str
) -> None:
    path = write(tmp_path, text)
    with pytest.raises(InputError) as caught:
        load_suite(path)
    message = str(caught.value)
    assert message.startswith(f"{path}: {place}: ")
    assert problem in message
    assert "\n" not in message


def test_unknown_suite_and_loops(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such suite"):
        load_suite("nonexistent")
    write(tmp_path, "extends: b.yaml\n", "a.yaml")
    write(tmp_path, "extends: a.yaml\n", "b.yaml")
    with pytest.raises(InputError, match="loop"):
        load_suite(tmp_path / "a.yaml")


def test_a_suite_without_extends_runs_what_it_names_and_disable_wins(tmp_path: Path) -> None:
    path = write(
        tmp_path, "rules:\n  fx-rate: {tolerance: 0.05}\n  rounding: enable\ndisable: [rounding]\n"
    )
    suite = load_suite(path)
    assert [rid for rid, _ in suite.enabled()] == ["fx-rate"]
