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

from sourcecheck import regexcache
from sourcecheck.align.anchors import anchor_at
from sourcecheck.extract import context, when
from sourcecheck.extract.ages import AGE, age_word
from sourcecheck.extract.attribution import Attribution, Speakers
from sourcecheck.extract.counted import NOUN_BACK, SentenceNouns
from sourcecheck.extract.dates import find_dates
from sourcecheck.extract.elided import elided_scale, elided_unit
from sourcecheck.extract.figure_day import Clause, Figure, figure_day, told_again_value
from sourcecheck.extract.framedata import load
from sourcecheck.extract.lexicon import Concepts, load_concepts
from sourcecheck.extract.lexicon import key as lexicon_key
from sourcecheck.extract.places import (
    CONTINENTS,
    Place,
    capital_named,
    capital_of,
    compass_country,
    countries_named,
    demonym_countries,
    home_city,
    longer_name,
    named_as,
    paper_town,
    story_scope,
)
from sourcecheck.extract.seamiles import at_sea
from sourcecheck.extract.sentences import Sentence, split
from sourcecheck.extract.sources import Sources, load_sources
from sourcecheck.extract.things import TIME_WORDS
from sourcecheck.frames.owner import frame_owners
from sourcecheck.limits import pieces, quote_span
from sourcecheck.quantities import parse_quantities

# A locative inside a source's name puts the source in a place ("police in the town of Todi")
_LOCATED = regexcache.compile(r"(?<![\w'’])(?:in|à|a|at|nel|nella|dans|en)\s", re.IGNORECASE)


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
        # the day its days are told from: its dateline's, when the copy was filed before
        self.written = when.written_day(self.body, self.published, self.lang)
        # its hour too, when the copy was not filed the day before (a morning paper's "ieri")
        timed = _text(doc.get("published_at")) or self.published
        self.written_at = timed if self.written == self.published else self.written
        self.title = _text(doc.get("title"))
        self.publisher_name = _text(doc.get("publisher"))
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
        self.framed: dict[int, tuple[str, str]] = {}  # sentence → that count's (place, day)
        self.currencies: dict[int, str | None] = {}  # sentence → its last figure's currency
        self.money: dict[int, str] = {}  # sentence → the last currency seen up to its end
        self.shares: dict[int, tuple[str, str | None]] = {}  # sentence → its last share's noun
        self.amounts: dict[int, tuple[str, str | None]] = {}  # sentence → its last amount's noun
        self._news_day: str | None = None
        self._accounts_year: str | None = None
        self.said: dict[int, str] = {}  # sentence → the said day its first dated figure took
        self.dated: dict[float, tuple] = {}  # a count's value → its first day, concept, noun
        self.said_by: dict[int, tuple] = {}  # sentence → that figure's (source, concept)
        self._event_day: str | None = None
        self._country: str | None = None
        self._named: list[str] | None = None
        self._story: str | None = None
        self._home: str | None = None
        self._town: str | None = None
        self._opened: str | None = None
        self._again: dict[str, str] = {}  # a kind of place → the one named so (`named_as`)
        self._longer: dict[str, str] = {}  # a place named short → its longer name (`longer_name`)
        self._carried: dict[int, Attribution | None] = {}  # sentence → `carried`
        self._before: dict[int, list] = {}  # sentence → `_dates_before`
        self._scene: dict[int, str] = {}  # sentence → `scene_day`

    @property
    def event_day(self) -> str:
        """The day of an event held on one day its lead names (`when.event_day`), or ""."""
        if self._event_day is None:
            self._event_day = when.event_day(
                self.body, self.sentences, self.written, self.lang, self.words
            )
        return self._event_day

    @property
    def news_day(self) -> str:
        """The day the document reports on, from its lead (`when.news_day`), or ""."""
        if self._news_day is None:
            self._news_day = when.news_day(
                self.body, self.sentences, self.written_at, self.lang, self.words, self.title
            )
        return self._news_day

    @property
    def accounts_year(self) -> str:
        """The year of the accounts or budget its title or lead names (`when.accounts_year`)."""
        if self._accounts_year is None:
            lead = self.sentences[: when.LEAD_SENTENCES]
            end = lead[-1].end if lead else 0
            self._accounts_year = when.accounts_year(
                self.title, self.body[:end], self.published, self.lang
            )
        return self._accounts_year

    def said_before(self, i: int, source: str | None = None, concept: str | None = None) -> str:
        """The day the previous sentence of the paragraph gave its figure as said on ("the
        ministry said on Friday that 15 had died"), which a sentence stating no day of its own
        continues ("In France, it put the toll at nine": Friday's too; so does another
        body's toll told alongside); "" when none, or when the sentence names a `source` of
        its own other than the one who said it for another `concept` ("the forest service said
        on Wednesday the fire burned 4,000 ha. The regional government put the damage at €14
        million": another statement, of no day the copy gives)."""
        if i == 0 or self.sentences[i - 1].paragraph != self.sentences[i].paragraph:
            return ""
        said = self.said_by.get(i - 1, (source, concept))
        if source and said[0] != source and said[1] != concept:
            return ""
        return self.said.get(i - 1, "")

    def previous_day(self, i: int) -> str:
        """The last day the previous sentence of sentence `i`'s paragraph states as a figure's
        or an event's, no period's start nor a day something was said on ("Albavia asked for
        help on 3 May. Within 24 hours, 4 countries sent teams": 3 May); "" when none."""
        days = [x.iso for x in self._dates_before(i) if x.iso and not (x.since or x.said or x.told)]
        return days[-1] if days else ""

    def scene_day(self, i: int) -> str:
        """The day a previous sentence of sentence `i`'s paragraph opens with ("Lundi, la
        Lenne est sortie de son lit. 300 personnes ont été évacuées": Monday), which the
        sentences after it with no day of their own go on telling (up to `SCENE_REACH` of
        them: "… 300 personnes ont été évacuées. Les pompiers ont mené 120 sauvetages" is
        Monday's too); "" when none. Once per sentence
        (each of its figures without a day of its own asks)."""
        if i not in self._scene:
            self._scene[i] = self._scene_day(i)
        return self._scene[i]

    def _scene_day(self, i: int) -> str:
        here, j = self.sentences[i], i
        while not (found := self._dates_before(j)):
            between = self.sentences[j - 1] if j > 0 else None
            if (
                between is None
                or between.paragraph != here.paragraph
                or i - j + 1 >= SCENE_REACH
                or when.opens_period(self.body, between.start, between.end, self.lang)
            ):
                return ""  # no day before in the paragraph, or a period's count between
            j -= 1
        first = next((x for x in found if x.iso), None)
        if first is None or first.since or first.said or first.told:
            return ""
        s = self.sentences[j - 1]
        if when.earlier_step(self.body, s.start, s.end, self.lang):
            return ""  # "Mercredi, les secours avaient compté 4 morts": an earlier step
        if when.opens_period(self.body, here.start, here.end, self.lang):
            return ""  # "… 90 interventions depuis le début de la crue": a period's count
        return first.iso if _SCENE.fullmatch(self.body, s.start, first.start) else ""

    def headed_day(self, i: int) -> str:
        """The day of a sentence of sentence `i`'s paragraph that gives a day and no figure,
        a heading of the figures after it ("Il punto di giovedì sera. Evacuati:
        40. Feriti: 2.": Thursday's), across short labelled sentences ("Morti: 1.") between;
        "" when none, or when sentence `i` is no such labelled sentence itself."""
        if not self._labelled(i):
            return ""
        j = i - 1
        while j >= 0 and self.sentences[j].paragraph == self.sentences[i].paragraph:
            s = self.sentences[j]  # its dates are those before sentence j + 1, of its paragraph
            found = [
                x for x in self._dates_before(j + 1) if x.iso and not (x.since or x.said or x.told)
            ]
            if found and not _DIGIT.search(self.body, s.start, s.end):
                return found[0].iso  # a heading: a day, no figure
            if found or not self._labelled(j):
                return ""
            j -= 1
        return ""

    def _labelled(self, i: int) -> bool:
        """Whether sentence `i` is a short labelled one ("Morti: 1.", "Injured: 7.")."""
        s = self.sentences[i]
        return s.end - s.start <= LABEL_LENGTH and ":" in self.body[s.start : s.end]

    def _dates_before(self, i: int) -> list:
        """The dates of the sentence before sentence `i` in its paragraph ([] when none),
        found once per sentence (`scene_day`, `previous_day` and `headed_day` read them)."""
        if i == 0 or self.sentences[i - 1].paragraph != self.sentences[i].paragraph:
            return []
        if i not in self._before:
            s = self.sentences[i - 1]
            self._before[i] = find_dates(
                self.body, self.written, s.start, s.end, self.words(i - 1), self.lang
            )
        return self._before[i]

    def opened(self) -> str | None:
        """The first day of the stretch the document opens ("depuis lundi", "tra giovedì e
        venerdì", "jeudi et vendredi"), or None: what "le premier jour" counts from."""
        if self._opened is None:
            self._opened = ""
            for i, s in enumerate(self.sentences):
                found = find_dates(
                    self.body, self.written, s.start, s.end, self.words(i), self.lang
                )
                first = next((d.iso for d in found if d.since and d.iso), None)
                if first:
                    self._opened = first
                    break
        return self._opened or None

    @property
    def named(self) -> list[str]:
        """The countries (and continents) the body names, in order (`countries_named`)."""
        if self._named is None:
            self._named = countries_named(self.body)
        return self._named

    @property
    def country(self) -> str:
        """The country the document is about: the first its title names ("Francia, ondata di
        caldo" over the Italian cities of a closing paragraph), else the one its places name
        most (cities count for their country), the first named on a tie; "" when none."""
        if self._country is None:
            titled = [c for c in countries_named(self.title or "") if c not in CONTINENTS]
            named = [c for c in self.named if c not in CONTINENTS]
            counts = Counter(named)
            self._country = (
                titled[0]
                if titled
                else max(named, key=lambda c: (counts[c], -named.index(c)))
                if named
                else ""
            )
        return self._country

    @property
    def story(self) -> str:
        """The story's whole scope, which no figure's place repeats (`places.story_scope`)."""
        if self._story is None:
            text = f"{self.title}\n{self.body}"
            self._story = story_scope([*self.named, *demonym_countries(text)], text)
        return self._story

    @property
    def home(self) -> str:
        """The city the document is about (`places.home_city`), or ""."""
        if self._home is None:
            self._home = home_city(self.publisher_name, self.title, self.lang)
        return self._home

    @property
    def town(self) -> str:
        """The town "in città", "in provincia" name: the document's city, else the town of
        the local paper that publishes it (`places.paper_town`), or ""."""
        if self._town is None:
            self._town = self.home or paper_town(self.publisher_name, self.title, self.lang)
        return self._town

    def scope(self, found: Place | None, concept: str | None) -> str:
        """A figure's place: the one its clause names (`found`, `context.scope`), else the
        document's city; "" for a count of countries and for the story's whole scope
        ("1,08 million dans le pays" in a story about France, "across Europe" in one about
        Europe), which a country adjective of the noun ("in 6 Italian regions") still names."""
        if concept == "country":
            return ""
        if found is None:
            return self.home
        if found.kind in ("continent", "country", "city") and found.name == self.story:
            return ""
        if found.kind == "place":  # "12 dockers à Port": "Port-la-Nouvelle", named so earlier
            if found.name not in self._longer:
                self._longer[found.name] = longer_name(self.body, found.name)
            return self._longer[found.name]
        return found.name

    def places(self, i: int, attributions) -> list[Place]:
        """The places of sentence `i`: "the capital", "nationwide" and "the city" resolved
        against the document's country and city (dropped when it has none), and no unknown
        place inside a source's name ("secondo la Procura di Catania" is a speaker), unless
        a locative puts the source there ("police in the town of Todi")."""
        out = []
        for p in self.speakers.places(i, self.lang):
            if p.kind in ("capital", "nation", "town"):
                name = {"capital": self.capital, "nation": self.country}.get(p.kind, self.town)
                if not name:
                    continue
                p = p._replace(name=name, kind="country" if p.kind == "nation" else "city")
            elif p.kind == "compass":  # "nel Nord-ovest": that part of the story's country
                if not self.compass_country:
                    continue
                p = p._replace(name=f"{p.name} {self.compass_country}", kind="region")
            elif p.kind == "back":  # "sull'isola": the island the document names
                name = self.named_as(p.name)
                if not name:
                    continue
                p = p._replace(name=name, kind="place")
            elif p.kind == "place" and any(
                a.start <= p.start < a.end and not _LOCATED.search(self.body, a.start, p.start)
                for a in attributions
            ):
                continue
            out.append(p)
        return out

    @property
    def capital(self) -> str:
        """The capital "dans la capitale" names: the table's for the document's country, else
        the one the document names in apposition (`places.capital_named`); "" when none."""
        if "capital" not in self._again:
            self._again["capital"] = capital_of(self.country) or capital_named(
                f"{self.title or ''}\n{self.body}", self.lang
            )
        return self._again["capital"]

    @property
    def compass_country(self) -> str:
        """The country a point of the compass ("nel Nord-ovest", "in the north-east") names a
        part of: the story's one country (`story`), else the one of a part with a name of its
        own the document names ("nel Mezzogiorno": `places.compass_country`); "" when none,
        as in a story about several countries or a continent."""
        if "compass" not in self._again:
            story = self.story if self.story not in CONTINENTS else ""
            self._again["compass"] = story or compass_country(f"{self.title or ''}\n{self.body}")
        return self._again["compass"]

    def named_as(self, kind: str) -> str:
        """The place the document names with a noun of `kind` ("l'isola di X": `places.named_as`),
        which "sull'isola", "on the island" name again; "" when none."""
        if kind not in self._again:
            self._again[kind] = named_as(f"{self.title or ''}\n{self.body}", kind, self.lang)
        return self._again[kind]

    def before_in_paragraph(self, table: dict, i: int):
        """What `table` holds for the last of the previous sentences of sentence `i`'s
        paragraph (up to `NOUN_BACK`) that has an entry, or None: a count that points back
        answers a figure of its own paragraph."""
        for j in range(i - 1, max(-1, i - 1 - NOUN_BACK), -1):
            if self.sentences[j].paragraph != self.sentences[i].paragraph:
                return None
            if j in table:
                return table[j]
        return None

    def before(self, table: dict, i: int):
        """What `table` (sentence → value: `nouns`, `currencies`, `money`) holds for the
        last of the previous sentences (up to `NOUN_BACK`, never across a heading) that has
        an entry, or None. The noun of the last count, the currency of the last figure, the
        last currency seen: what a clitic, an opening or a bare "30 millions" points back to.
        """
        for j in range(i - 1, max(-1, i - 1 - NOUN_BACK), -1):
            if self.sentences[j].heading:
                return None
            if j in table:
                return table[j]
        return None

    def words(self, i: int) -> list[tuple[int, str, str]]:
        return self.speakers.words(i)

    def sentence_of(self, pos: int) -> int:
        return max(0, bisect.bisect_right(self.starts, pos) - 1)

    def attributions(self, i: int) -> list[Attribution]:
        return self.speakers.attributions(i)

    def toll(self, concept: str | None) -> bool:
        """Whether `concept` (or a broader one) counts a toll: the dead, injured, missing,
        displaced, rescued (`Vocabulary.tolls`)."""
        tolls = self.speakers.vocab.tolls
        return bool(concept) and any(c in tolls for c in self.lex.concepts.ancestors(concept))

    def own_means(self, concept: str | None, i: int) -> bool:
        """Whether `concept` (or a broader one) counts the people or means of the kind of
        body that the previous sentence of sentence `i`'s paragraph gives as its source
        (`nouns.yaml` `own_means`): "…, the fire service said. Two firefighters were hurt"."""
        if not concept:
            return False
        before = self.speakers.continued(i)
        if before is None or not (kind := self._kind(before.source)):
            return False
        means = set(load("nouns")["own_means"].get(kind) or ())
        return not means.isdisjoint(self.lex.concepts.ancestors(concept))

    def _kind(self, source: str) -> str | None:
        """The kind of a source: the lexicon's, else the generic noun that ends it ("the
        regional fire service": a fire service)."""
        words, generic_kind = source.split(), self.speakers.vocab.generic_kind
        return self.lex.sources.kind_of(source) or next(
            (kind for k in range(len(words)) if (kind := generic_kind(" ".join(words[k:])))),
            None,
        )

    def carried(self, i: int) -> Attribution | None:
        """The speaker a connector sentence ("Ensuite, …", "L'agence…") continues; once per
        sentence (each of its figures without a speaker of its own asks)."""
        if i not in self._carried:
            self._carried[i] = self.speakers.carried(i)
        return self._carried[i]


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
    nouns = _counted_noun(lex, d.lang)
    # whose figure, of which whole; "the group" as the company the document named
    return frame_owners(rows, d.body, d.lang, d.sentences, nouns, d.speakers.referent)


def _counted_noun(lex: Lexicons, lang: str | None):
    """Whether a word is a counted noun of the lexicon ("Firefighters"): no owner's name."""
    return lambda word: lex.concepts.lookup(lexicon_key(word), lang) is not None


def _sentence_claims(d: _Doc, i: int, qs: list, doc: Mapping) -> list[dict]:
    s = d.sentences[i]
    body = d.body
    attributions = d.attributions(i)
    dates = find_dates(
        body,
        d.written,
        s.start,
        s.end,
        d.words(i),
        d.lang,
        story=d.news_day or None,
        opened=d.opened,
    )
    places = d.places(i, attributions)
    spans = [(q.start, q.end) for q in qs]
    nouns = SentenceNouns(d, i, places)
    rated = when.mentions_rate(d.words(i), d.lang)
    elsewhen = d.news_day and when.mentions_other_time(body, s.start, s.end, d.words(i), d.lang)
    times = when.times_told(body, s.start, s.end, d.lang)  # the time phrases worth asking
    clause = Clause(d, i, s, qs, spans, dates, times, elsewhen)
    rows = []
    publisher = _text(doc.get("publisher"))
    published_at = _text(doc.get("published_at")) or d.published
    measure = None  # the sentence's last measure and its row: a bare count may elide its unit
    scaled = None  # the sentence's last figure with a scale word, and its row
    went_on = False  # a toll of the sentence took the source of the sentence before
    for n, q in enumerate(qs):
        q = at_sea(q, body, d.lang)  # "a 35 miglia da Lampedusa": nautical miles
        noun = nouns.read(q, qs[n + 1] if n + 1 < len(qs) else None)
        q, thing, concept, kind, sided_rate = _figure_noun(d, s.end, q, noun, measure, scaled)
        thing_end = noun.end
        attribution, own, continued = _figure_source(
            d, i, q, kind, concept, thing_end, attributions, spans, went_on
        )
        went_on = went_on or continued
        items = context.listed_items(d, i, q, thing_end, concept) if kind == "count" else ""
        rate = when.rate(q, thing_end, spans, body, d.lang, s.end) if rated else ""
        rate = rate or sided_rate
        figure = Figure(n, q, kind, rate, concept, thing, own)
        day, day_from = figure_day(clause, figure, rows)
        scope = d.scope(context.scope(q, places, spans, body, thing_end, d.lang), concept)
        if noun.back and (told := d.before_in_paragraph(d.framed, i)):
            # "52 000 manifestants à Lyon mardi selon les syndicats. La préfecture en a compté
            # 21 000": the count that points back is of that figure's place and day
            scope = scope or told[0]
            if day_from != "clause" and told[1]:
                day, day_from = told[1], "clause"
        outer = context.converted(body, q, spans)
        if outer is not None and rows and rows[-1]["start"] == outer:
            # "190 mm (7.5 inches) of rain … on Monday": a conversion is its figure's day
            day, day_from = rows[-1]["refers_to"], rows[-1]["day_from"]
        if day_from == "clause" and any(x.said and x.iso == day for x in dates):
            d.said.setdefault(i, day)
            d.said_by.setdefault(i, (attribution.source if attribution else "", concept))
        rows.append(
            {
                "doc": doc["doc"],
                "publisher": publisher,
                "published": d.published,
                "published_at": published_at,
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
                "currency": noun.currency or q.currency,
                "unit": q.unit,
                # an amount, a measure or a share names its thing through a preposition:
                # "28 % du chiffre d'affaires", "$41.6 billion in revenue"
                "thing": thing or (_anchor(body, q, d.lang) if kind != "count" else ""),
                "concept": concept or "",
                "refers_to": day,
                "method": "extracted",
                "source_stated": attribution is not None and not continued,
                "rate": rate,
                "subject": "",
                "subject_label": "",
                "subject_evidence": "",
                "moment": "",  # subject, moment and series: filled by the alignment stage
                "series": "",
                "kind": kind,
                "scale": q.scale,
                "scope": scope,
                "items": items,
                "ambiguity": "; ".join(q.ambiguity),
                "sentence": i,
                "day_from": day_from,
                "source_role": attribution.role if attribution else "",
            }
        )
        again = told_again_value(figure)
        if again and day_from == "clause" and len(day) == 10:
            d.dated.setdefault(again, (day, concept or "", (thing or "").lower().split()[-1:]))
        if kind == "count" and d.nouns.get(i) == (thing, concept) and (noun.own or i not in d.framed):  # fmt: skip
            d.framed[i] = (scope, day if day_from == "clause" else "")  # an own noun's count
        if q.kind == "unit" and q.unit not in ("percent", "fraction"):
            measure = (q, rows[-1])
        if q.scale:
            scaled = (q, rows[-1])
    return rows


def _figure_noun(d: _Doc, end: int, q, noun, measure, scaled) -> tuple:
    """Figure `q` (of a sentence ending at `end`) with the unit or scale word it elides, its
    thing, concept, kind and the rate its scaled figure carries: "180 tonnes, contre les 40
    annoncées mardi" (40 tonnes), "3,1 miliardi l'anno secondo la Ragioneria, 3,8 per la
    Corte" (3.8 billion a year). `measure` and `scaled` are the sentence's last measure and
    last scaled figure, each with its row."""
    body = d.body
    thing, concept = noun.thing, noun.concept
    elided = measure and q.kind == "count" and elided_unit(body, measure[0], q, end, d.lang)
    if elided == "difference" or (elided and not (noun.own and noun.thing)):
        # "180 tonnes, contre les 40 annoncées mardi", "130 km/h, soit 50 de plus"
        q = q._replace(unit=measure[0].unit, kind=measure[0].kind)
        thing, concept = measure[1]["thing"], measure[1]["concept"]
    sided_rate = ""
    if scaled and _bare(q) and not (noun.own and noun.thing):
        factor = elided_scale(body, scaled[0], q, d.lang)
        if factor:  # "3,1 miliardi l'anno secondo la Ragioneria, 3,8 per la Corte"
            q = _scaled(q, scaled[0], factor)
            thing, concept = scaled[1]["thing"], scaled[1]["concept"]
            sided_rate = scaled[1]["rate"]
    kind = "money" if noun.currency and not q.currency else q.kind
    aged = age_word(body, q.start, q.end, d.lang) if kind == "count" else None
    if aged:  # "une femme de 58 ans": a person's, never compared; it counts years
        thing, concept = aged, AGE
    return q, thing, concept, kind, sided_rate


def _figure_source(
    d: _Doc, i: int, q, kind: str, concept, thing_end: int, attributions, spans, went_on: bool
) -> tuple[Attribution | None, str | None, bool]:
    """Who gives figure `q` of sentence `i`: its attribution (None: the writer's, or the
    publisher's), the source its own attribution names (before a connector's or the previous
    sentence's is carried) and whether it was carried from another sentence (not stated)."""
    # a body's size or accounts in its own words give the figure to no one, unless another
    # speaker of the sentence gives it ("…, ha precisato un portavoce")
    body = d.body
    writers = all(context.own_account(a, q, body, d.lang) for a in attributions)
    said = [] if writers else attributions
    attribution = context.pick_attribution(q, thing_end, said, spans, body)
    own_at = attribution.start if attribution else -1
    own = getattr(d.speakers.resolved(attribution) if attribution else None, "source", None)
    attribution = d.speakers.resolved(attribution or d.carried(i))
    described = concept == AGE or context.population(q, body, d.lang)
    if kind == "money" and context.written_conversion(q, body, spans, own_at):
        described = True  # "…, chiede 30 bitcoin, circa 2 milioni di euro": the writer's
    if described:  # "une femme de 58 ans", "le village compte 2 300 habitants": the writer's
        attribution = None
    continued = False
    if (
        attribution is None
        and not described
        and (
            kind == "count"
            and (d.toll(concept) or went_on or d.own_means(concept, i))
            or d.speakers.possessive_opening(i)
            or d.speakers.partitive(i)
        )
    ):  # "…, X said. Some 3,100 were evacuated", "…, according to X. All of its 2,100…"
        # (and the counts after such a toll: "…, and 5 pupils were kept in hospital"; a
        # partitive's: "…, secondo la Regione. Negli ultimi giorni ne sono stati contati 8")
        attribution = d.speakers.continued(i)
        continued = attribution is not None  # its source, named in another sentence
    return attribution, own, continued


def _bare(q) -> bool:
    """A count written as a bare number: no scale word, currency or unit."""
    return q.kind == "count" and not (q.scale or q.currency or q.unit)


def _scaled(q, scaled, factor: float):
    """`q` in the scale word, currency and kind of the figure `scaled` (its value times
    `factor`): "3,8" after "3,1 miliardi secondo la Ragioneria" is 3.8 billion."""
    return q._replace(
        value=round(q.value * factor, 6), low=round(q.low * factor, 6),
        high=round(q.high * factor, 6),
        scale=scaled.scale, currency=scaled.currency, kind=scaled.kind,
    )  # fmt: skip


LABEL_LENGTH = 40  # characters at most of a labelled sentence between a heading and a figure
_DIGIT = regexcache.compile(r"\d")
SCENE_REACH = 3  # sentences a day opening a sentence goes on dating in its paragraph
_SCENE = regexcache.compile(r"\W*(?:(?:on|le|il|lo|the)\s+)?", re.IGNORECASE)


def _anchor(body: str, q, lang: str | None) -> str:
    """The word beside an amount, a measure or a share that names its thing (`anchor_at`),
    never a day ("réduire lundi de 30 %")."""
    word = anchor_at(body, q.start, q.end, lang)
    return "" if word.lower() in TIME_WORDS else word


def _text(value) -> str | None:
    """A document field as text, None when missing (None, NaN or "")."""
    return value if isinstance(value, str) and value else None
