"""The words of attribution per language, compiled once into the patterns extraction uses.

Why
---
"selon", "according to", "secondo"; "a chiffré à", "ha contato"; "le maire", "il sindaco":
the words that say who gave a figure change with the language, the grammar that combines
them does not (STYLE: words are data, code is grammar). `frames/data/attribution.yaml` holds
the words; this module turns them into compiled patterns, one set per language and one for a
document of unknown language (every language's words), built on first use and kept for the
process. Word sets (`*_words`) let a caller skip a pattern when its sentence cannot match.
Each pattern compiles on its first use (`lazyre`): a run pays only for the patterns its
documents reach (the every-language vocabulary serves a handful of look-ups).

Example
-------
>>> v = vocabulary("fr")
>>> bool(v.pre.search("245 000 manifestants selon la ")), bool(v.pre.search("selon lesquels "))
(True, False)
>>> v.generic_kind("mairie"), vocabulary("en").generic_kind("company")
('town', 'company')
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from importlib import resources

from sourcecheck import regexcache
from sourcecheck.lazyre import lazy
from sourcecheck.reading import load_shipped

LANGUAGES = ("fr", "en", "it")
# English words keep their stem: a verb stem takes at most this many more letters
# ("report" → reported, reports; not "reportedly"). French and Italian conjugate freely.
_LIMITS = {"en": 3}
_ENDINGS = {lang: rf"\w{{0,{n}}}\b" for lang, n in _LIMITS.items()}
_FREE = r"\w*"
# Names: capitalised words ("Quintex Systems", "S.p.A.").
UPPER = "A-ZÀ-ÖØ-Þ"
NAME = rf"[{UPPER}][\w&'’-]*(?:\.(?=\w)[\w&'’-]*)*"
NAMES = rf"{NAME}(?:\s+{NAME}){{0,3}}"
_PRENOMINAL = {"en"}  # languages that put a body's adjectives first ("the EU agency")
# a character of an English relative clause between a speaker and its verb: no figure, but a
# year ("X, which took over in 2019, said")
_NO_FIGURE = r"(?:[^;\d]|(?<!\d)(?:1[89]|20)\d\d(?!\d))"


@lru_cache(maxsize=16384)
def _phrase(word: str) -> str:
    """A written entry as a pattern: any spacing, either apostrophe."""
    parts = (re.sub("['’]", "['’]", re.escape(p)) for p in word.split())
    return r"\s+".join(parts)


def _apostrophes(word: str) -> tuple[str, str]:
    """`word` with either apostrophe ("d'" → "d'", "d’"), as `_phrase` reads it."""
    return word.replace("’", "'"), word.replace("'", "’")


def ends_with_of(v: Vocabulary, text: str, lo: int, hi: int) -> bool:
    """Whether `text[lo:hi]`, trailing spaces aside, ends with the last word of an `of` of
    `v` ("la commune de ", "the town of "): what `place_of` and `qualified_word` need.

    >>> v = vocabulary("fr")
    >>> ends_with_of(v, "la commune de ", 0, 14), ends_with_of(v, "a dit ", 0, 6)
    (True, False)
    """
    return text[lo:hi].rstrip().lower().endswith(v.of_ends)


def alternation(words: Iterable[str]) -> str:
    """`(?:longest|…|shortest)`; a pattern that never matches when there are no words."""
    items = regexcache.longest_first(str(w) for w in words if str(w).strip())
    if not items:
        return "(?!)"
    flat = "|".join(_phrase(w) for w in items)
    return "(?:" + regexcache.factored(flat, lambda: [_units(w) for w in items]) + ")"


def _units(word: str) -> list[str]:
    """`_phrase(word)` as `regexcache.factored`'s units: one per character."""
    out: list[str] = []
    for n, part in enumerate(word.split()):
        out += [r"\s+"] if n else []
        out += ["['’]" if c in "'’" else re.escape(c) for c in part]
    return out


class Vocabulary:
    """The compiled attribution patterns of one language (or of all, `lang=None`)."""

    def __init__(self, lang: str | None, sections: dict[str, dict], kinds: dict[str, dict]):
        self.lang = lang
        langs = [lang] if lang in sections else list(sections)
        words = {k: [w for lg in langs for w in sections[lg].get(k) or ()] for k in _LISTS}
        self.kinds = kinds
        self._generic = {
            _norm(w): kind
            for lg in langs
            for kind, nouns in (sections[lg].get("generic") or {}).items()
            for w in nouns
        }

        def stems(key: str) -> str:
            """Verb stems with their endings, never a noun made from them nor a stem right
            after an indefinite article (a noun there)."""
            groups = [
                alternation(sections[lg].get(key) or ())
                + rf"(?!\w*{alternation(sections[lg].get('nominal') or ())}\b)"
                + _ENDINGS.get(lg, _FREE)
                for lg in langs
            ]
            # ("pour un chiffre d'affaires de…": after an indefinite article, a noun)
            not_after_article = "".join(
                rf"(?<!\b{re.escape(a)}\s)"
                for lg in langs
                for a in sections[lg].get("indefinites") or ()
            )
            return not_after_article + "(?:" + "|".join(groups) + ")"

        # Which verbs a word may be (a prefix test, cached per word): a sentence without a
        # verb of saying needs no pattern that looks for one.
        self._classes = [  # (bit, stems, their lengths, letters after a stem, nominal endings)
            (
                bit,
                *_prefixes(sections[lg].get(key) or ()),
                _LIMITS.get(lg),
                tuple(str(e) for e in sections[lg].get("nominal") or ()),
            )
            for lg in langs
            for bit, key in ((SAYING, "speech"), (COUNTING, "counting"), (ACTION, "action"))
        ]
        self._phrase_words = frozenset(_first(w) for w in words["phrases"])
        self._features: dict[str, int] = {}
        of = alternation(words["of"])
        particles = alternation(words["particles"])
        self.particle_words = frozenset(_norm(w) for w in words["particles"])
        # "Città di Castello", "Bouches-du-Rhône", "Mar Ligure": a place or body's own name
        qname = rf"{NAME}(?:\s+(?:{particles}\s+)?{NAME}){{0,3}}"
        # a person: two or three capitalised words, with a particle ("Catherine De Bolle")
        person = (
            rf"[{UPPER}][a-zà-ÿ'’-]+(?:\s+(?:{particles}\s+)?[{UPPER}][\w'’-]+){{1,2}}(?![\w'’-])"
        )
        art = rf"(?:{alternation(words['determiners'])}\s*){{0,2}}"  # "la stessa", "la même"
        self.art = art
        self.of, self.qname = of, qname  # for patterns built elsewhere (`extract.offices`)
        saying = rf"(?:{alternation(words['phrases'])}|{stems('speech')})"
        # "La cooperativa conta di raccogliere…", "counts on": a verb of counting that intends or
        # relies, with its preposition, counts nothing
        intending = rf"(?!{alternation(words['intending'])}\b)" if words["intending"] else ""
        # "L'indagine, sostenuta da Europol, …": a verb of saying whose participle, before its
        # agent, means support says nothing ("ha sostenuto che…" still says)
        by_word = rf"{alternation(words['by'])}(?:(?<=['’])|\b)"
        supporting = (
            rf"(?!{alternation(words['supporting'])}\s+{by_word})" if words["supporting"] else ""
        )
        speech = rf"{intending}{supporting}(?:{saying}|{stems('counting')})"
        verbs = rf"(?:{speech}|{stems('action')})"
        rel = alternation(words["relatives"])
        aux = (
            rf"(?:{alternation(words['auxiliaries'])}"
            rf"|{alternation(words['progressive'])}(?=\s+\w+ing\b))"
        )
        adv = alternation(words["adverbs"])
        i = re.IGNORECASE
        # "selon le bulletin de l'ARS", "secondo l'aviazione civile francese (Dgac)": the name
        # after a description's article or in its parenthesis, or after a title ("selon M. X")
        self.pre = lazy(
            rf"(?:\b{alternation(words['markers'])}(?!\s+{alternation(words['not_markers'])}\b)"
            # (a marker may end on an elided article: "stando all'Istat", "si apprende dall'Anas")
            rf"(?:(?<=['’])|\s+){art}(?:[\w'’-]+\.?\s+){{0,8}}(?:\(|{art})$"
            rf"|\b{alternation(words['direct'])}\s+{art}$"
            rf"|\b{alternation(words['counts'])}\s+(?:{of}|{alternation(words['count_links'])})"
            rf"\s*{art}$"
            # ("i dati Istat indicano", "les données Insee montrent": the name right after)
            rf"|\b{alternation(words['counts'])}\s+$)",
            i,
        )
        # "annoncés par", "relogées par la municipalité": a participle, then its agent
        # ... that ends as a participle does: "la stima del carburante fuoriuscito dalla nave"
        # has no agent ("stima" is a noun of counting, not "stimata")
        ends = regexcache.longest_first(str(e) for e in words["participle_endings"])
        as_participle = "(?:" + "|".join(f"(?<={re.escape(e)})" for e in ends) + ")" if ends else ""
        participles = (
            rf"(?:{stems('passive')}|{stems('action')}|{stems('counting')}){as_participle}"
        )
        # "recuperati dai volontari di Ali Serene": a body's people, then the body
        self.people_of_words = frozenset(_norm(w) for w in words["people_of"])
        # (a vessel's own name between: "dal pattugliatore Diciotti della Guardia costiera")
        people_of = (
            rf"(?:{alternation(words['people_of'])}(?:\s+(?-i:[{UPPER}][\w-]*)){{0,3}}(?:\s+\d+)?"
            rf"\s+(?:{of}|from)(?:(?<=['’])|\s+){art})?"
        )
        # "rescuers from the Alpine Rescue Service": a body's people before the body they
        # belong to (the body speaks, not the group as written)
        self.people_before_body = lazy(rf"\s+(?:{of}|from)(?:(?<=['’])|\s+){art}[{UPPER}]", i)
        # (a time between: "donné en fin de matinée par la Sécurité civile"; the figure itself,
        # its decimal comma too: "estimé à 4,1 % par l'Insee"; a fourth word between gained
        # the frozen half 3 source figures but cost alignment a false positive and an update
        # read as a conflict: kept at three)
        token = r"(?:[^\s,;]|(?<=\d),(?=\d))+"
        # (or the figure the participle puts at, and its unit, up to three words: "put at 58
        # million euros by the harbour board", "estimés à 21 millions d'euros par la chambre")
        put_at = (
            rf"{alternation(words['locatives'])}\s+\d(?:{token})?(?:\s+(?!\d){token}){{0,3}}?\s+"
        )
        self.passive = lazy(
            rf"\b{participles}\s+(?:(?:(?:{adv}|{token})\s+){{0,3}}?|{put_at})"
            rf"{alternation(words['by'])}\s*{art}"
            rf"{people_of}$",
            i,
        )
        # "Lo ha reso noto la prefettura", "C'est ce qu'a indiqué la mairie": pointing back
        back = rf"{alternation(words['backward'])}(?:(?<=['’])|(?!\w))"
        # "…, a indiqué à l'AFP la préfecture": whom it was said to, between verb and speaker
        told = rf"(?:{alternation(words['recipients'])}\s*{art}[\w'’-]+\s+)?"
        # (a time of a few words between verb and speaker: "ha reso noto in tarda serata la
        # Prefettura", "a indiqué dans la soirée de mardi la préfecture"; never "that")
        when_words = (
            rf"(?!(?:{alternation([*words['complementizers'], *words['relatives']])})\b)"
            r"[a-zà-ÿ][a-zà-ÿ'’]*"
        )
        # "Come riferisce l'Ansa, …", "Comme l'indique la préfecture": `as` opens, the figures
        # after it are its too (its object's clitic between: "Comme l'affirme la direction")
        as_clitic = rf"(?:{alternation(words['clitics'])}(?:(?<=['’])|\s+))?"
        self.inverted = lazy(
            rf"(?:(?:[,»\"”:(—–]|(?<=\s)-(?=\s))\s*|{back}\s*|(?P<as>\b{alternation(words['as_openers'])})\s+{as_clitic})"
            rf"(?P<at>(?:{aux}\s+)?(?:{adv}\s+)?{speech}\s+(?:(?:{adv}|{when_words})\s+){{0,5}}?"
            rf"{told}{art})$",
            i,
        )
        # "La RTM, elle, a assuré", "le ministre, en visite à Nîmes, a annoncé": an aside
        # a relative clause after a speaker, its figures included ("X, che impiega 9.000
        # persone, ha detto"), never over a comma and an auxiliary: that is the main clause's
        # verb ("La tempête, qui a balayé la région, a fait 2 morts, a annoncé la préfecture").
        # English keeps figures out of it: with them, the frozen half of bench/sources.py lost
        # 3 English figures (a measured choice, not a rule of grammar; with them bench/gold.py's
        # frozen half read 4 more: the two benches disagree); a year is no figure
        # ("The Quillan Water Board, which took over in 2019, said")
        relative = rf"(?:(?!,\s*(?:{aux})\s)[^;])" if lang != "en" else _NO_FIGURE
        # (French and Italian asides run longer: "Brunvald, frappé par une grève des livreurs
        # en début de mois, a reconnu"; English keeps 40 characters: at 60 the frozen half
        # of bench/gold.py lost 2 English sources, a measured choice)
        aside = _aside(adv, 40 if lang == "en" else 60)
        # (the place a body's description ends on, after `of`, its article included: "l'office
        # régional des forêts de la Valdène a recensé", "the water board of the Vale counted")
        of_place = rf"(?:\s+{of}(?:(?<=['’])|\s+){art}(?-i:[{UPPER}])[\w'’-]*)?"
        core = (
            rf"(?:\s*\([^)]{{1,40}}\))?(?:,\s*{rel}\b{relative}{{1,120}}?,)?{aside}"
            rf"(?:\s+{alternation(words['locatives'])}\s+{art}"
            rf"(?:(?:[a-zà-ÿ-]+\s+)?{alternation(words['place_nouns'])}\s+{of}\s*)?[\w'’-]+"
            rf"(?:\s+{particles}\s+[\w'’-]+)?)?{of_place}"
            rf"(?:\s+\w[\w-]*){{0,2}}?(?:,?\s+{rel})?\s+"  # (a lone dash is no word: "X - Floods")
            rf"(?:{alternation(words['clitics'])}\s*)?"
        )
        # (an aside of adverbs between the auxiliary and its verb: "a, pour sa part, saisi")
        aside_adv = rf"(?:,\s*{adv}\s*,\s*|{adv}\s+)"
        # ... or after the verb, before what it says ("la police parle, elle, de 35 000"): the
        # commas close no clause
        self.adverb_aside = lazy(rf",\s*{adv}\s*,", i)
        lead = rf"{core}(?:{aux}(?:\s+|(?=,)))?{aside_adv}?"
        # "la Procura ha iscritto 3 persone", "Voliamo a pour sa part annulé 143 vols": a
        # perfect auxiliary and a participle, whatever the verb (never "has been", "a été")
        self.press_words = frozenset(_norm(w) for w in words["press"])
        self.perfect_words = frozenset(_norm(w) for w in words["perfect"] if " " not in w)
        self.done = lazy(
            rf"{core}{alternation(words['perfect'])}(?:\s+(?:{adv}\s+){{0,2}}|\s*,\s*{adv}\s*,\s*)"
            rf"(?!{alternation(words['passive_aux'])}\b|{alternation(words['undergone'])})"
            rf"[a-zà-ÿ][a-zà-ÿ'’-]*"
            rf"{alternation(words['participle_endings'])}\b",
            i,
        )
        # "Il Comune ha attivato il Centro operativo, e ha chiuso 7 strade": a body right after
        # a perfect auxiliary and a participle is that verb's object, not who acts next
        self.object_of = lazy(
            rf"\b{alternation(words['perfect'])}\s+(?:{adv}\s+){{0,2}}[a-zà-ÿ][a-zà-ÿ'’-]*"
            rf"{alternation(words['participle_endings'])}\s+{art}$",
            i,
        )
        # ("s'est engagé" is reflexive: an elided clitic before the auxiliary)
        self.passive_aux = lazy(
            rf"(?<!['’])\b{alternation(words['passive_aux'])}\s+(?!\w+ing\b)\w+$", i
        )
        # a subject's verb in the passive ("was fined", "a été condamnée", "è stata multata"):
        # the subject undergoes what its sentence says
        self.passive_subject = lazy(
            rf"(?:{alternation(words['perfect'])}\s+)?{alternation(words['passive_aux'])}\s+"
            rf"(?!\w+ing\b)[a-zà-ÿ]+{alternation(words['participle_endings'])}\b",
            i,
        )
        self.relative_after = lazy(rf"\s*(?:\([^)]*\)\s*)?,\s*{rel}\b", i)
        # "… selon les syndicats : le mouvement s'est étendu à 57 villes": a colon,
        # then a clause with a subject of its own
        self.colon_clause = lazy(
            rf"\s*:\s+{alternation(words['determiners'])}(?:(?<=['’])|\s+)(?-i:[a-zà-ÿ])", i
        )
        # "Terracolta, l'associazione dei viticoltori della valle, stima…": a description
        # set off by commas (a determiner and a generic noun first; in English one adjective
        # of nation or kind may stand between: "the European agency that led the raids")
        # between a name and its verb
        adjective = (
            r"(?:(?-i:[a-z]+(?:al|ic|ive))\s+|(?-i:[A-Z][a-z]+(?:an|ese|ish|ch))\s+)?"
            if set(langs) & _PRENOMINAL
            else ""
        )
        self.described_aside = lazy(
            rf"\s*,\s*{art}{adjective}(?:{alternation(self._generic)})s?\b"
            rf"[^,;:.\d«»\"“”()]{{0,70}},",
            i,
        )
        # "le parquet, qui évoque un préjudice de 40 millions": the relative clause's figures
        # (a year between the pronoun and its verb: "L'azienda, che nel 2024 ha registrato…")
        year = rf"(?:{alternation(words['year_in'])})\s+\d{{4}}\s+" if words["year_in"] else ""
        # (and where, in a place phrase or two: "che sul suo canale chiede")
        where = rf"(?:{alternation(words['locatives'])}\s+(?:[^\W\d][\w'’-]*\s+){{1,3}}?){{0,2}}"
        rel_lead = (
            rf"\s*,\s*(?P<at>{rel})\s+(?:{year})?{where}(?:{alternation(words['clitics'])}\s*)?"
            rf"(?:{aux}\s+)?(?:{adv}\s+)?"
        )
        self.relative_speech = lazy(rf"{rel_lead}{speech}", i)
        # "Le SNCA proteste contre le projet et réclame 400 agents": a second verb of its own
        # clause, after a coordinator (no comma, quote or figure between)
        self.coordinated = lazy(
            rf"\s+[^\W\d][^,;:.\d«»\"“”()]{{0,120}}?\s{alternation(words['coordinators'])}\s+"
            rf"(?:{alternation(words['clitics'])}\s*)?(?:{aux}\s+)?(?:{adv}\s+)?{verbs}",
            i,
        )
        # "X a inspecté l'usine, qui produit 6 tonnes", "…, after engineers inspected 37":
        # a clause of its own after what a body did (a relative of a figure goes on with it:
        # "X a débloqué 30 millions, qui s'ajoutent aux 20 millions…")
        self.own_clause = lazy(
            rf",\s*(?:(?P<rel>{rel})|{alternation(words['subordinators'])})\b", i
        )
        self.relative_verb = lazy(rf"{rel_lead}{verbs}", i)
        self.speech = lazy(rf"{lead}{speech}", i)
        self.verb = lazy(rf"{lead}{verbs}", i)
        # After a verb: a few words then the clause ends (", the ministry said," → a closer);
        # a colon opens what the verb gives ("ha aggiornato la stima: 640 milioni").
        self.closing = lazy(
            rf"(?:\s+(?!{alternation(words['complementizers'])}\b)[^\s\d,.;:!?«»\"“”]+){{0,6}}\s*"
            r"(?:[,;!?»”\")\]]|\.?\s*$)",
            i,
        )
        # "Le maire, Paul Varenne : « … »", "Coldiretti: «…»": a speaker, a colon, a quote
        # "…», ha spiegato.": a verb of saying closes the sentence, its subject unsaid
        self.closing_verb = lazy(
            rf"[,»\"”]\s*(?P<at>(?:{aux}\s+)?(?:{adv}\s+)?{saying})\s*[.!?]?\s*$", i
        )
        # "…, the ministry said on Tuesday, bringing the toll to 45": a participle clause
        # after a closing attribution goes on with its source
        self.continuing = lazy(
            rf"(?:\s+[^\s,.;:!?«»\"“”\d]+){{0,5}}\s*,\s*{alternation(words['continuing'])}\b", i
        )
        self.opening = lazy(rf"(?:{alternation(words['opening'])})\s+{art}$", i)
        # "…, X said on Friday, and 38 roads remained closed": a coordinator after a closing
        # attribution opens the writer's own clause, with a subject of its own (a figure, a
        # determiner, a name, a lead or an adverb after it); a verb right after it is the
        # sentence subject's second one ("l'azienda conta 620 addetti, ha spiegato una
        # portavoce, e gestisce oltre 4.000 utenze"), still the speaker's
        own_subject = alternation([*words["determiners"], *words["lead"], *words["adverbs"]])
        self.and_after_close = lazy(
            rf"(?:\s+[^\s\d,.;:!?]+){{0,3}},\s+{alternation(words['coordinators'])}\s+"
            rf"(?:[\d«\"“]|(?-i:[{UPPER}])|{own_subject}(?:(?<=['’])|\b))",
            i,
        )
        # "600 homes, according to X, and 9 roads are still closed": after a marker that
        # closes its figure's clause, a coordinator and a clause with its own verb
        finite = alternation([*words["auxiliaries"], *words["passive_aux"], *words["copulas"]])
        # "Cape Harl remains closed", "la Statale resta chiusa": a name before a copula is
        # what stays so, never a body acting
        self.copula = lazy(rf"\b{alternation(words['copulas'])}\b", i)
        # "…, said its ticket offices were open again": a finite verb after the words an inverted
        # verb of saying reaches makes them the subject of what was said, never the speaker
        self.finite_after = lazy(rf"\s+(?:{finite})\b", i)
        self.own_clause_after = lazy(
            rf"\s*,\s+{alternation(words['coordinators'])}\s+\d[^,;:.!?\n]{{0,60}}?\b(?:{finite})\b",
            i,
        )
        # what closes an opening label's source: a comma, or (it, fr) the article of the
        # clause's subject ("Per la Fiom-Cgil i posti a rischio sono 2.300")
        self.label_end = lazy(
            rf"\s*,|\s+{alternation(words['determiners'])}(?:(?<=['’])|\s+)(?=[a-zà-ÿ])"
            rf"|\s+{alternation(words['label_verbs'])}\s"  # "Per X sono invece 720"
        )
        # "…, mentre per i sindacati ha superato il 60%", "mais pour la CGT, …": a label word
        # opening a clause after a word of break gives what follows
        # (a semicolon is a break too: "Per la Cgil 30.000; per il ministero 12.000"; so is a
        # colon: "cresce il conto: per il Comune si arriva a 40 milioni")
        self.opening_after_break = lazy(
            rf"(?:\b{alternation(words['breaks'])}\s+|(?<=[;:]\s))(?:{alternation(words['opening'])})"
            rf"\s+{art}$",
            i,
        )
        self.opens_after_break = bool(words["opening"])
        # (its apposition between: "Paul Varenne, président de la fédération : « … »")
        self.colon_quote = lazy(r"(?:\s*,?[^,;:.!?\d«»\"“”()\n]{1,80}?)?\s*:\s*[«\"“]")
        # "final", "latest": they say which count, never which body ("final ministry results")
        self.count_adjective_words = frozenset(_norm(w) for w in words["count_adjectives"])
        self.possessive = lazy(
            rf"(?:['’]s)?\s+(?:{alternation(words['count_adjectives'])}\s+){{0,2}}"
            rf"{alternation(words['counts'])}\b",
            i,
        )
        # "…ten times the coast guard's first estimate of 40 tonnes": a count named with its
        # figure gives that figure only, never one before it
        self.count_of = lazy(rf"\s+{of}\s+(?:{alternation(words['lead'])}\s+)*\d", i)
        self.label = lazy(
            rf"\d\S*(?:\s+[^\s\d,;:()]+){{0,3}}?\s+(?P<at>{alternation(words['labels'])}\s+{art})$",
            i,
        )
        # what closes a count's label ("…, 900 per la Uilm.", "81 000 pour Solidaires,"):
        # the clause ends, or a word of break opens the next one
        # a figure right after a label's source: "…, per i sindacati del 78%", "…, pour les
        # syndicats à 78 %": the label opens that figure
        self.label_opens = lazy(
            rf"\s+(?:{alternation(words['lead'])}\s+|{alternation(words['determiners'])}"
            rf"(?:(?<=['’])|\s+))?\d",
            i,
        )
        self.label_close = lazy(rf"\s*(?:[,;:.)]|$)|\s+{alternation(words['breaks'])}\b", i)
        self.paren_before = lazy(r"\d\S*(?:\s+[^\s\d,;:()]+){0,3}?\s*\(\s*$")
        self.paren_after = lazy(r"\s*\)")
        breaks = alternation(words["breaks"])
        self.ellipsis_before = lazy(rf"(?:[,;]\s*(?:{breaks}\s+)?|\b{breaks}\s+){art}$", i)
        # "e del consiglio regionale 40": a complement, not the subject a verb left out has
        self.ellipsis_complement = lazy(
            rf"\b{alternation(words['prepositional_articles'])}(?:(?<=['’])|\s+)$", i
        )
        # before a name no list knows standing for a verb left out: a word of break, an
        # article and a describing word at most ("et l'italienne Voliamo 28"; ", Nov 14" no)
        # (after a comma, an article at least: ", le Royaume d'Ostravie 150 millions")
        determiner = rf"(?:{alternation(words['determiners'])}(?:(?<=['’])|\s+))"
        self.ellipsis_name = lazy(
            rf"(?:\b{breaks}\s+{art}|,\s*{determiner}{art})(?:[a-zà-ÿ-]+\s+)?$", i
        )
        # ... or a list's comma, its figure right after it ("pledged €540 million, Norland
        # $270 million"; never an apposition: "the capital, Valdimara, 61.2%"; an amount's
        # sign only here: after "and" it measured a frozen figure fewer)
        self.listed_name = lazy(rf"[,;]\s+{art}(?:[a-zà-ÿ-]+\s+)?$", i)
        self.listed_after = lazy(r"\s+[$€£¥]?\d")
        spelled = rf"|{alternation(words['spelled'])}\b" if words["spelled"] else ""
        # (an adverb between: "i sindacati parlano di 230mila, la Questura invece di 62mila")
        self.ellipsis_after = lazy(
            rf"\s*,?\s*[«\"“]?\s*(?:{adv}\s+)?(?:{alternation(words['lead'])}\s*)*"
            rf"(?:\d{spelled})",
            i,
        )
        # "700 police officers": a figure, then the name inside what it counts (a comma after
        # the figure closes it: "down from 50,000, Enedis said")
        # (never a year: "Nel 2022 la Procura ha sequestrato…" names its time, no count)
        self.counted_noun = lazy(
            r"(?<![\w.,])(?!(?:1[89]|20)\d\d\s)\d[\w.,’']*(?<![.,])\s+((?:[^\W\d]+(?:['’]|\s+)){0,3})$"
        )
        self.break_words = frozenset(_norm(w) for w in words["breaks"] if " " not in w)
        self.coordinator_words = frozenset(_norm(w) for w in words["coordinators"])
        # the words joining two bodies of a pair: "X et l'Y", "X and the Y", "X e dall'Y"
        self.coordinated_pair = lazy(rf"\s+{alternation(words['coordinators'])}\s+{art}", i)
        self.break_phrases = lazy(rf"\b{breaks}\b|[;:]", i)
        # "…, while the carmaker put it at 2,600": a clause of contrast has its own source
        self.contrast = lazy(rf"\b{alternation(words['contrasts'])}\b", i)
        # "…, while in the capital it peaked at 3.1 metres, the office added": a speaker going
        # on closes the whole sentence, not the clause of contrast
        self.goes_on = lazy(rf"\b{alternation(words['going_on'])}$", i)
        # "Confermati i 300 euro, che secondo l'Inps erano 62.000": a marker right after
        # a relative or a complementizer opens that clause, never closes the one before it
        self.clause_opened = lazy(
            rf"(?<![\w'’])(?:{alternation([*words['relatives'], *words['complementizers']])})"
            r"\s*,?\s*$",
            i,
        )
        # A name no lexicon knows speaks only with a verb of saying ("Codacons stima…"), and
        # after one its name may run on to the clause's end (", ha reso noto il Centro
        # funzionale regionale,").
        # (English) lower-case nouns after the name that describe it, ending with a generic
        # noun: "the BEA-TT accident investigation bureau said" (no verb, auxiliary, clause
        # word, determiner or figure among them: "Arden, which lies near the coast, the agency
        # said" is the agency's, a new subject after the relative clause)
        clause_words = [
            *words["complementizers"],
            *words["locatives"],
            *words["by"],
            *words["determiners"],
        ]
        described = (
            rf"(?:(?:\s+(?!(?:{aux}|{adv}|{rel}|{breaks}|{verbs}|{of}|"
            rf"{alternation(clause_words)})\b)"
            rf"(?-i:[a-z][a-z-]+)){{0,2}}?\s+(?-i:{alternation(self._generic)})s?)?"
            if set(langs) & _PRENOMINAL
            else ""
        )
        self.saying = lazy(
            rf"(?:,\s*{rel}\b{relative}{{1,120}}?,)?{aside}{described}\s+"
            rf"(?:{alternation(words['clitics'])}\s*)?(?:{aux}\s+)?(?:{adv}\s+)?{saying}",
            i,
        )
        # "the town of X", "la commune de X": what follows is a place
        self.place_noun_words = frozenset(_norm(w) for w in words["place_nouns"])
        self.indefinite_words = frozenset(_norm(w) for w in words["indefinites"])
        # "a hotel association in the province of Oristano said": where an actor no name
        # resolves is, up to its verb of saying, is part of it as written
        self.where = lazy(
            rf"\s+{alternation(words['place_only'])}(?:(?<=['’])|\s+)(?:{art}(?:[a-zà-ÿ-]+\s+)?"
            rf"{alternation(words['place_nouns'])}\s+{of}(?:(?<=['’])|\s+))?{qname}"
            rf"(?=\s*,?\s+(?:{aux}\s+)?(?:{adv}\s+)?{speech}\b)",
            i,
        )
        self.place_of = lazy(rf"\b{alternation(words['place_nouns'])}\s+{of}\s*$", i)
        # "Quelque 12 000 clients auraient été touchés": reported speech goes on
        self.reported = lazy(
            rf"\b(?!\w*{alternation(words['not_reported'])}\b)\w{{2,}}"
            rf"{alternation(words['reported'])}\b",
            i,
        )
        # "selon nos syndicats", "i nostri delegati": the publisher's own (articles between)
        self.ours_words = frozenset(_norm(w) for w in words["ours"])
        self.ours = lazy(rf"\b{alternation(words['ours'])}\s+{art}$", i)
        # a body's own members: "member carriers", "les compagnies adhérentes", "le aziende
        # associate" (never when the language lists none)
        members = alternation(words["membership"]) if words["membership"] else r"(?!)"
        self.membership = lazy(rf"(?<![\w'’])(?:{members})(?![\w'’])", i)
        # (after an elided article too: "l'incendie du Monte Vessa")
        self.qualified_word = lazy(rf"(?:(?<![\w'’])|(?<=\w['’]))([a-zà-ÿ][\w-]*)\s+{of}\s*$")
        # How a text before a name ending with `of` may end (its last word, either
        # apostrophe, lower case): a window that ends otherwise fails `place_of` and
        # `qualified_word` without their search, which tries every offset of it.
        self.of_ends = tuple(
            {e for w in words["of"] if w.split() for e in _apostrophes(w.split()[-1].lower())}
        )
        self.locative_words = frozenset(_norm(w) for w in words["locatives"])
        self.place_only_words = frozenset(_norm(w) for w in words["place_only"])
        self.aux_words = frozenset(_norm(w) for w in words["auxiliaries"] if " " not in w)
        # "l'Ulss 5 Altopiano", "le Sdis 34": a number inside a body's name
        # (or a name after the number, then its verb: "l'Ulss 6 Vessile ha registrato")
        self.numbered = lazy(
            rf"\s+\d{{1,3}}(?:(?:\s+{NAMES})?(?=\s*(?:[,.;:!?»”\")]|$))"
            rf"|\s+{NAMES}(?=\s+(?-i:[a-zà-ÿ])))"
        )
        # (never from an agent or a place on: "apprende l'Ansa da fonti investigative")
        # (nor from whom it was told: "ha precisato Enel all'Ansa")
        agent_or_place = (
            rf"\s+(?:{alternation(words['by'])}|{alternation(words['locatives'])}"
            rf"|{alternation(words['recipients'])})\b"
        )
        self.name_tail = lazy(
            rf"(?!{agent_or_place})(?:\s+[a-zà-ÿ'’-]+){{1,3}}(?=\s*(?:[,.;:!?»”\")]|$))"
        )
        self.name_aside = lazy(agent_or_place)
        self.name_end = lazy(r"\s*(?:[,.;:!?»”\")]|(?<=\s)[-–—](?=\s)|$)")  # (" - spiega X - ")
        self.not_names = frozenset(_norm(w) for w in words["not_names"])
        self.count_words = frozenset(_norm(w) for w in words["counts"])  # "Dati diffusi da…"
        # a count's or a document's one-word noun, that a press word may describe ("il
        # bollettino settimanale", "the daily update"): no outlet then
        self.report_words = frozenset(
            _norm(w) for w in [*words["counts"], *words["documents"]] if " " not in w
        )
        self.name_links = frozenset(_norm(w) for w in words["name_links"])
        self.descriptive = frozenset(_norm(w) for w in words["descriptive"])
        self.own_adjectives = frozenset(_norm(w) for w in words["own_adjectives"])
        self.elected = frozenset(_norm(w) for w in words["elected"])
        self.tolls = frozenset(str(w) for w in words["tolls"])
        # (English) a word of saying that is also a noun a modifier opens ("Power demand")
        self.saying_nouns = frozenset(_norm(w) for w in words["saying_nouns"])
        self.organ_words = frozenset(_norm(w) for w in words["organs"])
        # Generic actors: "la société", "the EU agency", "il Comune di X", "company Vyrex".
        # Found from their noun (a word of `generic_words`), matched there; a determiner or,
        # in English, up to two modifiers and a determiner before it (`prenominal`).
        self.noun_at = lazy(rf"(?P<noun>{alternation(self._generic)})s?\b", i)
        self.generic_words = frozenset(
            f for w in self._generic for f in (_first(w), _first(w) + "s")
        )
        self.det_words = frozenset(_last(w) for w in words["determiners"])
        self.complementizer_words = frozenset(_norm(w) for w in words["complementizers"])
        self.prenominal = bool(set(langs) & _PRENOMINAL)
        self.qualifier = lazy(rf"\s+{of}\s*(?P<name>{qname})")
        # "the Office for National Statistics": a capitalised noun's linking word and name
        self.linked = lazy(rf"\s+{alternation(words['name_links'])}\s+{art}(?P<name>{qname})")
        # A capitalised body's official name: "Autorità di sistema portuale del Mar Ligure"
        # (an `of` word is whole: "di" never opens "disposto")
        of_gap = rf"{of}(?:(?<=['’])|\s+)"
        self.official = lazy(rf"\s+{of_gap}(?:[a-zà-ÿ'’]+\s+){{1,3}}?{of}\s*{qname}")
        # a capitalised generic noun with a qualifier in lower case: "l'Autorité de la
        # concurrence", "l'Autorità garante della concorrenza"
        # (never an article for its qualifier: "l'Office national de la Forêt" is named
        # by "Forêt", not by "la"); an adjective may stand before the qualifier where
        # adjectives follow their noun (in English a word there is a verb: "the Tessmoor
        # Health Agency warned of more heat")
        adjective_after = "" if lang == "en" else r"(?:\s+[a-zà-ÿ]+)?"
        self.official_lower = lazy(
            rf"{adjective_after}\s+{of_gap}(?!{alternation(words['determiners'])}\s)"
            rf"[a-zà-ÿ][a-zà-ÿ'’-]+(?=[\s,.;:]|$)"
        )
        # (fr, it) adjectives after a generic noun, then its lower-case qualifier or a place's:
        # "l'agenzia meteorologica regionale", "il gestore della rete elettrica", "les
        # autorités sanitaires de Vénétie", "l'association des compagnies européennes A4E"
        not_adj = alternation(
            [*words["auxiliaries"], *words["perfect"], *words["relatives"], *words["breaks"],
             *words["copulas"]]
        )  # fmt: skip
        adj = (
            rf"(?:\s+(?!(?:{not_adj})\b)[a-zà-ÿ][a-zà-ÿ-]{{2,}}"
            rf"{alternation(words['adjective_endings'])}\b)"
        )
        self.has_adjectives = bool(words["adjective_endings"])
        # (it) "le stime della Provincia situano a 260 le aziende": a word ending like a
        # plural finite verb, then its object (a figure, an article, a complementizer, or a
        # preposition and a figure), is the body's verb, where its name stops
        self.finite_ends = tuple(str(e) for e in words["finite_endings"])
        self.object_after = lazy(
            rf"\s+(?:\d|{alternation(words['determiners'])}(?:(?<=['’])|\s+)(?=[^\W\d])"
            rf"|{alternation(words['complementizers'])}\b"
            rf"|{alternation(words['locatives'])}\s+\d)",
            i,
        )
        # (fr, it) a one-word name's adjectives up to its clause's end or its verb (or the
        # auxiliary of its verb): "secondo la Funzione pubblica,", "La Coordination rurale
        # revendique", "la Garde nationale a déployé"; a colour is one too ("la Croce verde")
        name_adj = adj
        if words["name_colours"]:
            name_adj = rf"(?:{adj}|\s+{alternation(words['name_colours'])}\b)"
        after_name = rf"(?:{verbs}|{alternation(words['auxiliaries'])})\b"
        self.name_adjectives = lazy(
            rf"(?-i:{name_adj}{{1,2}})(?=\s*[,;:.)]|\s*$|\s+{after_name})", i
        )
        # the rest of a qualified name: (fr, it) its adjectives and a portfolio joined to it
        # ("ministère de l'Éducation nationale", "ministero dell'Istruzione e del Merito")
        self.name_more = lazy(
            rf"{adj}{{0,2}}(?:\s+(?:e|et|and)\s+{of}(?:(?<=['’])|\s+)(?P<joined>{NAME}){adj}{{0,2}})?"
        )
        # (it) an association named by its members: "l'associazione albergatori", "la
        # federazione autotrasportatori valdostani"
        # ("l'associazione albergatori della provincia": a lower-case place noun after it)
        subject_det = rf"\s+{alternation(words['determiners'])}(?:(?<=['’])|\s+)(?=[a-zà-ÿ])"
        self.members = lazy(
            rf"\s+[a-zà-ÿ][a-zà-ÿ-]{{2,}}{alternation(words['member_endings'])}\b{adj}{{0,2}}"
            rf"(?:\s+{of}(?:(?<=['’])|\s+){alternation(words['place_nouns'])}\b)?"
            rf"(?=\s*(?:[,;:.)]|$)|\s+(?:{aux}|{verbs})\b|{subject_det})",
            i,
        )
        # "Per la Federazione agricoltori liguri, …": lower-case words after a capitalised
        # generic noun, up to the clause's end, are its own name
        # (or up to its verb: "La Confédération paysanne revendique 2 000 manifestants")
        # (never a place or a time after it: "salvati dalla Guardia costiera nella notte")
        # (and its mission after a preposition: "l'Office mondial pour les forêts alpines",
        # "il Fondo nazionale per la fauna montana", up to the clause's end, its verb or its
        # acronym in brackets)
        not_name = alternation(
            [*words["auxiliaries"], *words["perfect"], *words["relatives"], *words["breaks"],
             *words["place_only"], *words["by"], *words["copulas"], *words["mission_links"]]
        )  # fmt: skip
        lower_words = rf"(?:\s+(?!(?:{not_name})\b)[a-zà-ÿ][a-zà-ÿ'’-]{{2,}})"
        name_end = rf"(?=\s*(?:[,;:.)]|$)|\s+{verbs}\b|{subject_det})"
        name_words = rf"{lower_words}{{1,3}}{name_end}"
        if words["mission_links"]:
            name_words = (
                rf"{lower_words}{{1,3}}\s+{alternation(words['mission_links'])}{subject_det}"
                rf"[a-zà-ÿ][a-zà-ÿ'’-]{{2,}}{lower_words}{{0,2}}"
                rf"(?=\s*(?:[,;:.()]|$)|\s+(?:{verbs}|{alternation(words['auxiliaries'])})\b)"
                rf"|{name_words}"
            )
        self.name_words = lazy(
            rf"(?-i:{name_words})",
            i,
        )
        self.adverb_words = frozenset(_norm(w) for w in words["adverbs"] if " " not in w)
        self.mission_words = frozenset(_norm(w) for w in words["mission_links"])
        # (and a portfolio after adjectives: "l'assessorato regionale alla Salute")
        portfolio = (
            rf"(?:{of_gap}|{alternation(words['role_links'])}(?:(?<=['’])|\s+)(?=[{UPPER}]))"
        )
        self.postnominal = lazy(
            rf"(?P<adj>{adj}{{0,3}})(?P<of>\s+{portfolio}(?:(?P<lower>[a-zà-ÿ][a-zà-ÿ'’-]{{2,}})"
            rf"{adj}{{0,2}}(?:\s+{NAMES})?|{qname}))?"
        )
        self.apposition = lazy(rf"(?:\s+[a-zà-ÿ-]+){{0,2}}\s+(?P<name>{qname})")
        # "le gestionnaire du réseau, REF, a enregistré", "l'armatore, la greca Brightsea
        # Shipping, ha dichiarato": a name set off by commas after a generic actor is its name
        self.apposed = lazy(
            rf"(?P<tail>(?:\s+[a-zà-ÿ'’-]+){{0,4}}?)\s*,\s*"
            rf"(?P<desc>(?:[^\W\d][\w'’-]*\s+){{0,3}}?)(?P<name>{qname})\s*(?:,|(?=[.;]?\s*$|[.;]\s))"
        )
        self.proper = lazy(rf"\s+(?P<name>{NAMES})")
        # People: "le maire, Jean Rocher", "mayor Jean Rocher", "Rhea Pellworth, … officer"
        roles = alternation(words["roles"])
        self.role_words = frozenset(_first(w) for w in words["roles"])
        # French and Italian put a role's adjectives after it ("l'assessore regionale Marta
        # Gori"): lower-case words, not a verb nor an auxiliary, between role and name
        adjectives = (
            ""
            if self.prenominal
            else rf"(?:\s+(?!(?:{aux}|{verbs}|{alternation(words['determiners'])})\b)"
            rf"[a-zà-ÿ'’-]{{3,}}){{0,2}}?"
        )
        # "il sindaco di Borgo San Lio, Marco Feltri", "le ministre grec de la Protection
        # civile, Nikos Karas": the place or body runs to the comma; "l'assessore alla
        # Protezione civile X": a portfolio (`role_links`) as well
        links = alternation([*words["of"], "at", *words["role_links"]])
        # "le Dr Yves Morel", "il dottor Paolo Benassi": a title between a role and the name
        honor = rf"(?:{art}{alternation(words['honorifics'])}\s+)?"
        self.honorifics = frozenset(_norm(w) for w in words["honorifics"])
        self.role_at_comma = lazy(
            rf"(?P<role>(?i:{roles})){adjectives}"
            rf"(?P<of>\s+(?i:{links})\s*[^,;.()«»\"]{{1,60}}),\s*{honor}(?P<name>{person})"
        )
        self.role_at = lazy(
            rf"(?P<role>(?i:{roles})){adjectives}(?P<of>\s+(?i:{links})\s*[^,;.()«»\"]{{1,60}}?)?"
            rf"{adjectives}(?:\s*,\s*|\s+){honor}(?P<name>{person})"
        )
        # "Jean Rocher, the mayor of Valmont, said": the rest of a role's apposition, to the
        # comma that closes it (no figure, quote or clause break inside; a body's acronym in
        # brackets is part of it: "Ida Vell, head of the Tessmoor Health Agency (THA), said")
        self.apposition_end = lazy(r"(?:[^,;:.!?\d«»\"“”()\n]|\([A-ZÀ-Þ][\w&.-]{0,9}\)){1,60}(?=,)")
        self.adjective_ends = tuple(str(e) for e in words["adjective_endings"])
        self.union_sectors = frozenset(_norm(w) for w in words["union_sectors"])
        self.name_role = lazy(
            rf"(?<![\w'’])(?P<name>{person}),\s+(?:[\w'’.-]+\s+){{0,3}}?(?P<role>(?i:{roles}))\b"
        )
        self.connector = lazy(rf"{alternation([*words['connectors'], *words['comparing']])}\b")
        self.comparing = lazy(rf"{alternation(words['comparing'])}\b")
        # "All of its 2,100 employees…", "Sa dette s'élève à…": a sentence that opens on a
        # possessive (a word or two of quantity before it) goes on with the body last named
        self.possessive_opening = (
            lazy(
                rf"(?:[^\W\d][\w'’]*\s+){{0,2}}?{alternation(words['possessives'])}\s",
                re.IGNORECASE,
            )
            if words["possessives"]
            else None
        )
        # "Negli ultimi giorni ne sono stati contati 5", "On en compte 9 dans le Var": a
        # partitive pronoun counts more of what the sentence before counted (`partitives`)
        self.partitive = (
            lazy(rf"(?<![\w'’]){alternation(words['partitives'])}(?![\w'’])", re.IGNORECASE)
            if words["partitives"]
            else None
        )
        # "Chez Valdor, la direction…", "À la Régie des transports (RTN), …": the body a
        # sentence opens within (`scopes`), its acronym in brackets after it
        self.scope = (
            lazy(
                rf"(?i:{alternation(words['scopes'])})(?:(?<=['’])|\s+)"
                rf"(?P<name>[A-ZÀ-Þ][\w'’&.-]*(?:\s+[\w'’&.-]+){{0,5}}?)"
                rf"(?:\s+\((?P<short>[A-ZÀ-Þ][\w&.-]{{1,9}})\))?\s*,"
            )
            if words["scopes"]
            else None
        )
        # "In 2019, the flood forced 4,000 people out": a sentence that opens on a year tells
        # the story's past, never more of what the sentence before reported
        self.year_opening = (
            lazy(rf"(?i:{alternation(words['year_in'])})\s+\d{{4}}\b") if words["year_in"] else None
        )
        # "All'ospedale civico di Varzena ne sono arrivati 130": a body named right after the
        # preposition opening its sentence is where, not who
        self.opening_within = lazy(
            rf"(?i:{alternation([*words['scopes'], *words['locatives']])})(?:(?<=['’])|\s+)"
        )
        # "À la préfecture, on indique que…", "Du côté de la SNCF, on annonce…": a body opening
        # its sentence within a scope, then the impersonal subject and a verb of saying
        self.scope_before = lazy(
            rf"\s*(?:{alternation([*words['scopes'], *words['sides']])})(?:(?<=['’])|\s+){art}", i
        )
        self.impersonal_after = lazy(
            rf"\s*,\s*{alternation(words['impersonal'])}\s+(?:{alternation(words['clitics'])}"
            rf"(?:(?<=['’])|\s+))?(?:{adv}\s+)?{speech}",
            i,
        )
        self.pronoun = lazy(rf"{alternation(words['pronouns'])}\b")
        self.pronoun_words = frozenset(_norm(w) for w in words["pronouns"])
        # "Lo ha reso noto la prefettura", "C'est ce qu'a indiqué X": a sentence that gives
        # the previous one's figures their source
        self.backward = lazy(back, re.IGNORECASE)
        # "dichiarato all'Ansa dal sindaco": a name right after a recipient's preposition is
        # whom it was told, never who told it
        # (its article between: "a indiqué à l'AFP une source syndicale")
        self.recipient_before = lazy(
            rf"(?<![\w'’]){alternation(words['recipients'])}(?:(?<=['’])|\s+){art}$",
            re.IGNORECASE,
        )
        # "Lo comunica la prefettura.": an opening that holds its verb, then the speaker
        self.backward_speaker = lazy(rf"{back}\s*(?:{adv}\s+){{0,3}}{told}{art}", re.IGNORECASE)
        # "A lanciare l'allarme è la Coldiretti: …": a cleft opening, then the speaker of what
        # follows (an infinitive, up to three words of its object, a copula)
        self.cleft = lazy(
            rf"\s*{alternation(words['cleft_openers'])}\s+[a-zà-ÿ]+"
            rf"{alternation(words['infinitive_endings'])}(?:\s+[\w'’]+){{0,3}}?"
            rf"\s+{alternation(words['cleft_copulas'])}\s+{art}",
            re.IGNORECASE,
        )
        legal = alternation(words["legal_forms"])
        companies = alternation(words["company_words"])
        self.company_words = frozenset(
            [_last(w).strip(".") for k in ("company_words", "legal_forms") for w in words[k]]
            + [_first(w) for w in words["company_heads"]]
        )
        heads = alternation(words["company_heads"])
        self.company = lazy(
            rf"(?<![\w'’])(?P<name>{NAME}(?:\s+{NAME}){{0,2}}?\s+{companies})(?:\s+{legal})?(?![\w])"
            rf"|(?<![\w'’])(?P<legal>{NAME}(?:\s+{NAME}){{0,2}}?)\s+{legal}(?![\w])"
            rf"|(?<![\w'’])(?P<head>{heads}\s+{NAME}(?:\s+{NAME})?)(?![\w])"
        )
        # Where a marker may start: its most telling word, and how far before it the
        # marker begins ("d'après" → "après", 2 letters back; "de source" → "source", 3).
        self.marker_words: dict[str, int] = {}
        for entry in [*words["markers"], *words["direct"], *words["counts"]]:
            parts = [p for p in re.split(r"[\s'’]+", entry.lower()) if p]
            if parts:
                word = max(parts, key=len)
                back = entry.lower().replace("’", "'").find(word) + 2
                self.marker_words[word] = max(back, self.marker_words.get(word, 0))
        self.by_words = frozenset(_norm(w).strip("'") for w in words["by"])
        # "dont le village compte 2 300 habitants", "a town of 12,000 inhabitants"
        self.population_before = lazy(
            rf"\b{alternation(_nested(sections, langs, 'population', 'before'))}\s+"
            rf"(?:{alternation(words['lead'])}\s+)?$",
            i,
        )
        self.population_after = lazy(
            rf"\s+{alternation(_nested(sections, langs, 'population', 'after'))}\b", i
        )
        # "il gruppo conta 4.150 dipendenti", "le groupe compte 620 salariés": a body's verb of
        # having, then a figure of its own staff or sites (`own_size`)
        self.size_verb = lazy(
            rf"\b{alternation(_nested(sections, langs, 'own_size', 'verbs'))}$", i
        )
        number = r"\d[\d.,\u00a0\u202f ]*(?:mila\s+)?"
        # (an adverb between: "la société compte aujourd'hui 2 300 salariés")
        self.size_after = lazy(
            rf"\s+(?:{adv}\s+)?(?:{alternation(words['lead'])}\s+)?{number}"
            rf"{alternation(_nested(sections, langs, 'own_size', 'nouns'))}\b",
            i,
        )
        # "ha chiuso l'anno con ricavi per", "qui a réalisé un chiffre d'affaires de": a
        # body's published accounts (`results`)
        self.results = lazy(rf"\b{alternation(words['results'])}\b", i)
        self.documents = lazy(rf"\b{alternation(words['documents'])}\b", i)
        # the last words of markers ("according to" → "to"): before a body, never its modifier
        self.marker_ends = frozenset(_last(w) for w in words["markers"] if " " in w.strip())
        self.label_words = frozenset(_norm(w) for w in words["labels"])
        # Words that, between a figure and a source, make the source no part of the noun
        # ("16 000 selon la police" is an attribution, "600 policiers de la préfecture" not)
        self.frame_words = frozenset(
            [*self.marker_words, *self.by_words, *self.label_words]
            + [_norm(w) for w in words["breaks"] if " " not in w]
        )
        self._sets = (
            (MARKER, frozenset(self.marker_words)),
            (BY, self.by_words),
            (LABEL, self.label_words),
            (ROLE, self.role_words),
            (GENERIC, self.generic_words),
            (DET, self.det_words),
            (COMPANY, self.company_words),
        )

    def features(self, tokens) -> list[int]:
        """For each word of `tokens` (`sentences.words`), what it may be, as bits: a verb
        (`SAYING`, `COUNTING`, `ACTION`: a prefix test), a `MARKER`'s telling word, `BY`,
        `LABEL`, a `ROLE`, a `GENERIC` actor, a determiner (`DET`), a `COMPANY` form,
        `CAPITAL`ised. Cached per word as written: one dictionary probe per word, so a
        sentence skips every pattern none of its words can start."""
        cache = self._features
        out = [cache.get(t[1]) for t in tokens]
        if None in out:
            for n, (_, word, low) in enumerate(tokens):
                if out[n] is None:
                    out[n] = cache[word] = self._feature(word, low)
        return out

    def _feature(self, word: str, low: str) -> int:
        bits = SAYING if low in self._phrase_words else 0
        for bit, stems, sizes, limit, nominal in self._classes:
            if bits & bit or (nominal and low.endswith(nominal)):
                continue
            size = len(low)
            if any(
                low[:n] in stems
                for n in sizes
                if n <= size and (limit is None or size - n <= limit)
            ):
                bits |= bit
        for bit, members in self._sets:
            if low in members:
                bits |= bit
        return bits | (CAPITAL if word[0].isupper() else 0)

    def generic_kind(self, noun: str) -> str | None:
        """The kind of a generic actor noun ("mairie" → "town"), None when not one."""
        key = _norm(noun)
        return self._generic.get(key) or self._generic.get(key[:-1] if key.endswith("s") else key)


# What a word may be (`Vocabulary.features`)
SAYING, COUNTING, ACTION, MARKER, BY, LABEL = 1, 2, 4, 8, 16, 32
ROLE, GENERIC, DET, COMPANY, CAPITAL = 64, 128, 256, 512, 1024


def _aside(adv: str, most: int) -> str:
    """An optional aside between a speaker and its verb, of adverbs or of at most `most`
    characters with no figure, between commas or dashes ("La RTM, elle, a assuré")."""
    return (
        rf"(?:\s*,\s*(?:{adv}|[^,;:.\d«»\"“”()]{{1,{most}}}?)\s*,"
        rf"|\s+[-–—]\s+[^-–—,;:.\d«»\"“”()]{{1,{most}}}?\s+[-–—])?"  # or between dashes
    )


def _prefixes(entries: Iterable[str]) -> tuple[frozenset[str], tuple[int, ...]]:
    """The first words of verb entries and their lengths, for a prefix test of a word."""
    stems = frozenset(_first(str(e)) for e in entries if str(e).strip())
    return stems, tuple(sorted({len(s) for s in stems}))


_LISTS = (
    "opening company_heads recipients as_openers ours reported not_reported markers not_markers count_links direct by passive phrases auxiliaries adverbs clitics relatives labels "
    "lead breaks copulas contrasts determiners roles connectors pronouns backward progressive passive_aux not_names legal_forms counts company_words descriptive "
    "speech counting action locatives of particles place_nouns complementizers name_links "
    "perfect participle_endings undergone subordinators press adjective_endings coordinators "
    "role_links union_sectors own_adjectives elected continuing member_endings honorifics count_adjectives people_of tolls place_only label_verbs indefinites "
    "possessives partitives scopes documents saying_nouns organs intending supporting year_in name_colours mission_links membership "
    "prepositional_articles spelled results comparing finite_endings cleft_openers infinitive_endings "
    "cleft_copulas sides impersonal going_on"
).split()


def _nested(sections: dict[str, dict], langs: list[str], key: str, part: str) -> list[str]:
    """The words of `part` of the mapping `key` ("population": {"before": […]}) in `langs`."""
    return [str(w) for lg in langs for w in (sections[lg].get(key) or {}).get(part) or ()]


def _first(word: str) -> str:
    """The first word of an entry as `sentences.words` lowercases it ("l'agence" → "l")."""
    return re.split(r"[\s'’]+", word.lower().strip())[0]


def _last(word: str) -> str:
    """The last word of an entry ("de l'" → "l", "dell'" → "dell")."""
    parts = [p for p in re.split(r"[\s'’]+", word.lower()) if p]
    return parts[-1] if parts else ""


@lru_cache(maxsize=1 << 16, typed=True)
def _norm(word: str) -> str:
    """`word` lower-cased, apostrophes straight, spaces single; cached per string."""
    return " ".join(word.replace("’", "'").lower().split())


@lru_cache(maxsize=1)
def _data() -> dict:
    text = (
        resources.files("sourcecheck.frames").joinpath("data/attribution.yaml").read_text("utf-8")
    )
    return load_shipped(text)


@lru_cache(maxsize=8)
def vocabulary(lang: str | None) -> Vocabulary:
    """The compiled patterns for `lang` ("fr", "en", "it"; anything else: all languages)."""
    data = _data()
    sections = {lg: data[lg] for lg in LANGUAGES if lg in data}
    shared = data.get("all") or {}
    for lg in sections:
        for key, value in shared.items():
            if isinstance(value, list):
                sections[lg] = {**sections[lg], key: [*(sections[lg].get(key) or ()), *value]}
    return Vocabulary(lang if lang in sections else None, sections, data.get("kinds") or {})
