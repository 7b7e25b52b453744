"""The owner a figure takes from the owned figure before it in its sentence.

Why
---
A clause often states several figures of one owner and names it once: "Veltro cancelled 210
flights, affecting some 38,000 passengers", "l'azienda ha ritirato 4 lotti, pari a 18.000
confezioni", "£13 million (€15.3 million)", "Veltro shares slipped 1.8% to $41.60", "il gruppo
conta 620 addetti … e gestisce oltre 4.000 utenze". The later figures have the same owner,
and so has a rival reading of the same figure ("9 seggi anziché 8", "41,200 votes, not the
39,800 announced"), unless the words between them name another ("… et l'italienne Volaria 28": Volaria's) or open
a new clause with its own subject ("… and 300 protesters gathered", "while 40 …").

Example
-------
>>> from sourcecheck.frames.owner_words import vocabulary
>>> body = "Veltro cancelled 210 flights, affecting 38,000 passengers."
>>> carried(body, {"end": 20, "owner": "Veltro"}, {"start": 39}, vocabulary("en"))
'Veltro'
"""

from __future__ import annotations

from sourcecheck import regexcache
from sourcecheck.frames.names import read_name

GAPPED_GAP = 40  # characters between two figures where a gapped verb may name an owner
CARRY_GAP = 50  # characters between two figures of one clause that share an owner
JOINED_GAP = 90  # the same, when a conjunction joins a second verb of the subject
_WORD = regexcache.compile(r"[^\W\d_][\w'’-]*")
_SENTENCE_STOP = regexcache.compile(r"\d|\n|[.!?]\s")
_EQUIVALENT = regexcache.compile(r"[^\W\d]*(?:\s+[^\W\d]+){0,2}\s*\(\s*")  # "£13 million (€15.3"


def carried(body: str, before: dict, row: dict, words) -> str:
    """The owner of `row` given by the owned figure `before` it in its sentence, or "": a
    name after a gapped verb ("et l'italienne Volaria 28"), else `before`'s owner when the
    words between continue its clause (`continues`)."""
    gap = body[before["end"] : row["start"]]
    if _EQUIVALENT.fullmatch(gap):  # the same amount in another currency or unit
        return before["owner"]
    if len(gap) <= GAPPED_GAP and words.instead.fullmatch(gap):
        return before["owner"]  # a rival reading of the same figure: "8 seats, not the 7"
    if len(gap) <= GAPPED_GAP and not words.carry_stop.search(gap):
        if m := words.gapped.search(gap):
            return read_name(gap, m.end(), len(gap), words)
    if len(gap) <= GAPPED_GAP and not _SENTENCE_STOP.search(gap):
        if (m := words.item.search(gap)) and not words.opens_clause.search(gap):
            # "fined Volaria €4 million, Aviora €3 million", "Volaria (4 millions), Aviora (3"
            return read_name(gap, m.start("name"), m.end("name"), words)
    return before["owner"] if continues(gap, words) else ""


def continues(gap: str, words) -> bool:
    """Whether `gap`, the words between two figures of a sentence, goes on with the first
    figure's clause: short, no figure, bracket or sentence mark, no new name (a day or a
    place is none), no word that opens a clause ("while", "mentre", "tandis que"), and a
    conjunction only before a verb of the same subject ("… e serve oltre")."""
    joined = words.conj_verb.search(gap)  # "… e serve oltre": a longer clause may go on
    if len(gap) > (JOINED_GAP if joined else CARRY_GAP):
        return False
    if words.carry_stop.search(gap) or words.opens_clause.search(gap):
        return False
    for m in _WORD.finditer(gap):
        word = m.group()
        if word[0].isupper() and word not in words.not_names and not words.is_place(word):
            return False
    return bool(joined) or not words.conj_word.search(gap)


__all__ = ["carried", "continues"]
