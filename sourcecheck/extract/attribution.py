"""Who gave each figure: the attributions of a sentence, and who a document's speakers are.

Why
---
A divergence is between named sources, so each figure needs the one who gave it, read from
its own clause: "245 000 manifestants selon la CGT et 30 000 selon la police" has two.
A speaker is an organisation the lexicon knows, a body with its own name ("la Procura di
Catania"), a person with a role ("le maire, Jean Rocher"), a generic actor that names the
document's organisation of its kind ("la société" → Quintex Systems), or a capitalised
name right before a verb of saying. It becomes an attribution through its frame: a marker
before it ("selon X"), a verb after it ("X a compté", ", X said"), a passive ("annoncés par
X"), a label ("6 000 (préfecture)", "8 000 per la Questura") or an ellipsis ("et les
syndicats 45 000"). The words are data (`frames/data/attribution.yaml`); this module holds
how they combine. `context.pick_attribution` gives each figure one.

Example
-------
>>> from sourcecheck.extract.sources import load_sources
>>> body = "Selon la GdF, 5 500 serveurs, et les syndicats 45 000."
>>> speakers = Speakers(body, "fr", None, load_sources())
>>> [(a.source, a.applies, a.how) for a in speakers.attributions(0)]
[('Guardia di Finanza', 'both', 'marker'), ('les syndicats', 'pre', 'ellipsis')]
"""

from __future__ import annotations

import bisect
import re
from functools import reduce
from operator import or_
from typing import NamedTuple

from sourcecheck import regexcache
from sourcecheck.extract import acronyms, framing, offices
from sourcecheck.extract.places import CITY_COUNTRY, find_places
from sourcecheck.extract.sentences import split, words
from sourcecheck.extract.sources import Sources, _norm
from sourcecheck.extract.speakers import (
    COLLECTIVE,
    GENERIC_SOURCE,
    PLACE_KINDS,
    PRONOUN,
    Speaker,
    appositions,
    as_written,
    branches,
    federation,
    generic_speakers,
    generics,
    located,
    modified,
    named_generic,
    national,
    opening_name,
    people,
    postnominal,
    titled_name,
    unknown_runs,
)
from sourcecheck.frames.attribution import (
    ACTION,
    CAPITAL,
    COMPANY,
    COUNTING,
    GENERIC,
    LABEL,
    MARKER,
    ROLE,
    SAYING,
    Vocabulary,
    vocabulary,
)
from sourcecheck.frames.names import read_name
from sourcecheck.frames.owner_words import vocabulary as owner_words

QUOTES = '«"“'  # a sentence opening with one continues a quote
_QUOTATION = regexcache.compile(r'«[^»\n]{1,1500}»|“[^”\n]{1,1500}”|"[^"\n]{1,1500}"')
_ITEM = regexcache.compile(r"[ \t]*(?:[-–—•*·]|\d{1,2}[.)])\s")  # a list item's mark
CARRY_BACK = 3  # sentences a speaker is carried over by a connector ("Ensuite, …")
LOOK_AHEAD = 2  # sentences after a generic actor where the body it names may come first
# kinds of generic nouns that name no organisation a figure may belong to (a person in an
# office, the last speaker, the press)
REFERENT_NOT = frozenset({"official", "same-source", "press", PRONOUN})


class Attribution(NamedTuple):
    start: int
    end: int
    source: str  # canonical name, a body's own name or a person's name
    text: str  # as written: "selon Eurojust", "GdF affirme"
    applies: str  # both: what follows or precedes; pre: what follows; post, label: precedes
    role: str = ""  # a person's role as written ("maire", "chief legal officer")
    how: str = ""  # marker, passive, inverted, speech, action, possessive, label, ellipsis


def _coordinated_first(body: str, found: list, last, v: Vocabulary):
    """The first of two bodies of one kind a conjunction joins ("coordonnée par Norpol et
    Eurojud", "led by Norpol and Eurojud": "l'agence" after them is the first named, the
    head of the pair), else `last`."""
    for m in found:
        if m[0] < last[0] and v.coordinated_pair.fullmatch(body, m[1], last[0]):
            return m
    return last


class Speakers:
    """Per document: each sentence's attributions (cached), generic actors resolved against
    the organisations the document names, and the speaker a connector sentence carries."""

    def __init__(self, body: str, lang: str | None, publisher: str | None, sources: Sources,
                 sentences=None):  # fmt: skip
        self.body, self.sources = body, sources
        self.vocab: Vocabulary = vocabulary(lang)
        self.sentences = sentences if sentences is not None else split(body)
        self._tokens: dict[int, list[tuple[int, str, str]]] = {}
        self.publisher = sources.canonical(publisher) if publisher else None
        self._starts = [s.start for s in self.sentences]
        self._found: dict[int, list[Attribution]] = {}
        self._finding: set[int] = set()  # sentences whose attributions are being found
        self._mentioned: dict[int, list] = {}
        self._by_kind: dict[str, list] = {}  # kind → mentions of sentences before `_indexed`
        self._indexed = 0  # the sentences `_by_kind` holds the mentions of (`_index_mentions`)
        self._bare: dict[tuple, tuple[int, str | None]] = {}  # `_named_before`, per bare name
        self._orgs: dict[int, list[tuple[int, int, str, str | None]]] = {}
        self._speakers: dict[int, list[tuple[int, str]]] = {}  # sentence → `_speaking`
        # a name a generic noun introduced as it spoke → that noun's kind ("l'agence régionale
        # de santé (ARS) Bretagne en a compté 9": an agency, whatever its name's words say)
        self._introduced_as: dict[str, str] = {}
        self._heads: dict[tuple[str, ...], list] = {}  # generic noun → `_heads_before`
        self._none_up_to: dict[tuple, int] = {}
        self._publisher_kind: str | None | bool = False  # not looked up yet
        self._resolved: dict[str, str | None] = {}
        self._subjects: dict[int, str | None] = {}
        self._named_towns: dict[int, list] = {}  # sentence → `_towns`
        self._places: dict[tuple, list] = {}  # (sentence, language) → `places`
        self._feats: dict[int, list[int]] = {}  # sentence → `features`
        self._unknown: dict[int, list] = {}  # sentence → `unknown`
        self._generics: dict[int, list] = {}  # sentence's end → `generic_nouns`
        self._quotes: list[tuple[int, int]] | None = None
        self._defined: dict[str, tuple[int, int, str]] | None = None

    def words(self, i: int) -> list[tuple[int, str, str]]:
        """`sentences.words` of sentence `i`, found once (dates and places read them too)."""
        if i not in self._tokens:
            s = self.sentences[i]
            self._tokens[i] = words(self.body, s.start, s.end)
        return self._tokens[i]

    def features(self, i: int) -> list[int]:
        """`Vocabulary.features` of sentence `i`'s words, found once (its attributions, the
        names it introduces and its speakers all read them)."""
        if i not in self._feats:
            self._feats[i] = self.vocab.features(self.words(i))
        return self._feats[i]

    def unknown(self, i: int) -> list:
        """`speakers.unknown_runs` of sentence `i`, found once (its attributions and the names
        speaking in it both read them, each setting aside its own found speakers)."""
        if i not in self._unknown:
            self._unknown[i] = unknown_runs(self, self.words(i), self.features(i))
        return self._unknown[i]

    def generic_nouns(self, hi: int, tokens, feats: list[int]) -> list:
        """`speakers.generics` of the sentence ending at `hi` (`tokens`, `feats`: its words
        and their features), found once (its attributions and the bodies it introduces both
        read them)."""
        if hi not in self._generics:
            self._generics[hi] = generics(self, hi, tokens, feats)
        return self._generics[hi]

    def places(self, i: int, lang: str | None) -> list:
        """`places.find_places` of sentence `i`, found once (the figures' places and the
        towns an office looks back for read them both)."""
        key = (i, lang)
        if key not in self._places:
            s = self.sentences[i]
            self._places[key] = find_places(self.body, s.start, s.end, self.words(i), lang)
        return self._places[key]

    def attributions(self, i: int) -> list[Attribution]:
        """The attributions of sentence `i`, in text order."""
        if i not in self._found:
            s = self.sentences[i]
            self._found[i] = []  # a generic actor looking back never reaches its own sentence
            self._finding.add(i)
            self._found[i] = _find(self, s.start, s.end, self.words(i), i)
            self._finding.discard(i)
        return self._found[i]

    def resolved(self, a: Attribution | None) -> Attribution | None:
        """`a` with the organisation its generic actor names ("la société" → Quintex
        Technologies). Resolved only for the attributions a figure takes: most generic
        nouns of a sentence give no figure."""
        if a is None or not a.source.startswith(GENERIC_SOURCE):
            return a
        if a.source not in self._resolved:
            kind, at, noun, written = a.source[len(GENERIC_SOURCE) :].split("|", 3)
            if kind == "same-source":
                i = bisect.bisect_right(self._starts, int(at)) - 1
                source = self.last_attributed(i) or written
            elif kind == PRONOUN:  # "a-t-elle indiqué", "it said": None when no one is named
                source = self.antecedent(int(at))
            else:  # unresolved: its office's body, the kind's name, else as written
                spec = self.vocab.kinds.get(kind) or {}
                # "un portavoce", "a spokesman": someone new, never the office holder named
                # before ("la commissaria X" is no one's spokesperson)
                new = (
                    kind == "official" and _norm(written).split()[0] in self.vocab.indefinite_words
                )
                named = (
                    None
                    if new
                    else (
                        self.itself(written)
                        or self.holder(kind, noun, int(at))
                        or self.resolve(kind, int(at), noun)
                    )
                )
                source = named or self.office(kind, noun, int(at)) or spec.get("name") or written
            self._resolved[a.source] = source
        if self._resolved[a.source] is None:
            return None
        return a._replace(source=self._resolved[a.source])

    def itself(self, written: str) -> str | None:
        """The publisher when a generic actor as `written` is the publisher's own name ("la
        Guardia costiera" in a release of the Guardia costiera), else None.

        Why: a body's release speaks of itself by its name; a branch of it named before ("la
        Guardia costiera di Capo Selvo") is not who the bare name is.

        Example: `itself("la Guardia costiera")` → "Guardia costiera" for that publisher.
        """
        if not self.publisher:
            return None
        words_ = _norm(written).split()
        if words_ and words_[0] in self.vocab.det_words:
            words_ = words_[1:]
        elif words_ and "'" in words_[0]:  # ("l'agenzia")
            head, _, rest = words_[0].partition("'")
            words_ = [rest, *words_[1:]] if head + "'" in self.vocab.det_words else words_
        return self.publisher if " ".join(words_) == _norm(self.publisher) else None

    def holder(self, kind: str, noun: str, pos: int) -> str | None:
        """The person the document named last before `pos` in the office `noun` ("il
        ministro" after "Il ministro dell'Ambiente, Marisa Quintalli, ha firmato…"); None
        for other kinds, or when no one was named in it."""
        if kind != "official":
            return None
        i = bisect.bisect_right(self._starts, pos) - 1
        for j in range(i, -1, -1):
            for a in reversed(self.attributions(j)):
                if (
                    a.start < pos
                    and a.role
                    and (_norm(a.role).split()[0] == noun or noun in self.vocab.elected)
                ):  # ("l'élu", "il primo cittadino": whoever holds the office)
                    return a.source
        return None

    def office(self, kind: str, noun: str, pos: int) -> str | None:
        """The body an office or a town's generic actor at `pos` stands for: "the mayor", "il
        Comune" → the publisher when it is that body, else the town hall of the town the
        document names last before `pos` ("the town of Ashcombe" → "Ashcombe Town Hall");
        None when it names none."""
        body_kind = offices.office_kind(noun, self.vocab.lang) or kind
        if body_kind != kind and self.publisher and self.publisher_kind() == body_kind:
            return self.publisher
        found = self.town(pos)
        if found is None:
            return None
        place, lang = found
        return offices.town_body(body_kind, place, lang or self.vocab.lang)

    def town(self, pos: int) -> tuple[str, str | None] | None:
        """The town named last before `pos` and the language of its country when known:
        "the town of X", "il sindaco di X", "A X, …", or a city of a known country the text
        locates something in ("streets flooded in Perugia" → ("Perugia", "it"))."""
        i = bisect.bisect_right(self._starts, pos) - 1
        for j in range(i, -1, -1):
            if found := [town for at, town in self._towns(j) if at < pos]:
                return found[-1]
        return None

    def _towns(self, j: int) -> list[tuple[int, tuple[str, str | None]]]:
        """(offset, (town, language)) of the towns sentence `j` names, in text order; once
        per sentence (every office looks back over the sentences before it)."""
        if j not in self._named_towns:
            s = self.sentences[j]
            named = [(at, (place, offices.country_language(CITY_COUNTRY.get(place, ""))))
                     for at, place in offices.towns(self.body, s.start, s.end, self.vocab.lang)]  # fmt: skip
            named += [
                (p.start, (p.name, lang))
                for p in self.places(j, self.vocab.lang)
                if p.locative
                and p.kind == "city"
                and (lang := offices.country_language(CITY_COUNTRY.get(p.name, "")))
            ]
            self._named_towns[j] = sorted(named, key=lambda t: t[0])
        return self._named_towns[j]

    def antecedent(self, pos: int) -> str | None:
        """Who a pronoun at `pos` stands for: the last speaker or organisation named before it
        in its sentence, else the subject (or last speaker) of the sentences before."""
        i = bisect.bisect_right(self._starts, pos) - 1
        said = [a for a in self.attributions(i) if a.end <= pos and a.applies != "label"]
        said = [a for a in said if not a.source.startswith(GENERIC_SOURCE + PRONOUN)]
        # (not a collective: "L'évacuation des 400 habitants…, a-t-elle ajouté" is the body's)
        named = [
            (m[0], m[2])
            for m in [*self.mentions(i), *self._named(i)]
            if m[1] <= pos and not self.sources.collective(m[2])
        ]
        if said or named:
            last = max([(a.start, a) for a in said] + named, key=lambda x: x[0])[1]
            # "The regulator fined Orvia Telecom €22 million, it said": the subject that opens
            # the sentence and acts or says, not the name its verb governs
            opening = [a for a in said if a.how in _SUBJECT_HOWS and self._opens_with(i, a.start)]
            if opening:
                last = opening[0]
            return self.resolved(last).source if isinstance(last, Attribution) else last
        for j in range(i - 1, max(-1, i - 1 - CARRY_BACK), -1):
            if self.sentences[j].heading:
                break
            # "Rescuers freed 26 people, the Red Cross said. Another 7 were missing, it added":
            # the speaker who closed the sentence before, not its subject
            closing = [a for a in self.attributions(j) if a.applies == "post"]
            if closing and (last := self.resolved(closing[-1])) is not None:
                return last.source
            if name := self.subject(j):
                return name
            if found := [a for a in self.attributions(j) if a.applies != "label"]:
                if (last := self.resolved(found[-1])) is not None:
                    return last.source
        return None

    def _opens_with(self, i: int, pos: int) -> bool:
        """Does sentence `i` open at `pos`, a determiner at most before it?"""
        before = self.body[self.sentences[i].start : pos].strip()
        return not before or re.fullmatch(self.vocab.art, before + " ", re.I) is not None

    def subject(self, j: int, unknown_only: bool = False) -> str | None:
        """The organisation or person sentence `j` opens with as its subject ("La SNCF a
        publié…", "Harlow Foods posted…", "Mardi, la préfecture a…"); with `unknown_only`,
        only a name no lexicon knows or a company. None when it opens otherwise."""
        key = j if not unknown_only else -1 - j
        if key not in self._subjects:
            self._subjects[key] = self._subject(j, unknown_only)
        return self._subjects[key]

    def _subject(self, j: int, unknown_only: bool) -> str | None:
        s, text, tokens = self.sentences[j], self.body, self.words(j)
        feats = self.features(j)
        found = [] if unknown_only else [(m.start, m.end, m.source) for m in self.mentions(j)]
        found += [
            (m[0], m[1], m[2]) for m in self._named(j) if not unknown_only or m[3] == "company"
        ]
        if reduce(or_, feats, 0) & ROLE:
            found += [
                (p.start, p.end, p.source) for p in people(self, s.start, s.end, tokens, feats)
            ]
        found += [(n.start, n.end, n.source) for n in opening_name(self, j)]
        # the widest name first where two start together ("British low-cost carrier Kestrel Air")
        for start, end, name in sorted(found, key=lambda f: (f[0], -f[1])):
            before = text[s.start : start]
            if before.strip() and not (
                re.fullmatch(self.vocab.art, before.strip() + " ", re.I)
                or before.rstrip().endswith(",")
            ):
                continue
            after = text[end : end + 30].lstrip(" )")
            if self.vocab.passive_subject.match(after):
                # "Dunmere was fined…": it was done to, it says nothing; still the company
                # a later "the company" names (`unknown_only`, for `resolve`)
                return name if unknown_only else None
            if after[:1].islower() or after.startswith(","):
                return name
            return None
        return None

    def carried(self, i: int) -> Attribution | None:
        """The speaker a connector sentence ("Ensuite, …", "L'agence…") continues; one that
        opens with a pronoun only when it says or counts ("Elle a précisé que…")."""
        s, v = self.sentences[i], self.vocab
        if (after := self._backward(i)) is not None:
            return after
        if (head := self._list_head(i)) is not None:
            return head
        if (said := self._quoted(i)) is not None:
            return said
        if i and self.body[s.start : s.start + 1] in QUOTES:  # a quote goes on: its speaker
            if (said := self._quote_goes_on(i)) is not None:
                return said
        if (said := self._reported(i)) is not None:
            return said
        if not v.connector.match(self.body, s.start, s.end):
            if not v.pronoun.match(self.body, s.start, s.end):
                return None
            if not reduce(or_, self.features(i), 0) & (SAYING | COUNTING):
                return None
        # ("Peggio ancora il lago di Colleverde, al 12%": a comparison with the figure just
        # before goes on with its data past a paragraph break)
        comparing = v.comparing.match(self.body, s.start, s.end)
        for j in range(i - 1, max(-1, i - 1 - CARRY_BACK), -1):
            blank = "\n\n" in self.body[self.sentences[j].end : s.start]
            if self.sentences[j].heading or (blank and not (comparing and j == i - 1)):
                return None  # (past a blank line, a new paragraph opens its own account: "Of
                # those arrested…"; a plain-text article's single line breaks go on: "Ensuite")
            if found := [a for a in self.attributions(j) if a.applies != "label"]:
                return found[-1]
        before = self.sentences[i - 1] if i else None
        if (
            before
            and not before.heading
            and "\n\n" not in self.body[before.end : s.start]
            and (name := self.subject(i - 1))
        ):
            # "L'entreprise Sorbel emploie 450 salariés. Elle a annoncé…": its subject
            return Attribution(s.start, s.start, name, name, "both", "", "carried")
        return None

    def possessive_opening(self, i: int) -> bool:
        """Does sentence `i` open on a possessive ("All of its 2,100 employees…", "Sa dette
        s'élève à…", "I suoi debiti…")? It then speaks of the body last named: its figures go
        on with the previous sentence's source (`continued`)."""
        s, pattern = self.sentences[i], self.vocab.possessive_opening
        return pattern is not None and bool(pattern.match(self.body, s.start, s.end))

    def partitive(self, i: int) -> bool:
        """Does sentence `i` count with a partitive pronoun ("Solo questa settimana ne sono
        stati segnalati 6", "On en compte 9 dans le Var")?

        Why: such a sentence counts more of what the sentence before counted: its figures go
        on with that sentence's source (`continued`).

        Example: True for "On en compte 9 dans le Var."; False for "Le Var compte 9 cas."
        """
        s, pattern = self.sentences[i], self.vocab.partitive
        return pattern is not None and bool(pattern.search(self.body, s.start, s.end))

    def _quote_goes_on(self, i: int) -> Attribution | None:
        """The speaker of the quotes sentence `i` (opening with a quote) goes on with: the
        one who said the quote of the sentence before, over quotes of the paragraph that name
        no one («…», ha detto X. «…». «Sono 18 i Comuni allagati»)."""
        for j in range(i - 1, max(-1, i - 1 - CARRY_BACK), -1):
            before = self.sentences[j]
            said = [a for a in self.attributions(j) if a.how in ("speech", "inverted")]
            if said and any(q in self.body[before.start : before.end] for q in QUOTES):
                return said[-1]
            gap = self.body[before.end : self.sentences[j + 1].start]
            if said or self.attributions(j) or before.heading or "\n\n" in gap:
                return None
            if self.body[before.start : before.start + 1] not in QUOTES:
                return None
        return None

    def continued(self, i: int) -> Attribution | None:
        """The source of the previous sentence of the paragraph for sentence `i` that names no
        one of its own (no organisation, name or subject), when that source said or counted
        (not a body acting: "Les pompiers ont mené 900 interventions"); None otherwise. A
        body named right after the preposition opening sentence `i` (`opening_within`: "Al
        centro di accoglienza di X ne sono arrivati 40") is where, not one of its own. A
        sentence that opens on a year (`year_opening`: "In 2019, 6 climbers died") tells the
        story's past: it goes on with no one.

        Why: a toll goes on over sentences: "Two people are still missing, the prefecture
        said. Some 3,100 people have been evacuated" gives both to the prefecture. The caller
        keeps it for a toll's figures (`Vocabulary.tolls`: the dead, injured, evacuated…);
        requiring a toll figure in the sentence before too lost figures in both halves.
        """
        if not i or self.sentences[i - 1].heading:
            return None
        before, s = self.sentences[i - 1], self.sentences[i]
        if before.paragraph != s.paragraph or "\n\n" in self.body[before.end : s.start]:
            return None
        found = [a for a in self.attributions(i - 1) if a.applies != "label"]
        if not found or found[-1].how == "action":
            return None
        opening = self.vocab.year_opening
        if opening is not None and opening.match(self.body, s.start, s.end):
            return None  # "… the agency said. In 2011, the flood forced 900 out": the past
        # (a body right after the opening preposition is where: "All'ospedale X ne sono…")
        where = self.vocab.opening_within.match(self.body, s.start, s.end)
        at = where.end() if where else -1
        named = [
            m for m in self.mentions(i) if not self.sources.collective(m.source) and m.start != at
        ]
        orgs = self._named(i)
        introduced = [n for n in orgs if n[0] != at]
        subject = self.subject(i)
        if subject and any(n[0] == at and n[2] == subject for n in orgs):
            subject = None  # the opening body is where, not a subject naming its own source
        if named or introduced or subject:  # ("habitants" counted name no one)
            return None
        return self.resolved(found[-1])

    def _quoted(self, i: int) -> Attribution | None:
        """The speaker of a quote that runs over several sentences, sentence `i` among them
        ("« Nous avons évacué 80 familles. Et 12 autres demain », a dit X"; "X : « … . … »"):
        the one after its close (", a dit X"), else the one before its opening ("X :")."""
        s = self.sentences[i]
        for start, end in self.quotes():
            if start >= s.end or end <= s.start or (s.start <= start and end <= s.end):
                continue  # a quote outside the sentence, or inside it: its own frame reads it
            j = bisect.bisect_right(self._starts, end - 1) - 1
            after = [a for a in self.attributions(j) if a.start >= end and a.applies != "pre"]
            after = [a for a in after if a.how in ("inverted", "speech")]
            if after and j != i or after and start < s.start:
                return after[0]
            k = bisect.bisect_right(self._starts, start) - 1
            if k != i:
                before = [a for a in self.attributions(k) if a.end <= start + 1]
                before = [a for a in before if a.applies in ("pre", "both")]
                if before:
                    return before[-1]
            return None
        return None

    def defined(self) -> dict[str, tuple[int, int, str]]:
        """The acronyms the document defines, by acronym (lower case): the span of the name
        with its acronym and the name as written ("Syndicat national du contrôle aérien
        (SNCA)"); a later "le SNCA" is that body. Found once."""
        if self._defined is None:
            self._defined = acronyms.defined(self.body, self.vocab)
        return self._defined

    def acronym_of(self, at: int, name: str) -> str:
        """The acronym the document defines for the body named `name` at `at` ("Agence
        régionale de santé" inside "L'Agence régionale de santé (ARS)" → "ARS"), else `name`.

        Why: a generic actor ("selon l'agence") resolved to the full name would print another
        name than the body's other figures, which take its acronym (`acronyms.short`).
        """
        if self.sources.kind_of(name) is not None:
            return name
        for start, end, full in self.defined().values():
            if start <= at < end:
                return acronyms.short(full)
        return name

    def quotes(self) -> list[tuple[int, int]]:
        """(start, end) of each quotation of the body, its marks included, within a paragraph
        ("« … »", "“ … ”", '" … "'); found once."""
        if self._quotes is None:
            self._quotes = [m.span() for m in _QUOTATION.finditer(self.body)]
        return self._quotes

    def _reported(self, i: int) -> Attribution | None:
        """The previous sentence's source when sentence `i` is in the conditional of reported
        speech ("Selon le parquet, … Quelque 12 000 clients auraient été touchés"), in the
        same paragraph."""
        if not i or self.sentences[i - 1].heading:
            return None
        s, before = self.sentences[i], self.sentences[i - 1]
        if "\n\n" in self.body[before.end : s.start]:
            return None
        if not self.vocab.reported.search(self.body, s.start, s.end):
            return None
        found = [a for a in self.attributions(i - 1) if a.applies != "label"]
        return found[-1] if found else None

    def _list_head(self, i: int) -> Attribution | None:
        """The attribution of the line that opens the list sentence `i` is an item of ("Selon
        le bilan de la préfecture :" then "- 12 blessés ;"): list items ("-", "•", "*", "1.")
        back to a line ending with a colon, in the same paragraph."""
        j = i
        while j >= 0 and _ITEM.match(self.body, self.sentences[j].start):
            j -= 1
        if j == i or j < 0 or self.sentences[j].heading:
            return None
        s = self.sentences[j]
        if not self.body[s.start : s.end].rstrip().endswith(":"):
            return None
        if "\n\n" in self.body[s.end : self.sentences[i].start]:
            return None
        found = [a for a in self.attributions(j) if a.applies in ("both", "pre")]
        return found[-1] if found else None

    def _backward(self, i: int) -> Attribution | None:
        """The speaker of the next sentence when it opens by pointing back ("Lo ha reso noto
        la prefettura", "C'est ce qu'a indiqué la mairie"), in the same paragraph."""
        if i + 1 >= len(self.sentences):
            return None
        nxt = self.sentences[i + 1]
        if nxt.heading or "\n\n" in self.body[self.sentences[i].end : nxt.start]:
            return None
        if not self.vocab.backward.match(self.body, nxt.start, nxt.end):
            return None
        found = [a for a in self.attributions(i + 1) if a.applies != "label"]
        return found[0] if found else None

    def last_attributed(self, i: int) -> str | None:
        """The source of the last attribution before sentence `i` ("secondo la stessa fonte")."""
        for j in range(i - 1, -1, -1):
            if found := [a for a in self.attributions(j) if a.applies != "label"]:
                return self.resolved(found[-1]).source
        return None

    def headed(self, noun: str | list[str], pos: int) -> tuple[int, str] | None:
        """(where, name) of the last body before `pos` whose own name has the generic `noun`
        as a word: a body the document defines with its acronym ("the board" after "the
        National Transport Safety Board (NTSB)" → "NTSB") or a name no list knows that spoke
        or acted ("the agency" after "Britain's National Crime Agency arrested…"); None when
        none has (nor the publisher's own outlet).

        Why: no list knows such a body's kind, but its own name says what it is, and the
        generic noun that points back to it is that word.
        """
        nouns = [noun] if isinstance(noun, str) else noun  # (all the words of a description)
        patterns = [regexcache.compile(rf"(?i)(?<![\w'’]){re.escape(n)}(?![\w'’])") for n in nouns]

        def has(name: str) -> bool:
            return all(p.search(name) for p in patterns)

        found = [
            (start, acronyms.short(full))
            for start, _, full in self.defined().values()
            if start < pos and has(full)
        ]
        i = bisect.bisect_right(self._starts, pos) - 1
        latest = self._heads_before(tuple(nouns), has, i)  # sentences before i, kept per noun
        found += [latest] if latest else []
        found += self._heads_in(i, pos, len(nouns) > 1, has)
        return max(found) if found else None

    def _heads_before(self, key: tuple[str, ...], has, i: int) -> tuple[int, str] | None:
        """The last (where, name) `_heads_in` finds in the sentences before `i`. The latest
        of the sentences up to each one is kept per generic noun (`key`), so the generic
        actors of a document cost one pass over its sentences, not one pass each (a filing
        that says "the company" in every paragraph made that quadratic); a sentence whose
        attributions are still being found is read again each time, not kept."""
        latest = self._heads.setdefault(key, [])  # latest[j]: the last found up to sentence j
        while len(latest) < i and len(latest) not in self._finding:
            j = len(latest)
            found = self._heads_in(j, self.sentences[j].end, len(key) > 1, has)
            last = latest[-1] if latest else None
            latest.append(max((h for h in (last, *found) if h), default=None))
        kept = min(len(latest), i)
        found = [latest[kept - 1]] if kept and latest[kept - 1] else []
        for j in range(kept, i):  # sentences still being read: not kept
            found += self._heads_in(j, self.sentences[j].end, len(key) > 1, has)
        return max(found) if found else None

    def _heads_in(self, j: int, pos: int, described: bool, has) -> list[tuple[int, str]]:
        """(where, name) of the bodies of sentence `j`, before `pos`, whose name `has` the
        generic noun: names that spoke or acted, and, for a description (`described`),
        named bodies with all its words."""
        found = [
            (at, name)
            for at, name in self._speaking(j)
            if at < pos and has(name) and not self._outlet(name)
        ]
        # a body the text describes without a name that spoke ("the national weather agency
        # said"): the lexicon's names inside it are its words ("civil protection"), so it is
        # found at its end
        found += [
            (a.end, a.source)
            for a in (self.attributions(j) if j not in self._finding else ())
            if a.end <= pos and has(a.source) and self._described(a.source)
        ]
        if described:
            found += [
                (m[0], m[2])
                for m in [*self.mentions(j), *self._named(j)]
                if m[1] <= pos and m[2][:1].isupper() and has(m[2])
            ]
        return found

    def _described(self, source: str) -> bool:
        """Is `source` a body written as a description of its own, a determiner and words
        before its generic noun, in lower case ("the national weather agency", "the regional
        health authority"; not "the agency", nor a name)?"""
        words_ = source.split()
        return (
            len(words_) > 2
            and source[:1].islower()
            and words_[0] in self.vocab.det_words
            and not source.startswith(GENERIC_SOURCE)
            and self.vocab.generic_kind(words_[-1]) not in (None, *REFERENT_NOT)
        )

    def resolve(self, kind: str, pos: int, noun: str = "") -> str | None:
        """The organisation a generic actor of `kind` at `pos` names: the last one of that kind
        named before (known to the lexicon, or introduced: "Région Sud", "company Vyrex",
        "Quintex Systems Inc."), else one the lexicon knows named just after ("European
        Union regulators fined… The European Commission said"), else the publisher when it
        is of that kind (or, for companies, of no known kind), else None."""
        spec = self.vocab.kinds.get(kind) or {}
        kinds = frozenset(spec.get("resolves") or [kind])
        i = bisect.bisect_right(self._starts, pos) - 1
        if spec.get("scoped") and (within := self.scope(i, pos)):
            return within  # "Chez Valdor, la direction a recensé…"
        head = self.headed(noun, pos) if noun else None
        lists = (self.mentions, self._named)  # the lexicon's and the introduced, latest first
        seen = {named: self._none_up_to.get((kinds, named), -1) for named in lists}
        for j in range(i, min(seen.values()), -1):
            found = [
                m
                for named in lists
                if j > seen[named]  # (sentences known to name none of kinds)
                for m in named(j)  # not its own modifier ("EU regulators")
                if m[3] in kinds
                and m[0] < pos
                and self.body[m[1] : pos].strip()
                # (not the dateline's outlet "PARIS (Agence Sud) -", nor a collective:
                # "investigators" are no authority's name)
                and not self._outlet(m[2])
                and not self.sources.collective(m[2])
            ]
            if found:
                m = max(found, key=lambda m: m[0])
                m = _coordinated_first(self.body, found, m, self.vocab)
                if head and head[0] > m[0]:
                    return head[1]  # "the agency" after "the National Crime Agency said"
                return self.acronym_of(m[0], m[2])
        for named in lists:
            self._none_up_to[(kinds, named)] = max(seen[named], i - 1)
        if head:
            return head[1]
        for j in range(i, min(i + 1 + LOOK_AHEAD, len(self.sentences))):  # named just after
            for m in self.mentions(j):
                if m.kind in kinds and m.start >= pos and not self.sources.collective(m.source):
                    return m.source
        publisher_kind = self.publisher_kind()
        if self.publisher and publisher_kind in kinds and not self.press():
            return self.publisher  # (a news agency is never "l'agence" of its own copy)
        if spec.get("unknown") or spec.get("speakers"):
            # (a kind whose bodies go by their acronym: "the SNCA… the union", never "the
            # company, Transalpine Rail Link, said… The union said")
            short = spec.get("speakers") == "acronyms"
            for j in range(i, -1, -1):  # "Vyrex said …; the company said …"
                for at, name in reversed(self._speaking(j)):
                    if (
                        at < pos
                        and (not short or _acronym_name(name, self.sources))
                        and self.fits(kinds, name)
                    ):
                        return name
            if spec.get("unknown"):  # "Harlow Foods posted … A company spokesperson said"
                for j in range(i - 1, max(-1, i - 1 - CARRY_BACK), -1):
                    if (name := self.subject(j, unknown_only=True)) and self.fits(kinds, name):
                        return name
            # "The carrier expects the strike to cost it €26 million, Kelso Airways said": named
            # nowhere before, the body that speaks later in its own sentence
            for at, name in self._speaking(i):
                if (
                    at > pos
                    and (not short or _acronym_name(name, self.sources))
                    and self.fits(kinds, name)
                ):
                    return name
        if spec.get("unknown"):
            if self.publisher and publisher_kind is None and not self.press():
                return self.publisher
        return None

    def scope(self, i: int, pos: int) -> str | None:
        """The body sentence `i` opens within, before `pos` ("Chez Valdor, …", "À la Régie
        des transports du Nord (RTN), …" → "RTN"), unless it is a place ("Au Havre, …").

        Why: a company's generic actor after it ("la direction a recensé 22 % de grévistes")
        speaks for that body, not for the organisation last named before the sentence.

        Example: "Valdor" in "Chez Valdor, la direction a recensé 22 % de grévistes." at the
        position of "la direction"; None at a position before the comma.
        """
        s, pattern = self.sentences[i], self.vocab.scope
        m = pattern.match(self.body, s.start, s.end) if pattern is not None else None
        if m is None or m.end() > pos:
            return None
        if any(
            p.start < m.end("name") and m.start("name") < p.end
            for p in self.places(i, self.vocab.lang)
        ):
            return None
        return m.group("short") or m.group("name")

    def fits(self, kinds: frozenset[str], name: str) -> bool:
        """May a generic actor of `kinds` point back to `name`, an organisation no list
        knows? Not when a word of the name is the noun of a body of another kind, nor a word
        of a news outlet's name: "the company" after "the Harrowby Health Authority said"
        or "Radio Morvel reported" is no company.

        Why: a name's own nouns say what it is ("Authority", "Ministero", "Agence"); a
        company noun stands for a company, else for no one named.

        Example: `fits(frozenset({"company"}), "Calder Water Agency")` → False.
        """
        if self._introduced_as.get(name, next(iter(kinds))) not in kinds:
            return False  # ("l'agence … (ARS) Bretagne" is no company)
        for word in re.findall(r"[\w-]+", name):
            kind = self.vocab.generic_kind(word) if word[:1].isupper() else None
            if (kind and kind not in kinds) or _norm(word) in self.vocab.press_words:
                return False
        return True

    def referent(self, pos: int, written: str) -> str | None:
        """The organisation a generic actor written at `pos` ("the group", "la société",
        "l'azienda", "the agency") stands for, as `resolve` finds it for its kind: the last
        body of that kind the document named (a name the lexicon knows, one introduced by
        its form or its noun, one that spoke), else the publisher of that kind (a company's
        own release); None for a noun of no body's kind ("il", "the mayor").

        Why: the owner of "the group employs 2,400 people" is the company the story is
        about; the last capitalised word before it may be a dateline, a place or a word
        opening a sentence.

        Example: after "Corvane Labs a annoncé…", `referent(at, "le groupe")` → "Corvane
        Labs".
        """
        nouns = [
            m
            for m in self.vocab.noun_at.finditer(written)
            if not written[max(0, m.start() - 1) : m.start()].isalnum()
        ]  # (a word of its own: not "he" in "The")
        kind = self.vocab.generic_kind(nouns[-1].group("noun")) if nouns else None
        if kind is None or kind in REFERENT_NOT:
            return None
        return self.resolve(kind, pos, nouns[-1].group("noun").lower())

    def _outlet(self, name: str) -> bool:
        """Is `name` the publisher and a news outlet (named in its own dateline)?"""
        return bool(self.publisher) and _norm(name) == _norm(self.publisher) and self.press()

    def press(self) -> bool:
        """Is the publisher a news outlet ("Agenzia Stampa Boreale", "The Ostend Ledger")? A
        generic actor in its copy ("il gestore", "the company") is never the outlet itself."""
        name = self.publisher or ""
        return any(w.lower() in self.vocab.press_words for w in re.findall(r"[\w-]+", name))

    def known(self, kind: str, pos: int) -> str | None:
        """The last organisation of `kind` (or a kind it resolves to) the lexicon finds before
        `pos` in the document; None when there is none."""
        kinds = (self.vocab.kinds.get(kind) or {}).get("resolves") or [kind]
        i = bisect.bisect_right(self._starts, pos) - 1
        for j in range(i, -1, -1):
            for m in reversed(self.mentions(j)):
                if m.kind in kinds and m.end <= pos:
                    return m.source
        return None

    def repeats(self, kind: str, pos: int) -> bool:
        """Does a generic actor of `kind` at `pos`, opening its sentence, repeat the body that
        opens the previous sentence of its paragraph as its speaker ("Santé publique France a
        recensé… L'agence sanitaire dénombre")? Its describing words then point back rather
        than name a body of their own."""
        i = bisect.bisect_right(self._starts, pos) - 1
        if i < 1 or "\n\n" in self.body[self.sentences[i - 1].end : self.sentences[i].start]:
            return False
        if not re.fullmatch(self.vocab.art, self.body[self.sentences[i].start : pos], re.I):
            return False  # only as the subject opening its sentence ("L'agence dénombre")
        before = self.sentences[i - 1]
        opening = [a for a in self.attributions(i - 1) if a.how in ("speech", "action")]
        if not opening or not re.fullmatch(
            self.vocab.art, self.body[before.start : opening[0].start], re.I
        ):
            return False
        source = opening[0].source
        if source.startswith(GENERIC_SOURCE):
            return False
        spec = self.vocab.kinds.get(kind) or {}
        found = self.sources.kind_of(source) or self.vocab.generic_kind(source.split()[0])
        if found is None:  # a name no list knows ("Santé publique France")
            return bool(spec.get("unknown") or spec.get("speakers"))
        return found in (spec.get("resolves") or [kind])

    def publisher_kind(self) -> str | None:
        """The kind of the publisher: known to the lexicon, or said by a generic noun in its
        name ("Comune di Valmonte", "Ashby Town Hall"); None when neither."""
        if self._publisher_kind is False:
            self._publisher_kind = None
            name = self.publisher or ""
            found = self.sources.mentions(name)
            if found and found[0].start == 0:
                self._publisher_kind = found[0].kind
            for m in self.vocab.noun_at.finditer(name) if self._publisher_kind is None else ():
                kind = self.vocab.generic_kind(m.group("noun"))
                if kind and (m.start() == 0 or not name[m.start() - 1].isalnum()):
                    self._publisher_kind = kind
                    break
        return self._publisher_kind

    def mentions(self, j: int):
        if j not in self._mentioned:
            s = self.sentences[j]
            tokens = self.words(j)
            found = [
                national(self, federation(self, m, tokens), tokens)
                for m in self.sources.mentions(self.body, s.start, s.end, tokens)
            ]
            self._mentioned[j] = [self._named_before(j, m) for m in found]
        return self._mentioned[j]

    def _named_before(self, j: int, m):
        """A body the lexicon knows by a common name, written bare ("la Procura", "le
        parquet"), as the body with its own name the document named so before (`m` sits
        in sentence `j`): "Secondo la Procura", "i pm" after "La Procura di Catania ha
        aperto…" are the Procura di Catania; `m` itself when none was.

        Why: a story names a local body in full once, then by its bare noun; printing the
        lexicon's generic name ("prosecutor") for the later figures splits one body in two.
        """
        sources = self.sources
        if m.source in sources.branches or m.source in sources.as_written:
            return m
        if sources.kind_of(m.source) is None:
            return m  # a qualified name itself, or a country's own body
        written = _norm(self.body[m.start : m.end])
        self._index_mentions(j)
        before = self._by_kind.get(m.kind, [])
        key = (m.kind, m.source, written)
        seen, latest = self._bare.get(key, (0, None))  # mentions read for this bare name
        for n in range(len(before) - 1, seen - 1, -1):  # the ones since, the latest first
            o = before[n]
            if o.source == m.source:
                continue
            if sources.opening(o.source) == m.source or (
                sources.kind_of(o.source) is not None
                and f" {written} " in f" {_norm(self.body[o.start : o.end])} "
            ):  # ("la Protezione civile" after "la Protezione civile regionale")
                latest = o.source
                break
        self._bare[key] = (len(before), latest)
        return m._replace(source=latest) if latest is not None else m

    def _index_mentions(self, j: int) -> None:
        """`_by_kind` filled with the mentions of every sentence before `j`, in text order:
        what `_named_before` looks back over, kind by kind, instead of every sentence's
        mentions again for each bare name (quadratic in a long document)."""
        while self._indexed < j:
            k = self._indexed
            found = self.mentions(k)  # (its own bare names index the sentences before it)
            for o in found:
                self._by_kind.setdefault(o.kind, []).append(o)
            self._indexed = k + 1

    def _named(self, j: int) -> list[tuple[int, int, str, str | None]]:
        """(offset, end, name, kind) of the organisations sentence `j` introduces without
        the lexicon: bodies with their own name ("Région Sud", "il Comune di X"), names in
        apposition ("company Vyrex"), companies by their form ("… Inc.", "… Technologies")."""
        if j not in self._orgs:
            s, v, tokens = self.sentences[j], self.vocab, self.words(j)
            out = []
            feats = self.features(j)
            has = reduce(or_, feats, 0)
            if has & GENERIC:
                for g in self.generic_nouns(s.end, tokens, feats):
                    kind = v.generic_kind(g.noun)
                    if kind in PLACE_KINDS and located(self, g):
                        continue  # "in the drought-hit region of Valdorne": a place
                    named = named_generic(self, g, s.end)
                    spec = v.kinds.get(kind) or {}
                    if not named and (spec.get("modifiers") or _capitalised(self.body, g)):
                        named = modified(self, g, kind)  # "the Gironde prefecture", "the
                        # Sendro basin authority": a name among its modifiers says which
                    if not named and kind != "company" and (post := postnominal(self, g, s.end)):
                        # "le ministère italien des Infrastructures" (a company has a name of
                        # its own: "il gruppo californiano" describes it)
                        named = post[:2] if post[2] else None
                    if not named and g.det and spec.get("one"):  # "la préfecture": a story has one
                        named = as_written(self.body, g), g.end
                    if not named and (t := titled_name(self, g)):  # "Harwick General Hospital"
                        out.append((t[1], g.end, t[0], kind))
                    if named:  # (a description in apposition: the name it describes)
                        name = self._apposed_to(j, g.start) or named[0]
                        out.append((g.start, named[1], name, kind))
            if has & COMPANY:
                for m in v.company.finditer(self.body, s.start, s.end):
                    name = m.group("name") or m.group("legal") or m.group("head")
                    words_ = name.split()
                    while words_ and _norm(words_[0]) in v.not_names:
                        words_.pop(0)
                    if len(words_) > 1 or m.group("legal"):  # "Latteria Monteluce": two
                        out.append((m.start(), m.end(), " ".join(words_), "company"))
            out += _makers(self.body, s.start, s.end, v.lang)  # "cheese made by Alpen Dairy"
            # "il gip del Tribunale di Genova": the body, not the one named inside it
            out = [o for o in out if not any(p[0] < o[0] < p[1] for p in out)]
            self._orgs[j] = sorted(out)
        return self._orgs[j]

    def _apposed_to(self, j: int, at: int) -> str | None:
        """The name of sentence `j` that a description at `at` stands in apposition to, right
        after it and a comma ("the ECTA, the European agency that led the raids, said"); None
        when no name stands so.

        Why: the description is the name said again; "the agency" later in the story is the
        named body, not the description's own words ("the European agency").
        """
        gap = regexcache.compile(rf"(?i)\s*,\s*(?:{self.vocab.art})?")
        names = [(m.end, m.source) for m in self.mentions(j)]
        names += [(f.end, f.source) for _, _, f in self.unknown(j)]
        s = self.sentences[j]  # and an acronym no list knows ("le BCEM, l'agence …")
        names += [(m.end(), m.group()) for m in _ACRONYM.finditer(self.body, s.start, at)]
        return next(
            (
                name
                for end, name in names
                if end < at and gap.fullmatch(self.body, end, at) and name[:1].isupper()
            ),
            None,
        )

    def _speaking(self, j: int) -> list[tuple[int, str]]:
        """(offset, name) of the capitalised names no list knows before a verb of saying, and
        of those that gave a figure; once per sentence (every generic actor looks back)."""
        if j in self._speakers:
            return self._speakers[j]
        s, say = self.sentences[j], self.vocab.saying
        names = [f for _, _, f in self.unknown(j)]
        # (not a word of a body the sentence introduces: "le ministère des Transports s'est…")
        introduced = self._named(j)
        inside = [(o[0], o[1]) for o in introduced]
        out = {
            (n.start, n.source)
            for n in names
            if say.match(self.body, n.end, s.end) and not any(a < n.start < b for a, b in inside)
        }
        # and those that gave a figure by what they do ("… da Rete Gas Nord, che vi investirà")
        gave = [
            a
            for a in self.attributions(j)
            if a.how in ("action", "relative", "speech", "marker")
            and not a.source.startswith(GENERIC_SOURCE)
            and a.source[:1].isupper()  # not a generic actor as written ("l'agenzia regionale")
            and self.sources.kind_of(a.source) is None
            and not any(a.source == o[2] for o in introduced)  # a body of a known kind
        ]
        for a in gave:
            head = _norm(a.text).split()[:1]
            if head and (kind := self.vocab.generic_kind(head[0])):
                self._introduced_as.setdefault(a.source, kind)
        out |= {(a.start, a.source) for a in gave}
        if j in self._finding:  # (its attributions are not all known yet: asked again later)
            return sorted(out)
        self._speakers[j] = sorted(out)
        return self._speakers[j]


_ACRONYM = regexcache.compile(r"(?<![\w-])[A-ZÀ-Þ][A-ZÀ-Þ0-9&]{1,9}(?![\w'’-])")
_MAKER_ARTICLE = regexcache.compile(r"(?:l[ae]s?\s+|l['’]|the\s+)")  # "par la Maison X"


def _makers(body: str, lo: int, hi: int, lang: str | None) -> list[tuple[int, int, str, str]]:
    """(offset, end, name, "company") of the makers of a product body[lo:hi] names: the
    name after a maker's participle and its `by` ("un fromage produit par la Fromagerie
    Ardal", "cheese made by Alpen Dairy", "prodotto dalla Casearia Belmonte").

    Why: a later "the company" or "l'azienda" stands for the maker, though it never spoke
    nor carries a company form.
    """
    words = owner_words(lang)
    out = []
    if not words.names_maker(body):  # most documents name no maker: one search of each
        return out
    for m in words.maker.finditer(body, lo, hi):
        start = a.end() if (a := _MAKER_ARTICLE.match(body, m.end(), hi)) else m.end()
        name = read_name(body, start, hi, words)
        at = body.find(name.split()[0], start, hi) if name else -1
        if at >= 0 and body[at:hi].startswith(name):
            out.append((at, at + len(name), name, "company"))
    return out


def _capitalised(body: str, g) -> bool:
    """(English) Does a capitalised word, not the first, stand among the modifiers of the
    generic actor `g` ("the Sendro basin authority"; not "Health officials")?"""
    if body[g.noun_at : g.noun_at + 1].isupper():
        return False  # "the European Centre for Disease…": a name of its own
    for m in _WORD.finditer(body, g.start, g.noun_at):
        before = body[max(0, m.start() - 3) : m.start()].rstrip()
        if m.group()[:1].isupper() and before and before[-1] not in '.!?:"«“\n':
            return True  # (a capital that opens its sentence says nothing)
    return False


def _defined(sp: Speakers, f: Speaker) -> Speaker:
    """`f` as the body whose acronym the document defines, when it is that body's name (or
    part of it) or its acronym; `f` itself otherwise (a person, a generic actor, a body the
    lexicon knows)."""
    if f.kind == "person":
        return f
    if f.source.startswith(GENERIC_SOURCE):
        # "L'Agenzia per la sicurezza stradale (Ass) ha inviato", "la chambre régionale
        # d'agriculture (CRA) a recensé": a generic noun, capitalised or not, that opens the
        # name of a defined acronym and ends within it is that body, as its acronym alone is
        # later (a name after the acronym keeps its own reading: "(CRA) Valmorel")
        for start, end, name in sp.defined().values():
            if start == f.start and f.end <= end:
                return f._replace(end=end, source=acronyms.short(name), kind="unknown")
        return f
    if sp.sources.kind_of(f.source) is not None:
        return f
    for start, end, name in sp.defined().values():
        if name[:1].islower():
            continue  # a lower-case name is a body only through its generic noun (above)
        if start <= f.start < end or f.start <= start < f.end:
            return f._replace(
                start=min(start, f.start), end=max(end, f.end), source=acronyms.short(name)
            )
    found = sp.defined().get(_norm(f.source))
    return f._replace(source=acronyms.short(found[2])) if found else f


_SPACE = regexcache.compile(r"\s+")
_WORD = regexcache.compile(r"[^\W\d_][\w'’-]*")


def _modifier(sp: Speakers, f: Speaker, found: list[Speaker]) -> bool:
    """(English) Is `f` a modifier of a generic noun that another speaker's name follows
    ("police agency Europol", "the power company Enel")? The name speaks, not `f`."""
    gap = _SPACE.match(sp.body, f.end)
    noun = gap and sp.vocab.noun_at.match(sp.body, gap.end())
    if not noun:
        return False
    after = _SPACE.match(sp.body, noun.end())
    return bool(after) and any(o.start == after.end() for o in found)


def _prenamed(sp: Speakers, lo: int, found: list[Speaker]) -> list[Speaker]:
    """(English) `found` with each name no lexicon knows that stands right before a body
    the lexicon names in lower case ("the Halvern police", "Brenton prosecutors") joined to
    it: the local body speaks, under its name as written, and the name alone is no source.
    Not a person's role ("Valmont mayor Jean Rocher"); a sentence's first word, capitalised
    whatever it is, is dropped there and the body speaks alone ("Rail unions said": the
    unions, never "Rail").

    >>> from sourcecheck.extract.sources import load_sources
    >>> sp = Speakers("The Halvern police arrested 11 people.", "en", None, load_sources())
    >>> [a.source for a in sp.attributions(0)]
    ['Halvern police']
    """
    text, out, merged = sp.body, list(found), False
    for f in found:
        if f.kind != "unknown":
            continue
        opens = not text[lo : f.start].strip()
        for n, g in enumerate(out):
            if g.kind in ("unknown", "person") or g.role:
                continue
            if text[f.end : g.start] == " " and text[g.start].islower():
                if not opens:
                    out[n] = g._replace(start=f.start, source=text[f.start : g.end])
                out.remove(f)  # (an opening capital only opens the sentence: "Rail unions
                merged = True  # said" is the unions', never a name "Rail")
                break
    return out if merged else found


def _modifies(sp: Speakers, name: Speaker, g: Speaker) -> bool:
    """Is `name` inside the generic actor `g`, or (English) a modifier right before it?"""
    if g.start <= name.start < g.end:
        return True
    return sp.vocab.prenominal and name.end < g.start and not sp.body[name.end : g.start].strip()


def _acronym_name(name: str, sources: Sources) -> bool:
    """Does `name` open with an acronym ("SNCA", "FDSEA du Var", "UMIH Alpes-Maritimes"),
    two capitals in a row, or a title-case one the lexicon knows in a compound ("Fiom-Cgil")?
    A hyphenated place ("Val-Brun", "Mont-Sarel") has two capitals and is no acronym."""
    first = name.split()[0] if name.split() else ""
    if sum(c.isupper() for c in first) < 2:
        return False
    if _TWO_CAPITALS.search(first):
        return True
    return any(sources.kind_of(part) for part in first.split("-") if part)


_TWO_CAPITALS = regexcache.compile(r"[A-ZÀ-Þ]{2}")


_MEMBER_KINDS = frozenset({COLLECTIVE, "company", "organisation", "union"})


def _members(sp: Speakers, f: Speaker) -> bool:
    """Is the plural body noun `f` said to be the publisher's members, by a membership word
    inside it or right after it ("member carriers", "les compagnies adhérentes")?

    Why: an association's release counts what its members do; they are no other body.

    Example: "Member growers have stored 80 tonnes" in a growers' union's release → True.
    """
    if f.kind not in _MEMBER_KINDS:
        return False  # (not "member states": no company's nor an association's members)
    v, text = sp.vocab, sp.body
    return bool(v.membership.search(text, f.start, f.end) or v.membership.match(text, f.end + 1))


def _find(sp: Speakers, lo: int, hi: int, tokens, i: int) -> list[Attribution]:
    """The attributions of the sentence `[lo, hi)` of `sp`: its speakers, framed."""
    text, v, sources = sp.body, sp.vocab, sp.sources
    feats = sp.features(i)  # of `tokens`, sentence i's words
    has = reduce(or_, feats, 0)
    found = people(sp, lo, hi, tokens, feats) if has & ROLE else []
    for m in sp.mentions(i):
        if _norm(text[m.start : m.end]) in v.people_of_words and v.people_before_body.match(
            text, m.end, hi
        ):
            continue  # "rescuers from the Alpine Rescue Service": the body they belong to
        if not any(f.start < m.end and m.start < f.end for f in found):
            acts = text[m.start : m.end].lower().replace("’", "'") not in sources.speech_only
            found.append(Speaker(m.start, m.end, m.source, m.kind, "", acts))
    if v.prenominal and has & GENERIC and len(found) > 1:
        found = [f for f in found if not _modifier(sp, f, found)]
    if has & GENERIC:
        generic = generic_speakers(sp, lo, hi, tokens, feats, found)
        # "European Union regulators": a name right before a generic noun describes it
        found = [
            f
            for f in found
            if not any(_modifies(sp, f, g) or g.start <= f.start and f.end < g.end for g in generic)
        ]  # (nor a name inside a longer generic noun: "the prosecutor's office")
        found, generic = branches(sp, found, generic)  # "la CGT du groupe"
        found += generic
    else:
        generic = []
    markers = []
    if has & MARKER:
        markers = [
            (t[0] - v.marker_words[t[2]], t[0])
            for t, f in zip(tokens, feats, strict=True)
            if f & MARKER
        ]
    lows = {t[2] for t in tokens}  # the sentence's words, lower-cased, as a set
    perfect = not v.perfect_words.isdisjoint(lows)  # "la DGAC avait imposé"
    # "A lanciare l'allarme è la Coldiretti", "Così la Fiom.": an opening that holds the verb
    opening = v.cleft.match(text, lo, hi) or v.backward_speaker.match(text, lo, hi)
    if has & CAPITAL and (
        has & (SAYING | ACTION | COUNTING | LABEL) or markers or perfect or opening
    ):
        found += [
            f
            for at, end, f in sp.unknown(i)
            if not any(g.start < end and at < g.end for g in found)
        ]
        if v.prenominal:  # "the Halvern police arrested": one local body, as written
            found = _prenamed(sp, lo, found)
    if generic:  # "le Snuipp-FSU, premier syndicat du secteur, qui…": a description
        named, generic = appositions(sp, [f for f in found if f not in generic], generic)
        found = named + generic
    if has & CAPITAL and sp.defined():  # "la Direction générale de l'aviation civile (DGAC)"
        found = [_defined(sp, f) for f in found]
    if sp.publisher and not v.ours_words.isdisjoint(lows):  # "selon nos syndicats"
        found = [
            f._replace(source=sp.publisher)
            if f.kind != "person" and v.ours.search(text, max(lo, f.start - 20), f.start)
            else f  # (a person named keeps the name: "said our spokesperson, Anna Berg")
            for f in found
        ]
    if sp.publisher and generic:  # "member carriers", "le aziende associate": its members
        found = [f._replace(source=sp.publisher) if _members(sp, f) else f for f in found]
    pronouns = _pronouns(sp, lo, hi, tokens, feats) if has & (SAYING | COUNTING) else []
    if not found:
        return pronouns
    ctx = framing.Context(lo, hi, has, markers, tokens, feats, found)
    out = [a for c in sorted(found) if (a := framing.frame(sp, ctx, c))] + pronouns
    if has & (SAYING | COUNTING | ACTION):
        out += [a for c in found if (a := framing.relative(sp, ctx, c))]
    # "Police in the town of Morcote said": a name inside another's frame says nothing
    # (a relative clause inside its own speaker's frame keeps its figures: "Nordhaven, which
    # reported 4 billion, said…")
    out = [
        a for a in out if not any(b.start < a.start < b.end and b.source != a.source for b in out)
    ]
    said = [t[0] for t, f in zip(tokens, feats, strict=True) if f & _SAID]
    return sorted(a for a in out if a.source and not _gapped_unframed(text, lo, a, out, said))


_SAID = SAYING | COUNTING | MARKER | LABEL
_SUBJECT_HOWS = frozenset({"speech", "action"})  # a subject's own verb (`Speakers.antecedent`)


def _gapped_unframed(text: str, lo: int, a: Attribution, out: list, said: list[int]) -> bool:
    """Is `a` a subject before a figure whose verb is left out ("…, and X 40") where the
    clause it copies says nothing: "Rival A took 41% and B 12%" copies "took", a result, no
    verb of saying nor marker, and no speaker frames it, so B gives nothing. A figure must
    come before it in its sentence ("Et la police 12 000." alone copies the sentence before).

    >>> from sourcecheck.extract.sources import load_sources
    >>> sp = Speakers("Ferro took 41% of the vote and independent Dana Rell 12%.", "en", None,
    ...               load_sources())
    >>> sp.attributions(0)
    []
    """
    if a.how != "ellipsis" or not _DIGIT.search(text, lo, a.start):
        return False
    if any(at < a.start for at in said):
        return False
    return not any(b.how != "ellipsis" and b.start < a.start for b in out)


_DIGIT = regexcache.compile(r"\d")


def _pronouns(sp: Speakers, lo: int, hi: int, tokens, feats: list[int]) -> list[Attribution]:
    """Attributions whose speaker is a pronoun or left unsaid, resolved later to whom it
    stands for (`Speakers.antecedent`): "…, a-t-elle indiqué" (a pronoun after its verb),
    "after it reported a loss of…" (a subject pronoun before a verb of saying), "Ha detto che…"
    (a sentence opening with its verb)."""
    text, v, lang, out = sp.body, sp.vocab, sp.vocab.lang, []
    say = SAYING | COUNTING
    for n, (pos, word, low) in enumerate(tokens):
        end = pos + len(word)
        if "-" in word and offices.inverted_pronoun(word, lang):
            if feats[n] & say or (n + 1 < len(tokens) and feats[n + 1] & say):
                stop = tokens[n + 1][0] + len(tokens[n + 1][1]) if n + 1 < len(tokens) else end
                source = f"{GENERIC_SOURCE}{PRONOUN}|{pos}|{low}|{word}"
                out.append(Attribution(pos, stop, source, text[pos:stop], "post", "", "inverted"))
        elif offices.subject_pronoun(low, lang) and (m := v.speech.match(text, end, hi)):
            source = f"{GENERIC_SOURCE}{PRONOUN}|{pos}|{low}|{word}"
            applies = "post" if v.closing.match(text, m.end(), hi) else "pre"
            out.append(
                Attribution(pos, m.end(), source, text[pos : m.end()], applies, "", "speech")
            )
    if tokens and offices.drops_subject(lang) and (m := v.closing_verb.search(text, lo, hi)):
        # "«Abbiamo 140 famiglie fuori casa», ha spiegato.": who was speaking before
        source = f"{GENERIC_SOURCE}{PRONOUN}|{m.start('at')}|{m.group('at')}|{m.group('at')}"
        out.append(
            Attribution(m.start("at"), m.end("at"), source, m.group("at"), "post", "", "inverted")
        )
    if tokens and offices.opens_without_subject(text, lo, hi, lang):
        if m := v.speech.match(text, tokens[0][0] + len(tokens[0][1]), hi):
            source = f"{GENERIC_SOURCE}{PRONOUN}|{lo}|{tokens[0][2]}|{tokens[0][1]}"
            out.append(Attribution(lo, m.end(), source, text[lo : m.end()], "pre", "", "speech"))
    return out
