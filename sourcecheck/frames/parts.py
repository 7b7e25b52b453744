"""Of what whole: the figure a part belongs to, read from the words around the part.

Why
---
"250 landslides, of which 120 in the province" gives a part and its whole, not a source
contradicting itself; so do the other shapes wire copy uses for a breakdown. The part words
are data (`frames/data/owner.yaml`: `parts`, `parts_after`, `partitives`, `among`); this
module holds how they combine:

- a part word before the figure: "dont 120", "di cui 120", "of which 120", "Di queste, 120";
- the next items of such a list, of the same measure and concept: "di cui 15 in carcere e
  4 ai domiciliari", "Rome: 21, Milan: 11" (a comma and a conjunction together start a new
  clause: "dont 21 dans l'Ain, et 6 personnes ont été…" is no item);
- a breakdown in brackets: "46 arrests (Spain: 21, Italy: 11)", or after a colon, of the
  same measure and no larger, in a place of its own: "9,000 homes were without power: 5,200 in the valley";
- a partitive opening: "Of the 61 cases, 44 were confirmed", "Dei 61 casi, 44 …";
- a part word after the figure: "27 of whom", "4 delle quali", "9 of them";
- "60 of the 85 staff" (the whole follows), "65 of the cases" (the whole was given before,
  in this sentence or one of the two before it);
- a sentence opened by "among the …": "Tra i ricoverati figurano 2 neonati";
- the first part of a whole stated earlier, after a word of its composition: "The levy is
  made up of €30 million for …", "le Portugal en financera 700 millions".

Example
-------
>>> from sourcecheck.frames.owner import frame_owners
>>> body = "Police held 19 people, of whom 15 in jail and 4 at home."
>>> rows = [{"doc": "a.md", "start": s, "end": s + n, "sentence": 0, "value": v}
...         for s, n, v in ((12, 2, 19), (31, 2, 15), (46, 1, 4))]
>>> [r["part_of"] for r in frame_owners(rows, body, "en", [(0, len(body))])]
['', 'a.md#12', 'a.md#12']
"""

from __future__ import annotations

import re
from functools import cache

from sourcecheck import regexcache

BACK = 2  # sentences before a part where "65 of the cases" may find its whole
LIST_GAP = 40  # characters between two items of a list of parts
AMONG_BACK = 3  # sentences before "among the …" where the figure its word names may stand
STEM = 6  # letters of an "among the …" word that its whole's clause must use
CLAUSE = 40  # characters around a figure where that word may stand
COMPOSED_BACK = 6  # sentences before "is made up of" where its whole may stand
_LONG_WORD = regexcache.compile(rf"[^\W\d_]{{{STEM},}}")


def whole_of(
    rows: list[dict], k: int, wholes: dict[int, int], body: str, bounds: tuple[int, int, int], w
) -> int | None:
    """The index of the row that `rows[k]` is a part of, or None. `wholes`: the parts found
    so far (row index → whole index); `bounds`: where the sentence starts and where the
    figure's clause starts and ends; `w`: the compiled words (`owner_words._Words`)."""
    start, lo, hi = bounds
    row = rows[k]
    same = row["sentence"]
    before = k - 1 if k and rows[k - 1]["sentence"] == same else None
    after = k + 1 if k + 1 < len(rows) and rows[k + 1]["sentence"] == same else None
    if w.part.search(body, lo, row["start"]):  # "dont 120", "Di queste, 120"
        return _whole(rows, k, back=0 if before is not None else 1)
    if before is None and w.composed.search(body, lo, row["start"]):
        # "The levy is made up of €30 million for …": a whole stated paragraphs before
        return _whole(rows, k, back=COMPOSED_BACK, alike=True)
    if before is not None:
        gap = body[rows[before]["end"] : row["start"]]
        listed = (
            before in wholes
            and _same_measure(rows[before], row)
            and (_listed(gap, w) or _enumerated(gap, rows, k, after, body, w))
        )
        if listed:  # "di cui 15 in carcere e 4 …", "dont 96 à Rome, 54 à Milan et 23 …"
            return wholes[before]
        if before in wholes and _nouns_listed(rows, k, after, body, start, w):
            return wholes[before]  # "including 6 minors and 3 pensioners"
        if w.bracket.fullmatch(gap) or w.dash.fullmatch(gap):  # "43 arrests (Spain: 21"
            return before  # "The 64 survivors - 22 Eritreans, …"
        if (
            w.colon.fullmatch(gap)
            and row.get("scope")  # a breakdown by place
            and row.get("scope") != rows[before].get("scope")
            and not _percent(row)
            and _same_measure(rows[before], row)
            and _holds(rows[before], row)
        ):
            return before  # "9,000 homes were without power: 5,200 in the valley"
        opening = body[start : rows[before]["start"]]
        if w.partitive_open.fullmatch(opening) and w.partitive_gap.fullmatch(gap):
            return before  # "Dei 61 casi, 44 …"
    if w.part_after.match(body, row["end"], hi):  # "27 of whom", "4 delle quali"
        return _whole(rows, k, back=0 if before is not None else 1)
    if _percent(row):
        return None
    if after is not None and w.partitive.fullmatch(body, row["end"], rows[after]["start"]):
        return after  # "60 of the 85 staff"
    if _above_one(row) and w.partitive_noun.match(body, row["end"], hi):  # "65 of the cases"
        return _whole(rows, k, back=BACK, alike=True)
    if before is None and (m := w.among.match(body, start, row["start"])):  # "Tra i feriti, 3"
        named = _among(rows, k, body, m.group(1))
        # a word no figure before uses ("Tra i truffati ci sono 170 commercianti" after
        # 29 suspects): only a figure alike that can hold it; a pronoun ("Parmi eux"): the nearest
        alike = bool(_LONG_WORD.search(m.group(1)))
        return named if named is not None else _whole(rows, k, back=1, alike=alike)
    return _within(rows, k, w.within.get(row.get("concept") or "", ()), wholes)


def _listed(gap: str, w) -> bool:
    """Whether `gap`, between two figures, joins two items of one list: a conjunction
    without a comma before it, or a comma between two items of a breakdown ("Rome: 21,
    Milan: 11"); no digit, bracket or sentence mark."""
    return (
        len(gap) <= LIST_GAP
        and bool(w.list_gap.fullmatch(gap))
        and bool(w.list_join.search(gap))
        and not w.new_clause.search(gap)
        and (":" in gap or bool(w.list_join.search(gap.replace(",", " "))))
    )


def _nouns_listed(rows: list[dict], k: int, after: int | None, body: str, start: int, w) -> bool:
    """Whether part `rows[k]` is the next item, of another noun, of a list of parts that a
    part word, an "among the …" opening or a dash opens: "including 6 minors and 3
    pensioners", "Among the survivors are 22 Eritreans, 19 Sudanese and 14 Malians", "The
    64 survivors - 22 Eritreans, 19 Sudanese …"; its gap a noun and a conjunction, or a
    noun and a comma in a list a conjunction closes. Not "17 ricoverati e 2 morti" (no
    opening: the hospitalised are a part by their concept, the dead are not), nor "di cui 12
    gravi, 9 operati" (no conjunction closes it).

    Why: the items of a breakdown by nationality or kind count different nouns; read one
    at a time, only the first was a part, and the others stood as wholes of their own."""
    before = rows[k - 1]
    if not _same_scale(before, rows[k]):
        return False
    first = k - 1
    while first and rows[first - 1]["sentence"] == rows[k]["sentence"]:
        first -= 1
    opened = (
        w.part.search(body, start, before["start"])
        or w.among.match(body, start, rows[first]["start"])
        or any(
            w.dash.fullmatch(body, rows[j]["end"], rows[j + 1]["start"]) for j in range(first, k)
        )
    )
    gap = body[before["end"] : rows[k]["start"]]
    return bool(opened) and (
        bool(w.noun_and.fullmatch(gap))
        or _enumerated(gap, rows, k, after, body, w, alike=_same_scale, item=w.noun_item)
    )


def _enumerated(
    gap: str,
    rows: list[dict],
    k: int,
    after: int | None,
    body: str,
    w,
    alike=None,
    item: re.Pattern | None = None,
) -> bool:
    """Whether a comma `gap` before part `rows[k]` joins two items of an enumeration that a
    conjunction closes ("dont 96 à Rome, 54 à Milan et 23 à Catane": the 54; "of which 40
    in the port, 25 at the depot and 9 aboard"): the next figure, of the same measure, is
    joined to it by a conjunction and no comma. A comma alone joins no items: "dont 21 dans
    l'Ain, 6 ont été relâchés" may open a new clause."""
    alike = alike or _same_measure
    gaps = item or w.list_gap  # `item`: what each gap must be (a noun and its joint)
    if after is None or "," not in gap or len(gap) > LIST_GAP + 10:
        return False
    if not gaps.fullmatch(gap) or w.new_clause.search(gap):
        return False
    j = k
    while j + 1 < len(rows) and rows[j + 1]["sentence"] == rows[k]["sentence"]:
        # the items after it: more comma-joined items ("620 in Varenne, 150 in Oldacre, 90
        # in Sallènes and 40 in Brume"), up to the one a conjunction without a comma joins
        tail = body[rows[j]["end"] : rows[j + 1]["start"]]
        if not (
            alike(rows[k], rows[j + 1])
            and len(tail) <= LIST_GAP
            and gaps.fullmatch(tail)
            and w.list_join.search(tail)
            and not w.new_clause.search(tail)
        ):
            return False
        if "," not in tail:
            return True
        j += 1
    return False


def _among(rows: list[dict], k: int, body: str, words: str) -> int | None:
    """The whole an "among the …" opening names by its first word (of `words`, those after
    "among"): the nearest figure before, in this sentence or the `AMONG_BACK` before, whose clause
    uses the word's stem before the figure ("ont interpellé 11 personnes … Parmi les
    interpellés figurent deux dockers": 11, not 3 weapons), else after it ("12 persone
    colpite sono state ricoverate … Tra i ricoverati …")."""
    stems = [t[:STEM] for t in _LONG_WORD.findall(words.lower())][:1]
    if not stems:
        return None
    earlier = []
    for j in range(k - 1, -1, -1):
        if rows[j]["sentence"] < rows[k]["sentence"] - AMONG_BACK:
            break
        if _holds(rows[j], rows[k]):
            earlier.append(j)
    for side in (_before, _after):
        for j in earlier:
            if stems[0] in side(rows, j, body).lower():
                return j
    return None


def _after(rows: list[dict], j: int, body: str) -> str:
    """The words after figure `j` up to the next figure or the end of its clause."""
    end = rows[j + 1]["start"] if j + 1 < len(rows) else len(body)
    text = body[rows[j]["end"] : min(end, rows[j]["end"] + CLAUSE)]
    return _CLAUSE_END.split(text, maxsplit=1)[0]


def _before(rows: list[dict], j: int, body: str) -> str:
    """The words before figure `j` from the figure before it or the start of its clause."""
    start = rows[j - 1]["end"] if j else 0
    text = body[max(start, rows[j]["start"] - CLAUSE) : rows[j]["start"]]
    return _CLAUSE_END.split(text)[-1]


_CLAUSE_END = regexcache.compile(r"[.!?]\s|[,;:()]")


def _within(rows: list[dict], k: int, wholes, parts: dict[int, int]) -> int | None:
    """The figure of a concept that holds this one's (`wholes`, from `within`:
    hospitalisations are some of the cases), in this sentence or the one before, itself no
    part (`parts`): "61 casi, 19 ricoverati"; not "19 cas, dont 21 dans l'Ain, et 6 …": 21."""
    if not wholes:
        return None
    for j in range(k - 1, -1, -1):
        if rows[j]["sentence"] < rows[k]["sentence"] - 1:
            break
        if rows[j].get("concept") == rows[k].get("concept"):
            return None  # the second figure of its concept: "31 ricoverate; 9 ancora in ospedale"
        if rows[j].get("concept") in wholes and _holds(rows[j], rows[k]) and j not in parts:
            return j
    return None


def _same_scale(a: dict, b: dict) -> bool:
    """Both amounts or neither, in units of one dimension: two items of one list of parts
    may count different nouns ("including 6 minors and 3 pensioners")."""
    if bool(a.get("currency")) != bool(b.get("currency")):
        return False
    return _dimension(a.get("unit")) == _dimension(b.get("unit"))


def _same_measure(a: dict, b: dict) -> bool:
    """Whether two figures measure the same thing: both amounts, or both counts, or units of
    one dimension ("1 350 kilos … et 610 kilos", not "dont 150 vols et 2 millions d'euros"),
    of one concept or noun when they have one ("15 in carcere e 4 ai domiciliari": one)."""
    if bool(a.get("currency")) != bool(b.get("currency")):
        return False
    if _dimension(a.get("unit")) != _dimension(b.get("unit")):
        return False
    if a.get("concept") or b.get("concept"):
        return a.get("concept") == b.get("concept")
    return (a.get("thing") or "") == (b.get("thing") or "")


@cache
def _dimension(unit: str | None) -> str:
    if not isinstance(unit, str) or not unit:
        return ""
    from sourcecheck.measures import unit_base

    base = unit_base(unit)
    return base[0] if base else unit


def _above_one(row: dict) -> bool:
    """Whether a figure is more than one: "one of the largest" is no part."""
    try:
        return float(row["value"]) > 1
    except (KeyError, TypeError, ValueError):
        return False


def _percent(row: dict) -> bool:
    return str(row.get("unit") or "") in ("percent", "%") or "%" in str(row.get("text") or "")


def _whole(rows: list[dict], k: int, *, back: int, alike: bool = False) -> int | None:
    """The figure row `k` is a part of, among the figures before it in its sentence and the
    `back` sentences before it: the nearest with the same concept, else the same noun, else
    the same measure, else the nearest; a figure that can hold the part comes first ("9 000
    people in 12 countries, including 900 in Spain": 9 000), so a part is only larger than
    its whole when no figure before it fits. `alike`: only a figure of the same concept,
    noun or measure that can hold the part."""
    part = rows[k]
    reach = part["sentence"] - back
    earlier = [j for j in range(k - 1, -1, -1) if rows[j]["sentence"] >= reach]
    tiers = [
        [j for j in earlier if same(rows[j])]
        for same in (
            lambda r: bool(part.get("concept")) and r.get("concept") == part.get("concept"),
            lambda r: bool(part.get("thing")) and r.get("thing") == part.get("thing"),
            lambda r: (
                (r.get("currency"), r.get("unit")) == (part.get("currency"), part.get("unit"))
            ),
            lambda r: not alike,
        )
    ]
    for tier in tiers:
        if holding := [j for j in tier if _holds(rows[j], part)]:
            return holding[0]
    return None if alike else next((tier[0] for tier in tiers if tier), None)


def _holds(whole: dict, part: dict) -> bool:
    try:
        return float(whole["value"]) >= float(part["value"])
    except (KeyError, TypeError, ValueError):
        return False


def compile_parts(entry) -> dict[str, re.Pattern]:
    """The part patterns of one language; `entry(name)` gives a data entry's phrases."""
    from sourcecheck.extract.framedata import alternation

    def alt(name: str) -> str:
        return alternation(entry(name))

    edge = r"(?<![\w'’])"
    return {
        "part": regexcache.compile(
            rf"{edge}(?:{alt('parts')})\W{{0,3}}(?:[^\W\d]+\s+){{0,2}}$", re.I
        ),
        "composed": regexcache.compile(
            rf"{edge}(?:{alt('composed')})\W{{0,3}}(?:[^\W\d]+\s+){{0,2}}$", re.I
        ),
        "part_after": regexcache.compile(rf"\s*(?:{alt('parts_after')})\b", re.I),
        "partitive": regexcache.compile(rf"\s+(?:{alt('partitives')})\s+", re.I),
        "partitive_noun": regexcache.compile(rf"\s+(?:{alt('partitives')})\s+(?=[^\W\d])", re.I),
        "partitive_open": regexcache.compile(rf"\W*(?:{alt('partitive_openings')})\s+", re.I),
        "partitive_gap": regexcache.compile(r"[^\W\d]*(?:\s+[^\W\d]+){0,3}\s*,\s*"),
        "among": regexcache.compile(
            rf"\W*(?:{alt('among')})\s+([^\W\d]+(?:\s+[^\W\d]+){{0,3}})\W*\s+$", re.I
        ),
        "bracket": regexcache.compile(r"[^\d()\n.;]{0,40}\(\s*[^\W\d][^\d():\n]{0,30}:\s*"),
        "colon": regexcache.compile(r"[^\d()\n.;!?:]{0,80}:\s*"),
        "list_gap": regexcache.compile(r"[^\d()\n.;!?]*"),
        "list_join": regexcache.compile(rf",|{edge}(?:{alt('conjunctions')})\b", re.I),
        # the first item's noun, then the conjunction of the next: "9 children and 4 women"
        "noun_and": regexcache.compile(
            rf"\s*[^\W\d]+(?:\s+[^\W\d]+)?\s+(?:{alt('conjunctions')})\s+", re.I
        ),
        # an item's noun, then a comma or a conjunction: "22 Eritreans, 19 Sudanese and 14"
        "noun_item": regexcache.compile(
            rf"\s*[^\W\d]+(?:\s+[^\W\d]+)?\s*(?:,|\s(?:{alt('conjunctions')}))\s+", re.I
        ),
        # a breakdown set off by a dash after its whole's noun: "The 64 survivors - 22 …"
        "dash": regexcache.compile(r"\s*[^\W\d]+(?:\s+[^\W\d]+)?\s+[-–—]\s*"),
        "new_clause": regexcache.compile(rf",\s*(?:{alt('conjunctions')})\b", re.I),
    }


__all__ = ["compile_parts", "whole_of"]
