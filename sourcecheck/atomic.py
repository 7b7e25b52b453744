"""Atomic file writes: a temporary file in the same folder, then a rename.

Why
---
A report folder must never hold half a findings.json: a reader (CI, the review server) sees
the old file or the new one, never a torn one.

Example
-------
>>> import tempfile, pathlib
>>> d = pathlib.Path(tempfile.mkdtemp())
>>> write_text(d / "a.txt", "hello")
>>> (d / "a.txt").read_text()
'hello'
>>> oct((d / "a.txt").stat().st_mode & 0o777) == oct(_file_mode())
True
"""

from __future__ import annotations

import os
import stat
import tempfile
from collections.abc import Iterable
from pathlib import Path


def _file_mode() -> int:
    """The mode a plain `open()` would give a new file (0o666 less the umask)."""
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


def write_bytes(path: str | Path, data: bytes, *, durable: bool = True) -> None:
    """Write `data` to `path` atomically, creating parent folders; `durable` waits until the
    data is on disk (a cache file need not: losing one costs only the time it saves)."""
    write_chunks(path, (data,), durable=durable)


def write_chunks(path: str | Path, chunks: Iterable[bytes], *, durable: bool = True) -> None:
    """Write the bytes of `chunks` to `path` atomically, as they come: a page rendered piece
    by piece (the index of thousands of cases) is never held whole in memory. A chunk that
    raises leaves `path` as it was.

    The file gets the mode `open()` would give it: mkstemp's private 0o600 would hide reports
    from the web server or the colleague who reads them. A path that is not a regular file
    (`/dev/null`, a named pipe) is written as it is: a rename would replace the device with a
    file, and for root that breaks `/dev/null` for the whole machine.
    """
    path = Path(path)
    if _special(path):
        with open(path, "wb") as f:
            f.writelines(chunks)
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as f:
            for chunk in chunks:
                f.write(chunk)
            if durable:
                f.flush()
                os.fsync(f.fileno())
        os.chmod(tmp, _file_mode())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise


def _special(path: Path) -> bool:
    """True for an existing path that is neither a regular file nor a folder (a device, a pipe)."""
    try:
        mode = path.stat().st_mode
    except OSError:
        return False
    return not (stat.S_ISREG(mode) or stat.S_ISDIR(mode))


def write_text(path: str | Path, text: str) -> None:
    """Write UTF-8 `text` to `path` atomically."""
    write_bytes(path, text.encode("utf-8"))
