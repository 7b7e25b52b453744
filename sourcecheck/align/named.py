"""Named nouns: an amount or a share with no noun is about the thing its sentence names that
another account gives a figure near it.

Why
---
A noun is often far from its figure: "Quorvell a vu son bénéfice net reculer l'an dernier,
à 14,3 millions d'euros", "Sul debito, la Corte giudica credibile il 131,5%". The frame reads
no noun for the figure, and a figure with no noun is compared with nothing. Two neighbours
chance rarely shares say what it counts: a thing its sentence names (a lexicon concept, or a
noun's cognates), and another document's figure of that thing: an amount within 10% of it
("Quorvell's net profit fell to €14.1 million"), a share written to a decimal that gives
the same figure ("debt at 131.5% of GDP"). A noun its modifier narrows ("profit+net") is
named by its head, and taken when it is the one such noun. One thing, and only one, is the
figure's noun: a sentence that names two things others give near it leaves it alone. A count
or a whole share ("9%") recurs by chance, and a running total (damage) moves from day to
day: neither is a sign.

Example
-------
>>> import pandas as pd
>>> from sourcecheck.extract.lexicon import load_concepts
>>> t = pd.DataFrame({"case": "c", "doc": ["a", "b"], "noun": ["profit+net", ""],
...     "dimension": "money", "value": [14.1e6, 14.3e6], "lang": ["en", "fr"],
...     "quote": ["", "Son bénéfice a reculé l'an dernier, à 14,3 millions d'euros."]})
>>> named_nouns(t, load_concepts())
[(1, 0)]
"""

from __future__ import annotations

import pandas as pd

from sourcecheck.align.cognates import cognate_key
from sourcecheck.align.nouns import COGNATE, PEOPLE
from sourcecheck.extract.lexicon import Concepts, key

CLOSE = 0.1  # the most a bare figure and another account's figure may differ, relative
LONGEST = 3  # words in the longest lexicon name looked up in a sentence


def named_nouns(
    table: pd.DataFrame, concepts: Concepts, running: frozenset[str] = frozenset()
) -> list[tuple[int, int]]:
    """(row, giver) for each amount or decimal share with no noun whose sentence (`quote`)
    names exactly one noun that another document of its case gives a figure of its measure
    near it (`_near`; `giver`, the nearest such figure), not a running total (`running`)."""
    nouns, docs = table["noun"].tolist(), table["doc"].tolist()
    cases, dims = table["case"].tolist(), table["dimension"].tolist()
    values = table["value"].tolist()
    bare = [i for i, n in enumerate(nouns) if not n and _telling(dims[i], values[i])]
    if not bare:
        return []
    known: dict[tuple, list[int]] = {}
    for j, n in enumerate(nouns):
        weak = n in ("", PEOPLE) or n.startswith("=") or n in running
        if not weak and _number(values[j]):
            known.setdefault((cases[j], dims[j]), []).append(j)
    quotes, langs = table["quote"].tolist(), table["lang"].tolist()
    said: dict[tuple[str, str], frozenset[str]] = {}
    out = []
    for i in bare:
        near = [
            j
            for j in known.get((cases[i], dims[i]), [])
            if docs[j] != docs[i] and _near(values[i], values[j], dims[i])
        ]
        if not near:
            continue
        at = (str(quotes[i] or ""), str(langs[i] or ""))
        if at not in said:
            said[at] = sentence_nouns(*at, concepts)
        givers = [j for j in near if nouns[j].partition("+")[0] in said[at]]
        if len({nouns[j].partition("+")[0] for j in givers}) == 1:
            marked = [j for j in givers if "+" in nouns[j]]  # "net profit" beside "profit"
            if len({nouns[j] for j in marked}) == 1:
                givers = marked
            out.append((i, min(givers, key=lambda j: abs(values[j] - values[i]))))
    return out


def sentence_nouns(quote: str, lang: str, concepts: Concepts) -> frozenset[str]:
    """The noun keys sentence `quote` names: each lexicon concept a run of its words names
    (in `lang` first), and the cognate key of each of its words.

    >>> from sourcecheck.extract.lexicon import load_concepts
    >>> sorted(sentence_nouns("Le déficit atteint 3 %.", "fr", load_concepts()))
    ['~ateint', '~deficit']
    """
    words = key(quote).split()
    found = {
        c
        for n in range(1, LONGEST + 1)
        for k in range(len(words) - n + 1)
        if (c := concepts.lookup(" ".join(words[k : k + n]), lang or None))
    }
    found |= {COGNATE + c for w in quote.split() if (c := cognate_key(w))}
    return frozenset(found)


def _telling(dimension: str, value) -> bool:
    """Whether a figure of `dimension` rarely recurs by chance: an amount, or a share written
    to a decimal ("2,8 %"); a count, or a whole share ("9%"), often does."""
    if not _number(value):
        return False
    return dimension == "money" or (dimension == "percent" and round(value % 1, 6) != 0)


def _near(value: float, other: float, dimension: str) -> bool:
    """An amount within CLOSE of `other`; a share the same to its last digit."""
    gap = abs(other - value)
    return gap <= CLOSE * other if dimension == "money" else gap < 1e-6


def _number(value) -> bool:
    return isinstance(value, int | float) and value == value and value > 0
