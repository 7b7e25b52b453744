"""Nouns that are one noun: a word no lexicon knows, given the same figures as another word.

Why
---
Cognates join "investimenti" and "investissements", but not "ingressi" and "admissions", nor
"landings" and "sbarchi": a translation shares no letters. One shared figure says
little (the same round number is often attached to two things, and a drift of terms is
for `term-drift` to report), but two nouns that two documents or more attach to two
different figures each ("3.400 ingressi" and "3,400 admissions" on one day, "4.100 ingressi"
and "4,100 admissions" on the next) name one thing in two words: chance rarely repeats a pair of
figures. One figure is enough when it is an amount or a measure ("35 milioni di metri cubi
di ghiaia" and "35 million cubic metres of gravel"): such a figure rarely recurs by chance, while
a count, a share or a duration does; a count of what an owner has (its customers, staff,
users: `steady.yaml`) is its own, not a day's chance figure, and one shared is enough too. So
is a count of 100 or more that two words no lexicon knows are given in two languages ("1.340
stagionali", "1,340 seasonal workers"): neither word is known to mean another thing, and no
rule reports a drift between two such words (term-drift reads lexicon concepts only). A
document that uses both words tells them apart, so they stay two nouns.

A noun no lexicon knows (a cognate key) takes the known noun. Two nouns the lexicon knows as
two concepts are one noun only on two figures shared, whatever their measure ("2,400
visitors" and "2 400 billets" on Saturday, "3,100" and "3 100" on Sunday: one attendance
counted in two words), and never when one is a running toll (the dead and the injured meet
on a figure as they grow); the more used noun is kept. Small counts recur by chance and never
count as evidence; a measure's figure does whatever its size.

Example
-------
>>> import pandas as pd
>>> t = pd.DataFrame({"case": "c", "dimension": "count", "doc": ["a", "a", "b", "b"],
...     "noun": ["~ingres", "~ingres", "~admition", "~admition"],
...     "value": [3400.0, 4100, 3400, 4100],
...     "noun_label": ["ingressi", "ingressi", "admissions", "admissions"], "evidence": ""})
>>> translated(t, 10)["noun"].tolist()
['~admition', '~admition', '~admition', '~admition']
"""

from __future__ import annotations

import itertools
from collections import Counter
from functools import lru_cache

import pandas as pd

from sourcecheck.align.nouns import COGNATE, PEOPLE
from sourcecheck.align.shipped import align_data

MIN_SHARED = 2  # distinct figures two nouns must share across documents to be one noun
# figures that recur by chance: a count ("12 arrests", "12 searches"), a share (every one
# lies between 0 and 100) and a duration ("3 days"); one shared figure of an amount or a
# measure ("420 milioni di pedaggi", "35 milioni di metri cubi") is a translation's sign
CHANCE = frozenset({"count", "percent", "[time]"})
NOT_MEASURED = ("count", "percent", "money", "[time]")
# a count of this size or more that two words no lexicon knows are given in two languages
# ("1.340 stagionali", "1,340 seasonal workers") is a translation's sign: neither word is known to
# mean anything else, and a figure that large rarely meets another by chance
MIN_TOLD = 100


def translated(
    table: pd.DataFrame, min_recurring: float, running: frozenset[str] = frozenset()
) -> pd.DataFrame:
    """`table` where a cognate noun that shares `MIN_SHARED` figures or more (one of an
    amount or a measure: a dimension not in `CHANCE`), across documents, with one other noun
    of its case and dimension (and no document with it) takes that noun, and a lexicon noun
    that shares `MIN_SHARED` figures so with another, not a running toll (`running`), takes
    the more used; figures below `min_recurring` count only when measured."""
    nouns = table["noun"].tolist()
    cols = [table[c].tolist() for c in ("case", "dimension", "doc", "value")]
    lang = dict(zip(cols[2], table["lang"].tolist(), strict=True)) if "lang" in table else {}
    figures: dict[tuple, dict[str, set[str]]] = {}  # (case, dimension, value) → noun → docs
    used: dict[tuple, set[str]] = {}  # (case, doc) → nouns it uses
    for case, dimension, doc, value, noun in set(zip(*cols, nouns, strict=True)):  # sets kept
        if not noun or noun.startswith("=") or noun == PEOPLE:
            continue
        used.setdefault((case, doc), set()).add(noun)
        if value != value or value <= 0:
            continue
        if value < min_recurring and dimension in NOT_MEASURED:
            continue
        figures.setdefault((case, dimension, round(value, 6)), {}).setdefault(noun, set()).add(doc)
    shared: dict[tuple, set[float]] = {}  # (case, dimension, noun, noun) → figures shared
    across: set[tuple] = set()  # nouns no lexicon knows given one count in two languages
    lexical: set[tuple] = set()  # two lexicon nouns: two figures shared, or they stay two
    for (case, dimension, value), by_noun in figures.items():
        for a, b in itertools.combinations(sorted(by_noun), 2):
            known = not (a.startswith(COGNATE) or b.startswith(COGNATE))
            if known and (a in running or b in running):
                continue  # two running tolls meet on a figure as they grow
            if any(x != y for x in by_noun[a] for y in by_noun[b]):
                shared.setdefault((case, dimension, a, b), set()).add(value)
                if known:
                    lexical.add((case, dimension, a, b))
                elif value >= MIN_TOLD and _translated(a, b, by_noun, lang):
                    across.add((case, dimension, a, b))
    together = {
        (case, a, b)
        for (case, _doc), words in used.items()
        for a, b in itertools.combinations(sorted(words), 2)
    }
    targets: dict[tuple, set[str]] = {}  # (case, dimension, cognate noun) → nouns it meets
    counts = Counter(nouns)
    for (case, dimension, a, b), values in shared.items():
        one = (case, dimension, a, b) not in lexical and (
            dimension not in CHANCE
            or (
                dimension == "count"
                and (bool({a, b} & _held()) or (case, dimension, a, b) in across)
            )
        )
        if len(values) < (1 if one else MIN_SHARED) or (case, a, b) in together:
            continue
        take, give = _direction(a, b, counts)
        targets.setdefault((case, dimension, take), set()).add(give)
    renamed = {k: v.pop() for k, v in targets.items() if len(v) == 1}
    if not renamed:
        return table
    labels, notes = table["noun_label"].tolist(), table["evidence"].tolist()
    label = dict(zip(nouns, labels, strict=True))
    out = list(nouns)
    for i, (case, dimension, noun) in enumerate(zip(cols[0], cols[1], nouns, strict=True)):
        give = renamed.get((case, dimension, noun))
        if give:
            out[i], labels[i] = give, label[give]
            notes[i] = f"{notes[i]}; two figures or more given for “{label[give]}” elsewhere"
    return table.assign(noun=out, noun_label=labels, evidence=notes)


def _translated(a: str, b: str, by_noun: dict[str, set[str]], lang: dict[str, str]) -> bool:
    """Whether two nouns no lexicon knows (cognate keys) are given one figure by documents
    of two languages: "1.340 stagionali" and "1,340 seasonal workers" are one word translated."""
    if not (a.startswith(COGNATE) and b.startswith(COGNATE)):
        return False
    return any(lang.get(x) != lang.get(y) for x in by_noun[a] for y in by_noun[b])


@lru_cache(maxsize=1)
def _held() -> frozenset[str]:
    """Noun keys of what an owner has (`steady.yaml`: workforce, customers, users)."""
    return frozenset(align_data("steady.yaml").get("concepts") or ())


def _direction(a: str, b: str, counts: Counter) -> tuple[str, str]:
    """(the noun renamed, the noun it takes): a known noun beside a cognate is kept, else
    the more used."""
    if not a.startswith(COGNATE) and b.startswith(COGNATE):
        return b, a
    if not b.startswith(COGNATE) and a.startswith(COGNATE):
        return a, b
    if counts[a] != counts[b]:
        return (a, b) if counts[a] < counts[b] else (b, a)
    return (b, a) if a < b else (a, b)
