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
import sys
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path
from typing import Any, TypeVar

from sourcecheck import atomic

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
    the result is made from); the file of the module that defines `build` is part of the key
    (its size and time), so editing the code that builds a result builds it again. The result
    must be plain data (dicts, lists, tuples, strings, numbers): it is stored with `marshal`.
    A missing or damaged entry is built again.
    """
    key = f"{_code_stamp(build)}\n{key}"
    file = entry(kind, key)
    if file is None:
        return build()
    value = read(file, key, _MISSING)
    if value is _MISSING:
        value = build()
        keep(file, key, value)
    return value


_MISSING = object()


def entry(kind: str, key: str) -> Path | None:
    """The file that holds entry (`kind`, `key`), or None when caching is off."""
    base = folder("data")
    if base is None:
        return None
    return base / f"{kind}-{hashlib.sha1(key.encode(), usedforsecurity=False).hexdigest()}"


def read(file: Path, key: str, missing: Any = None) -> Any:
    """The value `keep` stored in `file` for `key`; `missing` when there is none, when the
    file is damaged, or when it holds another key (a hash collision)."""
    try:
        stored_key, value = marshal.loads(file.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return missing
    return value if stored_key == key else missing


def keep(file: Path, key: str, value: Any) -> None:
    """Store `value` for `key` in `file`, atomically; a value that is not plain data (a date, a
    set of tuples…) or a folder that cannot be written is simply not kept."""
    try:
        data = marshal.dumps((key, value))
    except ValueError:
        return
    with contextlib.suppress(OSError):
        atomic.write_bytes(file, data, durable=False)


def _code_stamp(build: Callable) -> str:
    """The size and modification time of the file defining `build` ("" when unknown)."""
    module = sys.modules.get(getattr(build, "__module__", "") or "")
    try:
        stat = os.stat(module.__file__)  # type: ignore[union-attr, arg-type]
    except (AttributeError, TypeError, OSError):
        return ""
    return f"{module.__file__}:{stat.st_size}:{stat.st_mtime_ns}"
