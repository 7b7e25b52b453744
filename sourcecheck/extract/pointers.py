"""Words around a count that point it to a noun written elsewhere, or away from one.

Why
---
A count without its own noun takes one from elsewhere only when its words say so: a clitic
or a pronoun and its copula point back to the last sentence ("la CGT en revendiquait
140 000", "Ils étaient 15 000 mardi"), a part word to the last figure ("dont 4"), words that
name no thing to the last amount ("à hauteur de 20 millions"); a preposition of place says
where, not what ("dans 280 villes", "260 remained in emergency shelters"). The words are data
(`frames/data/nouns.yaml`), compiled once per language; this module holds how they are read.

Example
-------
>>> points_back("Ils étaient 15 000 mardi.", 0, 12, "fr")
True
>>> part_of_last("25 blessés, dont 4 graves", 0, 17, "fr")
True
"""

from __future__ import annotations

import re
from functools import lru_cache

from sourcecheck import regexcache
from sourcecheck.extract.framedata import LANGS, alternation, load, words

_EDGE = r"(?<![\w'’])"  # a phrase starts a word
REACH = 60  # characters before a count where a pointing word may stand
# A clitic standing for the noun of the last sentence, before its verb: "la CGT en
# revendiquait 140 000", "la Cgt ne rivendica 2 milioni" (fr "en" only before a verb form).
_CLITIC = {
    "fr": regexcache.compile(
        r"(?<![\w'’])en\s+(?:a|ont|avait|avaient|aurait|auraient|\w+(?:ait|aient|ant|ont))\b"
    ),
    "it": regexcache.compile(r"(?<![\w'’])ne\s+(?-i:[a-zà-ù])"),
}


def points_back(text: str, lo: int, start: int, lang: str | None) -> bool:
    """Whether the clause of a count starting at `start` points back to the last sentence's
    noun: a clitic before it ("la CGT en revendiquait 140 000"), a pronoun subject and its
    copula ("Ils étaient 15 000", "They were 90") or an opening ("Di queste, 120"). `lo`:
    where the sentence starts."""
    clitic = _CLITIC.get(lang)
    if clitic and clitic.search(text, max(lo, start - REACH), start):
        return True
    if _restated(lang).search(text, max(lo, start - REACH), start):
        return True
    return bool(_phrases("anaphora", lang, r"\W*", r"\s*,?\s*$").match(text, lo, start))


def part_of_last(text: str, lo: int, start: int, lang: str | None) -> bool:
    """Whether a word right before a count makes it part of the last figure ("dont 4",
    "including 3", "di cui 6")."""
    lead = _phrases("part_leads", lang, _EDGE, r"\s+$")
    return bool(lead.search(text, max(lo, start - 30), start))


def contrasted(text: str, lo: int, start: int, lang: str | None) -> bool:
    """Whether a contrast word stands right before a figure starting at `start` ("contro il 18
    %", "contre 41 %", "against 39%"): the figure gives the last one's thing again, at
    another time or place. `lo`: where the sentence starts."""
    return bool(_contrast(lang).search(text, max(lo, start - 30), start))


@lru_cache(maxsize=4)
def _contrast(lang: str | None) -> re.Pattern:
    langs = (lang,) if lang in LANGS else LANGS
    contrast = alternation(w for code in langs for w in load("time")["contrast"].get(code) or ())
    articles = alternation(words("nouns", "articles", lang))
    return regexcache.compile(rf"{_EDGE}(?:{contrast})\s+(?:(?:{articles})\s+)?$", re.IGNORECASE)


def names_no_thing(text: str, lo: int, start: int, lang: str | None) -> bool:
    """Whether the words right before an amount name no thing ("à hauteur de", "per un
    importo di", "to the tune of"): the amount is of the last amount's thing."""
    lead = _phrases("amount_leads", lang, _EDGE, r"\s+$")
    return bool(lead.search(text, max(lo, start - 30), start))


def in_place(text: str, lo: int, start: int, lang: str | None) -> bool:
    """Whether a count starting at `start` stands after a preposition of place ("dans 280
    villes", "in 11 countries", "nei 12 comuni"): it counts where."""
    return bool(_phrases("locatives", lang, _EDGE, r"\s+$").search(text, lo, start))


def place_ahead(text: str, pos: int, limit: int, lang: str | None) -> int | None:
    """Where the first preposition of place after `pos` (before `limit`) stands, or None:
    what follows it says where, not what ("260 remained in emergency shelters")."""
    m = _phrases("locatives", lang, _EDGE, r"\s").search(text, pos, limit)
    return m.start() if m else None


def is_placeholder(word: str, lang: str | None) -> bool:
    """Whether a noun names a figure, not a thing ("the figure", "le bilan", "la cifra")."""
    return word.lower() in words("nouns", "placeholders", lang)


def answers(word: str, lang: str | None) -> bool:
    """Whether a placeholder names another account of a figure ("le chiffre", "the figure"),
    not a running total ("the toll", "le bilan")."""
    return word.lower() in words("nouns", "answers", lang)


def answered(text: str, lo: int, start: int, lang: str | None) -> bool:
    """Whether such a placeholder and a short link word stand right before a count starting
    at `start` ("avance le chiffre de 38 000", "gave a figure of 6,500"). `lo`: where the
    sentence starts.

    >>> answered("La CGT avance le chiffre de 38 000.", 0, 28, "fr")
    True
    """
    pattern = _phrases("answers", lang, _EDGE, r"\s+[^\W\d_]{1,3}['’]?\s*$")
    return bool(pattern.search(text, max(lo, start - 30), start))


@lru_cache(maxsize=1)
def place_concepts() -> frozenset[str]:
    """The concepts that count places: a count located in a place never elides them."""
    return frozenset(load("nouns")["place_concepts"])


@lru_cache(maxsize=32)
def _phrases(entry: str, lang: str | None, head: str, tail: str) -> re.Pattern:
    """The phrases of `entry` (`frames/data/nouns.yaml`) of `lang`, between `head` and `tail`."""
    return regexcache.compile(f"{head}(?:{alternation(words('nouns', entry, lang))}){tail}", re.I)


@lru_cache(maxsize=4)
def _restated(lang: str | None) -> re.Pattern:
    """A clause opened by a pronoun subject and its copula, right before a count."""
    fillers = alternation(words("nouns", "function_words", lang))
    return _phrases("pronoun_copulas", lang, _EDGE, rf"(?:\s+(?:{fillers}))*\s*$")
