"""One amount, two words: an amount most accounts give under one noun, one account under another.

Why
---
Accounts name one amount in their own words: "€190 million of savings" in two wires and
"a cost cut of 190 million" in a third, "the €2.6 million seized" beside "2,6 millions
d'euros en liquide". The lexicon knows each word as a concept of its own, and the words
share no letters, so each figure went to its own subject and the accounts were never
compared. `translations` joins two nouns when they share two figures or more; here one
amount is enough, and only the claims that give it move: the amount recurs, not the
nouns, so "cost" elsewhere in the story stays the cost.

Only an amount or a measure ("€190 million", "38 tonnes"), which rarely meets another by
chance: counts and shares do ("19 patients", "19 cases"; "31%" of two things) and never
join here. A running toll or a duration is never renamed. A document that gives the
figure under two of the nouns tells them apart: the figure stays split. The noun must be
given it by more documents than any other noun: one account each ("€260 million of
savings", "€260 million of costs") is a drift of terms or a chance meeting, not a majority.

Example
-------
>>> told_alike([("c", "money", "EUR", "", 1.9e8)] * 3, ["savings", "savings", "cost"],
...     ["a", "b", "c"])
{2: 'savings'}
>>> told_alike([("c", "money", "EUR", "", 1.9e8)] * 2, ["savings", "cost"], ["a", "b"])
{}
"""

from __future__ import annotations

from sourcecheck.align.nouns import PEOPLE

CHANCE = ("count", "percent")  # dimensions whose figures meet by chance


def told_alike(
    figures: list[tuple], nouns: list[str], docs: list[str], barred: frozenset[str] = frozenset()
) -> dict[int, str]:
    """Row → the noun it takes, for rows whose figure (`figures`: case, dimension, currency,
    rate, value) more documents give under one other noun than under any other (see the
    module doc); `barred`: nouns never renamed nor taken (running tolls, durations)."""
    given: dict[tuple, dict[str, set[str]]] = {}
    rows: dict[tuple, list[int]] = {}
    for i, (figure, noun, doc) in enumerate(zip(figures, nouns, docs, strict=True)):
        if _counted(figure, noun, barred):
            given.setdefault(figure, {}).setdefault(noun, set()).add(doc)
            rows.setdefault(figure, []).append(i)
    out: dict[int, str] = {}
    for figure, by_noun in given.items():
        if len(by_noun) < 2 or told_apart(by_noun):
            continue
        most = max(len(d) for d in by_noun.values())
        best = [n for n, d in by_noun.items() if len(d) == most]
        if len(best) == 1 and best[0] != PEOPLE:
            out.update({i: best[0] for i in rows[figure] if nouns[i] != best[0]})
    return out


def _counted(figure: tuple, noun: str, barred: frozenset[str]) -> bool:
    """Whether a row's figure may join or lead: a noun of its own, not barred, and an amount
    or a measure (not a count or a share)."""
    return figure[1] not in CHANCE and own_figure(figure, noun, barred)


def own_figure(figure: tuple, noun: str, barred: frozenset[str]) -> bool:
    """Whether a row may join or lead at all: a noun of its own (not a figure's key, not
    `barred`) and a positive value."""
    value = figure[-1]
    if not noun or noun.startswith("=") or noun in barred:
        return False
    return value == value and value > 0


def told_apart(by_noun: dict[str, set[str]]) -> bool:
    """Whether one document gives the figure under two of the nouns."""
    seen: set[str] = set()
    for docs in by_noun.values():
        if seen & docs:
            return True
        seen |= docs
    return False
