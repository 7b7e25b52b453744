"""The compiled regular expressions of one language, built once and cached.

Why
---
Speed comes from scanning the text once with one compiled master regex that stops only at
candidate figures (a digit, a number word, or a shape to skip such as a date), then reading
each candidate with a few anchored `match` calls around it (scale, suffix, left context).
Nothing is ever searched twice and no pattern nests unbounded quantifiers.

Example
-------
>>> g = grammar("fr")
>>> [m.lastgroup for m in g.master.finditer("le 12/11, 5 500 serveurs et trois pays")]
['skip', 'num', 'word']
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from sourcecheck.quantities import currencies, exclusions, qualifiers, scales, units, words
from sourcecheck.quantities.lexicon import SPACE_RE, alternation, reversed_alternation
from sourcecheck.quantities.numbers import NUMBER

SP = "[ \u00a0\u202f\u2009]"
NOT_LETTER = r"(?![^\W\d_])"


class Grammar(NamedTuple):
    master: re.Pattern
    word_next: re.Pattern
    scale: re.Pattern
    half: re.Pattern
    compound: re.Pattern
    suffix: re.Pattern
    month_after: re.Pattern
    left: re.Pattern
    left_cue: re.Pattern
    cents: re.Pattern


@lru_cache(maxsize=8)
def grammar(lang: str | None) -> Grammar:
    """The patterns for `lang` ("fr", "en", "it" or None for all three)."""
    triggers = words.trigger_words(lang)
    langs = (lang,) if lang in words.LANGS else words.LANGS
    articles = sorted(set().union(*(words.ARTICLES[lg] for lg in langs)))
    word_run = (
        r"(?i:\b(?:(?P<article>"
        + alternation(articles)
        + r")"
        + SPACE_RE
        + r"(?="
        + alternation(triggers)
        + r"))?"
        + alternation(triggers)
        + r"[^\W\d_]*(?:-[^\W\d_]+){0,8})"
    )
    master = re.compile(
        r"(?=[\d+(.,])(?:(?P<skip>"
        + exclusions.SKIP
        + ")|(?P<num>"
        + NUMBER
        + "))|(?P<word>"
        + word_run
        + ")"
    )
    joiners = sorted(set().union(*(words.JOINERS[lg] for lg in langs)))
    word_next = re.compile(
        r"(?:"
        + SP
        + r"+|"
        + SP
        + r"*-"
        + SP
        + r"*)(?:(?P<join>"
        + alternation(joiners)
        + r")"
        + SP
        + r"+)?(?P<w>[^\W\d_]+(?:-[^\W\d_]+){0,8})",
        re.IGNORECASE,
    )
    scale = re.compile(
        r"(?:"
        + SP
        + r"|"
        + SP
        + r"?-"
        + SP
        + r"?)?(?P<scale>"
        + scales.SCALE_PATTERN
        + r")"
        + NOT_LETTER,
        re.IGNORECASE,
    )
    half = re.compile(
        SP + r"+(?:et|e|and)" + SP + r"+(?:demi|mezzo|a half|one half|un demi)" + NOT_LETTER,
        re.IGNORECASE,
    )
    compound = re.compile(
        SP + r"+(?:et|e|and)" + SP + r"+(?P<n>\d{1,3}(?:[.,]\d{1,3})?)" + SP
        + r"?(?P<s>" + scales.SCALE_PATTERN + r")?" + NOT_LETTER,
        re.IGNORECASE,
    )  # fmt: skip
    suffix = re.compile(
        SP + r"*(?:-" + SP + r"*)?(?P<of>(?:de|di|of|del|dei|degli)" + SP + r"+|d['’]" + SP
        + r"*)?(?:(?P<cur>" + currencies.SUFFIX_PATTERN + r")|(?P<unit>"
        + units.UNIT_PATTERN + r"))" + NOT_LETTER,
        re.IGNORECASE,
    )  # fmt: skip
    left = re.compile(
        SP + r"*(?:(?P<cur>" + currencies.PREFIX_PATTERN_REVERSED + r")" + NOT_LETTER + r")?"
        + SP + r"*(?:" + qualifiers.QUALIFIER_REVERSED + r")?",
        re.IGNORECASE,
    )  # fmt: skip
    left_cue = re.compile(exclusions.LEFT_CUE_REVERSED, re.IGNORECASE)
    month_after = re.compile(exclusions.MONTH_AFTER)
    cents = re.compile(
        SP + r"+(?:(?:and|et|e)" + SP + r"+)?(?:(?P<c>\d{1,2})|(?P<w>[^\W\d_]+(?:[- ][^\W\d_]+)?))(?:" + SP
        + r"*(?:cents?|centimes?|centesimi|pence)" + NOT_LETTER + r"|(?=" + SP
        + r"*(?:[.;!?)]|,(?!\d)|\Z)))",
        re.IGNORECASE,
    )  # fmt: skip
    return Grammar(
        master, word_next, scale, half, compound, suffix, month_after, left, left_cue, cents
    )


__all__ = ["Grammar", "grammar", "reversed_alternation"]
