"""Read untrusted files: regular files only, inside their folder, bounded in size; YAML without
aliases and with bounded nesting.

Why
---
Case folders, suites and check files come from outside (sourcecheck.limits says why and lists
the limits). Every file sourcecheck reads from them goes through `read_bytes`, so a FIFO never
hangs a run, a symlink never pulls a file in from elsewhere, and a huge file is refused before
it is read; every YAML file goes through `load_yaml`, so an alias bomb, a document nested
thousands deep, an impossible date or an integer of a million digits is one line naming the
file and the line (exit code 2), never a traceback or a machine out of memory.

Example
-------
>>> load_yaml("a: [1, 2]", "x.yaml")
{'a': [1, 2]}
>>> load_yaml("a: &x [1]\\nb: *x", "x.yaml")
Traceback (most recent call last):
...
sourcecheck.errors.InputError: x.yaml: line 2: aliases (*x) are not allowed
>>> load_yaml("published: 2020-02-30", "x.yaml")
Traceback (most recent call last):
...
sourcecheck.errors.InputError: x.yaml: line 1: '2020-02-30' is not a real date
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path
from typing import Any

import yaml
from yaml.composer import Composer, ComposerError
from yaml.constructor import ConstructorError
from yaml.parser import ParserError
from yaml.reader import ReaderError
from yaml.scanner import ScannerError

from sourcecheck.errors import InputError
from sourcecheck.limits import DEFAULTS, MAX_YAML_DEPTH, Limits, size_text

_KINDS = {
    stat.S_IFIFO: "a FIFO",
    stat.S_IFCHR: "a character device",
    stat.S_IFBLK: "a block device",
    stat.S_IFSOCK: "a socket",
    stat.S_IFDIR: "a folder",
}


class Refused(InputError):
    """A file the limits keep out: not a regular file, outside its folder, too large."""


def check_inside(file: Path, root: Path | None, limits: Limits = DEFAULTS) -> None:
    """Raise Refused when `file` is a symlink loop, a dangling symlink, or resolves outside
    `root` (the last unless `limits.follow_symlinks`). A missing file passes: reading it says so.
    """
    if root is None:
        return
    try:
        real = Path(os.path.realpath(file, strict=True))
    except RuntimeError:  # Python < 3.13 on some loops
        raise Refused(file, None, "is a symlink loop") from None
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise Refused(file, None, "is a symlink loop") from None
        if os.path.islink(file):
            raise Refused(file, None, "is a dangling symlink") from None
        return
    base = Path(os.path.realpath(root))
    if not (real == base or real.is_relative_to(base) or limits.follow_symlinks):
        raise Refused(file, None, f"resolves to {real}, outside {base} (--follow-symlinks reads it)")  # fmt: skip


def read_bytes(
    file: str | Path,
    *,
    root: str | Path | None = None,
    limits: Limits = DEFAULTS,
    max_bytes: int | None = None,
) -> bytes:
    """The bytes of `file`, a regular file of at most `max_bytes` (the document limit).

    With `root`, `file` must resolve inside `root` (unless `limits.follow_symlinks`).
    Raises Refused (an InputError) with the reason; other OSErrors become InputErrors too.
    """
    file = Path(file)
    check_inside(file, Path(root) if root is not None else None, limits)
    limit = max_bytes if max_bytes is not None else limits.max_document_bytes
    try:
        kind = _KINDS.get(stat.S_IFMT(os.stat(file).st_mode))
        if kind:
            raise Refused(file, None, f"not a regular file ({kind})")
        fd = os.open(file, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0))
    except OSError as exc:
        raise InputError(file, None, f"cannot read: {_reason(exc)}") from None
    try:
        info = os.fstat(fd)
        kind = _KINDS.get(stat.S_IFMT(info.st_mode))
        if kind:  # swapped in after the check above
            raise Refused(file, None, f"not a regular file ({kind})")
        if info.st_size > limit:
            raise Refused(file, None, _too_large(info.st_size, limit))
        chunks, size = [], 0
        while size <= limit:
            chunk = os.read(fd, min(1 << 20, limit + 1 - size))
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
        if size > limit:  # grew while being read
            raise Refused(file, None, _too_large(size, limit))
        return b"".join(chunks)
    except OSError as exc:
        raise InputError(file, None, f"cannot read: {_reason(exc)}") from None
    finally:
        os.close(fd)


def _too_large(size: int, limit: int) -> str:
    return f"more than the {size_text(limit)} limit ({size_text(size)}; --max-document-size raises it)"  # fmt: skip


def _reason(exc: OSError) -> str:
    if exc.errno == errno.ELOOP:
        return "symlink loop"
    return exc.strerror or str(exc)


def read_text(
    file: str | Path,
    *,
    root: str | Path | None = None,
    limits: Limits = DEFAULTS,
    max_bytes: int | None = None,
) -> str:
    """A UTF-8 text file (BOM allowed) read with `read_bytes`; not UTF-8 → InputError."""
    data = read_bytes(file, root=root, limits=limits, max_bytes=max_bytes)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(file, None, f"not UTF-8 text (byte {exc.start})") from None


# -- YAML ------------------------------------------------------------------------------------


class _Guard:
    """Refuses aliases and nesting beyond `max_depth` while composing; constructor errors
    (impossible dates, huge integers) become YAML errors with their line. Mixed into the
    loaders below, whichever parser feeds the composer."""

    max_depth = MAX_YAML_DEPTH
    _depth = 0

    def compose_node(self, parent, index):
        if self.check_event(yaml.AliasEvent):
            event = self.peek_event()
            raise ComposerError(
                None, None, f"aliases (*{event.anchor}) are not allowed", event.start_mark
            )
        self._depth += 1
        try:
            if self._depth > self.max_depth:
                mark = self.peek_event().start_mark
                raise ComposerError(
                    None, None, f"nested more than {self.max_depth} levels deep", mark
                )
            return super().compose_node(parent, index)
        finally:
            self._depth -= 1

    def construct_object(self, node, deep=False):
        try:
            return super().construct_object(node, deep=deep)
        except (ValueError, OverflowError, TypeError) as exc:
            raise ConstructorError(None, None, _problem(node, exc), node.start_mark) from None


_SHIPPED_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_shipped(text: str) -> Any:
    """A data file shipped inside sourcecheck (word lists, lexicons: trusted, never a user's
    file), read with libyaml's safe loader when PyYAML has it.

    Why: the pure-Python loader costs about half a second of every run on these files; the
    C loader gives the same data ~10× faster, and the data read once is kept in sourcecheck's
    cache folder (keyed by the file's text), which reads ~5× faster still. A user's files go
    through `load_yaml`.

    >>> load_shipped("fr: [selon, d'après]")
    {'fr': ['selon', "d'après"]}
    """
    from sourcecheck import cachedir

    return cachedir.remembered("yaml", text, lambda: yaml.load(text, Loader=_SHIPPED_LOADER))


class _PyLoader(_Guard, yaml.SafeLoader):
    """PyYAML's pure-Python safe loader with the guard."""


if getattr(yaml, "CSafeLoader", None) is not None:  # libyaml's scanner and parser, ~10× faster

    class _CLoader(_Guard, Composer, yaml.CSafeLoader):
        """libyaml scans and parses; PyYAML's own composer (so the guard sees every event)
        and safe constructor build the data, exactly as the pure-Python loader does."""

        def __init__(self, stream: str) -> None:
            yaml.CSafeLoader.__init__(self, stream)
            Composer.__init__(self)

    _Loader: type = _CLoader
else:  # PyYAML built without libyaml
    _Loader = _PyLoader


def _problem(node, exc: Exception) -> str:
    if node.tag.endswith(":timestamp"):
        return f"{node.value!r} is not a real date"
    text = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    return f"cannot read {str(node.value)[:40]!r}: {text}"


def load_yaml(text: str, file: str | Path, *, max_depth: int = MAX_YAML_DEPTH, first_line: int = 1, loader: type | None = None) -> Any:  # fmt: skip
    """The YAML document in `text`, loaded safely; any problem is an InputError naming `file`
    and the line (`first_line` is the line of the file where `text` starts).

    Read with libyaml's parser when PyYAML has it (`yaml.CSafeLoader`, ~10× faster on front
    matter), else the pure-Python one; `loader` forces one (`_PyLoader`, `_CLoader`). Text
    libyaml's parser refuses is read again by the pure-Python one, so the error is worded the
    same whichever parser is installed.
    """
    try:
        return _load(text, loader or _Loader, max_depth)
    except (ScannerError, ParserError, ReaderError, UnicodeEncodeError) as exc:
        if loader is None and _Loader is not _PyLoader:
            return load_yaml(text, file, max_depth=max_depth, first_line=first_line, loader=_PyLoader)  # fmt: skip
        error = exc
    except (yaml.YAMLError, RecursionError) as exc:
        error = exc
    raise _input_error(error, file, first_line) from None


def _load(text: str, loader_class: type, max_depth: int) -> Any:
    instance = loader_class(text)  # the pure-Python reader refuses control characters at once
    try:
        instance.max_depth = max_depth
        return instance.get_single_data()
    finally:
        instance.dispose()


def _input_error(exc: Exception, file: str | Path, first_line: int) -> InputError:
    """A YAML error as one line: the file, the line, the problem."""
    if isinstance(exc, yaml.MarkedYAMLError):
        mark = exc.problem_mark or exc.context_mark
        place = f"line {mark.line + first_line}" if mark else None
        problem = exc.problem or exc.context or "malformed"
        if isinstance(exc, ScannerError | ParserError):
            problem = f"not valid YAML: {problem}"
        return InputError(file, place, problem)
    if isinstance(exc, RecursionError):
        return InputError(file, None, "nested too deeply")
    # the reader: control characters, bad encoding
    return InputError(file, None, f"not valid YAML: {str(exc).splitlines()[0]}")


def read_yaml(
    file: str | Path,
    *,
    root: str | Path | None = None,
    limits: Limits = DEFAULTS,
) -> Any:
    """A YAML file read with `read_text` and loaded with `load_yaml`."""
    text = read_text(file, root=root, limits=limits)
    return load_yaml(text, file, max_depth=limits.max_yaml_depth)
