"""Who speaks for a body: spokespeople, a town's offices, and a subject left unsaid.

Why
---
A figure a spokesperson gives is the body's: "a company spokesperson said 300 jobs would go",
"selon le porte-parole de la société", "ha detto un portavoce del ministero" are the company's
and the ministry's figures, and two accounts quoting "a spokesman" and "Kestrel Airways" must
meet as one source. An office is its body's too: "the mayor said", "le maire a indiqué", "il
sindaco ha detto" speak for the town hall of the town the document names ("the town of
Ashcombe", "la commune de Lanvallay", "il sindaco di Borgo San Lio"), and "il Comune" there is
"Comune di Borgo San Lio". A pronoun or a dropped subject ("a-t-elle indiqué", "Ha detto che…")
is the organisation last named as a subject. The words are data
(`frames/data/offices.yaml`, fr/en/it); this module is the grammar that reads them.

Example
-------
>>> v = vocabulary("en")
>>> m = _patterns("en").town.search("Floods hit the town of Ashcombe on Monday.")
>>> m.group("place"), office_body("mayor", "Ashcombe", "en")
('Ashcombe', 'Ashcombe Town Hall')
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from sourcecheck import regexcache
from sourcecheck.extract.framedata import LANGS, load
from sourcecheck.frames.attribution import NAME, alternation, vocabulary


class _Patterns(NamedTuple):
    speaks_for: frozenset[str]  # "spokesperson", "portavoce"
    body_after: re.Pattern  # " of the company", " della compagnia", " for Kestrel Airways"
    town: re.Pattern  # "the town of Ashcombe", "il sindaco di Borgo San Lio"
    opening_town: re.Pattern  # "A Città di Castello, …": the sentence's town
    offices: dict[str, tuple[str, str]]  # role → (body kind, body name template)
    subjects: re.Pattern  # "Ha detto che…": a sentence opening without its subject
    inverted: re.Pattern  # "a-t-elle", "précise-t-il": a pronoun after its verb
    pronouns: frozenset[str]  # "it": a subject pronoun that may say a figure


@lru_cache(maxsize=4)
def _patterns(lang: str | None) -> _Patterns:
    data = load("offices")
    langs = [lang] if lang in data else [lg for lg in LANGS if lg in data]
    v = vocabulary(lang)

    def each(key: str) -> list[str]:
        return [str(w) for lg in langs for w in data[lg].get(key) or ()]

    offices = {
        _norm(role): (kind, str(spec["body"]))
        for lg in langs
        for kind, spec in (data[lg].get("offices") or {}).items()
        for role in spec.get("roles") or ()
    }
    of_body = rf"(?:{v.of}|{alternation(each('for'))})"
    towns = alternation([*each("towns"), *offices])
    locatives = alternation(w for w in v.locative_words)
    return _Patterns(
        speaks_for=frozenset(_norm(w) for w in each("speaks_for")),
        body_after=regexcache.compile(
            rf"\s+(?i:{of_body})\s*(?P<det>(?i:{v.art}))(?P<body>[\w'’-]+(?:\s+{NAME}){{0,4}})"
        ),
        town=regexcache.compile(rf"\b(?i:{towns})\s+(?i:{v.of})\s*(?P<place>{v.qname})"),
        opening_town=regexcache.compile(rf"(?i:{locatives})\s+(?P<place>{v.qname})\s*,"),
        offices=offices,
        subjects=regexcache.compile(rf"(?:{alternation(each('subjects'))})\s", re.I),
        inverted=regexcache.compile(rf"[\w]+(?:{alternation(each('inverted'))})$", re.I),
        pronouns=frozenset(_norm(w) for w in each("pronouns")),
    )


def speaks_for(noun: str, lang: str | None) -> bool:
    """Is `noun` someone who speaks for a body ("spokesperson", "porte-parole")?"""
    return _norm(noun) in _patterns(lang).speaks_for


def body_after(text: str, end: int, hi: int, lang: str | None) -> re.Match | None:
    """The body a spokesperson speaks for, named right after: " of the company", " di Volaria"."""
    return _patterns(lang).body_after.match(text, end, hi)


def office_kind(role: str, lang: str | None) -> str | None:
    """The kind of body an office belongs to ("mayor" → "town"), None for other roles."""
    found = _patterns(lang).offices.get(_norm(role))
    return found[0] if found else None


def office_body(role: str, place: str, lang: str | None) -> str:
    """The body an office holder speaks for once its place is known ("sindaco", "Lerici" →
    "Comune di Lerici")."""
    kind_template = _patterns(lang).offices.get(_norm(role))
    return kind_template[1].format(place=place) if kind_template else place


def town_body(kind: str, place: str, lang: str | None) -> str | None:
    """The name of the body of `kind` ("town") for `place` in `lang`'s copy ("town", "Lerici",
    "it" → "Comune di Lerici"), None when no office has one."""
    for found_kind, template in _patterns(lang).offices.values():
        if found_kind == kind:
            return template.format(place=place)
    return None


def country_language(country: str) -> str | None:
    """The language whose town bodies a country's towns take ("Italy" → "it"), None if none."""
    data = load("offices")
    return next((lg for lg in LANGS if country in (data.get(lg) or {}).get("countries", ())), None)


def towns(text: str, lo: int, hi: int, lang: str | None) -> list[tuple[int, str]]:
    """(offset, place) of the towns `text[lo:hi]` (one sentence) names: "the town of X", "il
    sindaco di X", "la commune de X", and a place opening it ("A Città di Castello, …")."""
    p = _patterns(lang)
    found = [(m.start("place"), m.end("place")) for m in p.town.finditer(text, lo, hi)]
    if m := p.opening_town.match(text, lo, hi):
        found.append((m.start("place"), m.end("place")))
    # "A Città di Castello": the town's own name is no "città di X"
    return sorted(
        (s, text[s:e]) for s, e in found if not any(a < s < b for a, b in found if (a, b) != (s, e))
    )


def opens_without_subject(text: str, lo: int, hi: int, lang: str | None) -> bool:
    """Does the sentence open with its verb, the subject dropped ("Ha detto che…")?"""
    return bool(_patterns(lang).subjects.match(text, lo, hi))


def drops_subject(lang: str | None) -> bool:
    """Does `lang` leave the subject of a verb unsaid ("Ha detto che…", "…», ha spiegato.")?"""
    return bool(lang) and bool(load("offices").get(lang, {}).get("subjects"))


def inverted_pronoun(word: str, lang: str | None) -> bool:
    """Is `word` a verb with its subject pronoun after it ("a-t-elle", "précise-t-il")?"""
    return bool(_patterns(lang).inverted.match(word))


@lru_cache(maxsize=4096)  # asked of every word of a sentence with a verb of saying
def subject_pronoun(word: str, lang: str | None) -> bool:
    """Is `word` a subject pronoun that may stand for an organisation ("it")?"""
    return _norm(word) in _patterns(lang).pronouns


@lru_cache(maxsize=1 << 16, typed=True)
def _norm(word: str) -> str:
    """`word` lower-cased, apostrophes straight, spaces single; cached per string."""
    return " ".join(str(word).replace("’", "'").lower().split())
