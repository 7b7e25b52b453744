"""Miles at sea: "a 35 miglia da Lampedusa" counts nautical miles.

Why
---
Italian writes a mile at sea as it writes one on land ("miglio", "miglia"), and a mile at sea
is a nautical mile (1,852 m, not 1,609 m). Read as a land mile, "35 miglia" beside another
account's "35 nautical miles" looks like a conversion error, and its unit names no sea
distance. In a document at sea (a boat, a coast, the coast guard: `frames/data/places.yaml`
`sea`), such a mile is nautical. French ("milles") and English ("nautical miles") write the
sea mile apart: the quantity parser already reads them.

Example
-------
>>> from collections import namedtuple
>>> Q = namedtuple("Q", "text unit")
>>> body = "Il barcone si è ribaltato a 35 miglia dalla costa."
>>> at_sea(Q("35 miglia", "mile"), body, "it").unit
'nautical_mile'
"""

from __future__ import annotations

import re
from functools import lru_cache

from sourcecheck import regexcache
from sourcecheck.extract.framedata import alternation, load

NAUTICAL = "nautical_mile"


def at_sea(q, body: str, lang: str | None):
    """`q` with a nautical mile for a mile written in a language's both-ways word
    ("miglia"), when its document is at sea; else `q` itself."""
    if q.unit != "mile":
        return q
    written = _both_ways(lang)
    if written is None or not written.search(q.text) or not _sea(lang).search(body):
        return q
    return q._replace(unit=NAUTICAL)


@lru_cache(maxsize=4)
def _both_ways(lang: str | None) -> re.Pattern | None:
    miles = _entry("miles", lang)
    if not miles:
        return None
    return regexcache.compile(rf"(?<![\w'’])(?:{alternation(miles)})(?![\w'’])", re.IGNORECASE)


@lru_cache(maxsize=4)
def _sea(lang: str | None) -> re.Pattern:
    return regexcache.compile(
        rf"(?<![\w'’-])(?:{alternation(_entry('words', lang))})(?![\w'’-])", re.IGNORECASE
    )


def _entry(key: str, lang: str | None) -> list[str]:
    data = load("places")["sea"][key]
    langs = (lang,) if lang in data else tuple(data)
    return [w for code in langs for w in data.get(code) or ()]
