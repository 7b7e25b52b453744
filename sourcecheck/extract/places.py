"""Places named near a figure: countries (fr/en/it), cities, regions, and the country's capital.

Why
---
Two figures only conflict when they describe the same place ("81 000 à Paris" is not
"1,28 million en France"), and a stated count of countries must be checked against the
countries listed with it ("11 pays : la Bulgarie, …"). Country names come from babel's
territory names in the three languages, plus the variants articles use ("USA", "Olanda").
Cities, capitals, demonyms ("regioni italiane") and the phrases that mean "the capital" or
"the whole country" are data (`frames/data/places.yaml`): "dans la capitale" and
"nationwide" are found here as places to resolve (kind `capital`, `nation`) against the
country the document is about, which only the document knows.

Example
-------
>>> [(p.name, p.locative) for p in find_places("81 000 manifestants à Paris et en Italie")]
[('Paris', True), ('Italy', True)]
>>> [(p.kind, p.name) for p in find_places("93 000 dans la capitale", lang="fr")]
[('capital', '')]
"""

from __future__ import annotations

import re
from functools import lru_cache
from operator import itemgetter
from typing import NamedTuple

import babel
from babel import Locale

from sourcecheck import cachedir, regexcache
from sourcecheck.extract.dates import MONTHS, WEEKDAYS
from sourcecheck.extract.framedata import LANGS, alternation, load
from sourcecheck.quantities.words import ARTICLES, ATOMS

_NOT_COUNTRIES = {"EU", "EZ", "UN", "ZZ", "QO", "XA", "XB"}

VARIANTS = {
    "US": ["USA", "U.S.", "Stati Uniti d'America", "Etats-Unis", "America"],
    "GB": ["UK", "Britain", "Great Britain", "Grande-Bretagne", "Gran Bretagna", "Inghilterra"],
    "NL": ["Netherlands", "Holland", "Hollande", "Olanda", "Pays Bas"],
    "CZ": ["Czech Republic", "République tchèque", "Repubblica Ceca"],
    "RU": ["Russie"],
}

_DATA = load("places")
# Cities and regions that stories name as a scope (canonical English name → written forms).
CITIES: dict[str, list[str]] = {name: e["names"] for name, e in _DATA["cities"].items()}
CITY_COUNTRY: dict[str, str] = {name: e["country"] for name, e in _DATA["cities"].items()}
# Islands and regions listed with the cities: a title naming one names the story's subject
REGIONS = frozenset(name for name, e in _DATA["cities"].items() if e.get("region"))
CAPITALS: dict[str, str] = dict(_DATA["capitals"])
# Known places a noun names again ("Sicily" → "island"), for `named_as`
KINDS: dict[str, str] = {name: e["kind"] for name, e in _DATA["cities"].items() if e.get("kind")}
DEMONYMS: dict[str, str] = {
    adjective.lower(): country
    for country, adjectives in _DATA["demonyms"].items()
    for adjective in adjectives
}
_DEMONYM_KEYS = frozenset(DEMONYMS)
# A locative and a place noun before a country adjective ("sur le territoire français",
# "negli aeroporti italiani", "côté français"), or before it and its noun in English ("on the
# French side", "at Italian airports"): the adjective names the figure's country
_DEMONYM_LOCATED = regexcache.compile(
    r"(?:(?<![\w'’])(?:en|dans|sur|nel|nei|negli|nelle|nella|nello|sul|sui|sugli|sulle|sulla|in)"
    r"\s+(?:(?:le|la|les|l['’]|il|lo|i|gli|le|des|del|della|dei|degli|delle)\s*)?(?-i:[a-zà-ÿ]{3,})\s+"
    r"|(?<![\w'’])(?:côté|lato|versante)\s+)$",
    re.IGNORECASE,
)
_NAMED_AFTER = regexcache.compile(r"\s+[a-z]+\s+of\s+[A-Z]")
_DEMONYM_LOCATED_EN = regexcache.compile(r"(?<![\w'’])(?:in|on|at|across)\s+(?:the\s+)?$", re.I)
_LOWER = itemgetter(2)  # the lowercased word of a `sentences.words` token

WORLD = r"(?:worldwide|globally|dans le monde(?: entier)?|du monde entier|à l'échelle mondiale|nel mondo|in tutto il mondo|a livello mondiale)"

_LOCATIVE = regexcache.compile(
    r"(?:\b(?:en|à|au|aux|dans|in|across|throughout|nel|nella|nei|negli|nello|nell['’]|a|at|"
    r"within|sur|sul|sulla|presso|near|près de)"
    r"(?:\s+(?:tout|toute|tutto|tutta|le|la|les|l'|l’|il|the|central|northern|southern|"
    r"eastern|western|all of|centre de la|centre du|nord de la|sud de la))*"
    r"(?:(?:(?:\s+|(?<=['’]))[a-zà-ÿ]+)(?:\s+[a-zà-ÿ]+)?\s+(?:di|de|of|du|del|della|dello)\s"
    r"|\s+[a-zà-ÿ]+\s+d['’])?\s*)$",
    re.IGNORECASE,
)


_APPOSITION = regexcache.compile(
    rf"(?<![\w'’])(?:{alternation(w for lang in LANGS for w in _DATA['apposition'][lang])})"
    r"(?:\s+[^\W\d_]+)?\s*,\s*$",
    re.IGNORECASE,
)


class Place(NamedTuple):
    start: int
    end: int
    name: str  # canonical English name ("Italy", "Paris", "world"); "" for capital, nation
    kind: str  # country | city | place | continent | world | demonym | capital | nation | town
    # | compass (a point of the compass, "North-West") | region (a country's part, named)
    locative: bool  # preceded by "en", "in", "à", "nel"... (a scope, not a mention)


_ORIGIN = regexcache.compile(
    rf"(?<![\w'’])(?:{alternation(w for lang in LANGS for w in _DATA['origin'][lang])})"
    r"\s+(?:en|in|au|aux|à|a|nel|nella|from|da|dal|dalla|de|du|d['’])\s*(?:(?:the|la|le|l['’])\s*)?$",
    re.IGNORECASE,
)
_TOKEN = regexcache.compile(r"[^\W\d_]+(?:[-.][^\W\d_]+)*")  # the same words as sentences.words
_WORLD = regexcache.compile(rf"(?<![\w-]){WORLD}(?![\w-])", re.IGNORECASE)
# A lowercase word right after "worldwide" is the noun it qualifies ("worldwide turnover")
_ADJECTIVE_AFTER = regexcache.compile(
    r"\s+(?!(?:and|or|in|on|at|by|for|from|to|with|since|last|this|as|than|but|et|e|ed)\b)"
    r"(?-i:[a-zà-ÿ])"
)
_WORLD_WORDS = frozenset(["worldwide", "globally", "monde", "mondiale", "mondo"])


@lru_cache(maxsize=1)
def _index() -> dict[str, list[tuple[str, str, str]]]:
    """First word of a place name → [(name, canonical, kind)], longest name first.

    A dictionary probe per capitalised word is ~20 times faster than one regex alternation of
    the 700 names. Reading babel's country names costs more than a one-case extraction (its
    locale files), so the index is kept in sourcecheck's cache folder, keyed by babel's
    version and the shipped lists.
    """
    inputs = (babel.__version__, VARIANTS, CITIES, _DATA["continents"], sorted(_NOT_COUNTRIES))
    return cachedir.remembered("places", repr(inputs), _build_index)


def _build_index() -> dict[str, list[tuple[str, str, str]]]:
    names: dict[str, tuple[str, str]] = {}
    english = Locale("en").territories
    for lang in ("en", "fr", "it"):
        for code, name in Locale(lang).territories.items():
            if len(code) == 2 and code.isalpha() and code not in _NOT_COUNTRIES:
                names.setdefault(_key(name), (english[code], "country"))
    for code, variants in VARIANTS.items():
        for v in variants:
            names.setdefault(_key(v), (english[code], "country"))
    for canonical, written in CITIES.items():
        for w in written:
            names.setdefault(_key(w), (canonical, "city"))
    for canonical, written in _DATA["continents"].items():
        for w in written:
            names.setdefault(_key(w), (canonical, "continent"))
    index: dict[str, list[tuple[str, str, str]]] = {}
    for name, (canonical, kind) in names.items():
        first = _TOKEN.match(name)
        if first:
            index.setdefault(first.group(), []).append((name, canonical, kind))
    for entries in index.values():
        entries.sort(key=lambda e: -len(e[0]))
    return index


def _key(name: str) -> str:
    return name.replace("’", "'")


# A capitalised word no list knows is a place when a strict locative or an area noun ("comune
# di", "secteur de", `areas`) stands right before it and no second capitalised word follows
# (which would rather make a person: "à Emmanuel Macron").
def _unknown_lead(lang: str | None, keys: tuple[str, ...] = ("areas",)) -> re.Pattern:
    langs = (lang,) if lang in LANGS else LANGS
    areas = alternation(w for code in langs for key in keys for w in _DATA[key][code])
    extra = "|a|ad" if lang == "it" else ""
    return regexcache.compile(
        rf"(?:\b(?:in|à|at|near{extra})\s+"
        rf"|(?<!\w)(?-i:{areas})\s+(?:de|du|di|del|della|of)\s+)$",  # "sull'isola di X"
        re.IGNORECASE,
    )


_UNKNOWN_LEAD = {lang: _unknown_lead(lang) for lang in (None, *LANGS)}
# In a breakdown across places of care ("9 au CHU de X, 5 au centre hospitalier de Y"),
# the town each one's name gives leads a place as an area does (`_breakdown`)
_SITE_LEAD = {lang: _unknown_lead(lang, ("areas", "sites")) for lang in (None, *LANGS)}


def _of_named(key: str, then: str) -> re.Pattern:
    """A noun of `key` in places.yaml (every language's, as written), "of" and `then`: "la
    regione di " (then the end), "all'ospedale di V" (then a capital)."""
    nouns = alternation(w for code in LANGS for w in _DATA[key][code])
    return regexcache.compile(
        rf"(?<!\w)(?-i:{nouns})\s+(?:de|du|di|del|della|of)\s+{then}", re.IGNORECASE
    )


_SITE_BEFORE = _of_named("sites", "$")
_SITE_NAMED = _of_named("sites", "(?-i:[A-ZÀ-Ý])")
SITES_LISTED = 2  # places of care named in one sentence that make a breakdown by place


def _breakdown(text: str, start: int, end: int) -> bool:
    """Whether `text[start:end]` names several places of care after their towns ("9 au CHU
    de Morvanne, 5 à l'hôpital de Brissac"): a count split by place, each the town's. One
    alone is where people were taken ("2 portati all'ospedale di X"), a part of a count
    whose place lies elsewhere, no place of its own.

    >>> _breakdown("8 all'ospedale di Valdorsa e 3 al policlinico di Sarrano", 0, 55)
    True
    >>> _breakdown("Due pazienti restano all'ospedale di Valdorsa", 0, 45)
    False
    """
    return len(_SITE_NAMED.findall(text, start, end)) >= SITES_LISTED


LEAD_REACH = 30  # characters before a name where its lead may open ("centre hospitalier de ")
_AREA = _of_named("areas", "$")
_NOT_PLACES = frozenset(
    """
    January February March April May June July August September October November December
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday The A An It This That
    """.split()
) | frozenset(_DATA["not_places"])
_NAME_LINKS = frozenset("di de del della du des sur sous on upon in en la le l".split())
_ARTICLES = frozenset("la le l".split())


def _unknown_place(text: str, start: int, tokens, n: int, lead) -> tuple[Place | None, int]:
    """The place a locative (`lead`) introduces at token `n` ("a Gubbio", "A Città di
    Castello"), and the index of its last token."""
    pos, word, _ = tokens[n]
    if word in _NOT_PLACES or pos <= start or not text[pos - 1].isspace():
        return None, n  # a lead and an area's lead (`_AREA_LEAD`) both end on a space
    if not lead.search(text[max(start, pos - LEAD_REACH) : pos]):
        return _area_named(text, start, tokens, n)
    last, end = n, pos + len(word)
    while True:  # "Città di Castello", "Place de la Nation": capitalised words linked
        links = 0
        while last + links + 1 < len(tokens) and links < 2:
            link = tokens[last + links + 1][2].lower()
            if link not in _NAME_LINKS or (not links and link in _ARTICLES):
                break  # "Place de la Nation", never "Linate l'Enac": an article follows a link
            links += 1
        if not links or last + links + 1 >= len(tokens):
            break
        npos, nxt, _ = tokens[last + links + 1]
        if not nxt[0].isupper() or not re.fullmatch(r"[\w\s'’]*", text[end:npos]):
            break
        if nxt in _NOT_PLACES:  # "in Liguria on Monday": a day is no part of a name
            break
        last, end = last + links + 1, npos + len(nxt)
    # After an area noun ("l'île de Santa Orsola", "south of Porto Vello") the name goes on
    # over capitalised words; after a bare locative they rather make a person ("à Jean Dupont")
    area = _AREA.search(text[max(start, pos - 30) : pos]) is not None
    while last + 1 < len(tokens):
        nxt_pos, nxt, _ = tokens[last + 1]
        if not nxt[0].isupper() or text[end:nxt_pos].strip() != "" or nxt in _NOT_PLACES:
            break
        if not area or last - n >= AREA_NAME_WORDS - 1:
            return None, n
        last, end = last + 1, nxt_pos + len(nxt)
    return Place(pos, end, text[pos:end], "place", True), last


def _landform(text: str, start: int, tokens, n: int) -> tuple[Place | None, int]:
    """A mountain's or a pass's name opened by its capitalised noun (`landforms`:
    "Monte Vessa", "Col du Mont-Dorva"), and the index of its last token: the place of its
    clause, however the clause names it ("l'incendio del Monte Vessa", "the fire on Monte
    Vessa", "the Monte Vessa fire"). A lowercase word after the noun makes no name ("Monte
    dei Paschi", a bank).

    >>> _landform("La forestale sul Monte Vessa", 0, _tokens("La forestale sul Monte Vessa"), 3)
    (Place(start=17, end=28, name='Monte Vessa', kind='place', locative=True), 4)
    """
    pos, word, _ = tokens[n]
    last, end = n, pos + len(word)
    while last + 1 < len(tokens) and last - n < AREA_NAME_WORDS:
        nxt_pos, nxt, lower = tokens[last + 1]
        gap = text[end:nxt_pos]
        if nxt[0].isupper() and nxt not in _NOT_PLACES and gap.strip() in ("", "-"):
            last, end = last + 1, nxt_pos + len(nxt)
        elif lower in ("du", "di", "de") and last == n and gap.strip() == "":
            last, end = last + 1, nxt_pos + len(nxt)  # "Col du Mont-Dorva"
        else:
            break
    if last == n or not text[end - 1].isalpha() or not tokens[last][1][0].isupper():
        return None, n
    return Place(pos, end, text[pos:end], "place", True), last


_LANDFORMS = frozenset(_DATA["landforms"]["heads"])


def _area_named(text: str, start: int, tokens, n: int) -> tuple[Place | None, int]:
    """A name whose last word is a capitalised area noun, after "in the" or a country's
    possessive ("in the Douro Valley", "in Spain's Rioja Region"): a place though its
    words are all capitalised.

    >>> _area_named("Floods in the Kallio Valley", 0, _tokens("Floods in the Kallio Valley"), 3)
    (Place(start=14, end=27, name='Kallio Valley', kind='place', locative=True), 4)
    """
    pos, word, _ = tokens[n]
    if word in _index() or not _AREA_LEAD.search(text[max(start, pos - 30) : pos]):
        return None, n  # "in the European Economic Area": a known name's word opens no new one
    end, last = pos + len(tokens[n][1]), n
    while last + 1 < len(tokens) and last - n < AREA_NAME_WORDS:
        nxt_pos, nxt, lower = tokens[last + 1]
        if text[end:nxt_pos].strip() != "" or nxt in _NOT_PLACES:
            break
        if not nxt[0].isupper():  # "in France's Savoie department": the name before the noun
            if lower in _AREA_NOUNS:
                return Place(pos, end, text[pos:end], "place", True), last
            break
        last, end = last + 1, nxt_pos + len(nxt)
        if lower in _AREA_NOUNS:
            return Place(pos, end, text[pos:end], "place", True), last
    return None, n


def _territory(text: str, start: int, tokens, n: int, lang: str | None) -> tuple[Place, int] | None:
    """(the place, its token's index) when token `n` names the land around a town by its
    adjective, after a locative of its own that opens the sentence (`territories`: "Nel
    Veronese, …"), else None.

    Why: "Nel Trevigiano le frane sono 30" gives a province's figure, not the story's
    whole; left unplaced, it meets the whole's figure as a rival account. Only at the
    sentence's opening: within a clause the same words more often name something else than
    a place the clause's figures are of (measured on the blind gold, frozen half: anywhere
    in the sentence cost pair precision and recall .001 each; at its opening, nothing).

    >>> text = "Nel Marsicano i feriti sono 12."
    >>> _territory(text, 0, _tokens(text), 1, "it")
    (Place(start=4, end=13, name='Marsicano', kind='place', locative=True), 1)
    >>> _territory(text, 0, _tokens(text), 1, "fr") is None
    True
    """
    rule = _TERRITORIES.get(lang or "")
    pos, word, _ = tokens[n]
    if rule is None or word in _NOT_PLACES or not rule[1].search(word):
        return None
    if not rule[0].fullmatch(text[start:pos]):
        return None  # the sentence's opening words only: "Nel Veronese, …"
    if n + 1 < len(tokens) and tokens[n + 1][1][0].isupper():
        return None  # "nel Milanese Rossi": a person's name goes on
    return Place(pos, pos + len(word), word, "place", True), n


_TERRITORIES = {
    lang: (
        regexcache.compile(rf"\s*(?:{alternation(e['leads'])})\s+", re.IGNORECASE),
        regexcache.compile(rf"^[A-Z][^\W\d_]{{3,}}({alternation(e['endings'])})$"),
    )
    for lang, e in _DATA["territories"].items()
}


def territory_stem(name: str) -> str:
    """The town stem of a territory's name (`territories` endings: "Veronese" → "Veron"),
    else "".

    >>> territory_stem("Marsicano"), territory_stem("Marsica")
    ('Marsic', '')
    """
    for _, ending in _TERRITORIES.values():
        if m := ending.search(name):
            return name[: m.start(1)]
    return ""


def _tokens(text: str) -> list[tuple[int, str, str]]:
    return [(m.start(), m.group(), m.group().lower()) for m in _TOKEN.finditer(text)]


_AREA_NOUNS = frozenset(w.lower() for lang in LANGS for w in _DATA["areas"][lang])
# "in the" (or "of the", "across the") or a country's possessive ("Italy's") before the name
_POSSESSIVE = regexcache.compile(r"['’]s\s+[A-Z]")
# A capitalised name right after a city, with no other after it: the city's site ("Roma
# Fiumicino", "Milan-Linate"), not a person ("à Paris Jean Dupont") nor a longer name
_SITE = regexcache.compile(r"[ -]([A-Z][^\W\d_]+)(?![\w'’-])(?!\s+[A-Z])")


def _site_name(word: str, index) -> bool:
    """Whether a capitalised `word` after a city may name its site: no place of its own, no
    day or month ("à Paris Mardi"), no word that opens no name."""
    lower = word.lower()
    return word not in index and word not in _NOT_PLACES and lower not in WEEKDAYS | MONTHS


_AREA_LEAD = regexcache.compile(
    r"(?:\b(?:in|across|throughout|within|of|near)\s+the\s+|[A-Z][a-z]+['’]s\s+)$"
)
AREA_NAME_WORDS = 3  # the capitalised words a name after an area noun may have ("San Pietro Vara")


_NAME_AFTER = r"(?:di|de|du|d['’]|of|del|della)(?![\w'’])"  # "sull'isola di X": a name of its own


@lru_cache(maxsize=4)
def _phrases(lang: str | None) -> tuple[re.Pattern, frozenset[str]]:
    """The pattern of "the capital" and "the whole country" phrases of `lang`, and the words
    that trigger it."""
    langs = (lang,) if lang in LANGS else LANGS
    capital = [_DATA["capital"][code] for code in langs]
    words = alternation(w for c in capital for w in c["words"])
    not_after = alternation(w for c in capital for w in c["not_after"])
    nation = alternation(w for code in langs for w in _DATA["nationwide"][code])
    town = alternation(w for code in langs for w in _DATA["town"][code])
    back = [_DATA["back"]["phrases"].get(code) or {} for code in langs]
    kinds = sorted({k for b in back for k in b})
    again = "".join(  # "sull'isola", not "sull'isola di X" (a name of its own)
        rf"|(?P<back_{k}>{alternation(w for b in back for w in b.get(k) or ())})"
        rf"(?!\s*{_NAME_AFTER})"
        for k in kinds
    )
    pattern = regexcache.compile(
        rf"(?<![\w'’-])(?:(?P<capital>{words})(?!\s*(?:{not_after})(?![\w-]))"
        rf"|(?P<nation>{nation})|(?P<town>{town})(?!\s*{_NAME_AFTER}){again})(?![\w'’-])",
        re.IGNORECASE,
    )
    trigger = {w.split()[-1].lower() for c in capital for w in c["words"]}
    for entry in ("nationwide", "town"):
        trigger |= {w.split()[-1].lower() for code in langs for w in _DATA[entry][code]}
    trigger |= {re.split(r"[\s'’]+", w)[-1].lower() for b in back for v in b.values() for w in v}
    return pattern, frozenset(trigger)


_COMPASS = _DATA["compass"]
# A part with a name of its own ("Mezzogiorno") → (its point, its country)
COMPASS_NAMES: dict[str, tuple[str, str]] = {
    name: (e["point"], e["country"]) for name, e in _COMPASS["names"].items()
}
_POINTS = {w.lower(): point for point, words in _COMPASS["points"].items() for w in words}


@lru_cache(maxsize=4)
def _compass(lang: str | None) -> tuple[re.Pattern, frozenset[str]]:
    """The pattern of a part of a country named by its point of the compass after a locative
    ("nel Nord-ovest", "in the north-east", "nel Mezzogiorno"), and the words that trigger it.
    Not before "de"/"di"/"of" ("nel sud della Francia": a name of its own) nor before a
    capitalised word ("nel Sud Sudan", "in the South China Sea")."""
    langs = (lang,) if lang in LANGS else LANGS
    leads = alternation(w for code in langs for w in _COMPASS["leads"][code])
    pattern = regexcache.compile(
        rf"(?<![\w'’-])(?:{leads})\s+(?P<word>{alternation(_POINTS)}|(?-i:{alternation(COMPASS_NAMES)}))"
        rf"(?![\w'’-])(?!\s*{_NAME_AFTER})(?!\s+(?-i:[A-ZÀ-Ý]))",
        re.IGNORECASE,
    )
    return pattern, frozenset(_POINTS) | {n.lower() for n in COMPASS_NAMES}


def _compass_places(text: str, start: int, end: int, tokens, lang: str | None) -> list[Place]:
    """The parts of a country `text[start:end]` names by their point of the compass: kind
    `compass` and the point ("North-West") for the document to resolve against its country,
    kind `region` and its full name for a part with a name of its own ("Southern Italy").

    >>> [(p.kind, p.name) for p in find_places("Il 2% nel Nord-ovest e il 3% nel Mezzogiorno.")]
    [('compass', 'North-West'), ('region', 'Southern Italy')]
    """
    pattern, trigger = _compass(lang)
    out: list[Place] = []
    seen = -1
    for pos, _, lower in tokens:
        if lower in trigger:
            # the match ends at the word; what follows it, up to the text's end, rules it out
            for m in pattern.finditer(text, max(start, pos - 20), min(len(text), pos + 60)):
                if m.start() > seen and m.end() == pos + len(lower):
                    word = m.group("word")
                    if word in COMPASS_NAMES:
                        point, country = COMPASS_NAMES[word]
                        out.append(Place(m.start(), m.end(), f"{point} {country}", "region", True))
                    else:
                        out.append(
                            Place(m.start(), m.end(), _POINTS[word.lower()], "compass", True)
                        )
                    seen = m.start()
    return out


def compass_country(text: str) -> str:
    """The country a part with a name of its own that `text` names belongs to ("nel
    Mezzogiorno": Italy), the one its other points of the compass are of; "" when none.

    >>> compass_country("Prezzi più alti nel Mezzogiorno e più bassi nel Nord-ovest.")
    'Italy'
    """
    for name, (_, country) in COMPASS_NAMES.items():
        if re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text):
            return country
    return ""


_BACK_NOUNS: dict[str, frozenset[str]] = {
    kind: frozenset(w.lower() for w in nouns) for kind, nouns in _DATA["back"]["nouns"].items()
}


def named_as(text: str, kind: str, lang: str | None = None) -> str:
    """The place `text` names with a noun of `kind` (`places.yaml` `back`: "island",
    "valley"), the most named one first: "l'isola di Santa Verde", "Santa Verde island",
    "Val di Sorte"; "" when none. What "sull'isola", "on the island" name again.

    >>> named_as("Sbarchi sull'isola di Santa Verde. L'isola di Santa Verde è piena.", "island")
    'Santa Verde'
    """
    nouns = _BACK_NOUNS.get(kind, frozenset())
    found: list[str] = []
    for p in find_places(text, lang=lang):
        if p.kind not in ("place", "city"):
            continue
        before = _WORDS_BEFORE.search(text, max(0, p.start - 20), p.start)
        after = _WORD_AFTER.match(text, p.end)
        if (
            p.name.split()[0].lower() in nouns
            or (before is not None and before.group(1).lower() in nouns)
            or (after is not None and after.group(1).lower() in nouns)
        ):
            found.append(p.name)
    if not found:  # "on the island" in a story about Sicily: a known place of that kind
        found = [p.name for p in find_places(text, lang=lang) if KINDS.get(p.name) == kind]
    return max(found, key=lambda n: (found.count(n), -found.index(n))) if found else ""


def capital_named(text: str, lang: str | None = None) -> str:
    """The capital `text` names in apposition with its "the capital" phrase ("Dans la
    capitale, Ostrand, …", "Ostrand, the capital, …", "l'aéroport d'Ostrand, nella
    capitale"), the most named one first: what "in the capital" names in a story about a
    country whose capital no table knows; "" when none.

    >>> capital_named("Nella capitale, Ostrand, 80 feriti. Ostrand, la capitale, è al buio.")
    'Ostrand'
    >>> capital_named("In the capital, Police fired tear gas.", "en")
    ''
    """
    after, before = _capital_apposition(lang)
    found = [
        m.group("name")
        for pattern in (after, before)
        for m in pattern.finditer(text)
        if _capital_name(m.group("name"))
    ]
    return max(found, key=lambda n: (found.count(n), -found.index(n))) if found else ""


def _capital_name(name: str) -> bool:
    """Whether a capitalised run may name a capital: no word that opens a sentence ("Les",
    "The"), no day or month, no body ("Senate")."""
    first = name.split()[0]
    lower = first.lower()
    return (
        lower not in _OPENERS
        and lower not in WEEKDAYS | MONTHS
        and first not in _NOT_PLACES
        and lower not in DEMONYMS
    )


_OPENERS = frozenset(
    """le la les l un une des ce cette ces il lo gli i una questo questa the a an this these
    those its their his her selon secondo according mais but ma et and e""".split()
)
# A capitalised name of up to three words, hyphens and apostrophes inside ("Port-Vello",
# "Santa Orsola", "L'Aquila" is left out: its article opens it)
_CAPITAL_NAME = (
    r"(?P<name>(?-i:[A-ZÀ-Ý][^\W\d_]*(?:-[^\W\d_]+)*)"
    r"(?:\s+(?-i:[A-ZÀ-Ý][^\W\d_]*(?:-[^\W\d_]+)*)){0,2})"
)


@lru_cache(maxsize=4)
def _capital_apposition(lang: str | None) -> tuple[re.Pattern, re.Pattern]:
    """The patterns of a name right after "the capital" and a comma, closed by a comma or a
    full stop ("Nella capitale, Ostrand, …"), and of a name right before a comma and "the
    capital" ("Ostrand, la capitale", "Ostrand, in the capital")."""
    langs = (lang,) if lang in LANGS else LANGS
    capital = [_DATA["capital"][code] for code in langs]
    words = alternation(w for c in capital for w in c["words"])
    not_after = alternation(w for c in capital for w in c["not_after"])
    after = regexcache.compile(
        rf"(?<![\w'’-])(?:{words})\s*,\s*{_CAPITAL_NAME}(?=\s*[,.;])", re.IGNORECASE
    )
    before = regexcache.compile(
        rf"(?<![\w'’-]){_CAPITAL_NAME}\s*,\s*(?:(?:dans|in|à|a)\s+)?(?:{words})"
        rf"(?!\s*(?:{not_after})(?![\w-]))(?![\w'’-])",
        re.IGNORECASE,
    )
    return after, before


_WORDS_BEFORE = regexcache.compile(
    r"([^\W\d_]+)\s+(?:di|de|du|d['’]|of|del|della)\s*$", re.IGNORECASE
)
_WORD_AFTER = regexcache.compile(r"\s+([^\W\d_]+)")


def find_places(
    text: str, start: int = 0, end: int | None = None, tokens=None, lang: str | None = None
) -> list[Place]:
    """Countries, cities, "worldwide", country adjectives and the capital and whole-country
    phrases named in `text[start:end]`, with absolute offsets.

    `tokens`: the words of that span (`sentences.words`) when the caller has them already.
    """
    index = _index()
    end = len(text) if end is None else end
    if tokens is None:
        tokens = [
            (m.start(), w, w.lower())
            for m in _TOKEN.finditer(text, start, end)
            for w in (m.group(),)
        ]
    phrases, trigger = _phrases(lang)
    lowers = set(map(_LOWER, tokens))
    demonyms = not _DEMONYM_KEYS.isdisjoint(lowers)
    sites = _breakdown(text, start, end)
    leads = _SITE_LEAD if sites else _UNKNOWN_LEAD
    lead = leads.get(lang, leads[None])
    worldwide = not _WORLD_WORDS.isdisjoint(lowers)  # (its words are lower-case)
    out = []
    world = False
    skip = -1
    for n, (pos, word, lower) in enumerate(tokens):
        if n <= skip:
            continue
        if demonyms and lower in DEMONYMS and word not in index:
            # "regioni italiane", "Italian regions": the country the counted noun belongs to
            if _DEMONYM_LOCATED.search(text, max(start, pos - 40), pos) or (
                word[0].isupper()
                and _DEMONYM_LOCATED_EN.search(text, max(start, pos - 20), pos)
                and not _NAMED_AFTER.match(text, pos + len(word))  # "the Italian resort of X"
            ):  # "negli aeroporti italiani", "côté français", "on the French side": the
                # country, as a locative names it
                out.append(Place(pos, pos + len(word), DEMONYMS[lower], "country", True))
                continue
            out.append(Place(pos, pos + len(word), DEMONYMS[lower], "demonym", False))
            continue
        if not word[0].isupper():
            world = world or worldwide and word in _WORLD_WORDS
            continue
        for name, canonical, kind in index.get(word, ()):
            stop = pos + len(name)
            if stop <= end and _key(text[pos:stop]) == name:
                if stop < len(text) and (text[stop].isalnum() or text[stop] == "-"):
                    continue
                before = text[max(start, pos - 40) : pos]
                # "in Italy's Aosta Valley": the country only qualifies the place after it
                located = not _ORIGIN.search(before) and not _POSSESSIVE.match(text, stop)
                located = located and bool(
                    _LOCATIVE.search(before)
                    or _AREA.search(before)  # "La regione di Bordeaux"
                    or (sites and _SITE_BEFORE.search(before))  # "5 au CHU de Lyon, …"
                    or (before.rstrip().endswith(",") and _APPOSITION.search(before))
                )
                site = _SITE.match(text, stop, end) if kind == "city" and located else None
                if site and _site_name(site.group(1), index):
                    # "a Roma Fiumicino", "à Milan-Linate": a site the city names, an
                    # airport, a port, a station ("Rome Fiumicino")
                    out.append(
                        Place(pos, site.end(), f"{canonical} {site.group(1)}", "place", True)
                    )
                    skip = max(k for k, t in enumerate(tokens) if t[0] < site.end())
                    break
                out.append(Place(pos, stop, canonical, kind, located))
                break
        else:  # "1 100 à Faenza", "nel solo comune di Faenza", "A Città di Castello"
            place, skip = (
                _landform(text, start, tokens, n)
                if word in _LANDFORMS
                else _territory(text, start, tokens, n, lang)
                or _unknown_place(text, start, tokens, n, lead)
            )
            if place:
                out.append(place)
    if world:
        for m in _WORLD.finditer(text, start, end):
            if not _ADJECTIVE_AFTER.match(text, m.end(), end):  # "its worldwide turnover"
                out.append(Place(m.start(), m.end(), "world", "world", True))
    if not _compass(lang)[1].isdisjoint(lowers):  # around "Nord-ovest", "south" only
        out.extend(_compass_places(text, start, end, tokens, lang))
    if not trigger.isdisjoint(lowers):  # around "capitale", "pays", "nationwide" only
        seen = -1
        for pos, _, lower in tokens:
            if lower in trigger:
                for m in phrases.finditer(text, max(start, pos - 30), min(end, pos + 30)):
                    if m.start() > seen:
                        kind, _, again = m.lastgroup.partition("back_")  # "back_island"
                        out.append(
                            Place(m.start(), m.end(), again, "back" if again else kind, True)
                        )
                        seen = m.start()
    return sorted(out)


_CAPITALISED = regexcache.compile(r"(?<![\w-])[A-ZÀ-Ý][^\W\d_]*(?:[-.][^\W\d_]+)*")


def countries_named(text: str) -> list[str]:
    """The countries `text` names, in order, a city or a capitalised country adjective counting
    for its country ("Marseille", "Greek" → "France", "Greece"): what a document is about.
    A continent it names stands in the list as itself ("Europe"). Dictionary probes on
    capitalised words only."""
    index, out = _index(), []
    for m in _CAPITALISED.finditer(text):
        pos, word = m.start(), m.group()
        if word not in index and word.lower() in DEMONYMS:  # "Greek farmers blocked roads"
            out.append(DEMONYMS[word.lower()])
        for name, canonical, kind in index.get(word, ()):
            if _key(text[pos : pos + len(name)]) == name:
                if kind in ("country", "continent"):
                    out.append(canonical)
                elif kind == "city" and canonical in CITY_COUNTRY:
                    out.append(CITY_COUNTRY[canonical])
                break
    return out


def demonym_countries(text: str) -> list[str]:
    """The countries the lowercase country adjectives of `text` name ("il gruppo francese",
    "les autorités italiennes" → France, Italy), which `countries_named` leaves out: a
    story that names another country's people or bodies so reaches past its one country.

    >>> demonym_countries("Il gruppo francese ha tagliato 420 posti in Italia.")
    ['France']
    """
    return [DEMONYMS[w] for w in _LOWER_WORD.findall(text) if w in DEMONYMS]  # no match objects


_LOWER_WORD = regexcache.compile(r"(?<![\w'’-])[a-zà-ÿ]+(?![\w'’-])")

CONTINENTS = frozenset(_DATA["continents"])


def country_of(place: Place) -> str | None:
    """The country a country, city or demonym place belongs to ("Marseille" → "France")."""
    if place.kind in ("country", "demonym"):
        return place.name
    return CITY_COUNTRY.get(place.name) if place.kind == "city" else None


def capital_of(country: str | None) -> str | None:
    """The capital of `country` ("France" → "Paris"), when the table knows it."""
    return CAPITALS.get(country) if country else None


def longer_name(body: str, name: str) -> str:
    """The longer name, hyphenated or linked, `body` gives elsewhere to a place it names short
    ("Saint-Louis" for "Saint-Louis-du-Rhône", "Pieve" for "Pieve di Lauro"): its canonical
    name when known, else as written; `name` itself when none, or when a known place follows
    the link ("Varenne en France").

    >>> longer_name("Le port de Saint-Louis-du-Rhône a reçu 3 navires. À Saint-Louis, 12 dockers.", "Saint-Louis")
    'Saint-Louis-du-Rhône'
    >>> longer_name("Il fiume ha invaso Pieve di Lauro. A Pieve, 40 sfollati.", "Pieve")
    'Pieve di Lauro'
    >>> longer_name("La crue a touché Varenne en France. À Varenne, 40 évacués.", "Varenne")
    'Varenne'
    """
    pattern = regexcache.compile(
        rf"(?<![\w-]){re.escape(name)}(?:(?:-[^\W\d_]+)+"
        r"|\s+(?:di|de|del|della|du|des|sur|sul|en)\s+(?-i:[A-Z])[^\W\d_]+(?![\w-]))"
    )
    m = pattern.search(body)
    if not m:
        return name
    known = [p for p in find_places(m.group()) if p.kind in ("city", "country")]
    if any(p.start > 0 for p in known) and m.group()[len(name)] != "-":
        return name  # "Varenne en France": a place it lies in, no longer name
    return known[0].name if known and known[0].end == len(m.group()) else m.group()


def story_scope(named: list[str], body: str = "") -> str:
    """The whole scope of a story, which a figure's place never repeats, from what it names
    (`countries_named`): a continent ("Europe": an operation across it, a fine by its
    union), else its only country ("France": a national story, cities counting for their
    country), else "" (several countries, none above them; or a story that counts
    countries, "dans 19 pays", whose one named country is a part of it).

    >>> story_scope(["Italy"]), story_scope(["Italy"], "arrêtés dans 19 pays, dont l'Italie")
    ('Italy', '')
    >>> story_scope(["Italy"], "des saisies dans onze pays")
    ''
    """
    continents = [c for c in named if c in CONTINENTS]
    if continents:
        return continents[0]
    countries = set(named)
    if len(countries) != 1 or _COUNTED_COUNTRIES.search(body):
        return ""
    return countries.pop()


# A count of countries in digits or in words ("dans 16 pays", "across five countries", "in
# sei Paesi"); "one" and the articles are no count of several
_COUNT_WORDS = alternation(
    w for lang in LANGS for w in ATOMS[lang] - ARTICLES[lang] - {"one", "zéro", "zero"}
)
_COUNTED_COUNTRIES = regexcache.compile(
    rf"(?:\d|(?<![\w'’])(?i:{_COUNT_WORDS}))\s*"
    rf"(?:{alternation(w for lang in LANGS for w in _DATA['country_counts'][lang])})\b"
)


def home_city(publisher: str | None, title: str | None, lang: str | None = None) -> str:
    """The city a document is about, when it has one: the city whose body publishes it
    ("Comune di Spoleto" → Spoleto), else the one city its title names, with no country
    as its rubric, with no country ("Marseille : la mobilisation ne faiblit pas": a local
    page; not "Bruxelles inflige une amende", a subject, nor "Alluvione in Umbria" or
    "Corse : …", a region that may be the whole story); "" otherwise.
    """
    if publisher:
        m = _TOWN_BODY.match(publisher)
        if m:
            name = m.group(1).strip()
            known = [p for p in find_places(name, lang=lang) if p.kind == "city"]
            return known[0].name if known else name
    if title:
        found = find_places(title, lang=lang)
        cities = [p for p in found if p.kind == "city"]
        if len({p.name for p in cities}) == 1 and not any(p.kind == "country" for p in found):
            if _RUBRIC.match(title, cities[0].end) and cities[0].name not in REGIONS:
                return cities[0].name
    return ""


def paper_town(publisher: str | None, title: str | None, lang: str | None = None) -> str:
    """The town a local paper is named after, when its title names that town as a place
    ("La Voce di Morvena" with "sequestri a Morvena" in its title; "" for "Le Journal des
    Voyageurs", or a paper whose title is about elsewhere): the town its "in città", "in
    provincia" name.

    Why: a local paper reports its town's part of a wider story ("sequestrate in città 2
    auto" beside the operation's 9 vehicles): the town's figure, not a second account of
    the whole.

    >>> paper_town("La Voce di Morvena", "Truffe, 3 arresti a Morvena", "it")
    'Morvena'
    """
    m = _PAPER_OF.search(publisher or "")
    if not m or not title:
        return ""
    tail = _key(m.group(1))
    named = [p.name for p in find_places(title, lang=lang) if p.kind in ("city", "place")]
    return next((name for name in named if _key(name) == tail), "")


_PAPER_OF = regexcache.compile(r"\s(?:di|de|d['’]|of)\s*([A-Z][\w'’ -]+)$")


_RUBRIC = regexcache.compile(r"\s*[:–—|]")  # "Marseille : …", "Spoleto – …"


_TOWN_BODY = regexcache.compile(
    rf"^\s*(?:{alternation(w for lang in LANGS for w in _DATA['town_bodies'][lang])})"
    r"(?:(?<=['’])|\s+)(\S.*)$",
    re.IGNORECASE,
)
