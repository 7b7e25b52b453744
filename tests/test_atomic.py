"""Atomic writes: readers see the old file or the new one, with a normal file mode."""

from __future__ import annotations

import doctest
import os
import stat
import threading

import pytest

from sourcecheck import atomic


def test_docstring_examples():
    assert doctest.testmod(atomic).failed == 0


def test_new_file_gets_the_umask_mode(tmp_path):
    old = os.umask(0o022)
    try:
        atomic.write_text(tmp_path / "r" / "findings.json", "[]")
    finally:
        os.umask(old)
    assert (tmp_path / "r" / "findings.json").stat().st_mode & 0o777 == 0o644


def test_a_failed_write_keeps_the_old_file_and_leaves_no_temporary(tmp_path, monkeypatch):
    target = tmp_path / "findings.json"
    atomic.write_text(target, "old")

    def broken_replace(src, dst):
        raise OSError("disk full")

    monkeypatch.setattr(atomic.os, "replace", broken_replace)
    with pytest.raises(OSError, match="disk full"):
        atomic.write_text(target, "new")
    assert target.read_text() == "old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["findings.json"]


def test_a_named_pipe_is_written_through_and_stays_a_pipe(tmp_path):
    # `--out /dev/null` must not rename a file over the device (as root that replaces
    # /dev/null for the whole machine); a named pipe stands in for the device here.
    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    got = []
    reader = threading.Thread(target=lambda: got.append(pipe.read_bytes()), daemon=True)
    reader.start()
    atomic.write_text(pipe, "claims")
    reader.join(timeout=10)
    assert got == [b"claims"]
    assert stat.S_ISFIFO(pipe.stat().st_mode)
    assert [p.name for p in tmp_path.iterdir()] == ["pipe"]  # no temporary left beside it


def test_chunks_are_written_as_they_come_and_a_failing_one_keeps_the_old_file(tmp_path):
    target = tmp_path / "index.html"
    atomic.write_chunks(target, (part.encode() for part in ["<p>", "two", "</p>"]))
    assert target.read_text() == "<p>two</p>"

    def pieces():
        yield b"<p>half"
        raise RuntimeError("template error")

    with pytest.raises(RuntimeError, match="template error"):
        atomic.write_chunks(target, pieces())
    assert target.read_text() == "<p>two</p>"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["index.html"]
