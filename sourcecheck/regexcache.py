"""Compiled regular expressions kept on disk between runs, as Python keeps compiled modules.

Why
---
Python compiles every regular expression anew in each process. sourcecheck's vocabularies
(number words, units, currencies, verbs of saying, places) become a few hundred patterns,
some of several thousand characters, and compiling them costs about 0.3 s: a sixth of a
one-case `sourcecheck run`, a third of `sourcecheck claims`. `re` compiles in two steps: it
parses the pattern and generates the matcher's code in Python (the slow part), then builds
the pattern object from that code in C (microseconds). This module stores the first step's
result (a list of integers and the group names) in one file of the user's cache folder and,
in later runs, rebuilds the pattern from it directly.

The file belongs to one Python build: its name carries the interpreter's cache tag and the
regex engine's version, so another Python never reads it. A missing, stale or damaged file
costs only the compile time it was meant to save; the engine checks the code it is given
(`_sre` validates it), so a damaged entry fails loudly and is recompiled. New patterns are
written back once, when the process exits, by an atomic rename. `SOURCECHECK_CACHE` names
another cache folder; `SOURCECHECK_CACHE=off` turns the file off.

Example
-------
>>> p = compile(r"(?P<n>\\d+) (?:servers|serveurs)")
>>> p.search("5500 serveurs").group("n")
'5500'
>>> p.pattern == re.compile(r"(?P<n>\\d+) (?:servers|serveurs)").pattern
True
"""

from __future__ import annotations

import atexit
import marshal
import os
import re
import sys
from pathlib import Path

try:  # the engine's own two steps; absent on a Python that changed them: plain re.compile
    import _sre
    from re import _compiler, _parser

    _BUILD = f"{sys.implementation.cache_tag}-{_sre.MAGIC}"
except (ImportError, AttributeError):  # pragma: no cover - another interpreter
    _BUILD = None

# Entries kept at most; past it, the file keeps only what the last run used.
MAX_ENTRIES = 4000

_store: dict | None = None  # key → parts, as read from the file (None: not read yet)
_used: dict = {}  # key → parts used or made by this process
_patterns: dict = {}  # key → pattern: one object per pattern in a process, as re.compile
_dirty = False
_counts = {"cached": 0, "compiled": 0}


def compile(pattern: str, flags: int = 0) -> re.Pattern:
    """`re.compile(pattern, flags)`, from the disk cache when this Python compiled it before."""
    key = (pattern, int(flags))
    found = _patterns.get(key)
    if found is None:
        found = _patterns[key] = _build(*key)
    return found


def _build(pattern: str, flags: int) -> re.Pattern:
    if _BUILD is None or not isinstance(pattern, str) or not _folder():
        return re.compile(pattern, flags)
    key = (pattern, flags)
    parts = _load().get(key)
    if parts is not None:
        try:
            compiled = _sre.compile(pattern, *parts)
        except (RuntimeError, TypeError, ValueError):  # damaged or foreign entry: recompile
            pass
        else:
            _used[key] = parts
            _counts["cached"] += 1
            return compiled
    compiled, parts = _compile(pattern, flags)
    _counts["compiled"] += 1
    _remember(key, parts)
    return compiled


def stats() -> dict[str, int]:
    """How many patterns this process rebuilt from the file ("cached") and compiled."""
    return dict(_counts)


def cache_file() -> Path | None:
    """The file this process reads and writes, or None when the cache is off."""
    folder = _folder()
    return Path(folder) / f"regex-{_BUILD}.marshal" if folder and _BUILD else None


def _compile(pattern: str, flags: int) -> tuple[re.Pattern, tuple]:
    """The pattern and the parts `_sre.compile` builds it from (re._compiler.compile's steps)."""
    parsed = _parser.parse(pattern, flags)
    code = _compiler._code(parsed, flags)
    groupindex = dict(parsed.state.groupdict)
    indexgroup = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    code = [int(op) for op in code]  # opcodes are int subclasses, which marshal refuses
    flags = int(flags | parsed.state.flags)
    parts = (flags, code, parsed.state.groups - 1, groupindex, tuple(indexgroup))
    return _sre.compile(pattern, *parts), parts


def _folder() -> str:
    setting = os.environ.get("SOURCECHECK_CACHE")
    if setting is not None:
        return "" if setting.strip().lower() in ("", "off", "0", "no") else setting
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return os.path.join(base, "sourcecheck")


def _load() -> dict:
    global _store
    if _store is None:
        _store = {}
        file = cache_file()
        try:
            data = marshal.loads(file.read_bytes()) if file else {}
        except (OSError, EOFError, ValueError, TypeError):
            data = {}
        if isinstance(data, dict):
            _store = data
    return _store


def _remember(key: tuple, parts: tuple) -> None:
    global _dirty
    if not _dirty:
        atexit.register(save)
    _dirty = True
    _used[key] = parts


def save() -> None:
    """Write the patterns this process compiled (with the file's others) to the cache file.

    Runs at exit; a folder that cannot be written leaves things as they were.
    """
    global _dirty
    file = cache_file()
    if not _dirty or file is None:
        return
    _dirty = False
    merged = {**_load(), **_used}
    if len(merged) > MAX_ENTRIES:
        merged = dict(_used)
    temporary = file.with_name(f".{file.name}.{os.getpid()}")
    try:
        file.parent.mkdir(parents=True, exist_ok=True)
        temporary.write_bytes(marshal.dumps(merged))
        os.replace(temporary, file)
    except OSError:
        temporary.unlink(missing_ok=True)
