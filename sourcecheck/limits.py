"""Limits for untrusted input: what a case folder may make sourcecheck read, and how much.

Why
---
A case folder comes from anywhere: a scraper, a colleague, a wire feed. One file must not be
able to hang a run (a FIFO named `x.md`), read a file from outside the case (a symlink to
/etc/passwd), or exhaust memory (a 2 MB line, a YAML alias bomb). Each limit has a documented
default and a flag to raise it; none of them can be raised by the case itself.

| limit | default | flag |
|---|---|---|
| document size (larger files are skipped with a notice) | 5 MB | `--max-document-size` |
| quote kept per claim (the sentence, or this window of it around the figure) | 600 characters | none: the document holds the rest |
| sentence read as one (a longer run of text is read in pieces cut at a space) | 2,000 characters | none: prose sentences are far shorter |
| YAML nesting (case.yaml, front matter, suites, check files) | 32 levels | `--max-yaml-depth` |
| YAML aliases (`*name`, `<<: *name`) | refused | none: sourcecheck's files never need them |
| file kinds | regular files only (no FIFOs, devices, sockets) | none |
| symlinks | followed only when the target stays inside the case folder (for `serve`: the reports folder) | `--follow-symlinks` |

Example
-------
>>> parse_size("5MB"), parse_size("500k"), parse_size("1024")
(5000000, 500000, 1024)
>>> DEFAULTS.max_document_bytes
5000000
>>> pieces("a " * 2500, 0, 5000)                # a 5,000-character line without a full stop
[(0, 2000), (2000, 4000), (4000, 5000)]
>>> quote_span(0, 5000, 2000, 2005)     # a 5,000-character "sentence": 600 around the figure
(1703, 2303)
"""

from __future__ import annotations

import argparse
import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass

from sourcecheck import regexcache

MAX_DOCUMENT_BYTES = 5_000_000
MAX_YAML_DEPTH = 32
QUOTE_CHARS = 600
SENTENCE_CHARS = 2_000

_SIZE = regexcache.compile(r"^\s*(\d+(?:\.\d+)?)\s*([kmg]?)b?\s*$", re.IGNORECASE)
_UNITS = {"": 1, "k": 1_000, "m": 1_000_000, "g": 1_000_000_000}


@dataclass(frozen=True)
class Limits:
    """The limits one run applies (picklable: batch workers get a copy)."""

    max_document_bytes: int = MAX_DOCUMENT_BYTES
    max_yaml_depth: int = MAX_YAML_DEPTH
    follow_symlinks: bool = False


DEFAULTS = Limits()


def quote_span(lo: int, hi: int, start: int, end: int, size: int = QUOTE_CHARS) -> tuple[int, int]:  # fmt: skip
    """The part of the sentence body[lo:hi] kept as the quote of the figure body[start:end]:
    all of it up to `size` characters, else `size` characters centred on the figure.

    Why: a claim keeps its quote, so a 2 MB line of figures would otherwise cost its length
    once per figure (memory quadratic in the input); with the window it is linear.
    """
    if hi - lo <= size:
        return lo, hi
    lo = max(lo, min(start - (size - (end - start)) // 2, hi - size, start))
    return lo, max(lo + size, end)


def pieces(
    body: str, start: int, end: int, figures: Sequence[tuple[int, int]] = (), size: int = SENTENCE_CHARS
) -> list[tuple[int, int]]:  # fmt: skip
    """body[start:end] as spans of at most about `size` characters, cut after a comma or a
    space and never inside one of `figures` (sorted (start, end) spans).

    Why: a figure's frame is read within its sentence, and some of that reading looks at the
    other figures of the sentence; a 2 MB line of figures, read as one sentence, would cost
    the square of its length. News sentences are far shorter than `size`, so prose is read
    exactly as before.
    """
    if end - start <= size:
        return [(start, end)]
    starts = [s for s, _ in figures]

    def holding(cut: int) -> int | None:  # the end of the figure `cut` falls inside
        k = bisect.bisect_left(starts, cut) - 1
        return figures[k][1] if k >= 0 and figures[k][1] > cut else None

    out = []
    while end - start > size:
        lo, hi = start + size // 2, start + size
        cuts = [m.end() for m in _COMMA.finditer(body, lo, hi)] or [
            m.end() for m in _SPACE.finditer(body, lo, hi)
        ]
        cut = next((c for c in reversed(cuts) if holding(c) is None), hi)
        while (after := holding(cut)) is not None:  # a figure longer than the window
            cut = after
        if cut >= end:
            break
        out.append((start, cut))
        start = cut
    out.append((start, end))
    return out


_COMMA = regexcache.compile(r"[,;:] +")
_SPACE = regexcache.compile(r" +")


def parse_size(text: str) -> int:
    """'5MB', '500k', '2.5M', '1024' → bytes (decimal units, as file managers show them)."""
    m = _SIZE.match(str(text))
    if not m:
        raise ValueError(f"{text!r} is not a size (examples: 5MB, 500k, 1048576)")
    return int(float(m.group(1)) * _UNITS[m.group(2).lower()])


def size_text(n: int) -> str:
    """Bytes as a reader says them: 5000000 → '5 MB', 12345 → '12.3 kB'."""
    for size, unit in ((1_000_000_000, "GB"), (1_000_000, "MB"), (1_000, "kB")):
        if n >= size:
            return f"{n / size:.3g} {unit}"
    return f"{n} bytes"


def _size_argument(text: str) -> int:
    try:
        n = parse_size(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None
    if n < 1:
        raise argparse.ArgumentTypeError(f"{text!r} is not a positive size")
    return n


def _depth_argument(text: str) -> int:
    if not text.isdigit() or int(text) < 2:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number of at least 2")
    return int(text)


def add_arguments(parser: argparse.ArgumentParser, *, symlinks_only: bool = False) -> None:
    """The limit flags of a command that reads case folders (`serve`: only --follow-symlinks)."""
    if not symlinks_only:
        parser.add_argument(
            "--max-document-size",
            type=_size_argument,
            default=MAX_DOCUMENT_BYTES,
            metavar="SIZE",
            help="skip documents larger than this, with a notice (default 5MB)",
        )
        parser.add_argument(
            "--max-yaml-depth",
            type=_depth_argument,
            default=MAX_YAML_DEPTH,
            metavar="N",
            help=f"nesting allowed in YAML files (default {MAX_YAML_DEPTH})",
        )
    parser.add_argument(
        "--follow-symlinks",
        action="store_true",
        help="also follow symlinks whose target is outside the folder (default: refuse them)",
    )


def from_args(args: argparse.Namespace) -> Limits:
    """The Limits the command line asks for (defaults for flags a command does not have)."""
    return Limits(
        max_document_bytes=getattr(args, "max_document_size", MAX_DOCUMENT_BYTES),
        max_yaml_depth=getattr(args, "max_yaml_depth", MAX_YAML_DEPTH),
        follow_symlinks=bool(getattr(args, "follow_symlinks", False)),
    )
