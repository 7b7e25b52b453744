"""Nationals: the figures a sentence tells of one country's own people.

Why
---
A foreign ministry or an embassy counts its nationals: "2 connazionali sono morti e
5 risultano feriti", "parmi les Belges, 2 blessés". These are parts of the event's toll
(3 dead, 21 injured), not other accounts of it: given the toll's subject, every gap read as
a value-conflict. A figure that counts nationals (`data/nationals.yaml`: "connazionali",
"ressortissants", "nationals", "cittadini italiani", "French citizens") and the figures after
it in its sentence, or the figures after "among the" and a demonym ("tra gli austriaci",
"parmi les Belges"), are told of nationals; alignment marks their subject, so they meet
only the other accounts of the same nationals.

Example
-------
>>> quote = "Tra gli austriaci, 12 in tutto, si contano 2 morti e 5 feriti."
>>> told_of(quote, ((19, 21), (43, 44), (53, 54)))
['Austria', 'Austria', 'Austria']
>>> told_of("Sono morte 4 persone, tra cui 1 connazionale.", ((11, 12), (30, 31)))
[None, '']
>>> told_of("Il sindaco ha ricevuto 500 cittadini in piazza.", ((23, 26),))
[None]

A count whose own noun carries a demonym counts nationals too ("i feriti belgi sono 4",
"4 Belgian casualties", "les blessés belges sont 4"): the part of a toll one country's
people make, never the toll's subject (`carried_by`).

>>> carried_by("I feriti belgi ricoverati sono 4.", "feriti")
'Belgium'
>>> carried_by("I feriti ricoverati a Liegi sono 4.", "feriti") is None
True
"""

from __future__ import annotations

import re
from functools import lru_cache

from sourcecheck import regexcache
from sourcecheck.align.shipped import align_data
from sourcecheck.extract.places import DEMONYMS

NATIONALS = "nationals"  # the subject mark's kind of people (`groups.MARK`)
COUNTS = 3  # words at most between a figure and the nationals it counts ("26 of them were")
_WORDS_BETWEEN = regexcache.compile(rf"\s*(?:[^\W\d_][\w'’-]*\s+){{0,{COUNTS}}}$")


@lru_cache(maxsize=65536)
def told_of(quote: str, figures: tuple[tuple[int, int], ...]) -> list[str | None]:
    """Per figure (`(start, end)` in `quote`), the country whose nationals it counts: its
    name, "" when the sentence does not say which, None when the figure is no count of
    nationals (it stands before the first word of nationals, and does not count them)."""
    found = _pattern().search(quote)
    if found is None:
        return [None] * len(figures)
    demonym = next((d for d in found.groupdict().values() if d), "")
    country = _country(demonym) if demonym else ""
    return [
        country
        if start >= found.start() or _WORDS_BETWEEN.match(quote[end : found.start()])
        else None
        for start, end in figures
    ]


@lru_cache(maxsize=65536)
def carried_by(quote: str, thing: str) -> str | None:
    """The country of the demonym right after `thing` in `quote` ("vittime italiane",
    "victimes françaises") or right before it ("Italian victims"), or within it ("Japanese
    tourists"); None when the counted thing carries no nationality.

    Why: a count of "Italian victims" is the part of the toll Italy's people make; read as
    the toll itself, its gap to the whole's figure is a false value-conflict.

    Example: `carried_by("4 Belgian casualties were flown home.", "casualties")` is
    "Belgium".
    """
    words = thing.split()
    if not words:
        return None
    inside = next((w for w in words if w.lower() in DEMONYMS), None)
    if inside:
        return _country(inside)
    for m in regexcache.compile(rf"(?<![\w'’]){re.escape(thing)}(?![\w'’])", re.I).finditer(quote):
        after = _NEXT.match(quote, m.end())
        before = _PREVIOUS.search(quote, 0, m.start())
        for word in (after and after.group(1), before and before.group(1)):
            if word and word.lower() in DEMONYMS:
                return _country(word)
    return None


_NEXT = regexcache.compile(r"\s+([^\W\d_]+)")
_PREVIOUS = regexcache.compile(r"([^\W\d_]+)\s+$")


def _country(demonym: str) -> str:
    lower = demonym.lower()
    return DEMONYMS.get(lower) or DEMONYMS.get(lower[:-1], "")  # "Danes", "Germans"


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern:
    data = align_data("nationals.yaml")

    def words(key: str) -> str:
        return regexcache.alternatives({w for ws in data[key].values() for w in ws or ()})

    demonym = rf"(?:{regexcache.alternatives(DEMONYMS)})s?"
    return regexcache.compile(
        rf"(?<!\w)(?:(?:{words('among')})\s+(?:[^\W\d_]+\s+)?(?P<demonym>{demonym})"
        rf"|(?:(?P<before>{demonym})\s+)?(?:{words('nouns')})(?:\s+(?P<after>{demonym}))?"
        rf"|(?P<adjective>{demonym})\s+(?:{words('citizens')})"
        rf"|(?:{words('citizens')})\s+(?P<noun>{demonym}))(?!\w)",
        re.IGNORECASE,
    )


__all__ = ["NATIONALS", "carried_by", "told_of"]
