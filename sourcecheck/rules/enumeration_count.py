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

A list opened by "including", "dont", "tra cui" (`data/enumerations.yaml`) names some of
the things counted: a count larger than it is no error ("7 countries, including France,
Spain and Portugal"); one smaller than it still is.

A list whose items carry figures ("14 member states, including 1,200 in Italy and 2,300
in Ireland") is a breakdown, not an enumeration; nor is any list an enumeration of a count
too large to name item by item ("plus de 2,5 millions : salariés, retraités et jeunes"), nor
a list of common nouns less than half its count long: it names the kinds counted, not the
items ("38 véhicules (voitures et camionnettes)", `_kinds`).

Options
-------
max_value: counts above this are never enumerated item by item (default 100)
"""

from __future__ import annotations

import functools
import re

import pandas as pd

from sourcecheck import regexcache, wording
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
    wrong = wrong[~_some_of_more(wrong) & ~_kinds(wrong)]
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


def _some_of_more(claims: pd.DataFrame) -> pd.Series:
    """Whether each count is larger than its list and the list is opened by a word of a
    partial list (`data/enumerations.yaml`) between the count and its first item: "agents of
    7 countries, including France, Spain and Portugal" names three of the seven.

    >>> t = pd.DataFrame({"text": ["7", "7"], "low": [7.0, 7.0], "n": [3, 3],
    ...     "listed": [["France", "Spain", "Portugal"]] * 2,
    ...     "quote": ["Agents of 7 countries, including France, Spain and Portugal.",
    ...               "Agents of 7 countries: France, Spain and Portugal."]})
    >>> _some_of_more(t).tolist()
    [True, False]
    """
    cols = ("quote", "text", "listed", "low", "n")
    rows = zip(*(claims[c].tolist() for c in cols), strict=True)
    return pd.Series(
        [n < low and _opened_as_partial(str(q), str(t), items) for q, t, items, low, n in rows],
        index=claims.index,
        dtype=bool,
    )


def _kinds(claims: pd.DataFrame) -> pd.Series:
    """Whether each count's list is of common nouns (no item written with a capital) and
    less than half as long as the count: it names the kinds of things counted ("38
    vehicles (cars and vans)", "60 machines: laptops, phones and routers"), not the
    things one by one.

    Why: a list that enumerates its count and misses an item or two is the slip this rule
    finds; two common nouns for thirty-eight things count none of them. Names ("9 countries:
    Estonia, Latvia and Poland") are items, however short the list.

    >>> _kinds(pd.DataFrame({"low": [43.0, 11.0, 9.0], "n": [2, 10, 3],
    ...     "listed": [["serveurs", "noms de domaine"], ["a", "b"], ["Estonia", "Latvia"]]})).tolist()
    [True, False, False]
    """
    common = [not any(item[:1].isupper() for item in items) for items in claims["listed"]]
    return (claims["n"] * 2 < claims["low"]) & pd.Series(common, index=claims.index, dtype=bool)


def _opened_as_partial(quote: str, text: str, items: list[str]) -> bool:
    start = quote.find(text) if text else -1
    if start < 0 or not items:
        return False
    first = quote.find(items[0], start + len(text))
    gap = quote[start + len(text) : first if first >= 0 else len(quote)]
    return bool(_partial().search(gap))


@functools.lru_cache(maxsize=1)
def _partial() -> re.Pattern:
    from sourcecheck.extract.lexicon import package_data  # extract imports the rules' blocks

    words = {w for ws in package_data("enumerations.yaml")["partial"].values() for w in ws or ()}
    return regexcache.compile(rf"(?<!\w)(?:{regexcache.alternatives(words)})(?!\w)", re.IGNORECASE)
