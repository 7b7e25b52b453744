"""Run inside a private mount namespace (`unshare -rm`) by test_full_disk.py: a small tmpfs as
the report folder, filled up at several points, then made read-only. Prints a JSON list of
what happened at each step; the test judges it.

    unshare -rm python full_disk.py WORKDIR
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import subprocess
import sys
from pathlib import Path

from report_sets import leftovers, read_set, two_results

from sourcecheck.cli import main
from sourcecheck.errors import InputError
from sourcecheck.outputs import write_case


def cli(*argv) -> dict:
    err, out = io.StringIO(), io.StringIO()
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(out):
        code = main([str(a) for a in argv])
    return {"code": code, "stderr": err.getvalue(), "stdout": out.getvalue()}


def fill(disk: Path, leave: int) -> None:
    """Fill `disk` until `leave` bytes are free."""
    (disk / "filler").unlink(missing_ok=True)
    free = os.statvfs(disk).f_bavail * os.statvfs(disk).f_frsize
    with open(disk / "filler", "wb") as f:
        with contextlib.suppress(OSError):
            f.write(b"\0" * max(0, free - leave))


def main_() -> None:
    work = Path(sys.argv[1])
    # The table expectations (great_expectations) cost this fresh interpreter seconds and have
    # nothing to do with the disk: the run validates nothing here.
    import sourcecheck.checks.expectations as expectations

    expectations.validate_tables = lambda *a, **k: {"success": True, "results": []}
    first, second = two_results(work)
    probe = write_case(first, work / "probe")
    size = sum(p.stat().st_size for p in probe.iterdir())
    disk = work / "disk"
    disk.mkdir()
    # a small disk: one set, and room for the review store
    subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size * 2 + (1 << 20)}", "tmpfs", disk], check=True)  # fmt: skip
    out = disk / "reports"
    steps = []
    before = read_set(write_case(first, out))
    for leave in (0, 4096, size // 3, size - 4096):
        fill(disk, leave)
        try:
            write_case(second, out)
            error = None
        except InputError as exc:
            error = str(exc)
        steps.append({"step": f"write with {leave} bytes free", "error": error,
                      "kept": read_set(out / "tiny") == before, "leftovers": leftovers(out)})  # fmt: skip
    fill(disk, 0)
    run = cli("run", work / "a" / "tiny", "--out", out, "--fail-on", "never")
    steps.append({"step": "sourcecheck run on a full disk", **run,
                  "kept": read_set(out / "tiny") == before, "leftovers": leftovers(out)})  # fmt: skip
    finding = sorted(before[0])[0]
    review = cli("review", "set", finding, "--status", "dismissed", "--out", out)
    steps.append({"step": "review set on a full disk", **review})
    (disk / "filler").unlink()
    after = read_set(write_case(second, out))
    steps.append({"step": "write once there is room", "new": after != before and after == read_set(out / "tiny"),
                  "leftovers": leftovers(out)})  # fmt: skip
    steps.append({"step": "review set once there is room",
                  **cli("review", "set", sorted(after[0])[0], "--status", "dismissed", "--out", out)})  # fmt: skip
    subprocess.run(["mount", "-o", "remount,ro", disk], check=True)
    for action in (["list", out], ["export", "--out", out]):
        steps.append({"step": f"review {action[0]} on a read-only store", **cli("review", *action)})
    steps.append({"step": "review set on a read-only store",
                  **cli("review", "set", sorted(after[0])[0], "--status", "confirmed", "--out", out)})  # fmt: skip
    steps.append({"step": "sourcecheck run into a read-only folder",
                  **cli("run", work / "a" / "tiny", "--out", out, "--fail-on", "never"),
                  "kept": read_set(out / "tiny") == after})  # fmt: skip
    print(json.dumps(steps))


if __name__ == "__main__":
    main_()
