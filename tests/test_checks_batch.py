"""Batch checks end to end: reports per case, index, GX results, JUnit XML and exit codes."""

from __future__ import annotations

import json
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pandas as pd
import pytest

from sourcecheck import cli
from sourcecheck.checks.batch import at_or_above, exit_code, failures
from sourcecheck.review import is_closed

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SEED_CASES = sorted(p.name for p in SEEDS.iterdir() if p.is_dir())

# Two hand-entered claims that break the table contract: low > high, and no such currency.
CORRUPTED_CLAIMS = """doc,source,text,value,low,high,qualifier,currency
perfect-storm-fr.md,Eurojust,5 500 serveurs,5500,5550,5450,exact,
perfect-storm-fr.md,Guardia di Finanza,10 619 000 €,10619000,10619000,10619000,exact,EUX
"""


def _failing(case_dir: Path, fail_on: str = "error") -> list[str]:
    """What must fail a run, read back from the files: finding ids and failed expectations."""
    found = json.loads((case_dir / "findings.json").read_text())
    ids = [
        f["id"]
        for f in found
        if at_or_above(f["severity"], fail_on) and not is_closed(f.get("review"))
    ]
    validation = json.loads((case_dir / "validation.json").read_text())
    if at_or_above("error", fail_on):
        ids += [
            f"{r['table']}:{r['expectation']}:{r['kwargs'].get('column') or r['kwargs']['column_A'] + ',' + r['kwargs']['column_B']}"
            for r in validation["results"]
            if not r["success"]
        ]  # fmt: skip
    return ids


def test_repository_check_runs_every_seed_case(tmp_path):
    out = tmp_path / "reports"
    code = cli.main(["run", str(ROOT / "checks" / "seeds.yaml"), "--out", str(out), "--jobs", "2"])
    for case in SEED_CASES:
        for name in ("report.html", "findings.json", "claims.csv", "validation.json"):
            assert (out / case / name).is_file(), (case, name)
        validation = json.loads((out / case / "validation.json").read_text())
        assert validation["success"], [r for r in validation["results"] if not r["success"]]
        assert validation["results"], case
    index = (out / "index.html").read_text()
    assert all(f"{case}/report.html" in index for case in SEED_CASES)
    expected = 1 if any(_failing(out / case) for case in SEED_CASES) else 0
    assert code == expected


@pytest.fixture(scope="module")
def corrupted_run(tmp_path_factory):
    """The seed cases, a copy of perfect-storm with a corrupted claims.csv, and a broken case."""
    root = tmp_path_factory.mktemp("project")
    shutil.copytree(SEEDS, root / "seeds")
    bad = root / "seeds" / "corrupted"
    shutil.copytree(SEEDS / "perfect-storm", bad)
    (bad / "claims.csv").write_text(CORRUPTED_CLAIMS)
    broken = root / "seeds" / "broken"
    broken.mkdir()
    (broken / "doc.md").write_text("---\ntitle: [unclosed\n---\nSome 12 figures.\n")
    (root / "checks").mkdir()
    check = root / "checks" / "nightly.yaml"
    check.write_text("cases: [../seeds/*]\nout: ../reports\nfail_on: warning\n")
    junit = root / "junit.xml"
    code = cli.main(["run", str(check), "--jobs", "2", "--junit", str(junit)])
    return root / "reports", junit, code


def test_corrupted_claims_fail_the_expectations_naming_the_rows(corrupted_run):
    out, _, _ = corrupted_run
    claims = pd.read_csv(out / "corrupted" / "claims.csv")
    bad_interval = claims.loc[claims["low"] > claims["high"], "claim_id"].tolist()
    bad_currency = claims.loc[claims["currency"] == "EUX", "claim_id"].tolist()
    assert len(bad_interval) == 1 and len(bad_currency) == 1
    results = json.loads((out / "corrupted" / "validation.json").read_text())["results"]
    failed = {(r["expectation"], r["kwargs"].get("column") or r["kwargs"].get("column_A")): r
              for r in results if not r["success"]}  # fmt: skip
    interval = failed[("expect_column_pair_values_a_to_be_greater_than_b", "high")]
    currency = failed[("expect_column_values_to_be_in_set", "currency")]
    assert interval["unexpected_count"] == 1 and currency["unexpected_count"] == 1
    assert interval["failing_rows"] == bad_interval
    assert currency["failing_rows"] == bad_currency
    assert "EUX" in currency["details"]


def test_other_cases_complete_and_the_broken_one_is_reported(corrupted_run):
    out, _, code = corrupted_run
    for case in SEED_CASES:
        assert (out / case / "report.html").is_file()
        assert json.loads((out / case / "validation.json").read_text())["success"]
    assert not (out / "broken" / "report.html").exists()
    index = (out / "index.html").read_text()
    assert "broken" in index and "corrupted/report.html" in index
    assert code == 2  # a case with bad input fails the run as bad input


def test_junit_matches_the_findings(corrupted_run):
    xmlschema = pytest.importorskip("xmlschema")
    out, junit, _ = corrupted_run
    xmlschema.XMLSchema(ROOT / "tests" / "fixtures" / "junit.xsd").validate(junit)
    suites = {s.get("name"): s for s in ET.parse(junit).getroot().iter("testsuite")}
    assert set(suites) == {*SEED_CASES, "corrupted", "broken"}
    for name, suite in suites.items():
        cases = suite.findall("testcase")
        assert int(suite.get("tests")) == len(cases)
        failed = [c.get("name").split(" ", 1)[1] for c in cases if c.find("failure") is not None]
        assert int(suite.get("failures")) == len(failed)
        if name == "broken":
            assert suite.get("errors") == "1"
            continue
        assert sorted(failed) == sorted(_failing(out / name, "warning"))
        if not failed:
            assert len(cases) == 1  # a clean case is one passing test case
    assert int(suites["corrupted"].get("failures")) >= 2


def test_a_failed_expectation_counts_as_an_error():
    clean = {"status": "ok", "exit": 0, "findings": [], "expectations_failed": []}
    finding = {"id": "a", "rule": "r", "severity": "info", "message": "", "closed": False}
    failed = {"table": "claims", "expectation": "expect_x", "kwargs": {"column": "x"},
              "unexpected_count": 1}  # fmt: skip
    info = clean | {"findings": [finding]}
    expectation = clean | {"expectations_failed": [failed]}
    assert exit_code([clean, info], "warning") == 0
    assert exit_code([clean, info], "info") == 1
    assert exit_code([expectation], "error") == 1
    assert exit_code([expectation], "never") == 0
    assert [f["id"] for f in failures(expectation, "error")] == ["claims:expect_x:x"]
    dismissed = clean | {"findings": [finding | {"closed": True}]}
    assert failures(dismissed, "info") == []


def test_several_case_folders_are_a_batch_too(tmp_path):
    cases = [str(SEEDS / "perfect-storm"), str(SEEDS / "sardinia-fires")]
    args = ["--out", str(tmp_path), "--fail-on", "never", "--jobs", "1", "--validate"]
    code = cli.main(["run", *cases, *args])
    assert code == 0  # sardinia-fires has error findings, but nothing fails at "never"
    index = (tmp_path / "index.html").read_text()
    assert "perfect-storm/report.html" in index and "sardinia-fires/report.html" in index
    assert (tmp_path / "sardinia-fires" / "validation.json").is_file()


def test_a_check_file_and_a_case_folder_are_not_mixed(tmp_path, capsys):
    args = ["run", str(ROOT / "checks" / "seeds.yaml"), str(SEEDS / "perfect-storm")]
    assert cli.main([*args, "--out", str(tmp_path)]) == 2
    assert "not both" in capsys.readouterr().err


def test_dismissed_findings_in_the_check_store_do_not_fail_the_run(tmp_path):
    from sourcecheck.review import open_store

    (tmp_path / "checks").mkdir()
    check = tmp_path / "checks" / "storm.yaml"
    check.write_text(
        f"cases: [{SEEDS / 'perfect-storm'}]\nout: ../reports\nfail_on: warning\n"
        "store: ../reviews.sqlite\n"
    )
    assert cli.main(["run", str(check), "--jobs", "1"]) == 1
    found = json.loads((tmp_path / "reports" / "perfect-storm" / "findings.json").read_text())
    failing = [f for f in found if at_or_above(f["severity"], "warning")]
    assert failing
    with open_store(tmp_path / "reviews.sqlite") as store:
        for f in failing:
            store.set("perfect-storm", f["id"], "dismissed", note="checked by hand")
    junit = tmp_path / "junit.xml"
    assert cli.main(["run", str(check), "--jobs", "1", "--junit", str(junit)]) == 0
    assert ET.parse(junit).getroot().get("failures") == "0"


def test_one_case_run_counts_a_failed_expectation_as_an_error(tmp_path, capsys):
    case = tmp_path / "perfect-storm"
    shutil.copytree(SEEDS / "perfect-storm", case)
    out = tmp_path / "reports"
    assert cli.main(["run", str(case), "--out", str(out)]) == 0  # warnings only: passes "error"
    (case / "claims.csv").write_text(CORRUPTED_CLAIMS)
    assert cli.main(["run", str(case), "--out", str(out)]) == 1
    assert "table expectations failed" in capsys.readouterr().out
    assert cli.main(["run", str(case), "--out", str(out), "--fail-on", "never"]) == 0
