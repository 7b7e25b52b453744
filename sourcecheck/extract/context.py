"""What surrounds a figure: its source, date, place, concept from context, and listed items.

Why
---
A figure alone says nothing a rule can compare; the words around it do. Each function here
takes one figure and what was found in its sentence (attributions, dates, places, context
words) and decides which of them belong to that figure, by position: the closest attribution
that applies, the date written next to it, the place of its clause, the list after its count.

Example
-------
"A Parigi la prefettura di polizia ha contato 81.000 manifestanti, contro i 700.000
annunciati dalla CGT": 81.000 → police (the attribution before it), 700.000 → CGT (the
passive attribution right after it); both → scope Paris.
"""

from __future__ import annotations

import re

from sourcecheck.extract.lexicon import Concepts
from sourcecheck.extract.places import find_places

_TIGHT = re.compile(r"[\s,]*")
_DATE_LINK = re.compile(r"(?:\b(?:le|on|il|du|au|of|à|a|del|dello|dal)|,)\s*$", re.IGNORECASE)
_LIST_START = re.compile(r"\s*[:(—–]\s*")
_LIST_SPLIT = re.compile(r"\s*(?:[,;]|\b(?:et|and|e|ed|plus|as well as|oltre a)\b)\s*")
_ARTICLE = re.compile(r"^(?:la|le|les|l['’]|the|il|lo|i|gli|en|aux|au|in)\s*", re.IGNORECASE)
_BACKREF = re.compile(
    r"\b(?:ci-dessus|susmentionnés|précités|mentionnés|listed above|above|mentioned|"
    r"sopra|suddetti|citati|elencati)\b",
    re.IGNORECASE,
)
LIST_LOOKAHEAD = 10  # sentences searched for the countries a count announces
BACKREF_LOOKAHEAD = 3


def _between(spans, lo: int, hi: int) -> bool:
    return any(lo <= s < hi for s, _ in spans)


def pick_attribution(q, thing_end: int, attributions, spans, body: str):
    """The attribution that applies to figure `q`, or None (DESIGN §4 `source`)."""
    # "11,000 police officers were deployed": a source named inside the thing is not a speaker
    attributions = [a for a in attributions if not q.start <= a.start < thing_end]
    for a in attributions:  # "700.000 annunciati dalla CGT"
        if a.applies == "post" and a.start >= q.end and not _between(spans, q.end, a.start):
            if _TIGHT.fullmatch(body, thing_end, a.start):
                return a
    before = [a for a in attributions if a.applies == "both" and a.end <= q.start]
    if before:
        return before[-1]
    # ", X said" closes its own clause: not across a ";" ("85 calls; officials said 120…")
    after = [a for a in attributions if a.start >= q.end and ";" not in body[q.end : a.start]]
    return after[0] if after else None


def refers_to(q, dates, spans, body: str) -> str:
    """ISO date the figure describes: the date written before it, or right after it."""
    usable = [d for d in dates if d.iso and not d.since]
    before = [d for d in usable if d.end <= q.start]
    if before:
        return before[-1].iso
    for d in usable:
        if d.start >= q.end and d.start - q.end <= 60 and not _between(spans, q.end, d.start):
            if _DATE_LINK.search(body, q.end, d.start):
                return d.iso  # "… en France le 7 mars"
            if d.weekday and not re.search(r"[,;:()]", body[q.end : d.start]):
                return d.iso  # "… déclarés dans le pays mardi"
            break
    return ""


def scope(q, places, spans, body: str) -> str:
    """Where the figure applies: a place of its clause after it, else the last one before."""
    located = [p for p in places if p.locative]
    for p in located:
        if p.start >= q.end and not _between(spans, q.end, p.start):
            if not re.search(r"[,;:()]", body[q.end : p.start]):
                return p.name
            break
    before = [p for p in located if p.end <= q.start]
    return before[-1].name if before else ""


def concept_from_context(q, contexts, concepts: Concepts, body: str = "") -> str | None:
    """Concept of money, a measure or a generic count from the nearest context word
    (`contexts`: (position, concept) pairs, `Concepts.context_words` of the sentence).

    Money and measures look across the sentence ("un montant … comme le bénéfice estimé");
    counts only near the figure ("1 200 personnes ont été évacuées"), where the verb that
    says what the people are stands.
    """
    if q.kind == "percent":
        return None
    window = None if q.kind in ("money", "unit") else COUNT_CONTEXT_WINDOW
    allowed = set(concepts.for_unit(q.unit)) if q.kind == "unit" else None
    best, distance = None, None
    for pos, cid in contexts:
        kind = concepts.kind.get(cid, "count")
        if allowed is not None:
            if cid not in allowed:
                continue
        elif kind != ("money" if q.kind == "money" else "count"):
            continue
        d = pos - q.end if pos >= q.end else q.start - pos  # "€2 million subsidy": 1
        if window is not None:
            if not q.start - window <= pos <= q.end + window:
                continue
            if re.search(r"[,;:]", body[min(pos, q.end) : max(pos, q.start)]):
                continue  # another clause: "intervenus 85 fois, et 120 personnes"
        if distance is None or d < distance:
            best, distance = cid, d
    return best


COUNT_CONTEXT_WINDOW = 60  # characters around a count where its context word may stand
REFINE_WINDOW = 40  # characters around a figure where "arrested", "searched"... refine it


def refine(q, thing_end: int, concept: str, contexts, concepts: Concepts) -> str:
    """A narrower reading of the thing from a verb next to the figure ("37 suspects …
    arrested" → arrest), or `concept` unchanged.

    The context words of a refining concept's ancestors count too: "cancelled" is a word of
    cancellation, and "500 flights were cancelled" counts cancelled-flight (which refines
    flight and is one kind of cancellation).
    """
    candidates = concepts.refined_by[concept]
    for pos, cid in contexts:
        if q.start - REFINE_WINDOW <= pos <= thing_end + REFINE_WINDOW:
            for candidate in candidates:
                if cid in concepts.ancestors(candidate):
                    return candidate
    return concept


def listed_items(doc, i: int, q, thing_end: int, concept: str | None) -> str:
    """The items listed with a count, "; "-joined (as written), or ""."""
    body, s = doc.body, doc.sentences[i]
    if concept == "country":
        countries = _countries(body, q.end, s.end)
        if len(countries) >= 2:
            return _join(countries)
        found = _country_list_nearby(doc, i)
        if found:
            return _join(found)
    m = _LIST_START.match(body, thing_end, s.end)
    if m:
        tail = body[m.end() : s.end]
        tail = tail.split(")")[0].rstrip(" .;")
        items = [_ARTICLE.sub("", t).strip() for t in _LIST_SPLIT.split(tail)]
        items = [t for t in items if t]
        if len(items) >= 2:
            return "; ".join(items)
    return ""


def _countries(body: str, start: int, end: int, tokens=None):
    return [p for p in find_places(body, start, end, tokens) if p.kind == "country"]


def _country_list_nearby(doc, i: int):
    """A list of countries in the next sentences ("…en Bulgarie, en France…"), plus those a
    later sentence adds while pointing back ("les pays énumérés ci-dessus, plus l'Italie")."""
    body, sentences = doc.body, doc.sentences
    for j in range(i + 1, min(len(sentences), i + 1 + LIST_LOOKAHEAD)):
        s = sentences[j]
        countries = _countries(body, s.start, s.end, doc.words(j))
        if len(countries) < 2:
            continue
        for k in range(j + 1, min(len(sentences), j + 1 + BACKREF_LOOKAHEAD)):
            back = _BACKREF.search(body, sentences[k].start, sentences[k].end)
            if back:
                countries += _countries(body, back.end(), sentences[k].end)
                break
        return countries
    for j in range(i - 1, max(-1, i - 3), -1):
        countries = _countries(body, sentences[j].start, sentences[j].end, doc.words(j))
        if len(countries) >= 2:
            return countries
    return []


def _join(places) -> str:
    seen, out = set(), []
    for p in places:
        if p.name not in seen:
            seen.add(p.name)
            out.append(p.name)
    return "; ".join(out)
