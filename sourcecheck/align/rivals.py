"""Rival accounts in one sentence keep one noun when another document names one of them.

Why
---
A sentence that sets two sources' figures against each other ("6,2 miliardi l'anno secondo
il ministero, 3,8 per la Corte", "17 000 selon la préfecture, 34 000 selon les syndicats")
gives two accounts of one quantity. When its noun is one no other document uses, the
figure that recurs elsewhere takes the noun it has there (`subjects._same_figures`: "3.1
billion a year" in a wire's story of the cost); its rival recurs nowhere, being the other
source's own figure, and was left alone with the sentence's unshared noun: the two accounts
then stood in two subjects and the conflict between them went unseen. The rival takes the
noun its partner was given, with the same evidence.

Example
-------
>>> quote = "Le coût : 6,2 milliards selon l'État, 3,8 milliards selon la Cour."
>>> pairs = rival_pairs(["~cout", "~cout"], ["État", "Cour"], [quote, quote], ["fr", "fr"],
...     ["money", "money"], [(quote, [(12, 26, 0), (39, 53, 1)])])
>>> pairs
[(0, 1), (1, 0)]
>>> rivals_named(["~cout", "~cout"], ["cost", "~cout"], pairs)
[(1, 0)]
"""

from __future__ import annotations

import zlib
from collections.abc import Sequence

from sourcecheck.align.nouns import COGNATE
from sourcecheck.align.repeats import contrast


def rival_pairs(
    nouns: Sequence[str],
    sources: Sequence[str],
    quotes: Sequence[str],
    langs: Sequence[str],
    dimensions: Sequence[str],
    sentences: Sequence[tuple[str, list[tuple[int, int, int]]]],
) -> list[tuple[int, int]]:
    """(rival, partner) rows, both ways: two figures of one sentence that sets figures
    against each other (`repeats.contrast`), of one noun and measure, given by two named
    sources ("6,2 miliardi secondo il ministero, 3,8 per la Corte")."""
    out = []
    for quote, figures in sentences:
        rows = [row for _, _, row in figures]
        if len(rows) < 2:
            continue
        found = [
            (r, p)
            for r in rows
            for p in rows
            if r != p and nouns[r] == nouns[p] and dimensions[r] == dimensions[p]
            and sources[r] and sources[p] and sources[r] != sources[p]
        ]  # fmt: skip
        if found and contrast(quote, langs[rows[0]] or None):
            out += found
    return out


def rivals_named(
    before: Sequence[str], after: Sequence[str], pairs: Sequence[tuple[int, int]]
) -> list[tuple[int, int]]:
    """(rival, partner) rows of `pairs` (`rival_pairs` read with the nouns `before` a step):
    `partner` was given a noun by it (its noun before, an unshared one or none, is not its
    noun `after`), and `rival` kept its own; a rival two partners name differently takes none."""
    named = [
        (r, p)
        for r, p in pairs
        if after[r] == before[r] and after[p] != before[p] and _weak(before[p])
    ]
    given: dict[int, set[str]] = {}
    for r, p in named:
        given.setdefault(r, set()).add(after[p])
    first = {r: p for r, p in reversed(named) if len(given[r]) == 1}
    return sorted(first.items())


RIVALS = "rivals:"  # the noun key of nounless rival accounts: one sentence's own quantity
RIVALS_LABEL = "figures set against each other"


def nounless_rivals(
    nouns: Sequence[str],
    pairs: Sequence[tuple[int, int]],
    docs: Sequence[str],
    quotes: Sequence[str],
) -> dict[int, str]:
    """Row → a noun key for the figures of `pairs` (`rival_pairs`) that have no noun: one
    key per sentence (`RIVALS` and a digest of its document and words).

    Why: "Ils étaient 17 000 selon la police et 47 000 selon les syndicats", "erano in
    17mila, 47mila per gli organizzatori": the pronoun names nothing, yet two sources set one
    count against the other; with no noun the two figures had no subject and were never
    compared. They are one quantity of their sentence; nothing joins it across documents.

    >>> nounless_rivals(["", ""], [(0, 1), (1, 0)], ["a", "a"], ["q", "q"])
    {0: 'rivals:12dc0f55', 1: 'rivals:12dc0f55'}
    """
    return {
        i: f"{RIVALS}{zlib.crc32(f'{docs[i]}|{quotes[i]}'.encode()) & 0xFFFFFFFF:08x}"
        for pair in pairs
        if not nouns[pair[0]] and not nouns[pair[1]]
        for i in pair
    }


def rivals_placed(
    scopes: Sequence[str],
    pairs: Sequence[tuple[int, int]],
    sentences: Sequence[tuple[str, list[tuple[int, int, int]]]],
) -> list[str]:
    """`scopes`, a rival of `pairs` (`rival_pairs`) that names no place given the one place
    its partners before it in its sentence (`sentences`) name.

    Why: "Ils étaient 17 000 à Vernasque selon la police, 47 000 selon les syndicats": the
    place is written once, for the first account; the second, well above the first, was kept
    apart as a possible whole of a larger area (`places.WHOLE_RATIO`). A figure before a
    placed one keeps its own ("2,400 shipped to Italian shops, said the ministry, and 120 sold
    in Belgium, said the agency": another place, unsaid).

    >>> rivals_placed(["Vernasque", ""], [(0, 1), (1, 0)], [("q", [(0, 6, 0), (9, 15, 1)])])
    ['Vernasque', 'Vernasque']
    >>> rivals_placed(["", "Belgium"], [(0, 1), (1, 0)], [("q", [(0, 6, 0), (9, 15, 1)])])
    ['', 'Belgium']
    """
    at = {row: start for _, figures in sentences for start, _, row in figures}
    given: dict[int, set[str]] = {}
    for r, p in pairs:
        if not scopes[r] and at.get(p, -1) < at.get(r, -1):
            given.setdefault(r, set()).add(scopes[p])
    out = list(scopes)
    for r, places in given.items():
        if len(places) == 1:
            out[r] = next(iter(places))
    return out


def _weak(noun: str) -> bool:
    """Whether `noun` says nothing across documents: none, or a cognate key."""
    return not noun or noun.startswith(COGNATE)


__all__ = [
    "RIVALS",
    "RIVALS_LABEL",
    "nounless_rivals",
    "rival_pairs",
    "rivals_named",
    "rivals_placed",
]
