"""Claims of one document: every figure with its sentence, thing, concept, source, date, place.

Why
---
This is the hot loop of extraction (DESIGN §4): it must read ~100,000 words a second, so it
does one quantities pass and one sentence split per document, then works sentence by sentence
only where a figure is, with compiled patterns and cached lexicon lookups. No parse tree.
Each figure gets its frame from its own clause: its noun (or the one it elides: "700 000
selon la CGT et 81 000 pour la préfecture"), its day (or the story's day, `day_from`), its
place ("dans la capitale" → the capital of the country the document is about) and its rate.

Example
-------
>>> lex = Lexicons.load()
>>> doc = {"doc": "a.md", "body": "Selon Eurojust, 5 500 serveurs ont été fermés.",
...        "lang": "fr", "publisher": "X", "published": "2020-11-12"}
>>> [(c["source"], c["thing"], c["concept"]) for c in extract_document(doc, lex)]
[('Eurojust', 'serveurs', 'server')]
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache

from sourcecheck.align.anchors import anchor_at
from sourcecheck.extract import context, when
from sourcecheck.extract.attribution import Attribution, Speakers
from sourcecheck.extract.dates import find_dates
from sourcecheck.extract.framedata import alternation
from sourcecheck.extract.framedata import words as wordlist
from sourcecheck.extract.lexicon import Concepts, load_concepts
from sourcecheck.extract.places import Place, capital_of, countries_named, find_places
from sourcecheck.extract.sentences import Sentence, split
from sourcecheck.extract.sources import Sources, load_sources
from sourcecheck.extract.things import duration_after, thing_after, thing_before
from sourcecheck.limits import pieces, quote_span
from sourcecheck.quantities import parse_quantities

NOUN_BACK = 2  # sentences a clitic ("en", "ne") or "Di queste," reaches back for its noun
# Between two counts of one list of counted nouns: "12 morts et 200 blessés", "2 morti, 4 …"
_LIST_GAP = re.compile(r"\s*,?\s*(?:(?:et|and|e|ed|y)\s+)?")
# A clitic standing for the noun of the last sentence, before its verb: "la CGT en
# revendiquait 140 000", "la Cgt ne rivendica 2 milioni" (fr "en" only before a verb form).
_CLITIC = {
    "fr": re.compile(
        r"(?<![\w'’])en\s+(?:a|ont|avait|avaient|aurait|auraient|\w+(?:ait|aient|ant|ont))\b"
    ),
    "it": re.compile(r"(?<![\w'’])ne\s+(?-i:[a-zà-ù])"),
}


@dataclass(frozen=True)
class Lexicons:
    """The concept and source lexicons one extraction uses."""

    concepts: Concepts
    sources: Sources

    @classmethod
    def load(cls, concept_files=(), source_files=(), case_aliases=None) -> Lexicons:
        return cls(load_concepts(concept_files), load_sources(source_files, case_aliases))


class _Doc:
    """Per-document state: sentences, figures by sentence, attributions cached per sentence."""

    def __init__(self, doc: Mapping, lex: Lexicons, figures=()):
        self.body: str = doc["body"]
        self.lang = _text(doc.get("lang"))
        self.published = _text(doc.get("published"))
        self.lex = lex
        self.publisher = lex.sources.canonical(_text(doc.get("publisher")) or "")
        self.sentences: list[Sentence] = [  # a run of text longer than a sentence: pieces
            piece if len(pieces_) == 1 else Sentence(*span, piece.paragraph, False)
            for piece in split(self.body)
            for pieces_ in [pieces(self.body, piece.start, piece.end, figures)]
            for span in pieces_
        ]
        self.starts = [s.start for s in self.sentences]
        publisher = _text(doc.get("publisher"))
        self.speakers = Speakers(self.body, self.lang, publisher, lex.sources, self.sentences)
        self.nouns: dict[int, tuple[str, str | None]] = {}  # sentence → its last count's noun
        self._news_day: str | None = None
        self._country: str | None = None

    @property
    def news_day(self) -> str:
        """The day the document reports on, from its lead (`when.news_day`), or ""."""
        if self._news_day is None:
            self._news_day = when.news_day(
                self.body, self.sentences, self.published, self.lang, self.words
            )
        return self._news_day

    @property
    def country(self) -> str:
        """The country the document is about: the one its places name most (cities count for
        their country), the first named on a tie; "" when none."""
        if self._country is None:
            named = countries_named(self.body)
            counts = Counter(named)
            self._country = max(named, key=lambda c: (counts[c], -named.index(c))) if named else ""
        return self._country

    def places(self, i: int, attributions) -> list[Place]:
        """The places of sentence `i`: "the capital" and "nationwide" resolved against the
        document's country (dropped when it has none), and no unknown place inside a source's
        name ("secondo la Procura di Catania" is a speaker)."""
        s = self.sentences[i]
        out = []
        for p in find_places(self.body, s.start, s.end, self.words(i), self.lang):
            if p.kind in ("capital", "nation"):
                name = capital_of(self.country) if p.kind == "capital" else self.country
                if not name:
                    continue
                p = p._replace(name=name, kind="city" if p.kind == "capital" else "country")
            elif p.kind == "place" and any(a.start <= p.start < a.end for a in attributions):
                continue
            out.append(p)
        return out

    def noun_before(self, i: int) -> tuple[str, str | None] | None:
        """The noun of the last count of the previous sentences (up to `NOUN_BACK`)."""
        for j in range(i - 1, max(-1, i - 1 - NOUN_BACK), -1):
            if self.sentences[j].heading:
                return None
            if j in self.nouns:
                return self.nouns[j]
        return None

    def words(self, i: int) -> list[tuple[int, str, str]]:
        return self.speakers.words(i)

    def sentence_of(self, pos: int) -> int:
        return max(0, bisect.bisect_right(self.starts, pos) - 1)

    def attributions(self, i: int) -> list[Attribution]:
        return self.speakers.attributions(i)

    def carried(self, i: int) -> Attribution | None:
        """The speaker a connector sentence ("Ensuite, …", "L'agence…") continues."""
        return self.speakers.carried(i)


def extract_document(doc: Mapping, lex: Lexicons) -> list[dict]:
    """One dict per figure of `doc` (a row of `Case.documents`), in text order."""
    quantities = parse_quantities(doc["body"], _text(doc.get("lang")))
    d = _Doc(doc, lex, [(q.start, q.end) for q in quantities])
    by_sentence: dict[int, list] = {}
    for q in quantities:
        by_sentence.setdefault(d.sentence_of(q.start), []).append(q)
    rows: list[dict] = []
    for i, qs in by_sentence.items():
        rows += _sentence_claims(d, i, qs, doc)
    return rows


def _sentence_claims(d: _Doc, i: int, qs: list, doc: Mapping) -> list[dict]:
    s = d.sentences[i]
    body = d.body
    attributions = d.attributions(i)
    dates = find_dates(body, d.published, s.start, s.end, d.words(i), d.lang)
    places = d.places(i, attributions)
    spans = [(q.start, q.end) for q in qs]
    contexts = _Contexts(d, i)
    rated = when.mentions_rate(d.words(i), d.lang)
    elsewhen = d.news_day and when.mentions_other_time(body, s.start, s.end, d.words(i), d.lang)
    rows = []
    previous_thing: tuple[str, str | None] | None = None
    previous_end: int | None = None  # where the last count's own noun ends, for "et 200 blessés"
    for q in qs:
        parallel = previous_end is not None and bool(
            _LIST_GAP.fullmatch(body, previous_end, q.start)
        )
        thing, concept, thing_end, own = _thing_and_concept(
            d, s, q, previous_thing, contexts, i, parallel
        )
        if own:  # what a later figure of the sentence inherits: the thing and its concept
            previous_thing = (thing, concept)
            d.nouns[i] = previous_thing
        previous_end = thing_end if own else None
        attribution = context.pick_attribution(q, thing_end, attributions, spans, body)
        attribution = d.speakers.resolved(attribution or d.carried(i))
        items = context.listed_items(d, i, q, thing_end, concept) if q.kind == "count" else ""
        day = context.refers_to(q, dates, spans, body)
        day_from = "clause" if day else ""
        if not day and d.news_day:  # the story's day, unless the clause is set in another time
            if not (elsewhen and when.elsewhen(q, spans, body, s.start, s.end, d.lang)):
                day, day_from = d.news_day, "document"
        rows.append(
            {
                "doc": doc["doc"],
                "publisher": _text(doc.get("publisher")),
                "published": d.published,
                "lang": d.lang,
                "source": attribution.source if attribution else d.publisher,
                "source_text": attribution.text if attribution else "",
                "text": q.text,
                "start": q.start,
                "end": q.end,
                "quote": body[slice(*quote_span(s.start, s.end, q.start, q.end))],
                "value": q.value,
                "low": q.low,
                "high": q.high,
                "low_open": q.low_open,
                "high_open": q.high_open,
                "qualifier": q.qualifier,
                "currency": q.currency,
                "unit": q.unit,
                # an amount, a measure or a share names its thing through a preposition:
                # "28 % du chiffre d'affaires", "$41.6 billion in revenue"
                "thing": thing
                or (anchor_at(body, q.start, q.end, d.lang) if q.kind != "count" else ""),
                "concept": concept or "",
                "refers_to": day,
                "method": "extracted",
                "source_stated": attribution is not None,
                "rate": when.rate(q, thing_end, spans, body, d.lang, s.end) if rated else "",
                "subject": "",
                "subject_label": "",
                "subject_evidence": "",
                "kind": q.kind,
                "scale": q.scale,
                "scope": ""
                if concept == "country"
                else context.scope(q, places, spans, body, thing_end),
                "items": items,
                "ambiguity": "; ".join(q.ambiguity),
                "sentence": i,
                "day_from": day_from,
                "source_role": attribution.role if attribution else "",
            }
        )
    return rows


class _Contexts:
    """The concept context words of one sentence, found on first use only."""

    def __init__(self, d: _Doc, i: int):
        self._d, self._i, self._found = d, i, None

    def get(self) -> list[tuple[int, str]]:
        """(position, concept) of each context word of the sentence."""
        if self._found is None:
            d = self._d
            self._found = d.lex.concepts.context_words(d.body, d.words(self._i), d.lang)
        return self._found


def _thing_and_concept(d: _Doc, s: Sentence, q, previous, contexts: _Contexts, i: int, parallel):
    """(thing, concept, end of the thing, whether the thing is this figure's own).

    The thing after the count, else a known one before it, else the one of the previous
    figure of the sentence ("81 000 manifestants, quand la CGT en annonçait 700 000"), else
    the last sentence's when a clitic or an opening points back to it ("la Cgt ne rivendica
    2 milioni", "Di queste, 120"); then a verb nearby may narrow the concept ("arrested 37
    suspects"), and money, measures, generic or unknown nouns and bare counts take their
    concept from the words around them. A count's own noun always wins over an inherited one.
    """
    body, concepts = d.body, d.lex.concepts
    thing, concept, thing_end, own = "", None, q.end, False
    if q.kind == "count":
        found = thing_after(
            body, q.end, s.end, d.lang, concepts, start=q.start, lo=s.start, parallel=parallel
        ) or thing_before(body, q.start, s.start, concepts, d.lang, linked=previous is not None)
        if found:
            thing, concept, thing_end, own = body[found[0] : found[1]], found[2], found[1], True
            if concepts.is_generic(thing):
                concept = None
        elif duration_after(body, q.end, s.end):
            pass  # "3 mois d'indemnisation": its own noun, a duration, is no thing
        elif previous:
            thing, concept = previous
            if concepts.is_generic(thing):  # "killed 14 people and injured 230"
                concept = context.concept_from_context(q, contexts.get(), concepts, body) or concept
        elif _points_back(d, s, q) and (before := d.noun_before(i)):
            thing, concept = before
    if concept in concepts.refined_by:
        concept = context.refine(q, thing_end, concept, contexts.get(), concepts)
    if concept is None:  # money, measures, generic or unknown nouns: "35 randonneurs secourus"
        concept = context.concept_from_context(q, contexts.get(), concepts, body)
    return thing, concept, thing_end, own


def _points_back(d: _Doc, s: Sentence, q) -> bool:
    """Whether the count's clause points back to the last sentence's noun: a clitic before
    the count ("la CGT en revendiquait 140 000") or an opening ("Di queste, 120")."""
    clitic = _CLITIC.get(d.lang)
    if clitic and clitic.search(d.body, max(s.start, q.start - 60), q.start):
        return True
    return bool(_anaphora(d.lang).match(d.body, s.start, q.start))


@lru_cache(maxsize=4)
def _anaphora(lang: str | None) -> re.Pattern:
    phrases = alternation(wordlist("nouns", "anaphora", lang))
    return re.compile(rf"\W*(?:{phrases})\s*,?\s*$", re.IGNORECASE)


def _text(value) -> str | None:
    """A document field as text, None when missing (None, NaN or "")."""
    return value if isinstance(value, str) and value else None
