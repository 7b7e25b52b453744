"""Spans: what a duration measures, read from the words around it.

Why
---
Durations align by their unit ("60 jours", "60 giorni", "60 days"), so every count of days
in a story was one quantity: "1 850 vols en trois jours" (the window a count covers) and
"annulé moins de 14 jours avant le départ" (an offset from an event) conflicted, as did "the
first such decision in 4 years" and "the practice ran for 5 years". The word before the
figure, or after its unit, tells them apart (`data/spans.yaml`); a duration with none of
them (how long a thing lasts, the time one has to act) keeps the plain key.

Example
-------
>>> span("1 850 vols annulés en trois jours.", "trois", "fr")
'window'
>>> span("Annulé moins de 14 jours avant le départ.", "moins de 14", "fr")
'offset'
>>> span("Elle dispose de 60 jours pour se conformer.", "60", "fr")
''
"""

from __future__ import annotations

import re
from functools import lru_cache

from sourcecheck import regexcache
from sourcecheck.align.shipped import align_data

ROLES = ("window", "since")  # read before the figure; "offset" is read after its unit


def span(quote: str, text: str, lang: str | None) -> str:
    """ "window", "since", "offset" or "" for the duration `text` of sentence `quote`."""
    at = quote.find(text) if text else -1
    if at < 0:
        return ""
    before, after = _patterns(lang or "")
    for role in ROLES:
        if before[role].search(quote, max(0, at - 40), at):
            return role
    return "offset" if after.match(quote, at + len(text)) else ""


@lru_cache(maxsize=8)
def _patterns(lang: str) -> tuple[dict[str, re.Pattern], re.Pattern]:
    data = align_data("spans.yaml")

    def alts(role: str) -> str:
        words = (data.get(role) or {}).get(lang) or [
            w for ws in (data.get(role) or {}).values() for w in ws
        ]
        return regexcache.alternatives(set(words))

    before = {r: regexcache.compile(rf"(?<![\w'’])(?:{alts(r)})\s+$", re.IGNORECASE) for r in ROLES}
    after = regexcache.compile(rf"\s*[^\W\d_]+\s+(?:{alts('offset')})\b", re.IGNORECASE)
    return before, after
