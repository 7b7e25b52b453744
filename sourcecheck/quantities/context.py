"""What stands next to a figure: currency and qualifier on its left, cents on its right.

Why
---
"plus de 700", "US$ 5", "(€466 million)", "art. 171", "mars 2020", "15 dollars 50": the words
around a number decide whether it is a quantity and what it measures. Left context is read
on the reversed window before the figure with one anchored match (`grammar.left`), and only
when the character before the figure could start something (a letter, a currency symbol):
most figures follow a space and a plain word, or punctuation, and cost nothing here.

Example
-------
>>> from sourcecheck.quantities.grammar import grammar
>>> read_left("environ 35 $", 8, 0, grammar("fr"))
Left(start=0, currency=None, ambiguous=False, qualifier='about', opener=None, year_cue=False)
>>> read_left("art. 171", 5, 0, grammar("it")) is None
True
"""

from __future__ import annotations

from typing import NamedTuple

from sourcecheck.quantities import currencies, words
from sourcecheck.quantities.grammar import Grammar
from sourcecheck.quantities.lexicon import normalise
from sourcecheck.quantities.qualifiers import QUALIFIER_OF

WINDOW = 48
SPACES = " \u00a0\u202f\u2009"
# Characters that may end a currency prefix or a reference cue ("u.s.$", "n°", "§").
_LEFT_SYMBOLS = frozenset("$€£¥₹₽₺₿₩₦฿₫₱₴₪₡₾₭元.§°º")


class Left(NamedTuple):
    start: int  # where the quantity starts (its currency symbol or qualifier)
    currency: str | None
    ambiguous: bool  # the currency could be another one ("$")
    qualifier: str
    opener: int | None  # start of "entre"/"between"/"tra" when a range may follow
    year_cue: bool  # "en", "nel", "since"… right before: a four-digit figure is a year


_PLAIN = Left(0, None, False, "exact", None, False)


def read_left(text: str, s: int, taken: int, g: Grammar) -> Left | None:
    """The left context of the figure starting at `s`; None when it makes it no quantity.

    `taken` is where the previous quantity ended: a currency written after that figure
    ("10 rmb 20 usd") is not also a prefix of this one.
    """
    i = s - 1
    while i >= taken and s - i < WINDOW and text[i] in SPACES:
        i -= 1
    if i < taken or not (text[i].isalpha() or text[i] in _LEFT_SYMBOLS):
        return _PLAIN._replace(start=s)
    rev = text[max(taken, s - WINDOW) : s][::-1]
    cue = g.left_cue.match(rev)
    if cue and (cue.group("ref") or cue.group("month")):
        return None  # "art. 171", "n° 12", "November 26", "mars 2020"
    lm = g.left.match(rev)
    start, currency, ambiguous = s, None, False
    if lm.group("cur"):
        currency, ambiguous = currencies.PREFIX[normalise(lm.group("cur")[::-1])]
        start = s - lm.end("cur")
    elif i == s - 1 and (text[i].isalpha() or text[i] == "_"):
        return None  # glued to a word: "G20", "MP3"
    qualifier, opener = "exact", None
    if lm.group("qual"):
        q = QUALIFIER_OF[normalise(lm.group("qual")[::-1])]
        if q == "range":
            opener = s - lm.end("qual")
        else:
            qualifier, start = q, s - lm.end("qual")
    return Left(start, currency, ambiguous, qualifier, opener, bool(cue and cue.group("year")))


def read_cents(text: str, end: int, lang: str | None, g: Grammar) -> tuple[int | None, int]:
    """The cents written after an amount ("15 dollars 50", "… and forty-five cents")."""
    cm = g.cents.match(text, end)
    if cm is None:
        return None, end
    if cm.group("c"):
        return int(cm.group("c")), cm.end()
    w = cm.group("w")
    if not all(words.is_number_word(p, lang) for p in w.replace("-", " ").split()):
        return None, end
    value = words.read_words(w, lang)
    return (value, cm.end()) if value is not None and 0 < value < 100 else (None, end)
