"""Who may speak in a sentence: organisations, bodies with their own name, people, generic
actors and names no lexicon knows.

Why
---
Before asking whether someone gave a figure (`framing`), one must find who is named: "le
maire, Jean Rocher" is a person with a role; "la Procura di Catania" a body of its own, not
any prosecutor; "la société" the company the document names; "company Vyrex" Vyrex; "Il
Codacons" a name no list knows. Fragments are not names: "Si stimano", a place alone ("A
Genova"), the EU in "the EU agency". Each is a `Speaker`; generic actors carry a placeholder
source (`GENERIC_SOURCE`) that `attribution` resolves once they have a frame.

Example
-------
>>> from sourcecheck.extract.attribution import Speakers
>>> from sourcecheck.extract.sources import load_sources
>>> sp = Speakers("Il a précisé le maire, Jean Rocher.", "fr", None, load_sources())
>>> [(s.source, s.role) for s in people(sp, 0, 35, sp.words(0), sp.vocab.features(sp.words(0)))]
[('Jean Rocher', 'maire')]
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache, reduce
from operator import or_
from typing import TYPE_CHECKING, NamedTuple

from sourcecheck import regexcache
from sourcecheck.extract import offices
from sourcecheck.extract.places import DEMONYMS, find_places
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
    ends_with_of,
    vocabulary,
)

if TYPE_CHECKING:
    from sourcecheck.extract.attribution import Speakers

GENERIC_SOURCE = "\0generic|"  # a placeholder: "\0generic|kind|offset|noun|as written"
PRONOUN = "pronoun"
COLLECTIVE = "collective"  # the kind of a plural company noun: "les assureurs", "insurers"  # the kind of a placeholder that stands for whom a pronoun names


class Speaker(NamedTuple):
    start: int
    end: int
    source: str
    kind: str
    role: str = ""
    acts: bool = True  # what it does is its figure ("la Procura ha sequestrato 25mila…")


def people(sp: Speakers, lo: int, hi: int, tokens, feats: list[int]) -> list[Speaker]:
    """People with a role: "le maire, Jean Rocher", "mayor Lisa Brandt", "Rhea Pellworth,
    Quintex's chief legal officer" (source: the name; role: as written, lower case)."""
    text, v, sources, found = sp.body, sp.vocab, sp.sources, []
    roles = [
        v.role_at_comma.match(text, t[0], hi) or v.role_at.match(text, t[0], hi)
        for t, f in zip(tokens, feats, strict=True)
        if f & ROLE
    ]
    appositions = list(v.name_role.finditer(text, lo, hi))
    for m in [*filter(None, roles), *appositions]:
        name, start, end = m.group("name"), m.start(), m.end()
        if any(m is a for a in appositions):
            name, start = _unmarked(v, name, start)
            # "Jean Rocher, the mayor of Valmont, said": the apposition runs to its comma
            if tail := v.apposition_end.match(text, end, hi):
                end = tail.end()
        if not name or _overlaps(found, start, end) or sources.mentions(name):
            continue
        if _RUNS_ON.match(text, m.end("name")) or _DEFINED_AFTER.match(text, m.end("name")):
            continue  # "a spokesperson for the North Sea Mutual P&I Club": a body's name
            # (so is one an acronym in brackets defines: "head of the Dorvale Water Agency (DWA)")
        name = untitled(v, name)  # "Dr Alan Pryce, the hospital's director": Alan Pryce
        if _is_name(sp, name):
            role = " ".join(m.group("role").lower().split())
            found.append(Speaker(start, end, name, "person", role))
    return found


_RUNS_ON = regexcache.compile(r"\s*&|\s+[A-ZÀ-Þ][\w&'’.-]*\s+(?:[A-ZÀ-Þ]|said|says|told)")
_DEFINED_AFTER = regexcache.compile(r"\s*\([A-ZÀ-Þ][A-ZÀ-Þ0-9&.-]{1,9}\)")  # "(DWA)"


def _unmarked(v: Vocabulary, name: str, start: int) -> tuple[str, int]:
    """A person's name without the capitalised marker that opens its sentence ("Selon Jean
    Rocher, maire de…" → "Jean Rocher"); "" when a single word would be left."""
    first, _, rest = name.partition(" ")
    if _norm(first) not in v.frame_words and _norm(first) not in v.not_names:
        return name, start
    return (rest, start + len(first) + 1) if " " in rest.strip() else ("", start)


class _Generic(NamedTuple):
    start: int  # of the noun, or of its English modifiers ("the EU agency")
    noun_at: int
    end: int
    noun: str
    det: bool  # a determiner before it: "la société" (not "company Vyrex")
    det_at: int = -1  # where that determiner starts


# English modifiers a generic noun may take between its determiner and itself ("the national
# road safety agency": three, the first of them as `_last_modifier` says)
MODIFIERS = 3


def _last_modifier(v: Vocabulary, tokens, feats: list[int], k: int) -> bool:
    """May word `k`, the farthest of `MODIFIERS` before a generic noun, be one of its
    modifiers: a lower-case word, no verb or auxiliary, right after a determiner ("the
    national road safety agency"; not "the DGAC has asked airlines", "that Italian and
    French authorities")?"""
    word = tokens[k][1]
    return (
        k > 0
        and bool(feats[k - 1] & DET)
        and word.islower()
        and not feats[k] & (SAYING | COUNTING | ACTION)
        and tokens[k][2] not in v.aux_words
    )


def generics(sp: Speakers, hi: int, tokens, feats: list[int]) -> list[_Generic]:
    """Generic actor nouns of `tokens`, with their determiner and English modifiers."""
    text, v, out = sp.body, sp.vocab, []
    for n in [n for n, f in enumerate(feats) if f & GENERIC]:
        if not (m := v.noun_at.match(text, tokens[n][0], hi)):
            continue
        if _press_adjective(v, text, tokens, n, m.group("noun")):
            continue
        pos = start = det_at = tokens[n][0]
        det = marked = False
        for back in range(1, MODIFIERS + 2 if v.prenominal else 2):
            if n - back < 0:
                break
            p, w, _ = tokens[n - back]
            gap = text[p + len(w) : start]
            is_det = feats[n - back] & DET
            if (
                v.prenominal
                and w == "s"
                and n - back > 0
                and text[p - 1 : p] in ("'", "’")
                and (
                    _is_place(owner := tokens[n - back - 1][1])
                    or owner.lower() in v.place_noun_words
                    or _office_owner(v, owner, m.group("noun"))
                )
            ):  # "Italy's health ministry", "the island's forest service": a place before 's
                det, det_at = True, tokens[n - back - 1][0]  # stands as its determiner
                # ("the company's chief executive", "Kestrel's chief executive": an office's body)
                if not (_is_place(owner) or owner[:1].isupper()):  # ("the island's": a noun,
                    # with its own article)
                    if n - back > 1 and feats[n - back - 2] & DET:
                        det_at = tokens[n - back - 2][0]
                    break
                if not _is_place(owner):  # "Selbury Rail's chief executive": the whole name
                    det_at = _owner_start(text, tokens, feats, n - back - 1)
                start = det_at
                break
            if gap.strip(" '’") or (gap and gap[-1] in "'’" and not is_det):
                break
            if is_det:
                det, det_at = True, p
                break
            if back == MODIFIERS + 1 or w.lower() in v.marker_ends:
                # "according to local authorities" (not "our union branches": the publisher's)
                marked = w.lower() in v.marker_ends and tokens[n - back + 1][2] not in v.ours_words
                break  # "according to Health Ministry figures": "to" is no modifier
            if back == MODIFIERS and not _last_modifier(v, tokens, feats, n - back):
                break  # "the DGAC has asked airlines": a verb, no modifier
            start = p  # an English modifier: "the regional civil protection agency"
        first_word = text[start:pos].split(maxsplit=1)[0].lower() if start < pos else ""
        if v.prenominal and first_word in v.coordinator_words:
            if co := _COORDINATED_BEFORE.search(text, max(0, start - 40), start):
                start = co.start()  # "Italian and French authorities"
        if not (det or marked) and start < pos and not (v.prenominal and text[start].isupper()):
            if not (
                _known(sp, text[start:pos].strip())  # "civil protection officials"
                or v.possessive.match(text, _word_end(text, m.end()))  # "weather service data"
                or _subject_speaking(v, text, (start, pos), n, feats)
            ):
                start = pos  # English modifiers count after a determiner or capitalised
                # ("Health ministry data showed"); "rising energy prices" names no body
        out.append(_Generic(start, pos, m.end(), m.group("noun"), det, det_at))
    return out


def _subject_speaking(v: Vocabulary, text: str, span: tuple[int, int], n: int, feats) -> bool:
    """(English) Do a generic noun's lower-case modifiers (`span`) open a clause after a comma
    and does a verb of saying follow the noun within a few words ("…, regional health
    authorities said"; not "…, and SNCF management said")? Then they name the speaker as a
    capital would at a sentence's start."""
    start, pos = span
    words = text[start:pos].split()
    return (
        text[max(0, start - 4) : start].rstrip().endswith(",")
        and all(w.islower() for w in words)
        and words[0] not in v.coordinator_words
        and words[0] not in v.break_words  # "…, but officials said": no modifier
        and any(f & SAYING for f in feats[n + 1 : n + 4])
    )


def _owner_start(text: str, tokens, feats: list[int], k: int) -> int:
    """(English) Where the capitalised name whose last word is token `k` starts, with its
    determiner: "the Marrowick Transport Authority's director" owns the office by its whole
    name, not by "Authority's"."""
    at = tokens[k][0]
    while k > 0 and text[tokens[k - 1][0] + len(tokens[k - 1][1]) : at] == " ":
        k -= 1
        if not (tokens[k][1][:1].isupper() or feats[k] & DET):
            break
        at = tokens[k][0]
        if feats[k] & DET:
            break
    return at


def _office_owner(v: Vocabulary, owner: str, noun: str) -> bool:
    """(English) Is `owner`, before "'s" and the office `noun`, the body that office is held
    in: a generic actor noun or a capitalised name ("the company's chief executive",
    "Kestrel's finance director")? The office then speaks, as written with its body. So does
    a body a capitalised name owns ("the UN's refugee agency", "Selbury's health agency").

    >>> from sourcecheck.frames.attribution import vocabulary
    >>> v = vocabulary("en")
    >>> _office_owner(v, "airline", "chief executive"), _office_owner(v, "airline", "agency")
    (True, False)
    """
    if v.generic_kind(noun) != "official":
        return owner[:1].isupper()
    return owner[:1].isupper() or v.generic_kind(owner) not in (None, "official", "same-source")


def _press_adjective(v: Vocabulary, text: str, tokens, n: int, noun: str) -> bool:
    """Is the press noun `noun` (token `n`) an adjective of a count's or a document's noun
    next to it ("nel bollettino settimanale", "le bilan quotidien", "the weekly update")?

    Why: "settimanale", "quotidien", "daily" also name an outlet; describing a report they
    name no one, and the report's body speaks.

    Example: "Dans son relevé hebdomadaire, l'agence…" → True for "hebdomadaire".
    """
    if v.generic_kind(noun) != "press":
        return False
    k = n + 1 if v.prenominal else n - 1
    if not 0 <= k < len(tokens):
        return False
    p, w, _ = tokens[k]
    gap = (
        text[tokens[n][0] + len(tokens[n][1]) : p]
        if v.prenominal
        else text[p + len(w) : tokens[n][0]]
    )
    return gap == " " and w[:1].islower() and _norm(w) in v.report_words


# a capitalised modifier and a coordinator before another one: "Italian and French authorities"
_COORDINATED_BEFORE = regexcache.compile(r"(?<![\w'’])[A-ZÀ-Þ][\w-]*\s+$")


# an acronym in brackets after a generic noun's phrase, then a capitalised name: the body's
# acronym and where it is ("(ORF) Valdène", "(Ufr) Marvella")
_ACRONYM_PLACED = regexcache.compile(
    r"\s*\((?P<acr>[A-ZÀ-Þ][A-Za-z]{1,6})\)\s+(?P<name>[A-ZÀ-Þ][\w'’-]*(?:\s+[A-ZÀ-Þ][\w'’-]*){0,2})"
)


def _known(sp: Speakers, words: str) -> bool:
    """Are `words` all one body the lexicon knows ("civil protection")?"""
    found = sp.sources.mentions(words)
    return bool(found) and found[0].start == 0 and found[0].end == len(words)


def generic_speakers(
    sp: Speakers, lo: int, hi: int, tokens, feats, named: list[Speaker]
) -> list[Speaker]:
    """Generic actors of the sentence: "la société" → the company the document names (a
    placeholder until it has a frame); "il Comune di X", "Région Sud" → that body;
    "company Vyrex" → Vyrex."""
    text, out = sp.body, []
    nouns = sp.generic_nouns(hi, tokens, feats)
    for g in nouns:
        if not _may_frame(sp.vocab, text, g, tokens, feats):
            continue
        if _possessor(text, g, nouns):
            continue  # "the carriers' association", "the company's union": its owner
        if sp.vocab.prenominal and _compound_head(sp.vocab, text, g, nouns):
            continue  # "the public works ministry": the ministry speaks
        role = sp.vocab.generic_kind(g.noun) == "official"  # "le ministre de la Protection
        # civile": a body after an office is its portfolio, the office speaks
        # (a name the lexicon knows inside a longer generic noun is that noun's word:
        # "the prosecutor's office said")
        inside = [n for n in named if g.noun_at <= n.start and n.end < g.end]
        others = [n for n in named if n not in inside]
        if _overlaps(others + out, g.noun_at, g.end) or any(
            _describes(text, g, n)
            for n in named
            if _norm(text[n.start : n.end]) not in sp.vocab.descriptive  # "l'agence de l'UE"
            and not (role and n.start > g.end)
        ):
            continue  # "La Polizia Postale", "le gestionnaire du réseau Terna": a name follows
        if _speaks_for_modified(sp, g, nouns, hi):
            continue  # "a spokeswoman for the Dorvik regional council": the council speaks
        if body := _spokesperson(sp, g, hi):  # "a company spokesperson": the company
            out = [o for o in out if not g.start <= o.start < body.end]
            out.append(body)
            continue
        if _organ(sp, g) and (name := _name_before(sp, g)):  # "Cartelo management said"
            out.append(Speaker(g.start, g.end, name, "company", "", True))
            continue
        kind = sp.vocab.generic_kind(g.noun) or sp.sources.generic.get(_norm(g.noun), "other")
        if kind == "same-source" and (
            _before_its_noun(sp, g, tokens, feats) or _subject_pronoun(sp, g, tokens, feats)
        ):
            continue  # "ce dernier bilan": an adjective; "elle avait reçu": a subject
        if _proper(sp, g, kind):
            continue  # "the Central Bank", "Pellmore Bank": a name, left to the name finders
        if kind in PLACE_KINDS and located(sp, g):
            continue  # "in the drought-hit region of Valdorne": a place, no body
        if own := _office_of(sp, g, hi):  # "the mayor of Ashcombe": its town hall
            out.append(Speaker(g.start, own[1], own[0], offices.office_kind(g.noun, sp.vocab.lang)))
            continue
        if (sp.vocab.kinds.get(kind) or {}).get("of_country") and (mission := _mission(sp, g, hi)):
            out.append(Speaker(g.start, mission[1], mission[0], kind))
            continue  # "il consolato generale d'Italia a Lione"
        own = named_generic(sp, g, hi)
        if not own and (own := modified(sp, g, kind) or demonymed(sp, g, kind)):
            own = situated(sp, *own, hi)  # "a hotel association in the province of X said"
        post = None if own else postnominal(sp, g, hi)
        if post and sp.repeats(kind, g.start):
            post = None  # "Santé publique France a recensé… L'agence sanitaire dénombre"
        if post and not post[2]:  # "il gestore della rete": the operator the lexicon names
            post = (sp.known(kind, g.start) or post[0], *post[1:])
        if own and own[0][:1].islower() and (so := _named_so(sp, own[0], g.start)):
            own = (so, own[1])  # "the port authority" after "the Port Authority of Lendon"
        if post and post[0][:1].islower() and (so := _named_so(sp, post[0], g.start)):
            post = (so, *post[1:])  # "l'Autorità portuale" after "l'Autorità di sistema…"
        phrase_end = (own or post or (None, _word_end(text, g.end)))[1]
        if placed := _ACRONYM_PLACED.match(text, phrase_end, hi):
            # "l'office régional des forêts (ORF) Valdène": the acronym and its own place
            name = f"{placed.group('acr')} {' '.join(placed.group('name').split())}"
            out.append(Speaker(g.start, placed.end(), name, kind))
            continue
        if appo := apposed(sp, phrase_end, hi):  # "le gestionnaire du réseau, REF, a …"
            out.append(Speaker(g.start, appo[1], appo[0], kind))
        elif own or post:
            own = own or post[:2]
            out.append(Speaker(g.start, own[1], own[0], kind))
        elif g.det or kind == "same-source" or _bare_actor(sp, lo, g, tokens, feats):
            written = as_written(text, g)
            if kind in ("company", "organisation") and g.end > g.noun_at + len(g.noun):
                kind = COLLECTIVE  # "les assureurs estiment": a trade, no one company
            end = g.end  # "l'agence de l'UE précise": the description is part of it
            written, end = situated(sp, written, _word_end(text, g.end), hi)
            source = f"{GENERIC_SOURCE}{kind}|{g.start}|{_norm(g.noun)}|{written}"
            if (q := sp.vocab.qualifier.match(text, g.end, hi)) and describing(sp, q):
                end = q.end()
            out.append(Speaker(g.start, end, source, kind))
    return out


def _possessor(text: str, g: _Generic, nouns: list) -> bool:
    """Is generic actor `g` the possessor of another generic noun a few words after it
    ("the carriers' association", "the company's works council")? The possessed body is the
    actor; its possessor only describes it.

    >>> from sourcecheck.extract.attribution import Speakers
    >>> from sourcecheck.extract.sources import load_sources
    >>> sp = Speakers("Some 640 sailings ran, the carriers' association said.", "en", None,
    ...               load_sources())
    >>> [sp.resolved(a).source for a in sp.attributions(0)]
    ["the carriers' association"]
    """
    m = _OWNER_OF.match(text, g.end)
    return bool(m) and any(m.end() <= h.noun_at <= m.end() + 30 for h in nouns if h is not g)


def _compound_head(v: Vocabulary, text: str, g: _Generic, nouns: list) -> bool:
    """(English) Is generic noun `g` a modifier of another generic noun right after it, the
    head of their compound ("the public works ministry": a ministry)? The
    head names the body; an office after it is that body's (`_spokesperson`: "the fire
    service spokesman" is the fire service's).

    >>> from sourcecheck.extract.attribution import Speakers
    >>> from sourcecheck.extract.sources import load_sources
    >>> sp = Speakers("Some 40% were on strike, the public works ministry said.", "en", None,
    ...               load_sources())
    >>> [sp.resolved(a).source for a in sp.attributions(0)]
    ['Public Works Ministry']
    """
    after = g.noun_at + len(g.noun)
    return any(
        h.noun_at == after + 1
        and text[after] == " "
        and v.generic_kind(h.noun) not in (None, "official")
        for h in nouns
        if h is not g
    )


# an English possessive after a noun, then at most a few words: "carriers' ", "company's "
_OWNER_OF = regexcache.compile(r"(?:['’]s?)\s+(?:[a-z][\w-]*\s+){0,2}")


def branches(sp: Speakers, named: list[Speaker], generic: list[Speaker]):
    """(named, generic) once a generic actor right after a named body and an `of` ("la CGT
    du groupe", "la Fiom dell'azienda") is read as whose branch that body is: the generic actor
    says nothing of its own, and a union so qualified is named as written ("CGT du groupe": the
    union's section in the company, a body of its own)."""
    text, v = sp.body, sp.vocab
    kept, out = [], list(named)
    for g in generic:
        owner = next(
            (
                k
                for k, n in enumerate(out)
                if n.end < g.start <= n.end + 8
                and not n.source.startswith(GENERIC_SOURCE)
                and not text[n.end : g.start].strip(" ").startswith(",")
                and ends_with_of(v, text, n.end, g.start)
            ),
            None,
        )
        if owner is None:
            kept.append(g)
            continue
        n = out[owner]
        if n.kind == "union":
            noun_end = _word_end(text, g.start)
            out[owner] = n._replace(end=noun_end, source=" ".join(text[n.start : noun_end].split()))
    return out, kept


def appositions(sp: Speakers, named: list[Speaker], generic: list[Speaker]):
    """(named, generic) once a generic actor set off by commas right after a name describes
    it ("le Snuipp-FSU, premier syndicat du secteur, qui en revendique 45 %"): the description
    says nothing of its own, the name's span runs over it (a relative clause after it is the
    name's)."""
    text, kept, out = sp.body, [], list(named)
    for g in generic:
        k = next(
            (
                k
                for k, n in enumerate(out)
                if n.end < g.start
                and not n.source.startswith(GENERIC_SOURCE)
                and _APPOSED.fullmatch(text, n.end, g.start)
                and text.startswith(",", g.end)
                # (after a determiner it is `described_aside`'s: "Agrinord, la fédération …")
                and not set(_norm(text[n.end : g.start]).strip(" ,").split()) & sp.vocab.det_words
            ),
            None,
        )
        if k is None:
            kept.append(g)
        else:
            out[k] = out[k]._replace(end=g.end)
    return out, kept


# a comma, then a word or two of rank at most: "…, premier syndicat …"
_APPOSED = regexcache.compile(r"\s*,\s*(?:[a-zà-ÿ'’-]+\s+){0,2}")


def _named_so(sp: Speakers, written: str, pos: int) -> str | None:
    """The body named before `pos` whose own name has every word of the description
    `written` ("the port authority" → "Port Authority of Lendon"); None when none has.

    Why: copy names a body in full, then by its own words in lower case; the description
    is that body, not another one of its own.
    """
    content = [w for w in _CONTENT.findall(written) if _norm(w) not in sp.vocab.det_words]
    if len(content) < 2:
        return None  # a bare generic noun: the kind's resolution says which
    found = sp.headed(content, pos)
    return found[1] if found else None


_CONTENT = regexcache.compile(r"[^\W\d_]{3,}")


_AT_CITY = regexcache.compile(r"\s+(?:a|à|in)\s+(?P<city>[A-ZÀ-Þ][\w'’-]+(?:\s+[A-ZÀ-Þ][\w'’-]+)?)")


def _mission(sp: Speakers, g: _Generic, hi: int) -> tuple[str, int] | None:
    """(as written, end) of an embassy or consulate with its country and city ("il consolato
    generale d'Italia a Lione", "the British embassy in Rome"); None without a country."""
    text = sp.body
    end = _word_end(text, g.end)
    if (q := sp.vocab.qualifier.match(text, end, hi)) and _is_country(q.group("name")):
        end = q.end()
    elif not (g.start < g.noun_at and _national(text[g.start : g.noun_at].split()[-1])):
        return None  # (English: "the British embassy", "Italy's consulate")
    if (c := _AT_CITY.match(text, end, hi)) and _is_place(c.group("city")):
        end = c.end()
    at = g.det_at if g.det and not _preposition(text, g.det_at, g.noun_at) else g.start
    return _lowered(" ".join(text[at:end].replace("’", "'").split())), end


def _national(word: str) -> bool:
    """Is `word` a country or its adjective ("Italy", "Italy's", "British")?"""
    word = _POSSESSIVE.sub("", word)
    return word.lower() in DEMONYMS or _is_country(word)


PLACE_KINDS = ("region", "town", "province")  # kinds whose noun also names a place
_WORD_BEFORE = regexcache.compile(r"([^\W\d_]+)\s+$")


def located(sp: Speakers, g: _Generic) -> bool:
    """Is the generic actor `g` right after a preposition of place ("in the region of X",
    "dans la région de X", "nella regione di X")? It then names where, not who."""
    at = g.det_at if g.det else g.start
    m = _WORD_BEFORE.search(sp.body, max(0, at - 20), at)
    return bool(m) and _norm(m.group(1)) in sp.vocab.locative_words


def apposed(sp: Speakers, end: int, hi: int) -> tuple[str, int] | None:
    """(name, end of the generic's phrase) for the name set off by commas after a generic
    actor whose words end at `end` ("the grid operator, Elnet, said" → Elnet; "l'armatore
    della nave, la greca Poseidon Lines, ha dichiarato" → Poseidon Lines), as the lexicon
    names it; None when none (a place, a clause: "la société, qui emploie 300 personnes").

    Why: the apposition says which body the generic noun is; without it the figure goes to
    "the grid operator" as written, a source no other document names.
    """
    v = sp.vocab
    if not (m := v.apposed.match(sp.body, end, hi)):
        return None
    words_ = [(0, w, w.lower()) for w in (m.group("tail") + " " + m.group("desc")).split()]
    if any(
        f & (SAYING | COUNTING | ACTION | BY) or f & MARKER and not f & GENERIC
        for f in v.features(words_)
    ):  # (a generic noun that also counts names the body: "lo studio Bellandi")
        return None  # "the company said on Friday, …": a verb, not a description
    if any(w[2] in v.locative_words | v.aux_words for w in words_):
        return None  # "l'opérateur, à Lyon, a …": a place
    name = _clean_name(sp, m.group("name"))
    if not name:
        return None
    found = sp.sources.mentions(name)
    return (found[0].source if found and found[0].start == 0 else name), m.end("tail")


def _spokesperson(sp: Speakers, g: _Generic, hi: int) -> Speaker | None:
    """Someone who speaks for a body, as that body: "a company spokesperson" (English words
    before the noun), "le porte-parole de la société", "a spokesman for Kestrel Airways" (a
    generic actor or a name after it). None when no body is said ("a spokesman said")."""
    lang = sp.vocab.lang
    if not offices.speaks_for(g.noun, lang):
        return None
    text = sp.body
    if g.start < g.noun_at:  # English modifiers: the last one, or a name, says the body
        words_ = text[g.start : g.noun_at].split()
        n = len(words_)
        while (
            n > 1
            and words_[n - 1][:1].isupper()
            and words_[n - 2][:1].isupper()
            and _norm(words_[n - 2]) not in sp.vocab.indefinite_words
        ):
            n -= 1  # "A Velmar Foods spokeswoman": the whole name, never its article
        for k in range(len(words_) - 1):  # "civil protection officials": a body the lexicon knows
            if _known(sp, " ".join(words_[k:])):
                n = k + 1
                break
        if n == len(words_) > 1 and (body := _modified_body(sp, g, words_[-1])):
            return body  # "a regional health authority spokesman": that authority
        # (a possessive's owner is the body: "the Marrowick Transport Authority's spokesman",
        # "Kestrel's spokesman", a name even where it opens the sentence)
        owned = _POSSESSIVE.search(words_[-1]) is not None
        written = _POSSESSIVE.sub("", " ".join(words_[n - 1 :]))
        at = text.rfind(words_[n - 1], g.start, g.noun_at)
        if written[:1].isupper() and n == len(words_) and not g.det and _opens(text, at):
            # (only a capital with no article before it may be the sentence's: "A Kestrel
            # spokeswoman" is a name's)
            if not (
                owned
                or sp.sources.mentions(written)
                or _acronym(written)
                or _written_inside(text, written.split()[0])
            ):
                return None  # "Local officials said": a capital that only opens the sentence
                # (not a name the document writes capitalised inside a sentence too)
        body = _body_speaker(sp, g, written, at, g.end, "")
        return _own_country(sp, body, at, written) if body else None
    if m := offices.body_after(text, _word_end(text, g.end), hi, lang):
        det = text[m.start("det") : m.end("det")]
        at, written, end = m.start("body"), m.group("body"), m.end()
        # a body the lexicon or a generic noun knows runs on in lower case: "della Guardia
        # costiera", "de la préfecture maritime"
        known = sp.sources.mentions(text, at, min(hi, at + 60))
        if known and known[0].start == at and known[0].end > end:
            written, end = text[at : known[0].end], known[0].end
        elif (n := sp.vocab.noun_at.match(text, at, hi)) and n.end() > end:
            written, end = text[at : n.end()], n.end()
        return _body_speaker(sp, g, written, at, end, det)
    return None


def _own_country(sp: Speakers, body: Speaker, at: int, written: str) -> Speaker:
    """(English) The body a spokesperson speaks for, as another country's own when a
    country's adjective stands before it (`national`): "a Dutch police spokeswoman" speaks
    for the Dutch police, not the police of the lexicon's own country.

    >>> from sourcecheck.extract.sources import load_sources
    >>> from sourcecheck.extract.attribution import Speakers
    >>> body = "Five men were held, according to a Dutch police spokeswoman."
    >>> [a.source for a in Speakers(body, "en", None, load_sources()).attributions(0)]
    ['Dutch police']
    """
    found = sp.sources.mentions(sp.body, at, at + len(written))
    if not found or found[0].start != at or found[0].source != body.source:
        return body
    own = national(sp, found[0], None)
    return body._replace(source=own.source) if own.source != body.source else body


def _modified_body(sp: Speakers, g: _Generic, last: str) -> Speaker | None:
    """(English) The body a spokesperson `g` speaks for when its last modifier `last` is a
    generic noun with modifiers of its own ("a regional health authority spokesman", "a Dorvik
    council spokeswoman"): named as `modified` names that body without the spokesperson
    ("regional health authority"), not by its noun alone ("authority"). None otherwise."""
    kind = sp.vocab.generic_kind(last)
    if kind is None or kind in ("official", "same-source"):
        return None
    at = sp.body.rfind(last, g.start, g.noun_at)
    own = modified(sp, _Generic(g.start, at, at + len(last), last, False), kind)
    if not own:
        return None
    name = own[0] if own[0][:1] == sp.body[g.start] else sp.body[g.start : own[1]]
    return Speaker(g.start, g.end, name, kind)  # ("Dorvik council" keeps its capital)


def _speaks_for_modified(sp: Speakers, g: _Generic, nouns: list, hi: int) -> bool:
    """(English) Does spokesperson `g` speak for a body written as a generic noun with a
    capitalised modifier after "for", "of" or "at" and its article ("a spokesman for the
    Norwegian government", "officials at the Dorvik hospital")? That body's own generic actor
    then speaks, named as it would be without the spokesperson ("the Dorvik hospital"), not
    its first word alone ("Dorvik", a fragment).

    >>> from sourcecheck.extract.sources import load_sources
    >>> from sourcecheck.extract.attribution import Speakers
    >>> body = "A spokeswoman for the Dorvik regional council said 35 homes were flooded."
    >>> [a.source for a in Speakers(body, "en", None, load_sources()).attributions(0)]
    ['the Dorvik regional council']
    """
    if not sp.vocab.prenominal or not offices.speaks_for(g.noun, sp.vocab.lang):
        return False
    m = offices.body_after(sp.body, _word_end(sp.body, g.end), hi, sp.vocab.lang)
    if m is None or not m.group("det").strip() or not m.group("body")[:1].isupper():
        return False
    at = m.start("body")
    return any(
        o.start == at < o.noun_at
        and sp.vocab.generic_kind(o.noun) not in ("official", "same-source")
        for o in nouns
    )


def _office_of(sp: Speakers, g: _Generic, hi: int) -> tuple[str, int] | None:
    """(body, end) for an office with its place: "the mayor of Ashcombe" → "Ashcombe Town
    Hall", "il sindaco di Lerici" → "Comune di Lerici"; None for other nouns."""
    lang = sp.vocab.lang
    if not offices.office_kind(g.noun, lang):
        return None
    if (q := sp.vocab.qualifier.match(sp.body, g.end, hi)) and not describing(sp, q):
        return offices.office_body(g.noun, q.group("name"), lang), q.end()
    return None


def _body_speaker(sp: Speakers, g: _Generic, written: str, at: int, end: int, det: str):
    """The Speaker for the body `written` (a generic noun, a name, or a common noun with its
    article: "a spokeswoman for the hospital" → "the hospital") at `at` that the spokesperson
    `g` speaks for; its span is the whole phrase."""
    whole = sp.vocab.generic_kind(written)  # "Guardia costiera": a generic noun of two words
    if kind := whole or sp.vocab.generic_kind(written.split()[0]):
        if kind in ("official", "same-source"):
            return None
        noun = written if whole else written.split()[0]
        shown = " ".join(f"{det}{noun}".replace("’", "'").split())
        source = f"{GENERIC_SOURCE}{kind}|{at}|{_norm(noun)}|{shown}"
        return Speaker(g.start, end, source, kind)
    found = sp.sources.mentions(written)
    if found and found[0].start == 0 and (written[:1].isupper() or not det.strip()):
        return Speaker(g.start, end, found[0].source, found[0].kind)  # "civil protection officials"
    if not written[:1].isupper() and det.strip():  # "for the hospital": as written
        noun = written.split()[0]
        if m := _TO_NOUN.match(sp.body, at):  # "for the regional authorities": to its noun
            words_ = m.group().split()
            # (a generic noun of two words: "for the fire brigade")
            if k := next(
                (
                    k
                    for k, w in enumerate(words_)
                    if sp.vocab.generic_kind(w)
                    or k
                    and sp.vocab.generic_kind(f"{words_[k - 1]} {w}")
                ),
                0,
            ):
                noun = " ".join(words_[: k + 1])
        return Speaker(g.start, at + len(noun), " ".join(f"{det}{noun}".split()).lower(), "other")
    if not written[:1].isupper() or _norm(written) in sp.vocab.descriptive:
        return None  # "the EU spokesperson": a description, not a body
    name = _clean_name(sp, written)
    return Speaker(g.start, end, name, "unknown") if name else None


_TO_NOUN = regexcache.compile(
    r"[a-zà-ÿ'’-]+(?: [a-zà-ÿ'’-]+){0,3}"
)  # lower-case words up to a generic noun
_BEFORE = MARKER | BY | LABEL | SAYING | COUNTING
_AFTER = SAYING | COUNTING | ACTION


def as_written(text: str, g: _Generic) -> str:
    """A generic actor as the text writes it, with its determiner, lower-cased after one
    ("Le ministère" → "le ministère", "(préfecture)" → "préfecture")."""
    at = g.det_at
    if g.det and _preposition(text, at, g.noun_at):  # "dalla Regione", "du ministère"
        at = g.noun_at if at < g.start else g.start
    written = " ".join(text[at : _word_end(text, g.end)].replace("’", "'").split())
    return _lowered(written) if g.det and at == g.det_at else written


# "Italy's", "Selbury Rail's": a place or a name as determiner (not "the company's")
_POSSESSOR = regexcache.compile(r"(?![Tt]he\s)[^\W\d_]+(?:\s+[A-ZÀ-Þ][\w-]*)*['’]s\s")


def _lowered(written: str) -> str:
    """`written` with its determiner in lower case ("Le ministère" → "le ministère"); a
    place standing as determiner keeps its capital ("Italy's government")."""
    return written if _POSSESSOR.match(written) else written[:1].lower() + written[1:]


_PREPOSITIONS = regexcache.compile(
    r"(?i:dal|dalla|dallo|dai|dagli|dalle|dall['’]|del|della|dello|dei|degli|delle|dell['’]"
    r"|al|alla|allo|ai|agli|alle|all['’]|du|des|au|aux)(?![\w])"
)


def _preposition(text: str, at: int, noun_at: int) -> bool:
    """Is the determiner at `at` one with a preposition in it ("dalla", "du", "aux")? A
    source's name keeps its article, never the preposition ("dalla Regione" → "Regione")."""
    return at >= 0 and bool(_PREPOSITIONS.match(text, at, noun_at))


def _proper(sp: Speakers, g: _Generic, kind: str) -> bool:
    """Is the generic noun `g` the last word of a capitalised name ("the Central Bank") for a
    kind whose modifiers do not name a body of their own?"""
    text = sp.body
    if not text[g.noun_at].isupper() or (sp.vocab.kinds.get(kind) or {}).get("modifiers"):
        return False
    before = text[max(0, g.noun_at - 40) : g.noun_at].split()
    if not before or not before[-1][:1].isupper() or before[-1].isupper():
        return False
    word = _norm(before[-1])
    return word not in sp.vocab.det_words and word not in sp.vocab.not_names  # not "Il Comune"


def _may_frame(v: Vocabulary, text: str, g: _Generic, tokens, feats: list[int]) -> bool:
    """Can a frame stand around the generic actor `g`: a marker, "par", a label or a verb
    of saying before it, a verb after it (its name and relative clause between), a
    parenthesis or a figure right after it? Most generic nouns have none."""
    n = bisect.bisect_left(tokens, (g.noun_at,))
    if reduce(or_, feats[max(0, n - 8) : n], 0) & _BEFORE:
        return True
    if reduce(or_, feats[n + 1 : n + 16], 0) & _AFTER:
        return True
    if any(t[2] in v.perfect_words for t in tokens[n + 1 : n + 8]):
        return True  # "L'azienda ha messo in cassa integrazione 60…"
    if v.prenominal and v.possessive.match(text, _word_end(text, g.end)):
        return True  # "…, weather service data showed"
    return bool(re.search(r"[(\d]", text[max(0, g.start - 3) : g.start] + text[g.end : g.end + 30]))


def _before_its_noun(sp: Speakers, g: _Generic, tokens, feats: list[int]) -> bool:
    """Is the word after the last-named phrase `g` ("ce dernier", "quest'ultimo") a noun it
    describes ("ce dernier bilan", "questi ultimi giorni")? A pronoun stands before a verb,
    an auxiliary, a determiner, a comma or a figure ("Ce dernier a précisé", "secondo
    quest'ultimo, 12…"); a lower-case word that is none of these is its noun.

    >>> from sourcecheck.extract.attribution import Speakers
    >>> from sourcecheck.extract.sources import load_sources
    >>> sp = Speakers("Selon ce dernier bilan, 12 morts.", "fr", None, load_sources())
    >>> [a.source for a in sp.attributions(0)]
    []
    """
    n = bisect.bisect_left(tokens, (_word_end(sp.body, g.end),))
    if n >= len(tokens) or sp.body[g.end : tokens[n][0]].strip():
        return False
    word, low = tokens[n][1], tokens[n][2]
    v = sp.vocab
    return (
        word[:1].islower()
        and not feats[n] & (SAYING | COUNTING | ACTION | DET)
        and low not in v.aux_words
        and low not in v.adverb_words
    )


def _subject_pronoun(sp: Speakers, g: _Generic, tokens, feats: list[int]) -> bool:
    """Is the same-source pronoun `g` ("elle", "lei") the subject of a verb that neither says
    nor counts, rather than what a marker, a label or a verb of saying governs ("selon elle",
    "d'après elles", "…, a-t-elle", "she added")? That subject stands for whatever the
    sentence before named ("une cellule… : elle avait reçu 120 appels"), no speaker."""
    if _norm(sp.body[g.noun_at : g.end]) not in sp.vocab.pronoun_words:
        return False
    n = bisect.bisect_left(tokens, (g.noun_at,))
    before = reduce(or_, feats[max(0, n - 2) : n], 0) & (MARKER | BY | LABEL | SAYING)
    return not before and not reduce(or_, feats[n + 1 : n + 4], 0) & (SAYING | COUNTING)


def _bare_actor(sp: Speakers, lo: int, g: _Generic, tokens, feats: list[int]) -> bool:
    """A generic actor without a determiner: a plural ("officials said"), one right after a
    marker ("according to management") or a label in parentheses ("(préfecture)")."""
    if sp.vocab.prenominal and sp.body[g.noun_at : g.end].endswith("s"):
        return True  # English bare plurals: "officials said", "regulators fined"
    if sp.body[max(lo, g.start - 2) : g.start].strip().endswith("("):
        return True
    if sp.vocab.prenominal and sp.vocab.possessive.match(sp.body, _word_end(sp.body, g.end)):
        return True  # "regional weather service data showed": its count names it
    n = bisect.bisect_left(tokens, (g.start,))
    if sp.vocab.prenominal and _bare_subject(sp, lo, g, tokens, feats):
        return True
    return bool(reduce(or_, feats[max(0, n - 2) : n], 0) & (MARKER | BY | LABEL))


def _bare_subject(sp: Speakers, lo: int, g: _Generic, tokens, feats: list[int]) -> bool:
    """(English) Is the bare singular `g` the subject of a verb of saying or counting right
    after it, opening its sentence or after a comma, colon or semicolon ("Management said 40
    posts go", "…, management said", "figures differ: management gives 275")?

    Why: English drops the article of a body known by its function alone; the verb after
    it makes it the speaker, as a plural's ("officials said").

    Example: "Management told staff 120 jobs would go." → "management" speaks.
    """
    before = sp.body[lo : g.start].rstrip()
    if before and not before.endswith((",", ":", ";")):
        return False
    k = bisect.bisect_left(tokens, (g.end,))
    return k < len(tokens) and bool(feats[k] & (SAYING | COUNTING))


def modified(sp: Speakers, g: _Generic, kind: str) -> tuple[str, int] | None:
    """(name, end) when English words between a determiner and the noun say which body
    ("the regional fire service", "the education ministry" → Education Ministry, for kinds
    whose `modifiers` say so): not the organisation of that kind named before. None when
    there are none, or they only describe ("the EU agency", "the same agency")."""
    if g.start >= g.noun_at:
        return None
    end = _word_end(sp.body, g.end)
    words_ = sp.body[g.start : end].split()
    if any(_norm(w) in sp.vocab.descriptive or _is_country(w) for w in words_):
        return None
    counted = 0  # "final electoral commission results": which count, never which body
    while counted < len(words_) - 1 and _norm(words_[counted]) in sp.vocab.count_adjective_words:
        counted += 1
    if counted == len(words_) - 1 and counted:
        return None  # "the final agency figures": the agency named before
    if (sp.vocab.kinds.get(kind) or {}).get("modifiers"):
        return " ".join(w[:1].upper() + w[1:] for w in words_[counted:]), end
    if counted:
        return _lowered(" ".join(words_[counted:]).replace("’", "'")), end
    written = " ".join(sp.body[g.det_at if g.det else g.start : end].replace("’", "'").split())
    return _lowered(written), end


def situated(sp: Speakers, written: str, end: int, hi: int) -> tuple[str, int]:
    """`written` and `end` with where the actor is, when an indefinite actor ("a", "un") is
    followed by a place phrase up to its verb of saying ("a hotel association in the province
    of Oristano said"): the writer names an actor it introduces by where it is. Unchanged
    otherwise: a definite one is known ("the farmers' union in the village of X said", "Officials
    in Rome said"), and a phrase naming a body the lexicon knows is no place.

    >>> from sourcecheck.extract.sources import load_sources
    >>> from sourcecheck.extract.attribution import Speakers
    >>> sp = Speakers("A farm group in the county of Dale said 40 farms flooded.", "en", None,
    ...               load_sources())
    >>> [a.source for a in sp.attributions(0)]
    ['a farm group in the county of Dale']
    """
    if _norm(written).split("'")[0].split()[0] not in sp.vocab.indefinite_words:
        return written, end  # "the farmers' union in the village of X": one already known
    where = sp.vocab.where.match(sp.body, end, hi)
    if where is None or sp.sources.mentions(where.group()):
        return written, end
    return f"{written} {' '.join(where.group().split())}", where.end()


def demonymed(sp: Speakers, g: _Generic, kind: str) -> tuple[str, int] | None:
    """(as written, end) when a country's adjective follows a generic noun whose kind says
    so (`demonym: true`): "les autorités grecques", "le autorità greche" are that country's
    own, never the authority the document named before (a French prefecture). None otherwise.

    Why: a foreign country's authorities give their own figures in a story that names a
    local prefecture or police first; pointing back would merge two sources.

    >>> from sourcecheck.extract.sources import load_sources
    >>> from sourcecheck.extract.attribution import Speakers
    >>> sp = Speakers("Les autorités grecques ont compté 12 morts.", "fr", None, load_sources())
    >>> [a.source for a in sp.attributions(0)]
    ['les autorités grecques']
    """
    if not (sp.vocab.kinds.get(kind) or {}).get("demonym"):
        return None
    after = _NEXT_WORD.match(sp.body, _word_end(sp.body, g.end))
    if after is None or after.group(1).lower() not in DEMONYMS:
        return None
    noun = as_written(sp.body, g)  # "les autorités": its determiner, then the adjective
    return f"{noun} {after.group(1)}", after.end()


# a lower-case field's complement after it: "(de la protection) des données", "(per la
# protezione) dei dati"
_FIELD_MORE = regexcache.compile(
    r"\s+(?:des|du|de\s+la|de\s+l['’]|dei|degli|delle|del|della|dell['’])\s*[a-zà-ÿ]{3,}\b"
)


def postnominal(sp: Speakers, g: _Generic, hi: int) -> tuple[str, int, bool] | None:
    """(as written, end, named) when French or Italian words after a generic noun say which
    body: adjectives ("l'agenzia meteorologica regionale"), a lower-case qualifier and a name
    ("l'association des compagnies européennes A4E") or a place after adjectives ("les
    autorités sanitaires de Vénétie") name one of its own (`named`), as English modifiers do
    (`modified`); a lower-case qualifier alone ("il gestore della rete") describes the body
    the document names, and is what is written only when it names none.
    None when there are none, or they only describe ("l'agence européenne", "la stessa
    agenzia"), or the qualifier is another generic actor ("la direction de l'entreprise")."""
    text, v = sp.body, sp.vocab
    if v.prenominal or not v.has_adjectives:
        return None
    end = _word_end(text, g.end)
    if text[g.noun_at].isupper() and (n := v.name_words.match(text, end, hi)):
        words_ = n.group().split()  # "la Federazione agricoltori liguri,": its own name
        for k, w in enumerate(words_):  # (its mission's words are no verb nor subject: "…
            if w in v.mission_words:  # pour les forêts alpines")
                words_ = words_[:k]
                break
        feats = v.features([(0, w, w.lower()) for w in words_])
        if not reduce(or_, feats, 0) & (_AFTER | DET) and not set(words_) & v.adverb_words:
            return qualified(text[g.noun_at : n.end()]), n.end(), True
    if v.generic_kind(g.noun) in _MEMBERS_OF and (n := v.members.match(text, end, hi)):
        return qualified(text[g.noun_at : n.end()]), n.end(), True  # "l'associazione albergatori"
    m = v.postnominal.match(text, end, hi)
    if m is not None and (verb := _finite_verb(v, text, m.start("adj"), m.end("adj"))) is not None:
        m = v.postnominal.match(text, end, verb)  # "della Provincia situano a 260": its verb
    if m is None or not (m.group("adj") or m.group("of")):
        return None
    adjectives = m.group("adj").split()
    if not adjectives and not m.group("lower"):
        if not _PORTFOLIO.match(m.group("of")) or v.generic_kind(g.noun) != "department":
            return None  # "ministère de l'Éducation": a name of its own (`named_generic`)
    lower = m.group("lower") or ""
    if v.generic_kind(lower) not in (None, COLLECTIVE) and not lower.endswith(("s", "x")):
        return None  # "la direction de l'entreprise" (not a class: "des compagnies")
    feats = v.features([(0, w, w.lower()) for w in adjectives])
    if any(_norm(w) in v.descriptive for w in adjectives) or reduce(or_, feats, 0) & _AFTER:
        return None
    at = g.det_at if g.det and not _preposition(text, g.det_at, g.noun_at) else g.noun_at
    stop = m.end()
    if m.group("of") and not m.group("lower"):  # "… de la Protection civile": its adjectives
        stop = v.name_more.match(text, stop, hi).end()
    elif lower and (more := _FIELD_MORE.match(text, stop, hi)):
        stop = more.end()  # its field's own complement: "… de la protection des données"
    written = " ".join(text[at:stop].replace("’", "'").split())
    written = written[:1].lower() + written[1:] if at == g.det_at else written
    last = (m.group("of") or "").split()[-1:] or [""]  # a name ends it: "… Alpes Neige"
    named = bool(adjectives) or last[0][:1].isupper()
    if named and v.generic_kind(g.noun) == "company" and (n := _LAST_NAME.search(written)):
        if _is_name(sp, n.group()) and not sp.sources.mentions(n.group()):
            if text[g.noun_at].isupper() and _OF_BEFORE.search(written, 0, n.start()):
                return written, stop, named  # "la Compagnie minière du Val-Brun": all its name
            return n.group(), stop, True  # "le groupe italien d'électroménager Ferlani"
    return written, stop, named


def _finite_verb(v: Vocabulary, text: str, start: int, end: int) -> int | None:
    """Where the first adjective in `text[start:end]` that is a plural finite verb starts: it
    ends like one (`finite_ends`) and its object follows (a figure, an article, "che", or a
    preposition and a figure); None when there is none.

    Why: "-ano" ends adjectives and verbs alike ("l'Istituto italiano", "la Provincia
    situano"); a body's name stops before its verb ("le stime della Provincia situano a 260
    le aziende" is the Provincia's figure, not "Provincia situano"'s).

    >>> v = vocabulary("it")
    >>> text = "la Provincia situano a 260 le aziende"
    >>> text[: _finite_verb(v, text, 12, 20)], _finite_verb(v, "l'Istituto italiano di", 10, 19)
    ('la Provincia', None)
    """
    if not v.finite_ends:
        return None
    for w in _WORD.finditer(text, start, end):
        if w.group().lower().endswith(v.finite_ends) and v.object_after.match(text, w.end()):
            return len(text[: w.start()].rstrip())
    return None


_WORD = regexcache.compile(r"[^\W\d][\w'’-]*")


_LAST_NAME = regexcache.compile(r"(?<=\s)[A-ZÀ-Þ][\w'’&.-]*(?:\s+[A-ZÀ-Þ][\w'’&.-]*)*$")
# an "of" particle just before that last name: the name is where the body is from, inside its
# own name ("Compagnie minière du Val-Brun"), not the name of a body a phrase describes
_OF_BEFORE = regexcache.compile(
    r"(?i:\b(?:du|des|de|d['’]|di|del|della|dello|dei|degli|delle|dell['’]))\s*$"
)


_PORTFOLIO = regexcache.compile(
    r"\s+(?i:(?:alla|al|ai|agli|allo|alle)(?!\w)|all['’])"
)  # "alla Sanità"
_MEMBERS_OF = ("organisation", "union")  # kinds a body of people named by its members is


def named_generic(sp: Speakers, g: _Generic, hi: int) -> tuple[str, int] | None:
    """(name, end) when a generic actor carries its own name: "ministère de l'Éducation",
    "Région Sud", "l'organisation agricole Coldiretti"; None otherwise."""
    text, v, noun_at = sp.body, sp.vocab, g.noun_at
    if q := v.qualifier.match(text, g.end, hi):
        # a country after a capitalised noun that follows its article names the body:
        # "la Banque de France", "la Banca d'Italia" (not "l'agence de l'UE", "… of Italy")
        country_name = g.det and text[noun_at].isupper() and _is_country(q.group("name"))
        if _is_name(sp, q.group("name").split()[0], place_ok=True) and (
            country_name or not describing(sp, q)
        ):
            end = q.end()
            if v.has_adjectives and not _is_place(q.group("name")):
                end = v.name_more.match(text, end, hi).end()  # "… de l'Éducation nationale"
            if (_plural_opening(sp, g) or _organ(sp, g)) and not _is_place(q.group("name")):
                return _clean_name(sp, q.group("name")) or q.group("name"), end
            return qualified(text[noun_at:end]), end
    if text[noun_at].isupper() and (q := v.linked.match(text, g.end, hi)):
        before = text[max(0, noun_at - 40) : noun_at].split()
        if not before or not before[-1][:1].isupper() or _norm(before[-1]) in v.det_words:
            return qualified(text[noun_at : q.end()]), q.end()  # "Office for National Statistics"
    if text[noun_at].isupper() and (q := v.official.match(text, g.end, hi)):
        # "Autorità di sistema … del Mar Ligure occidentale": the name's own adjectives too
        end = v.name_more.match(text, q.end(), hi).end() if v.has_adjectives else q.end()
        return qualified(text[noun_at:end]), end
    if text[noun_at].isupper() and g.det and (q := v.official_lower.match(text, g.end, hi)):
        # "L'Autorité de la concurrence", "il Servizio regionale di protezione civile" (its
        # field's own adjectives too)
        end = v.name_more.match(text, q.end(), hi).end() if v.has_adjectives else q.end()
        return qualified(text[noun_at:end]), end
    if text[noun_at].isupper() and (p := v.proper.match(text, g.end, hi)):
        if _is_name(sp, p.group("name").split()[0], place_ok=True):
            if v.prenominal and not g.det and _opens(text, noun_at):
                # (English) "Operator TRV said", "Carmaker Tessaro Motors said": a generic
                # noun opening its sentence describes the name after it
                return _clean_name(sp, p.group("name")) or qualified(p.group("name")), p.end()
            return qualified(text[noun_at : p.end()]), p.end()
    if text[noun_at].islower() and (a := v.apposition.match(text, g.end, hi)):
        between = [(0, w, w.lower()) for w in text[g.end : a.start("name")].split()]
        if reduce(or_, v.features(between), 0) & (SAYING | COUNTING | ACTION | DET):
            return None  # "regulators fined Quintex": a verb; "disputes the X": an object
        if _qualifies(v, text, a.start("name")):
            return None  # "les autorités sanitaires de Carinthie": a place qualifies them
        if between and between[-1][2] in v.place_only_words:
            return None  # "city officials in Petrona say": where they are, not who
        if _POSSESSIVE.search(a.group("name")):
            return None  # "the company … Commission's calculation": a possessor, not its name
        end = _inner_words(sp, a.end(), hi)  # "agency Santé publique France said"
        if v.has_adjectives and (adj := v.name_adjectives.match(text, end, hi)):
            end = adj.end()  # (fr, it) "selon le syndicat Fer solidaire.": its adjective too
        name = _clean_name(sp, text[a.start("name") : end])
        if name and not sp.sources.mentions(name):
            if _titled(v, g.noun):  # "l'ospedale San Carlo": the noun is part of its name
                return qualified(text[noun_at:end]), end
            return name, end
    return None


def _inner_words(sp: Speakers, end: int, hi: int) -> int:
    """Where a name ending at `end` ends once its lower-case inner words and the capitalised
    words after them are read ("Santé" → "Santé publique France"), as `_inner` reads a run,
    and an elided `of` and the place after it ("Autoroutes" → "Autoroutes d'Olvane")."""
    if m := _ELIDED_OF.match(sp.body, end, hi):
        end = m.end()
    while m := _INNER_NEXT.match(sp.body, end, hi):
        tokens = [(m.start(k), m.group(k), m.group(k).lower()) for k in (1, 2)]
        pos, word, lower = tokens[0]
        feats = sp.vocab.features(tokens)
        v = sp.vocab
        if (
            feats[0] & (MARKER | BY | LABEL | ROLE | COUNTING | ACTION)
            # (a verb of saying, unless it ends like an adjective of any language's names)
            or (feats[0] & SAYING and not lower.endswith(vocabulary(None).adjective_ends))
            or len(word) <= 3
            or lower in v.not_names
            or lower in v.locative_words
            or lower in v.det_words
            or tokens[1][2] in v.not_names
        ):
            break
        end = m.end()
    return end


# an elided "of" and a capitalised word after a name: "Porti d'Olvania", "Routes d'Ostal"
_ELIDED_OF = regexcache.compile(r" (?:d|dell)['’][A-ZÀ-Þ][\w-]*")
# a lower-case word, then a capitalised one: a name's inner word ("Santé publique France")
_INNER_NEXT = regexcache.compile(r" ([a-zà-ÿ]+) ([A-ZÀ-Þ][\w'’-]*)")


def _organ(sp: Speakers, g: _Generic) -> bool:
    """Is `g` those who run a body ("la direction", "i vertici", "the management": `organs`)?
    Before a name they speak for it: "la direction de Cartelo" is Cartelo. Capitalised
    with a capitalised word after it, it is a word of a name ("the Copernicus Emergency
    Management Service")."""
    if sp.body[g.noun_at : g.noun_at + 1].isupper() and _CAPITAL_NEXT.match(sp.body, g.end):
        return False
    return _norm(sp.body[g.noun_at : g.end]) in sp.vocab.organ_words


_CAPITAL_NEXT = regexcache.compile(r" [A-ZÀ-Þ]")


def _name_before(sp: Speakers, g: _Generic) -> str | None:
    """(English) The capitalised name that modifies the generic noun `g` ("Cartelo
    management"), None when its modifiers are no name ("senior management")."""
    words = sp.body[g.start : g.noun_at].split()
    if not words or not all(w[:1].isupper() for w in words):
        return None
    if _opens(sp.body, g.start) and not _written_inside(sp.body, words[0]):
        return None  # "Senior management said": a capital that only opens the sentence
    return _clean_name(sp, " ".join(words)) or None


def _plural_opening(sp: Speakers, g: _Generic) -> bool:
    """Is `g` an English generic noun in the plural that opens its sentence ("Developers of
    the Dunmere Link said", "Officials of the Harbour Board said")? Its capital only opens
    the sentence: the body is the name after "of", not the noun's own."""
    written = sp.body[g.noun_at : g.end]
    return (
        sp.vocab.prenominal
        and not g.det
        and g.start == g.noun_at
        and written.endswith("s")
        and not written.isupper()
        and _opens(sp.body, g.noun_at)
    )


def _titled(v: Vocabulary, noun: str) -> bool:
    """Is `noun` a word a body of its kind carries in its own name ("Ospedale San Carlo",
    "Harwick General Hospital"), as the kind's `titled` says?"""
    return bool((v.kinds.get(v.generic_kind(noun) or "") or {}).get("titled"))


def titled_name(sp: Speakers, g: _Generic) -> tuple[str, int] | None:
    """(name, start) of a capitalised name that ends with the generic noun of a `titled`
    kind ("Harwick General Hospital", "St Aldric Hospital"); None otherwise."""
    text, v = sp.body, sp.vocab
    if not text[g.noun_at].isupper() or not _titled(v, g.noun):
        return None
    start = g.noun_at
    for w in reversed(list(_CAPITAL_WORD.finditer(text, max(0, g.noun_at - 60), g.noun_at))):
        if w.end() + 1 != start or _norm(w.group()) in v.det_words | v.not_names:
            break
        start = w.start()
    if start == g.noun_at:
        return None
    return qualified(text[start : _word_end(text, g.end)]), start


_CAPITAL_WORD = regexcache.compile(r"(?<![\w'’])[A-ZÀ-Þ][\w'’.-]*")


def unknown_speakers(sp: Speakers, tokens, feats: list[int], named: list[Speaker]) -> list[Speaker]:
    """Capitalised names no list knows (runs of capitalised words, without the sentence's
    opening words, places and known sources): they speak only in a frame of saying ("selon
    Codacons", "Il Codacons stima…", ", ha reso noto il Centro funzionale…"); one that looks
    like a body's name (several words, or after a determiner: "L'Antitrust ha multato…",
    "Ligure Gas Reti will finance…") also by what it does. None overlapping a speaker of
    `named` (`unknown_runs` filtered)."""
    return [f for at, end, f in unknown_runs(sp, tokens, feats) if not _overlaps(named, at, end)]


def unknown_runs(sp: Speakers, tokens, feats: list[int]) -> list[tuple[int, int, Speaker]]:
    """(offset, end of the name as written, speaker) of each of `unknown_speakers`, before
    the speakers already found are set aside.

    Why: a sentence's attributions and the names speaking in it both ask; `Speakers.unknown`
    finds them once per sentence and each filters by its own found speakers.
    """
    text, v, out = sp.body, sp.vocab, []
    caps = [n for n, f in enumerate(feats) if f & CAPITAL]
    k = 0
    while k < len(caps):
        first = last = caps[k]
        run_first = first
        k += 1
        end = tokens[last][0] + len(tokens[last][1])
        while k < len(caps) and (
            caps[k] == last + 1
            and text[end : tokens[last + 1][0]]
            in (" ", "' ", "’ ", "&", " & ")  # "Growers' Association", "P&I"
            or caps[k] == last + 2
            and _inner(v, text, tokens, feats, last + 1)  # "Santé publique France"
            or caps[k] == last + 3
            and _foreign_of(v, text, tokens, feats, last + 1)  # "Société minière du Val"
        ):
            last = caps[k]
            end = tokens[last][0] + len(tokens[last][1])
            k += 1
        while first < last and _norm(tokens[first][1]) in v.not_names:
            first += 1  # "Selon Météo-France": the marker opens the run, the name follows
        pos = tokens[first][0]
        if first == last and v.has_adjectives and (a := v.name_adjectives.match(text, end)):
            adjectives = [(0, w, w.lower()) for w in a.group().split()]
            if not reduce(or_, v.features(adjectives), 0) & _AFTER:
                end = a.end()  # "secondo la Funzione pubblica,"
        of = ends_with_of(v, text, max(0, pos - 40), pos)  # (both checks below ask it)
        if of and v.place_of.search(text, max(0, pos - 40), pos):
            continue  # "residents of the town of Belcourt said": a place, never a source
        if of and _qualifies(v, text, pos, of):
            continue  # "les autorités sanitaires de Vénétie": a qualifier, not a speaker
        q = v.qualifier.match(text, end)
        if q is None and (n := v.numbered.match(text, end)) and not n.group().strip().isdigit():
            q = n  # "l'Ulss 5 Altopiano" (not "et Voliamo 28,": a figure after its name)
        if q and (not q.groupdict() or not describing(sp, q)):
            # "The Harbour Authority of Lendon fined": its own qualifier is part of its name,
            # as a number is ("secondo l'Ulss 5 Altopiano")
            end = q.end()
            while k < len(caps) and tokens[caps[k]][0] < end:
                last = caps[k]
                k += 1
        name = _unknown_name(v, sp.sources, text[pos:end]) or _acting_country(
            v, text, tokens, feats, (first, last), pos, end
        )
        if not name:
            continue  # no name no list knows (an opening word, a place, a known source): the
            # frames below would set it aside anyway, so they are not read
        prev = tokens[first - 1] if first else None
        if (
            prev
            and prev[2] in v.locative_words
            and not text[prev[0] + len(prev[1]) : pos].strip()  # "from 50,000, Enedis said"
            and not feats[last] & COMPANY
            and not (first > 1 and _norm(tokens[first - 2][2]).rstrip("s") in v.role_words)
        ):
            continue  # "A Genova la Cgil parla…": a place ("analysts at X Capital", "economists
            # at Bernstein": a firm)
        # only where a frame of saying may stand: a marker or a verb of saying before it, a
        # verb of saying after it (after its relative clause: "Quintex, which …, said")
        reach = 30 if text.startswith(",", end) else 6
        body_like = (
            last > first
            or _is_country(name)  # (only as the subject of what it does: `_acting_country`)
            or _opens_clause(v, text, tokens, feats, first)
            or _acronym(tokens[first][1])
            or _camel(tokens[first][1])  # "RetItalia ha registrato…": a brand's name, its
            and first == last  # verb right after it (not "HookLine phishing platform
            and last + 1 < len(tokens)  # dismantled": a name inside a noun phrase)
            and (
                feats[last + 1] & (SAYING | COUNTING | ACTION) or tokens[last + 1][2] in v.aux_words
            )
        )
        if _noun_modifier(sp, tokens, first, last):
            continue  # "Electricity demand reached…": a noun's modifier, not a speaker
        after = reduce(or_, feats[last + 1 : last + 4], 0)
        if body_like and (aside := v.described_aside.match(text, end)):
            # "La Privacy Board, l'autorità nazionale, ha inflitto…": its verb past the aside
            k_after = bisect.bisect_left([t[0] for t in tokens], aside.end())
            after |= reduce(or_, feats[k_after : k_after + 3], 0)
        # "Météo-France a relevé 140 mm": the sentence's subject measured it
        # (after the time or place its sentence opens on: "Jeudi matin, Vertelec a recensé…")
        body_like = body_like or (
            first == last
            and (first == 0 or _after_opening(v, text, tokens, feats, first))
            and _counts_next(v, text, tokens, feats, last)
        )
        if not (
            reduce(or_, feats[max(0, first - 8) : first], 0) & (MARKER | SAYING)
            or reduce(or_, feats[last + 1 : last + 1 + reach], 0) & SAYING
            or body_like
            and (
                after & (ACTION | COUNTING)
                or _done_next(v, text, tokens, last)
                or first <= 1
                and v.coordinated.match(text, end)  # "Le SNCA proteste … et réclame"
            )
            or v.possessive.match(text, end)  # "Eurostat data showed", "Codacons' estimate"
            or bool(v.cleft.fullmatch(text, tokens[0][0], pos))  # "A lanciare l'allarme è X"
            or bool(v.backward_speaker.fullmatch(text, tokens[0][0], pos))  # "Così la Fiom."
            or (body_like or feats[first - 1] & DET or text.startswith(",", end))
            and v.label_end.match(text, end)  # "Pour la FDSEA, les pertes…", "Per la Fiom
            and bool(v.opening.fullmatch(text, tokens[0][0], pos))  # i…", "Per Coldiretti, …"
            or elliptic(v, text, pos, end)  # "…110 vols et l'italienne Voliamo 28"
            # "1 240 (ARS) et 1 510 (Samu)": a count's label in brackets
            or text.rfind("(", max(0, pos - 3), pos) >= 0
            and bool(v.paren_before.search(text, max(0, pos - 40), pos))
            and bool(v.paren_after.match(text, end))
            # "1.500 secondo la Regione, 900 per la Fiom-Cgil": a count's label after another
            # count's source (never a place: "30 milioni per Taranto" is what it is for)
            or reduce(or_, feats[max(0, first - 3) : first], 0) & LABEL
            and reduce(or_, feats[:first], 0) & (MARKER | SAYING | COUNTING)
            and bool(v.label.search(text, max(0, pos - 60), pos))
            and v.label_close.match(text, end)
            and not _is_place(text[pos:end])
            or reduce(or_, feats[max(0, first - 6) : first], 0) & BY
            and bool(
                v.passive.search(text, max(0, pos - 80), pos)
            )  # "recuperati dai volontari di X"
        ):
            continue
        if _ACRONYM_OF_LOWER.search(text, max(0, pos - 60), pos) and _thing_after(sp, end):
            continue  # "the high-voltage direct current (HVDC) line": a thing's acronym
        at = text.find(name, pos, end)
        if at == pos and run_first < first and _title(v, text, tokens, first - 1):
            at = tokens[first - 1][0]  # "selon Les Échos", "scrive La Nazione": a title
            name = text[at:pos] + name
        if at >= 0:
            close = written = at + len(name)
            name = _full_name(sp, name, at)  # "Serra" after "Paolo Serra": the person
            close += text.startswith(")", close)  # "Le Service … (SDIS) a effectué"
            out.append((at, written, Speaker(at, close, name, "unknown", "", bool(body_like))))
    return out


def _acting_country(v: Vocabulary, text: str, tokens, feats, run, pos: int, end: int) -> str:
    """A country's name as written at `pos`…`end` when it is its clause's subject and a verb
    of action or of saying follows it ("La Norvège a envoyé 35 pompiers", "Portugal puts
    the cost at €7 million", "la Spagna ha inviato 3 elicotteri"); "" otherwise.

    Why: a country that sends, pledges or prices something is the body that gives that
    figure (its government); a country that only records something ("Norway has recorded 30
    fires") is where it happened, and a country anywhere else is a place ("in Norway",
    "Norway's coast"): neither is a source.
    """
    first, last = run
    name = text[pos:end]
    if not _is_country(name) or not (first == 0 or _opens_clause(v, text, tokens, feats, first)):
        return ""
    if last + 1 >= len(tokens) or not text[end : tokens[last + 1][0]].isspace():
        return ""  # "Norway's", "Norvège," : no verb right after the name
    nxt = last + 1 + (tokens[last + 1][2] in v.aux_words)  # "a envoyé", "ha inviato"
    return name if nxt < len(tokens) and feats[nxt] & (ACTION | SAYING) else ""


# an acronym's parenthesis after lower-case words only: what it stands for is no body's name
_ACRONYM_OF_LOWER = regexcache.compile(r"(?<![\w'’])[a-zà-ÿ][\w-]*(?: [a-zà-ÿ][\w-]*){1,4} \($")


def _thing_after(sp: Speakers, end: int) -> bool:
    """Is the acronym's parenthesis closing at `end` followed by a lower-case noun ("(HVDC)
    line"), not by a verb, an auxiliary or the clause's end ("(Noa).", "(EFFIS) said")?"""
    m = _NOUN_AFTER.match(sp.body, end)
    if m is None:
        return False
    word = m.group(1)
    low = word.lower()
    feats = sp.vocab.features([(m.start(1), word, low)])[0]
    return not feats & (SAYING | COUNTING | ACTION) and low not in sp.vocab.aux_words


_NOUN_AFTER = regexcache.compile(r"\) ([a-zà-ÿ][\w-]*)")


def _title(v: Vocabulary, text: str, tokens, n: int) -> bool:
    """Is word `n` a capitalised article inside its sentence ("selon Les Échos", "scrive La
    Nazione", "told The Courier")? It opens a title's name."""
    word = tokens[n][1]
    if not n or not word[:1].isupper() or _norm(word) not in v.det_words:
        return False
    before = text[tokens[n - 1][0] + len(tokens[n - 1][1]) : tokens[n][0]]
    return not re.search(r"[.!?:«\"“]", before)


def _qualifies(v: Vocabulary, text: str, pos: int, of: bool | None = None) -> bool:
    """Is the name at `pos` a qualifier ("de Vénétie", "of Springfield") of a lower-case word
    no marker, count or verb frames ("les autorités sanitaires de Vénétie"; not "selon le
    décompte de la DGAC")? `of`: `ends_with_of` before `pos`, when the caller knows it."""
    if not (ends_with_of(v, text, max(0, pos - 40), pos) if of is None else of):
        return False
    m = v.qualified_word.search(text, max(0, pos - 40), pos)
    if m is None:
        return False
    word = m.group(1)
    if word.lower() in v.people_of_words and v.passive.search(text, max(0, pos - 80), pos):
        return False  # "recuperati dai volontari di X": X's people acting for it
    f = v.features([(m.start(1), word, word.lower())])[0]
    return not f & (MARKER | BY | LABEL | SAYING | COUNTING | ACTION | DET | GENERIC)


def elliptic(v: Vocabulary, text: str, pos: int, end: int) -> bool:
    """Does the name at `pos`–`end` stand for a verb left out: a figure right after it, and
    before it a break ("et", ",") with an article and a describing word at most ("et
    l'italienne Voliamo 28", ", Brenta 45"; not an apposition: "the capital, Brenta, 45%")?

    Why: a list of givers copies its first verb ("X pledged €540 million, Norland $270
    million and Kestria €95 million"): each name gives the figure after it.

    >>> from sourcecheck.frames.attribution import vocabulary
    >>> text = "X pledged €6 million, Norland $3 million; in Brenta, 45% voted"
    >>> elliptic(vocabulary("en"), text, 22, 29), elliptic(vocabulary("en"), text, 50, 56)
    (True, False)
    """
    if v.listed_after.match(text, end) and v.listed_name.search(text, max(0, pos - 40), pos):
        return True  # "pledged €540 million, Norland $270 million"
    if not v.ellipsis_after.match(text, end):
        return False
    return bool(v.ellipsis_name.search(text, max(0, pos - 40), pos))


def _inner(v: Vocabulary, text: str, tokens, feats: list[int], n: int) -> bool:
    """Is word `n`, between two capitalised words and single spaces, a lower-case word of a
    name ("Santé publique France", "Istituto superiore di Sanità" keeps its particle apart)?"""
    pos, word, lower = tokens[n]
    before, after = tokens[n - 1], tokens[n + 1]
    return (
        not feats[n] & (MARKER | BY | LABEL | ROLE)
        # "Harlow Steel told Reuters", "The ODR fined Quarnet": a verb of saying, counting or
        # acting, unless it ends like an adjective ("Santé publique France")
        and not (feats[n] & (SAYING | COUNTING | ACTION) and not lower.endswith(v.adjective_ends))
        and after[2] not in v.not_names  # not "Europol said Friday"
        and before[2] not in v.not_names  # not "In serata Enel": an opening preposition
        and word.islower()
        and (lower in v.name_links or len(word) > 3 and lower not in v.not_names)
        and lower not in v.locative_words
        and lower not in v.det_words
        and text[before[0] + len(before[1]) : pos] == " "
        and text[pos + len(word) : after[0]] == " "
    )


def _foreign_of(v: Vocabulary, text: str, tokens, feats: list[int], n: int) -> bool:
    """Are words `n` and `n + 1`, between two capitalised words, a body's lower-case adjective
    and an "of" particle of another language than the copy's ("Compagnie minière du
    Val-Brun", "Società mineraria del Monte" quoted in English copy)? The adjective ends like
    one of the name's language."""
    every = vocabulary(None)
    word, particle = tokens[n][2], tokens[n + 1][2]
    return (
        particle in every.particle_words
        and particle not in v.particle_words  # (the copy's own language has its own rules)
        and tokens[n + 1][1].islower()
        and word.endswith(every.adjective_ends)
        and text[tokens[n + 1][0] + len(tokens[n + 1][1]) : tokens[n + 2][0]] == " "
        and _inner(v, text, tokens, feats, n)
    )


def _done_next(v: Vocabulary, text: str, tokens, n: int) -> bool:
    """Does a perfect auxiliary and a participle follow word `n` ("Ligure Gas Reti ha
    firmato", "the Harbour Board has carried out")?"""
    if not any(t[2] in v.perfect_words for t in tokens[n + 1 : n + 4]):
        return False
    end, hi = tokens[n][0] + len(tokens[n][1]), tokens[-1][0] + len(tokens[-1][1])
    return bool(v.done.match(text, end, hi))


def _counts_next(v: Vocabulary, text: str, tokens, feats: list[int], n: int) -> bool:
    """Is the word after `n` (an auxiliary between) a verb of counting ("a relevé") or, after
    an auxiliary, of acting ("Brenta ha chiuso"), or a perfect auxiliary and a participle
    ("Voliamo a pour sa part annulé")?"""
    k = n + 1
    aux = k < len(tokens) and tokens[k][2] in v.aux_words
    if aux and tokens[k][2] in v.perfect_words:  # "Voliamo a pour sa part annulé"
        end = tokens[n][0] + len(tokens[n][1])
        return bool(v.done.match(text, end, tokens[-1][0] + len(tokens[-1][1])))
    k += aux
    return k < len(tokens) and bool(feats[k] & (COUNTING | (ACTION if aux else 0)))


def _after_opening(v: Vocabulary, text: str, tokens, feats: list[int], n: int) -> bool:
    """Is word `n` the first word of its sentence's main clause, after the time or place the
    sentence opens on ("Jeudi matin, Vertelec…", "À Lyon, Vertelec…", "Nel pomeriggio Enel…"):
    a comma right before it, or a locative opening the sentence, and no verb, figure or
    capitalised word of a name before it but the opening's own?

    >>> from sourcecheck.extract.attribution import Speakers
    >>> from sourcecheck.extract.sources import load_sources
    >>> sp = Speakers("Jeudi matin, Vertelec a recensé 30 000 foyers.", "fr", None, load_sources())
    >>> [a.source for a in sp.attributions(0)]
    ['Vertelec']
    """
    if n > 6 or reduce(or_, feats[:n], 0) & (SAYING | COUNTING | ACTION | MARKER | BY | LABEL):
        return False
    between = text[tokens[0][0] : tokens[n][0]]
    if _DIGIT_RE.search(between):
        return False
    comma = between.rstrip().endswith(",") and between.count(",") == 1
    return comma or (tokens[0][2] in v.locative_words and "," not in between)


_DIGIT_RE = regexcache.compile(r"\d")


def _opens(text: str, at: int) -> bool:
    """Does the word at `at` open its sentence (a determiner at most before it)?"""
    before = text[max(0, at - 6) : at]
    return not before.strip() or bool(re.search(r"(?:^|[.!?\n]\s*)(?:\w{1,3}\s+)?$", before))


@lru_cache(maxsize=8192)  # asked of a sentence's capitalised words, in every sentence
def _camel(word: str) -> bool:
    """Is `word` written with a capital inside it after a lower-case letter ("RetItalia",
    "BlackMoth"), as brands are and no common word is?"""
    return any(a.islower() and b.isupper() for a, b in zip(word, word[1:], strict=False))


def _acronym(word: str) -> bool:
    """An acronym ("SDIS", "EFFIS", "RTM", "BEA-TT") names a body, as several capitalised
    words do."""
    return len(word) >= 2 and word.isupper() and word.replace("-", "").isalpha()


def _opens_clause(v: Vocabulary, text: str, tokens, feats: list[int], n: int) -> bool:
    """Is word `n` a name right after a determiner that opens its clause ("L'Antitrust ha
    multato", "…, l'Antitrust a…", "… e i Nas hanno sequestrato"; not "à travers l'Europe
    aurait fermé")?"""
    if not n or not feats[n - 1] & DET:
        return False
    if n == 1:
        return True
    before = tokens[n - 2]
    if (
        before[2] in v.break_words
        and not text[before[0] + len(before[1]) : tokens[n - 1][0]].strip()
    ):
        return True  # a clause of its own after "e", "et", "and"
    if (
        n > 2
        and tokens[0][2] in v.locative_words
        and all(t[1][:1].isupper() for t in tokens[1 : n - 1])
    ):
        return True  # "A Linwood l'Avicor ha chiuso…": after the place the sentence opens on
    return bool(re.search(r"[,;:]", text[before[0] + len(before[1]) : tokens[n - 1][0]]))


def _word_end(text: str, end: int) -> int:
    """The end of the word `end` stands in ("agenc|y" → "agency", "autorité|s")."""
    while end < len(text) and (text[end].isalnum() or text[end] == "-"):
        end += 1
    return end


def _describes(text: str, g: _Generic, name: Speaker) -> bool:
    """Is the generic noun `g` a description right before a name ("le gestionnaire du
    réseau Terna")?"""
    e = g.end
    return 0 <= name.start - e <= 40 and not re.search(r"[,;.:()\d]", text[e : name.start])


def describing(sp: Speakers, q: re.Match) -> bool:
    """Does the qualifier describe rather than name ("l'agence de l'UE", "… of Italy")?"""
    name = q.group("name")
    return _norm(name) in sp.vocab.descriptive or _is_country(name)


@lru_cache(maxsize=4096)
def _is_country(name: str) -> bool:
    places = find_places(name)
    return bool(places) and places[0].kind == "country" and places[0].end >= len(name)


def _overlaps(found: list[Speaker], s: int, e: int) -> bool:
    return any(f.start < e and s < f.end for f in found)


_POSSESSIVE = regexcache.compile(r"['’]s$")


@lru_cache(maxsize=8192)
def _full_name(sp: Speakers, name: str, at: int) -> str:
    """A one-word name as the document named it in full before `at` ("Serra" after "il
    candidato Paolo Serra", "Darelis" after "spokesman Nikos Darelis"): a capitalised first
    name right before the same word; `name` when the document gave none.

    Why: wire copy names a person in full once, then by surname; the source is the person."""
    if " " in name or not name[:1].isupper() or not name[1:].islower():
        return name
    if sp.body.find(f" {name}", 0, at) < 0:
        return name  # (every match holds " name" before `at`: none without it)
    v = sp.vocab
    found = [
        m.group(1)
        for m in _first_name(name).finditer(sp.body, 0, at)
        if _norm(m.group(1)) not in v.not_names
        and _norm(m.group(1)) not in v.det_words
        and _norm(m.group(1)) not in v.honorifics
        and not v.generic_kind(m.group(1))
        and not _is_place(m.group(1))
    ]
    return f"{found[-1]} {name}" if found else name


@lru_cache(maxsize=256)
def _first_name(name: str) -> re.Pattern:
    """A capitalised word (a first name) right before `name`, as one word of its own."""
    return regexcache.compile(rf"(?<![\w'’.-])([A-ZÀ-Þ][a-zà-ÿ'’-]+) {re.escape(name)}(?![\w'’-])")


@lru_cache(maxsize=1 << 14)
def _unknown_name(v: Vocabulary, sources: Sources, written: str) -> str:
    """The name of an organisation no list knows, as `written` gives it; "" for none.
    Cached per string (and vocabulary and lexicon): asked of every capitalised run."""
    parts = written.split()
    while parts and _norm(parts[0]) in v.not_names:
        parts.pop(0)
    name = _POSSESSIVE.sub("", untitled(v, " ".join(parts)).rstrip("."))  # "the Commission's"
    key = _norm(name)
    if (
        not name
        or key in v.not_names
        or key in v.descriptive
        or key in v.det_words
        or key in v.count_words  # "Dati diffusi dall'Arpa": a count opening its sentence
        or len(name) < 2
    ):
        return ""
    if v.generic_kind(name) or _is_place(name):  # "La Regione stima…": a generic actor
        return ""
    return "" if sources.mentions(name) else name


def untitled(v: Vocabulary, name: str) -> str:
    """A person's name without the title before it ("Dr Alan Pryce" → "Alan Pryce",
    "Mme Claire Duval" → "Claire Duval"); `name` itself when none, or nothing would be left.

    >>> from sourcecheck.frames.attribution import vocabulary
    >>> untitled(vocabulary("en"), "Professor Jane Holt"), untitled(vocabulary("en"), "Dr")
    ('Jane Holt', 'Dr')
    """
    first, _, rest = name.partition(" ")
    if rest.strip() and _norm(first) in v.honorifics and rest[:1].isupper():
        return untitled(v, rest.strip())  # "Chief Inspector Ann Hale"
    return name


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


def federation(sp: Speakers, m, tokens):
    """A confederation's mention with the word that makes it one of its federations, a body
    of its own: a capitalised name before it ("la Flc Cgil", "la Fiom-Cgil"; not in English,
    which capitalises its adjectives: "Italian CGIL"), a sector after
    it ("Cisl Scuola", `union_sectors`); the mention itself otherwise, as for a branch named
    by its place ("la Cgil Liguria", "la Cgil di Genova" are the CGIL)."""
    if m.source not in sp.sources.branches:
        return m
    text, v, start, end = sp.body, sp.vocab, m.start, m.end
    k = bisect.bisect_left([t[0] for t in tokens], m.start)
    if (
        k
        and not v.prenominal
        and _federation_word(v, tokens[k - 1])
        and text[tokens[k - 1][0] + len(tokens[k - 1][1]) : m.start] in (" ", "-")
    ):
        start = tokens[k - 1][0]
    after = next((t for t in tokens if t[0] >= m.end), None)
    if after and text[m.end : after[0]] in (" ", "-") and after[2] in v.union_sectors:
        end = after[0] + len(after[1])  # "Cisl Scuola" (not "la Cgil Liguria": a branch)
    if (start, end) == (m.start, m.end):
        return m
    return m._replace(start=start, end=end, source=qualified(text[start:end]))


def national(sp: Speakers, m, tokens):
    """A national body's mention next to another country's adjective or possessive, as that
    country's own body, written with it: "la Protezione civile greca", "Greece's civil
    protection", "Italy's interior ministry"; the mention itself otherwise ("la Protezione
    civile italiana" is Italy's)."""
    own = sp.sources.country.get(m.source)
    if own is None:
        return m
    text, start, end = sp.body, m.start, m.end
    if (after := _demonym_after(sp, m.end)) and DEMONYMS.get(after.group(1).lower(), own) != own:
        end = after.end()  # "la Protezione civile greca", "la police judiciaire belge"
    elif (
        (inner := _DEMONYM_INSIDE.search(text, max(0, m.start - 60), m.start))
        and DEMONYMS.get(inner.group("adj").lower(), own) != own
        and _norm(inner.group("noun")) in sp.vocab.generic_words
    ):
        start = inner.start()  # "le ministère italien de l'Intérieur": Italy's own ministry
    elif before := _COUNTRY_BEFORE.search(text, max(0, m.start - 40), m.start):
        word = before.group(1)
        country = DEMONYMS.get(word.lower()) or (_country(word) if before.group(2) else None)
        if not country and before.group(2) and own != "any" and not find_places(word):
            country = word  # "Esmoria's interior ministry": a country no list knows
        if country and country != own:  # "Greece's civil protection", "Greek police"
            start = before.start()
            noun = _NEXT_WORD.match(text, m.end)
            if (
                noun
                and noun.group(1) in sp.vocab.generic_words
                and not offices.speaks_for(noun.group(1), sp.vocab.lang)
            ):
                end = noun.end()  # "Greece's civil protection ministry": its noun too
                # (not one who speaks for it: "a Greek police spokesman" is the police's)
    if (start, end) == (m.start, m.end):
        return m
    return m._replace(start=start, end=end, source=qualified(text[start:end]))


def _demonym_after(sp: Speakers, at: int):
    """The word right after `at`, or after one adjective there ("la police judiciaire
    française"): the word a country's adjective would be."""
    after = _NEXT_WORD.match(sp.body, at)
    if (
        after
        and after.group(1).lower() not in DEMONYMS
        and after.group(1).endswith(sp.vocab.adjective_ends)
    ):
        return _NEXT_WORD.match(sp.body, after.end()) or after
    return after


_NEXT_WORD = regexcache.compile(r"[ \t]+([a-zà-ÿ]+)\b")
# a generic noun, a country's adjective and "of" right before a body's name: "ministère italien
# de l'", "ministero francese dell'"
_DEMONYM_INSIDE = regexcache.compile(
    r"(?<![\w'’])(?P<noun>[^\W\d_]+)[ \t]+(?P<adj>[a-zà-ÿ]+)[ \t]+(?:de[ \t]+la[ \t]+|de[ \t]+l['’]"
    r"|d['’]|du[ \t]+|des[ \t]+|de[ \t]+|dell['’]|della[ \t]+|dello[ \t]+|del[ \t]+|degli[ \t]+"
    r"|delle[ \t]+|di[ \t]+)$"
)
# a country's name or adjective right before a body's name, or before one English adjective
# of its own ("Italy's national police", "Greek regional civil protection")
_COUNTRY_BEFORE = regexcache.compile(
    r"(?<![\w'’-])([A-ZÀ-Þ][\w-]+)(['’]s)?[ \t]+(?:[a-z]+(?:al|ic|ive)[ \t]+)?$"
)


@lru_cache(maxsize=1024)
def _country(word: str) -> str | None:
    """The country a capitalised word names ("Greece", "Italie"), None when none."""
    found = find_places(word)
    return found[0].name if found and found[0].kind == "country" and found[0].start == 0 else None


def _federation_word(v: Vocabulary, token) -> bool:
    """A capitalised word that may name a union's federation: not a marker, a determiner, a
    day or another word that only opens a clause."""
    word, low = token[1], token[2]
    return (
        word[:1].isupper()
        and word.isalpha()
        and low not in v.not_names
        and low not in v.frame_words
        and low not in v.det_words
        and low not in v.locative_words
    )


@lru_cache(maxsize=4096)
def _is_place(name: str) -> bool:
    """Is `name` a place alone ("Europe", "Todi" after "town of")? A place is no source."""
    places = find_places(name)
    return bool(places) and places[0].start == 0 and places[0].end >= len(name.rstrip("."))


def opening_name(sp: Speakers, j: int) -> list[Speaker]:
    """The capitalised name no list knows that sentence `j` opens with ("Harlow Foods posted
    …", "La Ferlini a…"), as a one-element list; [] when it opens otherwise."""
    s, tokens = sp.sentences[j], sp.words(j)
    feats = sp.features(j)
    n = 0
    while n < len(tokens) and (feats[n] & DET or _norm(tokens[n][1]) in sp.vocab.not_names):
        n += 1
    first = n
    while n < len(tokens) and feats[n] & CAPITAL:
        end = tokens[n][0] + len(tokens[n][1])
        n += 1
        if n < len(tokens) and sp.body[end : tokens[n][0]] != " ":
            break
    if n == first or sp.body[s.start : tokens[first][0]].strip(" '’").count(" ") > 1:
        return []
    if (
        n < len(tokens)
        and (feats[n] & DET or _norm(tokens[n][1]) in sp.vocab.not_names)
        and tokens[n][2] not in sp.vocab.aux_words  # "La Stellari Spa ha approvato"
    ):
        return []  # "Après la création…": an opening word, not a name before its verb
    start, end = tokens[first][0], tokens[n - 1][0] + len(tokens[n - 1][1])
    if n - first == 1 and not _written_inside(sp.body, tokens[first][1]):
        return []  # "Net profit fell…": a word capitalised only as its sentence's first
    name = _unknown_name(sp.vocab, sp.sources, sp.body[start:end])
    return [Speaker(start, end, name, "unknown")] if name else []


def _noun_modifier(sp: Speakers, tokens, first: int, last: int) -> bool:
    """(English) Is the one capitalised word opening the sentence a modifier of the noun
    after it, a noun of saying (`saying_nouns`: "Electricity demand reached…",
    "Export report shows…"; not "Codacons said", "Harlow reports")? Only a word the
    document capitalises nowhere inside a sentence: "Voltara demand…" stays a name."""
    if not (sp.vocab.prenominal and first == last == 0 and last + 1 < len(tokens)):
        return False
    word, (pos, _, low) = tokens[0][1], tokens[1]
    return (
        (low in sp.vocab.saying_nouns or _plural_subject(sp.vocab, tokens, low))
        and sp.body[tokens[0][0] + len(word) : pos] == " "
        and not _acronym(word)
        and not _camel(word)
        and not _written_inside(sp.body, word)
    )


def _plural_subject(v: Vocabulary, tokens, low: str) -> bool:
    """Is the second word (`low`) the plural of a noun of saying with its own verb right
    after it, an auxiliary or a past tense ("Hail claims reached 2,100", "Hail claims have
    doubled"; not "Harlow claims 30 jobs", where "claims" is the verb)?"""
    if not (low.endswith("s") and low[:-1] in v.saying_nouns and len(tokens) > 2):
        return False
    verb = tokens[2][2]
    return verb in v.aux_words or verb.endswith("ed")


def _written_inside(body: str, word: str) -> bool:
    """Does the document write `word` capitalised inside a sentence too ("… shares in Tessaro
    fell", "Tessaro's plan")? One that only opens sentences ("Net profit fell") names no one."""
    return any(
        _last_before(body, m.start()) not in ("", ".", "!", "?", "»", '"', "”", ":", "—", "-")
        for m in _word_at(word).finditer(body)
    )


def _last_before(body: str, pos: int) -> str:
    """The last character before `pos` that is no space, "" when none: what
    `body[:pos].rstrip()[-1:]` gives, read backwards from `pos` instead of copying the
    document up to it at each occurrence (quadratic on a long filing).

    >>> _last_before("Tessaro said.   Tessaro", 16), _last_before("  Tessaro", 2)
    ('.', '')
    """
    pos -= 1
    while pos >= 0 and body[pos].isspace():
        pos -= 1
    return body[pos] if pos >= 0 else ""


@lru_cache(maxsize=256)
def _word_at(word: str) -> re.Pattern:
    return regexcache.compile(rf"(?<![\w'’-]){re.escape(word)}(?![\w-])")
