"""Rates and modifiers left unsaid: a figure that meets the figure of a rate or of a
marked noun ("daily turnover") and states neither.

Why
---
A rate is part of a subject: "1 200 euros al mese" is never compared with a total. But an
account often drops the rate another states: "3,2 milliards d'euros d'économies par an" in
one wire, "savings of 3.2 billion euros" in another. Unknown is not different, as for days
and places: an unrated figure takes the rate its quantity (case, measure, noun, place) is
given with, when the accounts give it one rate only and the unrated figure meets one of
its rated figures within `NEAR` (a rounding, a slip): the same value is the evidence, a
total and a yearly amount of one noun seldom share it. Its evidence says the rate was
assumed. A document that gives the quantity both with and without the rate told the two
apart ("3.2 billion a year, 9.6 billion over three years"): its unrated figure stays a total.

The same holds for a modifier that names another quantity of a noun (`extract.modifiers`:
"5 % du chiffre d'affaires quotidien" / "5% of worldwide turnover"): the figure that drops
it takes the one marked variant its quantity is given as, when it meets one of its figures
and no other document gives the unmarked noun that figure.

Example
-------
>>> from pandas import DataFrame
>>> rows = [("a", "per_year", 3.2e9), ("b", "", 3.2e9), ("c", "", 9.6e9)]
>>> t = DataFrame(rows, columns=["doc", "rate", "value"]).assign(case="c",
...     dimension="money", noun="savings", scope="", evidence="lexicon")
>>> assume_rates(t)["rate"].tolist()
['per_year', 'per_year', '']
"""

from __future__ import annotations

import pandas as pd

from sourcecheck.align.evidence import noted

QUANTITY = ("case", "dimension", "noun", "scope")  # a quantity, its rate left out
NEAR = 0.1  # an unrated figure within this share of a rated one is that figure


def assume_rates(table: pd.DataFrame) -> pd.DataFrame:
    """`table` with each unrated figure given the one rate its quantity is stated with, when
    it meets one of the rated figures (see the module's docstring)."""
    rated = table["rate"].ne("") & table["noun"].ne("")
    if not rated.any():
        return table
    quantities = list(zip(*(table[c].tolist() for c in QUANTITY), strict=True))
    rates, values, docs = table["rate"].tolist(), table["value"].tolist(), table["doc"].tolist()
    given: dict[tuple, set[str]] = {}
    figures: dict[tuple, list[float]] = {}
    both: set[tuple] = set()  # (quantity, doc) given with a rate in that document
    for q, rate, value, doc, on in zip(
        quantities, rates, values, docs, rated.tolist(), strict=True
    ):
        if on:
            given.setdefault(q, set()).add(rate)
            if value == value:
                figures.setdefault(q, []).append(value)
            both.add((q, doc))
    rows = [
        i
        for i, (q, rate, value, doc) in enumerate(zip(quantities, rates, values, docs, strict=True))
        if not rate
        and q[2]
        and len(given.get(q, ())) == 1
        and (q, doc) not in both
        and _meets(value, figures.get(q, ()))
    ]
    if not rows:
        return table
    mask = pd.Series(False, index=table.index)
    mask.iloc[rows] = True
    found = [next(iter(given[quantities[i]])) for i in rows]
    notes = [
        f"rate not stated: taken as {r.replace('_', ' ')}, the rate given for it" for r in found
    ]
    return noted(table.copy(), mask, "rate", found, notes)


def _meets(value: float, figures) -> bool:
    """Whether `value` is within `NEAR` of one of `figures`."""
    return value == value and value > 0 and any(abs(value - f) <= NEAR * f for f in figures)


def assume_marks(table: pd.DataFrame) -> pd.DataFrame:
    """`table` with each noun key without a modifier mark ("revenue") given the one marked
    variant of it ("revenue+daily") whose figures it meets, of its measure, place and rate,
    when no other document gives the unmarked noun a figure it meets."""
    nouns = table["noun"].tolist()
    if not any("+" in n for n in nouns):
        return table
    rest = list(
        zip(*(table[c].tolist() for c in ("case", "dimension", "scope", "rate")), strict=True)
    )
    values, docs = table["value"].tolist(), table["doc"].tolist()
    marked: dict[tuple, dict[str, list[float]]] = {}
    plain: dict[tuple, list[tuple[float, str]]] = {}
    for noun, r, value, doc in zip(nouns, rest, values, docs, strict=True):
        base, _, mark = noun.partition("+")
        if mark and value == value:
            marked.setdefault((base, *r), {}).setdefault(noun, []).append(value)
        elif noun and value == value:
            plain.setdefault((noun, *r), []).append((value, doc))
    rows, found = [], []
    for i, (noun, r, value, doc) in enumerate(zip(nouns, rest, values, docs, strict=True)):
        variants = marked.get((noun, *r)) if noun and "+" not in noun else None
        if not variants or len(variants) != 1:
            continue
        ((variant, figures),) = variants.items()
        told = [v for v, d in plain.get((noun, *r), ()) if d != doc]
        if _meets(value, figures) and not _meets(value, told):
            rows.append(i)
            found.append(variant)
    if not rows:
        return table
    mask = pd.Series(False, index=table.index)
    mask.iloc[rows] = True
    notes = [f"modifier not stated: taken as {v.partition('+')[2]}, its figure's" for v in found]
    return noted(table.copy(), mask, "noun", found, notes)
