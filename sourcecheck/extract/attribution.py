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

import bisect
import re
from functools import lru_cache, reduce
from operator import or_
from typing import NamedTuple

from sourcecheck.extract.places import find_places
from sourcecheck.extract.sentences import split, words
from sourcecheck.extract.sources import Sources, _norm, qualified
from sourcecheck.frames.attribution import (
    ACTION,
    BY,
    CAPITAL,
    COMPANY,
    COUNTING,
    DET,
    GENERIC,
    LABEL,
    MARKER,
    ROLE,
    SAYING,
    Vocabulary,
    vocabulary,
)

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
                 sentences=None):  # fmt: skip
        self.body, self.sources = body, sources
        self.vocab: Vocabulary = vocabulary(lang)
        self.sentences = sentences if sentences is not None else split(body)
        self._tokens: dict[int, list[tuple[int, str, str]]] = {}
        self.publisher = sources.canonical(publisher) if publisher else None
        self._starts = [s.start for s in self.sentences]
        self._found: dict[int, list[Attribution]] = {}
        self._mentioned: dict[int, list] = {}
        self._orgs: dict[int, list[tuple[int, int, str, str | None]]] = {}
        self._none_up_to: dict[tuple, int] = {}

    def words(self, i: int) -> list[tuple[int, str, str]]:
        """`sentences.words` of sentence `i`, found once (dates and places read them too)."""
        if i not in self._tokens:
            s = self.sentences[i]
            self._tokens[i] = words(self.body, s.start, s.end)
        return self._tokens[i]

    def attributions(self, i: int) -> list[Attribution]:
        """The attributions of sentence `i`, in text order."""
        if i not in self._found:
            s = self.sentences[i]
            self._found[i] = []  # a generic actor looking back never reaches its own sentence
            self._found[i] = _find(self, s.start, s.end, self.words(i), i)
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
        named before (known to the lexicon, or introduced: "Région Sud", "company Hyneo",
        "Lumora Technologies Inc."), else the publisher when it is of that kind (or, for
        companies, of no known kind), else None."""
        spec = self.vocab.kinds.get(kind) or {}
        kinds = frozenset(spec.get("resolves") or [kind])
        i = bisect.bisect_right(self._starts, pos) - 1
        for named in (self._mentions, self._named):  # the lexicon's first, then introduced
            seen = self._none_up_to.get((kinds, named), -1)  # sentences naming none of kinds
            for j in range(i, seen, -1):
                for m in reversed(named(j)):
                    if m[3] in kinds and m[0] < pos:
                        return m[2]
            self._none_up_to[(kinds, named)] = max(seen, i - 1)
        publisher_kind = self.publisher_kind()
        if self.publisher and publisher_kind in kinds:
            return self.publisher
        if spec.get("unknown"):
            for j in range(i, -1, -1):  # "Hyneo said …; the company said …"
                for at, name in reversed(self._speaking(j)):
                    if at < pos:
                        return name
            if self.publisher and publisher_kind is None:
                return self.publisher
        return None

    def publisher_kind(self) -> str | None:
        if not self.publisher:
            return None
        found = self.sources.mentions(self.publisher)
        if found and found[0].start == 0:
            return found[0].kind
        for m in self.vocab.noun_at.finditer(self.publisher):  # "Ashby Town Hall", "Comune di X"
            if (
                (kind := self.vocab.generic_kind(m.group("noun")))
                and not m.start()
                or (m.start() and not self.publisher[m.start() - 1].isalnum())
            ):
                return kind
        return None

    def _mentions(self, j: int):
        if j not in self._mentioned:
            s = self.sentences[j]
            self._mentioned[j] = self.sources.mentions(self.body, s.start, s.end, self.words(j))
        return self._mentioned[j]

    def _named(self, j: int) -> list[tuple[int, int, str, str | None]]:
        """(offset, end, name, kind) of the organisations sentence `j` introduces without
        the lexicon: bodies with their own name ("Région Sud", "il Comune di X"), names in
        apposition ("company Hyneo"), companies by their form ("… Inc.", "… Technologies")."""
        if j not in self._orgs:
            s, v, tokens = self.sentences[j], self.vocab, self.words(j)
            out = []
            feats = v.features(tokens)
            has = reduce(or_, feats, 0)
            if has & GENERIC:
                for g in _generics(self, s.end, tokens, feats):
                    if named := _named_generic(self, g, s.end):
                        out.append((g.start, named[1], named[0], v.generic_kind(g.noun)))
            if has & COMPANY:
                for m in v.company.finditer(self.body, s.start, s.end):
                    name = m.group("name") or m.group("legal")
                    words_ = name.split()
                    while words_ and _norm(words_[0]) in v.not_names:
                        words_.pop(0)
                    if len(words_) > 1 or m.group("legal"):
                        out.append((m.start(), m.end(), " ".join(words_), "company"))
            self._orgs[j] = sorted(out)
        return self._orgs[j]

    def _speaking(self, j: int) -> list[tuple[int, str]]:
        """(offset, name) of the capitalised names no list knows before a verb of saying."""
        s, say, tokens = self.sentences[j], self.vocab.saying, self.words(j)
        names = _unknown(self, tokens, self.vocab.features(tokens), [])
        return [(n.start, n.source) for n in names if say.match(self.body, n.end, s.end)]


def _find(sp: Speakers, lo: int, hi: int, tokens, i: int) -> list[Attribution]:
    text, v, sources = sp.body, sp.vocab, sp.sources
    feats = v.features(tokens)
    has = reduce(or_, feats, 0)
    found: list[Speaker] = []
    if has & ROLE:
        roles = [
            v.role_at.match(text, t[0], hi) for t, f in zip(tokens, feats, strict=True) if f & ROLE
        ]
        for m in [*filter(None, roles), *v.name_role.finditer(text, lo, hi)]:
            name = m.group("name")
            if _overlaps(found, m.start(), m.end()) or sources.mentions(name):
                continue
            if _is_name(sp, name):
                role = " ".join(m.group("role").lower().split())
                found.append(Speaker(m.start(), m.end(), name, "person", role))
    for m in sp._mentions(i):
        if not _overlaps(found, m.start, m.end):
            acts = _norm(text[m.start : m.end]) not in sources.speech_only
            found.append(Speaker(m.start, m.end, m.source, m.kind, "", acts))
    if has & GENERIC:
        found += _generic(sp, lo, hi, tokens, feats, found)
    markers = []
    if has & MARKER:
        markers = [
            (t[0] - v.marker_words[t[2]], t[0])
            for t, f in zip(tokens, feats, strict=True)
            if f & MARKER
        ]
    if has & CAPITAL and (has & SAYING or markers):
        found += _unknown(sp, tokens, feats, found)
    if not found:
        return []
    ctx = _Context(lo, hi, has, markers, tokens, feats)
    out = [a for c in sorted(found) if (a := _frame(sp, ctx, c))]
    # "Police in the town of Morcote said": a name inside another's frame says nothing
    out = [a for a in out if not any(b.start < a.start < b.end for b in out)]
    return sorted(_resolved(sp, a, i) for a in out if a.source)


def _resolved(sp: Speakers, a: Attribution, i: int) -> Attribution:
    """A generic actor's attribution with the organisation it names (resolved only now that
    it has a frame: most generic nouns in a sentence say nothing of who gave a figure)."""
    if not a.source.startswith(_GENERIC):
        return a
    kind, at, noun = a.source[len(_GENERIC) :].split("|", 2)
    if kind == "same-source":
        source = sp.last_attributed(i) or noun
    else:
        source = sp.resolve(kind, int(at)) or noun
    return a._replace(source=source)


_GENERIC = "\0generic|"  # a placeholder source: "\0generic|kind|offset|noun"


class _Generic(NamedTuple):
    start: int  # of the noun, or of its English modifiers ("the EU agency")
    noun_at: int
    end: int
    noun: str
    det: bool  # a determiner before it: "la société" (not "company Hyneo")


def _generics(sp: Speakers, hi: int, tokens, feats: list[int]) -> list[_Generic]:
    """Generic actor nouns of `tokens`, with their determiner and English modifiers."""
    text, v, out = sp.body, sp.vocab, []
    for n, f in enumerate(feats):
        if not f & GENERIC or not (m := v.noun_at.match(text, tokens[n][0], hi)):
            continue
        pos = start = tokens[n][0]
        det = False
        for back in range(1, 4 if v.prenominal else 2):
            if n - back < 0:
                break
            p, w, _ = tokens[n - back]
            gap = text[p + len(w) : start]
            is_det = feats[n - back] & DET
            if gap.strip(" '’") or (gap and gap[-1] in "'’" and not is_det):
                break
            if is_det:
                det = True
                break
            if back == 3:
                break
            start = p  # an English modifier: "the regional civil protection agency"
        out.append(_Generic(start if det else pos, pos, m.end(), m.group("noun"), det))
    return out


def _generic(sp: Speakers, lo: int, hi: int, tokens, feats, named: list[Speaker]) -> list[Speaker]:
    """Generic actors of the sentence: "la société" → the company the document names (a
    placeholder until it has a frame); "il Comune di X", "Région Sud" → that body;
    "company Hyneo" → Hyneo."""
    text, out = sp.body, []
    for g in _generics(sp, hi, tokens, feats):
        if not _may_frame(text, g, tokens, feats):
            continue
        if _overlaps(named + out, g.start, g.end) or any(_describes(text, g, n) for n in named):
            continue  # "La Polizia Postale", "le gestionnaire du réseau Terna": a name follows
        kind = sp.vocab.generic_kind(g.noun) or sp.sources.generic.get(_norm(g.noun), "other")
        if own := _named_generic(sp, g, hi):
            out.append(Speaker(g.start, own[1], own[0], kind))
        elif g.det or _bare_actor(text, lo, g, tokens, feats):
            source = f"{_GENERIC}{kind}|{g.start}|{_norm(g.noun)}"
            end = g.end  # "l'agence de l'UE précise": the description is part of it
            if (q := sp.vocab.qualifier.match(text, g.end, hi)) and _describing(sp, q):
                end = q.end()
            out.append(Speaker(g.start, end, source, kind))
    return out


_BEFORE = MARKER | BY | LABEL | SAYING | COUNTING
_AFTER = SAYING | COUNTING | ACTION


def _may_frame(text: str, g: _Generic, tokens, feats: list[int]) -> bool:
    """Can a frame stand around the generic actor `g`: a marker, "par", a label or a verb
    of saying before it, a verb after it (its name and relative clause between), a
    parenthesis or a figure right after it? Most generic nouns have none."""
    n = bisect.bisect_left(tokens, (g.noun_at,))
    if reduce(or_, feats[max(0, n - 8) : n], 0) & _BEFORE:
        return True
    if reduce(or_, feats[n + 1 : n + 16], 0) & _AFTER:
        return True
    return bool(re.search(r"[(\d]", text[max(0, g.start - 3) : g.start] + text[g.end : g.end + 30]))


def _bare_actor(text: str, lo: int, g: _Generic, tokens, feats: list[int]) -> bool:
    """A generic actor without a determiner: a plural ("officials said"), one right after a
    marker ("according to management") or a label in parentheses ("(préfecture)")."""
    if g.noun.endswith("s") or text[g.noun_at : g.end].endswith("s"):
        return True
    if text[max(lo, g.start - 2) : g.start].strip().endswith("("):
        return True
    n = bisect.bisect_left(tokens, (g.start,))
    return bool(reduce(or_, feats[max(0, n - 2) : n], 0) & (MARKER | BY | LABEL))


def _named_generic(sp: Speakers, g: _Generic, hi: int) -> tuple[str, int] | None:
    """(name, end) when a generic actor carries its own name: "ministère de l'Éducation",
    "Région Sud", "l'organisation agricole Coldiretti"; None otherwise."""
    text, v, noun_at = sp.body, sp.vocab, g.noun_at
    if q := v.qualifier.match(text, g.end, hi):
        if _is_name(sp, q.group("name").split()[0], place_ok=True) and not _describing(sp, q):
            return qualified(text[noun_at : q.end()]), q.end()
    if text[noun_at].isupper() and (p := v.proper.match(text, g.end, hi)):
        if _is_name(sp, p.group("name").split()[0], place_ok=True):
            return qualified(text[noun_at : p.end()]), p.end()
    if text[noun_at].islower() and (a := v.apposition.match(text, g.end, hi)):
        name = _clean_name(sp, a.group("name"))
        if name and not sp.sources.mentions(name):
            return name, a.end()
    return None


def _unknown(sp: Speakers, tokens, feats: list[int], named: list[Speaker]) -> list[Speaker]:
    """Capitalised names no list knows (runs of capitalised words, without the sentence's
    opening words, places and known sources): they speak only in a frame of saying ("selon
    Codacons", "Il Codacons stima…", ", ha reso noto il Centro funzionale…")."""
    text, v, out = sp.body, sp.vocab, []
    caps = [n for n, f in enumerate(feats) if f & CAPITAL]
    k = 0
    while k < len(caps):
        first = last = caps[k]
        k += 1
        end = tokens[last][0] + len(tokens[last][1])
        while k < len(caps) and caps[k] == last + 1 and text[end : tokens[last + 1][0]] == " ":
            last = caps[k]
            end = tokens[last][0] + len(tokens[last][1])
            k += 1
        pos = tokens[first][0]
        if first and tokens[first - 1][2] in v.locative_words:
            continue  # "A Genova la Cgil parla…": a place
        # only where a frame of saying may stand: a marker or a verb of saying before it, a
        # verb of saying after it (after its relative clause: "Lumora, which …, said")
        reach = 30 if text.startswith(",", end) else 6
        if not (
            reduce(or_, feats[max(0, first - 8) : first], 0) & (MARKER | SAYING)
            or reduce(or_, feats[last + 1 : last + 1 + reach], 0) & SAYING
        ):
            continue
        name = _unknown_name(v, sp.sources, text[pos:end])
        at = text.find(name, pos, end) if name else -1
        if at >= 0 and not _overlaps(named, at, at + len(name)):
            out.append(Speaker(at, at + len(name), name, "unknown", "", False))
    return out


class _Context:
    """What a sentence offers every speaker's frame: its span, words and what they may be."""

    __slots__ = ("lo", "hi", "has", "markers", "tokens", "feats", "_starts")

    def __init__(self, lo: int, hi: int, has: int, markers, tokens, feats: list[int]):
        self.lo, self.hi, self.has, self.markers = lo, hi, has, markers
        self.tokens, self.feats, self._starts = tokens, feats, None

    def index(self, pos: int) -> int:
        """The index of the first word at or after `pos`."""
        if self._starts is None:
            self._starts = [t[0] for t in self.tokens]
        return bisect.bisect_left(self._starts, pos)


def _frame(sp: Speakers, ctx: _Context, c: Speaker) -> Attribution | None:
    """The attribution a speaker makes, from the words around it; None when it only stands
    in the sentence ("700 police officers were deployed": inside the counted noun)."""
    found = _framed(sp, ctx, c)
    if found is None:
        return None
    text, v = sp.body, sp.vocab
    w = max(ctx.lo, c.start - WINDOW)
    if (m := v.counted_noun.search(text, w, c.start)) and not _glued(text, m.start()):
        if not set(m.group(1).lower().replace("’", "'").split()) & v.frame_words:
            return None
    return found


def _made(text: str, c: Speaker, at: int, applies: str, how: str, end: int = -1) -> Attribution:
    end = c.end if end < 0 else end
    return Attribution(at, end, c.source, text[at:end], applies, c.role, how)


def _framed(sp: Speakers, ctx: _Context, c: Speaker) -> Attribution | None:
    text, v, lo, hi, feats = sp.body, sp.vocab, ctx.lo, ctx.hi, ctx.feats
    w = max(lo, c.start - WINDOW)
    k0, k1 = ctx.index(c.start), ctx.index(c.end)
    before = reduce(or_, feats[max(0, k0 - 8) : k0], 0)
    if before & MARKER:
        for at, word in reversed(ctx.markers):  # "selon la CGT", nearest first
            if w <= word < c.start and (m := v.pre.search(text, max(w, at), c.start)):
                return _made(text, c, m.start(), "both", "marker")
    near = reduce(or_, feats[max(0, k0 - 4) : k0], 0)
    if near & BY and (m := v.passive.search(text, w, c.start)):  # "annoncés par la CGT"
        return _made(text, c, m.start(), "post", "passive")
    if c.kind == "unknown":
        return _unknown_frame(sp, ctx, c, w, near, k1)
    if near & LABEL and (m := v.label.search(text, w, c.start)):  # "81 000 pour la CGT"
        return _made(text, c, m.start("at"), "label", "label")
    if text.rfind("(", w, c.start) >= 0 and v.paren_before.search(text, w, c.start):
        if v.paren_after.match(text, c.end, hi):  # "23 000 (préfecture)"
            return _made(text, c, c.start, "label", "label")
    if near & (SAYING | COUNTING) and (m := v.inverted.search(text, w, c.start)):
        return _made(text, c, m.start("at"), "post", "inverted")  # ", a indiqué la mairie"
    # the verb after it: within a few words, or after a relative clause ("X, which …, said")
    reach = 30 if text.startswith(",", c.end) and v.relative_after.match(text, c.end, hi) else 6
    after = reduce(or_, feats[k1 : k1 + reach], 0)
    if after & (SAYING | COUNTING | ACTION):
        speech = v.speech.match(text, c.end, hi) if after & (SAYING | COUNTING) else None
        verb = speech or (v.verb.match(text, c.end, hi) if c.acts and after & ACTION else None)
        if verb:
            applies = "post" if v.closing.match(text, verb.end(), hi) else "pre"
            return _made(text, c, c.start, applies, "speech" if speech else "action", verb.end())
    if m := v.possessive.match(text, c.end, hi):
        return _made(text, c, c.start, "both", "possessive", m.end())
    if v.ellipsis_after.match(text, c.end, hi):  # "et les syndicats 45 000"
        prefix = text[lo : c.start]
        if not prefix.strip() or re.fullmatch(v.art, prefix):
            return _made(text, c, c.start, "pre", "ellipsis")
        if v.ellipsis_before.search(text, w, c.start):
            return _made(text, c, c.start, "pre", "ellipsis")
    return None


def _glued(text: str, at: int) -> bool:
    """Is the digit at `at` inside a word or number ("A5", "1.500")?"""
    return at > 0 and (text[at - 1].isalnum() or text[at - 1] in ".,’'")


def _unknown_frame(sp: Speakers, ctx: _Context, c: Speaker, w: int, near: int, k1: int):
    """A name no lexicon knows attributes with a verb of saying after it, or after one
    (its name then runs to the clause's end: ", ha reso noto il Centro funzionale")."""
    text, v, hi = sp.body, sp.vocab, ctx.hi
    if near & SAYING and (m := v.inverted.search(text, w, c.start)):
        tail = v.name_tail.match(text, c.end, hi)
        end = tail.end() if tail else c.end
        if v.name_end.match(text, end, hi):
            found = _made(text, c, m.start("at"), "post", "inverted", end)
            return found._replace(source=text[c.start : end])
        return None
    reach = 30 if text.startswith(",", c.end) and v.relative_after.match(text, c.end, hi) else 6
    if reduce(or_, ctx.feats[k1 : k1 + reach], 0) & SAYING:
        if verb := v.saying.match(text, c.end, hi):
            applies = "post" if v.closing.match(text, verb.end(), hi) else "pre"
            return _made(text, c, c.start, applies, "speech", verb.end())
    return None


def _describes(text: str, g: _Generic, name: Speaker) -> bool:
    """Is the generic noun `g` a description right before a name ("le gestionnaire du
    réseau Terna")?"""
    e = g.end
    return 0 <= name.start - e <= 40 and not re.search(r"[,;.:]", text[e : name.start])


def _describing(sp: Speakers, q: re.Match) -> bool:
    """Does the qualifier describe rather than name ("l'agence de l'UE", "… of Italy")?"""
    name = q.group("name")
    return _norm(name) in sp.vocab.descriptive or _is_country(name)


@lru_cache(maxsize=4096)
def _is_country(name: str) -> bool:
    places = find_places(name)
    return bool(places) and places[0].kind == "country" and places[0].end >= len(name)


def _overlaps(found: list[Speaker], s: int, e: int) -> bool:
    return any(f.start < e and s < f.end for f in found)


@lru_cache(maxsize=8192)
def _unknown_name(v: Vocabulary, sources: Sources, written: str) -> str:
    """The name of an organisation no list knows, as `written` gives it; "" for none."""
    parts = written.split()
    while parts and _norm(parts[0]) in v.not_names:
        parts.pop(0)
    name = " ".join(parts).rstrip(".")
    key = _norm(name)
    if not name or key in v.not_names or key in v.descriptive or len(name) < 2:
        return ""
    if v.generic_kind(name) or _is_place(name):  # "La Regione stima…": a generic actor
        return ""
    return "" if sources.mentions(name) else name


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
    return place_ok or not _is_place(name)


@lru_cache(maxsize=4096)
def _is_place(name: str) -> bool:
    """Is `name` a place alone ("Europe", "Todi" after "town of")? A place is no source."""
    places = find_places(name)
    return bool(places) and places[0].start == 0 and places[0].end >= len(name.rstrip("."))


def _strip(name: str) -> str:
    return " ".join(name.split())
