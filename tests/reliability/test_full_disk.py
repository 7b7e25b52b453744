"""A full disk (ENOSPC) keeps the previous report set whole and is one line, exit code 2; a
read-only review store can still be listed and exported.

The disk is a real, small tmpfs mounted in a private user and mount namespace (`unshare -rm`,
no root needed where the kernel allows unprivileged user namespaces); the steps run in
full_disk.py inside it. Skipped, with the reason, where such a mount is not allowed.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent


def mount_allowed(tmp: Path) -> str | None:
    """None when a tmpfs can be mounted in a private namespace, else why not."""
    if not sys.platform.startswith("linux") or not shutil.which("unshare"):
        return "needs Linux and unshare(1) to mount a small tmpfs"
    target = tmp / "try"
    target.mkdir()
    probe = subprocess.run(
        ["unshare", "-rm", "mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(target)],
        capture_output=True,
        text=True,
        timeout=20,
    )
    if probe.returncode:
        return f"mounting a tmpfs is not allowed here: {probe.stderr.strip() or probe.returncode}"
    return None


@pytest.fixture(scope="module")
def steps(tmp_path_factory) -> list[dict]:
    tmp = tmp_path_factory.mktemp("disk")
    reason = mount_allowed(tmp)
    if reason:
        pytest.skip(reason)
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), str(HERE)])}
    done = subprocess.run(
        ["unshare", "-rm", sys.executable, str(HERE / "full_disk.py"), str(tmp)],
        capture_output=True, text=True, env=env, timeout=150, cwd=tmp,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-3000:]
    return {s["step"]: s for s in json.loads(done.stdout.strip().splitlines()[-1])}


@pytest.mark.time_limit(180)
def test_a_full_disk_keeps_the_previous_set_and_leaves_nothing(steps):
    writes = [s for name, s in steps.items() if name.startswith("write with")]
    assert len(writes) == 4
    for s in writes:
        assert s["error"] and "No space left on device" in s["error"], s
        assert "previous set is kept" in s["error"]
        assert s["kept"] and s["leftovers"] == [], s
    again = steps["write once there is room"]
    assert again["new"] and again["leftovers"] == []
    assert steps["review set once there is room"]["code"] == 0


@pytest.mark.time_limit(180)
def test_a_full_disk_is_one_line_and_exit_2(steps):
    run = steps["sourcecheck run on a full disk"]
    assert run["code"] == 2 and run["kept"] and run["leftovers"] == [], run
    assert len(run["stderr"].strip().splitlines()) == 1
    assert "No space left on device" in run["stderr"] and "Traceback" not in run["stderr"]
    review = steps["review set on a full disk"]
    assert review["code"] == 2 and len(review["stderr"].strip().splitlines()) == 1, review
    assert "reviews.sqlite" in review["stderr"]


@pytest.mark.time_limit(180)
def test_a_read_only_store_is_listed_and_exported_but_not_written(steps):
    listed = steps["review list on a read-only store"]
    assert listed["code"] == 0 and "dismissed" in listed["stdout"], listed
    exported = steps["review export on a read-only store"]
    assert exported["code"] == 0 and "dismissed" in exported["stdout"], exported
    written = steps["review set on a read-only store"]
    assert written["code"] == 2 and "cannot be written" in written["stderr"], written
    assert len(written["stderr"].strip().splitlines()) == 1
    run = steps["sourcecheck run into a read-only folder"]
    assert run["code"] == 2 and run["kept"] and "Traceback" not in run["stderr"], run
