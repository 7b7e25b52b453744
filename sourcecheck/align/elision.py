"""Elision: a figure with no noun, in a sentence that has just named a noun for a figure of
the same measure, counts that noun.

Why
---
Copy names a noun once and elides it after: "une canalisation de 260 km, dont 165 km en
France", "damage of €500 million, of which 120 million to farms", "640 milioni di euro di
danni, di cui 180 per le strade", "300 000 manifestants à Paris et 50 000 à Lyon". The later
figure has no noun of its own, so it was never compared with "175 km on French soil" of
another account. It counts what the figure before it in its sentence counts, when both are
of one measure (money, a length, a count…); that it is a part is read apart by
`owners.parts`, its place by the frame. A figure with a word of its own beside it ("$1.7
million in cash and 1.1 million in crypto") has an anchor and is not elided.

Example
-------
>>> elided([("pipeline", "[length]"), ("", "[length]")], [[0, 1]])
['pipeline', 'pipeline']
>>> elided([("pipeline", "[length]"), ("", "money")], [[0, 1]])
['pipeline', '']
"""

from __future__ import annotations

from sourcecheck import regexcache

_NEXT = regexcache.compile(r"[\s\-–]*([^\W\d_][\w'’]*)?")  # the word right after a figure


def next_word(quote: str, text: str) -> str:
    """The word written right after figure `text` in `quote` ("" before punctuation or a
    number): "lundi" in "420 lundi", "month" in "a 15-month ban".

    >>> next_word("1 850 vols en trois jours : 420 lundi", "420")
    'lundi'
    >>> next_word("to 15 months from 18, saving", "18")
    ''
    """
    at = quote.find(text) if text else -1
    if at < 0:
        return ""
    found = _NEXT.match(quote, at + len(text))
    return (found.group(1) or "") if found else ""


def elided(
    keyed: list[tuple[str, str]], sentences: list[list[int]], units: frozenset[str] = frozenset()
) -> list[str]:
    """Each row's noun key: its own (`keyed`: (key, dimension)), else that of the nearest
    figure before it in its sentence (`sentences`: rows in text order) of its dimension;
    never a unit of time (`units`: "trois jours" names no thing that 420 counts)."""
    donors = elided_from(keyed, sentences, units)
    return [keyed[d][0] if d is not None else k for (k, _), d in zip(keyed, donors, strict=True)]


def elided_from(
    keyed: list[tuple[str, str]], sentences: list[list[int]], units: frozenset[str] = frozenset()
) -> list[int | None]:
    """For each row with no noun key, the row `elided` takes its noun from (None for the
    others and for a row that takes none).

    >>> elided_from([("pipeline", "[length]"), ("", "[length]")], [[0, 1]])
    [None, 0]
    """
    out: list[int | None] = [None] * len(keyed)
    for rows in sentences:
        last: dict[str, int] = {}
        for i in rows:
            key, dimension = keyed[i]
            if not key and dimension in last:
                out[i] = last[dimension]
            noun = key or (keyed[out[i]][0] if out[i] is not None else "")
            if noun and noun not in units:
                last[dimension] = i if key else out[i]
    return out
