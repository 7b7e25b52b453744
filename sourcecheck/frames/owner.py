"""Whose figure, and of what whole: the owner and the part-of relation of each figure.

Why
---
Two fines are two quantities when two companies pay them: "l'amende de Veltro" and "the fine
imposed on Corvane" must never be compared, however alike the nouns. A farm-only damage
estimate is not the region's total, and "250 landslides, of which 120 in the province" is a
part and its whole, not a source contradicting itself. The frame reads both from the
figure's own clause, between the figures around it, so alignment and the rules can tell them
apart:

- `owner`: the company, body or person a figure belongs to, by its name as written with
  company forms dropped from its end ("Veltro Systems Inc" → "Veltro Systems"), or a sector
  id ("agriculture") when the clause gives an amount to a sector ("i danni agricoli",
  "dégâts à l'agriculture");
- `part_of`: the `claim_id` of the figure this one is a part of ("dont 120", "di cui 120",
  "of which 120", "including 120", "Di questi, 120" opening the next sentence).

The words are data (`frames/data/owner.yaml`, fr/en/it); this module holds how they combine.

Example
-------
>>> body = "Brussels fined Veltro Systems Inc €3 million, of which €1 million is suspended."
>>> rows = [{"doc": "a.md", "start": 34, "end": 44, "sentence": 0},
...         {"doc": "a.md", "start": 55, "end": 65, "sentence": 0}]
>>> [(r["owner"], r["part_of"]) for r in frame_owners(rows, body, "en", [(0, len(body))])]
[('Veltro Systems', ''), ('Veltro Systems', 'a.md#34')]
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import cache

from sourcecheck.frames.names import described, name_before, proper, read_name
from sourcecheck.frames.parts import compile_parts, whole_of

PAID_REACH = 40  # characters after an owner's name where a `took` verb makes it the payer
STATE = "State"  # the owner of public money a government gives
CARRY_GAP = 40  # characters between two figures where a gapped verb may name an owner
SECTOR_AFTER = 30  # characters after an amount where a sector word gives its owner
NOT_SOLE_REACH = 30  # characters before a sector word where "notamment" makes it one of several


def frame_owners(
    rows: list[dict],
    body: str,
    lang: str | None,
    sentences: Sequence,
    nouns: Callable[[str], bool] | None = None,
) -> list[dict]:
    """`rows` (one document's figures in text order, with `doc`, `start`, `end`, `sentence`)
    with `owner` and `part_of` set; `sentences` give each sentence's (start, end); `nouns`
    tells a counted noun ("Firefighters" opening a sentence is no name). A name read as the
    owner is no place: a `scope` equal to it is cleared."""
    words = _vocabulary(lang)
    wholes: dict[int, int] = {}  # part → whole, by row index
    last = ""  # the last name that owned a figure or opened a sentence: "the company"
    seen = -1  # the last sentence whose opening name was read
    for k, row in enumerate(rows):
        for i in range(seen + 1, row["sentence"]):
            opening = read_name(body, _bounds(sentences[i])[0], _bounds(sentences[i])[1], words)
            if proper(opening, body, nouns):
                last = opening  # "Nordvale ha annunciato ricorso. … il gruppo impiega 850"
        seen = max(seen, row["sentence"] - 1)
        s_start, s_end = _bounds(sentences[row["sentence"]])
        before = rows[k - 1] if k and rows[k - 1]["sentence"] == row["sentence"] else None
        after = (
            rows[k + 1]
            if k + 1 < len(rows) and rows[k + 1]["sentence"] == row["sentence"]
            else None
        )
        lo = before["end"] if before else s_start
        hi = after["start"] if after else s_end
        # an amount: a currency, or a bare figure with a scale word ("una multa da 40 milioni")
        money = bool(row.get("currency") or (row.get("scale") and not row.get("thing")))
        row["owner"] = owner(
            body, row["start"], row["end"], lo, hi, words, money=money, last=last, nouns=nouns
        )
        if not row["owner"] and before is not None and before.get("owner"):
            row["owner"] = _carried(body, before, row, words)
        if row["owner"] and row.get("scope") == row["owner"]:
            row["scope"] = ""  # a name that owns the figure is no place ("une amende à Veltro")
        row["part_of"] = ""
        whole = whole_of(rows, k, wholes, body, (s_start, lo, hi), words)
        if whole is not None and whole != k:
            wholes[k] = whole
            row["part_of"] = f"{rows[whole]['doc']}#{rows[whole]['start']}"
            if not row["owner"]:
                row["owner"] = rows[whole].get("owner") or ""  # a part of Veltro's figure
        if row["owner"] and row["owner"] not in words.sector_ids:
            last = row["owner"]
    return rows


def owner(
    body: str,
    start: int,
    end: int,
    lo: int,
    hi: int,
    words: _Words,
    *,
    money: bool = True,
    last: str = "",
    nouns: Callable[[str], bool] | None = None,
) -> str:
    """The owner of the figure at body[start:end] from its clause body[lo:hi], or "".

    For an amount (`money`): after it, the first name a `to` word hands it to ("une amende de
    3 millions à Veltro"; after a count, "3 morti a Trestina" names a place), else the name
    before a `took` verb ("Veltro was fined"; for a count, "Police reported" names a source).
    For a count, the name before a `holds` verb ("Veltro cancelled 110 flights"). A subject
    that stands for a name ("the company", "l'azienda", "It") is `last`, the name that owned
    the figures before. For any figure: the nearest name before it that a verb, a possessive
    or a head noun with `of` gives it. Else a sector of the clause.
    """
    for m in words.to.finditer(body, end, hi) if money else ():
        name = read_name(body, described(body, m.end(), hi, words), hi, words)
        if proper(name, body, nouns):
            return name
    if money and proper(name := _paid_after(body, end, hi, words), body, nouns):
        return name
    verbs = words.took if money else words.holds
    for m in reversed(list(verbs.finditer(body, lo, start))):
        if proper(name := name_before(body, lo, m.start(), words, last), body, nouns):
            return name
    for m in reversed(list(words.stock.finditer(body, lo, start))):
        # "Veltro shares slipped 1.8%", "l'action Veltro a cédé 1,8 %", "il titolo Veltro"
        for name in (
            name_before(body, lo, m.start(), words),
            read_name(body, m.end(), start, words),
        ):
            if proper(name, body, nouns):
                return name
    for pattern in (words.verb, words.possessive, words.of):
        for m in reversed(list(pattern.finditer(body, lo, start))):
            if proper(name := read_name(body, m.end(), start, words), body):
                return name
    if proper(name := _agent(body, end, hi, words, last), body, nouns):
        return name
    if m := words.of_after.match(body, end, hi):  # "58 dipendenti della Casearia"
        if proper(name := read_name(body, m.end(), hi, words), body, nouns):
            return name
    if last and words.anaphor_of.search(body, lo, start):
        return last  # "the company's $15 billion buyback"
    if money and words.state_actor.search(body, lo, start) and words.funds.search(body, lo, start):
        return STATE  # "il governo ha stanziato 20 milioni", "l'État a débloqué 20 millions"
    return _sector(body, lo, hi, words, money=money, start=start, end=end)


def _carried(body: str, before: dict, row: dict, words: _Words) -> str:
    """The owner a gapped verb gives a figure after an owned one: "Aviora a annulé 110 vols
    et l'italienne Volaria 28" (Volaria's 28); else ""."""
    gap = body[before["end"] : row["start"]]
    if len(gap) > CARRY_GAP or words.carry_stop.search(gap):
        return ""
    m = words.gapped.search(gap)
    return read_name(gap, m.end(), len(gap), words) if m else ""


def _agent(body: str, end: int, hi: int, words: _Words, last: str) -> str:
    """The agent of a passive after a figure: "400 réclamés par le syndicat", "the 12
    flights cancelled by Aviora", "i 40 milioni pagati da Veltro"; else ""."""
    m = words.agent.match(body, end, hi)
    if not m:
        return ""
    if last and words.anaphor_at.match(body, m.end(), hi):
        return last
    return read_name(body, m.end(), hi, words)


def _paid_after(body: str, end: int, hi: int, words: _Words) -> str:
    """The name a relative clause right after an amount gives it to, by a `took` verb: "the
    €390 million that Tallis Retail was ordered to pay", "les 390 millions que Tallis a
    payés", "i 390 milioni che Tallis ha pagato"; else ""."""
    m = words.relative_after.match(body, end, hi)
    if not m:
        return ""
    name = read_name(body, m.end(), hi, words)
    if not name:
        return ""
    reach = body[m.end() : min(hi, m.end() + len(name) + PAID_REACH)]
    return name if words.took.search(reach, len(name)) else ""


def _sector(
    body: str, lo: int, hi: int, words: _Words, *, money: bool, start: int, end: int
) -> str:
    """The sector a figure belongs to. An amount: the sector word nearest before it in its
    clause ("les pertes des viticulteurs à 60 millions"), else one right after it ("40
    milioni all'agricoltura"); not one further on ("…, an estimate that leaves out farm
    losses"), nor one among others ("notamment à l'agriculture"). A count: a sector its
    counted noun names ("1,200 farms", "2 500 hectares de vignes")."""
    if not money:
        m = words.counted_sector.match(body, end, hi)
        return words.sector_of[_norm(m.group(1))] if m else ""
    found = [m for m in words.sector.finditer(body, lo, start)][::-1]
    found += [m for m in words.sector.finditer(body, end, min(hi, end + SECTOR_AFTER))]
    for m in found:
        if words.not_sole.search(body, max(lo, m.start() - NOT_SOLE_REACH), m.start()):
            continue
        if _LISTED_BEFORE.search(body, lo, m.start()) or words.conj_after.match(body, m.end()):
            continue  # one of a list: "losses to olive groves, vineyards and beehives"
        return words.sector_of[_norm(m.group())]
    return ""


_LISTED_BEFORE = re.compile(r",\s*$")


def _bounds(sentence) -> tuple[int, int]:
    return (sentence.start, sentence.end) if hasattr(sentence, "start") else tuple(sentence)


def _norm(text: str) -> str:
    return " ".join(text.lower().replace("’", "'").split())


class _Words:
    """The compiled words of one language (every language's when it is unknown)."""

    def __init__(self, lang: str | None):
        # imported here: extraction imports this module, and these live beside extraction
        from sourcecheck.extract.framedata import LANGS, alternation, load
        from sourcecheck.extract.places import countries_named

        self.is_place = countries_named
        data = load("owner")
        langs = (lang,) if lang in LANGS else LANGS

        def entry(name: str) -> list[str]:
            return [w for code in langs for w in (data.get(name) or {}).get(code) or ()]

        self.to = re.compile(rf"(?<![\w'’])(?:{alternation(entry('to'))})\s+(?=\S)", re.I)
        # a `took` entry opening with a comma is a participle after the name ("Veltro,
        # sanctionnée de 3 millions"): the comma follows the name's last letter
        took = [w for w in entry("took") if not w.startswith(",")]
        after_comma = [w[1:].strip() for w in entry("took") if w.startswith(",")]
        self.took = re.compile(
            rf"(?:(?<!\w)(?:{alternation(took)})|,\s*(?:{alternation(after_comma)}))\b", re.I
        )
        self.holds = re.compile(rf"(?<!\w)(?:{alternation(entry('holds'))})\b", re.I)
        self.relative_after = re.compile(
            rf"\s*(?:{alternation(entry('relative_after'))})\s*(?=[^\W\d_])", re.I
        )
        self.relative = re.compile(
            rf"\s*,?\s*(?<![\w'’])(?:{alternation(entry('relative'))})\s*$", re.I
        )
        self.verb = re.compile(
            rf"(?<![\w'’])(?:{alternation(entry('verbs'))})\s+(?:(?-i:[a-zà-ÿ]\w*)\s+)?", re.I
        )
        self.possessive = re.compile(
            r"(?<![\w'’])(?=[^\W\d_][\w&.-]*(?:\s[^\W\d_][\w&.-]*){0,3}['’]s\b)"
        )
        heads, of = alternation(entry("heads")), alternation(entry("of"))
        self.of = re.compile(rf"(?<!\w)(?:{heads})\s+(?:{of})\s*", re.I)
        self.preposition = re.compile(
            rf"(?<![\w'’])(?:{alternation(entry('prepositions'))})\s*$", re.I
        )
        conj = alternation(entry("conjunctions"))
        self.conj_after = re.compile(rf"\w*\s+(?:{conj})\s", re.I)  # a list goes on
        self.gapped = re.compile(
            rf"(?<![\w'’])(?:{conj})\s+(?:[^\W\d][\w'’-]*\s+){{0,2}}(?=(?-i:[^\W\d_a-zà-ÿ])\S*\s*$)",
            re.I,
        )
        self.carry_stop = re.compile(r"[\d;:()\n]|[.!?]\s")
        passive, by = alternation(entry("passives")), alternation(entry("by"))
        self.agent = re.compile(rf"[^\d.;:]{{0,30}}?(?<![\w'’])(?:{passive})\s+(?:{by})\s+", re.I)
        self.state_actor = re.compile(
            rf"(?<![\w'’])(?:{alternation(entry('state_actors'))})\b", re.I
        )
        self.funds = re.compile(rf"(?<![\w'’])(?:{alternation(entry('funds'))})", re.I)
        self.stock = re.compile(rf"(?<!\w)(?:{alternation(entry('stock'))})\s+", re.I)
        self.of_after = re.compile(rf"\s*(?:{heads})\s+(?:{of})\s*", re.I)
        for name, pattern in compile_parts(entry).items():
            setattr(self, name, pattern)
        self.not_sole = re.compile(rf"(?<![\w'’])(?:{alternation(entry('not_sole'))})\b", re.I)
        self.sector_of: dict[str, str] = {}
        for sector, per_lang in (data.get("sectors") or {}).items():
            for code in langs:
                for w in per_lang.get(code) or ():
                    self.sector_of.setdefault(_norm(w), sector)
        self.sector = re.compile(rf"(?<!\w)({alternation(self.sector_of)})", re.I)
        counted = [
            w
            for per_lang in (data.get("counted_sectors") or {}).values()
            for code in langs
            for w in per_lang.get(code) or ()
        ]
        for sector, per_lang in (data.get("counted_sectors") or {}).items():
            for code in langs:
                for w in per_lang.get(code) or ():
                    self.sector_of.setdefault(_norm(w), sector)
        self.counted_sector = re.compile(
            rf"\s*(?:(?:[^\W\d]+\s+)?(?:de|d'|di|of)\s*)?({alternation(counted)})", re.I
        )
        self.sector_ids = frozenset(data.get("sectors") or ())
        anaphors = alternation(entry("anaphors"))
        self.anaphor = re.compile(rf"(?:^|[^\w'’])(?:{anaphors})$", re.I)
        self.anaphor_at = re.compile(rf"(?:{anaphors})\b", re.I)
        self.anaphor_of = re.compile(rf"(?<![\w'’])(?:{anaphors})['’]s\s", re.I)
        self.suffixes = frozenset(data.get("suffixes") or ())
        self.articles = frozenset(data.get("articles") or ())
        self.not_names = frozenset(data.get("not_names") or ())


@cache
def _vocabulary(lang: str | None) -> _Words:
    return _Words(lang)


__all__ = ["frame_owners", "owner"]
