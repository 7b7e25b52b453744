"""The run history of a reports folder: one JSON line per run, and the index written from it.

Why
---
An editor's first question at the desk is "what changed since the last run?". Each run
appends one line to `OUT/history.jsonl` (when, which suite and check, and per case its
status, counts and findings: id, rule, severity, message, review status), so the index and
`sourcecheck serve` can show a case's open findings over runs, the findings that are new,
those that are gone, and the reviewed ones whose evidence changed. A line is written with one
`write` in append mode, so concurrent runs into one folder never interleave their lines.

Example
-------
>>> import tempfile
>>> out = Path(tempfile.mkdtemp())
>>> record_run(out, [], suite="default", fail_on="error", check=None)
>>> [(r["suite"], r["cases"]) for r in read_history(out)]
[('default', [])]
"""

from __future__ import annotations

import datetime as dt
import json
import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any

HISTORY_FILE = "history.jsonl"
MESSAGE_CAP = 300  # characters of a message kept in the history (the report has the rest)
FINDING_KEYS = ("id", "rule", "severity", "status", "evidence_changed")


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def case_record(o: dict) -> dict:
    """What one case of a run is remembered by (plain JSON values)."""
    findings = [
        {**{k: f.get(k) for k in FINDING_KEYS}, "message": str(f["message"])[:MESSAGE_CAP]}
        for f in o["findings"]
    ]
    keys = ("case", "path", "href", "status", "error", "counts", "claims", "validated",
            "validation_failures", "seconds")  # fmt: skip
    return {k: o[k] for k in keys} | {"findings": findings}


def record_run(
    out: str | Path, outcomes: Sequence[dict], *, suite: str, fail_on: str, check: str | None
) -> None:
    """Append this run to `out/history.jsonl` (when `out` is a folder): one JSON line, the
    run's settings and a record per case (`case_record`), encoded a case at a time so a run of
    thousands of cases never holds them all as Python objects."""
    if not Path(out).is_dir():  # no case could be written there: nothing to remember it by
        return
    head = {"ran_at": _now(), "suite": suite, "check": check, "fail_on": fail_on}
    cases = b",".join(_json(case_record(o)) for o in outcomes)
    line = _json(head)[:-1] + b', "cases": [' + cases + b"]}\n"
    fd = os.open(Path(out) / HISTORY_FILE, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
    try:
        os.write(fd, line)
    finally:
        os.close(fd)


def _json(value) -> bytes:
    return json.dumps(value, ensure_ascii=False).encode("utf-8")


def read_history(out: str | Path) -> list[dict[str, Any]]:
    """The runs recorded in `out/history.jsonl`, oldest first; unreadable lines are skipped
    (a run killed while writing leaves at most a partial last line)."""
    path = Path(out) / HISTORY_FILE
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return []
    runs = []
    for line in text.splitlines():
        try:
            run = json.loads(line)
        except json.JSONDecodeError:
            continue
        if isinstance(run, dict) and isinstance(run.get("cases"), list):
            runs.append(run)
    return runs


def write_index(out: str | Path) -> Path:
    """Write `out/index.html`, the static desk of the folder (no review controls)."""
    from sourcecheck.atomic import write_text
    from sourcecheck.report.desk import render_desk

    path = Path(out) / "index.html"
    write_text(path, render_desk(Path(out), served=False))
    return path
