"""The counted thing: the noun phrase a count is about ("5 500 serveurs" → "serveurs").

Why
---
Two sources can give the same number for different things (servers vs IT resources); the
thing as written, mapped to a concept, is what lets a rule see it. French and Italian put the
head noun first ("ordres de perquisition et de saisie", "chaînes Telegram"), English last
("IT resources", "police officers"); the longest run of words that the concept lexicon
knows wins, otherwise the head noun alone. Money and measures count nothing.

Example
-------
>>> from sourcecheck.extract.lexicon import load_concepts
>>> text = "5 500 serveurs utilisés pour diffuser"
>>> span = thing_after(text, 5, len(text), "fr", load_concepts())
>>> text[span[0]:span[1]], span[2]
('serveurs', 'server')
"""

from __future__ import annotations

import re

from sourcecheck.extract.lexicon import Concepts, key

_LEAD = re.compile(r"\s*(?:(?:of the|of those|of these|de|di|of|del|dei|degli|delle)\s+|d['’]\s*)?")
_IT_ARTICLE = re.compile(r"\s*(?:i|gli|le)\s+(?=[^\W\d_])")
_QUOTED = re.compile(r"[«“\"‘]\s*([^»”\"’]{2,60}?)\s*[»”\"’]")
_TOKEN = re.compile(r"[^\W\d_][\w'’&-]*|\S")  # a word, or any other mark (which stops)
_LINKS = frozenset(
    "de d' d’ di del della dei degli delle du des et and e ed of à a ad au aux en in da".split()
)
STOP = frozenset(
    """
    le la les l un une des au aux à a ont ont été est sont était étaient sera qui que qu dont
    pour par sur dans en avec selon contre ce cette ces son sa ses leur leurs il elle ils elles
    on y ne pas mais ou où car lors après avant depuis pendant entre vers chez sans sous déjà
    également aussi ainsi soit quand tandis alors
    the an in on at to for from by with since across during after before than that which
    who whose as per this these those said says its their his her were was is are have has
    had will would been be more less about around over under into through within last
    il lo gli i uno una che per con su nel nella nei negli in da dal dalla dai tra fra come
    anche dopo prima sono è era erano ha hanno sarà stati state stato secondo contro mentre
    """.split()
)
_PARTICIPLE = re.compile(
    r"(?:ée?s?|ant|ed|ing|ly|at[aeio]|it[aeio]|ut[aeio]|ono|ava|ano|ait|aient|ent)$"
)
MAX_TOKENS = 7
# Durations and repetitions are not counted things ("3 heures", "durata 3 ore", "10 years").
NOT_THINGS = frozenset(
    """
    seconde secondes minute minutes heure heures jour jours semaine semaines mois an ans année
    années second seconds hour hours day days week weeks month months year years
    secondo secondi minuto minuti ora ore giorno giorni settimana settimane mese mesi anno anni
    """.split()
)


def thing_after(
    text: str, pos: int, limit: int, lang: str | None, concepts: Concepts
) -> tuple[int, int, str | None] | None:
    """(start, end, concept) of the thing written right after a count ending at `pos`."""
    lead = _LEAD.match(text, pos, limit)
    at = lead.end()
    if lang == "it" and not text[pos:at].strip():  # "Sono 14 i morti", "450 le case distrutte"
        article = _IT_ARTICLE.match(text, at, limit)
        at = article.end() if article else at
    quoted = _QUOTED.match(text, at, limit)
    if quoted:
        return quoted.start(1), quoted.end(1), concepts.match(quoted.group(1), lang)
    spans = _tokens(text, at, limit)
    if not spans:
        return None
    best = _longest_known(text, spans, lang, concepts)
    if best:
        return best  # "12 ans de prison": a duration the lexicon names is a thing
    if text[spans[0][0] : spans[0][1]].lower() in NOT_THINGS:
        return None
    return _head(text, spans, lang, concepts)


def _tokens(text: str, at: int, limit: int) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    for m in _TOKEN.finditer(text, at, min(limit, at + 160)):
        word = m.group().lower()
        if not word[0].isalpha() or (word in STOP and (not spans or word not in _LINKS)):
            break
        if not spans and m.start() != at:
            break  # the thing follows the figure directly
        spans.append((m.start(), m.end()))
        if len(spans) == MAX_TOKENS:
            break
    while spans and text[spans[-1][0] : spans[-1][1]].lower() in _LINKS:
        spans.pop()
    return spans


def _longest_known(text, spans, lang, concepts: Concepts):
    for n in range(len(spans), 0, -1):
        start, end = spans[0][0], spans[n - 1][1]
        concept = concepts.lookup(key(text[start:end]), lang)
        if concept:
            return start, end, concept
        if lang != "en":
            continue
        for i in range(1, n):  # English: modifiers first, the known head last
            if text[spans[i - 1][0] : spans[i - 1][1]].lower() in _LINKS:
                break  # "people and injured": a list, not a modifier
            concept = concepts.lookup(key(text[spans[i][0] : end]), lang)
            if concept:
                return start, end, concept
    return None


def _head(text, spans, lang, concepts: Concepts):
    first = text[spans[0][0] : spans[0][1]]
    if _PARTICIPLE.search(first.lower()) and not concepts.is_generic(first):
        return None  # "700 000 annoncés", "1.3 million topped": no noun follows
    end = spans[0][1]
    if lang == "en":
        for s, e in spans[1:3]:
            word = text[s:e].lower()
            if word in _LINKS or _PARTICIPLE.search(word):
                break
            end = e
    else:
        for s, e in spans[1:]:
            if not text[s].isupper():
                break
            end = e  # "chaînes Telegram", "comptes PayPal"
    thing = text[spans[0][0] : end]
    return spans[0][0], end, concepts.match(thing, lang)


_BEFORE = re.compile(
    r"\b(?:les?|la|l['’]|the|gli|i|le|il|total of|number of|nombre de|numero di|numero degli)\s+"
    r"([^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*)??)\s+"
    r"(?:(?:sono|sont|are|were|was|is|è|est|étaient|erano|totalled|totaled|reached|numbered|"
    r"s['’]élève à|s['’]élèvent à|ammontano a|ammonta a|salgono a|passent à)\s+)?"
    r"(?:(?:stati|state|été|already|déjà|già|about|environ|circa)\s+)?:?\s*$",
    re.IGNORECASE,
)


def thing_before(text: str, pos: int, lo: int, concepts: Concepts, lang: str | None = None):
    """(start, end, concept) of a known thing written before a count ("gli arresti sono 37",
    "the number of arrests reached 37"); only things the lexicon knows, to stay safe."""
    m = _BEFORE.search(text, max(lo, pos - 60), pos)
    if not m:
        return None
    concept = concepts.lookup(key(m.group(1)), lang)
    if concept:
        return m.start(1), m.end(1), concept
    head = m.group(1).split()[0]  # "I comuni coinvolti sono 23": the head noun alone
    concept = concepts.lookup(key(head), lang)
    return (m.start(1), m.start(1) + len(head), concept) if concept else None
