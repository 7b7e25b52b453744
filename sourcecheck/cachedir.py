"""The folder where sourcecheck keeps what it can rebuild: compiled patterns, templates and
tables derived from its data.

Why
---
Every run compiles the same regular expressions and report templates; keeping them between
runs, as Python keeps compiled modules in `__pycache__`, saves a fifth of a one-case run. The
folder is `$XDG_CACHE_HOME/sourcecheck` (`~/.cache/sourcecheck`); `SOURCECHECK_CACHE` names
another folder, and `SOURCECHECK_CACHE=off` turns caching off. Deleting the folder is always
safe: it only costs the next run the time it saved.

Example
-------
>>> import os
>>> os.environ["SOURCECHECK_CACHE"] = "/tmp/sc-cache"
>>> str(folder("templates"))
'/tmp/sc-cache/templates'
>>> remembered("demo", "v1", lambda: {"paris": ["Paris", "city"]})  # built, then read back
{'paris': ['Paris', 'city']}
>>> os.environ["SOURCECHECK_CACHE"] = "off"
>>> folder("templates") is None
True
>>> del os.environ["SOURCECHECK_CACHE"]
"""

from __future__ import annotations

import contextlib
import hashlib
import marshal
import os
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")

_OFF = ("", "off", "0", "no", "false")


def folder(name: str) -> Path | None:
    """The cache subfolder `name` (not created here), or None when caching is off."""
    env = os.environ
    return _folder(env.get("SOURCECHECK_CACHE"), env.get("XDG_CACHE_HOME"), env.get("HOME"), name)


@lru_cache(maxsize=64)
def _folder(setting: str | None, xdg: str | None, home: str | None, name: str) -> Path | None:
    if setting is None:
        base = xdg or os.path.join(home or os.path.expanduser("~"), ".cache")
        setting = os.path.join(base, "sourcecheck")
    elif setting.strip().lower() in _OFF:
        return None
    return Path(setting) / name


def remembered(kind: str, key: str, build: Callable[[], T]) -> T:
    """`build()`, kept in the cache under (`kind`, `key`) and read back by later runs.

    `key` must change whenever what `build` reads changes (a library's version, the data
    the result is made from). The result must be plain data (dicts, lists, tuples, strings,
    numbers): it is stored with `marshal`. A missing or damaged entry is built again.
    """
    base = folder("data")
    if base is None:
        return build()
    file = base / f"{kind}-{hashlib.sha1(key.encode(), usedforsecurity=False).hexdigest()}"
    try:
        stored_key, value = marshal.loads(file.read_bytes())
        if stored_key == key:
            return value
    except (OSError, EOFError, ValueError, TypeError):
        pass
    value = build()
    try:
        data = marshal.dumps((key, value))
    except ValueError:  # not plain data (a date, a set of tuples…): used, not kept
        return value
    write(file, data)
    return value


def write(file: Path, data: bytes) -> None:
    """`data` into `file` by an atomic rename; a folder that cannot be written is left alone."""
    temporary = file.with_name(f".{file.name}.{os.getpid()}")
    try:
        file.parent.mkdir(parents=True, exist_ok=True)
        temporary.write_bytes(data)
        os.replace(temporary, file)
    except OSError:
        with contextlib.suppress(OSError):
            temporary.unlink(missing_ok=True)
