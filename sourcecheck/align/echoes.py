"""Echoes: one amount told again in another currency, whatever words the retelling uses.

Why
---
A currency swapped in translation ("1,2 miliardi di dollari" for a fine of €1.2 billion) often
splits the subject as well: the rewrite words the amount otherwise ("la sanzione" for "the
fine", "the group's loss" for "a loss"), reads its owner from another name of the sentence,
or dates it otherwise. The number is the evidence words miss: an amount of a million or more
(`MIN_AMOUNT`: smaller ones, "€4 a kilo", recur by chance) whose written number recurs in
another document in another currency is that amount, told again. Alignment gives the retelling
the subject of the amount it echoes, so the rules compare them (fx-rate names the swap); a
rule never groups claims across subjects itself.

Never an echo:
- a number some document gives in both currencies: a conversion, or two amounts told side by
  side ("€200 million for Alder and $200 million for Brume");
- amounts of two named owners, unless one owner is named in the other's sentence ("fined US
  maker Halvard €1.2 billion" read as the US's, beside "multa a Halvard");
- a number in one currency only (nothing to echo);
- an open amount ("more than €3 billion"), and numbers more than `SPREAD` apart.

The currency most documents use is the original; on a tie, the earliest published.

Example
-------
>>> import pandas as pd
>>> table = pd.DataFrame({
...     "claim_id": ["a#1", "b#1"], "case": "c", "doc": ["a.md", "b.md"],
...     "currency": ["EUR", "USD"], "value": [1.2e9, 1.2e9], "low": [1.15e9, 1.15e9],
...     "high": [1.25e9, 1.25e9], "published": ["2025-05-22", "2025-05-23"],
...     "owner": ["", ""], "quote": ["", ""], "subject": ["fine|EUR", "sanction|USD"],
...     "subject_label": ["fine (EUR)", "sanction (USD)"], "evidence": ["lexicon", "lexicon"]})
>>> echoed(table)[["subject", "subject_label"]].values.tolist()
[['fine|EUR', 'fine (EUR)'], ['fine|EUR', 'fine (EUR)']]
"""

from __future__ import annotations

import math

import pandas as pd

from sourcecheck.rules.blocks import positions

MIN_AMOUNT = 1_000_000  # below it, an amount recurs in another currency by chance too often
# Written numbers of one amount are one number up to its rounding ("€1 198 400 000", "1,2
# miliardi"): wider apart, intervals that meet in a chain are several numbers.
SPREAD = 0.05


def echoed(table: pd.DataFrame) -> pd.DataFrame:
    """`table` (one row per claim: case, doc, currency, value, low, high, published, owner,
    quote, subject, subject_label, evidence) where each echo takes the subject and label of
    the amount it tells again, its evidence saying so."""
    money = table[
        (table["currency"] != "")
        & (table["value"] >= MIN_AMOUNT)
        & (table["subject"] != "")
        & (table["high"] < math.inf)  # "more than €3 billion" meets every larger amount
    ]
    if money["currency"].nunique() < 2:
        return table
    low_open = pd.Series(False, index=money.index)
    number = positions(
        money.assign(low_open=low_open, high_open=low_open), ("case",)
    )  # amounts whose written numbers meet, currency aside
    subjects = table["subject"].tolist()
    labels, notes = table["subject_label"].tolist(), table["evidence"].tolist()
    at = {index: i for i, index in enumerate(table.index)}
    changed = False
    for _, same in money.groupby(number.to_numpy(), sort=False):
        if (
            same["currency"].nunique() < 2
            or same["doc"].nunique() < 2
            or same["value"].max() > same["value"].min() * (1 + SPREAD)
        ):
            continue  # one currency, one document, or a chain of numbers that meet in turn
        original = _original(same)
        told = same[same["currency"] == original]
        head = told.iloc[0]
        for currency, other in same[same["currency"] != original].groupby("currency"):
            if not _echo(same, told, other):
                continue
            for index in other.index:
                i = at[index]
                if subjects[i] == head["subject"]:
                    continue
                subjects[i], labels[i] = head["subject"], head["subject_label"]
                notes[i] = (
                    f"{notes[i]}; the number of {head['doc']}'s amount in {original}, told "
                    f"in {currency}: the same amount (its currency perhaps swapped)"
                )
                changed = True
    if not changed:
        return table
    return table.assign(subject=subjects, subject_label=labels, evidence=notes)


def _original(same: pd.DataFrame) -> str:
    """The currency most documents give the number in; on a tie, the earliest published."""
    docs = same.groupby("currency")["doc"].nunique()
    first = same.sort_values(["published", "doc"]).iloc[0]["currency"]
    return min(docs.index, key=lambda c: (-docs[c], c != first, c))


def _echo(same: pd.DataFrame, told: pd.DataFrame, other: pd.DataFrame) -> bool:
    """Whether amounts `other` (one currency) echo `told` (the original's): no document
    gives the number in both currencies, and owners that differ are named in one another's
    sentence."""
    if set(told["doc"]) & set(other["doc"]):
        return False  # a conversion, or two amounts side by side
    if set(told["subject"]) & set(other["subject"]):
        return False  # one subject already: the rules compare them as they are
    mine = {o.casefold() for o in told["owner"] if o}
    theirs = {o.casefold() for o in other["owner"] if o}
    if not mine or not theirs or mine & theirs:
        return True
    quotes = (" ".join(told["quote"]).casefold(), " ".join(other["quote"]).casefold())
    return any(o in quotes[1] for o in mine) or any(o in quotes[0] for o in theirs)
