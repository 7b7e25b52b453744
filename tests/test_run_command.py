"""`sourcecheck run`: report files, one summary line per case, exit codes 0/1/2 (DESIGN §8)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from sourcecheck.cli import main
from sourcecheck.schema import FINDING_CLAIM_KEYS, FINDING_COLUMNS

ROOT = Path(__file__).resolve().parent.parent
STORM = str(ROOT / "seeds" / "perfect-storm")


def test_run_writes_the_report_folder_and_a_summary(tmp_path: Path, capsys) -> None:
    assert main(["run", STORM, "--out", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    folder = tmp_path / "perfect-storm"
    assert f"{folder / 'report.html'}" in out and "2 warning" in out
    findings = json.loads((folder / "findings.json").read_text(encoding="utf-8"))
    assert {f["rule"] for f in findings} >= {"term-drift", "rounding"}
    for finding in findings:
        assert list(finding)[:7] == list(FINDING_COLUMNS[:7])
        assert all(set(FINDING_CLAIM_KEYS) <= set(c) for c in finding["claims"])
    assert (folder / "claims.csv").read_text(encoding="utf-8").startswith("claim_id,")
    assert "data-finding-id" in (folder / "report.html").read_text(encoding="utf-8")
    assert not list(folder.glob(".*.tmp"))


def test_fail_on_sets_the_exit_code(tmp_path: Path) -> None:
    assert main(["run", STORM, "--out", str(tmp_path), "--fail-on", "warning"]) == 1
    assert main(["run", STORM, "--out", str(tmp_path), "--fail-on", "never"]) == 0
    assert main(["run", STORM, "--out", str(tmp_path), "--suite", "strict"]) == 1


def test_bad_input_exits_2_with_one_line(tmp_path: Path, capsys) -> None:
    suite = tmp_path / "bad.yaml"
    suite.write_text("rules:\n  fx-rate: {tolerance: high}\n", encoding="utf-8")
    assert main(["run", STORM, "--out", str(tmp_path), "--suite", str(suite)]) == 2
    err = capsys.readouterr().err.strip()
    assert (
        err == f"sourcecheck: error: {suite}: rules.fx-rate.tolerance: expected float, got 'high'"
    )
    assert main(["run", str(tmp_path / "no-such-case"), "--out", str(tmp_path)]) == 2


def test_a_broken_case_does_not_stop_the_others(tmp_path: Path, capsys) -> None:
    broken = tmp_path / "broken"
    broken.mkdir()
    (broken / "a.md").write_text("---\npublished: [not, a, date\n---\nbody\n", encoding="utf-8")
    assert main(["run", str(broken), STORM, "--out", str(tmp_path / "out")]) == 2
    captured = capsys.readouterr()
    assert str(broken / "a.md") in captured.out + captured.err
    assert (tmp_path / "out" / "perfect-storm" / "findings.json").is_file()
    assert main(["run", STORM, "--out", str(tmp_path / "out"), "--fail-on", "info"]) == 1


def test_jobs_and_a_cluster_are_two_places_to_run(tmp_path: Path, capsys) -> None:
    """--jobs (processes here) and --cluster (a cluster's workers) exclude each other."""
    args = ["run", STORM, "--out", str(tmp_path), "--jobs", "2", "--cluster", "local:2"]
    with pytest.raises(SystemExit) as stop:
        main(args)
    err = capsys.readouterr().err
    assert stop.value.code == 2 and "--cluster: not allowed with argument --jobs" in err
    assert not (tmp_path / "perfect-storm").exists()
