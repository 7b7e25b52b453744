"""What each figure of a sentence counts: its noun, written or elided, and its concept.

Why
---
A sentence's figures share their nouns: "700 000 selon la CGT et 81 000 pour la préfecture"
counts protesters twice, "de 18 à 15 mois" months twice, "500 millions d'euros, dont 120
millions pour l'agriculture" euros twice. So the figures of a sentence are read in order, each
keeping what a later one may take: the last noun per kind of figure (a percentage never takes
a count's noun), where the last noun ended ("12 morts et 200 blessés" is a list of nouns), and
the currency of the last figure. Where the noun stands is `things` (after or before the
figure) and `elided` (the clause's subject, a range, a share's whole).

Example
-------
>>> from sourcecheck.extract.document import Lexicons, extract_document
>>> doc = {"doc": "a.md", "lang": "fr", "publisher": "X", "published": "2024-05-16",
...        "body": "Les dégâts atteignent 40 millions d'euros, dont 12 millions pour les routes."}
>>> [(r["text"], r["currency"]) for r in extract_document(doc, Lexicons.load())]
[("40 millions d'euros", 'EUR'), ('12 millions', 'EUR')]
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from sourcecheck import regexcache
from sourcecheck.align.anchors import anchor_at
from sourcecheck.align.basewords import without_bases
from sourcecheck.extract import context
from sourcecheck.extract.elided import (
    announced,
    attributive,
    change_named,
    change_of_last,
    changed_noun,
    clause_noun,
    contrary,
    gapped,
    joined,
    level_of_change,
    measured,
    named_share,
    of_ratio_base,
    scale_before,
    share_of,
    share_of_it,
    share_of_last,
    subject_before,
    tallied,
    tally_named,
    valued_after,
)
from sourcecheck.extract.framedata import alternation, load, words
from sourcecheck.extract.modifiers import is_modifier, is_state
from sourcecheck.extract.places import DEMONYMS
from sourcecheck.extract.pointers import (
    answered,
    answers,
    contrasted,
    in_place,
    is_placeholder,
    names_no_thing,
    part_of_last,
    place_ahead,
    place_concepts,
    points_back,
)
from sourcecheck.extract.things import (
    STOP,
    agent_after,
    among,
    apposed,
    article_before,
    counted_before,
    estimated,
    is_duration,
    labelled,
    named_after_aside,
    opening_subject,
    participle,
    partitive,
    predicated,
    severity_after,
    taken_among,
    thing_after,
    thing_before,
    topic,
    valued,
)

NOUN_BACK = 2  # sentences a clitic ("en", "ne") or "Di queste," reaches back for its noun
# Between two counts of one list of counted nouns: "12 morts et 200 blessés", "2 morti, 4 …"
_LIST_GAP = regexcache.compile(r"\s*,?\s*(?:(?:et|and|e|ed|y)\s+)?")
_NEXT_WORD = regexcache.compile(r"\s+([^\W\d_][\w'’-]*)")
_WORD_AT = regexcache.compile(r"[^\W\d_][\w'’-]*")
_COMPOUND = regexcache.compile(
    r"\d-?[^\W\d_]+$"
)  # a measure written as an adjective: "260-km", "300MW"
_ASIDE = regexcache.compile(
    r"\)?\s*\([^()]{1,30}\)|\)"
)  # a conversion between a measure and its noun
STATED_WINDOW = 40  # characters after a count where its clause may say what it counts
_OF = regexcache.compile(r"\s+(?:of|de|d['’]|di|del|della|dei|degli|delle)(?:\s|(?<=['’]))", re.I)
_PARTICLE = regexcache.compile(r"(?:n|s|c|qu|j|m|t)['’]", re.IGNORECASE)  # "n'était", "s'élève"
_BARE_END = regexcache.compile(r"\s*(?:[.;:!?]|$)")  # a count that ends its sentence or clause
_CLAUSE_END = regexcache.compile(r"[,;:.()«»\"“”]|\s[–—-]\s")


class Noun(NamedTuple):
    thing: str
    concept: str | None
    end: int  # where the figure's own words end: its noun when written after it
    own: bool  # written for this figure (a later figure may take it), not inherited
    currency: str | None  # the figure's currency, or the one it elides
    back: bool = False  # taken from the last sentence's count, its clause pointing back to it


class Contexts:
    """The concept context words of one sentence, found on first use only."""

    def __init__(self, d, i: int):
        self._d, self._i, self._found = d, i, None

    def get(self) -> list[tuple[int, str]]:
        """(position, concept) of each context word of the sentence."""
        if self._found is None:
            d = self._d
            self._found = d.lex.concepts.context_words(d.body, d.words(self._i), d.lang)
        return self._found


class SentenceNouns:
    """Reads the nouns of the figures of sentence `i` of document `d`, in text order."""

    def __init__(self, d, i: int, places):
        self.d, self.i, self.s = d, i, d.sentences[i]
        self.contexts = Contexts(d, i)
        self.places = places
        self.previous: dict[str, tuple[str, str | None]] = {}  # kind → last own noun
        self.owned: list[tuple[str, str | None]] = []  # every own count noun, in order
        self.placed: list[bool] = []  # for each of `owned`: whether its count says where
        self.previous_end: int | None = None  # where the last own count noun ended
        self.previous_words: list[str] = []  # the words of the last own count noun
        self.currency: str | None = d.before(d.currencies, i)  # of the last figure read
        self.money: str | None = self.currency or d.before(d.money, i)  # last currency seen
        self.first = True  # no figure of the sentence read yet
        self.back = False  # the figure read last took the last sentence's noun
        self.last = None  # (figure, thing, concept) of the last figure read, of any kind
        self.last_end = 0  # where the last figure's own words end
        self.spans: list[tuple[int, int]] = []  # where the own nouns read so far stand
        self.amounts: tuple[str, str | None] | None = None  # the last amount's own noun
        self.places_at: int | None = None  # where the last count of places starts
        self.shared = False  # the percentage read last took the last sentence's share

    def read(self, q, following) -> Noun:
        """The noun of figure `q`; `following`: the next figure of the sentence, or None."""
        d, body = self.d, self.d.body
        parallel = self.previous_end is not None and bool(
            _LIST_GAP.fullmatch(body, self.previous_end, q.start)
        )
        self.back = self.shared = False
        thing, concept, end, own = self._thing(q, following, parallel)
        currency = q.currency or self._elided_currency(q, own, concept)
        if self._ranged_money(q, following):
            currency = following.currency
        if own and q.kind in ("count", "percent"):
            self.previous[q.kind] = (thing, concept)
            if q.kind == "percent":
                d.shares[self.i] = (thing, concept)
            if q.kind == "count":
                self.owned.append((thing, concept))
                self.placed.append(self._in_places(q))
                if concept in place_concepts() or self.placed[-1]:
                    self.places_at = q.start  # "Les malades vivent dans 3 départements"
                else:
                    self.places_at = None
                if not (self.i in d.nouns and self._part(q)):
                    d.nouns[self.i] = self._story_noun(thing, concept)
        elif self.shared and "percent" not in self.previous:
            # "… 52% of the vote. In the north she won 48%; in the south 55%": the sentence
            # goes on about the share its first percentage took from the last sentence
            self.previous["percent"] = (thing, concept)
        elif q.kind == "count" and concept and self.i not in d.nouns:
            # "ieri un milione in piazza per la Cgil. Per il Viminale erano 310mila": what a
            # count with no noun of its own counts, for a later sentence that points back
            d.nouns[self.i] = (thing, concept)
        if q.kind == "money":  # what a later "à hauteur de 20 millions" is of
            named = thing or anchor_at(d.body, q.start, q.end, d.lang)
            if named:
                self.amounts = d.amounts[self.i] = (named, concept)
        self.previous_end = end if own and q.kind == "count" else None
        self.previous_words = thing.split() if own and q.kind == "count" else []
        self.currency = currency or None
        self.money = self.currency or self.money
        self.first = False
        self.last = (q, thing, concept)
        self.last_end = end
        at = body.rfind(thing, self.s.start, end) if own and thing else -1
        if at >= 0 and q.kind != "money":  # an amount's subject is its conversion's too
            self.spans.append((at, at + len(thing)))
        d.currencies[self.i] = self.currency
        if self.money:
            d.money[self.i] = self.money
        return Noun(thing, concept, end, own, currency, self.back and not own and bool(thing))

    def _story_noun(self, thing: str, concept: str | None) -> tuple[str, str | None]:
        """The noun a later sentence goes on with after this count's (`thing`, `concept`): a
        part is none (see `read`), nor a span of time when the sentence names what it counts
        ("Le nombre de sinistrés augmente après deux semaines de crue. La préfecture en
        comptait 800": the victims), nor a span of time after a count of the sentence
        ("45 000 manifestants sur les trois jours. La préfecture en a compté 12 000": the
        protesters)."""
        d = self.d
        if not is_duration(thing, d.lang):
            return thing, concept
        named = tally_named(d.body, self.s.start, self.s.end, d.lang, d.lex.concepts)
        if named:
            return d.body[named[0] : named[1]], named[2]
        kept = d.nouns.get(self.i)
        if kept and kept[0] and not is_duration(kept[0], d.lang):
            return kept
        return thing, concept

    def _part(self, q) -> bool:
        """Whether count `q` is a part of the last figure ("1 200 manifestants, dont 300
        enseignants"): its noun names a subgroup, and a later sentence's restated count ("La
        CGT en revendiquait 7 400") goes on with the whole's."""
        return part_of_last(self.d.body, self.s.start, q.start, self.d.lang)

    def _ranged_money(self, q, following) -> bool:
        """Whether bare count `q` opens a range of amounts whose currency is written after its
        second figure only ("de 120 à 450 euros", "da 90 a 400 euro"): it is money in that
        currency, with no noun of a count before it."""
        return (
            q.kind == "count"
            and not (q.scale or q.unit)
            and following is not None
            and following.kind == "money"
            and bool(following.currency)
            and joined(self.d.body, q.end, following.start, self.d.lang)
            and not _far_above(q, following)
        )

    def _elided_currency(self, q, own: bool, concept: str | None) -> str | None:
        """The currency a count elides: right after money ("640 milioni di euro, di cui 180"),
        or, with a scale word and no noun, the last currency of its sentence or of the last
        ones ("… 20 millions d'euros. L'État a ajouté 30 millions"; "… 1,4 miliardi di euro.
        Il tratto, lungo 95 chilometri, costerà 450 milioni"). A count with its own noun
        elides none, unless its noun is money ("dont 300 millions de subventions")."""
        if q.kind != "count":
            return None
        if own and self.d.lex.concepts.kind.get(concept or "") != "money":
            return None  # "3,4 milliards d'euros, 1,2 million d'allocataires"
        if self.currency and not self.first:
            return self.currency
        return self.money if q.scale and not own else None

    def _thing(self, q, following, parallel):
        """(thing, concept, end of the figure's own words, whether the noun is its own).

        A count: the noun after it, or announced after it, or a known one before it; but a
        country adjective or a contrary adjective after it elides the last noun ("14 editori,
        tra cui 3 italiani", "250 emplois directs et 900 indirects"). Else the noun of the
        next count a range word joins it to ("de 18 à 15 mois"), the noun a verb sets to it
        ("the death toll rose to 5", "put turnout at 2.5 million") unless it names no thing
        ("put the figure at 60,000", "le bilan est passé à 31"), the last noun of the
        sentence ("81 000 manifestants, quand la CGT en annonçait 700 000"), or of the last
        sentence when a clitic or an opening points back to it ("la Cgt ne rivendica 2
        milioni", "Di queste, 120"). A percentage: what it is a share of, or its clause's
        subject, or the last figure's noun when it is that figure's change ("4,2 milliards
        d'euros, en hausse de 6 %", "up 14%", "(+9 %)"), or the last percentage's noun, of
        this sentence or, for a bare one, of the last. Money: its clause's subject ("il
        fatturato è salito a 3,4 miliardi"), its concept an amount's. A measure written as an
        adjective ("a 260-kilometre pipeline", "a 300MW electrolyser"): the noun after it,
        when the lexicon knows it. A bare count before a state of health ("dont 4 en
        urgence absolue") counts its noun in that state. Then a verb nearby may narrow the
        concept ("arrested 37 suspects"), and money, measures, generic or unknown nouns and
        bare counts take their concept from the words around them.
        """
        s, body, concepts, lang = self.s, self.d.body, self.d.lex.concepts, self.d.lang
        previous = self.previous.get(q.kind)
        found, own, inherited, change, state = None, True, None, None, None
        if self._ranged_money(q, following):  # "de 120 à 450 euros": both are amounts
            own, inherited = False, ("", None)  # no count's noun: its concept from context
        elif q.kind == "count":
            if (
                following is not None
                and joined(body, q.end, following.start, lang)
                and not _far_above(q, following)  # "altre 250 su due motovedette": no range
            ):
                found, own = self._noun_of(following), False  # "de 18 à 15 mois"
            state = None if found else severity_after(body, q.end, s.end, lang, concepts)
            found = (
                found
                or scale_before(body, q.start, s.start, lang, concepts)  # "magnitude 6,1"
                or counted_before(body, q.start, s.start, lang, concepts)  # "corps de 3 …"
                or thing_after(
                    body, q.end, s.end, lang, concepts, start=q.start, lo=s.start, parallel=parallel
                )
                or announced(body, q.end, s.end, lang, concepts)
                or self._before(q, previous)
            )
            if found and (among_them := taken_among(body, q.end, found, s.end, lang, concepts)):
                found = among_them  # "23 of the patients were children": children
            if found and found[2] is None and self._participle(q, found, previous):
                found = None  # "the 2,360 put forward by the carriers": a participle
            if state and found and found[0] >= state[0]:
                found = None  # "3 restent dans un état grave": the state names no noun
            if found and own and previous and self._adjective(q, body[found[0] : found[1]]):
                found, inherited = (
                    None,
                    _with_adjective(previous, body[found[0] : found[1]], lang),
                )
            if not found and not inherited:
                found = (
                    labelled(body, q.start, s.start, lang, concepts)  # "Feriti: 12"
                    or estimated(body, q.start, s.start, lang, concepts)  # "stime sugli esuberi:"
                    or tallied(body, q.start, s.start, lang, concepts)  # "Le nombre … : 700 000"
                    or self._valued(q)  # "its workforce of 27,800"
                    or subject_before(body, q.start, s.start, lang, concepts)
                    or apposed(body, q.start, q.end, s.start, concepts, lang)
                    or among(body, q.start, s.start, lang, concepts)
                    or topic(body, q.start, s.start, lang, concepts)
                    or named_after_aside(body, q.start, q.end, s.start, s.end, lang, concepts)
                )
            if found and is_placeholder(body[found[0] : found[1]], lang):
                # "police put the figure at 60,000", "le bilan est passé à 31"
                inherited = previous or self.d.before(self.d.nouns, self.i)
                self.back = not previous and answers(body[found[0] : found[1]], lang)
                found = None if inherited else found
            if not found and not inherited:
                inherited = self._amount_of(q) or self._inherited(q, previous)
                named = predicated(body, q.end, s.end, lang, concepts) if inherited else None
                word = body[named[0] : named[1]] if named else ""
                if word.lower() in DEMONYMS:  # "180 étaient français": French ones of it
                    inherited = _with_adjective(inherited, word, lang)
                elif named:  # "26 of them were Dutch nationals": the copula names the noun
                    found, inherited = named, None
                stated = (
                    self._stated_after(q, following)
                    if inherited and not partitive(body, q.end, s.end, lang)
                    else None
                )  # "60 delle quali ancora fuori casa" are still households
                if (
                    stated
                    and stated[1] != inherited[1]
                    and not _refines(concepts, *inherited, stated[1])
                ):
                    # "2 missing, and 23 have been injured"; "restored to 40,000 households,
                    # but 18,000 remain without power" still counts households
                    own_noun = concepts.match(inherited[0], lang) == stated[1]
                    inherited = (inherited[0] if own_noun else stated[0], stated[1])
        elif q.kind == "unit" and _COMPOUND.search(q.text):  # "a 260-kilometre pipeline"
            aside = _ASIDE.match(self.d.body, q.end, self.s.end)  # "260-km (162-mile) pipeline"
            found = thing_after(
                body, aside.end() if aside else q.end, s.end, lang, concepts
            )  # a noun the lexicon knows; a measure's concept is its unit's
            found = (found[0], found[1], None) if found and found[2] else None
        elif q.kind == "unit":  # "Il gasdotto, lungo 260 km", "a pipeline 260 km long"
            of = _OF.match(body, q.end)  # "2,3 tonnes de cocaïne cachées dans …": what it is of
            found = (
                measured(body, q.start, q.end, s.start, s.end, lang, concepts)
                or (thing_after(body, q.end, s.end, lang, concepts) if of else None)
                or subject_before(body, q.start, s.start, lang, concepts)
                or valued_after(body, q.start, q.end, s.start, s.end, lang, concepts)
            )  # "la portata si è fermata a 310 m³/s": the subject of the verb, not its participle
            found = (found[0], found[1], None) if found else None  # its concept is its unit's
        elif q.kind == "percent" and of_ratio_base(body, q.end, lang):
            # "le déficit public à 2,8 % du PIB": the deficit, not the GDP; with no noun
            # before it, the last share's ("contre 3,1 % du PIB un an plus tôt")
            found = clause_noun(body, q.start, s.start, lang, concepts)
            if found is None:
                inherited = previous or self._share_before(q)
        elif q.kind == "percent":
            found = (
                share_of(body, q.end, s.end, lang, concepts)
                or changed_noun(body, q.end, s.end, lang, concepts)
                or (attributive(body, q.start, q.end, s.end, concepts) if lang == "en" else None)
                or labelled(body, q.start, s.start, lang, concepts)  # "Affluenza: 38%"
                or gapped(body, q.start, s.start, lang, concepts)  # "… et le chômage à 7 %"
            )
            bracketed = not found and self._share_of_last(q)  # "4.120 voti (36,8%)"
            found = found or (
                None if bracketed else subject_before(body, q.start, s.start, lang, concepts)
            )
            change = None if found or bracketed else change_named(body, q.start, s.start, lang)
            if found and found[2] is None and previous and contrasted(body, s.start, q.start, lang):
                found = None  # "il 21,3 % dei voti, contro il 18 % delle politiche": votes
            if found:
                inherited = None
            elif bracketed:
                inherited = self._last_noun()
            elif self.last and (
                share_of_it(body, q.end, s.end, lang)
                or change_of_last(body, q.start, s.start, lang)
                or self._parallel_change(q)  # "un rialzo dello 0,3% su base mensile e del 2,1%"
            ):
                inherited = self._last_noun()  # "$41.6 billion in revenue, 28% of it", "up 14%"
            elif named := named_share(body, q.start, s.start, lang, concepts):
                found, inherited = named, None  # "la Cgil parla di un'adesione del 60%"
            else:
                inherited = previous or self._share_before(q)
                self.shared = not previous and bool(inherited)
        elif q.kind == "money":  # "le chiffre d'affaires a atteint 2 milliards d'euros"
            found = subject_before(body, q.start, s.start, lang, concepts)
            if found and concepts.kind.get(found[2] or "") != "money":
                found = (found[0], found[1], None)  # its concept is an amount's, from context
            inherited = None if found else self._amount_of(q)
        thing, concept, end = "", None, q.end
        if found:
            thing, concept = body[found[0] : found[1]], found[2]
            end = max(found[1], q.end) if own else q.end
            if concepts.is_generic(thing):
                concept = None
        elif inherited:
            own = False
            thing, concept = inherited
            if concepts.is_generic(thing):  # "killed 14 people and injured 230"
                concept = (
                    context.concept_from_context(q, self.contexts.get(), concepts, body) or concept
                )
        else:
            own = False
            stated = self._stated_after(q, following) if q.kind == "count" else None
            if stated and stated[0]:  # "Parmi ces ouvriers, 5 ont été évacués"
                thing, concept = stated
        if change:  # "en baisse de 6 %": named by its change, its concept the changed thing's
            thing = body[change[0] : change[1]]
        if state:  # "blessés, dont 4 en urgence absolue": the injured in that state
            named = body[state[0] : state[1]]
            thing, concept = (f"{thing} {named}" if thing else named), state[2] or concept
        if concept in concepts.refined_by:
            concept = context.refine(q, end, concept, self.contexts.get(), concepts, body)
        if concept is None and not (thing and self._in_places(q)):
            # money, measures, generic or unknown nouns: "35 randonneurs secourus"; but
            # "ont manifesté dans 280 villes" counts places, not what the verb says, and the
            # noun of another figure says nothing of this one ("89 perquisitions et saisi
            # 3 200 appareils")
            words = [(p, c) for p, c in self.contexts.get() if not self._in_nouns(p)]
            concept = context.concept_from_context(q, words, concepts, body)
        return thing, concept, end, own

    def _before(self, q, previous):
        """The noun written before a count (`things.thing_before`), unless it stands inside
        an attribution of the sentence: a speaker is never what a figure counts."""
        d = self.d
        found = thing_before(
            d.body, q.start, self.s.start, d.lex.concepts, d.lang, linked=previous is not None
        )
        if found and any(a.start <= found[0] < a.end for a in d.attributions(self.i)):
            return None
        return found

    def _participle(self, q, found, previous) -> bool:
        """Whether the unknown words after count `q` (`found`) are a participle with its agent
        after them, the count standing for a noun named before: the last count's, after an
        article ("1,985 flights, below the 2,360 put forward by the carriers"), or the one it
        is the value of ("la spesa di 270 milioni prevista dal Tesoro"); "36 200 arrivées
        par la mer" and "2 Canadair dall'Italia" keep theirs."""
        d = self.d
        if not agent_after(d.body, found[1], self.s.end, d.lang):
            return False
        if previous and article_before(d.body, q.start, q.end, self.s.start, d.lang):
            return True
        return self._valued(q) is not None

    def _valued(self, q):
        """The noun a count is the value of (`things.valued`), unless it stands inside an
        attribution ("la Cgt parla di 110mila, la polizia di 16mila" names who counted), after
        words that name no thing ("per un importo di 2 milioni"), or for a count in millions
        with a currency in sight, which stays an amount in that currency (`_elided_currency`)."""
        d = self.d
        if names_no_thing(d.body, self.s.start, q.start, d.lang):
            return None  # "per un importo di 2 milioni": the last amount's (`_amount_of`)
        if q.scale and self.money:
            return None  # "… 1,2 miliardi di euro. La manovra da 18 miliardi": an amount still
        found = valued(d.body, q.start, self.s.start, d.lang, d.lex.concepts)
        if found and any(a.start <= found[0] < a.end for a in d.attributions(self.i)):
            return None
        return found

    def _in_nouns(self, pos: int) -> bool:
        return any(lo <= pos < hi for lo, hi in self.spans)

    def _in_places(self, q) -> bool:
        """Whether a count stands after a preposition of place ("dans 280 villes", "in 11
        countries", "nei 12 comuni"): it counts where, not what the verb before says."""
        return bool(q.kind == "count" and in_place(self.d.body, self.s.start, q.start, self.d.lang))

    def _alone(self, q, word: str) -> bool:
        """Whether `word`, right after count `q`, ends the count's phrase (no noun follows)."""
        after = self._word_after(q, word)
        return not after or after.lower() in STOP

    def _word_after(self, q, word: str) -> str:
        """The word after `word`, itself right after count `q`, or "" at a mark or the end."""
        body = self.d.body
        at = body.find(word, q.end, self.s.end)
        after = _NEXT_WORD.match(body, at + len(word), self.s.end) if at >= 0 else None
        return after.group(1) if after else ""

    def _participle_after(self, q, word: str) -> bool:
        """Whether a participle follows `word`, right after count `q` ("6 tedeschi rimasti
        a bordo"): `word` is the count's noun, the participle says what befell it."""
        after = self._word_after(q, word)
        return bool(after) and participle(after, self.d.lang)

    def _last_noun(self) -> tuple[str, str | None] | None:
        """(thing, concept) of the last figure of the sentence, money and measures named by
        the word beside them ("$41.6 billion in revenue")."""
        q, thing, concept = self.last
        thing = thing or anchor_at(self.d.body, q.start, q.end, self.d.lang)
        return (thing, concept) if thing or concept else None

    def _parallel_change(self, q) -> bool:
        """Whether percentage `q` goes on from the last one, a change with its noun, across
        that change's comparison basis and "and" ("un rialzo dello 0,3% su base mensile e del
        1,9% su base annua", "une hausse de 0,3 % sur un mois et de 1,7 % sur un an"): the
        same change against another basis, of the same noun."""
        if self.last is None or self.last[0].kind != "percent" or not self.last[1]:
            return False
        gap = without_bases(self.d.body[self.last_end : q.start])
        return gap != self.d.body[self.last_end : q.start] and bool(
            _parallel(self.d.lang).fullmatch(gap)
        )

    def _share_of_last(self, q) -> bool:
        """Whether percentage `q` is the share the last figure, a count with a noun, is of
        its whole, bracketed or led by "or"/"soit" right after it ("830 votes (12.5%)")."""
        if self.last is None or self.last[0].kind != "count" or not self.last[1]:
            return False
        return share_of_last(self.d.body, self.last_end, q.start, q.end, self.d.lang)

    def _stated_after(self, q, following) -> tuple[str, str] | None:
        """(word, concept) of a context word after a count without a noun, in its own clause
        ("and 23 have been injured", "e 12 sono stati ricoverati"): what the clause says of
        it outweighs the noun it would take from the last figure. What follows a preposition
        of place says where, not what ("260 remained in emergency shelters")."""
        body = self.d.body
        limit = min(following.start if following is not None else self.s.end, self.s.end)
        limit = min(limit, q.end + STATED_WINDOW)
        mark = _CLAUSE_END.search(body, q.end, limit)
        limit = mark.start() if mark else limit
        where = place_ahead(body, q.end, limit, self.d.lang)
        limit = limit if where is None else where  # "260 remained in emergency shelters"
        kind = self.d.lex.concepts.kind
        for pos, cid in self.contexts.get():
            if q.end <= pos < limit and kind.get(cid, "count") == "count":
                word = _WORD_AT.match(body, pos)
                word = word.group() if word else ""
                return (word if len(word) > 3 and word.lower() not in STOP else ""), cid
        return None

    def _noun_of(self, q):
        d, s = self.d, self.s
        return thing_after(d.body, q.end, s.end, d.lang, d.lex.concepts, start=q.start, lo=s.start)

    def _adjective(self, q, word: str) -> bool:
        """Whether the word after a count qualifies the last noun instead of naming one: a
        country adjective ("tra cui 3 italiani") or, in a list, the contrary of the adjective
        after the last noun ("emplois directs et 900 indirects")."""
        if " " in word.strip():
            return False
        if word.lower() in DEMONYMS:  # "i 6 tedeschi rimasti a bordo": a noun
            return not self._participle_after(q, word)
        if self.previous_end is None:
            return False
        lang = self.d.lang
        if is_modifier(word, lang) and not is_state(word, lang) and self._alone(q, word):
            return True  # "300 posti permanenti e 800 indiretti", not "40 moyens aériens"
        body = self.d.body
        written = [w for w in self.previous_words]  # "400 direct jobs and 1,100 indirect"
        if _LIST_GAP.fullmatch(body, self.previous_end, q.start) is None:
            m = _NEXT_WORD.match(body, self.previous_end, q.start)  # "emplois directs et 900 …"
            if not m or _LIST_GAP.fullmatch(body, m.end(), q.start) is None:
                return False
            written = [m.group(1)]
        return any(contrary(word, w) for w in written)

    def _inherited(self, q, previous):
        """The noun a count without one takes: the last one of its sentence, but never a
        count of places for a count located in a place ("14 member states, including 1,200
        in Italy"); a part of the last figure ("Another 23 were hurt, 4 of them badly") takes
        that figure's noun, even one it took from elsewhere; else the last sentence's, when
        the clause points back to it."""
        if self._level_of_last(q):
            return self.last[1], self.last[2]  # "attendance fell 12% to 1.1 million"
        if self.last and (
            partitive(self.d.body, q.end, self.s.end, self.d.lang)
            or (not previous and part_of_last(self.d.body, self.s.start, q.start, self.d.lang))
        ):
            last = self._last_noun()
            if last and last[0] and is_duration(last[0].split()[0], self.d.lang):
                # "9 climbers rescued over three days, 4 of whom …": of the climbers
                counted = [
                    n for n in self.owned if n[0] and not is_duration(n[0].split()[0], self.d.lang)
                ]
                last = counted[-1] if counted else last
            if last:
                return last
        if not self.last and partitive(self.d.body, q.end, self.s.end, self.d.lang):
            # "I superstiti sono stati portati …: 7 di loro": the sentence's subject; "Elles
            # sont rentrées, à l'exception de 150 d'entre elles": the last sentence's noun
            d = self.d
            found = opening_subject(d.body, self.s.start, q.start, d.lang, d.lex.concepts)
            if found:
                return d.body[found[0] : found[1]], found[2]
            return self.d.before(self.d.nouns, self.i)
        if previous:
            if previous[1] in place_concepts() and self._located(q):
                earlier = [n for n in self.owned if n[1] not in place_concepts()]
                return earlier[-1] if earlier else self._held_by_places()
            if self.placed and self.placed[-1] and (self._located(q) or self._at_facility(q)):
                # "Les évacués ont été répartis dans 3 gymnases : 40 à Dorlac, …": what the
                # places hold, shared out place by place
                held = self._held_by_places()
                if held:
                    return held
            if self.placed and self.placed[-1] and not self._in_places(q):
                # "gli sfollati erano 1.200, ospitati in 6 strutture; venerdì erano 700": a
                # count that says where ("in 6 strutture") lends its noun to no bare count
                earlier = [n for n, where in zip(self.owned, self.placed, strict=True) if not where]
                return earlier[-1] if earlier else previous
            return previous
        if self.last and self.last[0].kind == "count" and self.last[1]:
            return self.last[1], self.last[2]  # "erano 90mila secondo i sindacati e 25mila …"
        if self._points_back(q) or self._answers(q):
            # "La CGT en revendiquait 9 000", "La CGT annonce 3 millions": another account
            self.back = True
            return self.d.before(self.d.nouns, self.i)
        if self._bare_object(q):
            # "L'intersyndicale avance le chiffre de 38 000": another account of that figure
            self.back = answered(self.d.body, self.s.start, q.start, self.d.lang)
            return self.d.before(self.d.nouns, self.i)
        return None

    def _level_of_last(self, q) -> bool:
        """Whether a count is the level the last figure, a percentage with a noun, brought
        that noun to ("attendance fell 12% to 1.1 million", `elided.level_of_change`)."""
        if self.last is None or self.last[0].kind != "percent" or not self.last[1]:
            return False
        return level_of_change(self.d.body, self.last_end, q.start, self.d.lang)

    def _held_by_places(self) -> tuple[str, str | None] | None:
        """The noun of what the last count of places holds, the noun phrase before it in its
        clause ("Les malades vivent dans 3 départements : 9 en Savoie, …": the sick), for the counts
        that share it out place by place; None when none stands there."""
        if self.places_at is None:
            return None
        d = self.d
        found = clause_noun(d.body, self.places_at, self.s.start, d.lang, d.lex.concepts)
        if not found or found[2] in place_concepts():
            return None
        return d.body[found[0] : found[1]], found[2]

    def _bare_object(self, q) -> bool:
        """Whether the first count of a sentence stands with no noun at all, at its clause's
        end ("The day before, the shelters housed 410."): it counts the last sentence's noun."""
        return self.first and bool(_BARE_END.match(self.d.body, q.end, self.s.end))

    def _amount_of(self, q) -> tuple[str, str | None] | None:
        """The thing of the last amount, of this sentence or the last ones, for an amount
        after words that name none ("sanctionné à hauteur de 20 millions", "per un importo
        di 3 milioni"), or None."""
        d = self.d
        if not (q.currency or (q.scale and self.money)):
            return None
        if not names_no_thing(d.body, self.s.start, q.start, d.lang):
            return None
        return self.amounts or d.before(d.amounts, self.i)

    def _share_before(self, q) -> tuple[str, str | None] | None:
        """The noun of the last percentage of the last sentences, for a bare percentage that
        opens its sentence and has no word beside it ("… 42 % des suffrages. Au second tour,
        elle n'a recueilli que 38 %."): the story goes on about the same share. A word beside
        it ("38 % au Nord") names its thing first."""
        if "percent" in self.previous or self.last is not None:
            return None
        anchor = anchor_at(self.d.body, q.start, q.end, self.d.lang)
        if anchor and not _PARTICLE.match(anchor):  # "elle n'était que de 38 %": a verb
            return None
        return self.d.before(self.d.shares, self.i)

    def _answers(self, q) -> bool:
        """Whether a bare count in millions or thousands, first of its sentence and with no
        money in sight, gives another figure for the last sentence's noun ("… 1,1 million de
        manifestants. La CGT annonce 3 millions.", "Per la Cgil erano oltre 2 milioni.")."""
        return bool(self.first and q.scale and not self.money)

    def _located(self, q) -> bool:
        """Whether a place follows the count, after a locative ("5 en Bretagne", "3 in
        Veneto"): a known place, or a capitalised name no list knows yet."""
        if any(p.locative and 0 <= p.start - q.end <= 12 for p in self.places):
            return True
        return _located_name(self.d.lang).match(self.d.body, q.end, self.s.end) is not None

    def _at_facility(self, q) -> bool:
        """Whether a named facility follows the count ("12 au centre hospitalier de Varande",
        "6 al policlinico di Orsena", "9 at the Dunmore clinic"): a preposition, a few
        lowercase words, then a capitalised name."""
        return _facility_name(self.d.lang).match(self.d.body, q.end, self.s.end) is not None

    def _points_back(self, q) -> bool:
        """Whether the count's clause points back to the last sentence's noun
        (`pointers.points_back`)."""
        return points_back(self.d.body, self.s.start, q.start, self.d.lang)


@lru_cache(maxsize=4)
def _parallel(lang: str | None) -> re.Pattern:
    """ "and" (`nouns.yaml` `coordination`) and a link of `share_name_links` ("e del", "et
    de", "and of")."""
    links = alternation(words("nouns", "share_name_links", lang))
    joins = load("nouns").get("coordination") or {}
    ands = alternation({w for code, j in joins.items() if lang in (code, None) for w in j["join"]})
    return regexcache.compile(rf"\s*,?\s*(?:{ands})\s+(?:(?:{links})(?:(?<=['’])|\s+))?", re.I)


@lru_cache(maxsize=4)
def _located_name(lang: str | None) -> re.Pattern:
    """A word of `nouns.yaml` `place_leads` and a capitalised name right after a count."""
    locatives = alternation(words("nouns", "place_leads", lang))
    return regexcache.compile(rf"\s+(?:{locatives})\s+[A-ZÀ-Ý]")


@lru_cache(maxsize=4)
def _facility_name(lang: str | None) -> re.Pattern:
    """A word of `nouns.yaml` `facility_leads`, an article, up to three lowercase words and
    their "de"/"di"/"of", then a capitalised name, right after a count."""
    leads = alternation(words("nouns", "facility_leads", lang))
    articles = alternation(words("nouns", "articles", lang))
    gap = r"(?:(?<=['’])|\s+)"
    return regexcache.compile(
        rf"\s+(?:{leads}){gap}(?:(?:{articles}){gap})?"
        rf"(?:[^\W\d_A-ZÀ-Ý][\w'’-]*{gap}){{0,3}}[A-ZÀ-Ý]"
    )


RANGE_RATIO = 10  # a count more than this many times the next one is no range with it


def _far_above(q, following) -> bool:
    """Whether a count is more than `RANGE_RATIO` times the next one: no range or share
    joins them ("di altre 250 su due motovedette"; but "de 18 à 15 mois", "3 su 10")."""
    try:
        return float(q.value) > RANGE_RATIO * float(following.value)
    except (TypeError, ValueError):
        return False


def _refines(concepts, thing: str, concept: str | None, cid: str) -> bool:
    """Whether context concept `cid` narrows the inherited noun rather than replacing it:
    "Of 2,000 scheduled flights, 900 were cancelled" counts cancelled flights."""
    return any(cid in concepts.ancestors(c) for c in concepts.refined_by.get(concept or "", ()))


def _with_adjective(previous, word: str, lang: str | None):
    """The last noun with the adjective `word` in place of its contrary ("emplois directs" →
    "emplois indirects"), or in place of its modifiers ("300 posti permanenti e 800
    indiretti"), or added when it had none; a country adjective too ("14 fornitori europei,
    tra cui 3 italiani" → "fornitori italiani"), the concept the noun's."""
    thing, concept = previous
    words = thing.split()
    swapped = [word if contrary(word, w) else w for w in words]
    if swapped != words:
        return " ".join(swapped), concept
    demonym = word.lower() in DEMONYMS  # "tra cui 3 italiani": Italian ones of that noun
    if not (demonym or is_modifier(word, lang)):
        return previous
    kept = [w for w in words if not is_modifier(w, lang) and w.lower() not in DEMONYMS]
    noun = " ".join(kept) or thing
    return (f"{word} {noun}" if lang == "en" else f"{noun} {word}"), concept
