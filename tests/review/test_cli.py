"""`sourcecheck review` round trip: set decisions, re-run the case, see them everywhere."""

from __future__ import annotations

import csv
import io
import json

import pytest
from review_seed import CASE, read_json, run

from sourcecheck.cli import main as sourcecheck

STRICT_ROUNDING = "extends: default\nrules:\n  rounding: {severity: error}\n"
NO_TERM_DRIFT = "extends: default\nrules:\n  rounding: {severity: error}\n  term-drift: disable\n"


@pytest.fixture
def suites(tmp_path):
    (tmp_path / "strict-rounding.yaml").write_text(STRICT_ROUNDING)
    (tmp_path / "no-term-drift.yaml").write_text(NO_TERM_DRIFT)
    return tmp_path


def review(capsys, *args: str) -> tuple[int, str, str]:
    capsys.readouterr()
    code = sourcecheck(["review", *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_round_trip_set_rerun_export_import(tmp_path, suites, capsys):
    out = tmp_path / "reports"
    strict = str(suites / "strict-rounding.yaml")
    assert run(out, "--suite", strict, "--fail-on", "error") == 1  # the rounding error fails
    assert run(out, "--suite", strict, "--fail-on", "error", "--jobs", "1") == 1  # batch path too
    findings = {f["rule"]: f for f in read_json(out / CASE / "findings.json")}
    rounding, drift = findings["rounding"], findings["term-drift"]
    assert rounding["severity"] == "error"

    code, listed, _ = review(capsys, "list", str(out / CASE))
    assert code == 0 and rounding["id"][:12] in listed and "open" in listed

    note = "GdF's 10 619 000 € is the court order; <b>not</b> the profit"
    code, said, _ = review(capsys, "set", rounding["id"][:6], "--status", "dismissed",
                           "--note", note, "--reviewer", "ana", "--out", str(out))  # fmt: skip
    assert code == 0 and "dismissed" in said
    assert review(capsys, "set", drift["id"][:6], "--status", "follow-up", "--note", "ask GdF",
                  "--reviewer", "bo", "--out", str(out))[0] == 0  # fmt: skip
    assert review(capsys, "set", drift["id"], "--status", "confirmed", "--reviewer", "bo",
                  "--out", str(out))[0] == 0  # fmt: skip

    assert run(out, "--suite", strict, "--fail-on", "error", "--jobs", "1") == 0  # dismissed
    assert run(out, "--suite", strict, "--fail-on", "error") == 0  # dismissed: no longer fails
    assert (
        run(out, "--suite", strict, "--fail-on", "warning") == 1
    )  # the confirmed drift still does
    again = {f["id"]: f["review"] for f in read_json(out / CASE / "findings.json")}
    assert (again[rounding["id"]]["status"], again[rounding["id"]]["note"]) == ("dismissed", note)
    assert again[rounding["id"]]["reviewer"] == "ana"
    assert again[rounding["id"]]["evidence_changed"] is False
    assert (again[drift["id"]]["status"], again[drift["id"]]["note"]) == ("confirmed", "ask GdF")
    assert [h["status"] for h in again[drift["id"]]["history"]] == ["follow-up", "confirmed"]
    page = (out / CASE / "report.html").read_text(encoding="utf-8")
    assert "GdF&#39;s 10 619 000 € is the court order; &lt;b&gt;not&lt;/b&gt; the profit" in page
    assert "dismissed" in page

    code, exported, _ = review(capsys, "export", "--format", "csv", "--out", str(out))
    rows = {r["finding_id"]: r for r in csv.DictReader(io.StringIO(exported))}
    assert rows[rounding["id"]]["status"] == "dismissed" and rows[rounding["id"]]["note"] == note
    (tmp_path / "decisions.json").write_text(
        review(capsys, "export", "--format", "json", "--out", str(out))[1]
    )
    copy = tmp_path / "copy.sqlite"
    code, said, _ = review(capsys, "import", str(tmp_path / "decisions.json"), "--store", str(copy))
    assert code == 0 and "3 applied" in said
    assert "3 already known" in review(capsys, "import", str(tmp_path / "decisions.json"),
                                       "--store", str(copy))[1]  # fmt: skip

    code, exported, _ = review(capsys, "export", "--format", "claimreview", "--out", str(out))
    reviews = json.loads(exported)
    assert [r["identifier"] for r in reviews] == [drift["id"]]  # only confirmed findings
    assert reviews[0]["@type"] == "ClaimReview"
    assert reviews[0]["itemReviewed"][0]["@type"] == "Claim"

    review(capsys, "set", rounding["id"], "--status", "corrected", "--out", str(out))
    assert run(out, "--suite", strict, "--fail-on", "error") == 0  # corrected: no longer fails
    review(capsys, "set", rounding["id"], "--status", "follow-up", "--out", str(out))
    assert run(out, "--suite", strict, "--fail-on", "error") == 1  # follow-up: fails again


def test_a_finding_that_disappears_keeps_its_history(tmp_path, suites, capsys):
    out = tmp_path / "reports"
    assert run(out, "--fail-on", "never") == 0
    drift = next(f for f in read_json(out / CASE / "findings.json") if f["rule"] == "term-drift")
    review(capsys, "set", drift["id"], "--status", "confirmed", "--note", "servers ≠ resources",
           "--reviewer", "ana", "--out", str(out))  # fmt: skip
    assert run(out, "--suite", str(suites / "no-term-drift.yaml"), "--fail-on", "never") == 0
    ids = [f["id"] for f in read_json(out / CASE / "findings.json")]
    assert drift["id"] not in ids
    page = (out / CASE / "report.html").read_text(encoding="utf-8")
    assert drift["id"] in page and "servers ≠ resources" in page  # listed as gone
    code, listed, _ = review(capsys, "list", str(out))
    assert "confirmed (gone)" in listed


def test_ids_must_name_one_finding(tmp_path, capsys):
    out = tmp_path / "reports"
    run(out, "--fail-on", "never")
    code, _, err = review(capsys, "set", "", "--status", "confirmed", "--out", str(out))
    assert code == 2 and "ambiguous" in err
    code, _, err = review(capsys, "set", "zzzz", "--status", "confirmed", "--out", str(out))
    assert code == 2 and "no finding" in err


@pytest.mark.parametrize("batch", [(), ("--jobs", "1")], ids=["one case", "batch"])
def test_run_reads_a_store_given_with_store(tmp_path, suites, capsys, batch):
    out, store = tmp_path / "reports", tmp_path / "desk" / "decisions.sqlite"
    strict = str(suites / "strict-rounding.yaml")
    assert run(out, "--suite", strict, *batch) == 1
    rounding = next(f for f in read_json(out / CASE / "findings.json") if f["rule"] == "rounding")
    assert review(capsys, "set", rounding["id"], "--status", "dismissed", "--reviewer", "ana",
                  "--out", str(out), "--store", str(store))[0] == 0  # fmt: skip
    assert run(out, "--suite", strict, *batch) == 1  # the default store knows nothing of it
    assert run(out, "--suite", strict, "--store", str(store), *batch) == 0
    again = {f["id"]: f["review"] for f in read_json(out / CASE / "findings.json")}
    assert again[rounding["id"]]["status"] == "dismissed"
    assert not (out / "reviews.sqlite").exists()
