"""A run killed at any point (SIGKILL) leaves the previous report set or the new one, whole.

Each try forks a child that writes one of two different report sets of the same case, kills it
after a random delay, and reads the folder: findings.json, report.html and claims.csv must come
from one run. Half the kills aim at the write-and-swap phase, the rest anywhere in the run;
every sixth run is left to finish, so the folder holds each set in turn. The next run cleans up
what the killed ones left. The children are forked from this process,
which has every module loaded, so a try costs a render, not an interpreter start.
"""

from __future__ import annotations

import os
import random
import signal
import sys
import time
from pathlib import Path

import pytest
from report_sets import leftovers, read_set, two_results

from sourcecheck import outfolder
from sourcecheck.outputs import write_case
from sourcecheck.report import render_case

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="needs os.fork")


def child(result, out: Path) -> int:
    """Fork a process that writes `result` into `out` and exits."""
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child
        code = 1
        try:
            write_case(result, out, wait=30)
            code = 0
        finally:
            os._exit(code)
    return pid


def timed_write(result, out: Path) -> float:
    started = time.perf_counter()
    pid = child(result, out)
    _, status = os.waitpid(pid, 0)
    assert os.waitstatus_to_exitcode(status) == 0
    return time.perf_counter() - started


def kill_loop(tmp_path: Path, kills: int, seed: int) -> None:
    """`kills` runs killed at random points; after every fifth, one run left to finish (so
    each of the two sets is in the folder when later kills fall)."""
    rng = random.Random(seed)
    results = two_results(tmp_path)
    expected = [read_set_of(r, tmp_path / "expected") for r in results]
    out = tmp_path / "out"
    total = max(timed_write(r, out) for r in results)  # fork, render, write, swap
    started = time.perf_counter()
    render_case(results[0])
    render = min(time.perf_counter() - started, total)
    killed = n = 0
    while killed < kills:
        which = n % 2
        pid = child(results[which], out)
        n += 1
        if n % 6 == 0:  # left to finish: the folder is this run's set
            _, status = os.waitpid(pid, 0)
            assert os.waitstatus_to_exitcode(status) == 0
            assert read_set(out / "tiny") == expected[which]
            continue
        if killed % 2:
            delay = rng.uniform(0, total * 1.1)  # anywhere in the run
        else:
            delay = rng.uniform(render * 0.8, total * 1.1)  # aimed at writing and swapping
        time.sleep(delay)
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        killed += 1
        folder = out / "tiny"
        if not folder.exists():  # only between the two renames of the fallback swap
            assert any(".old-" in name for name in leftovers(out)), leftovers(out)
            continue
        assert read_set(folder) in expected, f"kill {killed}: a report set from no single run"
    timed_write(results[0], out)  # the next run cleans up
    assert read_set(out / "tiny") == expected[0]
    assert leftovers(out) == []


def read_set_of(result, out: Path):
    return read_set(write_case(result, out))


@pytest.mark.time_limit(120)
def test_sigkill_at_random_points_leaves_one_whole_set(tmp_path):
    kill_loop(tmp_path, kills=50, seed=14)


@pytest.mark.time_limit(120)
def test_sigkill_with_the_two_rename_swap_leaves_one_whole_set(tmp_path, monkeypatch):
    """Where the system cannot exchange two folders in one step (not Linux, or a file system
    without RENAME_EXCHANGE), a kill between the two renames is repaired by the next run."""
    monkeypatch.setattr(outfolder, "_exchange", lambda a, b: False)
    kill_loop(tmp_path, kills=15, seed=41)


def test_the_swap_is_one_step_on_linux(tmp_path):
    if not sys.platform.startswith("linux"):
        pytest.skip("renameat2(RENAME_EXCHANGE) is Linux")
    a, b = tmp_path / "a", tmp_path / "b"
    a.mkdir()
    b.mkdir()
    (a / "x").write_text("a")
    if not outfolder._exchange(a, b):
        pytest.skip("this file system cannot exchange two folders")
    assert (b / "x").read_text() == "a" and not (a / "x").exists()
