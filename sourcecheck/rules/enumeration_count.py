"""A stated count that differs from the number of items listed with it.

Why
---
"700 policiers dans 11 pays" followed by the countries named: when the list has nine names,
either the count or the list is wrong (often a country is mentioned elsewhere, "plus
l'Italie et Malte", and the count is right). The claims table carries the items the
extraction found listed with the count (`items`, "; "-joined); the count's interval must
contain the number of items.

Example
-------
"11 pays" + Bulgarie, France, Allemagne, Grèce, Lituanie, Roumanie, Slovénie, Pays-Bas,
Suède (9 items) → enumeration-count; with "plus l'Italie et Malte" (11) → nothing

A list whose items carry figures ("14 member states, including 1,200 in Italy and 2,300
in Ireland") is a breakdown, not an enumeration; nor is any list an enumeration of a count
too large to name item by item ("plus de 2,5 millions : salariés, retraités et jeunes").

Options
-------
max_value: counts above this are never enumerated item by item (default 100)
"""

from __future__ import annotations

import pandas as pd

from sourcecheck import wording
from sourcecheck.rules import blocks

ID = "enumeration-count"
SEVERITY = "warning"
OPTIONS = {"max_value": 100}


def run(claims: pd.DataFrame, *, max_value: float = 100) -> pd.DataFrame:
    """One finding per (thing, stated count, number listed) that disagree."""
    claims = blocks.prepare(claims)
    listing = claims["items"] != ""
    breakdown = claims["items"].str.contains(r"\d", regex=True)
    claims = claims[listing & ~breakdown & (claims["value"] <= max_value)]
    if claims.empty:  # (an empty map has no integer dtype to compare with)
        return blocks.found([])
    listed = claims["items"].map(lambda s: [i.strip() for i in s.split(";") if i.strip()])
    claims = claims.assign(listed=listed, n=listed.map(len).astype("int64"))  # "str" when empty
    wrong = claims[~blocks.contains(claims, claims["n"])]
    rows = []
    for (_, _, _, _, _, n), group in wrong.groupby(
        ["case", "concept", "scope", "refers_to", "value", "n"], sort=True
    ):
        first = group.iloc[0]
        stated = wording.label(first)
        rows.append(
            {
                "message": f"{first['text']} but {n} listed",
                "explanation": f"{first['text']} allows "
                + wording.interval(
                    first["low"], first["high"], first["low_open"], first["high_open"]
                )
                + f"; the items listed with it are {n}: "
                + ", ".join(first["listed"])
                + ".",
                "subject": blocks.subject(first),
                "members": [(c, f"stated {stated}, listed {n}") for c in group["claim_id"]],
            }
        )
    return blocks.found(rows)
