"""Digit groups: the grammar that finds them and the reading that turns them into numbers.

Why
---
French writes "5 500" (space, U+00A0 or U+202F) and "10,7"; Italian "5.500" and "10,7";
English "5,500" and "10.7". The *structure* settles most cases ("1,234,567.89" has one
decimal mark, the last one; "1.234.567" groups); only one separator followed by exactly three
digits ("5.500", "2,125") needs the document's language. When the language is unknown we read
it as a thousands separator and say so (``ambiguous=True``) instead of guessing silently.

The grammar bounds every repetition ({1,20}, {1,6}) and has no nested unbounded quantifier,
so a scan is linear in the length of the text whatever the input ("1,"×50000, "1"×100000).

Example
-------
>>> read_digits("5 500", "fr")
Reading(mantissa=5500, decimals=0, trailing_zeros=2, ambiguous=False)
>>> read_digits("5.500", "en").decimals
3
>>> read_digits("2,125", None).ambiguous
True
"""

from __future__ import annotations

from functools import lru_cache
from typing import NamedTuple

SPACE_CHARS = " \u00a0\u202f\u2009"  # (`read_digits` drops each with one `replace`)
SP = "[ \u00a0\u202f\u2009]"

# A digit group as written: optional space-grouped thousands, then up to six ".,'’" groups.
# Interpreted by `read_digits`, which rejects shapes that are not numbers ("1,1,1").
# Its digit runs are possessive (`\d{1,20}+`): one given back digit by digit meets only another
# digit, which nothing after it accepts, so the matches are the greedy form's, found sooner.
NUMBER = (
    r"(?<!\d)(?:(?:\d{1,3}+(?:" + SP + r"\d{3}(?!\d)){1,6}|\d{1,20}+)"
    r"(?:[.,'’]\d{1,20}+){0,6}"
    r"|(?<![\w.,])[.,]\d{1,20})"  # ".08", ",25": a decimal with no integer part
    r"(?!\d)"
)

# NUMBER with what follows its first character as a group ("tail", or "tail2" after a
# leading mark): the same matches, tried in the same order (`\d` then `\d{0,2}` tries 3, 2,
# 1 digits as `\d{1,3}` does). A scan that has read the first character goes on past the
# rest with a back-reference to it, and never tries a figure again inside this one.
NUMBER_TAIL = (
    r"(?<!\d)(?:\d(?P<tail>(?:\d{0,2}+(?:" + SP + r"\d{3}(?!\d)){1,6}|\d{0,19}+)"
    r"(?:[.,'’]\d{1,20}+){0,6})"
    r"|(?<![\w.,])[.,](?P<tail2>\d{1,20}))"
    r"(?!\d)"
)

MAX_DIGITS = 20


class Reading(NamedTuple):
    """A digit group read as an integer mantissa and a count of decimals.

    value = mantissa / 10**decimals; `trailing_zeros` counts the zeros ending an integer
    ("5500" → 2), the rounding that DESIGN §5 reads as precision for large figures.
    """

    mantissa: int
    decimals: int
    trailing_zeros: int
    ambiguous: bool

    @property
    def value(self) -> float:
        return self.mantissa / 10**self.decimals if self.decimals else float(self.mantissa)


def _grouped(groups: list[str]) -> bool:
    """True when groups after the first are all three digits (thousands grouping)."""
    return 1 <= len(groups[0]) <= 3 and all(len(g) == 3 for g in groups[1:])


@lru_cache(maxsize=8192)
def read_digits(raw: str, lang: str | None) -> Reading | None:
    """Read a digit group written in `lang` ("fr", "en", "it" or None); None if not a number."""
    if raw.isdecimal():  # digits alone ("700"): no separator to weigh
        if len(raw) > MAX_DIGITS:
            return None
        mantissa = int(raw)
        return Reading(mantissa, 0, len(raw) - len(raw.rstrip("0")) if mantissa else 0, False)
    raw = raw.replace(" ", "").replace("\u00a0", "").replace("\u202f", "").replace("\u2009", "")
    if "'" in raw or "’" in raw:  # Swiss/Italian apostrophe grouping: 1'000'000
        parts = raw.replace("’", "'").split("'")
        last = parts[-1]
        if not _grouped([*parts[:-1], last[:3]]) or len(last) < 3:
            return None
        if len(last) > 3 and last[3] not in ".,":
            return None
        raw = "".join(parts)
    ambiguous = False
    commas, dots = raw.count(","), raw.count(".")
    if commas and dots:
        dec = "," if raw.rfind(",") > raw.rfind(".") else "."
        grp = "." if dec == "," else ","
        if raw.count(dec) != 1:
            return None
        int_part, frac = raw.split(dec)
        if not _grouped(int_part.split(grp)):
            return None
        int_digits = int_part.replace(grp, "")
    elif commas + dots == 0:
        int_digits, frac = raw, ""
    else:
        sep = "," if commas else "."
        groups = raw.split(sep)
        if len(groups) > 2:
            if not _grouped(groups):
                return None
            int_digits, frac = "".join(groups), ""
        elif len(groups[1]) != 3 or groups[0] in ("0", "") or len(groups[0]) > 3:
            int_digits, frac = groups  # "10,7", "0,500", "1234,567": a decimal mark
        else:
            thousands = _thousands(sep, lang)
            if thousands is None:
                ambiguous, thousands = True, True
            int_digits, frac = ("".join(groups), "") if thousands else groups
    int_digits = int_digits or "0"
    if len(int_digits) + len(frac) > MAX_DIGITS:
        return None
    mantissa = int(int_digits + frac)
    tz = 0 if frac or not mantissa else len(int_digits) - len(int_digits.rstrip("0"))
    return Reading(mantissa, len(frac), tz, ambiguous)


def _thousands(sep: str, lang: str | None) -> bool | None:
    """Whether one `sep` followed by three digits groups thousands in `lang` (None: unknown)."""
    if lang == "en":
        return sep == ","
    if lang in ("fr", "it"):
        return sep == "."
    return None
