"""Echoes: one figure told again in another currency, scale word or unit, whatever words and
day the retelling gives it.

Why
---
A currency swapped in translation ("1,2 miliardi di dollari" for a fine of €1.2 billion), or a
scale word slipped ("4,8 milioni" one day, "€4.8 billion" the next), often splits the subject
as well: the rewrite words the amount otherwise ("la sanzione" for "the fine", "the group's
loss" for "a loss"), reads its owner from another name of the sentence, or dates it otherwise.
The number is the evidence words miss: an amount of a million or more (`MIN_AMOUNT`: smaller
ones, "€4 a kilo", recur by chance) whose written number ("1.2", "4,8", within `SPREAD`)
another document gives in another currency, or in the same currency a thousand or a million
times over, is that amount told again; so is a measure of `MIN_MEASURE` or more another
document gives in another unit of its dimension ("2,300 acres" for 2 300 hectares), unless it
is a conversion beside its own figure (the 50 of "80 km/h (50 mph)"). Alignment gives the
retelling the subject, moment and series of the figure it echoes, so the rules compare them
(fx-rate names the swap, scale-word and unit-conversion the slip) and a slip never reads as
an update; a rule never groups claims across subjects itself.

Never an echo:
- a number some document gives in both forms: a conversion, or two amounts told side by side
  ("€200 million for Alder and $200 million for Brume", "€2 million for the school and €2
  billion for the railway");
- amounts of two named owners, unless one owner is named in the other's sentence ("fined US
  maker Halvard €1.2 billion" read as the US's, beside "multa a Halvard");
- two slips at once (another currency and another scale word): another number, most likely;
- an open amount ("more than €3 billion"), and a number more than `SPREAD` from the one most
  others are near.

The form (currency and scale) most documents use is the original; on a tie, the earliest
published.

Example
-------
>>> import pandas as pd
>>> table = pd.DataFrame({
...     "claim_id": ["a#1", "b#1"], "case": "c", "doc": ["a.md", "b.md"],
...     "currency": ["EUR", "USD"], "unit": "", "dimension": "money",
...     "value": [1.2e9, 1.2e9], "low": [1.15e9, 1.15e9],
...     "high": [1.25e9, 1.25e9], "published": ["2025-05-22", "2025-05-23"],
...     "owner": ["", ""], "quote": ["", ""], "subject": ["fine|EUR", "sanction|USD"],
...     "subject_label": ["fine (EUR)", "sanction (USD)"], "evidence": ["lexicon", "lexicon"]})
>>> echoed(table)[["subject", "subject_label"]].values.tolist()
[['fine|EUR', 'fine (EUR)'], ['fine|EUR', 'fine (EUR)']]
"""

from __future__ import annotations

import math

import numpy as np
import pandas as pd

from sourcecheck.align.translations import NOT_MEASURED
from sourcecheck.rules.blocks import most_told, positions

MIN_AMOUNT = 1_000_000  # below it, an amount recurs in another currency by chance too often
MIN_MEASURE = 10  # a measure's figure below it ("5 km", "3 tonnes") recurs by chance
# Written numbers of one amount are one number up to its rounding ("€1 198 400 000", "1,2
# miliardi"): wider apart, intervals that meet in a chain are several numbers.
SPREAD = 0.05
# What an echo takes from the amount it tells again (those of them the table has): one
# quantity, of one moment, in one series (a slip is no update of a running count).
COPIED = ("subject", "subject_label", "moment", "series")


def echoed(table: pd.DataFrame) -> pd.DataFrame:
    """`table` (one row per claim: case, doc, currency, value, low, high, published, owner,
    quote, subject, subject_label, evidence, and `moment`, `series` if known) where each echo
    takes the `COPIED` columns of the amount it tells again, its evidence saying so."""
    money = table["currency"] != ""
    measured = ~money & (table["unit"] != "") & ~table["dimension"].isin(NOT_MEASURED)
    if "restated" in table:  # "80 km/h (50 mph)": the 50 is the 80's, told by no one else
        measured &= ~table["restated"]
    held = table[
        ((money & (table["value"] >= MIN_AMOUNT)) | (measured & (table["value"] >= MIN_MEASURE)))
        & (table["subject"] != "")
        & (table["high"] < math.inf)  # "more than €3 billion" meets every larger amount
    ]
    if held.empty:
        return table
    # the number as written: "€1.2 billion" is 1.2 of a power of a thousand (3), in EUR
    power = np.floor(np.log10(held["value"].to_numpy(float)) / 3)
    power = np.where(held["currency"] != "", power, 0)  # a measure's scale is its unit's
    scale = 1000.0**power
    measure = held["currency"].where(held["currency"] != "", held["unit"])
    written = held.assign(
        low=held["low"] / scale, high=held["high"] / scale, value=held["value"] / scale,
        form=list(zip(measure, power.astype(int), strict=True)),
        low_open=False, high_open=False,
    )  # fmt: skip
    number = positions(written, ("case", "dimension")).to_numpy()
    # only numbers told in two forms by two documents can echo (one vectorised pass: most
    # numbers of a large case are told once)
    grouped = written.assign(_number=number).groupby("_number")
    mixed = (grouped["form"].transform("nunique") > 1) & (grouped["doc"].transform("nunique") > 1)
    written, number = written[mixed.to_numpy()], number[mixed.to_numpy()]
    copied = {c: table[c].tolist() for c in COPIED if c in table}
    notes = table["evidence"].tolist()
    at = {index: i for i, index in enumerate(table.index)}
    changed = False
    for _, meeting in written.groupby(number, sort=False):
        same = _core(meeting)
        if len(set(same["form"])) < 2 or same["doc"].nunique() < 2:
            continue  # one form, or one document
        original = most_told(same, "form")
        told = same[same["form"] == original]
        head = told.iloc[0]
        for form, other in same[same["form"] != original].groupby("form"):
            slip = _slip(original, form)
            if not slip or not _echo(told, other):
                continue
            for index in other.index:
                i = at[index]
                if copied["subject"][i] == head["subject"]:
                    continue
                for column, values in copied.items():
                    values[i] = head[column]
                notes[i] = f"{notes[i]}; the number of {head['doc']}'s amount, told {slip}"
                changed = True
    if not changed:
        return table
    return table.assign(**copied, evidence=notes)


def _core(meeting: pd.DataFrame) -> pd.DataFrame:
    """The numbers of `meeting` (written numbers whose intervals meet, maybe in a chain: "5
    100", "près de 5 600") within `SPREAD` of the one most of them are near: one number."""
    values = meeting["value"].to_numpy(float)
    if values.max() <= values.min() * (1 + SPREAD):
        return meeting
    near = [(np.abs(values / v - 1) <= SPREAD).sum() for v in values]
    centre = values[int(np.argmax(near))]
    return meeting[np.abs(values / centre - 1) <= SPREAD]


def _slip(original: tuple[str, int], other: tuple[str, int]) -> str:
    """What one slip turns the `original` form (currency, power of a thousand) into `other`,
    in words; "" for two slips at once (another number, most likely)."""
    (measure, power), (told, told_power) = original, other
    if measure != told and power == told_power:
        swapped = "currency" if measure.isupper() else "unit"  # ISO codes, pint's unit names
        return f"in {told}: the same amount (its {swapped} perhaps swapped)"
    if measure == told and power != told_power:
        return "with another scale word: the same amount (its scale perhaps slipped)"
    return ""


def _echo(told: pd.DataFrame, other: pd.DataFrame) -> bool:
    """Whether figures `other` (one form) echo `told` (the original form's): no document
    gives the number in both forms, and owners that differ are named in one another's
    sentence."""
    if set(told["doc"]) & set(other["doc"]):
        return False  # a conversion, or two amounts side by side, or two sizes of a thing
    if set(told["subject"]) & set(other["subject"]):
        return False  # one subject already: the rules compare them as they are
    mine = {o.casefold() for o in told["owner"] if o}
    theirs = {o.casefold() for o in other["owner"] if o}
    if not mine or not theirs or mine & theirs:
        return True
    quotes = (" ".join(told["quote"]).casefold(), " ".join(other["quote"]).casefold())
    return any(o in quotes[1] for o in mine) or any(o in quotes[0] for o in theirs)
