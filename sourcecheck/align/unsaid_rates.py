"""Rates left unsaid: a figure that states no rate and meets the figure of a rate.

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
