"""Claims of one document: every figure with its sentence, thing, concept, source, date, place.

Why
---
This is the hot loop of extraction (DESIGN §4): it must read ~100,000 words a second, so it
does one quantities pass and one sentence split per document, then works sentence by sentence
only where a figure is, with compiled patterns and cached lexicon lookups. No parse tree.

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
from collections.abc import Mapping
from dataclasses import dataclass

from sourcecheck.extract import context
from sourcecheck.extract.attribution import Attribution, Speakers
from sourcecheck.extract.dates import find_dates
from sourcecheck.extract.lexicon import Concepts, load_concepts
from sourcecheck.extract.places import find_places
from sourcecheck.extract.sentences import Sentence, split
from sourcecheck.extract.sources import Sources, load_sources
from sourcecheck.extract.things import thing_after, thing_before
from sourcecheck.quantities import parse_quantities


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

    def __init__(self, doc: Mapping, lex: Lexicons):
        self.body: str = doc["body"]
        self.lang = _text(doc.get("lang"))
        self.published = _text(doc.get("published"))
        self.lex = lex
        self.publisher = lex.sources.canonical(_text(doc.get("publisher")) or "")
        self.sentences: list[Sentence] = split(self.body)
        self.starts = [s.start for s in self.sentences]
        publisher = _text(doc.get("publisher"))
        self.speakers = Speakers(self.body, self.lang, publisher, lex.sources, self.sentences)
        self.words = self.speakers.words

    def sentence_of(self, pos: int) -> int:
        return max(0, bisect.bisect_right(self.starts, pos) - 1)

    def attributions(self, i: int) -> list[Attribution]:
        return self.speakers.attributions(i)

    def carried(self, i: int) -> Attribution | None:
        """The speaker a connector sentence ("Ensuite, …", "L'agence…") continues."""
        return self.speakers.carried(i)


def extract_document(doc: Mapping, lex: Lexicons) -> list[dict]:
    """One dict per figure of `doc` (a row of `Case.documents`), in text order."""
    d = _Doc(doc, lex)
    quantities = parse_quantities(d.body, d.lang)
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
    dates = find_dates(body, d.published, s.start, s.end, d.words(i))
    places = find_places(body, s.start, s.end, d.words(i))
    spans = [(q.start, q.end) for q in qs]
    contexts = _Contexts(d, s)
    rows = []
    previous_thing: tuple[str, str | None] | None = None
    for q in qs:
        thing, concept, thing_end, own = _thing_and_concept(d, s, q, previous_thing, contexts)
        if own:  # what a later figure of the sentence inherits: the thing and its concept
            previous_thing = (thing, concept)
        attribution = context.pick_attribution(q, thing_end, attributions, spans, body)
        attribution = d.speakers.resolved(attribution or d.carried(i))
        items = context.listed_items(d, i, q, thing_end, concept) if q.kind == "count" else ""
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
                "quote": body[s.start : s.end],
                "value": q.value,
                "low": q.low,
                "high": q.high,
                "low_open": q.low_open,
                "high_open": q.high_open,
                "qualifier": q.qualifier,
                "currency": q.currency,
                "unit": q.unit,
                "thing": thing,
                "concept": concept or "",
                "refers_to": context.refers_to(q, dates, spans, body),
                "method": "extracted",
                "source_stated": attribution is not None,
                "rate": "",
                "subject": "",
                "subject_label": "",
                "kind": q.kind,
                "scale": q.scale,
                "scope": "" if concept == "country" else context.scope(q, places, spans, body),
                "items": items,
                "ambiguity": "; ".join(q.ambiguity),
                "sentence": i,
                "source_role": attribution.role if attribution else "",
            }
        )
    return rows


class _Contexts:
    """The concept context words of one sentence, found on first use only."""

    def __init__(self, d: _Doc, s: Sentence):
        self._d, self._s, self._found = d, s, None

    def get(self) -> list[tuple[int, str]]:
        if self._found is None:
            pattern = self._d.lex.concepts.context
            found = pattern.finditer(self._d.body, self._s.start, self._s.end)
            self._found = [(m.start(), m.group()) for m in found]
        return self._found


def _thing_and_concept(d: _Doc, s: Sentence, q, previous, contexts: _Contexts):
    """(thing, concept, end of the thing, whether the thing is this figure's own).

    The thing after the count, else a known one before it, else the one of the previous
    figure of the sentence ("81 000 manifestants, quand la CGT en annonçait 700 000"); then
    a verb nearby may narrow the concept ("arrested 37 suspects"), and money, measures,
    generic nouns and bare counts take their concept from the words around them.
    """
    body, concepts = d.body, d.lex.concepts
    thing, concept, thing_end, own = "", None, q.end, False
    if q.kind == "count":
        found = thing_after(body, q.end, s.end, d.lang, concepts) or thing_before(
            body, q.start, s.start, concepts
        )
        if found:
            thing, concept, thing_end, own = body[found[0] : found[1]], found[2], found[1], True
            if concepts.is_generic(thing):
                concept = None
        elif previous:
            thing, concept = previous
    if concept in concepts.refined_by:
        concept = context.refine(q, thing_end, concept, contexts.get(), concepts)
    if concept is None and (q.kind != "count" or not thing or concepts.is_generic(thing)):
        concept = context.concept_from_context(q, contexts.get(), concepts, body)
    return thing, concept, thing_end, own


def _text(value) -> str | None:
    """A document field as text, None when missing (None, NaN or "")."""
    return value if isinstance(value, str) and value else None
