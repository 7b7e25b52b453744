"""The country a figure is of: the one that sends what a count counts ("60 vigili del fuoco
dalla Romania", "Greece sent 2 Canadair"), or whose national account it is ("la dette de la
France", "Italy's public debt").

Why
---
International help is the sender's: "2 Canadair from Italy" and "2 Canadair from Croatia" are
two contributions, not one figure in two accounts. A place is no owner anywhere else (a
count "a Pontello" says where), so the owner is the country only when a sending word (`sent`,
`frames/data/owner.yaml`) stands in the figure's clause and the country follows an `origin`
word right after the count's noun, or a country adjective qualifies that noun ("2 Canadair
italiani inviati"), or the country opens the clause before the sending verb.

Example
-------
>>> from sourcecheck.frames.owner_words import vocabulary
>>> body = "Sono arrivati in rinforzo 60 vigili del fuoco dalla Romania."
>>> sender(body, 26, 28, 0, len(body), vocabulary("it"))
'Romania'
"""

from __future__ import annotations

import re
from functools import cache

from sourcecheck import cachedir, regexcache

ORIGIN_REACH = 40  # characters after a count where its origin may be named
DEMONYM_WORDS = 3  # words after a count where a country adjective may name its sender
_CAPITALISED = regexcache.compile(r"[^\W\d_a-zà-ÿ][\w'’-]*")


def sender(body: str, start: int, end: int, lo: int, hi: int, words) -> str:
    """The country (English name) that sends what the count at body[start:end] counts, in
    its clause body[lo:hi]; else ""."""
    if not words.sent.search(body, lo, hi):
        return ""
    if m := words.origin.search(body, end, min(hi, end + ORIGIN_REACH)):
        if country := _country(_CAPITALISED.match(body, m.end()), body):
            return country  # "60 vigili del fuoco dalla Romania"
    if country := _demonym_after(body, (lo, start, end, hi), words):
        return country  # "2 Canadair italiani inviati", "2 Italian water bombers sent"
    verb = next(reversed(list(words.sent.finditer(body, lo, start))), None)
    if verb is not None:  # "Greece sent 2 Canadair", "la Croatie a envoyé 2 Canadair"
        return country_before(body, lo, verb.start())
    return ""


def charged_to(body: str, end: int, hi: int, words) -> str:
    """The country (English name) an amount is charged to right after it, before `hi`: "350
    millions à la charge de l'Espagne", "350 milioni a carico della Grecia"; else "".

    Why: a country's share of a joint project is that country's money; a country's name is
    no owner's name elsewhere (`names.read_name` reads it as a place).

    >>> from sourcecheck.frames.owner_words import vocabulary
    >>> charged_to("dont 350 millions à la charge de l'Espagne", 17, 42, vocabulary("fr"))
    'Spain'
    """
    if m := words.charged.match(body, end, min(hi, end + ORIGIN_REACH)):
        return _country(_CAPITALISED.match(body, m.end()), body)
    return ""


def _demonym_after(body: str, bounds: tuple[int, int, int, int], words) -> str:
    """The country (English name) a country adjective names among the first words after a
    count (`bounds`: its clause's start, the count's start and end, the clause's end), in
    its noun phrase, a sending word before the count or after it with no punctuation
    between: "2 Canadair italiani inviati", "deux Canadair grecs envoyés", "sent 2 Italian
    water bombers" (not "9 erano cittadini francesi, … che ha inviato personale"); else "".

    >>> from sourcecheck.frames.owner_words import vocabulary
    >>> it = vocabulary("it")
    >>> body = "2 Canadair italiani inviati; 9 erano cittadini francesi, ha inviato"
    >>> _demonym_after(body, (0, 0, 1, 27), it), _demonym_after(body, (29, 29, 30, 67), it)
    ('Italy', '')
    """
    from sourcecheck.extract.places import DEMONYMS

    lo, start, end, hi = bounds
    stop = _PUNCTUATION.search(body, end, hi)
    if not (
        words.sent.search(body, lo, start)
        or words.sent.search(body, end, stop.start() if stop else hi)
    ):
        return ""
    m = _NOUN_WORDS.match(body, end, hi)
    found = m.group().split() if m else []
    return next((DEMONYMS[w.lower()] for w in found if w.lower() in DEMONYMS), "")


_PUNCTUATION = regexcache.compile(r"[,;:()]|[.!?]\s")
_NOUN_WORDS = regexcache.compile(rf"(?:\s+[^\W\d_][\w'’-]*){{1,{DEMONYM_WORDS}}}")


def country_before(body: str, lo: int, at: int) -> str:
    """The country (English name) among the last three words of body[lo:at], the subject of
    the verb at `at`: "Greece sent", "la Croatie a envoyé", "la Norvegia ha stanziato";
    else "".

    >>> country_before("Poi la Norvegia ha stanziato", 0, 16), country_before("and the United States", 0, 21)
    ('Norway', 'United States')
    """
    tail = [re.split(r"['’]", w.strip(","))[-1] for w in body[lo:at].split()[-3:]]
    for i in reversed(range(len(tail))):
        for written in dict.fromkeys((tail[i], " ".join(tail[i:]))):  # "Norvège", "United States"
            if _CAPITALISED.match(written) and (country := _country_written(written)):
                return country
    return ""


def national(body: str, lo: int, start: int, words) -> str:
    """The country (English name) whose national account a figure is, named in its clause
    body[lo:start] by a `national` head and "of", or a possessive: "la dette de la France",
    "il debito pubblico dell'Italia", "Italy's public debt"; else ""."""
    for m in reversed(list(words.national_of.finditer(body, lo, start))):
        if country := _country(_CAPITALISED.match(body, m.end()), body):
            return country
    if not has_apostrophe_s(body, lo, start):
        return ""
    for m in reversed(list(words.national_possessive.finditer(body, lo, start))):
        if country := _country(_CAPITALISED.match(body, m.start()), body):
            return country
    return ""


def has_apostrophe_s(body: str, lo: int, hi: int) -> bool:
    """Whether body[lo:hi] holds an apostrophe and an s in any case ("Italy's", "Veltro’s"):
    a possessive pattern needs one, and this scan costs little where the pattern, which
    looks ahead over the words at each word, costs many times more.

    >>> has_apostrophe_s("Italy's public debt", 0, 19), has_apostrophe_s("la dette", 0, 8)
    (True, False)
    """
    return _APOSTROPHE_S.search(body, lo, hi) is not None


_APOSTROPHE_S = regexcache.compile("['’][sSſ]")  # what "['’]s" matches, in any case


def _country(m: re.Match | None, body: str) -> str:
    """The English name of the country `m` writes ("Romania", "l'Italie" → "Italy"); "" for
    a city, a continent or no place."""
    if not m:
        return ""
    return _country_written(re.split(r"['’]", re.sub(r"['’]s$", "", m.group()))[-1])


def _country_written(word: str) -> str:
    """The English name of the country `word` names ("Italie", "United States"); "" for a
    city, a continent or no place."""
    if not word or word in _cities():
        return ""
    from sourcecheck.extract.places import CONTINENTS, countries_named

    named = countries_named(word)
    return named[0] if len(named) == 1 and named[0] not in CONTINENTS else ""


@cache
def _cities() -> frozenset[str]:
    from sourcecheck.extract.places import CITIES

    return frozenset(w for written in CITIES.values() for w in written)


def is_country(name: str) -> bool:
    """Whether an owner is a country's English name (a place that owns a figure stays its
    place too)."""
    return bool(name) and name in _countries_english()


@cache
def _countries_english() -> frozenset[str]:
    """babel's English territory names (kept in the cache folder: babel's locale files cost
    more to read than a one-case extraction)."""
    import babel

    def build() -> list[str]:
        return sorted(babel.Locale("en").territories.values())

    return frozenset(cachedir.remembered("territories-en", babel.__version__, build))


__all__ = ["country_before", "is_country", "national", "sender"]
