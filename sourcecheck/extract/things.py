"""The counted thing: the noun phrase a count is about ("5 500 serveurs" → "serveurs").

Why
---
Two sources can give the same number for different things (servers vs IT resources); the
thing as written, mapped to a concept, is what lets a rule see it. French and Italian put the
head noun first ("ordres de perquisition et de saisie", "chaînes Telegram"), English last
("IT resources", "police officers"); the longest run of words that the concept lexicon
knows wins, otherwise the head noun alone. Money and measures count nothing.
A duration is its own noun, its unit the concept ("24 ore" → hour). Function words are
never the noun ("11 solo a Parigi"), nor a negation ("23 non ce l'hanno fatta"), nor a
link opening it ("le 21.300 dello stesso periodo": the noun is elided); a copula puts the noun after an
article ("Sono 600 gli sfollati"); "2 500 tra canali e server" counts both nouns; nouns that
end like participles ("200 blessés", "17 feriti") are nouns. The word lists are data
(`frames/data/nouns.yaml`).

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
from functools import lru_cache

from sourcecheck import regexcache
from sourcecheck.extract.dates import (
    MONTHS,
    RELATIVE_WORDS,
    TIMES_OF_DAY,
    WEEKDAYS,
    day_phrase_at,
)
from sourcecheck.extract.framedata import alternation, load, phrases, words
from sourcecheck.extract.lexicon import Concepts, key
from sourcecheck.extract.modifiers import is_modifier
from sourcecheck.extract.places import DEMONYMS
from sourcecheck.extract.when import rate_right_after

# What may stand between a count and its noun: "of the", "des", "di", and a possessive after
# them ("three of its carriages", "trois de ses voitures", "tre dei suoi vagoni")
_LEAD = regexcache.compile(
    r"\s*(?:(?:of the|of those|of these|of its|of their|of our|de ses|de leurs|de nos"
    r"|de|des|di|of|del|dei|degli|delle)\s+(?:(?:suoi|sue|loro|nostri|nostre)\s+)?|d['’]\s*)?"
)
_QUOTED = regexcache.compile(r"[«“\"‘]\s*([^»”\"’]{2,60}?)\s*[»”\"’]")
_TOKEN = regexcache.compile(r"[^\W\d_][\w'’&-]*|\S")  # a word, or any other mark (which stops)
_LINKS = frozenset(
    """
    de d' d’ di del dello della dell dei degli delle du des et and e ed of à a ad au aux en in da
    """.split()
)
# Conjunctions that join two nouns ("dead or missing") but never open one ("40 or so")
_ALTERNATIVES = frozenset("or o od oppure ou".split())
STOP = frozenset(
    """
    le la les l un une des au aux à a ont ont été est sont était étaient sera qui que qu dont
    pour par sur dans en avec selon contre ce cette ces son sa ses leur leurs il elle ils elles
    on y ne pas mais ou où car lors après avant depuis pendant entre vers chez sans sous déjà
    également aussi ainsi soit quand tandis alors ici s c j m t n
    the an in on at to for from by with since across during after before than that which
    who whose as per this these those said says its their his her were was is are have has
    without senza
    had will would been be more less about around over under into through within last next
    se si
    il lo gli i uno una che per con su nel nella nello nelle nei negli in da dal dalla dai tra
    fra come col coi
    nell sull all dall coll agli ai alle allo alla dagli dai dalle dallo dalla sugli sui sulle
    sullo sulla sul al
    anche dopo prima sono è era erano ha hanno sarà stati state stato secondo contro mentre
    restent restaient demeurent remain remains remained stay stays stayed restano rimangono
    restavano rimanevano
    non not
    but nor ma bensì però ni
    ogni chaque each every
    """.split()
)
MAX_TOKENS = 7
_ELIDED = regexcache.compile(r"(\w+)['’]")
# Days are never part of a noun phrase: weekdays, months, "hier", "ieri", "yesterday".
TIME_WORDS = frozenset(WEEKDAYS) | frozenset(MONTHS) | RELATIVE_WORDS | TIMES_OF_DAY
_STOPS = STOP | TIME_WORDS


def thing_after(
    text: str,
    pos: int,
    limit: int,
    lang: str | None,
    concepts: Concepts,
    *,
    start: int | None = None,
    lo: int = 0,
    parallel: bool = False,
) -> tuple[int, int, str | None] | None:
    """(start, end, concept) of the thing written right after a count ending at `pos`.

    `start`, `lo`: where the count and its sentence begin, to see a copula before the count
    ("Sono 600 gli sfollati"). `parallel`: the count continues a list of counted nouns
    ("12 morts et 200 blessés"), so a word that ends like a participle is a noun.
    """
    if rate_right_after(text, pos, limit, lang):
        return None  # "costa 2,7 miliardi l'anno": a rate, no noun
    g = _grammar(lang)
    if g.unit_word.match(text, pos, limit):
        return None  # "cresce di 41 mila unità su base mensile": what its clause counts
    special = g.opener.match(text, pos, limit)  # the special shapes open with a listed word
    if special and g.partitive.match(text, pos, limit) and not _demonstrated(text, pos, limit, g):
        return None  # "4 500 of them", "300 dei quali": the noun is the one before
    if start is not None and g.part_lead.search(text, max(lo, start - 30), start):
        group = g.group.match(text, pos, limit)  # "dont 4 chez des retraités": the group
        if group:
            return noun_at(text, group.end(), limit, lang, concepts)
    lead = _LEAD.match(text, pos, limit)
    at = lead.end()
    quoted = _QUOTED.match(text, at, limit)
    if quoted:
        return quoted.start(1), quoted.end(1), concepts.match(quoted.group(1), lang)
    if special and (at == pos or text[pos:at].isspace()):
        skipped = g.skip.match(text, at, limit).end()  # "11 solo a Parigi", "8 finora le …"
        parallel = parallel and skipped == at  # "75 blazes, 30 still burning": a verb
        at = skipped
        article = g.article.match(text, at, limit)
        # "Sono in tutto 334 gli account PayPal"; in Italian an article right after a count
        # always opens its noun: "Sono 9 i morti e 31 i feriti"
        copula = start is not None and (
            g.copula.search(text, max(lo, start - 40), start)
            or g.setting.search(text, max(lo, start - 40), start)
        )
        if article and (copula or (lang == "it" and at == pos + 1)):
            at = article.end()  # "Sono in tutto 334 gli account PayPal"
            owner = g.possessive.match(text, at, limit)  # "Sono 300 i nostri iscritti"
            at = owner.end() if owner else at
        coordinated = g.coordination.match(text, at, limit)
        if coordinated:  # "2 500 tra canali e server": the count counts both
            thing = coordinated.group(1)
            return coordinated.start(1), coordinated.end(1), concepts.match(thing, lang)
    spans = _tokens(text, at, limit)
    if not spans:
        return None
    best = _longest_known(text, spans, lang, concepts)
    if best:
        return _modified(text, best, limit, lang)  # "12 ans de prison": a duration is a thing
    unit = g.durations.get(text[spans[0][0] : spans[0][1]].lower())
    if unit:  # "24 ore", "60 days", "18 mois": a duration, its unit as concept
        return spans[0][0], spans[0][1], unit
    return _modified(text, _head(text, spans, lang, concepts, parallel), limit, lang)


def agent_after(text: str, end: int, limit: int, lang: str | None) -> bool:
    """Whether an agent ("by the", "par la", "dal") follows the words after a count, ending at
    `end`: those words may be a participle ("the 2,360 put forward by the carriers", "390
    milioni prevista dal Tesoro"), not the count's noun.

    >>> agent_after("the 40 cited by the police", 12, 26, "en")
    True
    """
    return bool(_grammar(lang).agent.match(text, end, limit))


def article_before(text: str, start: int, end: int, lo: int, lang: str | None) -> bool:
    """Whether a definite article stands right before the number of the figure at
    `text[start:end]` ("well below the 2,360", "i 7 miliardi"): the figure may stand for a noun
    already named. `lo`: where the sentence starts.

    >>> article_before("well below the 2,360 cited", 5, 20, 0, "en")
    True
    """
    digit = _DIGIT.search(text, start, end)  # "below the 2,360": the figure's words hold it
    at = digit.start() if digit else start
    return bool(_grammar(lang).elided_lead.search(text, max(lo, at - 12), at))


_DIGIT = regexcache.compile(r"\d")


_DEMONSTRATIVE = regexcache.compile(r"\s*of\s+(?:those|these)\s+([^\W\d_][\w'’-]*)", re.I)


def _demonstrated(text: str, pos: int, limit: int, g: _Grammar) -> bool:
    """Whether "of those"/"of these" after a count open its noun ("4,200 of those
    travellers"), not a verb ("4,200 of those were stranded", "of these evacuated").

    >>> _demonstrated("Some 4,200 of those travellers", 10, 30, _grammar("en"))
    True
    >>> _demonstrated("Some 4,200 of those were abroad", 10, 31, _grammar("en"))
    False
    """
    m = _DEMONSTRATIVE.match(text, pos, limit)
    word = m.group(1).lower() if m else ""
    return bool(word) and word not in _STOPS and not g.verb_form.search(word)


def partitive(text: str, pos: int, limit: int, lang: str | None) -> bool:
    """Whether a partitive follows a count ending at `pos` ("4 of them", "300 dei quali",
    "dont 12"): the count is part of the last figure's thing."""
    return bool(_grammar(lang).partitive.match(text, pos, limit))


def is_duration(word: str, lang: str | None) -> bool:
    """Whether `word` names a span of time ("anno", "semaine", "months"): after a share's
    article it says when ("lo 0,8% l'anno prossimo"), not what the share is of.

    >>> is_duration("semaine", "fr"), is_duration("récolte", "fr")
    (True, False)
    """
    return word.lower() in _grammar(lang).durations


def pronouns(lang: str | None) -> frozenset[str]:
    """The pronouns that are never a share's whole ("28% of it"), lowercase."""
    return _grammar(lang).pronouns


def noun_at(text: str, at: int, limit: int, lang: str | None, concepts: Concepts):
    """(start, end, concept) of the noun phrase starting at `at` (after a lead another
    module matched: "of", "le", "c'est le nombre de"), or None."""
    spans = _tokens(text, at, limit)
    if not spans or text[spans[0][0] : spans[0][1]] in _grammar(lang).pronouns:
        return None  # "28% of it", "la metà di loro"
    found = _longest_known(text, spans, lang, concepts) or _head(text, spans, lang, concepts)
    return _modified(text, found, limit, lang)


_NEXT = regexcache.compile(r"\s+([^\W\d_][\w'’-]*)")


def _modified(text: str, found, limit: int, lang: str | None):
    """The noun with the modifiers written after it in French and Italian ("emplois
    directs", "fatturato medio giornaliero mondiale"): they may make it another quantity
    (`modifiers`). English writes them before the noun, inside the phrase already."""
    if not found or lang == "en":
        return found
    start, end, concept = found
    while (m := _NEXT.match(text, end, limit)) and is_modifier(m.group(1), lang):
        end = m.end()
    return start, end, concept


# Where a sentence opens, for a pattern searched from that sentence's start: the text's
# start, a new line, or the end of the sentence before ("Il pleut. Parmi les blessés, 4 …")
_OPENS = r"(?:^|(?<=\n)|(?<=[.!?…]\s)|(?<=[.!?…][»”\"]\s))"


class _Grammar:
    """The compiled word lists of one language (`frames/data/nouns.yaml`)."""

    def __init__(self, lang: str | None):
        def alt(entry: str) -> str:
            return alternation(words("nouns", entry, lang))

        self.skip = regexcache.compile(
            rf"(?:\s*(?:{alt('function_words')})(?:(?<=['’])|(?![\w'’-])))*\s*", re.I
        )
        self.article = regexcache.compile(
            rf"(?:{alt('articles')})(?:(?<=['’])|\s+)(?=[^\W\d_])", re.I
        )
        fillers = alt("function_words")
        self.copula = regexcache.compile(
            rf"(?<![\w'’])(?:{alt('copulas')})(?:\s+(?:{fillers}))*\s*$", re.IGNORECASE
        )
        self.setting = regexcache.compile(
            rf"(?<![\w'’])(?:{alt('setting_leads')})\s*$", re.IGNORECASE
        )  # "porte à 31 le nombre de morts": the article after the count opens its noun
        self.partitive = regexcache.compile(
            rf"\s*(?:{alt('partitives')})(?![\w'’-])", re.IGNORECASE
        )
        langs = (lang,) if lang in ("fr", "en", "it") else ("fr", "en", "it")
        coordination = [load("nouns")["coordination"][code] for code in langs]
        opens = alternation(w for c in coordination for w in c["open"])
        joins = alternation(w for c in coordination for w in c["join"])
        # "canali Telegram", "vigili del fuoco", "agents de sécurité"
        noun = (
            r"[^\W\d_][\w'’-]*(?:\s+(?-i:[A-ZÀ-Ý])[\w'’-]*"
            r"|\s+(?:de|di|del|della|dei|du|des|of)\s+(?-i:[^\W\d_A-ZÀ-Ý])[\w'’-]*)?"
        )
        self.coordination = regexcache.compile(
            rf"(?:{opens})\s+((?=(?-i:[^\W\d_A-ZÀ-Ý])){noun}(?:\s*,\s*{noun})*\s+(?:{joins})\s+{noun})"
            r"(?![\w'’-])",
            re.IGNORECASE,
        )
        openers = {
            _first_word(w)
            for entry in ("function_words", "articles", "partitives")
            for w in words("nouns", entry, lang)
        } | {w.lower() for c in coordination for w in c["open"]}
        self.unit_word = regexcache.compile(  # "41 mila unità su base mensile"
            rf"\s+(?:{alt('unit_words')})(?=\s*(?:[,;:.!?)]|$)"
            rf"|\s+(?:{alt('unit_word_followers')})(?![\w'’-]))",
            re.IGNORECASE,
        )
        self.opener = regexcache.compile(
            rf"\s*(?:{alternation(openers)})(?![^\W\d_])", re.IGNORECASE
        )
        self.nouns = words("nouns", "participle_nouns", lang)
        # a word ending like a verb form: "annoncés", "topped", "arrestati"; not "unemployment"
        self.verb_form = regexcache.compile(rf"(?:{alt('verb_endings')})$")
        self.endings = tuple(words("nouns", "noun_endings", lang))
        # a finite verb's ending ("derivano", "concernent"): a verb even in a list of counts
        self.finite = regexcache.compile(rf"(?:{alt('finite_endings')})$")
        self.part_lead = regexcache.compile(
            rf"(?<![\w'’])(?:{alt('part_leads')})\s+$", re.IGNORECASE
        )
        self.group = regexcache.compile(rf"\s*(?:{alt('group_leads')})\s+(?=[^\W\d_])", re.I)
        self.past_tenses = words("nouns", "past_tenses", lang)
        self.heads = words("nouns", "heads", lang)
        self.relational = words("nouns", "relational", lang)
        # "nombre", "number", "totale": a relational noun that counts the noun it names
        self.counting = self.relational & words("nouns", "placeholders", lang)
        self.prenominal = words("nouns", "prenominal", lang)
        self.among = regexcache.compile(
            rf"(?:{_OPENS}|[.;:]\s*)\W*(?:{alt('among_leads')})\s+"
            rf"(?:{alt('articles')}|{alt('among_demonstratives')})(?:(?<=['’])|\s+)"
            rf"(?P<noun>[^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*)?)\s*,\s*$",
            re.IGNORECASE,
        )
        self.topic = regexcache.compile(
            rf"(?:{_OPENS}|[.;:]\s*)\W*(?:{alt('topic_leads')})(?:(?<=['’])|\s+)"
            rf"(?:(?:{alt('articles')})(?:(?<=['’])|\s+))?"
            rf"(?P<noun>[^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*)?)\s*,\s*"
            rf"(?:(?:{alt('pronoun_copulas')})(?:\s+[^\W\d_][\w'’-]*)?\s+)?$",
            re.IGNORECASE,
        )
        self.pronouns = words("nouns", "pronouns", lang)  # lowercase: "IT resources" is a noun
        self.opening = regexcache.compile(rf"\W*(?:{alt('articles')})(?:(?<=['’])|\s+)", re.I)
        self.possessive = regexcache.compile(rf"(?:{alt('possessives')})\s+(?=[^\W\d_])", re.I)
        self.particles = words("nouns", "verb_particles", lang)
        self.plural_verb = regexcache.compile(rf"\s+(?:{alt('plural_verbs')})(?![\w'’])", re.I)
        determiners = alternation(
            words("nouns", "articles", lang)
            | words("nouns", "possessives", lang)
            | words("nouns", "share_names", lang)
        )
        self.valued = regexcache.compile(  # "its workforce of", "la manovra da", "une enveloppe de"
            rf"(?<![\w'’])(?:{determiners})(?:(?<=['’])|\s+)"
            rf"(?P<noun>(?-i:[^\W\d_A-ZÀ-Ý])[\w'’-]*(?:\s+(?-i:[^\W\d_A-ZÀ-Ý])[\w'’-]*)?)"
            rf"\s+(?:{alt('value_links')})(?:(?<=['’])|\s+)$",
            re.IGNORECASE,
        )
        self.idiom = regexcache.compile(
            rf"(?<![\w'’])(?:{alt('idiom_prepositions')})\s*$", re.IGNORECASE
        )
        self.unvalued = (
            words("nouns", "placeholders", lang)
            | words("nouns", "relational", lang)
            | words("nouns", "change_names", lang)
            | words("nouns", "bounds", lang)
        )
        # an agent right after the words after a count: they are a participle, not its noun
        self.elided_lead = regexcache.compile(  # "the 2,360", "i 7 miliardi"
            rf"(?<![\w'’])(?:{alt('articles')})(?:(?<=['’])|\s+)$", re.I
        )
        self.agent = regexcache.compile(rf"\s+(?:{alt('agents')})(?:(?<=['’])|\s+)", re.I)
        self.speaker_lead = regexcache.compile(rf"(?<![\w'’])(?:{alt('speaker_leads')})\s+$", re.I)
        self.apposition = regexcache.compile(  # a comma or a spaced dash: "Les évacués – 40"
            rf"(?:{_OPENS}|[,;:]\s*)\W*(?:{alt('articles')})(?:(?<=['’])|\s+)"
            rf"(?:(?:{alt('placeholders')})\s+(?:{alt('placeholder_links')})(?:(?<=['’])|\s+))?"
            rf"(?P<noun>[^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*)?)\s*(?:,|(?<=\s)[–—-])\s*"
            rf"(?:(?:{alt('apposition_leads')})\s+)?$",
            re.IGNORECASE,
        )  # "Il numero di occupati, pari a 23 milioni": the noun the number is of
        self.closed = regexcache.compile(
            rf"\s*(?:(?<![\w'’])(?:{alt('apposition_tails')})(?:\s+[^\W\d][\w'’-]*){{0,4}})?"
            r"\s*(?:[,)–—]|(?<=\s)-(?=\s))",
            re.IGNORECASE,
        )
        self.counted_before = regexcache.compile(
            rf"(?<![\w'’])(?P<noun>{alt('counted_before')})\s+(?:of|de|di|dei|degli|delle)\s+$",
            re.IGNORECASE,
        )
        leads = alternation(
            words("nouns", "severity_leads", lang) | words("nouns", "partitives", lang)
        )
        self.estimated = regexcache.compile(  # "le stime sugli esuberi: 420"
            rf"(?<![\w'’])(?:{alt('estimate_nouns')})\s+(?:{alt('estimate_preps')})\s*"
            r"(?P<noun>[^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*){0,3}?)\s*:\s*$",
            re.IGNORECASE,
        )
        self.severity = regexcache.compile(  # "dont 4 en urgence absolue", "3 were still in …"
            rf"(?:\s*,)?(?:\s+(?:{leads}))*\s+(?P<state>{alt('severities')})(?![\w'’-])",
            re.IGNORECASE,
        )
        # ", dont 30 femmes," after a count: an aside on its part, its noun named after it
        self.aside = regexcache.compile(
            rf"\s*,\s*(?:{alt('part_leads')})\s+[^,;:.()«»]{{1,60}}?,", re.IGNORECASE
        )
        self.predicate = regexcache.compile(  # "12 of them were Japanese tourists"
            rf"(?:\s*,?\s*(?:{alt('partitives')}))?\s+(?:{alt('predicate_links')})\s+"
            rf"(?P<group>(?:{alt('group_leads')}|{alt('predicate_articles')})\s+)?(?=[^\W\d_])",
            re.IGNORECASE,
        )
        self.durations = {
            w.lower(): unit
            for unit, per_lang in load("nouns")["durations"].items()
            for code in langs
            for w in per_lang.get(code) or ()
        }


def severity_after(
    text: str, pos: int, limit: int, lang: str | None, concepts: Concepts
) -> tuple[int, int, str | None] | None:
    """(start, end, concept) of the state of health right after a bare count of the injured
    ("dont 4 en urgence absolue", "di cui 2 in codice rosso", "3 were still in serious
    condition"), or None: the count is of those in that state, a share of the injured.

    >>> from sourcecheck.extract.lexicon import load_concepts
    >>> text = "Of the 19 hurt, 3 were still in serious condition."
    >>> found = severity_after(text, text.index("3 ") + 1, len(text), "en", load_concepts())
    >>> text[found[0] : found[1]], found[2]
    ('in serious condition', 'seriously-injured')
    """
    m = _grammar(lang).severity.match(text, pos, limit)
    if m is None:
        return None
    return m.start("state"), m.end("state"), concepts.match(m.group("state"), lang)


def predicated(text: str, pos: int, limit: int, lang: str | None, concepts: Concepts):
    """(start, end, concept) of the noun a copula right after a bare count makes the count's
    ("26 of them were Dutch nationals", "11 erano cittadini belgi", "2 of whom were among
    the dead"), or None: a noun the lexicon knows or one with a nationality, never an
    adjective of state ("4 sono gravi") nor a participle ("5 dei quali sono ricoverati" are
    still fishermen). `pos`: where the count ends.

    >>> from sourcecheck.extract.lexicon import load_concepts
    >>> text = "The bus carried 40 people; 12 of them were Japanese tourists."
    >>> found = predicated(text, text.index("12") + 2, len(text), "en", load_concepts())
    >>> text[found[0] : found[1]]
    'Japanese tourists'
    """
    m = _grammar(lang).predicate.match(text, pos, limit)
    found = noun_at(text, m.end(), limit, lang, concepts) if m else None
    if not found:
        return None
    start, end, concept = found
    if not m.group("group") and _grammar(lang).verb_form.search(text[start:end].split()[0].lower()):
        return None  # "5 dei quali sono ricoverati": a state of the last noun's, not a noun
    after = _NEXT.match(text, end, limit)  # "cittadini italiani": the nationality after it
    if after and after.group(1).lower() in DEMONYMS:
        end = after.end()
    if concept or any(w in DEMONYMS for w in text[start:end].lower().split()):
        return start, end, concept
    if concepts.is_generic(text[start:end]):
        return start, end, None  # "3 of them were children": a group of people
    return None


def taken_among(text: str, pos: int, found, limit: int, lang: str | None, concepts: Concepts):
    """(start, end, concept) of the noun a copula gives a count taken among the things
    `found` after it ("23 of the patients were children", "30 dei malati sono bambini", "3 des
    blessés sont des enfants"): those things are the whole, the predicate names the part
    counted; None when no definite partitive ties the count to them or no noun follows the
    copula ("5 of the buses were damaged" still counts buses). `pos`: where the count ends.

    >>> from sourcecheck.extract.lexicon import load_concepts
    >>> text = "Of 90 patients, 12 of the cases were children."
    >>> cases = (text.index("cases"), text.index("cases") + 5, None)
    >>> found = taken_among(text, text.index("12") + 2, cases, len(text), "en", load_concepts())
    >>> text[found[0] : found[1]]
    'children'
    """
    if not _AMONG_ARTICLE.fullmatch(text, pos, found[0]):
        return None
    return predicated(text, found[1], limit, lang, concepts)


# the definite partitive between a count and its things ("12 of the cases", "3 des cas")
_AMONG_ARTICLE = regexcache.compile(
    rf"\s+(?:{phrases('nouns', 'definite_partitives', None)})\s+", re.IGNORECASE
)


def named_after_aside(
    text: str, start: int, end: int, lo: int, limit: int, lang: str | None, concepts: Concepts
):
    """(start, end, concept) of the noun a bare count names after an aside on its part: a
    copula and a noun ("Au moins 120, dont 30 femmes, sont des salariés"), or an article and
    a noun when a copula stands before the count ("Sono 35, tra cui 8 minori, i migranti
    sbarcati"); None without such an aside. `start`, `end`: the count's span, `lo`: where its
    sentence starts.

    Why: the count opens its clause with no noun; the aside's noun is its part's, and the
    one after the aside is what the count counts.

    Example:

    >>> from sourcecheck.extract.lexicon import load_concepts
    >>> text = "At least 70, including 8 toddlers, were passengers on the ferry."
    >>> span = named_after_aside(text, 0, 11, 0, len(text), "en", load_concepts())
    >>> text[span[0] : span[1]]
    'passengers'
    """
    g = _grammar(lang)
    m = g.aside.match(text, end, limit)
    if not m:
        return None
    found = predicated(text, m.end(), limit, lang, concepts)
    if found:
        return found
    article = g.article.match(text, _SPACE.match(text, m.end()).end(), limit)
    if article and g.copula.search(text, max(lo, start - 40), start):
        return noun_at(text, article.end(), limit, lang, concepts)
    return None


_SPACE = regexcache.compile(r"\s*")


def _first_word(phrase: str) -> str:
    return re.match(r"[^\W\d_]+", phrase).group().lower()


@lru_cache(maxsize=8)
def _grammar(lang: str | None) -> _Grammar:
    return _Grammar(lang)


# A part of a month before its name ("fin mars", "inizio aprile", "mid-May"): a time
_MONTH_PART = regexcache.compile(
    rf"(?:{phrases('nouns', 'month_parts', None)})[\s-]+(?:{'|'.join(sorted(MONTHS, key=len, reverse=True))})\b",
    re.IGNORECASE,
)


def _tokens(text: str, at: int, limit: int) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    for m in _TOKEN.finditer(text, at, min(limit, at + 160)):
        word = m.group().lower()
        if not word[0].isalpha():
            break
        # "nell'indotto", "qu'elle": a function word first (a match needs its apostrophe)
        elided = _ELIDED.match(word) if "'" in word or "’" in word else None
        if elided and elided.group(1) in _STOPS and elided.group(1) not in _LINKS:
            break
        if not spans and (
            word in _LINKS or word in _ALTERNATIVES or (elided and elided.group(1) in _LINKS)
        ):
            break  # a link never opens a noun: "le 21.300 dello stesso mese" elides its noun
        if word in _STOPS and (word in TIME_WORDS or not spans or word not in _LINKS):
            break  # a function word, or a day: "12,000 teachers yesterday"
        if not spans and (
            m.start() != at or day_phrase_at(text, at) or _MONTH_PART.match(text, at)
        ):
            break  # the thing follows the figure directly; "80 del giorno prima", "fin mars"
        spans.append((m.start(), m.end()))
        if len(spans) == MAX_TOKENS:
            break
    while spans and text[spans[-1][0] : spans[-1][1]].lower() in _LINKS:
        spans.pop()
    return spans


def _longest_known(text, spans, lang, concepts: Concepts):
    g = _grammar(lang)
    first = text[spans[0][0] : spans[0][1]].lower()
    if len(spans) > 1 and first in g.prenominal:  # "18 presunti affiliati": the noun follows
        spans = spans[1:]
    relational = len(spans) > 1 and text[spans[0][0] : spans[0][1]].lower() in g.relational
    for n in range(len(spans), 0, -1):
        if n == 1 and relational:
            break  # "tasso di disoccupazione": the relational noun names its thing after it
        start, end = spans[0][0], spans[n - 1][1]
        k = key(text[start:end])
        concept = concepts.lookup(k, lang)
        if concept and n == 1 and _foreign_verb(text[start:end], k, lang, concepts):
            concept = None  # "400 réclamés": a participle, not Italian "reclami"
        if concept:
            return start, end, concept
        if lang != "en":
            continue
        for i in range(1, n):  # English: modifiers first, the known head last
            before = text[spans[i - 1][0] : spans[i - 1][1]].lower()
            if before in _LINKS or (i > 1 and _verb_like(before, lang)):
                break  # "people and injured": a list; "drivers stayed home": a verb
            concept = concepts.lookup(key(text[spans[i][0] : end]), lang)
            if concept:
                return start, end, concept
    return None


def _foreign_verb(word: str, k: str, lang: str | None, concepts: Concepts) -> bool:
    """Whether `word` ends like a verb form of `lang` and its key names a concept in another
    language only: a participle that only looks like a foreign noun."""
    g = _grammar(lang)
    lower = word.lower()
    if lower in g.nouns or not g.verb_form.search(lower) or lower.endswith(g.endings or ("\0",)):
        return False
    in_lang = concepts.names_in.get(lang) if lang else None
    return in_lang is not None and k not in in_lang


def _head(text, spans, lang, concepts: Concepts, parallel: bool = False):
    g = _grammar(lang)
    adjective = len(spans) > 1 and text[spans[0][0] : spans[0][1]].lower() in g.prenominal
    if adjective:
        spans = spans[1:]  # "1 200 anciens intérimaires": the noun after its adjective
    first = text[spans[0][0] : spans[0][1]]
    lower = first.lower()
    if (
        not adjective  # "18 presunti affiliati": after an adjective, a noun
        and g.verb_form.search(lower)
        and not (parallel and not g.finite.search(lower))  # "200 blessés", not "40 derivano"
        and not concepts.is_generic(first)
        and lower not in g.nouns
        and not (g.endings and lower.endswith(g.endings))
        and not (lang == "en" and lower not in g.past_tenses and _modifies(text, spans))
    ):
        return None  # "700 000 annoncés", "1.3 million topped": no noun follows
    end = spans[0][1]
    if lower in g.relational and len(spans) > 1:  # "taux de grévistes", "number of arrests"
        link = text[spans[1][0] : spans[1][1]].lower()
        counting = lower in g.counting  # "le nombre de déplacés" counts "déplacés"
        if link[:2] in ("d'", "d’") or link[:5] in ("dell'", "dell’"):
            whole = concepts.match(text[spans[0][0] : spans[1][1]], lang)
            named = spans[1][0] + len(_ELIDED.match(link).group(0)) if counting else spans[0][0]
            return named, spans[1][1], whole or _counted(text, spans[1], lower, lang, concepts)
        if link in _LINKS and len(spans) > 2:
            if concepts.is_generic(text[spans[2][0] : spans[2][1]]):
                return _what_befell(text, spans[2:], lang, concepts)  # "number of people hit"
            whole = concepts.match(text[spans[0][0] : spans[2][1]], lang)
            known = _longest_known(text, spans[2:], lang, concepts) if counting else None
            if known:  # "the number of confirmed cases"
                return known[0], known[1], whole or known[2]
            return (
                spans[2][0] if counting else spans[0][0],
                spans[2][1],
                whole or _counted(text, spans[2], lower, lang, concepts),
            )
    if lang == "en":
        for s, e in spans[1:3] if lower not in g.heads else ():
            word = text[s:e].lower()
            if word in _LINKS or _verb_like(word, lang):
                break
            end = e
    else:
        for s, e in spans[1:]:
            if not text[s].isupper():
                break
            end = e  # "chaînes Telegram", "comptes PayPal"
    thing = text[spans[0][0] : end]
    return spans[0][0], end, concepts.match(thing, lang)


def _counted(text, span, relational: str, lang, concepts: Concepts) -> str | None:
    """The concept of the noun a counting relational noun names ("le nombre de déplacés", "il
    numero dei disoccupati", "the number of evacuees"): the count is of that noun, whose
    concept the whole phrase may not match; None for a rate or a share ("taux de chômage":
    a share of the unemployed is no count of them).

    >>> from sourcecheck.extract.lexicon import load_concepts
    >>> _counted("nombre de déplacés", (10, 18), "nombre", "fr", load_concepts())
    'displaced'
    """
    if relational not in _grammar(lang).counting:
        return None
    word = text[span[0] : span[1]]
    return concepts.match(re.sub(r"^\w+['’]", "", word), lang)


def _what_befell(text, spans, lang, concepts: Concepts):
    """A generic noun a relational one names ("the number of people sickened", "le nombre de
    personnes hospitalisées") with the participle after it that says which: the count is of
    them, not of "the number".

    >>> from sourcecheck.extract.lexicon import load_concepts
    >>> text = "number of people sickened"
    >>> s = _what_befell(text, [(10, 16), (17, 25)], "en", load_concepts())
    >>> text[s[0] : s[1]]
    'people sickened'
    """
    end = spans[0][1]
    if len(spans) > 1 and _verb_like(text[spans[1][0] : spans[1][1]].lower(), lang):
        end = spans[1][1]
    return spans[0][0], end, concepts.match(text[spans[0][0] : end], lang)


def _state_noun(phrase: str, lang: str | None) -> bool:
    """Whether a noun names people by what befell them ("i feriti", "les blessés", "the
    injured"): the counted noun of an elided verb, never who counted."""
    word = phrase.split()[0].lower()
    g = _grammar(lang)
    return word in g.nouns or bool(g.verb_form.search(word))


def participle(word: str, lang: str | None) -> bool:
    """Whether `word` ends like a verb form and modifies no noun ("rimasti", "blessés",
    "stranded"; not "daily").

    >>> participle("rimasti", "it"), participle("turisti", "it")
    (True, False)
    """
    return _verb_like(word.lower(), lang)


def _verb_like(word: str, lang: str | None) -> bool:
    """Whether a word ends like a verb form and is no modifier of a noun ("daily" is one)."""
    return bool(_grammar(lang).verb_form.search(word)) and not is_modifier(word, lang)


def _modifies(text, spans) -> bool:
    """An English participle before a noun is its modifier: "12 wounded soldiers"."""
    if len(spans) < 2:
        return False
    word = text[spans[1][0] : spans[1][1]].lower()
    g = _grammar("en")
    # "150 gathered outside", "3,200 turned up": a verb and its particle, not a noun
    return word not in _LINKS and word not in g.particles and not g.verb_form.search(word)


_ARTICLE = f"(?:{phrases('nouns', 'subject_articles', None)})"  # "les", "the", "gli", …
_COPULA = f"(?:{phrases('nouns', 'subject_copulas', None)})"  # "sont", "were", "sono stati", …
_BEFORE = regexcache.compile(
    rf"\b(?:{_ARTICLE}|{phrases('nouns', 'count_nouns_before', None)})\s+"
    r"([^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*)??)\s+"
    rf"(?:(?P<verb>{phrases('nouns', 'subject_verbs', None)})\s+)?"
    rf"(?:(?:{phrases('nouns', 'subject_fillers', None)})\s+)?"
    rf"(?:(?P<prep>{phrases('nouns', 'value_prepositions', None)})\s+)?:?\s*$",
    # "i casi sono saliti a 64 e i morti a 3"
    re.IGNORECASE,
)


def thing_before(
    text: str,
    pos: int,
    lo: int,
    concepts: Concepts,
    lang: str | None = None,
    linked: bool = False,
):
    """(start, end, concept) of the thing written before a count ("gli arresti sono 37",
    "the number of arrests reached 37"): a thing the lexicon knows, or any noun that a verb
    joins to the count ("les blessés étaient 40"); a bare noun before a count is no thing.
    `linked`: only with a verb between ("… 40,000 marchers, and the police 25,000": the
    police are who counted, the count elides "marchers").
    """
    m = _BEFORE.search(text, max(lo, pos - 60), pos) or _BEFORE_LONG.search(
        text, max(lo, pos - LONG_SUBJECT), pos
    )  # "Le famiglie ancora senza corrente sono 3.200": a copula after a longer subject
    m = m or _BEFORE_ASIDE.search(text, max(lo, pos - LONG_SUBJECT), pos)
    m = m or _BEFORE_OF.search(text, max(lo, pos - 60), pos)  # "i casi di morbillo sono 57"
    if m and _OF_PLACE.search(text, max(lo, m.start() - 16), m.start()):
        # "les évacués de la vallée sont 310": the noun of a complement is no subject; with
        # no verb, no thing ("Postes supprimés dans l'usine : 275" is labelled by its opening)
        long = _BEFORE_LONG.search(text, max(lo, pos - LONG_SUBJECT), pos)
        m = (long or m) if m.group("verb") else None
    if not m:  # "Les habitants qui ont dû quitter leur maison … sont 640": a long relative
        m = _BEFORE_RELATIVE.search(text, max(lo, pos - RELATIVE_SUBJECT), pos)
    m = m or _opening_copula(text, lo, pos, lang, concepts)
    if not m or day_phrase_at(text, m.start(1)):
        return None  # "Il giorno prima erano 80": a day, not a noun
    if m.group("verb") and _IN_RELATIVE.search(text, max(lo, m.start() - 30), m.start()):
        # "gli operai che cambiano il turno sono 230": the noun before the relative clause
        m = _BEFORE_RELATIVE.search(text, max(lo, pos - RELATIVE_SUBJECT), pos) or m
    if _grammar(lang).speaker_lead.search(text, max(lo, m.start() - 20), m.start()):
        return None  # "mentre per i sindacati erano 100mila": who counted
    start = _after_prenominal(text, m.start(1), pos, lang)
    if start:  # "Le nuove infezioni registrate sono 1.340": the noun after the adjective
        end = _WORD.match(text, start, pos).end(1)
        phrase = text[start : max(end, m.end(1))]
        concept = concepts.lookup(key(phrase), lang) or concepts.lookup(key(text[start:end]), lang)
        if concept:
            return start, max(end, m.end(1)), concept
    concept = concepts.lookup(key(m.group(1)), lang)
    gapped = m.re is _BEFORE and bool(m.group("prep"))  # "… saliti a 30 e le case a 120"
    if (
        linked
        and not m.group("verb")
        and not gapped
        and not (concept and _state_noun(m.group(1), lang))
    ):
        return None  # "and the police 25,000"; but "i dispersi sono 2 e i feriti 23"
    if concept:
        return m.start(1), m.end(1), concept
    at = start or m.start(1)
    head = text[at:pos].split()[0]  # "I comuni coinvolti sono 23": the head noun alone
    if m.group("verb") and (known := _known_prefix(text, at, m.start("verb"), lang, concepts)):
        return known  # "Les demandeurs d'emploi inscrits étaient 41 000": a noun of two words
    concept = concepts.lookup(key(head), lang)
    if concept or (m.group("verb") and head.lower() not in STOP and not head[0].isupper()):
        return at, at + len(head), concept
    return None


def _known_prefix(text: str, at: int, end: int, lang: str | None, concepts: Concepts):
    """(start, end, concept) of the longest run of words from `at` (up to 4, before `end`)
    that the lexicon knows, when it is longer than one word, else None.

    Why: a subject's noun may be written in several words with modifiers after it ("les
    demandeurs d'emploi inscrits sont"): its first word alone names another thing or none.

    >>> from sourcecheck.extract.lexicon import load_concepts
    >>> text = "Les demandeurs d'emploi inscrits étaient 41 000."
    >>> found = _known_prefix(text, 4, text.index("étaient"), "fr", load_concepts())
    >>> text[found[0] : found[1]], found[2]
    ("demandeurs d'emploi", 'unemployed')
    """
    spans = [w.span() for w in _TOKEN.finditer(text, at, end)][:4]
    for n in range(len(spans), 1, -1):
        concept = concepts.lookup(key(text[at : spans[n - 1][1]]), lang)
        if concept:
            return at, spans[n - 1][1], concept
    return None


def _after_prenominal(text: str, at: int, pos: int, lang: str | None) -> int | None:
    """Where the noun starts when the subject at `at` opens on a prenominal adjective ("Le
    nuove infezioni registrate sono 1.340": "infezioni"), else None; French and Italian (an
    English subject's noun comes after all its modifiers).

    >>> text = "Les nouvelles infections déclarées sont 140."
    >>> text[_after_prenominal(text, 4, text.index("140"), "fr") :][:10]
    'infections'
    """
    if lang not in ("fr", "it"):
        return None
    word = _WORD.match(text, at, pos)
    if not word or word.group(1).lower() not in _grammar(lang).prenominal:
        return None
    nxt = _WORD.match(text, word.end(), pos)
    return nxt.start(1) if nxt and nxt.group(1).lower() not in STOP else None


_WORD = regexcache.compile(r"\s*([^\W\d_][\w'’-]*)")


RELATIVE_SUBJECT = 160  # characters before a count where a subject and its relative clause stand
# A relative pronoun and its verb right before an article: the noun after them is that
# verb's object, not the subject of the copula after it
_RELATIVE = f"(?:{phrases('nouns', 'subject_relatives', None)})"  # "che", "qui", "who", "that"
_IN_RELATIVE = regexcache.compile(
    rf"(?<![\w'’]){_RELATIVE}(?:\s+[^\W\d_]+){{1,3}}\s+$", re.IGNORECASE
)
_BEFORE_RELATIVE = regexcache.compile(
    rf"(?:{_OPENS}|[,;:]\s*|(?<![\w'’])){_ARTICLE}\s*"
    r"(?<=\s|['’])(?P<head>[^\W\d_][\w'’-]*)(?=\s)(?:\s+[^\W\d_][\w'’-]*){0,4}"
    rf"\s+{_RELATIVE}\s+[^.;:!?«»\d]{{1,100}}?\s+(?P<verb>{_COPULA})\s*$",
    re.IGNORECASE,
)


# A subject that opens its sentence, its noun and the adjectives, participles and adverbs
# after it, then a present copula: "Le vittime accertate finora sono 58" ("Les foyers encore
# privés d'électricité sont" has a preposition: `_BEFORE_LONG` reads those after a clause's
# opening)
_OPENING_COPULA = regexcache.compile(
    rf"{_ARTICLE}\s*(?<=\s|['’])([^\W\d_][\w'’-]*)(?P<words>(?:\s+[^\W\d_][\w'’-]*){{1,4}})\s+"
    rf"(?P<verb>{phrases('nouns', 'present_copulas', None)})\s+"
    rf"(?:(?:{phrases('nouns', 'subject_adverbs', None)})\s+)?",
    re.IGNORECASE,
)


def _opening_copula(text: str, lo: int, pos: int, lang: str | None, concepts: Concepts):
    """The match of a subject that opens the sentence starting at `lo` and that a present
    copula joins to the count at `pos` ("sont", "sono": `nouns.yaml` `present_copulas`),
    when the lexicon knows its noun and the words after it are all lowercase content words
    (adjectives, participles, adverbs: no preposition, article or name), else None; French
    and Italian only (an English noun comes after its modifiers).

    Why: a sentence may open on its counted noun with its modifiers and give the count after
    the copula ("Le utenze ancora isolate sono 300", "Les victimes identifiées jusqu'ici
    sont 52"); the figure counts that noun, not the last sentence's. A past copula
    ("erano", "étaient") there is left to the other readings: it tells an earlier step of a
    count, whose day the benches lost when its noun made it a running one.

    Example:

    >>> from sourcecheck.extract.lexicon import load_concepts
    >>> text = "Il fiume è esondato. Le famiglie ancora isolate sono 3.200."
    >>> lo = text.index("Le")
    >>> _opening_copula(text, lo, text.index("3.200"), "it", load_concepts()).group(1)
    'famiglie'
    """
    m = _OPENING_COPULA.fullmatch(text, lo, pos) if lang in ("fr", "it") else None
    if not m:
        return None
    words = m.group("words").split()
    if any(w.lower() in STOP or w.lower() in TIME_WORDS or not w.islower() for w in words):
        return None
    return m if concepts.lookup(key(m.group(1)), lang) else None


# A preposition right before an article: what follows is a complement of a noun before it
_OF_PLACE = regexcache.compile(
    rf"(?<![\w'’])(?:{phrases('nouns', 'complement_prepositions', None)})\s+"
    rf"(?:(?:{phrases('nouns', 'whole_quantifiers', None)})\s+)?$",
    re.IGNORECASE,
)


# A subject whose noun a complement names ("i casi di morbillo sono 57", "les cas de
# rougeole sont 57", "the cases of flu were 57"): its verb joins it to the count
_BEFORE_OF = regexcache.compile(
    rf"\b{_ARTICLE}\s*(?<=\s|['’])([^\W\d_][\w'’-]*)"
    r"(?:\s+(?:di|de|of)\s+|\s+d['’])[^\W\d_][\w'’-]*\s+"
    rf"(?P<verb>{_COPULA})\s+(?:(?:{phrases('nouns', 'subject_adverbs', None)})\s+)?$",
    re.IGNORECASE,
)


LONG_SUBJECT = 100  # characters before a count where a subject and its complements stand
# A subject opens the text, a quote («Le famiglie … sono 140»), a clause or a contrast; a later
# sentence's start stays out (it joined a subset's noun to its whole's subject)
_BEFORE_LONG = regexcache.compile(
    r"(?:^|[«“\"]\s*|[,;:]\s*"
    rf"|\b(?:{phrases('nouns', 'subject_contrasts', None)})\s+)"
    rf"(?:(?:{phrases('nouns', 'subject_times', None)})\s+)?"  # "…, ieri sera gli evacuati … erano"
    rf"{_ARTICLE}\s*"
    r"(?<=\s|['’])([^\W\d_][\w'’-]*)(?:\s+[^\W\d_][\w'’-]*){2,7}\s+"
    rf"(?P<verb>{_COPULA})\s*$",
    re.IGNORECASE,
)
# A subject, then an aside between commas with no figure in it, then a copula: "Les routes
# coupées, entre départementales et communales, sont 18"
_BEFORE_ASIDE = regexcache.compile(
    rf"(?:{_OPENS}|[«“\"]\s*|[;:]\s*"
    rf"|\b(?:{phrases('nouns', 'subject_contrasts', None)})\s+)"
    rf"{_ARTICLE}\s*"
    r"(?<=\s|['’])([^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*){0,3}?)\s*,[^,;:.\d()]{1,50},\s*"
    rf"(?P<verb>{_COPULA})\s*$",
    re.IGNORECASE,
)


def counted_before(text: str, pos: int, lo: int, lang: str | None, concepts: Concepts):
    """(start, end, concept) of the noun that "of"/"de"/"di" ties to the count starting at
    `pos` when that noun is what is counted ("the bodies of 3 climbers", "i corpi di 3
    alpinisti": bodies, `nouns.yaml` `counted_before`), or None. `lo`: where the sentence
    starts.

    >>> from sourcecheck.extract.lexicon import load_concepts
    >>> text = "Les secours ont retrouvé les corps de 3 alpinistes."
    >>> span = counted_before(text, text.index("3"), 0, "fr", load_concepts())
    >>> text[span[0] : span[1]]
    'corps'
    """
    m = _grammar(lang).counted_before.search(text, max(lo, pos - 30), pos)
    if not m:
        return None
    return m.start("noun"), m.end("noun"), concepts.match(m.group("noun"), lang)


def among(text: str, pos: int, lo: int, lang: str | None, concepts: Concepts):
    """(start, end, concept) of the noun an opening sets a count among ("Tra i feriti, 4 sono
    gravi", "Parmi les blessés, 4 …", "Among the injured, 4 …"), or None."""
    m = _grammar(lang).among.search(text, max(lo, pos - 50), pos)
    if not m:
        return None
    found = noun_at(text, m.start("noun"), m.end("noun"), lang, concepts)
    if found is None and not _STOPS & {m.group("noun").lower()}:
        # "Of those arrested, 12 …": after the article, a participle names the group
        word = _TOKEN.match(text, m.start("noun"))
        found = word.start(), word.end(), concepts.match(word.group(), lang)
    return found


def topic(text: str, pos: int, lo: int, lang: str | None, concepts: Concepts):
    """(start, end, concept) of the noun an opening makes the topic of the count after it
    ("Côté passagers, 64 000 ont été touchés", "As for the injured, 31 remain in hospital",
    "Quant aux sans-abri, ils sont désormais 300"), or None."""
    m = _grammar(lang).topic.search(text, max(lo, pos - 70), pos)
    return noun_at(text, m.start("noun"), m.end("noun"), lang, concepts) if m else None


def apposed(text: str, start: int, end: int, lo: int, concepts: Concepts, lang: str | None):
    """(start, end, concept) of the noun that opens its clause and that a count between
    commas stands in apposition to ("Les sinistrés, au nombre de 4 000, ont été relogés",
    "Gli sfollati, circa 2mila, sono ospitati"); `start`, `end`: the count's span, `lo`: where
    its sentence starts."""
    if not _grammar(lang).closed.match(text, end):
        return None  # "4 000,", "12 000 selon la police,", "23 in tutto,"
    m = _grammar(lang).apposition.search(text, lo, start)
    return noun_at(text, m.start("noun"), m.end("noun"), lang, concepts) if m else None


# A label of one to five words that opens its sentence or follows a semicolon, then a colon
# right before the count ("Feriti: 12", "Homes destroyed: 140", "Bureaux dépouillés : 210")
_LABEL = regexcache.compile(
    rf"(?:{_OPENS}|(?<=;)\s*)(?P<label>[^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*){{0,4}})\s*:\s*$"
)


_NAME = regexcache.compile(r"[A-Z][^\W\d_]*(?:\s+[A-Z][^\W\d_]*)*$")  # ASCII capitals suffice


def estimated(text: str, pos: int, lo: int, lang: str | None, concepts: Concepts):
    """(start, end, concept) of the noun that estimates or figures are of, before a colon
    right before the count starting at `pos` ("le stime sugli esuberi: 420 secondo
    l'azienda, 610 per i sindacati"), or None. `lo`: where the sentence starts.

    Why: copy sets two accounts of one figure after a colon; the noun is named once, as
    what the estimates are of, and the counts after it count that noun.

    Example:

    >>> from sourcecheck.extract.lexicon import load_concepts
    >>> text = "The union disputes the estimates of job cuts: 420 according to management."
    >>> estimated(text, text.index("420"), 0, "en", load_concepts())[2]
    'job-cut'
    """
    m = _grammar(lang).estimated.search(text, max(lo, pos - 90), pos)
    return noun_at(text, m.start("noun"), m.end("noun"), lang, concepts) if m else None


def valued(text: str, pos: int, lo: int, lang: str | None, concepts: Concepts):
    """(start, end, concept) of the noun a determiner opens and "of"/"de"/"di"/"da" ties to
    the count starting at `pos` when no noun follows the count ("its workforce of 27,800",
    "la manovra da 21.300 milioni varata ieri", "une enveloppe de 20 millions"): the count
    is that noun's value. Never a placeholder, relational, change or bound noun ("the toll
    of 12", "une hausse de 300", "a maximum of 40"), nor a duration. `lo`: where the
    sentence starts.

    Why: a count with no noun of its own otherwise takes the last figure's noun, which the
    noun before it contradicts ("1,940 jobs, or 7% of its workforce of 27,800").

    Example:

    >>> from sourcecheck.extract.lexicon import load_concepts
    >>> text = "Il piano da 3 miliardi varato ieri."
    >>> span = valued(text, text.index("3"), 0, "it", load_concepts())
    >>> text[span[0] : span[1]]
    'piano'
    """
    g = _grammar(lang)
    m = g.valued.search(text, max(lo, pos - 50), pos)
    if not m:
        return None
    if g.idiom.search(text, max(lo, m.start() - 12), m.start()):
        return None  # "à l'exception de 150", "al netto di 40": a preposition's idiom
    phrase = m.group("noun").lower().split()
    if any(w in g.unvalued or w in _STOPS or w in g.durations for w in phrase):
        return None
    found = noun_at(text, m.start("noun"), m.end("noun"), lang, concepts)
    # after a determiner, a word that ends like a verb is a noun still ("il piano da")
    return found or (m.start("noun"), m.end("noun"), concepts.match(m.group("noun"), lang))


def opening_subject(text: str, lo: int, pos: int, lang: str | None, concepts: Concepts):
    """(start, end, concept) of the noun an article opens at the start of the sentence
    starting at `lo`, when the lexicon knows it, before `pos`; else None.

    Why: a partitive count with no figure before it in its sentence ("I naufraghi sono stati
    portati a Sorvento: 7 di loro …", "Les randonneurs ont été retrouvés ; 3 d'entre eux …")
    is a part of that subject, not of the last sentence's noun.

    Example:

    >>> from sourcecheck.extract.lexicon import load_concepts
    >>> text = "Les blessés ont été transportés à Lyon ; 3 d'entre eux sont graves."
    >>> span = opening_subject(text, 0, text.index("3"), "fr", load_concepts())
    >>> text[span[0] : span[1]]
    'blessés'
    """
    g = _grammar(lang)
    m = g.opening.match(text, lo, pos)
    found = noun_at(text, m.end(), pos, lang, concepts) if m else None
    if not found:
        return None
    return found if found[2] or g.plural_verb.match(text, found[1], pos) else None


def labelled(text: str, pos: int, lo: int, lang: str | None, concepts: Concepts):
    """(start, end, concept) of the label a colon sets right before the count starting at
    `pos`, in a tally written as "label: figure" ("Evacuati: 40", "Ballots counted: 3,200",
    "Maisons détruites : 31"): the label is what the count counts, with the modifiers
    written after its noun, which may make it another count ("ballots counted" are not
    "ballots cast"). A day is no label ("Lundi : 12"). `lo`: where the sentence starts.

    >>> from sourcecheck.extract.lexicon import load_concepts
    >>> text = "Case lesionate: 58."
    >>> span = labelled(text, text.index("58"), 0, "it", load_concepts())
    >>> text[span[0] : span[1]]
    'Case lesionate'
    """
    m = _LABEL.search(text, max(lo, pos - 60), pos)
    if not m or day_phrase_at(text, m.start("label")):
        return None
    end = m.end("label")
    at = _grammar(lang).skip.match(text, m.start("label"), end).end()  # "Ancora dispersi"
    if at >= end:
        return None
    # a label is a noun even when it ends like a participle ("Evacuati: 40")
    found = noun_at(text, at, end, lang, concepts)
    if not found and _verb_like(text[at:end], lang):
        found = at, end, concepts.lookup(key(text[at:end]), lang)
    if not found or (found[2] is None and _NAME.match(text, found[0], end)):
        return None  # "Brinzola: 340": a name, the place or body the count is of
    rest = text[found[1] : end].split()
    if rest and all(w.lower() not in STOP for w in rest):
        return found[0], end, found[2]  # "Ballots counted": keep its modifiers
    return found
