"""Results kept for a case that has not changed: `sourcecheck claims` run again answers at once.

Why
---
Reading a case means importing pandas and the extractor (about a second before the first
figure is read); an editor who runs `sourcecheck claims` again on the same folder, to pipe
it into another tool or to try another format, waits that second for the same answer. As
ruff and pytest keep results between runs, sourcecheck keeps the claims it wrote, under a
stamp of everything the answer depends on, read without importing pandas or the extractor:

- every entry of the case folder (a hash of each file's bytes): documents, `case.yaml`,
  `claims.csv`;
- the project's `rules/` folder (its lexicons), hashed the same way;
- sourcecheck's own files (code and data: size and modification time), the installed
  packages (their version folders) and Python itself;
- the options (limits, format).

Change any of them and the case is read again. `SOURCECHECK_CACHE=off` turns it off, as for
every cache (`sourcecheck.cachedir`); failed reads are never kept.

Example
-------
>>> import os, tempfile, pathlib
>>> os.environ["SOURCECHECK_CACHE"] = tempfile.mkdtemp()
>>> case = pathlib.Path(tempfile.mkdtemp())
>>> _ = (case / "a.md").write_text("12 dead")
>>> answered("claims", stamp(case, "csv"), lambda: ([], "claim_id\\n"))  # built, kept
([], 'claim_id\\n')
>>> answered("claims", stamp(case, "csv"), lambda: ([], "rebuilt"))  # read back
([], 'claim_id\\n')
>>> _ = (case / "b.md").write_text("13 dead")
>>> answered("claims", stamp(case, "csv"), lambda: ([], "rebuilt"))  # the case changed
([], 'rebuilt')
>>> del os.environ["SOURCECHECK_CACHE"]
"""

from __future__ import annotations

import hashlib
import os
import sys
import sysconfig
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path

from sourcecheck import cachedir
from sourcecheck.rulesfolder import rules_folder

Answer = tuple[list[str], str]  # the notices, and the text written

MAX_KEPT = 64 * 1024 * 1024  # characters; a larger answer is cheaper to rebuild than to keep
MAX_HASHED = 16 * 1024 * 1024  # bytes; a larger file is no document (the limit is 5 MB)


def stamp(case: str | Path, options: str) -> str | None:
    """What the answer for `case` with `options` depends on, as one string; None when `case`
    or its project's `rules/` is not a readable folder (the command then reads it and
    reports the problem)."""
    folder = Path(case)
    rules = rules_folder(folder)
    try:
        entries = _entries(folder)
        kept = _entries(rules) if rules is not None else []
    except OSError:  # not a folder, or one that cannot be listed: read, never kept
        return None
    return "\n".join(
        [options, str(folder.resolve()), _installed(), *entries, f"rules {rules}", *kept]
    )


def answered(kind: str, key: str | None, build: Callable[[], Answer]) -> Answer:
    """The answer kept for (`kind`, `key`), else `build()`, kept for the next run unless
    caching is off, `key` is None (no stamp) or the answer is huge. A build that raises is
    never kept."""
    file = cachedir.entry(kind, key) if key is not None else None
    if file is None:
        return build()
    value = cachedir.read(file, key)
    if value is None:
        value = build()
        if len(value[1]) <= MAX_KEPT:
            cachedir.keep(file, key, value)
    return value


def _entries(folder: Path) -> list[str]:
    """One line per entry of `folder`: a regular file's name and a hash of its bytes; a link's
    name, target and the target's size and time (a link is never opened here: it may lead out
    of the case or to a pipe); a folder's or a special file's name and kind.

    Contents, not times, for the files a case is made of: a document rewritten within the same
    clock tick with as many bytes ("12 dead" → "13 dead") is still seen to change.
    """
    out = []
    with os.scandir(folder) as scan:
        for entry in scan:
            try:
                out.append(_entry(entry))
            except OSError as exc:
                out.append(f"{entry.name} unreadable {exc.errno}")
    return sorted(out)


def _entry(entry: os.DirEntry) -> str:
    if entry.is_symlink():
        target = os.readlink(entry.path)
        try:
            info = os.stat(entry.path)
        except OSError:
            return f"{entry.name} link {target} broken"
        return f"{entry.name} link {target} {info.st_mode} {info.st_size} {info.st_mtime_ns}"
    if entry.is_file(follow_symlinks=False):
        info = entry.stat(follow_symlinks=False)
        if info.st_size > MAX_HASHED:  # larger than any document read: its size and time
            return f"{entry.name} file {info.st_size} {info.st_mtime_ns}"
        digest = hashlib.blake2b(Path(entry.path).read_bytes(), digest_size=16)
        return f"{entry.name} {digest.hexdigest()}"
    info = entry.stat(follow_symlinks=False)
    return f"{entry.name} {'dir' if entry.is_dir() else 'special'} {info.st_mode}"


@lru_cache(maxsize=1)
def _installed() -> str:
    """sourcecheck's files, the installed packages' version folders and the Python running."""
    package = Path(__file__).parent
    files = []
    for root, dirs, names in os.walk(package):
        dirs[:] = sorted(d for d in dirs if d != "__pycache__")
        for name in sorted(names):
            info = os.stat(os.path.join(root, name))
            files.append(f"{root}/{name} {info.st_size} {info.st_mtime_ns}")
    site = sysconfig.get_paths()["purelib"]
    try:
        versions = sorted(n for n in os.listdir(site) if n.endswith((".dist-info", ".egg-info")))
    except OSError:
        versions = []
    return "\n".join([sys.version, sys.executable, *versions, *files])
