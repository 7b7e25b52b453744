"""The compiled regular expressions of one language, built once and cached.

Why
---
Speed comes from scanning the text once with one compiled master regex that stops only at
candidate figures (a digit, a number word, or a shape to skip such as a date), then reading
each candidate with a few anchored `match` calls around it (scale, suffix, left context),
and only when the word next to it is one a lexicon form can start or end with (`token`,
`left_words`, `right_words`). Nothing is searched twice; no pattern nests unbounded
quantifiers. The master regex is run as `scan`, the same alternatives tried only where a
candidate may start (a digit or a sign, or a word after a non-word character whose first
letter may begin a number word): Python's engine tries a pattern without a fixed first
character at every character of the text, letters inside words included.

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

from sourcecheck import regexcache
from sourcecheck.quantities import (
    currencies,
    exclusions,
    fractional,
    qualifiers,
    scales,
    units,
    vague,
    words,
)
from sourcecheck.quantities.lexicon import (
    SPACE_RE,
    alternation,
    edge_word,
    first_class,
    literal_alternation,
    reversed_alternation,
)
from sourcecheck.quantities.numbers import NUMBER, NUMBER_TAIL

SP = "[ \u00a0\u202f\u2009]"
NOT_LETTER = r"(?![^\W\d_])"
# The letters of Latin-1 (what `[^\W\d_]` matches there: letters, "ª", "²", "½"…) as a table
# the engine tests quickly, where `[^\W\d_]` asks the Unicode database about each character.
LATIN1_LETTERS = (
    "[" + "".join(re.escape(c) for c in map(chr, range(256)) if re.match(r"[^\W\d_]", c)) + "]"
)
# The word or symbol next to a figure, after spaces and a hyphen (group 1). A word's letters
# are read as a run of Latin-1 letters first, then any letter: the same word as `[^\W\d_]+`.
TOKEN = rf"{SP}*-?{SP}*((?:{LATIN1_LETTERS}++[^\W\d_]*+|[^\W\d_]++)|[^\w\s\-])"
ELIDED = r"(?!['’][^\W\d_])"  # "250 l'anno": an elided article, not a unit ("l")
OF = ("de", "di", "of", "del", "dei", "degli")  # "10 millions d'euros", "10 milioni di euro"
HALVES = ("demi", "mezzo", "a half", "one half", "un demi")
JOINERS = ("et", "e", "and")  # "3 millions et demi", "10 milioni e 619mila"
CENTS = ("cent", "cents", "centime", "centimes", "centesimi", "pence")
VULGAR = "½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅐⅛⅜⅝⅞⅑⅒"  # "½", "10½": read with unicodedata.numeric
# What a figure may start with, as the scan looks for it: a table of Latin-1 characters (the
# digits, signs, marks and fractions among them) and every character past Latin-1, which a
# lookbehind then tests for \d (any decimal digit) or a fraction. `[\d…]` alone would ask the
# Unicode database at every character of the text; Latin-1 has no decimal digit but 0-9.
# Written as the Latin-1 characters a figure does NOT start with, negated: the engine keeps
# it as one 256-bit table, where the same class listing the range past Latin-1 becomes a
# table of 256-character blocks, dearer at each character of the text (~75 → ~55
# instructions a character, counted with valgrind).
FIGURE_STARTS = "0123456789+(.," + "".join(c for c in VULGAR if c <= "\xff")
FIRST_FIGURE = (
    "[^" + "".join(re.escape(c) for c in map(chr, range(256)) if c not in FIGURE_STARTS) + "]"
)
# What may follow a share of one ("a third of", "un tiers des", "un terzo dei", "a half.").
_SHARE_OF = ("of", "de", "des", "du", "di", "dei", "del", "della", "delle", "degli", "dello")
_INTO = ("d'", "dell'", "dall'")


class Grammar(NamedTuple):
    master: re.Pattern
    word_next: re.Pattern
    scale: re.Pattern
    half: re.Pattern
    compound: re.Pattern
    bare_compound: re.Pattern  # tried where no word follows the scale (digits do)
    suffix: re.Pattern
    month_after: re.Pattern
    left: re.Pattern
    year_cue: re.Pattern
    token: re.Pattern
    left_words: frozenset[str]
    right_words: frozenset[str]
    cents: re.Pattern
    part: re.Pattern  # "and a half", "et trois quarts", "e due terzi" after a figure
    article_scale: re.Pattern  # "half| a| million", "two thirds| of a| million"
    share_follow: re.Pattern  # what may follow "a third", "un tiers", "un terzo"
    noun_after: re.Pattern  # the word after "1.5m"
    hectares: re.Pattern  # what follows Italian "ha" when it is hectares, not "has"
    vague_of: re.Pattern  # "tens| of thousands", "centaines| de milliers"
    vague_det: re.Pattern  # reversed: "quelques |centaines", "several |hundred"
    few: re.Pattern  # reversed: "several |hundred", "qualche |centinaio"
    time_cue: re.Pattern  # reversed: "alle |14.30"
    hour_cue: re.Pattern  # reversed: "vers |22 heures", "at |10 o'clock"
    ore_cue: re.Pattern  # reversed: "alle ore |23"
    hour_word: re.Pattern  # "22| heures", "10| o'clock" (not "10| heures de discussions")
    word_hour_bound: re.Pattern  # reversed "jusqu'à |": up to six hours, not six o'clock
    clock_follow: re.Pattern  # "alle 19| l'affluenza", "dalle 8| alle 20" (not "| regioni")
    vague_heads: frozenset[str]  # "dozens", "centaines", "migliaia"…: a set lookup first
    inches: re.Pattern  # "5 feet| 2 inches"
    day_follow: re.Pattern  # "Lunedì 4| sono…", "Lundi 4|, la…": the number is a day
    scan: re.Pattern  # `master`'s candidates found in one pass that skips most characters
    clock_cue: re.Pattern  # reversed: `hour_cue`, `ore_cue` or `time_cue`
    figures: re.Pattern  # `scan`'s figure candidates alone, tried only at "0-9+(.,½…"
    heads: re.Pattern | None  # a word's first letters that may start a run, `scan.fold`ed
    articles: tuple[str, ...]  # the articles a run may start with, in lower case
    starts: re.Pattern | None  # `heads` after a space, which `scan.fold` makes of \W
    # The word next to a figure, sorted finer than `left_words`/`right_words`: which of the
    # patterns it could begin (or, on the left, end), so that only those are tried.
    left_rest: re.Pattern  # `left` without its dates and references: currency, qualifier
    exclude_words: frozenset[str]  # the last words of `left`'s dates and references, ","
    scale_words: frozenset[str]  # the first words of `scale`'s forms
    suffix_words: frozenset[str]  # … of `suffix`'s (currency, unit, "of", a bracket)
    month_words: frozenset[str]  # … of `month_after`'s (a month, or "and" before a day)
    joiner_words: frozenset[str]  # … of `part`'s and `compound`'s ("et", "e", "and")


@lru_cache(maxsize=8)
def grammar(lang: str | None) -> Grammar:
    """The patterns for `lang` ("fr", "en", "it" or None for all three)."""
    triggers = sorted(
        set(words.trigger_words(lang)) | fractional.trigger_words(lang) | vague.heads(lang)
    )
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
    # A number's group also holds, in a lookahead, the word after it ("rt", as `token` reads
    # it): the one the right context is decided by, read in the same pass.
    figure = (
        "(?:"
        + exclusions.SKIP_START
        + "(?P<skip>"
        + exclusions.SKIP
        + ")|(?P<num>"
        + NUMBER
        + "(?=(?:"
        + TOKEN.replace("(", "(?P<rt>", 1)
        + ")?))|(?P<vulgar>["
        + VULGAR
        + "]))"
    )
    # The same, its number read with NUMBER_TAIL: `figures` goes on past a number it found.
    figure_tail = figure.replace(NUMBER, NUMBER_TAIL, 1)
    master = regexcache.compile(
        r"(?=[\d+(.," + VULGAR + "])" + figure + "|(?P<word>" + word_run + ")"
    )
    scan = regexcache.compile(  # `master`'s matches, tried only where one may start
        r"[\W\d" + VULGAR + "]"
        r"(?:(?<=[\d+(.," + VULGAR + r"])(?<!\d\d)(?<=(?=" + figure + ").)"
        r"|(?<=\d)(?<!\d\d)(?=\d)(?P<fail>)"
        r"|(?=" + first_class((*articles, *triggers)) + ")(?=(?P<word>" + word_run + ")))"
    )
    figures = regexcache.compile(  # `scan`'s figures: the first character is one they start with
        FIRST_FIGURE + r"(?<=[\d+(.," + VULGAR + "])"
        r"(?:(?<![+(.,])|(?=\d))"  # a sign or a mark starts one only before a digit
        r"(?:(?<!\d\d)(?<=(?=" + figure_tail + r").)(?(tail)(?P=tail)|(?(tail2)(?P=tail2)))"
        r"|(?<=\d)(?<!\d\d)(?=\d)(?P<fail>))"
    )
    heads = literal_alternation(triggers)
    folded = _folded(heads) if heads and _lowers(articles) else None
    joiners = alternation(set().union(*(words.JOINERS[lg] for lg in langs)))
    and_ = alternation(JOINERS)
    of = "(?P<of>" + alternation(OF) + SP + r"+|" + alternation(("d'",)) + SP + r"*)?"
    word_next = regexcache.compile(
        rf"(?:{SP}+|{SP}*-{SP}*)(?:(?P<join>{joiners}){SP}+)?(?P<w>[^\W\d_]+(?:-[^\W\d_]+){{0,8}})"
    )
    scale = regexcache.compile(
        rf"(?:{SP}|{SP}?-{SP}?)?(?P<scale>{scales.SCALE_PATTERN}){NOT_LETTER}"
    )
    half = regexcache.compile(rf"{SP}+{and_}{SP}+{alternation(HALVES)}{NOT_LETTER}")
    compound = regexcache.compile(
        rf"{SP}+{and_}{SP}+(?P<n>\d{{1,3}}(?:[.,]\d{{1,3}})?){SP}?"
        rf"(?P<s>{scales.SCALE_PATTERN})?{NOT_LETTER}"
    )
    bare_compound = regexcache.compile(  # "1 milione 912 mila": no "e", a smaller scale
        rf"{SP}+(?P<n>\d{{1,3}}){SP}?(?P<s>{scales.SCALE_PATTERN}){NOT_LETTER}"
    )
    suffix = regexcache.compile(
        rf"{SP}*(?:-{SP}*)?{of}(?:(?P<cur>{currencies.SUFFIX_PATTERN})"
        rf"|(?P<open>[(\[{{<])?(?P<unit>{units.UNIT_PATTERN})){NOT_LETTER}{ELIDED}"
        rf"(?(open)[)\]}}>])"
    )  # "20 (kg)": a unit in brackets, as tables and spec sheets write it
    inches = regexcache.compile(
        rf"{SP}+(?:and{SP}+)?(?P<n>\d{{1,2}}){SP}*(?:inches|inch|in){NOT_LETTER}"
    )  # "5 ft 2 in", "6 feet and 2 inches"
    left_rest = (
        rf"{SP}*(?:(?P<cur>{currencies.PREFIX_PATTERN_REVERSED}){NOT_LETTER})?"
        rf"{SP}*(?:{qualifiers.QUALIFIER_REVERSED})?"
    )
    left = regexcache.compile(exclusions.EXCLUDE_REVERSED + "|" + left_rest)
    year_cue = regexcache.compile(exclusions.YEAR_CUE_REVERSED)
    # The word next to a figure decides in one set lookup whether its context needs reading:
    # most figures sit between plain words ("ont saisi 700 policiers").
    token = regexcache.compile(TOKEN)
    # dates and references before a figure; what may follow one: currency, unit, "of"
    exclude_forms = (
        *exclusions.REFERENCES,
        *exclusions.NAMES,
        *exclusions.MONTHS,
        *exclusions.WEEKDAYS,
    )
    suffix_forms = (*currencies.SUFFIX, *units.ABBREVIATIONS, *units.WORDS, *OF, "d'", *"([{<")
    left_forms = (
        *currencies.PREFIX,
        *qualifiers.QUALIFIER_OF,
        *qualifiers.ARTICLES,
        *exclude_forms,
        ",",
    )
    right_forms = (
        *scales.SCALE_NAMES,
        *suffix_forms,
        *exclusions.MONTHS,
        *JOINERS,
        *units.GLUED_DEGREES,
    )
    left_words = frozenset(edge_word(f, last=True) for f in left_forms)
    right_words = frozenset(edge_word(f) for f in right_forms)
    month_after = regexcache.compile(exclusions.MONTH_AFTER)
    cents = regexcache.compile(
        rf"{SP}+(?:{and_}{SP}+)?(?:(?P<c>\d{{1,2}})|(?P<w>[^\W\d_]+(?:[- ][^\W\d_]+)?))"
        rf"(?:{SP}*{alternation(CENTS)}{NOT_LETTER}|(?={SP}*(?:[.;!?)]|,(?!\d)|\Z)))"
    )
    part = regexcache.compile(
        rf"{SP}+{and_}{SP}+(?P<a>[^\W\d_]+)(?:{SP}+(?P<b>[^\W\d_]+))?{NOT_LETTER}"
    )
    articles_all = ("a", "an", "un", "une", "uno", "una")
    article_scale = regexcache.compile(
        rf"{SP}+(?:{alternation(('of', 'de', 'di'))}{SP}+)?{alternation(articles_all)}"
        rf"(?:{SP}(?={SP}))*(?={SP})"
    )
    share_follow = regexcache.compile(
        rf"{SP}*(?:[.,;:!?)\]»\"”]|\Z)|{SP}+(?:{alternation(_SHARE_OF)}{NOT_LETTER}"
        rf"|{alternation(_INTO)})"
    )
    noun_after = regexcache.compile(rf"{SP}+([^\W\d_]+)")
    hectares = regexcache.compile(
        rf"{SP}*(?:[.,;:!?)\]]|\Z|\d|{alternation(('di', 'del', 'dei', 'delle', 'degli'))}"
        rf"{NOT_LETTER}|{alternation(_INTO)})"
    )
    vague_of = regexcache.compile(rf"{SP}+{alternation(vague.OF)}{SP}*(?P<h>[^\W\d_]+)")
    vague_det = regexcache.compile(rf"{SP}+{reversed_alternation(vague.DETERMINERS)}{NOT_LETTER}")
    few = regexcache.compile(rf"{SP}+{reversed_alternation(vague.FEW)}{NOT_LETTER}")
    time_cue = regexcache.compile(exclusions.TIME_CUE_REVERSED)
    hour_cue = regexcache.compile(exclusions.HOUR_CUE_REVERSED)
    word_hour_bound = regexcache.compile(exclusions.WORD_HOUR_BOUND_REVERSED)
    ore_cue = regexcache.compile(exclusions.ORE_REVERSED)
    clock_cue = regexcache.compile(  # any of the three: most small figures have none
        "|".join(
            f"(?:{c})"
            for c in (
                exclusions.HOUR_CUE_REVERSED,
                exclusions.ORE_REVERSED,
                exclusions.TIME_CUE_REVERSED,
            )
        )
    )
    hour_word = regexcache.compile(
        rf"{SP}*{alternation(exclusions.HOUR_WORDS)}{NOT_LETTER}(?!{SP}+d[e'’])"
    )
    clock_follow = regexcache.compile(
        rf"{SP}*(?:[.,;:!?)\]]|\Z)|{SP}+{alternation(exclusions.CLOCK_FOLLOWERS)}"
        rf"(?:(?<=['’])|{NOT_LETTER})"
    )
    followers = set().union(*(exclusions.DAY_FOLLOWERS[lg] for lg in langs))
    day_follow = regexcache.compile(
        rf"{SP}*(?:[.,;:!?)\]»\"”]|\Z)|{SP}+{alternation(followers)}(?:(?<=['’])|{NOT_LETTER})"
    )
    return Grammar(
        master,
        word_next,
        scale,
        half,
        compound,
        bare_compound,
        suffix,
        month_after,
        left,
        year_cue,
        token,
        left_words,
        right_words,
        cents,
        part,
        article_scale,
        share_follow,
        noun_after,
        hectares,
        vague_of,
        vague_det,
        few,
        time_cue,
        hour_cue,
        ore_cue,
        hour_word,
        word_hour_bound,
        clock_follow,
        frozenset(vague.heads(lang)),
        inches,
        day_follow,
        scan,
        clock_cue,
        figures,
        regexcache.compile(folded) if folded else None,
        tuple(sorted({a.replace("'", q) for a in articles for q in "'’"})),
        # after a space: the engine finds a literal first character without a test of a
        # class (\W) at each character of the text
        regexcache.compile(b" " + folded) if folded else None,
        regexcache.compile(left_rest),
        frozenset(edge_word(f, last=True) for f in exclude_forms) | {","},
        frozenset(edge_word(f) for f in scales.SCALE_NAMES),
        frozenset(edge_word(f) for f in suffix_forms),
        frozenset(edge_word(f) for f in exclusions.MONTHS) | exclusions.MONTH_LEADS,
        frozenset(JOINERS),
    )


def _folded(heads: str) -> bytes | None:
    """`heads` as the Latin-1 bytes `scan.fold` makes of a text; None when a number word
    holds a letter past Latin-1 (the text is then read by one pass of `scan`)."""
    try:
        return heads.encode("latin-1")
    except UnicodeEncodeError:
        return None


def _lowers(articles: list[str]) -> bool:
    """Whether `str.lower` maps each letter the articles are written with, in either case,
    to the letter itself (so a scan of the text in lower case finds what the case-folded
    classes of `alternation` match)."""
    return all(c.lower() == c == c.upper().lower() for a in articles for c in a if c != "'")
