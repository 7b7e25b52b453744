"""What a claim counts, as a key that is the same in every language.

Why
---
Rules compare claims about one quantity; the first half of "one quantity" is "the same
thing counted". The lexicon answers for the nouns it knows, in any of its languages; a noun
it does not know still has cognates in the other languages ("teleferiche" /
"téléphériques"), so its key is its cognate key, and keys a letter apart are joined later
with rapidfuzz. A marked modifier (`extract.modifiers`: indirect, temporary, European,
daily…) makes another quantity of the same noun, so it is part of the key. A generic noun ("persone", "people") or no noun at all says nothing: no key.

Example
-------
>>> from sourcecheck.extract.lexicon import load_concepts
>>> concepts = load_concepts()
>>> noun_key("server", "serveurs", concepts)[:2]
('server', 'server')
>>> noun_key("", "teleferiche", concepts)[:2], noun_key("", "téléphériques", concepts)[0]
(('~teleferic', 'teleferiche'), '~teleferic')
>>> noun_key("job", "emplois indirects", concepts, "fr")[:2]
('job+indirect', 'job, indirect')
"""

from __future__ import annotations

from functools import lru_cache
from typing import NamedTuple

from sourcecheck import cachedir
from sourcecheck.align.anchors import function_words
from sourcecheck.align.cognates import cognate_key
from sourcecheck.align.shipped import align_data
from sourcecheck.extract.framedata import durations
from sourcecheck.extract.lexicon import Concepts, key
from sourcecheck.extract.modifiers import qualifiers
from sourcecheck.extract.places import find_places

PEOPLE = "people"  # the key of figures counted in people, and nothing more

COGNATE = "~"  # prefix of keys that come from cognates, not from the lexicon
LEXICON = "lexicon concept"  # the evidence of a noun the lexicon gave the claim's own concept


class Noun(NamedTuple):
    key: str  # concept id, or "~" + cognate key, or "" (nothing to compare)
    label: str  # readable: the concept id or the noun as written
    evidence: str  # why the key: "lexicon", "translation", "cognate"


def noun_key(concept: str, thing: str, concepts: Concepts, lang: str | None = None) -> Noun:
    """The language-independent key of what a claim counts (see the module doc); names are
    looked up in the document's language `lang` first. A marked modifier of the thing
    ("emplois indirects", "daily turnover") is part of the key: another quantity."""
    found = _noun_key(concept, thing, concepts, lang)
    marks = qualifiers(thing, lang or None) if thing and found.key else ()
    marks = tuple(m for m in marks if m not in concepts.ancestors(found.key))  # "feriti"
    if not marks:
        return found
    return Noun(
        found.key + "".join(f"+{m}" for m in marks),
        ", ".join((found.label, *marks)),
        f"{found.evidence}; {', '.join(marks)}",
    )


def _noun_key(concept: str, thing: str, concepts: Concepts, lang: str | None) -> Noun:
    if concept and concept in concepts.alone:  # "un uomo di 77 anni": his, no one else's
        return Noun("", concept, f"“{concept}” is never compared")
    if concept and concept in concepts.parent:
        return Noun(concept, concept.replace("-", " "), f"{LEXICON} “{concept}”")
    if concept and concept in durations():  # "60 jours", "60 days", "60 giorni"
        return Noun(concept, concept, f"a duration in {concept}s")
    thing = counted_thing(thing, lang)  # "il numero delle vittime": the victims
    if thing and key(thing) in _people():
        return Noun(PEOPLE, PEOPLE, f"“{thing}”: people, with nothing more said")
    if thing and _not_a_thing(thing):
        # a place, a day or a function word read as the noun: the figure has none
        concept = "" if key(concept) == key(thing) else concept
        thing = ""
    if thing and not concepts.is_generic(thing):
        found = concepts.match(thing, lang) or _first_noun(thing, concepts, lang)
        if found:
            return Noun(found, found.replace("-", " "), f"“{thing}” translates to “{found}”")
        if _people_described(thing, lang):
            return Noun(PEOPLE, PEOPLE, f"“{thing}”: people, with nothing more said")
        skeleton = cognate_key(thing)
        if skeleton:
            return Noun(COGNATE + skeleton, thing.lower(), f"cognates of “{thing}”")
    if concept:  # given in claims.csv, or a project lexicon the table was not read with
        return Noun(concept, concept.replace("-", " "), f"concept “{concept}” as given")
    return Noun("", "", "")


def _first_noun(thing: str, concepts: Concepts, lang: str | None) -> str | None:
    """The lexicon concept of the first noun of "canali e server", "channels and servers"."""
    words = thing.split()
    for i, word in enumerate(words[1:], start=1):
        if word.lower() in _coordinators():
            return concepts.match(" ".join(words[:i]), lang)
    return None


@lru_cache(maxsize=65536)
def _not_a_thing(thing: str) -> bool:
    """Whether a noun as read is a place ("france"), a day ("tuesday") or a word that never
    names a thing ("comme" in "7, comme dit hier", "oggi": `data/function_words.yaml`)."""
    word = thing.strip()
    lower = word.lower()
    return (
        lower in function_words()
        or bool(find_places(word[:1].upper() + word[1:]))
        or lower in calendar_words()
    )


@lru_cache(maxsize=1)
def calendar_words() -> frozenset[str]:
    """The names of the days and months, lower case, in fr, en and it (babel's, kept in the
    cache folder: its locale files cost more to read than a one-case alignment)."""
    import babel

    def build() -> list[str]:
        from babel.dates import get_day_names, get_month_names

        words: set[str] = set()
        for lang in ("en", "fr", "it"):
            words |= {w.lower() for w in get_month_names("wide", locale=lang).values()}
            words |= {w.lower() for w in get_day_names("wide", locale=lang).values()}
        return sorted(words)

    return frozenset(cachedir.remembered("calendar", babel.__version__, build))


@lru_cache(maxsize=1)
def _coordinators() -> frozenset[str]:
    return frozenset(w for ws in align_data("coordinators.yaml").values() for w in ws or ())


def counted_thing(thing: str, lang: str | None = None) -> str:
    """`thing` without a head that names its count ("il numero delle vittime", "the number
    of evacuees", "le nombre d'évacués": `data/counts_of.yaml`), else `thing` as it is.

    Why: the frame keeps such a phrase whole, and whole it matches no concept: "il numero
    delle vittime è salito a 7" was compared with nothing, though it is the toll "5 morti"
    gave the day before.

    >>> counted_thing("numero delle vittime", "it"), counted_thing("nombre d'évacués", "fr")
    ('vittime', 'évacués')
    >>> counted_thing("number", "en"), counted_thing("taux de grévistes", "fr")
    ('number', 'taux de grévistes')
    """
    words = thing.split()
    if len(words) < 2 or words[0].lower() not in _count_words("heads", lang):
        return thing
    link = words[1].lower().replace("’", "'")
    links = _count_words("links", lang)
    if link in links:
        rest = words[2:]
    else:
        cut = next((len(w) for w in links if w.endswith("'") and link.startswith(w)), 0)
        rest = [words[1][cut:], *words[2:]] if 0 < cut < len(link) else []
    return " ".join(rest) or thing


@lru_cache(maxsize=8)
def _count_words(part: str, lang: str | None) -> frozenset[str]:
    """The words of `part` of `data/counts_of.yaml` in `lang` (every language when None)."""
    given = align_data("counts_of.yaml")[part]
    langs = [lang] if lang in given else list(given)
    return frozenset(w.lower() for la in langs for w in given[la] or ())


HEAD_LAST = frozenset({"en"})  # languages whose noun comes after its adjectives


def _people_described(thing: str, lang: str | None) -> bool:
    """Whether `thing`, a noun the lexicon does not know, is people described by a word
    ("86 exhausted people", "personnes épuisées", "persone stremate"): its head noun (the
    last word in English, the first in French and Italian) counts people, and a word the
    lexicon does not know says how they are, not what else is counted. "People smugglers"
    count smugglers."""
    words = thing.split()
    if len(words) < 2:
        return False
    heads = (words[-1],) if lang in HEAD_LAST else (words[0],) if lang else (words[0], words[-1])
    return any(key(h) in _people() for h in heads)


@lru_cache(maxsize=1)
def _people() -> frozenset[str]:
    """Matching keys of the generic nouns that count people (`data/people.yaml`)."""
    return frozenset(key(w) for words in align_data("people.yaml").values() for w in words or ())


def anchored_key(word: str, concepts: Concepts) -> Noun:
    """The key of an anchor word (see `anchors`): its lexicon concept, else its cognates; none
    for a day or a place ("réduire lundi de 30 %": Monday is when, not what)."""
    if _not_a_thing(word):
        return Noun("", "", "")
    found = concepts.match(word)
    if found:
        return Noun(found, found.replace("-", " "), f"the word “{word}” beside it: “{found}”")
    skeleton = cognate_key(word)
    if not skeleton:
        return Noun("", "", "")
    return Noun(COGNATE + skeleton, word, f"the word “{word}” beside it")
