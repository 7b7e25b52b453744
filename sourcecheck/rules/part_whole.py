"""A part larger than its whole.

Why
---
"250 landslides, of which 320 in the province" cannot be right: a part ("dont", "of which",
"di cui", "including") is at most its whole. The frame links each part to its whole
(`part_of`, the whole's claim id); a part is never compared with its whole as a conflict,
and this rule flags the one way they can disagree: every number the part allows is above
every number the whole allows, in the same measure.

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
        if part["measure"] != whole["measure"] or not part["low"] > whole["high"]:
            continue
        labels = (f"part: {wording.label(part)}", f"whole: {wording.label(whole)}")
        rows.append(
            {
                "message": f"{part['text']} is given as a part of {whole['text']}, "
                "but is larger than it",
                "explanation": f"«{part['text']}» allows "
                f"{wording.interval(part['low'], part['high'], part['low_open'], part['high_open'])}"
                f", «{whole['text']}» at most {wording.fmt(whole['high'])}, in «{part['quote']}»."
                " A part cannot be larger than its whole.",
                "subject": blocks.subject(whole),
                "members": [(part["claim_id"], labels[0]), (whole["claim_id"], labels[1])],
            }
        )
    return blocks.found(rows)
