"""The run history of a reports folder: a few JSON lines per run, and the index written from it.

Why
---
An editor's first question at the desk is "what changed since the last run?". Each run
appends to `OUT/history.jsonl` one line of its own (when, which suite and check, how many
cases) and then one line per case (its status, counts and findings: id, rule, severity,
message, review status), so the index and `sourcecheck serve` can show a case's open
findings over runs, the findings that are new, those that are gone, and the reviewed ones
whose evidence changed. A line per case lets a run of thousands of cases be written and read
a case at a time. A run's lines are written under a lock on the file, so concurrent runs
into one folder never interleave; a run cut short (fewer case lines than announced) is
skipped when read. Histories written by earlier versions (a run and its cases on one line)
are read too.

Example
-------
>>> import tempfile
>>> out = Path(tempfile.mkdtemp())
>>> record_run(out, [], suite="default", fail_on="error", check=None)
>>> [(r["suite"], r["cases"]) for r in read_history(out)]
[('default', [])]
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import secrets
from collections.abc import Iterator, Sequence
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
    """Append this run to `out/history.jsonl` (when `out` is a folder): a line of the run's
    settings with its number of cases, then a line per case (`case_record`), written a case at
    a time, so a run of thousands of cases never holds them all."""
    if not Path(out).is_dir():  # no case could be written there: nothing to remember it by
        return
    ran_at = _now()
    run = f"{ran_at}/{os.getpid()}/{secrets.token_hex(4)}"  # ties the case lines to their run
    head = {"ran_at": ran_at, "suite": suite, "check": check, "fail_on": fail_on,
            "run": run, "cases": len(outcomes)}  # fmt: skip
    with open(Path(out) / HISTORY_FILE, "ab") as history, _locked(history):
        history.write(_json(head) + b"\n")
        for outcome in outcomes:
            history.write(_json({"run": run, "case": case_record(outcome)}) + b"\n")


@contextlib.contextmanager
def _locked(file) -> Iterator[None]:
    """Hold an exclusive lock on `file` (where the system has `flock`), flushing before release."""
    try:
        import fcntl
    except ImportError:  # no flock here: appends of one process still never interleave
        fcntl = None
    if fcntl is not None:
        fcntl.flock(file.fileno(), fcntl.LOCK_EX)
    try:
        yield
        file.flush()
    finally:
        if fcntl is not None:
            fcntl.flock(file.fileno(), fcntl.LOCK_UN)


def _json(value) -> bytes:
    return json.dumps(value, ensure_ascii=False).encode("utf-8")


def read_history(out: str | Path) -> list[dict[str, Any]]:
    """The runs recorded in `out/history.jsonl`, oldest first, each with the list of its case
    records; unreadable lines and runs cut short are skipped."""
    return [head | {"cases": list(cases)} for head, cases in iter_runs(out)]


def iter_runs(out: str | Path) -> Iterator[tuple[dict[str, Any], Iterator[dict]]]:
    """Each run of `out/history.jsonl` as its settings and an iterator over its case records,
    oldest first, read a line at a time.

    Why: the index reads runs of thousands of cases; a case at a time, its memory does not
    grow with the size of a run. A run is checked whole (every announced case line there)
    before its cases are given; take a run's cases before asking for the next run.

    >>> import tempfile
    >>> out = Path(tempfile.mkdtemp())
    >>> record_run(out, [{"case": "a", "path": "a", "href": None, "status": "ok", "error": None,
    ...     "counts": {}, "claims": 0, "validated": False, "validation_failures": 0,
    ...     "seconds": 0.1, "findings": []}], suite="strict", fail_on="error", check=None)
    >>> [(head["suite"], [c["case"] for c in cases]) for head, cases in iter_runs(out)]
    [('strict', ['a'])]
    """
    try:
        history = open(Path(out) / HISTORY_FILE, "rb")  # noqa: SIM115 - closed below
    except OSError:
        return
    with history:
        while line := history.readline():
            run = _object(line)
            if isinstance(run.get("cases"), list):  # an earlier version's line: a run whole
                yield run, iter(run.pop("cases"))
            elif isinstance(run.get("cases"), int) and isinstance(run.get("run"), str):
                start = history.tell()
                if not all(_case_of(history.readline(), run["run"]) for _ in range(run["cases"])):
                    history.seek(start)  # cut short: its lines are read again, and skipped
                    continue
                end = history.tell()
                yield _settings(run), _cases(history, start, run)
                history.seek(end)


def _cases(history, start: int, run: dict) -> Iterator[dict]:
    history.seek(start)
    for _ in range(run["cases"]):
        yield _case_of(history.readline(), run["run"])


def _settings(run: dict) -> dict[str, Any]:
    return {k: v for k, v in run.items() if k not in ("run", "cases")}


def _case_of(line: bytes, run: str) -> dict | None:
    """The case record of a case line of `run` (None for any other line)."""
    record = _object(line)
    case = record.get("case")
    return case if record.get("run") == run and isinstance(case, dict) else None


def _object(line: bytes) -> dict:
    """A JSON object line as a dict ({} for anything else: a torn or foreign line)."""
    try:
        value = json.loads(line.decode("utf-8", errors="replace"))
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def write_index(out: str | Path) -> Path:
    """Write `out/index.html`, the static desk of the folder (no review controls)."""
    from sourcecheck.atomic import write_chunks
    from sourcecheck.report.desk import desk_page

    path = Path(out) / "index.html"
    write_chunks(path, (piece.encode("utf-8") for piece in desk_page(Path(out))))
    return path
