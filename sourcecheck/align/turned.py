"""A rival count in a sentence that turns against the one before is of that count's place.

Why
---
Copy that sets one source against another often does it over two sentences: "Selon la
préfecture, 320 personnes ont été évacuées à Borgnac. Mais le maire conteste : « Nous
sommes au moins 500 hors de chez nous »". The second sentence opens with a word that sets
it against the first (`repeats.turns`: "mais", "but", "ma"), or says its source answers the
first ("Les syndicats, eux, …", "invece": `repeats.answers`), and names no place: its count
is the rival of the one before, of the same place. Left unplaced, it was kept apart from
that place's count as a possible whole (a figure well above a place's is taken for the
larger area's, `places.WHOLE_RATIO`), and the conflict between the two sources went unseen.

Only a figure of another named source, of the noun and measure of a placed figure in the
sentence right before it in its document, when the figures there give one place.

Example
-------
>>> turned_places(["a", "a"], [1.0, 2.0], ["Selon la préfecture, 320 évacués à Borgnac.",
...     "Mais le maire en compte 500."], ["evacuee"] * 2, ["count"] * 2, ["Borgnac", ""],
...     ["préfecture", "maire"])
['Borgnac', 'Borgnac']
"""

from __future__ import annotations

from collections.abc import Sequence

from sourcecheck.align.repeats import answers


def turned_places(
    docs: Sequence[str],
    sentences: Sequence[float],
    quotes: Sequence[str],
    nouns: Sequence[str],
    dimensions: Sequence[str],
    scopes: Sequence[str],
    sources: Sequence[str],
) -> list[str]:
    """Each row's scope (`scopes`), an unplaced figure of a sentence that turns against the
    one before given the one place of the figures of its noun and measure there, when
    another named source gives them."""
    before: dict[tuple, set[tuple[str, str]]] = {}
    for doc, at, noun, dim, scope, source in zip(
        docs, sentences, nouns, dimensions, scopes, sources, strict=True
    ):
        if noun and at == at:
            before.setdefault((doc, at + 1, noun, dim), set()).add((scope, source))
    out = list(scopes)
    for i, (doc, at, quote, noun, dim, scope, source) in enumerate(
        zip(docs, sentences, quotes, nouns, dimensions, scopes, sources, strict=True)
    ):
        if scope or not noun or not source or at != at:
            continue
        told = before.get((doc, at, noun, dim))
        if not told or len({s for s, _ in told}) != 1 or not all(s and o for s, o in told):
            continue
        if source not in {o for _, o in told} and answers(quote):
            out[i] = next(iter(told))[0]
    return out


__all__ = ["turned_places"]
