"""Who gave each figure: the attributions of a sentence, and who a document's speakers are.

Why
---
A divergence is between named sources, so each figure needs the one who gave it, read from
its own clause: "245 000 manifestants selon la CGT et 30 000 selon la police" has two.
A speaker is an organisation the lexicon knows, a body with its own name ("la Procura di
Catania"), a person with a role ("le maire, Jean Rocher"), a generic actor that names the
document's organisation of its kind ("la société" → Lumora Technologies), or a capitalised
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
[('Guardia di Finanza', 'both', 'marker'), ('unions', 'pre', 'ellipsis')]
"""

from __future__ import annotations

import re
from typing import NamedTuple

from sourcecheck.extract.places import find_places
from sourcecheck.extract.sentences import split, words
from sourcecheck.extract.sources import Sources, _norm, qualified
from sourcecheck.frames.attribution import Vocabulary, vocabulary

CARRY_BACK = 3  # sentences a speaker is carried over by a connector ("Ensuite, …")
WINDOW = 80  # characters before a speaker where its marker, passive or inverted verb stands


class Attribution(NamedTuple):
    start: int
    end: int
    source: str  # canonical name, a body's own name or a person's name
    text: str  # as written: "selon Eurojust", "GdF affirme"
    applies: str  # both: what follows or precedes; pre: what follows; post, label: precedes
    role: str = ""  # a person's role as written ("maire", "chief legal officer")
    how: str = ""  # marker, passive, inverted, speech, action, possessive, label, ellipsis


class Speaker(NamedTuple):
    start: int
    end: int
    source: str
    kind: str
    role: str = ""
    acts: bool = True  # what it does is its figure ("la Procura ha sequestrato 25mila…")


class Speakers:
    """Per document: each sentence's attributions (cached), generic actors resolved against
    the organisations the document names, and the speaker a connector sentence carries."""

    def __init__(self, body: str, lang: str | None, publisher: str | None, sources: Sources,
                 sentences=None, words_of=None):  # fmt: skip
        self.body, self.sources = body, sources
        self.vocab: Vocabulary = vocabulary(lang)
        self.sentences = sentences if sentences is not None else split(body)
        self._words = words_of or (lambda i: words(body, *self.sentences[i][:2]))
        self.publisher = sources.canonical(publisher) if publisher else None
        self._found: dict[int, list[Attribution]] = {}
        self._organisations: list[tuple[int, str, str | None]] | None = None

    def attributions(self, i: int) -> list[Attribution]:
        """The attributions of sentence `i`, in text order."""
        if i not in self._found:
            s = self.sentences[i]
            self._found[i] = []  # a generic actor looking back never reaches its own sentence
            self._found[i] = _find(self, s.start, s.end, self._words(i), i)
        return self._found[i]

    def carried(self, i: int) -> Attribution | None:
        """The speaker a connector sentence ("Ensuite, …", "L'agence…") continues."""
        s = self.sentences[i]
        if not self.vocab.connector.match(self.body, s.start, s.end):
            return None
        for j in range(i - 1, max(-1, i - 1 - CARRY_BACK), -1):
            if self.sentences[j].heading:
                return None
            if found := [a for a in self.attributions(j) if a.applies != "label"]:
                return found[-1]
        return None

    def last_attributed(self, i: int) -> str | None:
        """The source of the last attribution before sentence `i` ("secondo la stessa fonte")."""
        for j in range(i - 1, -1, -1):
            if found := [a for a in self.attributions(j) if a.applies != "label"]:
                return found[-1].source
        return None

    def resolve(self, kind: str, pos: int) -> str | None:
        """The organisation a generic actor of `kind` at `pos` names: the last one of that kind
        named before, else the first after, else the publisher when it is of that kind (or,
        for companies, of no known kind), else None."""
        spec = self.vocab.kinds.get(kind) or {}
        kinds = set(spec.get("resolves") or [kind])
        orgs = self.organisations()
        known = [o for o in orgs if o[2] in kinds]
        before = [o for o in known if o[0] < pos]
        if before or known:
            return (before[-1] if before else known[0])[1]
        publisher_kind = self.publisher_kind()
        if self.publisher and publisher_kind in kinds:
            return self.publisher
        if spec.get("unknown"):
            unknown = [o for o in orgs if o[2] is None and o[0] < pos]
            if unknown:
                return unknown[-1][1]
            if self.publisher and publisher_kind is None:
                return self.publisher
        return None

    def publisher_kind(self) -> str | None:
        if not self.publisher:
            return None
        found = self.sources.mentions(self.publisher)
        if found and found[0].start == 0:
            return found[0].kind
        head = self.publisher.split()[0] if self.publisher.split() else ""
        return self.vocab.generic_kind(head)

    def organisations(self) -> list[tuple[int, str, str | None]]:
        """(offset, name, kind) of every organisation the document names, in text order:
        known sources, bodies with their own name, companies by their form ("… Inc.",
        "… Technologies"), names set in apposition ("company Hyneo") and capitalised names
        before a verb of saying (kind None)."""
        if self._organisations is None:
            body, v, out = self.body, self.vocab, []
            for i, s in enumerate(self.sentences):
                out += [(m.start, m.source, m.kind) for m in self.sources.mentions(
                    body, s.start, s.end, self._words(i))]  # fmt: skip
            for m in v.company.finditer(body):
                out.append((m.start(), _strip(m.group("name") or m.group("legal")), "company"))
            for m in v.generic.finditer(body):
                named = _named_generic(self, m, len(body))
                if named:
                    out.append((m.start(), named[0], v.generic_kind(m.group("noun"))))
            for m in v.unknown_speaker.finditer(body):
                name = _clean_name(self, m.group("name"))
                if name:
                    out.append((m.start("name"), name, None))
            self._organisations = sorted(set(out), key=lambda o: o[0])
        return self._organisations


def _find(sp: Speakers, lo: int, hi: int, tokens, i: int) -> list[Attribution]:
    text, v, sources = sp.body, sp.vocab, sp.sources
    lowered = {t[2] for t in tokens}
    found: list[Speaker] = []
    if lowered & v.role_words:
        for pattern in (v.role_name, v.name_role):
            for m in pattern.finditer(text, lo, hi):
                name = m.group("name")
                if _overlaps(found, m.start(), m.end()) or sources.mentions(name):
                    continue
                if _is_name(sp, name):
                    role = " ".join(m.group("role").lower().split())
                    found.append(Speaker(m.start(), m.end(), name, "person", role))
    for m in sources.mentions(text, lo, hi, tokens):
        if not _overlaps(found, m.start, m.end):
            acts = _norm(text[m.start : m.end]) not in sources.speech_only
            found.append(Speaker(m.start, m.end, m.source, m.kind, "", acts))
    if lowered & v.generic_words or sources.generic:
        found += _generic(sp, lo, hi, found, i)
    found += _unknown(sp, lo, hi, lowered, found)
    out = [a for c in sorted(found) if (a := _frame(sp, lo, hi, c, lowered))]
    return sorted(out)


def _generic(sp: Speakers, lo: int, hi: int, named: list[Speaker], i: int) -> list[Speaker]:
    """Generic actors of the sentence: "la société" → the company the document names; "il
    Comune di X", "Région Sud" → that body; "company Hyneo" → Hyneo."""
    text, v, out = sp.body, sp.vocab, []
    for m in v.generic.finditer(text, lo, hi):
        s, noun = m.start(), m.group("noun")
        if _overlaps(named + out, s, m.end()) or any(_describes(text, m, n) for n in named):
            continue  # "La Polizia Postale", "le gestionnaire du réseau Terna": a name follows
        kind = v.generic_kind(noun) or sp.sources.generic.get(_norm(noun), "other")
        own = _named_generic(sp, m, hi)
        s = m.start("mod") if m.group("mod") else m.start("noun")  # "stando al ministero"
        if own:
            out.append(Speaker(s, own[1], own[0], kind))
            continue
        parenthesised = text[max(lo, s - 2) : s].strip().endswith("(")
        if m.group("det") is None and not parenthesised:
            continue
        if kind == "same-source":
            source = sp.last_attributed(i)
        else:
            source = sp.resolve(kind, s) or _norm(noun)
        if source:
            out.append(Speaker(s, m.end(), source, kind))
    return out


def _named_generic(sp: Speakers, m: re.Match, hi: int) -> tuple[str, int] | None:
    """(name, end) when a generic actor carries its own name: "ministère de l'Éducation",
    "Région Sud", "l'organisation agricole Coldiretti"; None otherwise."""
    text, v, noun_at = sp.body, sp.vocab, m.start("noun")
    if q := v.qualifier.match(text, m.end(), hi):
        if _is_name(sp, q.group("name").split()[0], place_ok=True) and not _describing(sp, q):
            return qualified(text[noun_at : q.end()]), q.end()
    if text[noun_at].isupper() and (p := v.proper.match(text, m.end(), hi)):
        if _is_name(sp, p.group("name").split()[0], place_ok=True):
            return qualified(text[noun_at : p.end()]), p.end()
    if text[noun_at].islower() and (a := v.apposition.match(text, m.end(), hi)):
        name = _clean_name(sp, a.group("name"))
        if name and not sp.sources.mentions(name):
            return name, a.end()
    return None


def _unknown(sp: Speakers, lo: int, hi: int, lowered, named: list[Speaker]) -> list[Speaker]:
    """Capitalised names no list knows, after a marker ("selon Codacons"), before a verb of
    saying ("Il Codacons stima…") or after one (", ha reso noto il Centro funzionale")."""
    text, v, out = sp.body, sp.vocab, []
    patterns = [v.unknown_speaker, v.unknown_inverted]
    if lowered & v.marker_words:
        patterns.append(v.unknown_after_marker)
    for pattern in patterns:
        for m in pattern.finditer(text, lo, hi):
            written = m.group("name")
            name = _clean_name(sp, written)
            if not name:
                continue
            at = text.find(name, m.start("name"), m.end("name"))
            if at < 0 or _overlaps(named + out, at, at + len(name)):
                continue
            if sp.sources.mentions(name):
                continue
            out.append(Speaker(at, at + len(name), name, "other"))
    return out


def _frame(sp: Speakers, lo: int, hi: int, c: Speaker, lowered) -> Attribution | None:
    """The attribution a speaker makes, from the words around it; None when it only stands
    in the sentence ("700 police officers were deployed": inside the counted noun)."""
    text, v = sp.body, sp.vocab
    w = max(lo, c.start - WINDOW)
    if m := v.counted_noun.search(text, w, c.start):
        if not set(m.group(1).lower().replace("’", "'").split()) & v.frame_words:
            return None

    def made(at: int, applies: str, how: str, end: int | None = None) -> Attribution:
        end = c.end if end is None else end
        return Attribution(at, end, c.source, text[at:end], applies, c.role, how)

    if lowered & v.marker_words and (m := v.pre.search(text, w, c.start)):
        return made(m.start(), "both", "marker")
    if lowered & v.by_words and (m := v.passive.search(text, w, c.start)):
        return made(m.start(), "post", "passive")
    if lowered & v.label_words and (m := v.label.search(text, w, c.start)):
        return made(m.start("at"), "label", "label")
    if "(" in text[w : c.start] and v.paren_before.search(text, w, c.start):
        if v.paren_after.match(text, c.end, hi):
            return made(c.start, "label", "label")
    if m := v.inverted.search(text, w, c.start):
        return made(m.start("at"), "post", "inverted")
    speech = v.speech.match(text, c.end, hi)
    verb = speech or (v.verb.match(text, c.end, hi) if c.acts else None)
    if verb:
        closes = v.closing.match(text, verb.end(), hi)
        how = "speech" if speech else "action"
        return made(c.start, "post" if closes else "pre", how, verb.end())
    if m := v.possessive.match(text, c.end, hi):
        return made(c.start, "both", "possessive", m.end())
    starts = not text[lo : c.start].strip() or re.fullmatch(v.art, text[lo : c.start])
    if (starts or v.ellipsis_before.search(text, w, c.start)) and v.ellipsis_after.match(
        text, c.end, hi
    ):
        return made(c.start, "pre", "ellipsis")
    return None


def _describes(text: str, m: re.Match, name: Speaker) -> bool:
    """Is the generic noun of `m` a description right before a name ("le gestionnaire du
    réseau Terna")?"""
    e = m.end()
    return 0 <= name.start - e <= 40 and not re.search(r"[,;.:]", text[e : name.start])


def _describing(sp: Speakers, q: re.Match) -> bool:
    """Does the qualifier describe rather than name ("l'agence de l'UE", "… of Italy")?"""
    name = q.group("name")
    if _norm(name) in sp.vocab.descriptive:
        return True
    places = find_places(name)
    return bool(places) and places[0].kind == "country" and places[0].end >= len(name)


def _overlaps(found: list[Speaker], s: int, e: int) -> bool:
    return any(f.start < e and s < f.end for f in found)


def _clean_name(sp: Speakers, name: str) -> str:
    """A capitalised name without the sentence's opening words; "" for no name ("Si",
    "Mardi", a place alone)."""
    parts = name.split()
    while parts and _norm(parts[0]) in sp.vocab.not_names:
        parts.pop(0)
    name = " ".join(parts).rstrip(".")
    return name if name and _is_name(sp, name) else ""


def _is_name(sp: Speakers, name: str, place_ok: bool = False) -> bool:
    if _norm(name) in sp.vocab.not_names or len(name) < 2:
        return False
    if not place_ok:
        places = find_places(name)
        if places and places[0].start == 0 and places[0].end >= len(name.rstrip(".")):
            return False
    return True


def _strip(name: str) -> str:
    return " ".join(name.split())
