"""The compiled regular expressions of one language, built once and cached.

Why
---
Speed comes from scanning the text once with one compiled master regex that stops only at
candidate figures (a digit, a number word, or a shape to skip such as a date), then reading
each candidate with a few anchored `match` calls around it (scale, suffix, left context),
and only when the word next to it is one a lexicon form can start or end with (`token`,
`left_words`, `right_words`). Nothing is searched twice; no pattern nests unbounded
quantifiers.

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
from sourcecheck.quantities.lexicon import SPACE_RE, alternation, edge_word
from sourcecheck.quantities.numbers import NUMBER

SP = "[ \u00a0\u202f\u2009]"
NOT_LETTER = r"(?![^\W\d_])"
OF = ("de", "di", "of", "del", "dei", "degli")  # "10 millions d'euros", "10 milioni di euro"
HALVES = ("demi", "mezzo", "a half", "one half", "un demi")
CENTS = ("cent", "cents", "centime", "centimes", "centesimi", "pence")


class Grammar(NamedTuple):
    master: re.Pattern
    word_next: re.Pattern
    scale: re.Pattern
    half: re.Pattern
    compound: re.Pattern
    suffix: re.Pattern
    month_after: re.Pattern
    left: re.Pattern
    year_cue: re.Pattern
    token: re.Pattern
    left_words: frozenset[str]
    right_words: frozenset[str]
    cents: re.Pattern


@lru_cache(maxsize=8)
def grammar(lang: str | None) -> Grammar:
    """The patterns for `lang` ("fr", "en", "it" or None for all three)."""
    triggers = words.trigger_words(lang)
    langs = (lang,) if lang in words.LANGS else words.LANGS
    articles = sorted(set().union(*(words.ARTICLES[lg] for lg in langs)))
    word_run = (
        r"\b(?:(?P<article>"
        + alternation(articles)
        + r")"
        + SPACE_RE
        + r"(?="
        + alternation(triggers)
        + r"))?"
        + alternation(triggers)
        + r"[^\W\d_]*(?:-[^\W\d_]+){0,8}"
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
    joiners = alternation(set().union(*(words.JOINERS[lg] for lg in langs)))
    and_ = alternation(("et", "e", "and"))
    of = "(?P<of>" + alternation(OF) + SP + r"+|" + alternation(("d'",)) + SP + r"*)?"
    word_next = re.compile(
        rf"(?:{SP}+|{SP}*-{SP}*)(?:(?P<join>{joiners}){SP}+)?(?P<w>[^\W\d_]+(?:-[^\W\d_]+){{0,8}})"
    )
    scale = re.compile(rf"(?:{SP}|{SP}?-{SP}?)?(?P<scale>{scales.SCALE_PATTERN}){NOT_LETTER}")
    half = re.compile(rf"{SP}+{and_}{SP}+{alternation(HALVES)}{NOT_LETTER}")
    compound = re.compile(
        rf"{SP}+{and_}{SP}+(?P<n>\d{{1,3}}(?:[.,]\d{{1,3}})?){SP}?"
        rf"(?P<s>{scales.SCALE_PATTERN})?{NOT_LETTER}"
    )
    suffix = re.compile(
        rf"{SP}*(?:-{SP}*)?{of}(?:(?P<cur>{currencies.SUFFIX_PATTERN})"
        rf"|(?P<unit>{units.UNIT_PATTERN})){NOT_LETTER}"
    )
    left = re.compile(
        exclusions.EXCLUDE_REVERSED
        + rf"|{SP}*(?:(?P<cur>{currencies.PREFIX_PATTERN_REVERSED}){NOT_LETTER})?"
        + rf"{SP}*(?:{qualifiers.QUALIFIER_REVERSED})?"
    )
    year_cue = re.compile(exclusions.YEAR_CUE_REVERSED)
    # The word next to a figure decides in one set lookup whether its context needs reading:
    # most figures sit between plain words ("ont saisi 700 policiers").
    token = re.compile(rf"{SP}*-?{SP}*([^\W\d_]+|[^\w\s\-])")
    left_forms = (
        *currencies.PREFIX,
        *qualifiers.QUALIFIER_OF,
        *qualifiers.ARTICLES,
        *exclusions.REFERENCES,
        *exclusions.MONTHS,
        ",",
    )
    right_forms = (
        *scales.SCALE_NAMES,
        *currencies.SUFFIX,
        *units.ABBREVIATIONS,
        *units.WORDS,
        *exclusions.MONTHS,
        *OF,
        "d'",
    )
    left_words = frozenset(edge_word(f, last=True) for f in left_forms)
    right_words = frozenset(edge_word(f) for f in right_forms)
    month_after = re.compile(exclusions.MONTH_AFTER)
    cents = re.compile(
        rf"{SP}+(?:{and_}{SP}+)?(?:(?P<c>\d{{1,2}})|(?P<w>[^\W\d_]+(?:[- ][^\W\d_]+)?))"
        rf"(?:{SP}*{alternation(CENTS)}{NOT_LETTER}|(?={SP}*(?:[.;!?)]|,(?!\d)|\Z)))"
    )
    return Grammar(
        master,
        word_next,
        scale,
        half,
        compound,
        suffix,
        month_after,
        left,
        year_cue,
        token,
        left_words,
        right_words,
        cents,
    )
