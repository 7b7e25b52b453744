"""A case's report folder as one set: one run at a time, written aside, swapped in whole.

Why
---
report.html, findings.json and claims.csv must come from the same run: the review server,
CI and editors match finding ids across them. Writing each file atomically is not enough (a
kill, a full disk or a second run between two files leaves a mix), so a run:

1. takes the lock of `OUT/<case>` (`OUT/.<case>.lock`, an flock that dies with its holder):
   a second run of the same case waits for it, up to `--wait` seconds, then fails with one
   line naming the holder's pid and start time;
2. removes what killed runs left (`OUT/.<case>.stage-*`), or puts back the previous set when
   a kill fell between the two renames of the fallback swap (`OUT/.<case>.old-*`);
3. writes the whole set into a fresh folder beside the target, `OUT/.<case>.stage-<pid>-<id>`,
   and swaps it in: one `renameat2(RENAME_EXCHANGE)` on Linux, so a reader sees the old set or
   the new one and never a mix or nothing; elsewhere (or on a file system without it) two
   renames, where a reader may briefly find no folder but never a mix;
4. removes the previous set.

Files in the folder that sourcecheck does not write (an editor's notes) are carried over.

Example
-------
>>> import tempfile, pathlib
>>> out = pathlib.Path(tempfile.mkdtemp())
>>> with claimed(out, "demo"):
...     folder = write_set(out, "demo", {"findings.json": "[]", "report.html": "<p>"})
>>> sorted(p.name for p in (out / "demo").iterdir())
['findings.json', 'report.html']
"""

from __future__ import annotations

import contextlib
import ctypes
import datetime as dt
import errno
import json
import os
import re
import secrets
import shutil
import socket
import sys
import threading
import time
from collections.abc import Iterator, Mapping
from pathlib import Path

from sourcecheck import regexcache
from sourcecheck.errors import InputError

try:
    import fcntl
except ImportError:  # Windows: no flock; runs are not serialised there
    fcntl = None

OUTPUT_FILES = ("report.html", "findings.json", "claims.csv", "validation.json")
WAIT = 600.0  # seconds a run waits for another run of the same case (--wait)
POLL = 0.05

_held: dict[Path, tuple[int, int]] = {}  # lock file → (pid, fd) held by this process
_held_lock = threading.Lock()


class Busy(InputError):
    """Another run holds the case's report folder."""


def lock_path(out: Path, case: str) -> Path:
    return Path(out) / f".{case}.lock"


def _base(out: str | Path) -> Path:
    """The report folder, created when missing; InputError when it cannot be."""
    out = Path(out)
    try:
        out.mkdir(parents=True, exist_ok=True)
    except FileExistsError:
        raise InputError(out, None, "is not a folder (--out names where reports go)") from None
    except OSError as exc:
        raise InputError(out, None, f"cannot create the report folder: {exc.strerror}") from None
    if not out.is_dir():
        raise InputError(out, None, "is not a folder (--out names where reports go)")
    return out


@contextlib.contextmanager
def claimed(out: str | Path, case: str, *, wait: float = WAIT) -> Iterator[Path]:
    """Hold the lock of `out/<case>` while the block runs; yields that folder's path.

    Waits up to `wait` seconds for another holder (saying so once on standard error), then
    raises Busy naming it. Re-entrant within one process. Cleans up killed runs' leftovers.
    """
    base = _base(out)
    lock = lock_path(base, case)
    with _held_lock:
        mine = _held.get(lock)
    if mine and mine[0] == os.getpid():
        yield base / case
        return
    fd = _acquire(lock, case, wait)
    with _held_lock:
        _held[lock] = (os.getpid(), fd)
    try:
        clean(base, case)
        yield base / case
    finally:
        with _held_lock:
            _held.pop(lock, None)
        os.close(fd)  # releases the flock


def _acquire(lock: Path, case: str, wait: float) -> int:
    try:
        fd = os.open(lock, os.O_RDWR | os.O_CREAT | getattr(os, "O_CLOEXEC", 0), 0o666)
    except OSError as exc:
        raise InputError(lock, None, f"cannot create the lock file: {exc.strerror}") from None
    if fcntl is None:
        return fd
    deadline = time.monotonic() + max(0.0, wait)
    said = False
    while True:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            break
        except BlockingIOError:
            holder = _holder(lock)
            if time.monotonic() >= deadline:
                os.close(fd)
                raise Busy(
                    lock.parent / case,
                    None,
                    f"another run ({holder}) is writing this report folder; "
                    f"try again when it ends, or give --wait SECONDS",
                ) from None
            if not said:
                print(f"sourcecheck: waiting for {holder} to finish writing {lock.parent / case}",
                      file=sys.stderr, flush=True)  # fmt: skip
                said = True
            time.sleep(POLL)
    started = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    record = {"pid": os.getpid(), "started": started, "host": socket.gethostname()}
    os.ftruncate(fd, 0)
    os.pwrite(fd, (json.dumps(record) + "\n").encode(), 0)
    return fd


def _holder(lock: Path) -> str:
    """'pid 4242 on host, started 2026-11-30T12:00:00+00:00', from the lock file."""
    try:
        record = json.loads(lock.read_text(encoding="utf-8") or "{}")
        return f"pid {record['pid']} on {record['host']}, started {record['started']}"
    except (OSError, ValueError, KeyError, TypeError):
        return "a run that is starting"


def _leftover(case: str, kind: str) -> re.Pattern:
    return regexcache.compile(rf"\.{re.escape(case)}\.{kind}-\d+-[0-9a-f]+")


def clean(base: Path, case: str) -> None:
    """Remove what killed runs of `case` left in `base` (the caller holds the lock).

    A previous set moved aside by the fallback swap goes back when the folder is missing.
    """
    target = base / case
    olds = []
    for name in os.listdir(base):
        if _leftover(case, "stage").fullmatch(name):
            _remove(base / name)
        elif _leftover(case, "old").fullmatch(name):
            olds.append(base / name)
    olds.sort(key=lambda p: p.stat().st_mtime_ns, reverse=True)
    if olds and not os.path.lexists(target):
        os.rename(olds.pop(0), target)
    for old in olds:
        _remove(old)


def _remove(path: Path) -> None:
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path, ignore_errors=True)
    else:
        with contextlib.suppress(FileNotFoundError):
            path.unlink()


def write_set(out: str | Path, case: str, files: Mapping[str, str | bytes]) -> Path:
    """Write `files` (name → content) as the whole report set of `out/<case>` (the caller
    holds `claimed(out, case)`); returns the folder.

    Any OSError (a full disk, a read-only folder) leaves the previous set as it was and
    becomes one InputError naming the folder.
    """
    base = _base(out)
    target = base / case
    if os.path.lexists(target) and not target.is_dir():
        raise InputError(target, None, "exists and is not a folder: move it away to write reports")
    stage = base / f".{case}.stage-{os.getpid()}-{secrets.token_hex(4)}"
    try:
        stage.mkdir()
        for name, content in files.items():
            _write(stage / name, content.encode("utf-8") if isinstance(content, str) else content)
        if target.is_dir():
            _carry_over(target, stage)
        _fsync_dir(stage)
        _swap(stage, target, base, case)
        _fsync_dir(base)
    except OSError as exc:
        raise InputError(
            target,
            None,
            f"cannot write the reports ({exc.strerror or exc}); the previous set is kept",
        ) from None
    finally:
        _remove(stage)  # after an exchange it holds the previous set
    return target


def _write(path: Path, data: bytes) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0), 0o666)
    with os.fdopen(fd, "wb") as f:
        f.write(data)
        f.flush()
        os.fsync(f.fileno())


def _carry_over(old: Path, new: Path) -> None:
    """Files and folders of the previous set that sourcecheck does not write (hard links when
    the file system allows: the previous set is removed right after)."""
    for entry in old.iterdir():
        if (
            entry.name in OUTPUT_FILES
            or entry.name.startswith(".")
            or os.path.lexists(new / entry.name)
        ):
            continue
        if entry.is_symlink():
            os.symlink(os.readlink(entry), new / entry.name)
        elif entry.is_dir():
            shutil.copytree(entry, new / entry.name, symlinks=True)
        elif entry.is_file():
            try:
                os.link(entry, new / entry.name)
            except OSError:
                shutil.copy2(entry, new / entry.name)


def _fsync_dir(path: Path) -> None:
    with contextlib.suppress(OSError):  # not every platform can open a folder
        fd = os.open(path, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _swap(stage: Path, target: Path, base: Path, case: str) -> None:
    """Put `stage` at `target`; afterwards `stage` holds the previous set, if any."""
    if not os.path.lexists(target):
        os.rename(stage, target)
        return
    if _exchange(stage, target):
        return
    old = base / f".{case}.old-{os.getpid()}-{secrets.token_hex(4)}"
    os.rename(target, old)  # a kill here is repaired by the next run's clean()
    os.rename(stage, target)
    os.rename(old, stage)


_RENAME_EXCHANGE = 2
_AT_FDCWD = -100


def _exchange(a: Path, b: Path) -> bool:
    """Swap two paths atomically (Linux renameat2); False when the system cannot."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        renameat2 = ctypes.CDLL(None, use_errno=True).renameat2
    except (AttributeError, OSError):
        return False
    renameat2.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_uint]  # fmt: skip
    renameat2.restype = ctypes.c_int
    if renameat2(_AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE) == 0:
        return True
    code = ctypes.get_errno()
    if code in (errno.EINVAL, errno.ENOSYS, errno.EOPNOTSUPP, errno.ENOTSUP):
        return False
    raise OSError(code, os.strerror(code), str(b))
