"""Check files: paths relative to the file, defaults, and one clear error line per problem."""

from __future__ import annotations

from pathlib import Path

import pytest

from sourcecheck.checks import load_check
from sourcecheck.errors import InputError

ROOT = Path(__file__).resolve().parent.parent


def test_the_repository_check_covers_every_seed_case(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)  # paths are relative to the check file, not the cwd
    check = load_check(ROOT / "checks" / "seeds.yaml")
    seeds = sorted(p.name for p in (ROOT / "seeds").iterdir() if p.is_dir())
    assert [c.name for c in check.cases] == seeds
    assert check.out == ROOT / "reports" / "seeds"
    assert Path(check.suite) == ROOT / "rules" / "newsroom.yaml"  # the project's own suite
    assert check.fail_on == "error"
    assert all(e["file"].endswith("seeds.yaml") for e in check.expectations)


def _project(tmp_path: Path, text: str) -> Path:
    for name in ("a", "b"):
        (tmp_path / "seeds" / name).mkdir(parents=True)
    (tmp_path / "rules").mkdir()
    (tmp_path / "rules" / "mine.yaml").write_text("extends: default\n")
    (tmp_path / "checks").mkdir()
    path = tmp_path / "checks" / "nightly.yaml"
    path.write_text(text)
    return path


def test_defaults_and_resolved_paths(tmp_path):
    path = _project(tmp_path, "cases: [../seeds/*, ../seeds/a]\nsuite: ../rules/mine.yaml\n")
    check = load_check(path)
    assert [c.name for c in check.cases] == ["a", "b"]  # each case once, in order
    assert check.suite == str(tmp_path / "rules" / "mine.yaml")
    assert check.out == tmp_path / "reports" / "nightly"  # reports/<name> beside checks/
    assert check.jobs is None and check.store is None and check.expectations == []


@pytest.mark.parametrize(
    ("text", "place", "problem"),
    [
        ("cases: [../seeds/*]\nfail_on: sometimes\n", "fail_on", "not one of"),
        ("cases: [../seeds/*]\njobs: 0\n", "jobs", "positive whole number"),
        ("cases: [../nowhere/*]\n", "cases[0]", "matches no case folder"),
        ("cases: [../seeds/*]\nsuites: default\n", "suites", "unknown key"),
        ("cases: [../seeds/*]\nsuite: ../rules/none.yaml\n", "suite", "does not exist"),
        ("cases: [../seeds/*]\nexpectations: [{table: claim, expectation: expect_x}]\n",
         "expectations[0]", "table 'claim'"),
        ("cases: [../seeds/*]\nexpectations: [{table: claims, expectation: check_x}]\n",
         "expectations[0]", "not an expect_"),
        ("cases: [../seeds/*]\nexpectations: [{expectation: expect_x, kwargs: [1]}]\n",
         "expectations[0]", "kwargs must be a mapping"),
        ("cases: [../seeds/*\n", "line 2", "not valid YAML"),
        ("- ../seeds/*\n", None, "a check file is a mapping"),
    ],
)  # fmt: skip
def test_one_clear_line_naming_the_file(tmp_path, text, place, problem):
    path = _project(tmp_path, text)
    with pytest.raises(InputError) as caught:
        load_check(path)
    message = str(caught.value)
    assert message.startswith(str(path))
    assert caught.value.place == place
    assert problem in message
    assert "\n" not in message


def test_two_cases_with_one_name_are_refused(tmp_path):
    path = _project(tmp_path, "cases: [../seeds/a, ../other/a]\n")
    (tmp_path / "other" / "a").mkdir(parents=True)
    with pytest.raises(InputError, match="two cases named 'a'"):
        load_check(path)
