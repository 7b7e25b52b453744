"""Fractions as news writes them: "two-thirds", "deux tiers", "un terzo", "la moitié",
"three quarters", "twenty and three fifths", "half a million", "un milione e mezzo".

Why
---
"Les deux tiers des manifestants" is 0.667 of the demonstrators, never 2; "half a million
people" is 500 000, never a million (issue 12). A fraction of a whole reads as its number
with unit `fraction` (comparable with a percentage through pint); a fraction of a scale word
is part of the figure; a mixed number ("one and a half") is a number. The words are data
(`data/fractions.yaml`): each denominator with the cardinal it is the ordinal of, so that
compounds read through text2num like any number ("thirty-fifths" → thirty five → 35).

Grammar, on a run of number words ending in a denominator (`tokens`, each with the joiner
written before it: "and", "et", "e"):

* **Mixed number** first: split at the last joiner; when the part after it is a proper
  fraction ("twenty and three fifths" = 20 + 3/5, "vingt et un cinquième" = 20 + 1/5, "cento
  e tre quarti"), the value is their sum. An improper part keeps the run whole: "one hundred
  and thirty fifths" = 130/5.
* **Numerator / denominator**: English reads the longest compound ordinal that leaves a
  numerator ("one hundred thirty-fifths" = 100/35, "twenty twenty fifths" = 20/25, "one one
  hundred and fifth" = 1/105) — a compound is tens + ordinal ("thirty fifth") or one/a +
  hundred/thousand + [and] ordinal — but never across "and"; French the shortest ("cent trente
  cinquièmes" = 130/5) unless only the compound leaves a number ("un vingt cinquième" = 1/25,
  "une vingt et unième" = 1/21); Italian writes the ordinal as one word ("trentacinquesimi").
* A numerator and its denominator are one language ("two tiers" is no fraction).

Example
-------
>>> read([(None, "two"), (None, "thirds")], "en")
(2.0, 3.0)
>>> read([(None, "one"), (None, "hundred"), (None, "thirty"), (None, "fifths")], "en")
(100.0, 35.0)
>>> mixed([(None, "cento"), ("e", "tre"), (None, "quarti")], "it")
(100.0, 3.0, 4.0)
>>> cardinal_of("venticinquesimi", "it")
('venticinque', 'it')
"""

from __future__ import annotations

from functools import lru_cache

from sourcecheck.quantities import scales, words
from sourcecheck.quantities.lexicon import load

LANGS = ("fr", "en", "it")
_DATA = load("fractions")

Token = tuple  # (joiner written before the word or None, word)


def _plain(word: str) -> str:
    """French ordinals are written with and without accents ("cinquième", "cinquieme")."""
    return word.replace("è", "e").replace("é", "e")


def _forms(lang: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for form, cardinal in _DATA[lang]["denominators"].items():
        variants = {form, _plain(form)}
        if lang in ("en", "fr"):
            variants |= {v + "s" for v in variants if not v.endswith("s")}
        for v in variants:
            out[v] = cardinal
    return out


def _with_plurals(forms: list[str]) -> frozenset[str]:
    return frozenset(f for w in forms for f in (w, w + "s", _plain(w), _plain(w) + "s"))


DENOMINATORS: dict[str, dict[str, str]] = {lg: _forms(lg) for lg in LANGS}
COMPOUND_ONLY = {lg: _with_plurals(_DATA[lg]["compound_only"]) for lg in LANGS}
BEFORE_SCALE = {lg: _with_plurals(_DATA[lg]["before_scale"]) for lg in LANGS}
NEEDS_SCALE = frozenset(w for lg in LANGS for w in _DATA[lg]["needs_scale"])
HALVES = {lg: frozenset(_DATA[lg]["halves"]) for lg in LANGS}
TENS = {lg: frozenset(_DATA[lg]["tens"]) for lg in LANGS}
SUFFIXES = tuple(_DATA["it"]["suffixes"])
NOT_A_SHARE_BEFORE = frozenset(_DATA["not_a_share_before"])
NOT_A_SHARE_AFTER = frozenset(_DATA["not_a_share_after"])
ALL_HALVES = frozenset().union(*HALVES.values())
# Ordinal forms a compound may end in: English "-th", "first", "second"; French "-ième".
_COMPOUND_ENDINGS = ("th", "ths", "first", "firsts", "second", "seconds", "ieme", "iemes")
_ONE = ("one", "a", "an")  # "one hundred fifth", "a thousandth"


def trigger_words(lang: str | None) -> set[str]:
    """Words that may start or end a fraction: every denominator form and lone half."""
    langs = (lang,) if lang in LANGS else LANGS
    out: set[str] = set()
    for lg in langs:
        out |= set(DENOMINATORS[lg]) | HALVES[lg]
    return out


@lru_cache(maxsize=4096)
def cardinal_of(word: str, lang: str | None) -> tuple[str, str] | None:
    """(cardinal, language) of a denominator word ("fifths" → "five"), or None."""
    w = word.lower()
    for lg in (lang,) if lang in LANGS else LANGS:
        if w in DENOMINATORS[lg]:
            return DENOMINATORS[lg][w], lg
        if lg == "it" and len(w) > 6 and w.endswith(SUFFIXES):
            stem = w[:-5]
            for end in ("e", "o", "i", "a", ""):  # "venticinqu|e", "ventun|o", "vent|i"
                if words.is_number_word(stem + end, "it") and _value_of(stem + end, "it"):
                    return stem + end, "it"
    return None


def is_denominator(word: str, lang: str | None) -> bool:
    return cardinal_of(word, lang) is not None or word.lower() in ALL_HALVES


@lru_cache(maxsize=4096)
def _value_of(text: str, lang: str) -> float | None:
    """The value of cardinal words, with scale words alone ("trillion") read as their factor."""
    value = words.read_words(text, lang)
    if value is not None:
        return float(value)
    if text in scales.SCALE_NAMES:
        return scales.scale_of(text, lang)[1]
    return None


def _cardinal(tokens: list[Token], lang: str) -> float | None:
    """The number of cardinal tokens; an article alone or in front reads as one."""
    ws = [w.lower() for _, w in tokens]
    if not ws:
        return None
    if ws[0] in words.ARTICLES[lang]:  # "a fifth", "un tiers", "a hundred trillionths"
        if len(ws) == 1:
            return 1.0
        ws[0] = "one" if lang == "en" else "un"
    if not all(words.is_number_word(w, lang) for w in ws):
        return None
    text = " ".join(f"{j.lower()} {w}" if j else w for (j, _), w in zip(tokens, ws, strict=True))
    return _value_of(text, lang)


def _compound_ok(tokens: list[Token], lang: str) -> bool:
    """Whether `tokens` (two or three words ending in an ordinal) form one compound ordinal."""
    (j0, w0), *_, (jd, d) = tokens
    d = _plain(d.lower())
    if not d.endswith(_COMPOUND_ENDINGS) or j0:
        return False
    unit = _value_of(cardinal_of(d, lang)[0], lang) or 0
    if len(tokens) == 2:
        if jd and not (lang == "fr" and jd.lower() == "et" and unit in (1, 11)):
            return False  # "vingt et unième"; never "and thirty fifths"
        return w0.lower() in TENS[lang] and unit < (20 if lang == "fr" else 10)
    (j1, w1) = tokens[1]
    return (
        lang == "en"
        and len(tokens) == 3
        and not j1
        and w0.lower() in _ONE
        and w1.lower() in ("hundred", "thousand")
        and (not jd or jd.lower() == "and")
        and unit < 100
    )


def read(tokens: list[Token], lang: str | None) -> tuple[float, float] | None:
    """(numerator, denominator) of number-word tokens ending in a denominator, or None."""
    found = cardinal_of(tokens[-1][1], lang)
    if found is None or len(tokens) < 2:
        return None
    cardinal, lg = found
    last = _plain(tokens[-1][1].lower())
    sizes = [n for n in (3, 2, 1) if n < len(tokens)]
    if lg != "en":
        sizes.reverse()  # French and Italian: the shortest denominator first
    for n in sizes:
        if n == 1 and last in COMPOUND_ONLY[lg]:
            continue
        den_tokens = tokens[-n:]
        if n > 1 and not _compound_ok(den_tokens, lg):
            continue
        den = _cardinal([*den_tokens[:-1], (den_tokens[-1][0], cardinal)], lg)
        if not den:
            continue
        num = _cardinal(tokens[:-n], lg)
        if num is not None:
            return num, den
    return None


def mixed(tokens: list[Token], lang: str | None) -> tuple[float, float, float] | None:
    """(whole, numerator, denominator) of a mixed number ("two and a half"), or None."""
    j = max((i for i, (join, _) in enumerate(tokens) if join and i), default=0)
    if not j:
        return None
    part = read([(None, tokens[j][1]), *tokens[j + 1 :]], lang)
    if part is None or part[0] >= part[1]:
        return None  # "one hundred and thirty fifths" is 130/5, not 100 + 6
    lg = cardinal_of(tokens[-1][1], lang)[1]
    whole = _cardinal(tokens[:j], lg)
    return None if whole is None else (whole, *part)


def half_value(word: str) -> float | None:
    """0.5 for a word that alone is one half ("half", "moitié", "metà")."""
    return 0.5 if word.lower() in ALL_HALVES else None


def alone_before_scale(word: str, lang: str | None) -> float | None:
    """The share a word names alone before a scale word ("quarter million", "mezzo milione")."""
    w = word.lower()
    for lg in (lang,) if lang in LANGS else LANGS:
        if w in BEFORE_SCALE[lg] or w in HALVES[lg] or (lg == "en" and w == "half"):
            cardinal = cardinal_of(w, lg)
            return 1 / _value_of(cardinal[0], lg) if cardinal else 0.5
    return None
