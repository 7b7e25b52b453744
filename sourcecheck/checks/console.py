"""What a run prints: one line per finding like a linter's, then the summary and where to look.

Why
---
Editors and CI logs read the console first. A line per open finding,
`seeds/perfect-storm/perfect-storm-fr.md:12:40 rounding warning message`, sorted by file,
line and column, can be clicked in an editor's terminal and grepped; the summary then says
what the run found and where its report (one case) or its index (several) is.
`--format json` prints the same findings as JSON (the summary goes to standard error),
`--format github` as GitHub Actions annotations; `-q` prints only the summary.

Example
-------
>>> finding_line({"path": "a/b.md", "line": 3, "col": 7, "rule": "rounding",
...               "severity": "warning", "message": "10.6 M is not 10.7 M"})
'a/b.md:3:7 rounding warning 10.6 M is not 10.7 M'
"""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence
from pathlib import Path

from sourcecheck import schema

OUTPUTS = ("text", "quiet", "json", "github")
ANNOTATION = {"error": "error", "warning": "warning", "info": "notice"}


def _one_line(text: str) -> str:
    return " ".join(str(text).split())


def lines(outcomes: Sequence[dict]) -> list[dict]:
    """The open findings and failed expectations of every case, sorted by place then rule."""
    from sourcecheck.checks.batch import expectation_id
    from sourcecheck.checks.explain import expectation_sentence

    found = []
    for o in outcomes:
        found += [dict(f, case=o["case"]) for f in o["findings"] if not f["closed"]]
        where = str(Path(o["path"]) / "claims.csv")
        found += [
            {"case": o["case"], "path": where, "line": 1, "col": 1, "rule": "expectation",
             "severity": "error", "id": expectation_id(e), "status": "open",
             "message": f"{e['table']}: {expectation_sentence(e)}"}
            for e in o["expectations_failed"]
        ]  # fmt: skip
    return sorted(found, key=lambda f: (f["path"], f["line"], f["col"], f["rule"], f["id"]))


def finding_line(f: dict) -> str:
    """`path:line:col rule severity message`."""
    return (
        f"{f['path']}:{f['line']}:{f['col']} {f['rule']} {f['severity']} {_one_line(f['message'])}"
    )


def annotation(f: dict) -> str:
    """A GitHub Actions workflow command: the finding shown on its line of the diff."""

    def escape(text: str, prop: bool = False) -> str:
        text = str(text).replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
        return text.replace(":", "%3A").replace(",", "%2C") if prop else text

    level = ANNOTATION.get(f["severity"], "warning")
    props = f"file={escape(f['path'], True)},line={f['line']},col={f['col']},title={escape(f['rule'], True)}"  # fmt: skip
    return f"::{level} {props}::{escape(_one_line(f['message']))}"


def as_json(f: dict) -> dict:
    keys = ("case", "path", "line", "col", "rule", "severity", "message", "id", "status")
    return {k: f.get(k) for k in keys}


def summary_line(o: dict, out: Path) -> str:
    """One case: its claims, open findings by severity and its report (or its error)."""
    if o["status"] == "broken":
        return f"{o['case']}: broken: {o['error']}"
    said = ", ".join(f"{n} {severity}" for severity, n in o["counts"].items())
    report = Path(out) / o["case"] / "report.html"
    return f"{o['case']}: {o['claims']} claims, {said} → {report}"


def report(
    outcomes: Sequence[dict],
    *,
    out: Path,
    index: Path | None,
    output: str = "text",
) -> None:
    """Print the run: findings (per `output`), notices, then the summary and the paths."""
    found = lines(outcomes)
    stream = sys.stderr if output == "json" else sys.stdout
    if output == "json":
        json.dump([as_json(f) for f in found], sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    elif output in ("text", "github"):
        for f in found:
            print(annotation(f) if output == "github" else finding_line(f))
        if found:
            print()
    for o in outcomes:
        for notice in o["notices"]:
            print(f"{o['case']}: notice: {_one_line(notice)}", file=stream)
        if o["expectations_failed"]:
            where = Path(out) / o["case"] / "validation.json"
            print(f"{o['case']}: table expectations failed: {where}", file=stream)
    if len(outcomes) == 1 and outcomes[0]["status"] == "broken":
        print(f"sourcecheck: error: {outcomes[0]['error']}", file=sys.stderr)
    elif len(outcomes) == 1:
        print(summary_line(outcomes[0], out), file=stream)
    else:
        _table(outcomes, stream)
    if index is not None:
        print(f"index → {index}", file=stream)


def _table(outcomes: Sequence[dict], stream) -> None:
    """One row per case: status, severity counts, failed expectations; totals last."""
    from rich.console import Console
    from rich.table import Table

    table = Table(title="sourcecheck: cases × findings")
    for column in ("case", "status", *reversed(schema.SEVERITIES), "expectations failed"):
        table.add_column(column, justify="left" if column in ("case", "status") else "right")
    totals = dict.fromkeys(reversed(schema.SEVERITIES), 0)
    for o in outcomes:
        counts = [o["counts"].get(s, 0) for s in totals]
        table.add_row(o["case"], o["status"], *map(str, counts), str(o["validation_failures"]))
        for s in totals:
            totals[s] += o["counts"].get(s, 0)
    failed = sum(o["validation_failures"] for o in outcomes)
    table.add_section()
    many = f"{len(outcomes)} case{'' if len(outcomes) == 1 else 's'}"
    table.add_row(many, "", *map(str, totals.values()), str(failed))
    console = Console(file=stream)
    console.print(table)
    for o in outcomes:
        if o["status"] == "broken":
            line = f"broken: {o['case']}: {o['error']}"
            console.print(line, markup=False, highlight=False, soft_wrap=True)
