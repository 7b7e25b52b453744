"""Groups of people: the kind of people a part of a count is told by.

Why
---
A count is broken down by who it counts: "38 persone soccorse, tra cui 6 donne" and "86
people rescued, including 23 children". Both parts count the rescued (their noun is elided
from the whole), but 6 women and 23 children are two quantities: compared as one, they were a
value-conflict. The kind of people a part names (`data/groups.yaml`: children, women, men,
adults, the elderly, in fr/en/it) marks its subject, so parts of two kinds stay apart and
"23 bambini" meets "23 children".

Example
-------
>>> group("bambini"), group("women rescued"), group("persone"), group("")
('child', 'woman', '', '')
"""

from __future__ import annotations

from functools import lru_cache

from sourcecheck.align.shipped import align_data

MARK = "who"  # the subject mark of a part's kind of people


def group(thing: str) -> str:
    """The kind of people `thing` names, whole or by its first word, "" when none."""
    words = _words()
    lower = thing.strip().lower()
    if not lower:
        return ""
    return words.get(lower) or words.get(lower.split()[0], "")


@lru_cache(maxsize=1)
def _words() -> dict[str, str]:
    return {
        w.lower(): kind
        for kind, by_lang in align_data("groups.yaml").items()
        for ws in (by_lang or {}).values()
        for w in ws or ()
    }


__all__ = ["MARK", "group"]
