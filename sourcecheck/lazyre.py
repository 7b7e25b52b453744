"""Regular expressions compiled on first use, then as fast as `re.compile`'s.

Why
---
A vocabulary of attribution words becomes some seventy large alternations per language, and
compiling them costs about half a second, most of an interactive run's budget. A document
rarely needs all of them: the patterns of the every-language vocabulary serve four look-ups,
and a sentence without a verb of saying never reaches the patterns that look for one. A
`LazyPattern` keeps the pattern's text until a method is first called; it then compiles once
and stores the compiled pattern's bound methods on itself, so every later call goes straight
to them (no indirection on the hot path).

Example
-------
>>> p = lazy(r"\\d+")
>>> p.search("5 500 servers").group()
'5'
>>> p.pattern, p.findall("3 of 11")
('\\\\d+', ['3', '11'])
"""

from __future__ import annotations

from sourcecheck import regexcache

# What a pattern gives: bound once compiled, looked up directly from then on.
_DELEGATED = (
    "search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split",
    "pattern", "flags", "groups", "groupindex",
)  # fmt: skip


class LazyPattern:
    """A pattern's text and flags, compiled by `re` the first time anything is asked of it."""

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self._source = (pattern, flags)

    def __getattr__(self, name: str):
        # Called only for a name not yet on the instance: the first use.
        if name.startswith("__") or name == "_source":
            raise AttributeError(name)
        compiled = regexcache.compile(*self._source)
        for attribute in _DELEGATED:
            setattr(self, attribute, getattr(compiled, attribute))
        return getattr(compiled, name)

    def __repr__(self) -> str:
        return f"lazy({self._source[0][:40]!r}…)"


def lazy(pattern: str, flags: int = 0) -> LazyPattern:
    """`re.compile(pattern, flags)`, deferred to the first call of one of its methods."""
    return LazyPattern(pattern, flags)
