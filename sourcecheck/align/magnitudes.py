"""Magnitudes: figures orders of magnitude apart are not one quantity.

Why
---
Words join claims; when they were not enough ("4 euros" a kilo and "450 million euros" for
the plant, both a "cost"; "14" complainants and "180,000" publishers, both read as
publishers), the figures say so: more than `MAX_RATIO` apart, they are two quantities.
Police and union counts of one
march stay within it (they can be ten times apart), and a slip of scale keeps its subject:
figures a thousand (or a million) times apart, "1,2 milioni" against "1.2 billion" or "300
MW" against "300 GW", are what the scale-word and unit rules must see; their digits agree
within about a quarter ("7" beside "4,700" is no slip, two counts). Figures compare as
written, so "12 GW" and "300 MW" are two quantities.

A subject that holds several bands is split, each band with its own subject and a label
that says which figures it holds; a running count's `series` is not split (a toll may grow
twentyfold over a week).

Example
-------
>>> import pandas as pd
>>> table = pd.DataFrame({"subject": "cost|EUR", "value": [4.0, 450e6, 430e6]})
>>> bands(table)
['4', '430,000,000', '430,000,000']
"""

from __future__ import annotations

import math

import pandas as pd

MAX_RATIO = 20.0  # alignment's bands; value-conflict's `max_ratio` is tighter (12)
SLIP = 0.1  # a ratio within this of a power of 1000 (in log10 units: ×0.79 to ×1.26) is a slip


MIN_RECURRING = 10  # figures below this recur by chance too often to anchor anything


def bands(table: pd.DataFrame) -> list[str]:
    """For each claim, "" or the name of its band of magnitude (its smallest figure, to two
    digits) when its subject spans several bands."""
    out = [""] * len(table)
    values = table["value"].tolist()
    cases = table["case"].tolist() if "case" in table else [""] * len(table)
    blocks: dict[tuple[str, str], list[int]] = {}  # a subject is one quantity of one case
    rows = zip(cases, table["subject"].tolist(), values, strict=True)
    for i, (case, subject, value) in enumerate(rows):
        if subject and value == value and value > 0:
            blocks.setdefault((case, subject), []).append(i)
    for rows in blocks.values():
        rows.sort(key=values.__getitem__)
        cuts = [k for k in range(1, len(rows)) if _apart(values[rows[k - 1]], values[rows[k]])]
        for start, end in zip([0, *cuts], [*cuts, len(rows)], strict=True) if cuts else ():
            out_name = _name(values[rows[start]])
            for i in rows[start:end]:
                out[i] = out_name
    return out


def _apart(low: float, high: float) -> bool:
    """Whether two figures of one subject, `low` <= `high`, are two quantities."""
    ratio = math.log10(high / low)
    if ratio <= math.log10(MAX_RATIO):
        return False
    return abs(ratio - 3 * round(ratio / 3)) > SLIP


def same_digits(a: float, b: float) -> bool:
    """Whether two figures are one as written, up to a slip of scale: equal, or equal but
    for a factor of a thousand or a million ("1,2 milioni" and "1.2 billion").

    >>> same_digits(1.2e9, 1.2e6), same_digits(1.2e9, 1.3e9), same_digits(120.0, 12.0)
    (True, False, False)
    """
    if a == b:
        return True
    if a <= 0 or b <= 0:
        return False
    ratio = math.log10(a / b)
    return round(ratio / 3) != 0 and abs(ratio - 3 * round(ratio / 3)) < 1e-9


MIN_ROUNDED = 1e6  # an amount this large and rounded rarely meets another by chance
MIN_DIGITS = 2  # "2 billion" says too little to be another amount rounded


def rounded_alike(a: float, b: float) -> bool:
    """Whether two amounts are one figure written to two precisions: each of a million or
    more, and the other one rounded to the less precise one's last digit (two significant
    digits or more) is that one ("2.9 billion" and "2.947 milioni").

    Why: an amount with no noun takes the noun another document gives the same figure, but
    a company's results are written to the euro in its release and to the tenth of a billion
    on the wire: one figure, which an exact match never saw.

    >>> rounded_alike(3.1e9, 3.104e9), rounded_alike(10.6e6, 10.619e6)
    (True, True)
    >>> rounded_alike(3.1e9, 3.3e9), rounded_alike(2e9, 2.4e9), rounded_alike(3.1e9, 3.1e9)
    (False, False, False)
    >>> rounded_alike(float("nan"), 3.1e9), rounded_alike(6.5e7, 6e7)
    (False, False)
    """
    if a == b or not (a >= MIN_ROUNDED and b >= MIN_ROUNDED and math.isfinite(a + b)):
        return False  # no figure (NaN), or too small to tell
    (step, digits), _ = sorted((_precision(a), _precision(b)), reverse=True)  # the coarser
    return digits >= MIN_DIGITS and abs(a - b) <= step / 2


def rounded_keys(keys: list[tuple], given: dict[tuple, set]) -> dict[tuple, set]:
    """For each amount key of `keys` (case, dimension, noun, rate, value) that `given` lacks,
    what `given` holds for the one amount of its quantity (its first four fields) that is the
    same figure to another precision (`rounded_alike`).

    Why: a year or a day told beside "2.947 milioni di euro" in one account belongs to "2.9
    billion euros" in another, which no exact match of the figure sees.

    >>> rounded_keys([("c", "money", "revenue", "", 3.1e9)],
    ...     {("c", "money", "revenue", "", 3.104e9): {"2025"}})
    {('c', 'money', 'revenue', '', 3100000000.0): {'2025'}}
    """
    by_quantity: dict[tuple, list[tuple]] = {}
    for k in given:
        if k[1] == "money":
            by_quantity.setdefault(k[:4], []).append(k)
    out = {}
    for k in set(keys) - set(given):
        alike = [g for g in by_quantity.get(k[:4], ()) if rounded_alike(k[4], g[4])]
        if k[1] == "money" and len(alike) == 1:
            out[k] = given[alike[0]]
    return out


def _precision(value: float) -> tuple[float, int]:
    """The place value of a figure's last significant digit, and how many significant digits
    it has: (1e8, 2) for 3.1e9."""
    mantissa, _, exponent = f"{value:.9e}".partition("e")
    digits = len(mantissa.replace(".", "").rstrip("0")) or 1
    return 10.0 ** (int(exponent) - digits + 1), digits


def _name(low: float) -> str:
    rounded = float(f"{low:.2g}")
    return f"{rounded:,.0f}" if rounded >= 1 else f"{rounded:g}"
