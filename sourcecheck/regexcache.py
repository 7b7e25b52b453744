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
from collections.abc import Callable, Iterable
from functools import cache

from sourcecheck import cachedir

try:  # the engine's own two steps; absent on a Python that changed them: plain re.compile
    import _sre
    from re import _compiler, _parser

    _BUILD = f"regex-{sys.implementation.cache_tag}-{_sre.MAGIC}"
except (ImportError, AttributeError):  # pragma: no cover - another interpreter
    _BUILD = None

_patterns: dict = {}  # (pattern, flags) → pattern: one object per pattern in a process
_counts = {"cached": 0, "compiled": 0}


def compile(pattern: str | bytes, flags: int = 0) -> re.Pattern:
    """`re.compile(pattern, flags)`, from the disk cache when this Python compiled it before
    (a pattern of bytes too)."""
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


def factored(flat: str, phrases: Callable[[], list[list[str]]]) -> str:
    """`flat`, an alternation "a|b|c" tried in its order, factored as a trie that matches the
    same text in the same order (`_trie`); `phrases()`: its alternatives, each as a list of
    units (a one-character pattern, a whitespace or an apostrophe class) that `flat` joins.
    Kept in sourcecheck's cache, as compiled patterns are: building a trie costs more than
    reading it back.

    Why: Python's engine tries each alternative of "a|b|c" in turn at every position, so a
    vocabulary of 300 words costs 300 comparisons per character scanned; the trie costs one
    per distinct first letter, then follows one branch.

    >>> factored("comune di|comune|città", lambda: [list("comune di"), list("comune"), list("città")])
    'c(?:omune(?: di)?|ittà)'
    """
    return cachedir.remembered("factored", flat, lambda: _trie(flat, phrases()))


def _trie(flat: str, phrases: list[list[str]]) -> str:
    """`phrases` as a trie, or `flat` (their "|".join) when the trie could match otherwise.

    The matches are the same, in the same order: the phrases that match at one position
    are prefixes of one another, and the trie tries a longer one before a shorter, which is
    the order of `phrases` whenever each phrase comes after those it prefixes (checked).
    Siblings that may match the same character ("S" and "s" in a case-insensitive pattern)
    keep their phrases as plain alternatives in their order (`_overlap` asks the engine).
    """
    if "|".join("".join(units) for units in phrases) != flat:
        return flat  # not the same alternatives
    root: dict = {}
    for n, units in enumerate(phrases):
        node = root
        for unit in units:
            if "" in node:  # a shorter phrase came before this one: another order
                return flat
            node = node.setdefault(unit, {})
        node.setdefault("", n)
    return _factor(list(enumerate(phrases))) or flat


def _factor(items: list[tuple[int, list[str]]]) -> str | None:
    """The trie of the phrase ends `items` ((order, units), in order) as a pattern."""
    if len(items) == 1:
        return "".join(items[0][1])  # one phrase: itself
    groups: dict[str, list[tuple[int, list[str]]]] = {}
    for n, units in items:
        if units:
            groups.setdefault(units[0], []).append((n, units[1:]))
    branches = []
    for component in _components(list(groups)) if len(groups) > 1 else [[u] for u in groups]:
        if len(component) > 1:  # siblings that may match one character: in their order
            alike = sorted((n, [u, *rest]) for u in component for n, rest in groups[u])
            branches.append("(?:" + "|".join("".join(units) for _, units in alike) + ")")
            continue
        unit = component[0]
        rest = _factor(groups[unit])
        if rest is None or (unit == r"\s+" and re.match(rest, " ")):
            return None  # (whitespace then what may match whitespace: another split)
        branches.append(unit + rest)
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if any(not units for _, units in items):  # a phrase ends here: after the longer ones
        body = f"(?:{body})?" if len(branches) > 1 or len(branches[0]) > 1 else body + "?"
    return body


def _components(units: list[str]) -> list[list[str]]:
    """`units` in groups of those that may match one character (`_overlap`), in order."""
    out: list[list[str]] = []
    for u in units:
        joined = [c for c in out if any(_overlap(u, v) or _overlap(v, u) for v in c)]
        merged = [x for c in joined for x in c] + [u]
        out = [c for c in out if c not in joined] + [merged]
    return out


@cache
def _overlap(a: str, b: str) -> bool:
    """Whether unit `a` matches a character unit `b` matches, in any case."""
    found = [c for c in (" ", "\u00a0", "\t", "\n", "'", "\u2019") if re.fullmatch(b, c)]
    return any(re.fullmatch(a, c, re.I) for c in found or [re.sub(r"\\(.)", r"\1", b)])


def stats() -> dict[str, int]:
    """How many patterns this process rebuilt from the cache ("cached") and compiled."""
    return dict(_counts)


def _build(pattern: str | bytes, flags: int) -> re.Pattern:
    if isinstance(pattern, bytes):  # kept apart from the same text as a pattern of str
        key = f"{flags}:bytes:{pattern.decode('latin-1')}"
    else:
        key = f"{flags}:{pattern}"
    file = cachedir.entry(_BUILD, key) if _BUILD else None
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


def _compile(pattern: str | bytes, flags: int) -> tuple[re.Pattern, tuple]:
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
