"""Places named near a figure: countries (fr/en/it) and a few cities and regions.

Why
---
Two figures only conflict when they describe the same place ("81 000 à Paris" is not
"1,28 million en France"), and a stated count of countries must be checked against the
countries listed with it ("11 pays : la Bulgarie, …"). Country names come from babel's
territory names in the three languages, plus the variants articles use ("USA", "Olanda").

Example
-------
>>> [(p.name, p.locative) for p in find_places("81 000 manifestants à Paris et en Italie")]
[('Paris', True), ('Italy', True)]
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from babel import Locale

_NOT_COUNTRIES = {"EU", "EZ", "UN", "ZZ", "QO", "XA", "XB"}

VARIANTS = {
    "US": ["USA", "U.S.", "Stati Uniti d'America", "Etats-Unis", "America"],
    "GB": ["UK", "Britain", "Great Britain", "Grande-Bretagne", "Gran Bretagna", "Inghilterra"],
    "NL": ["Netherlands", "Holland", "Hollande", "Olanda", "Pays Bas"],
    "CZ": ["Czech Republic", "République tchèque", "Repubblica Ceca"],
    "RU": ["Russie"],
}

# Cities and regions that stories name as a scope (canonical English name → written forms).
CITIES = {
    "Paris": ["Paris", "Parigi"],
    "Rome": ["Rome", "Roma"],
    "Milan": ["Milan", "Milano"],
    "Naples": ["Naples", "Napoli"],
    "Turin": ["Turin", "Torino"],
    "Marseille": ["Marseille", "Marsiglia"],
    "Lyon": ["Lyon", "Lione"],
    "London": ["London", "Londres", "Londra"],
    "Berlin": ["Berlin", "Berlino"],
    "Brussels": ["Bruxelles", "Brussels"],
    "Sardinia": ["Sardinia", "Sardaigne", "Sardegna"],
    "Sicily": ["Sicily", "Sicile", "Sicilia"],
    "Corsica": ["Corsica", "Corse"],
}

WORLD = r"(?:worldwide|globally|dans le monde(?: entier)?|du monde entier|à l'échelle mondiale|nel mondo|in tutto il mondo|a livello mondiale)"

_LOCATIVE = re.compile(
    r"(?:\b(?:en|à|au|aux|dans|in|across|throughout|nel|nella|nei|negli|a|at|within|sur)"
    r"(?:\s+(?:tout|toute|tutto|tutta|le|la|les|l'|l’|il|the|central|northern|southern|"
    r"eastern|western|all of|centre de la|centre du|nord de la|sud de la))*\s*)$",
    re.IGNORECASE,
)


class Place(NamedTuple):
    start: int
    end: int
    name: str  # canonical English name ("Italy", "Paris", "world")
    kind: str  # country | city | world
    locative: bool  # preceded by "en", "in", "à", "nel"... (a scope, not a mention)


_TOKEN = re.compile(r"[^\W\d_]+(?:[-.][^\W\d_]+)*")  # the same words as sentences.words
_WORLD = re.compile(rf"(?<![\w-]){WORLD}(?![\w-])", re.IGNORECASE)
_WORLD_WORDS = frozenset(["worldwide", "globally", "monde", "mondiale", "mondo"])


@lru_cache(maxsize=1)
def _index() -> dict[str, list[tuple[str, str, str]]]:
    """First word of a place name → [(name, canonical, kind)], longest name first.

    A dictionary probe per capitalised word is ~20 times faster than one regex alternation of
    the 700 names.
    """
    names: dict[str, tuple[str, str]] = {}
    english = Locale("en").territories
    for lang in ("en", "fr", "it"):
        for code, name in Locale(lang).territories.items():
            if len(code) == 2 and code.isalpha() and code not in _NOT_COUNTRIES:
                names.setdefault(_key(name), (english[code], "country"))
    for code, variants in VARIANTS.items():
        for v in variants:
            names.setdefault(_key(v), (english[code], "country"))
    for canonical, written in CITIES.items():
        for w in written:
            names.setdefault(_key(w), (canonical, "city"))
    index: dict[str, list[tuple[str, str, str]]] = {}
    for name, (canonical, kind) in names.items():
        first = _TOKEN.match(name)
        if first:
            index.setdefault(first.group(), []).append((name, canonical, kind))
    for entries in index.values():
        entries.sort(key=lambda e: -len(e[0]))
    return index


def _key(name: str) -> str:
    return name.replace("’", "'")


# A capitalised word no list knows is a place when a strict locative stands right before it
# and no second capitalised word follows (which would rather make a person: "à Emmanuel Macron").
_UNKNOWN_LEAD = re.compile(
    r"(?:\b(?:in|à|at|near|comune di|commune de|town of|city of|città di|ville de|province of|"
    r"provincia di|province de)\s+)$",
    re.IGNORECASE,
)
_NOT_PLACES = frozenset(
    """
    January February March April May June July August September October November December
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday The A An It This That
    """.split()
)


def _unknown_place(text: str, start: int, tokens, n: int) -> Place | None:
    pos, word, _ = tokens[n]
    if word in _NOT_PLACES or not _UNKNOWN_LEAD.search(text[max(start, pos - 20) : pos]):
        return None
    if n + 1 < len(tokens):
        nxt_pos, nxt, _ = tokens[n + 1]
        if nxt[0].isupper() and text[pos + len(word) : nxt_pos].strip() == "":
            return None
    return Place(pos, pos + len(word), word, "place", True)


def find_places(text: str, start: int = 0, end: int | None = None, tokens=None) -> list[Place]:
    """Countries, cities and "worldwide" named in `text[start:end]`, with absolute offsets.

    `tokens`: the words of that span (`sentences.words`) when the caller has them already.
    """
    index = _index()
    end = len(text) if end is None else end
    if tokens is None:
        tokens = [(m.start(), m.group(), "") for m in _TOKEN.finditer(text, start, end)]
    out = []
    world = False
    for n, (pos, word, _) in enumerate(tokens):
        if not word[0].isupper():
            world = world or word in _WORLD_WORDS
            continue
        if word not in index:  # "1 100 à Faenza", "nel solo comune di Faenza"
            if place := _unknown_place(text, start, tokens, n):
                out.append(place)
            continue
        for name, canonical, kind in index.get(word, ()):
            stop = pos + len(name)
            if stop <= end and _key(text[pos:stop]) == name:
                if stop < len(text) and (text[stop].isalnum() or text[stop] == "-"):
                    continue
                before = text[max(start, pos - 30) : pos]
                out.append(Place(pos, stop, canonical, kind, bool(_LOCATIVE.search(before))))
                break
    if world:
        for m in _WORLD.finditer(text, start, end):
            out.append(Place(m.start(), m.end(), "world", "world", True))
    return sorted(out)
