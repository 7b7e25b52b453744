"""Basis words: the phrases of `data/bases.yaml` that name the comparison basis of a change
("su base mensile", "year-on-year", "sur un an"), found in a text.

Why
---
Read both to mark a percentage's basis (`bases`) and to keep them out of what a figure is
about (`anchors`): in "un rialzo dello 0,3% su base mensile" the word beside the figure
is "mensile", no noun of it. Kept apart from `bases` so that `anchors`, read by every
module, needs nothing else.

Example
-------
>>> phrases("prezzi +0,3% su base mensile e +1,7% year-on-year")
((13, 28, 'previous'), (37, 49, 'year'))
>>> without_bases("una crescita tendenziale del ")
'una crescita del '
>>> without_bases("+0,3% su base mensile e del ")
'+0,3% e del '
"""

from __future__ import annotations

import re
from functools import lru_cache

from sourcecheck import regexcache
from sourcecheck.align.shipped import LANGUAGES, align_data


@lru_cache(maxsize=65536)  # a sentence told again in another document is read once
def phrases(text: str) -> tuple[tuple[int, int, str], ...]:
    """Each basis phrase of `text` as (start, end, basis), in text order."""
    return tuple((m.start(), m.end(), m.lastgroup or "") for m in _pattern().finditer(text))


def opens_with(text: str) -> bool:
    """Whether `text` opens, after blanks, with a basis phrase ("  su base annua, …")."""
    found = phrases(text[:80])
    return bool(found) and not text[: found[0][0]].strip()


def without_bases(text: str) -> str:
    """`text` with each basis phrase taken out ("una crescita tendenziale del": "una
    crescita del")."""
    return _BLANKS.sub(" ", _pattern().sub("", text)) if phrases(text) else text


_BLANKS = regexcache.compile(r"\s{2,}")


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern:
    groups = []
    for basis, words in align_data("bases.yaml").items():
        found = {w for lang in LANGUAGES for w in (words or {}).get(lang) or ()}
        alt = regexcache.alternatives(found).replace(r"\ ", r"\s+")
        groups.append(rf"(?P<{basis}>{alt})")
    return regexcache.compile(rf"(?<![\w'’/-])(?:{'|'.join(groups)})(?![\w/-])", re.I)


__all__ = ["opens_with", "phrases", "without_bases"]
