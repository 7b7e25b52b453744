"""A part larger than its whole.

Why
---
"250 landslides, of which 320 in the province" cannot be right: a part ("dont", "of which",
"di cui", "including") is at most its whole. The frame links each part to its whole
(`part_of`, the whole's claim id); a part is never compared with its whole as a conflict,
and this rule flags the one way they can disagree: every number the part allows is above
every number the whole allows, in the same measure. An approximate whole ("quelque 14 000,
dont 15 200 à Marseille") allows no more than its own number to its parts (`_most`). Shares are not compared: "24 % of civil
servants, of whom 31 % of teachers" gives each share of its own base, and a group can strike
more than the whole.

Example
-------
"Le bilan fait état de 250 glissements de terrain, dont 320 dans la province" → part-whole

Options
-------
none
"""

from __future__ import annotations

import pandas as pd

from sourcecheck import wording
from sourcecheck.rules import blocks

# Measures that are shares of a base: a part's share is of its own base ("25 % of civil
# servants on strike, 31 % of teachers"), so a larger one is no contradiction.
SHARES = frozenset({"percent", "fraction"})

ID = "part-whole"
SEVERITY = "warning"
OPTIONS: dict = {}


def run(claims: pd.DataFrame) -> pd.DataFrame:
    """One finding per part whose interval lies wholly above its whole's."""
    claims = blocks.prepare(claims)
    parts = claims[claims["part_of"] != ""]
    wholes = claims.set_index("claim_id", drop=False)
    parts = parts[parts["part_of"].isin(wholes.index)]
    rows = []
    for part in parts.to_dict("records"):
        whole = wholes.loc[part["part_of"]]
        if part["measure"] != whole["measure"] or not part["low"] > _most(whole):
            continue
        if part["measure"] in SHARES:
            continue  # 31 % of teachers within 25 % of civil servants: rates, not counts
        labels = (f"part: {wording.label(part)}", f"whole: {wording.label(whole)}")
        rows.append(
            {
                "message": f"{part['text']} is given as a part of {whole['text']}, "
                "but is larger than it",
                "explanation": f"«{part['text']}» allows "
                f"{wording.interval(part['low'], part['high'], part['low_open'], part['high_open'])}"
                f", «{whole['text']}» at most {wording.fmt(_most(whole))}, in «{part['quote']}»."
                " A part cannot be larger than its whole.",
                "subject": blocks.subject(whole),
                "members": [(part["claim_id"], labels[0]), (whole["claim_id"], labels[1])],
            }
        )
    return blocks.found(rows)


def _most(whole) -> float:
    """The largest number a whole leaves to its parts: its upper bound, but an approximate
    whole's own number ("about 14,000": 14,000, not the 15,400 its ±10 % allows).

    Why: "about" widens a figure so that other accounts of it agree ("some 14,000" and
    "14,800"); a part the same account gives precisely ("of which 15,200") is no other
    account, and cannot exceed the whole it is told as a part of.

    >>> _most({"qualifier": "about", "value": 14000.0, "high": 15400.0})
    14000.0
    >>> _most({"qualifier": "exact", "value": 14000.0, "high": 14500.0})
    14500.0
    """
    return whole["value"] if whole["qualifier"] in blocks.SOFT else whole["high"]
