"""Amounts that one sentence gives in two currencies joined as two items are two subjects.

Why
---
A sentence that counts euros and dollars apart ("police seized €4.35 million and $1.65
million in cash", "4,35 millions d'euros et 1,65 million de dollars", "4,35 milioni di euro e
1,65 milioni di dollari") tells two quantities, one per currency. The subject key holds no
currency (an amount and its conversion, "€4.35 billion ($4.7 billion)", are one quantity the
fx-rate rule checks), so both amounts get one subject and every pair of them reads as the
same quantity. Where a case's sentence joins two amounts of one subject in two currencies
by a conjunction (`rules.blocks.side_by_side`), that subject is split by currency in the
whole case (two amounts that alignment already told apart split nothing: another account may
give one of them converted, "$287 million" for "245 millions d'euros"): each currency's
accounts stay together, the two currencies apart. An amount
converted beside itself in brackets (`rules.blocks.conversions`) never counts as such an
item, so "£380 million (€443 million) and £90 million (€105 million)" keeps its
conversions joined.

Example
-------
>>> t = pd.DataFrame({"case": "c", "subject": "cash||||money", "doc": ["a", "a", "b"],
...     "sentence": [3, 3, 1], "start": [20, 38, 5], "currency": ["EUR", "USD", "EUR"],
...     "text": ["€4.35 million", "$1.65 million", "€4.35 million"],
...     "quote": ["Police seized €4.35 million and $1.65 million in cash."] * 2 + ["€4.35 million"]})
>>> apart_by_currency(t[["case", "subject", "currency"]], t, set())["subject"].tolist()
['cash||||money|currency=EUR', 'cash||||money|currency=USD', 'cash||||money|currency=EUR']
"""

from __future__ import annotations

import pandas as pd

from sourcecheck.rules.blocks import side_by_side

CURRENCY = "currency"  # the subject mark naming the currency of a split subject


def apart_by_currency(
    table: pd.DataFrame, claims: pd.DataFrame, converted: set[int]
) -> pd.DataFrame:
    """`table` where each subject of amounts that a sentence joins in two currencies (see the
    module doc) is marked with its amounts' currency; `claims`: the claims of `table`'s rows,
    in its order (their sentence, offsets, text and quote); `converted`: the rows (positions)
    of amounts written beside their conversion, which never open such a split."""
    read = ("doc", "sentence", "start", "text", "quote")  # what tells a sentence's items
    if any(c not in claims for c in read) or table["currency"].nunique() < 2:
        return table
    keep = [i not in converted for i in range(len(table))]
    columns = {c: claims[c].to_numpy() for c in read}
    for c in ("sentence", "start"):  # numbers, even from a CSV's strings; -1 when unknown
        columns[c] = pd.to_numeric(claims[c], errors="coerce").fillna(-1).to_numpy()
    candidates = table[["case", "subject", "currency"]].assign(**columns)[keep]
    candidates = candidates[candidates["subject"] != ""]
    mixed = candidates.groupby(["case", "subject"])["currency"].transform("nunique") > 1
    apart: set[tuple[str, str]] = set()
    for _, one in candidates[mixed].groupby(["case", "subject"], sort=False):
        apart |= side_by_side(one)  # two amounts of this subject, not two of two subjects
    if not apart:
        return table
    rows = zip(table["case"], table["subject"], table["currency"], strict=True)
    return table.assign(
        subject=[f"{s}|{CURRENCY}={c}" if c and (k, s) in apart else s for k, s, c in rows]
    )
