"""People aboard: a count of people its clause puts on board is a count of passengers.

Why
---
"95 personnes se trouvaient à bord" and "104 passagers" count one thing, those aboard the
boat: the first names only people (`nouns.PEOPLE`), so the two met as nothing alike and the
disagreement went unseen. People that the words right after their noun put on board (the
verbs of `data/aboard.yaml` `links` between) are the passengers.

Example
-------
>>> aboard("Selon elle, 95 personnes étaient à bord.", "95", "personnes", "fr")
True
>>> aboard("Selon elle, 95 personnes ont été secourues.", "95", "personnes", "fr")
False
"""

from __future__ import annotations

import re
from functools import lru_cache

from sourcecheck import regexcache
from sourcecheck.align.shipped import align_data

PASSENGER = "passenger"  # the concept of people aboard
REACH = 40  # characters after the figure where its noun may start


@lru_cache(maxsize=65536)
def aboard(quote: str, text: str, thing: str, lang: str) -> bool:
    """Whether the clause of the figure `text` puts `thing`, the noun after it, on board."""
    at = quote.find(text) if text and thing and quote else -1
    if at < 0:
        return False
    end = at + len(text)
    start = quote.lower().find(thing.lower(), end, end + REACH + len(thing))
    return start >= 0 and bool(_pattern(lang).match(quote, start + len(thing)))


@lru_cache(maxsize=8)
def _pattern(lang: str) -> re.Pattern:
    data = align_data("aboard.yaml")

    def words(key: str) -> set[str]:
        entry = data[key]
        return set(entry.get(lang) or ()) or {w for ws in entry.values() for w in ws or ()}

    links = regexcache.alternatives(words("links"))
    return regexcache.compile(
        rf"(?:\s+(?:{links}))*\s+(?:{regexcache.alternatives(words('aboard'))})(?![\w'’])",
        re.IGNORECASE,
    )
