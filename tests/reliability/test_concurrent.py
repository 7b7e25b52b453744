"""Two runs of the same case at once: the second waits for the first (or, with --wait 0, fails
in one line naming the first), and the report folder ends as the second run's whole set."""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

import pytest
from reliability_case import run_cli, tiny_case
from report_sets import OTHER, read_set

from sourcecheck import outfolder
from sourcecheck.outputs import write_case
from sourcecheck.pipeline import check

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="needs os.fork")


def spawn(argv: list, log: Path) -> int:
    """Fork a process that runs `sourcecheck ARGV` with its output in `log`.

    The table expectations (great_expectations, seconds a run) are left out: they have nothing
    to do with who writes the folder.
    """
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child
        code = 3
        try:
            import sourcecheck.checks.expectations as expectations
            from sourcecheck.cli import main

            expectations.validate_tables = lambda *a, **k: {"success": True, "results": []}
            sys.stdout = sys.stderr = open(log, "w", encoding="utf-8", buffering=1)  # noqa: SIM115
            code = main([str(a) for a in argv])
            sys.stdout.flush()
        finally:
            os._exit(code)
    return pid


def holder(out: Path) -> int | None:
    try:
        return json.loads((out / ".tiny.lock").read_text() or "{}").get("pid")
    except (OSError, ValueError):
        return None


@pytest.mark.time_limit(120)
def test_a_second_run_waits_and_the_folder_ends_as_its_whole_set(tmp_path):
    first, second = tiny_case(tmp_path / "a"), tiny_case(tmp_path / "b", text=OTHER)
    expected = read_set(write_case(check(second, validate=False), tmp_path / "expected"))
    out = tmp_path / "out"
    a = spawn(["run", first, "--out", out, "--fail-on", "never"], tmp_path / "a.log")
    deadline = time.monotonic() + 60
    while holder(out) != a and time.monotonic() < deadline:  # A holds the case's folder
        time.sleep(0.01)
    b = spawn(["run", second, "--out", out, "--fail-on", "never"], tmp_path / "b.log")
    codes = [os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]) for pid in (a, b)]
    logs = [(tmp_path / f"{n}.log").read_text() for n in "ab"]
    assert codes == [0, 0], logs
    assert f"waiting for pid {a}" in logs[1], logs[1]
    assert read_set(out / "tiny") == expected  # the later run's set, whole
    assert [p.name for p in out.iterdir() if p.name.startswith(".tiny.") and "lock" not in p.name] == []  # fmt: skip


def test_with_wait_0_a_busy_folder_is_one_line_naming_the_holder(tmp_path, capsys):
    out = tmp_path / "out"
    case = tiny_case(tmp_path)
    with outfolder.claimed(out, "tiny"):
        pid = os.fork()
        if pid == 0:  # pragma: no cover - the child: this process's lock is not its own
            code = 3
            try:
                code, _, err = run_cli(["run", case, "--out", out, "--wait", "0"], capsys)
                code = code if err.count("\n") == 1 and f"pid {os.getppid()}" in err else 9
            finally:
                os._exit(code)
        _, status = os.waitpid(pid, 0)
    assert os.waitstatus_to_exitcode(status) == 2


def test_the_message_names_pid_and_start_time(tmp_path):
    out = tmp_path / "out"
    with outfolder.claimed(out, "tiny"):
        record = json.loads((out / ".tiny.lock").read_text())
        pid = os.fork()
        if pid == 0:  # pragma: no cover
            code = 1
            try:
                with outfolder.claimed(out, "tiny", wait=0):
                    pass
            except outfolder.Busy as exc:
                said = str(exc)
                code = 0 if f"pid {record['pid']}" in said and record["started"] in said else 1
            finally:
                os._exit(code)
        assert os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]) == 0


def test_a_lock_left_by_a_dead_run_does_not_block(tmp_path):
    """The lock is an flock: it dies with its process; the file it leaves is only a record."""
    out = tmp_path / "out"
    out.mkdir()
    (out / ".tiny.lock").write_text('{"pid": 999999, "started": "2020-01-01", "host": "x"}')
    result = check(tiny_case(tmp_path), validate=False)
    assert read_set(write_case(result, out, wait=0))
