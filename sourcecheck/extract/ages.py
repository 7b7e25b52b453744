"""Ages: "une femme de 58 ans", "un uomo di 77 anni", "a 19-year-old", "aged 40".

Why
---
An age is a person's, not a quantity of the story: two accounts that give different people's
ages ("a woman of 58" and "since 30 years") must never be compared, and one figure that reads as
a duration ("58 ans") looks like any other number of years. The frame marks it as the concept
`age`, which alignment never joins (the lexicon's `alone: true`). The words are data
(`frames/data/ages.yaml`); this module is the grammar: a person noun, "de/di", the figure, the
word for years; or "aged N"; or "N-year-old"; or a bound of age before the figure and the
word for years after it ("à partir de 65 ans", "con più di 65 anni"): a rule's threshold; or
a name in apposition before it, the word for years or a full name's bare figure closing it
("Jeanne Morel, 61 ans,", "Owen Tallis, 62,").

Example
-------
>>> text = "le corps d'une femme de 58 ans, retrouvée depuis 30 ans"
>>> is_age(text, text.index("58"), text.index("58") + 2, "fr"), is_age(text, 51, 53, "fr")
(True, False)
>>> t = "La gratuité est accordée à partir de 65 ans."
>>> is_age(t, t.index("65"), t.index("65") + 2, "fr")
True
>>> t = "A 19-year-old was arrested"
>>> is_age(t, 2, 4, "en")
True
"""

from __future__ import annotations

import re
from functools import lru_cache

from sourcecheck import regexcache
from sourcecheck.extract.framedata import load
from sourcecheck.frames.attribution import alternation
from sourcecheck.frames.names import proper

LANGUAGES = ("fr", "en", "it")
AGE = "age"  # the concept an age takes (lexicon: `alone`, never aligned)
_OF = {"fr": r"(?:de|d['’])", "it": r"(?:di)", "en": r"(?:of)"}


@lru_cache(maxsize=4)
def _patterns(lang: str | None) -> tuple[re.Pattern, ...]:
    """(a person and "of" before the figure, "aged" before it, years after it, "-year-old"
    after it) for `lang`, or for every language."""
    data = load("ages")
    langs = [lang] if lang in data else list(data)
    person = "|".join(rf"\b{alternation(data[lg]['persons'])}\s+{_OF[lg]}\s*$" for lg in langs)
    # "aged 40", or a list of ages after it: "aged 24 and 31", "âgés de 19, 26 et 38 ans"
    aged = "|".join(
        rf"\b{alternation(data[lg]['before'])}"
        rf"(?:\s*\d+(?:\s*,\s*\d+)*(?:\s*,\s*|\s+{alternation(data[lg]['joins'])}\s+))?\s*$"
        for lg in langs
    )
    years = "|".join(rf"\s*{alternation(data[lg]['years'])}\b" for lg in langs)
    # the word for years after the last age of a list: "âgés de 19 à 44 ans" (for 19)
    listed = "|".join(
        rf"(?:\s*(?:,|{alternation(data[lg]['joins'])})?\s*\d+)+\s*(?P<{lg}>{alternation(data[lg]['years'])})\b"
        for lg in langs
    )
    old = rf"\s*{alternation(w for lg in data for w in data[lg].get('after') or ())}"  # any copy
    bound = (
        "|".join(
            rf"(?<![\w'’]){alternation(data[lg]['bounds'])}\s*$"
            for lg in langs
            if data[lg].get("bounds")
        )
        or r"(?!)"
    )  # no bound words: nothing is one
    flags = re.IGNORECASE
    return tuple(regexcache.compile(p, flags) for p in (person, aged, years, old, bound, listed))


def is_age(body: str, start: int, end: int, lang: str | None) -> bool:
    """Is the figure at `body[start:end]` a person's age?"""
    return age_word(body, start, end, lang) is not None


def age_word(body: str, start: int, end: int, lang: str | None) -> str | None:
    """The word that makes the figure at `body[start:end]` a person's age ("ans", "aged",
    "-year-old"), or None when it is no age: what an age counts, as written.

    >>> t = "Two suspects, aged 24 and 31, were held."
    >>> age_word(t, t.index("31"), t.index("31") + 2, "en")
    'aged'
    >>> t = "The skipper, Owen Tallis, 62, was rescued."
    >>> age_word(t, t.index("62"), t.index("62") + 2, "en")
    'years'
    >>> t = "Le gérant, Loïc Varenne, 53 ans, a porté plainte."
    >>> age_word(t, t.index("53"), t.index("53") + 2, "fr")
    'ans'
    """
    person, aged, years, old, bound, listed = _patterns(lang if lang in LANGUAGES else None)
    m = old.match(body, end)
    if m:
        return m.group().strip(" -")  # "a 19-year-old", "40 years old"
    left = body[max(0, start - 40) : start]
    years_after = years.match(body, end)
    m = aged.search(left)
    if m:  # "aged 40", "âgé de 40 ans", "di età di 40 anni"
        if years_after:
            return years_after.group().strip()
        later = listed.match(body, end)
        return later.group(later.lastgroup) if later else _DIGITS.split(m.group(), 1)[0].strip()
    if not years_after:
        # "Owen Tallis, 62, a fisherman": a bare figure in commas after a full name
        named = _FULL_NAMED.search(left)
        bare = named and _BARE_AGE.fullmatch(body, start, end) and _CLOSED.match(body, end)
        if not bare or _LISTED.match(body, end) or not proper(named.group(1), body):
            return None  # "In Rome, 12, …" (a word the copy writes in lower case), a list
        return _years_word(lang)
    # an age bound: "gratuit à partir de 65 ans", "con più di 65 anni" (its figure "più di 65")
    digit = _DIGIT.search(body, start, end)
    lead = body[max(0, start - 40) : digit.start() if digit else start]
    if person.search(left) or bound.search(lead) or _national(left, lang):  # "un uomo di 77
        return years_after.group().strip()  # anni", "un Letton de 41 ans"
    if _NAMED.search(left) and _CLOSED.match(body, years_after.end()):
        return years_after.group().strip()  # "Jeanne Morel, 61 ans, dirige", "Rossi, 44 anni."
    return None


def _years_word(lang: str | None) -> str:
    """The word for years of `lang` (English's when it is unknown): what a bare age counts."""
    data = load("ages")
    return data[lang if lang in data else "en"]["years"][0]


def _national(left: str, lang: str | None) -> bool:
    """Does `left`, the text before a figure that the word for years follows, end with a
    nationality noun ("un Letton de", "un lettone di") or a person and a nationality adjective
    ("un homme letton de")? The figure is that person's age."""
    from sourcecheck.extract.places import DEMONYMS

    m = _national_pattern(lang if lang in LANGUAGES else None).search(left)
    return bool(m) and m.group(m.lastgroup).lower() in DEMONYMS


@lru_cache(maxsize=4)
def _national_pattern(lang: str | None) -> re.Pattern:
    """An article or a person noun, a word, then "of" at the end (`_national`); the word is
    the one named group of each language's alternative (a pattern for every language has
    one per language)."""
    data = load("ages")
    langs = [lang] if lang in data else list(data)
    parts = [
        rf"\b(?:{alternation([*data[lg].get('nationals', ()), *data[lg]['persons']])})\s+"
        rf"(?P<nation_{lg}>[^\W\d_]+)\s+{_OF[lg]}\s*$"
        for lg in langs
        if data[lg].get("nationals")
    ]
    return regexcache.compile("|".join(parts) or r"(?!)", re.IGNORECASE)


_DIGIT = regexcache.compile(r"\d")
# a name in apposition before the figure: a capitalised word (a nickname's closing quote
# allowed) and a comma, "Jeanne Morel, " ("Pour Lavanne, 30 ans après" is no age: `_CLOSED`)
_NAMED = regexcache.compile(r"(?<![\w'’])[A-ZÀ-ÖØ-Þ][\w'’-]*[»”\"]?\s*,\s*$")
# a full name (two capitalised words or more) in apposition: "Owen Tallis, " (not "In Rome, ")
_FULL_NAMED = regexcache.compile(
    r"(?<![\w'’])([A-ZÀ-ÖØ-Þ][\w'’-]*)(?:\s+[A-ZÀ-ÖØ-Þ][\w'’-]*)+[»”\"]?\s*,\s*$"
)
_LISTED = regexcache.compile(r"\s*,\s*[A-ZÀ-ÖØ-Þ][\w'’ -]*[,:]\s*\d")  # "…, 12, Boston, 4"
_BARE_AGE = regexcache.compile(r"[1-9]\d?")  # a bare age: no sign, no decimals, no scale
_CLOSED = regexcache.compile(r"\s*(?:[,.;:)»”]|$)")  # the word for years ends the apposition
_DIGITS = regexcache.compile(r"\s*\d")  # "aged" is what "aged 24 and " opens with
