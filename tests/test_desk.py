"""One run path: console lines like a linter's, formats, a case of one, an empty case, the
run history and the desk's "what changed" view, honest messages."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from sourcecheck.checks.console import annotation, finding_line
from sourcecheck.checks.history import read_history, record_run
from sourcecheck.cli import main
from sourcecheck.report.desk import desk_view, render_desk

ROOT = Path(__file__).resolve().parent.parent
STORM = ROOT / "seeds" / "perfect-storm"
LINE = r"^(\S+):(\d+):(\d+) (\S+) (info|warning|error) (.+)$"


@pytest.fixture(scope="module")
def storm_run(tmp_path_factory):
    """The seed case run once, as text and as JSON (reports in a folder of its own)."""
    import contextlib
    import io

    out = tmp_path_factory.mktemp("desk") / "out"
    outputs = {}
    for fmt in ("text", "json"):
        buffer = io.StringIO()
        with contextlib.redirect_stdout(buffer):
            code = main(["run", str(STORM), "--out", str(out), "--format", fmt])
        outputs[fmt] = (code, buffer.getvalue())
    return out, outputs


def test_console_prints_one_sorted_line_per_finding_then_the_summary(storm_run):
    import re

    out, outputs = storm_run
    code, text = outputs["text"]
    assert code == 0
    lines = text.strip().splitlines()
    findings = [re.match(LINE, line) for line in lines[:-2]]
    assert findings and all(findings), lines
    places = [(m[1], int(m[2]), int(m[3])) for m in findings]
    assert places == sorted(places)
    assert {m[4] for m in findings} >= {"term-drift", "rounding"}
    assert lines[-2] == ""  # a blank line, then the summary with the report's path
    assert lines[-1].startswith("perfect-storm: ") and str(out / "perfect-storm" / "report.html") in lines[-1]  # fmt: skip
    body = (STORM / "perfect-storm-fr.md").read_text(encoding="utf-8").splitlines()
    path, line, col = places[0]
    assert path.endswith("perfect-storm-fr.md")
    claim = body[line - 1][col - 1 :]  # the line and column point at the figure
    assert claim[:1].isdigit() or claim[:4] in ("plus", "des ")


def test_json_format_is_the_same_findings(storm_run):
    out, outputs = storm_run
    code, text = outputs["json"]
    found = json.loads(text)
    written = json.loads((out / "perfect-storm" / "findings.json").read_text(encoding="utf-8"))
    assert code == 0 and sorted(f["id"] for f in found) == sorted(f["id"] for f in written)
    assert {"path", "line", "col", "rule", "severity", "message", "status"} <= set(found[0])


def test_a_plain_run_does_not_validate_and_records_its_history(storm_run):
    out, _ = storm_run
    assert not (out / "perfect-storm" / "validation.json").exists()
    runs = read_history(out)
    assert len(runs) == 2 and runs[-1]["cases"][0]["case"] == "perfect-storm"
    assert not (out / "index.html").exists()  # one case: no index


def test_lines_and_annotations():
    finding = {"path": "a/b.md", "line": 3, "col": 7, "rule": "rounding", "severity": "info",
               "message": "10,6 M: not\n10.7 M"}  # fmt: skip
    assert finding_line(finding) == "a/b.md:3:7 rounding info 10,6 M: not 10.7 M"
    assert annotation(finding) == "::notice file=a/b.md,line=3,col=7,title=rounding::10,6 M: not 10.7 M"  # fmt: skip


def test_a_single_document_is_a_case_of_one(tmp_path, capsys):
    doc = tmp_path / "story.md"
    shutil.copyfile(STORM / "perfect-storm-fr.md", doc)
    assert main(["run", str(doc), "--out", str(tmp_path / "out"), "-q"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("story: ") and (tmp_path / "out" / "story" / "findings.json").is_file()


def test_an_empty_case_warns_and_exits_2(tmp_path, capsys):
    (tmp_path / "empty").mkdir()
    assert main(["run", str(tmp_path / "empty"), "--out", str(tmp_path / "out")]) == 2
    assert "nothing to check" in capsys.readouterr().err
    assert not (tmp_path / "out" / "empty").exists()


def test_review_export_without_a_store_names_it(tmp_path, capsys):
    assert main(["review", "export", "--out", str(tmp_path)]) == 2
    assert str(tmp_path / "reviews.sqlite") in capsys.readouterr().err


def _outcome(case: str, ids: list[str]) -> dict:
    findings = [{"id": i, "rule": "rounding", "severity": "warning", "message": f"finding {i}",
                 "closed": False, "status": "open", "evidence_changed": False} for i in ids]  # fmt: skip
    return {"case": case, "path": f"seeds/{case}", "href": f"{case}/report.html", "status": "ok",
            "error": None, "counts": {"error": 0, "warning": len(ids), "info": 0}, "claims": 3,
            "validated": False, "validation_failures": 0, "seconds": 0.1, "findings": findings}  # fmt: skip


def test_the_desk_shows_what_changed_since_the_last_run(tmp_path):
    out = tmp_path / "reports" / "nightly"
    (out / "demo").mkdir(parents=True)
    record_run(out, [_outcome("demo", ["a1", "b2"])], suite="default", fail_on="error", check=None)
    record_run(out, [_outcome("demo", ["b2", "c3"])], suite="strict", fail_on="error", check="n.yaml")  # fmt: skip
    written = [{"id": "b2", "rule": "rounding", "severity": "warning", "message": "finding b2",
                "review": {"status": "confirmed", "evidence_changed": True}},
               {"id": "c3", "rule": "rounding", "severity": "warning", "message": "finding c3"}]  # fmt: skip
    (out / "demo" / "findings.json").write_text(json.dumps(written), encoding="utf-8")
    view = desk_view(tmp_path / "reports")
    [case] = view["cases"]
    assert case["key"] == "nightly/demo" and case["href"] == "./nightly/demo/report.html"
    assert case["suite"] == "strict" and case["check"] == "n.yaml" and case["runs"] == 2
    assert [f["id"] for f in case["changes"]["new"]] == ["c3"]
    assert [f["id"] for f in case["changes"]["gone"]] == ["a1"]
    assert [f["id"] for f in case["changes"]["evidence"]] == ["b2"]
    assert case["statuses"]["confirmed"] == 1 and case["severities"]["warning"] == 2
    assert case["spark"]["label"].endswith("2, 2")
    html = render_desk(tmp_path / "reports")
    assert 'href="./nightly/demo/report.html#f-c3"' in html and "finding a1" in html
    assert "rv-controls" not in html  # the static index has no review controls


def test_a_failed_expectation_reads_as_a_sentence_in_the_report():
    from sourcecheck.report.case import validation_view

    failed = {"table": "claims", "expectation": "expect_column_pair_values_a_to_be_greater_than_b",
              "kwargs": {"column_A": "value", "column_B": "low", "or_equal": True,
                         "row_condition": {"type": "comparison", "column": {"name": "low_open"},
                                           "operator": "==", "parameter": False}},
              "success": False, "unexpected_count": 3, "failing_rows": ["a.md#80", "b.md#12"]}  # fmt: skip
    [row] = validation_view({"success": False, "results": [failed]})["failed"]
    assert row["sentence"] == "3 rows have low > value (where low_open is false): a.md#80, b.md#12, …"  # fmt: skip
    assert "{" not in row["arguments"] and "where" not in row["arguments"]
    assert "row_condition: low_open is false" in row["arguments"]


def test_a_run_into_a_subfolder_applies_the_store_of_the_folder_served(tmp_path):
    from sourcecheck.checks.caserun import default_store

    (tmp_path / ".git").mkdir()  # the repository's root: the search stops there
    seeds = tmp_path / "reports" / "seeds"
    seeds.mkdir(parents=True)
    assert default_store(seeds) == seeds / "reviews.sqlite"  # none yet: its own
    (tmp_path / "reports" / "reviews.sqlite").write_bytes(b"")
    assert default_store(seeds) == (tmp_path / "reports" / "reviews.sqlite").absolute()
    (seeds / "reviews.sqlite").write_bytes(b"")
    assert default_store(seeds) == seeds / "reviews.sqlite"  # its own comes first


def test_the_desk_escapes_what_cases_and_runs_bring(tmp_path):
    out = tmp_path / "reports"
    name = 'javascript:alert(1)<img src=x onerror="alert(2)">'
    (out / name).mkdir(parents=True)
    payload = "<script>alert(3)</script>"
    (out / name / "findings.json").write_text(json.dumps([{"id": "x1", "rule": payload,
        "severity": "error", "message": payload, "claims": [{"source": payload}]}]))  # fmt: skip
    broken = _outcome("broken", []) | {"status": "broken", "error": payload}
    record_run(out, [broken], suite=payload, fail_on="error", check=None)
    html = render_desk(out)
    assert "<script>alert" not in html and "<img src=x" not in html
    assert 'href="javascript' not in html and 'href="./javascript%3Aalert%281%29' in html


def test_symlink_loops_are_walked_once(tmp_path):
    import os

    from sourcecheck.report.desk import folders_holding

    case = tmp_path / "reports" / "a" / "case"
    case.mkdir(parents=True)
    (case / "findings.json").write_text("[]")
    os.symlink(tmp_path / "reports", case / "up")  # back to the top: a loop
    os.symlink(tmp_path / "reports" / "a", tmp_path / "reports" / "b")  # a second way in
    found = folders_holding(tmp_path / "reports", "findings.json")
    assert [f.relative_to(tmp_path / "reports").as_posix() for f in found] == ["a/case", "b/case"]


def test_history_is_read_a_run_and_a_case_at_a_time_and_torn_runs_are_skipped(tmp_path):
    from sourcecheck.checks.history import HISTORY_FILE, iter_runs

    old = {"ran_at": "2026-11-01T10:00:00+00:00", "suite": "old", "cases": [{"case": "a"}]}
    (tmp_path / HISTORY_FILE).write_text(
        json.dumps(old) + "\n", encoding="utf-8"
    )  # an earlier version's line
    record_run(tmp_path, [_outcome("a", ["x1"]), _outcome("b", [])], suite="default", fail_on="error", check=None)  # fmt: skip
    lines = (tmp_path / HISTORY_FILE).read_text(encoding="utf-8").splitlines(keepends=True)
    assert len(lines) == 4  # the old run; the new run's settings, then a line per case
    with open(tmp_path / HISTORY_FILE, "a", encoding="utf-8") as history:
        history.write(lines[1].replace('"suite": "default"', '"suite": "killed"'))
        history.write(lines[2])  # a run killed after one of its two cases
        history.write('{"ran_at": "x", "cases": null}\n{"ran_at": "x", "cases": [1,]}\n{"ru')
        history.write("\n")
    record_run(tmp_path, [_outcome("a", ["x2"])], suite="strict", fail_on="error", check="n.yaml")
    runs = [(head, [c["case"] for c in cases]) for head, cases in iter_runs(tmp_path)]
    assert [(head["suite"], cases) for head, cases in runs] == [("old", ["a"]), ("default", ["a", "b"]), ("strict", ["a"])]  # fmt: skip
    assert set(runs[2][0]) == {"ran_at", "suite", "check", "fail_on"}
    assert [[c["case"] for c in r["cases"]] for r in read_history(tmp_path)] == [c for _, c in runs]


def _traced_peak_of_index(out: Path, cases: int) -> int:
    import tracemalloc

    from sourcecheck.checks.history import write_index

    out.mkdir()
    for run in range(2):
        outcomes = [_outcome(f"case-{i}", [f"{i}-{k}-{run}" for k in range(30)]) for i in range(cases)]  # fmt: skip
        record_run(out, outcomes, suite="default", fail_on="error", check=None)
        del outcomes
    for i in range(cases):
        (out / f"case-{i}").mkdir(exist_ok=True)
        (out / f"case-{i}" / "findings.json").write_text("[]", encoding="utf-8")
    for _ in range(2):  # templates compiled, modules imported, caches filled: only the index below
        write_index(out)
    tracemalloc.start()
    try:
        write_index(out)
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_the_index_memory_does_not_grow_with_the_cases_and_their_findings(tmp_path):
    small = _traced_peak_of_index(tmp_path / "small", 40)
    large = _traced_peak_of_index(tmp_path / "large", 320)  # 8× the cases, 60 findings each
    index = (tmp_path / "large" / "index.html").read_text(encoding="utf-8")
    assert index.count('class="case-card case-') == 320 and "320 cases" in index
    assert index.count('class="change-list change-new"') == 320  # every case: 30 new, 30 gone
    assert large < 2 * small, (small, large)  # reading whole runs made it 8× (4 MB, 33 MB)


def _console_outcome(case: str, path: str, findings: int) -> dict:
    outcome = _outcome(case, [f"{case}-{k}" for k in range(findings)])
    places = [{"path": f"{path}/doc-{k % 3}.md", "line": 40 - k, "col": 1 + k % 5} for k in range(findings)]  # fmt: skip
    outcome["findings"] = [f | p for f, p in zip(outcome["findings"], places, strict=True)]
    return outcome | {"path": path, "notices": [], "expectations_failed": []}


def test_console_lines_of_nested_cases_keep_the_order_of_one_sort():
    from sourcecheck.checks.console import lines

    outcomes = [_console_outcome("b", "news/b", 4), _console_outcome("a", "news", 5),
                _console_outcome("c", "news/b-2", 3), _console_outcome("d", "arch", 2)]  # fmt: skip
    everything = [dict(f, case=o["case"]) for o in outcomes for f in o["findings"]]
    expected = sorted(everything, key=lambda f: (f["path"], f["line"], f["col"], f["rule"], f["id"]))  # fmt: skip
    assert [f["id"] for f in lines(outcomes)] == [f["id"] for f in expected]
    assert {f["case"] for f in lines(outcomes)} == {"a", "b", "c", "d"}


class _Counting:
    """A standard output that keeps nothing but how often the cases' folders were printed."""

    def __init__(self) -> None:
        self.places = 0

    def write(self, text: str) -> int:
        self.places += text.count("news/case-")
        return len(text)

    def flush(self) -> None:
        pass


def _traced_peak_of_console(cases: int) -> int:
    import contextlib
    import tracemalloc

    from sourcecheck.checks.console import report
    from sourcecheck.checks.spool import Outcomes

    with Outcomes(cases) as outcomes:
        for i in range(cases):
            outcomes[i] = _console_outcome(f"case-{i:04d}", f"news/case-{i:04d}", 20)
        for fmt in ("text", "text", "json"):  # the first run imports and fills caches
            # (json prints the table to standard error: nothing there is kept either)
            tracemalloc.start()
            try:
                with contextlib.redirect_stdout(_Counting()) as printed, contextlib.redirect_stderr(_Counting()):  # fmt: skip
                    report(outcomes, out=Path("reports"), index=None, output=fmt)
                peak = tracemalloc.get_traced_memory()[1]
            finally:
                tracemalloc.stop()
            assert printed.places >= 20 * cases
    return peak


def test_the_console_memory_does_not_grow_with_the_cases_and_their_findings():
    small, large = _traced_peak_of_console(50), _traced_peak_of_console(400)
    # What may grow is each case's first and last file (~200 bytes); holding its 20 lines, or
    # a table's row, costs several KiB a case (5 MB more at 400 cases before).
    assert large - small < 350 * 1024, (small, large)
