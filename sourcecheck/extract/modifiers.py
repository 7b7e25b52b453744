"""Modifiers of a counted noun: the words that make "indirect jobs" another quantity than jobs.

Why
---
"250 emplois directs et 900 indirects" counts two quantities of one noun; so do "5 % of
average daily turnover" and "6 % of annual revenue", or "global revenue" and "relevant EEA
sales". The noun's concept is the same, its modifier is not. A modifier is *marked* when it
names another quantity than the noun alone (indirect, temporary, European, daily) and
unmarked when it names the noun's ordinary reading (direct, permanent, worldwide, annual):
"250 permanent jobs" and "250 emplois" are one quantity, "900 indirect jobs" another.
Translations share an id ("permanenti" / "permanent" / "permanents"). The words are data
(`sourcecheck/data/modifiers.yaml`).

Example
-------
>>> qualifiers("emplois indirects"), qualifiers("permanent jobs"), qualifiers("jobs")
(('indirect',), (), ())
>>> is_modifier("pérennes", "fr"), is_modifier("emplois", "fr")
(True, False)
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from sourcecheck import regexcache
from sourcecheck.extract.lexicon import package_data

_WORD = regexcache.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


def _plain(word: str) -> str:
    text = unicodedata.normalize("NFKD", word.lower().replace("’", "'"))
    return "".join(c for c in text if not unicodedata.combining(c))


@lru_cache(maxsize=1)
def _table() -> dict[str | None, dict[str, tuple[str, bool]]]:
    """language (None: any) → plain word → (modifier id, marked)."""
    out: dict[str | None, dict[str, tuple[str, bool]]] = {None: {}}
    for mid, entry in (package_data("modifiers.yaml").get("modifiers") or {}).items():
        marked = bool(entry.get("marked"))
        for lang, names in (entry.get("names") or {}).items():
            for name in names or ():
                out.setdefault(lang, {})[_plain(name)] = (mid, marked)
                out[None].setdefault(_plain(name), (mid, marked))
    return out


def is_state(word: str, lang: str | None = None) -> bool:
    """Whether `word` says what befell the people counted ("blessés", "injured", "feriti")."""
    table = _table()
    found = table.get(lang, table[None]).get(_plain(word))
    return bool(found) and bool(_entry(found[0]).get("state"))


def state_of(word: str, lang: str | None = None) -> str:
    """The modifier id of `word` when it says what befell the people counted ("morts":
    "dead"), else ""."""
    table = _table()
    found = table.get(lang, table[None]).get(_plain(word))
    return found[0] if found and _entry(found[0]).get("state") else ""


def is_modifier(word: str, lang: str | None = None) -> bool:
    """Whether `word` is a modifier of a counted noun (marked or not) in `lang`."""
    table = _table()
    return _plain(word) in table.get(lang, table[None])


@lru_cache(maxsize=65536)
def qualifiers(thing: str, lang: str | None = None) -> tuple[str, ...]:
    """The marked modifier ids of a thing as written, sorted: its part of the noun's key."""
    table = _table()
    words = table.get(lang, table[None])
    found = {words[w][0] for w in map(_plain, _WORD.findall(thing)) if w in words}
    return tuple(sorted(m for m in found if _marked(m)))


def _entry(mid: str) -> dict:
    return package_data("modifiers.yaml")["modifiers"][mid]


@lru_cache(maxsize=64)
def _marked(mid: str) -> bool:
    return bool(_entry(mid).get("marked"))
