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
[('Veltro Systems', ''), ('', 'a.md#34')]
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

MAX_NAME_WORDS = 4  # capitalised words an owner's name runs to
PAID_REACH = 40  # characters after an owner's name where a `took` verb makes it the payer
NOT_SOLE_REACH = 30  # characters before a sector word where "notamment" makes it one of several
_TOKEN = re.compile(r"[^\W\d_][\w&’'.-]*")
_CAPITAL = r"[^\W\d_a-zà-ÿ][\w&.-]*"  # a word that starts with a capital letter
_TRAILING_NAME = re.compile(rf"(?:{_CAPITAL}\s+){{0,{MAX_NAME_WORDS - 1}}}{_CAPITAL}$")
_DESCRIBED = re.compile(r"(?:(?-i:[a-zà-ÿ][\w-]*)\s+){1,2}(?=[^\W\d_a-zà-ÿ])")


def frame_owners(rows: list[dict], body: str, lang: str | None, sentences: Sequence) -> list[dict]:
    """`rows` (one document's figures in text order, with `doc`, `start`, `end`, `sentence`)
    with `owner` and `part_of` set; `sentences` give each sentence's (start, end). A name
    read as the owner is no place: a `scope` equal to it is cleared."""
    words = _vocabulary(lang)
    for k, row in enumerate(rows):
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
        row["owner"] = owner(body, row["start"], row["end"], lo, hi, words, money=money)
        if row["owner"] and row.get("scope") == row["owner"]:
            row["scope"] = ""  # a name that owns the figure is no place ("une amende à Veltro")
        row["part_of"] = ""
        if words.part.search(body, lo, row["start"]):
            whole = _whole(rows, k, opening=before is None)
            if whole is not None:
                row["part_of"] = f"{whole['doc']}#{whole['start']}"
    return rows


def owner(
    body: str, start: int, end: int, lo: int, hi: int, words: _Words, *, money: bool = True
) -> str:
    """The owner of the figure at body[start:end] from its clause body[lo:hi], or "".

    For an amount (`money`): after it, the first name a `to` word hands it to ("une amende de
    3 millions à Veltro"; after a count, "3 morti a Trestina" names a place), else the name
    before a `took` verb ("Veltro was fined"; for a count, "Police reported" names a source).
    For any figure: the nearest name before it that a verb, a possessive or a head noun with
    `of` gives it. Else, for an amount, a sector of the clause.
    """
    for m in words.to.finditer(body, end, hi) if money else ():
        if name := _name(body, _described(body, m.end(), hi, words), hi, words):
            return name
    if money and (name := _paid_after(body, end, hi, words)):
        return name
    verbs = words.took if money else words.holds
    for m in reversed(list(verbs.finditer(body, lo, start))):
        if name := _name_before(body, lo, m.start(), words):
            return name
    for pattern in (words.verb, words.possessive, words.of):
        for m in reversed(list(pattern.finditer(body, lo, start))):
            if name := _name(body, m.end(), start, words):
                return name
    return _sector(body, lo, hi, words) if money else ""


def _paid_after(body: str, end: int, hi: int, words: _Words) -> str:
    """The name a relative clause right after an amount gives it to, by a `took` verb: "the
    €390 million that Tallis Retail was ordered to pay", "les 390 millions que Tallis a
    payés", "i 390 milioni che Tallis ha pagato"; else ""."""
    m = words.relative_after.match(body, end, hi)
    if not m:
        return ""
    name = _name(body, m.end(), hi, words)
    if not name:
        return ""
    reach = body[m.end() : min(hi, m.end() + len(name) + PAID_REACH)]
    return name if words.took.search(reach, len(name)) else ""


def _described(body: str, at: int, hi: int, words: _Words) -> int:
    """Past up to two lowercase words that describe the name after them ("on streaming
    group Veltro", not "on the Treaty"): where the name starts, else `at`."""
    m = _DESCRIBED.match(body, at, hi)
    if not m or any(w.lower() in words.articles for w in m.group().split()):
        return at
    return m.end()


def _name_before(body: str, lo: int, at: int, words: _Words) -> str:
    """The capitalised name right before `at` (a `took` verb), past a relative pronoun
    ("Veltro, which reported"), or ""."""
    text = words.relative.sub("", body[lo:at].rstrip())
    m = _TRAILING_NAME.search(text)
    return _name(text, m.start(), len(text), words) if m else ""


def _name(body: str, at: int, hi: int, words: _Words) -> str:
    """The capitalised name starting at `at`, company forms dropped; "" when there is none,
    or it is a day, a month or a place. A possessive ends it ("Veltro's")."""
    taken: list[str] = []
    pos = at
    while len(taken) < MAX_NAME_WORDS:
        while pos < hi and body[pos] == " ":
            pos += 1
        m = _TOKEN.match(body, pos, hi)
        if not m or not m.group()[0].isupper():
            break
        token, pos = m.group(), m.end()
        possessive = token.endswith(("'s", "’s"))
        taken.append(token[:-2] if possessive else token.rstrip(".,"))
        if possessive or pos >= hi or body[pos] != " ":
            break
    while len(taken) > 1 and taken[-1] in words.suffixes:
        taken.pop()
    if not taken or taken[0] in words.not_names:
        return ""
    name = " ".join(taken)
    return "" if words.is_place(name) else name


def _sector(body: str, lo: int, hi: int, words: _Words) -> str:
    for m in words.sector.finditer(body, lo, hi):
        if words.not_sole.search(body, max(lo, m.start() - NOT_SOLE_REACH), m.start()):
            continue
        return words.sector_of[_norm(m.group())]
    return ""


def _whole(rows: list[dict], k: int, *, opening: bool) -> dict | None:
    """The figure row `k` is a part of, among the figures before it in its sentence (or,
    when the part opens its sentence, the previous one): the nearest with the same concept,
    else the same noun, else the same measure, else the nearest; a figure that can hold the
    part comes first ("9 000 people in 12 countries, including 900 in Spain": 9 000), so a
    part is only larger than its whole when no figure before it fits."""
    part = rows[k]
    reach = part["sentence"] - (1 if opening else 0)
    earlier = [r for r in reversed(rows[:k]) if r["sentence"] >= reach and not r.get("part_of")]
    tiers = [
        [r for r in earlier if same(r)]
        for same in (
            lambda r: bool(part.get("concept")) and r.get("concept") == part.get("concept"),
            lambda r: bool(part.get("thing")) and r.get("thing") == part.get("thing"),
            lambda r: (
                (r.get("currency"), r.get("unit")) == (part.get("currency"), part.get("unit"))
            ),
            lambda r: True,
        )
    ]
    for tier in tiers:
        if holding := [r for r in tier if _holds(r, part)]:
            return holding[0]
    return next((tier[0] for tier in tiers if tier), None)


def _holds(whole: dict, part: dict) -> bool:
    try:
        return float(whole["value"]) >= float(part["value"])
    except (KeyError, TypeError, ValueError):
        return False


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
        self.relative = re.compile(rf"\s*,?\s*(?:{alternation(entry('relative'))})\s*$", re.I)
        self.verb = re.compile(
            rf"(?<![\w'’])(?:{alternation(entry('verbs'))})\s+(?:(?-i:[a-zà-ÿ]\w*)\s+)?", re.I
        )
        self.possessive = re.compile(
            r"(?<![\w'’])(?=[^\W\d_][\w&.-]*(?:\s[^\W\d_][\w&.-]*){0,3}['’]s\b)"
        )
        heads, of = alternation(entry("heads")), alternation(entry("of"))
        self.of = re.compile(rf"(?<!\w)(?:{heads})\s+(?:{of})\s*", re.I)
        self.part = re.compile(
            rf"(?<![\w'’])(?:{alternation(entry('parts'))})\W{{0,3}}(?:[^\W\d]+\s+){{0,2}}$", re.I
        )
        self.not_sole = re.compile(rf"(?<![\w'’])(?:{alternation(entry('not_sole'))})\b", re.I)
        self.sector_of: dict[str, str] = {}
        for sector, per_lang in (data.get("sectors") or {}).items():
            for code in langs:
                for w in per_lang.get(code) or ():
                    self.sector_of.setdefault(_norm(w), sector)
        self.sector = re.compile(rf"(?<!\w)({alternation(self.sector_of)})", re.I)
        self.suffixes = frozenset(data.get("suffixes") or ())
        self.articles = frozenset(data.get("articles") or ())
        self.not_names = frozenset(data.get("not_names") or ())


@cache
def _vocabulary(lang: str | None) -> _Words:
    return _Words(lang)


__all__ = ["frame_owners", "owner"]
