"""Plans: a figure its clause calls planned, announced or expected is a quantity of its own.

Why
---
"Plus de 40 rassemblements prévus mardi" counts what a union announces, "32 cortei" on the
day what took place: a forecast and a count, not two accounts of one quantity. Left
unmarked, they meet on one noun and day and the gap reads as a conflict. A figure followed,
within its clause and a few words, by a word of plan (`data/plans.yaml`: "prévus",
"planned", "previsti") is marked a plan, and the mark joins its subject like an owner or a
part: plans meet plans of other accounts. So is a figure its clause dates after the day its
document went out (`ahead`) that a word of announcement follows (`data/announced.yaml`):
"déjà plus de 250 défilés annoncés mardi" in a release of the Thursday before counts
what is announced, which no one could yet count. Not the bare date: "la compagnia ha soppresso
140 corse" for tomorrow's strike is a count of what is done.

A sentence that sets two sources' accounts side by side writes the plan word once: in "Sono
410 i licenziamenti previsti secondo il gruppo, 470 secondo i sindacati" both figures are
plans (`sided_plans`).

Example
-------
>>> planned("Plus de 40 rassemblements prévus mardi.", "40", "fr")
True
>>> planned("Sono stati 32 i cortei, secondo la questura.", "32", "it")
False
>>> planned("avec déjà 250 défilés annoncés", "250", "fr", "announced.yaml")
True
>>> ahead(["2025-02-11", "2025-02-11"], ["clause", "clause"], ["2025-01-30", "2025-02-12"],
...       ["", ""], [False, False])
[True, False]
"""

from __future__ import annotations

import re
from functools import lru_cache

import pandas as pd

from sourcecheck import regexcache
from sourcecheck.align.repeats import cites
from sourcecheck.align.shipped import align_data

AFTER = 3  # words after the figure where the plan word may stand
PLAN = "plan"
ANNOUNCED = "announced.yaml"  # plan words only for a day still to come


@lru_cache(maxsize=65536)
def planned(quote: str, text: str, lang: str, words: str = "plans.yaml") -> bool:
    """Whether a plan word (of the data file `words`) follows the figure `text` in `quote`,
    in its clause."""
    at = quote.find(text) if text else -1
    if at < 0:
        return False
    pattern = _pattern(lang if lang in _languages(words) else None, words)
    return bool(pattern.match(quote, at + len(text)))


def sided_plans(table: pd.DataFrame, sentences: list[tuple], states: list[str]) -> list[str]:
    """`states` with PLAN given to each unmarked figure of a sentence citing two sources or
    more whose noun and measure a plan before it in that sentence has (`sentences`:
    `owners.sentence_figures`): "410 licenziamenti previsti secondo il gruppo, 470 secondo i
    sindacati" gives two accounts of one plan, and the second drops the plan word.

    Example: the 470 above, unmarked, is marked PLAN like the 410."""
    nouns, dims = table["noun"].tolist(), table["dimension"].tolist()
    out = list(states)
    for quote, figures in sentences:
        planned_keys = set()
        for _, _, row in figures:
            key = (nouns[row], dims[row])
            if states[row] == PLAN:
                planned_keys.add(key)
            elif not states[row] and nouns[row] and key in planned_keys and cites(quote) >= 2:
                out[row] = PLAN
    return out


@lru_cache(maxsize=4)
def _languages(words: str) -> frozenset[str]:
    return frozenset(align_data(words))


@lru_cache(maxsize=16)
def _pattern(lang: str | None, words: str) -> re.Pattern:
    data = align_data(words)
    words = set(data.get(lang) or ()) if lang else {w for ws in data.values() for w in ws}
    alts = regexcache.alternatives(words)
    return regexcache.compile(
        rf"(?:\s+[^\W\d_][\w'’-]*){{0,{AFTER - 1}}}\s+(?:{alts})\b", re.IGNORECASE
    )


def ahead(
    days: list[str], froms: list[str], published: list[str], rates: list[str], spans: list[bool]
) -> list[bool]:
    """Per figure, whether its own clause dates it after its document's publication day.

    Why: what a document announces for a day still to come ("plus de 300 rassemblements
    annoncés le mardi 11 février" in a release of 30 January) is a plan, compared only with
    plans; the caller asks for a word of announcement too, since a deed done ahead ("ha
    soppresso 140 corse" for tomorrow's strike) is counted. A rate
    ("48 trains a day from Monday") and a duration ("closed for 3 days from Friday") describe
    the days ahead as they will run: not plans. A day read from the document rather than the
    clause (`froms` "document") says nothing of the figure's own time.
    """
    return [
        f == "clause" and len(d) == 10 and len(p) == 10 and d > p and not r and not sp
        for d, f, p, r, sp in zip(days, froms, published, rates, spans, strict=True)
    ]
