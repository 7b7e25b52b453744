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

Each pattern is one small entry of sourcecheck's cache (`cachedir.entry`), named by a hash
of the pattern and by the Python build (the interpreter's cache tag and the regex engine's
version), so another Python never reads it, and a run reads only the patterns it uses. A
missing, stale or damaged file costs only the compile time it was meant to save: the file
holds the pattern's text, checked on reading, and the engine checks the code it is given
(`_sre` validates it), so a damaged entry fails loudly and is recompiled. Files are written
once, atomically (a rename), in sourcecheck's cache folder (`sourcecheck.cachedir`:
`SOURCECHECK_CACHE` names another one, `SOURCECHECK_CACHE=off` turns caching off).

Example
-------
>>> p = compile(r"(?P<n>\\d+) (?:servers|serveurs)")
>>> p.search("5500 serveurs").group("n")
'5500'
>>> p.pattern == re.compile(r"(?P<n>\\d+) (?:servers|serveurs)").pattern
True
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable

from sourcecheck import cachedir

try:  # the engine's own two steps; absent on a Python that changed them: plain re.compile
    import _sre
    from re import _compiler, _parser

    _BUILD = f"regex-{sys.implementation.cache_tag}-{_sre.MAGIC}"
except (ImportError, AttributeError):  # pragma: no cover - another interpreter
    _BUILD = None

_patterns: dict = {}  # (pattern, flags) → pattern: one object per pattern in a process
_counts = {"cached": 0, "compiled": 0}


def compile(pattern: str, flags: int = 0) -> re.Pattern:
    """`re.compile(pattern, flags)`, from the disk cache when this Python compiled it before."""
    key = (pattern, int(flags))
    found = _patterns.get(key)
    if found is None:
        found = _patterns[key] = _build(*key)
    return found


def longest_first(words: Iterable[str]) -> list[str]:
    """`words` without repeats, longest first (an alternation tries "comune di" before
    "comune"), then alphabetically: a pattern built from a set comes out the same in every
    process, whatever the hash seed, so the cache finds it.

    >>> longest_first({"comune", "comune di", "città"})
    ['comune di', 'comune', 'città']
    """
    return sorted(set(words), key=lambda w: (-len(w), w))


def alternatives(words: Iterable[str]) -> str:
    """`words` as literal alternatives of a pattern, `longest_first`: "comune di|comune"."""
    return "|".join(re.escape(w) for w in longest_first(words))


def stats() -> dict[str, int]:
    """How many patterns this process rebuilt from the cache ("cached") and compiled."""
    return dict(_counts)


def _build(pattern: str, flags: int) -> re.Pattern:
    key = f"{flags}:{pattern}"
    file = cachedir.entry(_BUILD, key) if _BUILD and isinstance(pattern, str) else None
    if file is None:
        return re.compile(pattern, flags)
    parts = cachedir.read(file, key)
    if parts is not None:
        try:
            compiled = _sre.compile(pattern, *parts)
        except (RuntimeError, TypeError, ValueError):
            pass  # damaged (the engine refuses bad code): compiled below
        else:
            _counts["cached"] += 1
            return compiled
    compiled, parts = _compile(pattern, flags)
    _counts["compiled"] += 1
    cachedir.keep(file, key, parts)
    return compiled


def _compile(pattern: str, flags: int) -> tuple[re.Pattern, tuple]:
    """The pattern and the parts `_sre.compile` builds it from (re._compiler.compile's steps)."""
    parsed = _parser.parse(pattern, flags)
    code = [int(op) for op in _compiler._code(parsed, flags)]  # opcodes subclass int: marshal
    groupindex = dict(parsed.state.groupdict)
    indexgroup = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    flags = int(flags | parsed.state.flags)
    parts = (flags, code, parsed.state.groups - 1, groupindex, tuple(indexgroup))
    return _sre.compile(pattern, *parts), parts
