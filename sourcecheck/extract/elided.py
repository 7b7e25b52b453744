"""Nouns a figure takes from elsewhere in its clause, when none follows it.

Why
---
News often writes a figure's noun away from it: as the clause's subject ("le taux de
grévistes a dépassé 50 %", "the death toll rose to 5", "il tasso è sceso al 19,8%"), as the
object of a valuation verb ("the union put turnout at 2.5 million"), announced after it
("Plus de 2 millions : c'est le nombre de grévistes"), after the next count of a range ("de
18 à 15 mois"), or after a percentage's preposition ("28 % des conducteurs"). And "250 emplois
directs et 900 indirects" counts jobs twice: an adjective and its contrary are no nouns. The
word lists are data (`frames/data/nouns.yaml`); this module holds how they combine.

Example
-------
>>> from sourcecheck.extract.lexicon import load_concepts
>>> text = "Dans les écoles, le taux de grévistes a dépassé 50 %."
>>> span = subject_before(text, text.index("50"), 0, "fr", load_concepts())
>>> text[span[0]:span[1]]
'taux de grévistes'
"""

from __future__ import annotations

import re
from functools import lru_cache

from sourcecheck import regexcache
from sourcecheck.extract.framedata import LANGS, alternation, load, words
from sourcecheck.extract.lexicon import Concepts, key
from sourcecheck.extract.things import STOP, is_duration, noun_at, pronouns
from sourcecheck.quantities.scales import SCALE_NAMES, scale_of

SUBJECT_WINDOW = 160  # characters before a figure where its clause's subject may stand
VALUATION_WINDOW = 60  # characters before a figure where a valuation verb and its noun stand
TALLY_WINDOW = 100  # characters before a colon where the counting noun it explains stands
_APPOSITION = regexcache.compile(r",[^,;:()«»\"“”]{1,40},")  # an aside between two commas
_CLAUSE_MARK = regexcache.compile(r"[,;:()«»\"“”]|\s[–—-]\s")
_WORD = r"[^\W\d_][\w'’-]*"
_BASE = regexcache.compile(
    r"\s+(?:to|over|above|on|against)\s+[^,;:.()\d]{1,50}?(?=\s*(?:[,;:.()]|$)|\s+(?:and|or|but|while)\b)"
)
_DIGIT = regexcache.compile(r"\d")
_FIRST_WORD = regexcache.compile(r"[^\W\d_][\w'’-]*")
_LAST_WORD = regexcache.compile(r"([^\W\d_]+)['’]?\s*$")  # the word right before a figure


class _Grammar:
    """The compiled phrases of one language."""

    def __init__(self, lang: str | None):
        def alt(entry: str) -> str:
            return alternation(words("nouns", entry, lang))

        self.scale = regexcache.compile(  # "magnitude 6,1", "une magnitude de 6,1"
            rf"(?<![\w'’])(?P<name>{alt('scale_names')})(?:\s+(?:de|of|di|pari a))?\s+$",
            re.IGNORECASE,
        )
        self.ratio_base = regexcache.compile(rf"(?:{alt('ratio_bases')})(?![\w'’])", re.IGNORECASE)
        self.share = regexcache.compile(rf"\s*(?:{alt('share_leads')})(?:(?<=['’])|\s+)", re.I)
        self.point_step = regexcache.compile(  # "rose 0.6 points to 8.3%": the change's start
            rf"(?<![\w.,])\d[\d.,]*\s+(?:{alt('point_steps')})\s*,?\s*"
            rf"(?:{alt('point_levels')})(?:(?<=['’])|\s+)$",
            re.IGNORECASE,
        )
        self.change = regexcache.compile(
            rf"(?<![\w'’])(?:(?:{alt('change_modals')})\s+)?(?:{alt('change_verbs')})(?:\s*,?\s+(?:{alt('change_adverbs')}))?"
            rf"(?:\s*,?\s+(?:{alt('change_particles')}))?\s*$",
            re.IGNORECASE,
        )  # "the death toll rose to 5", "arrests rose sharply, to 140", "salgono così a 12",
        # "unemployment should fall to 6%": a modal before the verb stands with it
        articles = alt("articles")
        self.any_article = regexcache.compile(  # "une dette publique", "a deficit"
            rf"(?<![\w'’])(?:{articles}|{alt('share_names')})(?:(?<=['’])|\s+)(?=[^\W\d_])",
            re.IGNORECASE,
        )
        # "put turnout at", "bringing the toll from Monday's shipwreck to": an aside may
        # stand between the noun and the particle
        aside = rf"(?:\s+(?:{alt('valuation_asides')})(?:(?<=['’])|\s+)[^.;:\d]{{0,40}}?)?"
        self.valuation = regexcache.compile(
            rf"(?<![\w'’])(?:{alt('valuation_verbs')})\s+(?:(?:{articles})(?:(?<=['’])|\s+))?"
            rf"(?P<noun>{_WORD}(?:\s+{_WORD}){{0,2}}?){aside}\s+(?:{alt('valuation_particles')})"
            r"\s*$",
            re.IGNORECASE,
        )
        # "a chiffré à 45 tonnes les …": the verb and its particle right before the figure,
        # its object after it
        self.valued_verb = regexcache.compile(
            rf"(?<![\w'’])(?:{alt('valuation_verbs')})\s+(?:{alt('valuation_particles')})\s*$",
            re.IGNORECASE,
        )
        self.object_after = regexcache.compile(
            rf"\s+(?:{articles})(?:(?<=['’])|\s+)(?=[^\W\d_])", re.IGNORECASE
        )
        # a subject's determiner: an article, a possessive, or both ("il suo fatturato"),
        # then maybe the year it is of ("its 2025 net profit fell 72%")
        possessives = alt("possessives")
        openers = alternation(
            words("nouns", "articles", lang) | words("nouns", "subject_indefinites", lang)
        )
        self.article = regexcache.compile(  # "a net loss rose to": an indefinite one too
            rf"(?<![\w'’])(?:(?:{openers})(?:(?<=['’])|\s+)(?:(?:{possessives})\s+)?"
            rf"|(?:{possessives})\s+)(?:(?:19|20)\d\d\s+)?(?=[^\W\d_])",
            re.IGNORECASE,
        )
        self.cataphora = regexcache.compile(
            rf"\s*[:–—-]\s*(?:{alt('cataphora')})(?:(?<=['’])|\s+)", re.IGNORECASE
        )
        counting = alternation(
            words("nouns", "relational", lang) & words("nouns", "placeholders", lang)
        )  # "le nombre de manifestants fait débat : 700 000 selon la CGT"
        self.tally = regexcache.compile(
            rf"(?<![\w'’])(?:{counting})\s+(?:(?:de|des|di|dei|degli|delle|del|della|of)\s+"
            r"(?:the\s+)?|d['’]|dell['’])(?=(?-i:[^\W\d_A-ZÀ-Ý]))",
            re.IGNORECASE,
        )  # a name after it is no noun: "commissione Finanze di Senato"
        self.level = regexcache.compile(rf"\s*,?\s*(?:{alt('change_levels')})\s+$", re.I)
        self.change_lead = regexcache.compile(rf"(?<![\w'’])(?:{alt('change_leads')})\s*$", re.I)
        self.share_aside = regexcache.compile(  # "5 300 voti (22,4%)", "830 votes, or 12.5%"
            rf"\s*(?:\(|,\s*(?:{alt('share_asides')})(?:(?<=['’])|\s+))\s*", re.IGNORECASE
        )
        self.change_noun = regexcache.compile(
            rf"\s*(?:{alt('change_nouns')})(?:\s+(?:in|of)\s+(?:the\s+)?|"
            rf"\s*(?:{alt('share_leads')})(?:(?<=['’])|\s+))",
            re.IGNORECASE,
        )
        noun = rf"(?:(?:{articles})(?:(?<=['’])|\s+))?(?P<noun>{_WORD})"
        changes = alternation(
            w.split()[-1].strip("'’") for w in words("nouns", "change_nouns", lang)
        )  # "une hausse de 6 %" is a change, not what the share is of
        self.named = regexcache.compile(
            rf"(?<![\w'’])(?:{alt('share_names')})(?:(?<=['’])|\s+)(?!(?:{changes})\b)"
            rf"(?P<noun>{_WORD})(?:\s+(?:{alt('share_name_complements')})(?:(?<=['’])|\s+)"
            rf"{_WORD})?\s+(?:{alt('share_name_links')})(?:(?<=['’])|\s+)$",
            re.IGNORECASE,
        )
        self.change_named = regexcache.compile(  # "une baisse de 3 %", "in calo del 4%"
            rf"(?<![\w'’])(?:{alt('share_names')}|{alt('change_openers')})(?:(?<=['’])|\s+)"
            rf"(?P<noun>{alt('change_names')})\s+(?:{alt('share_name_links')})(?:(?<=['’])|\s+)$",
            re.IGNORECASE,
        )
        self.dimension_before = regexcache.compile(
            rf"(?<![\w'’]){noun}\s*,?\s+(?:{alt('dimensions_before')})\s*$", re.IGNORECASE
        )
        self.noun_before = regexcache.compile(rf"(?<![\w'’]){noun}\s+$", re.IGNORECASE)
        self.dimension_after = regexcache.compile(
            rf"\s+(?:{alt('dimensions_after')})(?![\w'’])", re.I
        )
        self.conjunction = regexcache.compile(
            rf"(?<![\w'’])(?:{alt('clause_conjunctions')})\s+(?=(?:{articles})(?:(?<=['’])|\s+))",
            re.IGNORECASE,
        )
        self.relative = regexcache.compile(
            rf"(?<![\w'’])(?:{alt('relatives')}|{alt('reporting_verbs')}|{alt('subordinators')})\s",
            re.IGNORECASE,
        )
        self.joins = regexcache.compile(rf"\s*(?:{alt('range_joins')})\s+$", re.IGNORECASE)
        # "180 tonnes, contre les 40 annoncées mardi": a comparison word, maybe an article
        self.unit_link = regexcache.compile(
            rf"\s*,?\s*(?<![\w'’])(?:{alt('unit_links')})(?:(?<=['’])|\s+)"
            rf"(?:(?:{articles})(?:(?<=['’])|\s+))?$",
            re.IGNORECASE,
        )
        # "27 km selon la préfecture, 31 selon l'ONG": two sources' accounts side by side,
        # the second dropping the unit or scale word (`speaker_leads` cite the source)
        leads = alt("speaker_leads")
        self.sided_before = regexcache.compile(
            rf"(?<![\w'’])(?:{leads})(?:(?<=['’])|\s+)[^.;:\d]{{0,60}},\s*$", re.IGNORECASE
        )
        self.sided_after = regexcache.compile(rf"\s+(?:{leads})(?:(?<=['’])|\s+)", re.IGNORECASE)
        # "130 km/h, soit 50 de plus que la limite": a difference, right after the count
        self.unit_difference = regexcache.compile(
            rf"\s+(?:{alt('unit_differences')})(?![\w'’])", re.IGNORECASE
        )
        # "l'inflation reculerait à 2 % et le chômage à 7 %": a figure, a conjunction, then a
        # subject and the change's particle with no verb of their own
        # "… al 44% del volume e il serbatoio di Pietrarsa al 17%": a complement after each
        of = rf"(?:{alt('gap_complements')})(?:(?<=['’])|\s+)"
        self.gapped = regexcache.compile(
            rf"[\d%](?:\s+{of}(?:(?:{articles})(?:(?<=['’])|\s+))?{_WORD})?"
            rf"\s*,?\s*(?:{alt('clause_conjunctions')})\s+(?:(?:{articles})(?:(?<=['’])|\s+))?"
            rf"(?P<noun>(?-i:[^\W\d_A-ZÀ-Ý])[\w'’-]*)(?:\s+{of}[^\d,;:.()]{{1,40}}?)?"
            rf"\s+(?:{alt('change_particles')})(?:(?<=['’])|\s+)$",
            re.IGNORECASE,
        )
        langs = (lang,) if lang in LANGS else LANGS
        self.prepositions = frozenset(
            w for w in STOP if len(w) > 1 and w not in words("nouns", "articles", lang)
        )
        self.langs = langs

        def last_words(*entries: str) -> frozenset[str]:
            return frozenset(
                re.split(r"[\s'’]+", w.lower().strip("'’"))[-1]  # "l'" ends with "l"
                for entry in entries
                for w in words("nouns", entry, lang)
            )

        # the word right before a figure that may end a valuation or a change phrase
        self.valuation_ends = last_words("valuation_particles")
        self.change_ends = last_words("change_verbs", "change_particles")


@lru_cache(maxsize=8)
def _grammar(lang: str | None) -> _Grammar:
    return _Grammar(lang)


def share_of(text: str, pos: int, limit: int, lang: str | None, concepts: Concepts):
    """(start, end, concept) of what a percentage ending at `pos` is a share of, written
    after it ("28 % des conducteurs", "31% of teachers", "31,4 % le taux de grévistes")."""
    g = _grammar(lang)
    m = g.share.match(text, pos, limit)
    found = noun_at(text, m.end(), limit, lang, concepts) if m else None
    lead = m.group().strip().lower().replace("’", "'") if m else ""
    if (
        found
        and lead in words("nouns", "articles", lang)
        and is_duration(text[found[0] : found[1]].split()[0], lang)
    ):
        return None  # "una crescita dello 0,8% l'anno prossimo": when, not of what
    return found


def attributive(text: str, start: int, end: int, limit: int, concepts: Concepts):
    """(start, end, concept) of the noun an English percentage at `text[start:end]` stands
    before as its adjective ("a 40% premium", "the 6% cap", "its 12% stake"): what the
    copy calls that rate; None without a determiner before the figure, or when a change
    ("a 5% rise") or no noun follows it.

    >>> from sourcecheck.extract.lexicon import load_concepts
    >>> text = "Dorvane holds a 12% stake in the port."
    >>> found = attributive(text, text.index("12"), text.index("%") + 1, len(text), load_concepts())
    >>> text[found[0] : found[1]]
    'stake'
    """
    digit = _DIGIT.search(text, start, end)
    if not digit or not _DETERMINER.search(text, max(0, digit.start() - 12), digit.start()):
        return None
    m = _ATTRIBUTIVE.match(text, end, limit)
    if m is None or m.group(1).lower() in STOP | words("nouns", "change_names", "en"):
        return None
    found = noun_at(text, m.start(1), limit, "en", concepts)
    if found is not None and not found[2]:
        found = m.start(1), m.end(1), None  # "the 6% cap set by law": not its participle
    base = _BASE.match(text, found[1], limit) if found else None
    # "a 38% premium to Friday's close": the base it is measured against is part of the noun
    return (found[0], base.end(), found[2]) if base else found


_DIGIT = regexcache.compile(r"\d")
_DETERMINER = regexcache.compile(
    r"(?:\b(?:a|an|the|its|their|his|her|our|this|that)|['’]s)\s+$", re.I
)
_ATTRIBUTIVE = regexcache.compile(r"\s+([a-z][a-z-]*)\b(?![-'’])(?!\s+of\b)")  # "share of …"


def named_share(text: str, pos: int, lo: int, lang: str | None, concepts: Concepts):
    """(start, end, concept) of the noun an article and "de"/"di"/"of" tie to the percentage
    starting at `pos` ("un'adesione del 60%", "une participation de 54 %", "a turnout of
    58%"), not a change noun ("une hausse de 6 %"). `lo`: where the sentence starts."""
    m = _grammar(lang).named.search(text, max(lo, pos - 55), pos)
    return noun_at(text, m.start("noun"), m.end("noun"), lang, concepts) if m else None


def change_named(text: str, pos: int, lo: int, lang: str | None) -> tuple[int, int] | None:
    """(start, end) of the change noun an article or "en"/"in" opens right before the
    percentage starting at `pos` ("une baisse de 3 %", "in calo del 4%", "a rise of 2%"):
    the copy names the figure by its change, whatever it is the change of. `lo`: where the
    sentence starts.

    >>> text = "Les ventes de Norvale, en recul de 7 %, déçoivent."
    >>> span = change_named(text, text.index("7 %"), 0, "fr")
    >>> text[span[0] : span[1]]
    'recul'
    """
    m = _grammar(lang).change_named.search(text, max(lo, pos - 40), pos)
    return (m.start("noun"), m.end("noun")) if m else None


def scale_before(text: str, pos: int, lo: int, lang: str | None, concepts: Concepts):
    """(start, end, concept) of the scale a figure starting at `pos` is a reading of, named
    right before it ("un séisme de magnitude 6,1", "the magnitude 6.1 quake", "rischio
    valanghe di grado 4": `nouns.yaml` `scale_names`), or None. `lo`: where the sentence
    starts.

    >>> from sourcecheck.extract.lexicon import load_concepts
    >>> text = "Un séisme de magnitude 6,1 a frappé la région."
    >>> span = scale_before(text, text.index("6,1"), 0, "fr", load_concepts())
    >>> text[span[0]:span[1]], span[2]
    ('magnitude', 'magnitude')
    """
    m = _grammar(lang).scale.search(text, max(lo, pos - 20), pos)
    if m is None:
        return None
    return noun_at(text, m.start("name"), m.end("name"), lang, concepts)


def of_ratio_base(text: str, pos: int, lang: str | None) -> bool:
    """Whether a percentage ending at `pos` is a share of an economy ("2,8 % du PIB",
    "136% of GDP", `nouns.yaml` `ratio_bases`): its base, not what it measures.

    >>> of_ratio_base("un déficit de 2,8 % du PIB", 19, "fr")
    True
    """
    g = _grammar(lang)
    m = g.share.match(text, pos)
    return m is not None and g.ratio_base.match(text, m.end()) is not None


def clause_noun(text: str, pos: int, lo: int, lang: str | None, concepts: Concepts):
    """(start, end, concept) of the noun a figure starting at `pos` stands for when its own
    words name a base or a place: what a share of an economy measures ("le déficit public à
    2,8 % du PIB", "cut the deficit to 2.8% of GDP", "Public debt is seen at 136.2% of GDP"),
    what a count of places holds ("Les malades vivent dans 3 départements"): the last noun phrase an
    article (definite or not) opens in its clause, else the clause's first noun, else None.
    `lo`: where the sentence starts.

    >>> from sourcecheck.extract.lexicon import load_concepts
    >>> text = "Le plan ramène le déficit public à 2,8 % du PIB."
    >>> span = clause_noun(text, text.index("2,8"), 0, "fr", load_concepts())
    >>> text[span[0]:span[1]]
    'déficit'
    """
    g = _grammar(lang)
    start = max(lo, pos - SUBJECT_WINDOW)
    marks = list(_CLAUSE_MARK.finditer(text, start, pos))
    clause = marks[-1].end() if marks else start
    for a in reversed(list(g.any_article.finditer(text, clause, pos))):
        found = noun_at(text, a.end(), pos, lang, concepts)
        if found:
            return found
    first = _FIRST_WORD.search(text, clause, pos)
    if first and first.group().lower() not in STOP:
        return noun_at(text, first.start(), pos, lang, concepts)
    return None


def share_of_it(text: str, pos: int, limit: int, lang: str | None) -> bool:
    """Whether a percentage ending at `pos` is a share of a pronoun ("about 28% of it", "il
    30 % di essi"): of the thing the last figure of the sentence counts."""
    m = _grammar(lang).share.match(text, pos, limit)
    word = _FIRST_WORD.match(text, m.end(), limit) if m else None
    return bool(word) and word.group() in pronouns(lang)


def changed_noun(text: str, pos: int, limit: int, lang: str | None, concepts: Concepts):
    """(start, end, concept) of what a percentage ending at `pos` is a change of, written
    after its change noun ("a 5% rise in prices", "un 3 % di aumento dei prezzi")."""
    m = _grammar(lang).change_noun.match(text, pos, limit)
    return noun_at(text, m.end(), limit, lang, concepts) if m else None


def share_of_last(text: str, end: int, start: int, stop: int, lang: str | None) -> bool:
    """Whether a percentage at `text[start:stop]` stands in brackets right after a count and
    its noun, or after a comma and "or"/"soit"/"ossia", the count's words ending at `end`
    ("Elena Morvi 5 300 voti (22,4%)", "the Farmers with 830 (12.5%)", "1 250 voix, soit
    18 %"): the share that count is of its whole, so a share of the same noun.

    >>> text = "Giulia Sarti 4.120 voti (36,8%)."
    >>> share_of_last(text, text.index(" ("), text.index("36"), text.index(")"), "it")
    True
    """
    if not _grammar(lang).share_aside.fullmatch(text, end, start):
        return False
    return "(" not in text[end:start] or text.startswith(")", stop)


_SIGN = regexcache.compile(r"[+−]|(?<=[\s(])-")


def change_of_last(text: str, start: int, lo: int, lang: str | None) -> bool:
    """Whether the words right before a percentage starting at `start` make it the change of
    the last figure ("un chiffre d'affaires de 4,2 milliards, en hausse de 6 %", "a net
    profit of €1.2bn, up 14%", "3,4 miliardi di euro (+9 %)"): it takes that figure's noun.
    `lo`: where the sentence starts."""
    if start > lo and _SIGN.match(text, start - 1):
        return True
    return bool(_grammar(lang).change_lead.search(text, max(lo, start - 40), start))


def level_of_change(text: str, end: int, start: int, lang: str | None) -> bool:
    """Whether only a word of a change's level stands between a percentage ending at `end`
    and a count starting at `start` ("attendance fell 12% to 1.1 million", "la fréquentation
    a baissé de 8 %, à 2,3 millions"): the count is the level the change brought its noun to.

    >>> level_of_change("Attendance fell 12% to 1.1 million.", 19, 23, "en")
    True
    """
    return start - end <= 25 and bool(_grammar(lang).level.fullmatch(text, end, start))


def measured(
    text: str, start: int, end: int, lo: int, hi: int, lang: str | None, concepts: Concepts
):
    """(start, end, concept) of what a measure at `text[start:end]` measures, named before a
    dimension adjective ("Il gasdotto, lungo 260 km", "un gazoduc long de 260 km") or before
    the measure that an adjective follows ("a pipeline 260 km long"). `lo`, `hi`: the
    sentence's bounds."""
    g = _grammar(lang)
    m = g.dimension_before.search(text, max(lo, start - 60), start)
    if not m and g.dimension_after.match(text, end, hi):
        m = g.noun_before.search(text, max(lo, start - 40), start)
    if not m or m.group("noun").lower() in STOP or m.group("noun")[0].isupper():
        return None
    return noun_at(text, m.start("noun"), m.end("noun"), lang, concepts)


def elided_unit(text: str, measure, count, hi: int, lang: str | None) -> str:
    """Whether a bare `count` (a quantity with no unit) takes the unit of the `measure` just
    before it in its sentence: compared with it ("180 tonnes, contre les 40 annoncées mardi",
    "81 mph, against 80 allowed") or given as a difference ("130 km/h, cioè 50 in più del
    limite", "190 millimetri di pioggia, 250 in meno della media"). Not a percentage's: a
    bare count after one ("48 %, contre 44 …") is left as it is. "link" or "difference" for
    the shape found, "" for none: a difference's words ("de plus") are no noun of the count,
    while a compared count with a noun of its own ("contre 60 camions") takes no unit. `hi`: the sentence's
    end. Only a measure of the same order (within 100 times) is taken.

    >>> from sourcecheck.quantities import parse_quantities
    >>> text = "Le pétrolier a perdu 180 tonnes, contre les 40 annoncées mardi."
    >>> measure, count = parse_quantities(text, "fr")
    >>> elided_unit(text, measure, count, len(text), "fr")
    'link'
    """
    if count.start - measure.end > 80 or not measure.value or not count.value:
        return ""
    if not 0.01 <= count.value / measure.value <= 100:
        return ""
    g = _grammar(lang)
    if g.unit_link.search(text, measure.end, count.start) or sided(text, measure, count, lang):
        return "link"
    if _CLAUSE_MARK.search(text, measure.end, count.start) and g.unit_difference.match(
        text, count.end, hi
    ):
        return "difference"
    return ""


def sided(text: str, before, count, lang: str | None) -> bool:
    """Whether a bare `count` gives another source's account of the figure `before` it, in
    two clauses that each cite their source: "3,1 miliardi secondo la Ragioneria, 3,8 per
    la Corte", "27 km selon la préfecture, 31 selon l'ONG". The count drops the unit or scale
    word the first account writes.

    >>> from sourcecheck.quantities import parse_quantities
    >>> text = "Le coût: 3,6 milliards selon Bercy, 4,1 selon la Cour des comptes."
    >>> first, second = parse_quantities(text, "fr")
    >>> sided(text, first, second, "fr")
    True
    """
    if count.start - before.end > 80:
        return False
    g = _grammar(lang)
    return bool(
        g.sided_before.search(text, before.end, count.start)
        and g.sided_after.match(text, count.end)
    )


def elided_scale(text: str, scaled, count, lang: str | None) -> float:
    """The factor a bare `count` takes from the figure `scaled` before it (a figure with a
    scale word: "3,1 miliardi") when it gives another source's account of it (`sided`): 1e9
    for "3,1 miliardi secondo la Ragioneria, 3,8 per la Corte". 0.0 when it takes none. Only a
    count of the same order as the figure's own number (within 10 times) takes it.

    >>> from sourcecheck.quantities import parse_quantities
    >>> text = "Le coût: 3,6 milliards selon Bercy, 4,1 selon la Cour des comptes."
    >>> first, second = parse_quantities(text, "fr")
    >>> elided_scale(text, first, second, "fr")
    1000000000.0
    """
    factor = scale_of(scaled.scale, lang)[1] if scaled.scale in SCALE_NAMES else 0.0
    if not factor or not count.value or not scaled.value:
        return 0.0
    if not 0.1 <= count.value * factor / scaled.value <= 10:
        return 0.0
    return factor if sided(text, scaled, count, lang) else 0.0


def announced(text: str, pos: int, limit: int, lang: str | None, concepts: Concepts):
    """(start, end, concept) of the noun a phrase after the count announces: "Plus de 2
    millions : c'est le nombre de grévistes"."""
    m = _grammar(lang).cataphora.match(text, pos, limit)
    return noun_at(text, m.end(), limit, lang, concepts) if m else None


def tallied(text: str, pos: int, lo: int, lang: str | None, concepts: Concepts):
    """(start, end, concept) of the noun a counting noun names before the colon right before
    the count at `pos` ("Le nombre de manifestants fait débat : 700 000 selon la CGT", "the
    number of marchers is disputed: 90,000 according to organisers"): the accounts after the
    colon count that noun. `lo`: where the sentence starts.

    >>> from sourcecheck.extract.lexicon import load_concepts
    >>> text = "Il numero dei feriti è incerto: 40 secondo il Comune."
    >>> start, end, _ = tallied(text, text.index("40"), 0, "it", load_concepts())
    >>> text[start:end]
    'feriti'
    """
    colon = _COLON_BEFORE.search(text, max(lo, pos - 4), pos)
    if not colon:
        return None
    at = max(lo, colon.start() - TALLY_WINDOW)
    named = [m.end() for m in _grammar(lang).tally.finditer(text, at, colon.start())]
    return noun_at(text, named[-1], colon.start(), lang, concepts) if named else None


_COLON_BEFORE = regexcache.compile(r":\s*$")  # a colon and spaces right before a count


def tally_named(text: str, lo: int, hi: int, lang: str | None, concepts: Concepts):
    """(start, end, concept) of the first noun a counting noun names in `text[lo:hi]` ("le
    nombre de sinistrés", "the number of evacuees", "il numero degli sfollati"), or None: what
    a sentence says it counts, when its only figure is a span of time ("Le nombre de sinistrés
    augmente après deux semaines de crue. La préfecture en comptait 800 mardi").

    >>> from sourcecheck.extract.lexicon import load_concepts
    >>> text = "Le nombre de sinistrés augmente après deux semaines de crue."
    >>> start, end, _ = tally_named(text, 0, len(text), "fr", load_concepts())
    >>> text[start:end]
    'sinistrés'
    """
    m = _grammar(lang).tally.search(text, lo, hi)
    return noun_at(text, m.end(), hi, lang, concepts) if m else None


def joined(text: str, end: int, start: int, lang: str | None) -> bool:
    """Whether only a range word joins a count ending at `end` to the next one starting at
    `start` ("de 18 à 15 mois", "3 or 4 days"), or "of" and an owner's name ("4 of Italy's
    20 regions"): the two share the second one's noun.

    >>> joined("in 4 of Castelvane's 20 districts", 4, 21, "en")
    True
    """
    if _OF_OWNER.fullmatch(text, end, start):
        return True
    return start - end <= 12 and bool(_grammar(lang).joins.fullmatch(text, end, start))


# "of" and a name's possessive between two counts: "4 of Italy's 20 regions"
_OF_OWNER = regexcache.compile(
    r"\s+of\s+(?-i:[A-Z])[^\W\d_]*(?:[\s-](?-i:[A-Z])[^\W\d_]*)?['’]s\s+$"
)


def subject_before(text: str, pos: int, lo: int, lang: str | None, concepts: Concepts):
    """(start, end, concept) of the noun a verb right before the figure at `pos` sets to it:
    a valuation verb's object ("put turnout at 2.5 million"), else the subject of a change
    verb ("the death toll … rose to 5", "le taux de grévistes a dépassé 50 %"): the first
    noun phrase of the clause opened by an article and not by a preposition, else a noun
    after a name ("Quintex shares closed down 2.3%"). `lo`: where the sentence starts."""
    g = _grammar(lang)
    step = g.point_step.search(text, max(lo, pos - 50), pos)
    pos = step.start() if step else pos  # "rose 0.6 points to 8.3%": the verb before the change
    last = _LAST_WORD.search(text, max(lo, pos - 30), pos)
    if not last:
        return None
    last = last.group(1).lower()
    start = max(lo, pos - SUBJECT_WINDOW)
    if last in g.valuation_ends:
        m = g.valuation.search(text, max(start, pos - VALUATION_WINDOW), pos)
        if m:
            return noun_at(text, m.start("noun"), m.end("noun"), lang, concepts)
    m = g.change.search(text, max(start, pos - 40), pos) if last in g.change_ends else None
    if not m:
        return None
    verb = m.start()
    marks = list(_CLAUSE_MARK.finditer(text, start, verb))
    clause, end = (marks[-1].end() if marks else start), verb
    if (
        len(marks) >= 2
        and not text[clause:verb].strip()
        and _APPOSITION.fullmatch(text, marks[-2].start(), marks[-1].end())
    ):  # "Il gasdotto, lungo 260 km, costerà": the subject stands before the aside
        clause, end = (marks[-3].end() if len(marks) >= 3 else start), marks[-2].start()
    clause = _clause_start(text, clause, end, g)
    found = _first_subject(text, clause, end, lang, concepts)
    if found or end != verb:
        return found
    if known := _known_clause(text, clause, verb, lang, concepts):
        return known  # "Hospital admissions reached 310": not a name and its noun
    words_before = re.findall(rf"{_WORD}", text[clause:verb])
    if len(words_before) >= 2 and words_before[-2][0].isupper() and words_before[-1].islower():
        at = text.rindex(words_before[-1], clause, verb)
        return noun_at(text, at, verb, lang, concepts)
    if words_before and _bare_subject(words_before[0], lang):
        found = noun_at(text, text.index(words_before[0], clause, verb), verb, lang, concepts)
        if len(words_before) == 1:  # "Turnout was 61%"
            return found
        # "Turnout over the two days of voting was 48.7%": a known noun opens the clause
        if found and found[2] and text[found[0] : found[1]].lower() == words_before[0].lower():
            return found
    return None


def valued_after(
    text: str, start: int, end: int, lo: int, hi: int, lang: str | None, concepts: Concepts
):
    """(start, end, concept) of a valuation verb's object written after the figure at
    `text[start:end]`, the verb and its particle right before it: "la coopérative a chiffré
    à 45 tonnes les fruits retirés", "ha quantificato in 27 milioni i danni". Why: the verb
    there is no noun of the figure; its object, after it, is. `lo`, `hi`: the sentence's
    bounds.

    >>> from sourcecheck.extract.lexicon import load_concepts
    >>> text = "La coopérative a chiffré à 45 tonnes les fruits retirés."
    >>> at, to = text.index("45"), text.index(" les")
    >>> found = valued_after(text, at, to, 0, len(text), "fr", load_concepts())
    >>> text[found[0] : found[1]]
    'fruits'
    """
    g = _grammar(lang)
    if not g.valued_verb.search(text, max(lo, start - VALUATION_WINDOW), start):
        return None
    m = g.object_after.match(text, end, hi)
    return noun_at(text, m.end(), hi, lang, concepts) if m else None


def _clause_start(text: str, clause: int, end: int, g: _Grammar) -> int:
    """Where the clause holding `end` opens, from `clause` on: after the last relative,
    reporting verb or subordinator ("… un réseau dont les bénéfices sont estimés à", "the
    company said sales dropped 12%", "a loss as revenue dropped 9%"), or after a conjunction
    that follows a figure ("sales rose 5% and the profit lost 12%")."""
    relatives = list(g.relative.finditer(text, clause, end))
    if relatives:
        clause = relatives[-1].end()
    joins = [
        j
        for j in g.conjunction.finditer(text, clause, end)
        if _DIGIT.search(text, clause, j.start())
    ]
    return joins[-1].end() if joins else clause


def _known_clause(text: str, clause: int, verb: int, lang: str | None, concepts: Concepts):
    """(start, end, concept) of the words between a clause's start and its verb when the
    lexicon knows them whole as one noun ("Hospital admissions", "jobless claims"), else
    None: a capital that opens the sentence is no name there.

    >>> from sourcecheck.extract.lexicon import load_concepts
    >>> _known_clause("Hospital admissions reached 310.", 0, 20, "en", load_concepts())
    (0, 19, 'hospitalisation')
    """
    phrase = text[clause:verb].strip()
    concept = concepts.lookup(key(phrase), lang) if phrase else None
    if not concept:
        return None
    start = text.index(phrase, clause, verb)
    return start, start + len(phrase), concept


def _first_subject(text: str, clause: int, end: int, lang: str | None, concepts: Concepts):
    """(start, end, concept) of the first noun phrase an article (definite or not: "a net
    loss rose to") or a possessive opens in `text[clause:end]`, not after a preposition
    ("dans les écoles", "pour une usine" say where or what for), or None."""
    g = _grammar(lang)
    for a in g.article.finditer(text, clause, end):
        before = text[max(clause, a.start() - 20) : a.start()].split()
        if before and before[-1].lower().strip("'’") in g.prepositions:
            continue  # "dans les écoles": a place or a time, not the subject
        found = noun_at(text, a.end(), end, lang, concepts)
        if found:
            return found
    return None


GAP_REACH = 90  # characters before a figure where a gapped clause and the last figure stand


def gapped(text: str, pos: int, lo: int, lang: str | None, concepts: Concepts):
    """(start, end, concept) of the subject of a clause that leaves out the verb of the clause
    before it, between a figure's conjunction and the particle right before the figure at
    `pos` ("l'inflation reculerait à 2,1 % et le chômage à 7,4 %", "inflation should ease to
    2% and unemployment to 6.5%", "l'inflazione scenderebbe all'1,8% e la disoccupazione al
    7%"): the figure is that subject's, not the last figure's. `lo`: where the sentence
    starts.

    >>> from sourcecheck.extract.lexicon import load_concepts
    >>> text = "Les ventes grimperaient de 4 % et les marges de 2 %."
    >>> start, end, _ = gapped(text, text.index("2 %"), 0, "fr", load_concepts())
    >>> text[start:end]
    'marges'
    """
    m = _grammar(lang).gapped.search(text, max(lo, pos - GAP_REACH), pos)
    noun = m and m.group("noun")
    return (
        None if not noun or noun.lower() in STOP else noun_at(text, *m.span("noun"), lang, concepts)
    )


def _bare_subject(word: str, lang: str | None) -> bool:
    """Whether the one word before a change verb can be its subject: no pronoun ("It was
    61%"), no function word or preposition."""
    lower = word.lower()
    return lower not in STOP and lower not in pronouns(lang)


def contrary(word: str, other: str) -> bool:
    """Whether `word` is the contrary of `other` by a negating prefix ("indirects" of
    "directs", "non-residents" of "residents"): an adjective eliding the same noun."""
    a, b = word.lower(), other.lower()
    if len(a) < 4 or len(b) < 4 or a == b:
        return False
    short, long_ = sorted((a, b), key=len)
    prefix = long_[: len(long_) - len(short)]
    return long_.endswith(short) and prefix in load("nouns")["negating_prefixes"]
