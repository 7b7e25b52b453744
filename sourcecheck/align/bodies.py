"""Local bodies: the place a prosecutor's office, a court or a town hall speaks for.

Why
---
A local body gives its own area's figures: "16 perquisitions, a précisé le parquet de
Marseille" counts the searches around Marseille, not the 71 an international agency counts
across five countries. The frame reads no place in such a clause, and an unplaced figure
would be compared with the whole. A figure with no place whose source is a local body
(`data/bodies.yaml`: a head word, a link word, a place) takes the body's place; the places
stage then keeps it apart from a larger unplaced whole, as for any figure at a place.

Example
-------
>>> body_place("Parquet de Marseille", {"marseille": "Marseille"})
'Marseille'
>>> body_place("Europol", {"marseille": "Marseille"})
''
"""

from __future__ import annotations

import re
from functools import lru_cache

import pandas as pd

from sourcecheck import regexcache
from sourcecheck.align.places import place_key
from sourcecheck.align.shipped import align_data
from sourcecheck.extract.places import find_places


def body_places(table: pd.DataFrame) -> pd.DataFrame:
    """`table` with each unplaced claim whose `source` is a local body placed at the body's
    place, when that place is known (the places list, or a place its case gives), and its
    evidence saying so."""
    unplaced = table["scope"].eq("") & table["noun"].ne("") & table["source"].ne("")
    names = {source: _named(source) for source in set(table.loc[unplaced, "source"].tolist())}
    named = unplaced & table["source"].map(lambda source: names.get(source, "")).ne("")
    if not named.any():
        return table
    cases = set(table.loc[named, "case"].tolist())
    scoped = table[table["case"].isin(cases) & table["scope"].ne("")]
    known: dict[str, dict[str, str]] = {}
    for case, scope in zip(scoped["case"].tolist(), scoped["scope"].tolist(), strict=True):
        known.setdefault(case, {})[place_key(scope)] = scope
    scopes, notes = table["scope"].tolist(), table["evidence"].tolist()
    for i in named.to_numpy().nonzero()[0].tolist():
        source = table["source"].iat[i]
        place = body_place(source, known.get(table["case"].iat[i], {}))
        if place:
            scopes[i] = place
            notes[i] = f"{notes[i]}; place not stated: taken as {place}, the area of {source}"
    return table.assign(scope=scopes, evidence=notes)


@lru_cache(maxsize=4096)
def _named(source: str) -> str:
    found = _pattern().search(source)
    return found.group("place").strip() if found else ""


def body_place(source: str, known: dict[str, str]) -> str:
    """The place a local body's name holds ("Procura di Padova" → "Padova"), spelled as its
    case spells it (`known`: place key → scope) or as the places list names it; ""."""
    name = _named(source)
    if not name:
        return ""
    if place_key(name) in known:
        return known[place_key(name)]
    places = [p for p in find_places(name) if p.kind in ("city", "region")]
    return places[0].name if len(places) == 1 else ""


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern:
    data = align_data("bodies.yaml")
    heads = {w for ws in (data.get("heads") or {}).values() for w in ws}

    def alts(words) -> str:
        return regexcache.alternatives(words)

    return regexcache.compile(
        rf"(?<!\w)(?i:{alts(heads)})\s+(?i:{alts(data.get('links') or ())})\s*"
        rf"(?P<place>{_NAME}(?:(?:[\s'-]|\s(?:di|de|del|della|sur|en)\s){_NAME})*)"
    )


_NAME = r"[A-ZÀ-Ý][^\W\d_]*"  # a capitalised word of a place name
