"""Participation: the one quantity a strike's words for taking part count.

Why
---
Outlets word a strike's participation their own way: "12,4 % de grévistes", "adesione al
12,4%", "a strike turnout of 12.4%". The lexicon keeps strikers, strike participation and an
election's turnout apart, as it must (an election's turnout is its voters'); as shares, in a
story about a strike and about no election, they count one thing, and their divergence is
one to report. So, as a count, is a protest story's "turnout" its protesters ("organisers
put turnout at 580,000", "580 000 manifestants"). What each word becomes, by measure and by
the kind of story (the concepts the case counts), is data (`data/participation.yaml`).

Example
-------
>>> reread(["strike-participation", "striker", "turnout"], ["percent"] * 3, ["c"] * 3)
['strike-participation', 'strike-participation', 'strike-participation']
>>> reread(["vote", "turnout"], ["percent"] * 2, ["c"] * 2)
['vote', 'turnout']
>>> reread(["protester", "turnout"], ["count"] * 2, ["c"] * 2)
['protester', 'protester']
"""

from __future__ import annotations

from functools import cache

from sourcecheck.align.shipped import align_data


@cache
def _rereadings() -> tuple[dict, ...]:
    return tuple(align_data("participation.yaml").get("rereadings") or ())


def reread(nouns: list[str], dimensions: list[str], cases: list[str]) -> list[str]:
    """`nouns` with each word for taking part that its story's kind rereads replaced by what
    it counts there (`data/participation.yaml`); every other noun as it is."""
    counted: dict[str, set[str]] = {}
    for noun, case in zip(nouns, cases, strict=True):
        counted.setdefault(case, set()).add(noun)
    out = list(nouns)
    for i, (noun, dimension, case) in enumerate(zip(nouns, dimensions, cases, strict=True)):
        for rule in _rereadings():
            if (
                noun == rule["noun"]
                and dimension in rule["measures"]
                and counted[case] & set(rule["story"])
                and not counted[case] & set(rule["unless"])
            ):
                out[i] = rule["becomes"]
                break
    return out
