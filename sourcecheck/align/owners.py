"""Whose figure, and which part of it: owners and parts keep quantities apart.

Why
---
"Meta's €1.2 billion fine" and "Amazon's €746 million fine" are two fines; "250 landslides,
of which 120 in the province" is a whole and its part. Neither pair states one quantity, so
alignment never gives them one subject. The frame may carry an `owner` (the organisation,
company, sector or place a figure belongs to) and a `part_of` (the claim it is a subset of).
A missing or empty owner is unknown, not different: it takes the one owner its quantity has
in the other accounts (an amount only when it may be a reading of that owner's), and stays
apart when those name several. A part keeps its own subject when nothing else (a place of
its own) tells it from its whole; without a `part_of` column, the words that open a part
("dont", "of which", "di cui", `data/parts.yaml`) mark it.

Example
-------
>>> import pandas as pd
>>> table = pd.DataFrame({"claim_id": ["a#1", "a#9"], "case": "c", "doc": "a.md", "scope": "",
...     "dimension": "count", "quote": "33 arrests, of which 21 in Paris.", "text": ["33", "21"]})
>>> parts(table, pd.Series(["", ""]))
['', 'part']
"""

from __future__ import annotations

import itertools
import math
import re
import unicodedata
from collections import Counter
from functools import lru_cache

import pandas as pd

from sourcecheck import regexcache
from sourcecheck.align.anchors import function_words
from sourcecheck.align.columns import by_value, numbers, strings
from sourcecheck.align.magnitudes import same_digits
from sourcecheck.align.repeats import contrast
from sourcecheck.align.shipped import align_data
from sourcecheck.align.spot import figure_at
from sourcecheck.extract.framedata import load
from sourcecheck.measures import unit_base

PART = "part"


def owners(
    table: pd.DataFrame,
    given: pd.Series,
    block: list[str],
    steady: frozenset[str] = frozenset(),
    part_of: list[str] | None = None,
) -> list[str]:
    """Each claim's owner key: its own (normalised, a name's variants made one), else the
    only owner stated for its quantity (`block` columns of `table`) by other claims (for a
    count, only when it gives that owner's figure or a rival reading of it, `_rival`; a
    part or a whole named by `part_of` is never such a reading; for an amount, only when
    it may be a reading of the owner's amounts, `_reading_of`), unless
    its own document gives that owner's figure apart from it ("farm losses of €80 million
    … damage of €400 million in all"), else the one owner whose figure it gives, else "";
    an undated figure that gives the sole owner's figure at a wrong scale takes that owner
    (`_slipped`)."""
    if not given.astype(bool).any():
        return [""] * len(table)
    written = given.tolist()
    keyed = {o: _owner_key(o) for o in set(written)}
    own = _variants([keyed[o] for o in written], table["case"].tolist())
    keys = list(zip(*(table[c].tolist() for c in block), strict=True))
    stated: dict[tuple, set[str]] = {}
    apart: dict[tuple, list[float]] = {}  # (quantity, doc, owner) → the values given for it
    docs, values = table["doc"].tolist(), _in_base_units(table)
    for k, o, doc, v in zip(keys, own, docs, values, strict=True):
        if o:
            stated.setdefault(k, set()).add(o)
            apart.setdefault((k, doc, o), []).append(v)
    figures: dict[tuple, list[float]] = {}  # (quantity, owner) → its figures
    for (k, _, o), ws in apart.items():
        figures.setdefault((k, o), []).extend(ws)
    # a document that gives the owner's figure and, apart from it, an unowned one: the
    # unowned one is not that owner's ("farm losses of €80 million … €400 million in all");
    # nor, for a measure, when the owner's figure it gives is unowned too, the owner read in
    # another account ("Nordgrid peaked at 41 GW"; "35 200 MW … chez Nordgrid, 41 000 MW").
    # Counts and amounts differ for other reasons too (a rival reading, a part).
    measured = ~table["dimension"].isin(("count", "money", "percent"))
    meeting = _meeting(keys, own, docs, values, stated, figures) if measured.any() else set()
    unowned = []
    for k, o, doc, v, m in zip(keys, own, docs, values, measured.tolist(), strict=True):
        sole = next(iter(stated[k])) if not o and len(stated.get(k, ())) == 1 else ""
        told = apart.get((k, doc, sole)) or (
            figures[(k, sole)] if sole and m and (k, doc) in meeting else []
        )
        unowned.append(bool(told) and not any(_close(v, w) for w in told))
    doubtful = {k for k, no in zip(keys, unowned, strict=True) if no}
    linked = _linked(table["claim_id"].tolist(), part_of or [""] * len(table))
    plain: dict[tuple, list[float]] = {}  # (quantity, owner) → its figures neither part nor whole
    for k, o, v, tied in zip(keys, own, values, linked, strict=True):
        if o and not tied:
            plain.setdefault((k, o), []).append(v)
    listing = _listing(keys, own, docs, values)
    out = []
    # what an owner has (its workforce, its customers: `steady` noun keys) is a count of
    # that owner whichever figure it gives: "85 dipendenti" beside "Latteria's 58 employees"
    counts = (table["dimension"].eq("count") & ~table["noun"].isin(steady)).tolist()
    wholes = part_of or [""] * len(table)
    owner_of = dict(zip(table["claim_id"].tolist(), own, strict=True))
    amounts = table["dimension"].eq("money").tolist()
    rows = zip(keys, own, values, unowned, counts, linked, wholes, docs, amounts, strict=True)
    for k, o, v, no, count, tied, whole, doc, amount in rows:
        if not o and whole:
            # a part is its whole's: "Of this amount, €1.5 million…" is no other donor's
            # €1.5 million, whatever owner gives that figure elsewhere
            o = owner_of.get(whole, "")
        giving_allowed = not whole
        if not o and not no and stated.get(k):
            # the only owner, unless some unowned figure is known not to be its own; else the
            # one owner whose figure it gives ("the €910 million fine": Kestrel's, not Orvane's).
            # A count is an owner's only when it gives the owner's figure, or a rival reading
            # of it ("95 voli cancellati lunedì" beside "Skyline Air cancelled 140 flights on
            # Monday"): "Voliamo cancelled 143 flights" does not make the 1,850 flights
            # cancelled in France Voliamo's, nor a part or whole of another figure its own.
            # An item of its document's list of parts ("… Germany with 450 and Poland with
            # 300") is an owner's only when it gives the owner's very figure. An amount is
            # the owner's when it may be a reading of the owner's amounts (`_reading_of`):
            # "revenue of €6.3 billion" is no reading of the company's €230 million profit.
            listed = (k, doc) in listing
            giving = [
                p
                for p in sorted(stated[k])
                if any(v == w if listed else _close(v, w) for w in figures[(k, p)])
            ]
            sole = next(iter(stated[k])) if len(stated[k]) == 1 and k not in doubtful else ""
            rival = sole and not tied and not listed and _rival(v, plain.get((k, sole), []))
            read = not amount or _reading_of(v, plain.get((k, sole), []))
            if sole and (giving or (not (count or listed) and read) or rival):
                o = sole
            elif len(giving) == 1 and giving_allowed:
                o = giving[0]
        out.append(o)
    if "day" in block and "evidence" in table:
        out = _slipped(table, keys, block.index("day"), out, values)
    if "quote" in table:
        out = _set_against(table, keys, out, values)
    return out


def _set_against(
    table: pd.DataFrame, keys: list[tuple], out: list[str], values: list[float]
) -> list[str]:
    """`out`, where a sentence sets figures of one quantity against each other
    (`repeats.contrast`: "not 38 but 44 workers", "44 according to the union and 38
    according to the company") and one owner holds some of them: its unowned figures within
    `RIVAL_RATIO` of the owner's are rival readings of that owner's figure, the owner's too.

    Why: the union's count of the company's workers underground is the company's quantity
    told otherwise, a conflict to report; left unowned it met nothing."""
    docs, quotes = table["doc"].tolist(), table["quote"].tolist()
    told: dict[tuple, list[int]] = {}
    for i, (k, doc, quote) in enumerate(zip(keys, docs, quotes, strict=True)):
        if quote:
            told.setdefault((k, doc, quote), []).append(i)
    result = list(out)
    for (_, _, quote), rows in told.items():
        owned = {out[i] for i in rows if out[i]}
        if len(rows) < 2 or len(owned) != 1 or not contrast(quote):
            continue
        owner = next(iter(owned))
        figures = [values[i] for i in rows if out[i]]
        for i in rows:
            if not out[i] and _rival(values[i], figures):
                result[i] = owner
    return result


def _slipped(
    table: pd.DataFrame, keys: list[tuple], day: int, out: list[str], values: list[float]
) -> list[str]:
    """`out`, where an unowned figure whose day was assumed gives, but for a slip of scale
    (`same_digits`), the figure of the one owner given its quantity on any day: that
    owner's ("3.7 billion subscribers" beside the company's 3.7 million).

    Why: a day not stated is taken from the document or from the figures it meets; a
    slipped figure meets none, so it takes its publication day, and the owner its true
    figure has on another assumed day never reached it: the scale-word rule never saw it."""
    assumed = table["evidence"].astype(str).str.contains("day not stated").tolist()
    loose = [k[:day] + k[day + 1 :] for k in keys]
    owned: dict[tuple, set[tuple[float, str]]] = {}  # quantity → its (figure, owner) pairs
    for k, o, v in zip(loose, out, values, strict=True):
        if o:
            owned.setdefault(k, set()).add((v, o))
    result = list(out)
    for i, (k, o, v) in enumerate(zip(loose, out, values, strict=True)):
        if o or not assumed[i] or k not in owned:
            continue
        slips = {p for w, p in owned[k] if w != v and same_digits(v, w)}
        if len(slips) == 1 and len({p for _, p in owned[k]}) == 1:
            result[i] = next(iter(slips))
    return result


def _in_base_units(table: pd.DataFrame) -> list[float]:
    """Each claim's value, a measure's in its dimension's base unit: "58.9 GW" and "58 900
    MW" of one quantity are one figure (an amount keeps its number: its currency is the
    quantity's, or a conversion alignment pairs apart)."""
    values = table["value"].tolist()
    if "unit" not in table:
        return values
    factors = {u: _factor(u) for u in set(table["unit"].tolist())}
    return [v * factors[u] for v, u in zip(values, table["unit"].tolist(), strict=True)]


def _factor(unit: str) -> float:
    if not unit or unit in ("percent", "fraction"):
        return 1.0
    base = unit_base(unit)
    return base[1] if base else 1.0


def _meeting(keys: list, own: list, docs: list, values: list, stated: dict, figures: dict) -> set:
    """(quantity, document) pairs where the document gives, unowned, a figure of the one owner
    stated for the quantity (a figure close to one the owner is given elsewhere)."""
    out = set()
    for k, o, doc, v in zip(keys, own, docs, values, strict=True):
        if not o and len(stated.get(k, ())) == 1:
            if any(_close(v, w) for w in figures[(k, *stated[k])]):
                out.add((k, doc))
    return out


def _linked(ids: list[str], part_of: list[str]) -> list[bool]:
    """Whether each claim is a part (its `part_of` names a whole) or a whole a part names."""
    wholes = {w for w in part_of if w}
    return [bool(p) or i in wholes for i, p in zip(ids, part_of, strict=True)]


RIVAL_RATIO = 2.0  # an unowned count within this factor of the owner's is another reading
LISTED = 3  # different unowned figures of one quantity that make a document's list of parts


def _listing(keys: list[tuple], own: list[str], docs: list[str], values: list[float]) -> set:
    """The (quantity, document) pairs where a document gives `LISTED` different figures of one
    quantity or more, none with an owner: a breakdown ("740 jobs in Spain, 510 in Austria, 260
    in Belgium and 90 in Greece"), whose items are no rival reading of one owner's figure.

    Why: the 450 of such a list is near "Pontescuro will retain 480 jobs" in another
    account, and taken for a rival reading of it, it became Pontescuro's: two owners merged.

    Example: three unowned figures 740, 510, 260 of one quantity in one document → listed."""
    told: dict[tuple, set[float]] = {}
    for k, o, doc, v in zip(keys, own, docs, values, strict=True):
        if not o:
            told.setdefault((k, doc), set()).add(v)
    return {at for at, vs in told.items() if len(vs) >= LISTED}


def _rival(value: float, figures: list[float]) -> bool:
    """Whether an unowned count may be another reading of the sole owner's figures of its
    noun, measure, day and place: within `RIVAL_RATIO` of each of them, so neither a whole
    many owners share nor a part of the owner's figure.

    Why: "Skyline Air cancelled 140 flights on Monday" and, in another wire, "95 voli
    cancellati lunedì" are two readings of one count that an editor must reconcile; the
    1,850 flights cancelled that day in the whole country hold other airlines' too.

    Example: _rival(95, [140]) is True; _rival(1850, [143]) is False."""
    try:
        return bool(figures) and all(
            0 < min(value, w) and max(value, w) <= RIVAL_RATIO * min(value, w) for w in figures
        )
    except TypeError:
        return False


def _reading_of(value: float, figures: list[float]) -> bool:
    """Whether an unowned amount may be a reading of the sole owner's amounts of its
    quantity (`figures`, neither parts nor wholes): its value or theirs unknown, within
    `RIVAL_RATIO` of each (`_rival`), or one of them but for a slip of scale
    (`same_digits`: "€6.3 million" for "€6.3 billion").

    Why: a missing owner is unknown, not different, but an amount far from every figure
    of the one owner named for its quantity is no reading of them: a misread noun ("sales
    of €6.3 billion" read as the profit the company gives as €230 million) or another
    body's money ("€52 million from the regional fund" beside Norvik's €680 million)
    that, given the owner, met its figures as a conflict.

    Example: _reading_of(95e6, [140e6]) and _reading_of(3.7e9, [3.7e6]) are True;
    _reading_of(6.3e9, [210e6]) is False."""
    known = [w for w in figures if w == w]
    if value != value or not known:
        return True
    return _rival(value, known) or any(same_digits(value, w) for w in known)


def _close(a: float, b: float) -> bool:
    """Two values that may be one figure: equal, or within 10% (a rounding)."""
    try:
        return abs(a - b) <= 0.1 * max(abs(a), abs(b))
    except TypeError:
        return False


def _variants(keys: list[str], cases: list[str]) -> list[str]:
    """Owner keys with the variants of one name made one: a key whose first words are
    another owner key of its case takes that shorter key ("kestrel mobile europe" and
    "kestrel mobile" → "kestrel" when "kestrel" is given); so does a key that is one word
    before another key of two words or more, a title the frame took for part of the name
    ("producer fromagerie dalbe" → "fromagerie dalbe"; not "air france" → "france")."""
    known: dict[str, set[str]] = {}
    for k, case in zip(keys, cases, strict=True):
        if k:
            known.setdefault(case, set()).add(k)
    short: dict[tuple[str, str], str] = {}
    for case, names in known.items():
        for name in names:
            words = name.split()
            prefixes = (" ".join(words[:n]) for n in range(1, len(words)))
            found = next((p for p in prefixes if p in names), None)
            titled = " ".join(words[1:]) if len(words) > 2 else ""
            short[(case, name)] = found or (titled if titled in names else name)
    return [short.get((c, k), k) if k else "" for k, c in zip(keys, cases, strict=True)]


def parts(
    table: pd.DataFrame,
    part_of: pd.Series,
    sentences: list[tuple] | None = None,
    stated: list[str] | None = None,
) -> list[str]:
    """ "part" for each claim that is a part of a figure of the same place, else "". A part
    the frame gave an owner of its own, not its whole's ("i danni, 180 milioni, di cui 40
    all'agricoltura"), is that owner's figure: its owner tells it from the whole, as a place
    does ("33 arrests, of which 21 in Paris"). The places compared with the whole's are
    `stated`, when given: "11 interpellés … parmi eux deux dockers, a précisé le parquet de
    Lyon" gives the dockers the prosecutor's city, and they are still a part of the 11."""
    ids = table["claim_id"].tolist()
    places = table["scope"].tolist() if stated is None else stated
    scope = dict(zip(ids, places, strict=True))
    owner = dict(zip(ids, table["owner"].tolist(), strict=True)) if "owner" in table else {}
    out = [""] * len(table)
    given = part_of.fillna("").astype(str).tolist()
    for i, whole in enumerate(given):
        own = owner.get(ids[i], "")
        # a part with no place of its own is of its whole's ("52 cases in the town … 19 of
        # the cases were children"): only a place of its own tells it from the whole
        if whole and (whole not in scope or scope[ids[i]] in ("", scope[whole])):
            if not own or owner.get(whole, "") == own:
                out[i] = PART
    dims, scopes = table["dimension"].tolist(), table["scope"].tolist()
    for quote, figures in sentence_figures(table) if sentences is None else sentences:
        if _opens_sentence(quote, figures[0][0]) and not given[figures[0][2]]:
            out[figures[0][2]] = PART  # "Di queste, 120 …": a part of the sentence before
        for (w_start, w_end, w), (start, end, p) in itertools.pairwise(figures):
            if given[p] or dims[w] != dims[p] or scopes[w] != scopes[p]:
                continue  # the frame read it, or something else tells them apart
            # the next item of a list of parts, not the whole the part before names ("60
            # degli 85 dipendenti": 85 is the whole of 60)
            listed = (
                out[w] == PART and given[w] != ids[p] and _LISTED.fullmatch(quote, w_end, start)
            )
            if (
                listed
                or _opens_part(quote, start, end)
                or _whole_first(quote, w_start, w_end, start)
            ):
                out[p] = PART  # "including 1,200 in Italy and 2,300 in Ireland": both
    return out


_WHOLE_NOUN = regexcache.compile(r"[^\d;.,]{0,70},\s*$")  # "… 61 casi, " up to the part


@lru_cache(maxsize=65536)
def _whole_first(quote: str, w_start: int, w_end: int, start: int) -> bool:
    """Whether the whole opens the clause the part ends: "Dei 61 casi, 44 sono confermati",
    "Of the 300 evacuees, 120 have gone home", "Sur les 46 interpellés, 11 …"."""
    return bool(
        "," in quote[w_end:start]
        and _patterns()[3].search(quote, 0, w_start)
        and _WHOLE_NOUN.fullmatch(quote, w_end, start)
    )


def sentence_figures(table: pd.DataFrame) -> list[tuple[str, list[tuple[int, int, int]]]]:
    """Each sentence (`quote` of a case and document) with its figures in text order, as
    (start, end, row) where `text` stands in the quote: each figure of its own
    (`spot.figure_at`), the figures of a sentence met in the order of their offsets in the
    document (`start`), so "3 morts et 3 blessés" places the second 3 after the first."""
    at: dict[tuple[str, str, str], list[tuple[float, str, int]]] = {}
    offsets = numbers(table, "start")
    rows = zip(*(table[c].tolist() for c in ("case", "doc", "quote", "text")), strict=True)
    for i, (case, doc, quote, text) in enumerate(rows):
        if text:
            at.setdefault((case, doc, quote), []).append((offsets[i], text, i))
    out = []
    for (_, _, quote), told in at.items():
        figures, after = [], 0
        for _, text, i in sorted(told, key=lambda t: (0 if math.isnan(t[0]) else t[0], t[2])):
            found = figure_at(quote, text, after)
            found = found if found >= 0 else figure_at(quote, text)
            if found >= 0:
                figures.append((found, found + len(text), i))
                after = found + len(text)
        out.append((quote, sorted(figures)))
    return [(quote, figures) for quote, figures in out if figures]


_LISTED = regexcache.compile(r"[^\d;.:]{0,40}")  # the next item of a list of parts


@lru_cache(maxsize=65536)
def _opens_sentence(quote: str, start: int) -> bool:
    return bool(_patterns()[2].match(quote[:start]))


@lru_cache(maxsize=65536)
def _opens_part(quote: str, start: int, end: int) -> bool:
    before, after, _, _ = _patterns()
    return bool(before.search(quote[max(0, start - 40) : start]) or after.match(quote, end))


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern, re.Pattern]:
    data = align_data("parts.yaml")

    def words(side: str) -> str:
        found = {w for ws in (data.get(side) or {}).values() for w in ws or ()}
        return regexcache.alternatives(found)

    before = regexcache.compile(rf"\b(?:{words('before')})\b[^,;.]{{0,20}}$", re.IGNORECASE)
    after = regexcache.compile(rf"\s*[^\W\d_]*\s*(?:{words('after')})\b", re.IGNORECASE)
    opening = regexcache.compile(rf"\W*(?:{words('opening')})\b[^.;\d]{{0,20}}$", re.IGNORECASE)
    whole = regexcache.compile(rf"(?:^|[,;:]\s*|\W)(?:{words('whole_first')})\s*$", re.IGNORECASE)
    return before, after, opening, whole


def totals(table: pd.DataFrame, keys: list[tuple], part: list[str]) -> list[str]:
    """`part` with each figure a document gives before a larger figure of the same quantity
    (`keys`) that its words call the total ("Au total, 46 …", "complessivamente 54") marked
    a part: the document's own breakdown, not a second reading of the whole."""
    rows = zip(
        *(table[c].tolist() for c in ("case", "doc", "quote", "text", "value")), keys, strict=True
    )
    whole: dict[tuple, tuple[float, int]] = {}
    found = []
    for i, (case, doc, quote, text, value, key) in enumerate(rows):
        found.append((case, doc, key, value))
        if value == value and _said_total(quote, text):
            whole[(case, doc, key)] = (value, i)
    if not whole:
        return part
    out = list(part)
    for i, (case, doc, key, value) in enumerate(found):
        total = whole.get((case, doc, key))
        if total and i < total[1] and value == value and value < total[0] and key[0]:
            out[i] = PART
    return out


def lone_parts(
    table: pd.DataFrame, keys: list[tuple], part: list[str], part_of: pd.Series
) -> list[str]:
    """`part` with the mark taken off each part whose whole (`part_of`) is of another noun
    or measure, when no other figure of its quantity (`keys`, in its case) is such a part
    and another document gives its figure, unmarked. A part of its own noun ("6 women"
    among "38 rescued") is a breakdown of it, no rival for which whole the lone part is of.

    Why: a part is kept apart so that it is never read as its whole ("33 arrests, of which
    21 in Paris"). When the whole is of another quantity ("1,2 miliardi di investimento, di
    cui 250 milioni di contributo pubblico") the part is that quantity's own figure: "a
    public grant of €250 million" in another account is the same grant, and the mark, read
    in one account only, would keep the two apart by itself. A figure that differs keeps it
    apart still: nothing but the mark says which grant, or which rescue, it is.

    Example: a grant of 250, part of an investment, beside an unmarked grant of 250 in
    another document: ["part", ""] → ["", ""]."""
    wholes = part_of.fillna("").astype(str).tolist()
    ids = {c: i for i, c in enumerate(table["claim_id"].tolist())}
    lone = [  # parts whose whole is of another noun or measure
        i
        for i, whole in enumerate(wholes)
        if part[i]
        and (w := ids.get(whole)) is not None
        and keys[i][0]
        and keys[w][0]
        and (keys[w][0] != keys[i][0] or keys[w][-1] != keys[i][-1])
    ]
    if not lone:
        return part
    cases, docs, values = (table[c].tolist() for c in ("case", "doc", "value"))
    wanted = {(cases[i], keys[i]) for i in lone}
    marked = Counter((cases[i], keys[i]) for i in lone)
    plain: dict[tuple, list[tuple[str, float]]] = {}
    for i, p in enumerate(part):
        at = (cases[i], keys[i])
        if at in wanted and not p:
            plain.setdefault(at, []).append((docs[i], values[i]))
    out = list(part)
    for i in lone:
        at = (cases[i], keys[i])
        given = any(d != docs[i] and _close(v, values[i]) for d, v in plain.get(at, ()))
        if marked[at] == 1 and given:
            out[i] = ""
    return out


@lru_cache(maxsize=65536)  # a sentence told again in another document is read once
def _said_total(quote: str, text: str) -> bool:
    """Whether the words right before the figure `text` in `quote` call it the total."""
    at = quote.find(text) if text else -1
    return at >= 0 and bool(_total_word().search(quote, max(0, at - 40), at))


@lru_cache(maxsize=1)
def _total_word() -> re.Pattern:
    words = {w for ws in (align_data("parts.yaml").get("total") or {}).values() for w in ws}
    alts = regexcache.alternatives(words)
    return regexcache.compile(rf"(?<![\w'’])(?:{alts})\b[^.;\d]{{0,30}}$", re.IGNORECASE)


def _owner_key(owner: object) -> str:
    """Matching key of an owner as written: lower case, no accents, no possessive."""
    if not isinstance(owner, str):
        return ""
    text = unicodedata.normalize("NFKD", owner.lower().replace("’", "'"))
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = re.sub(r"'s\b", "", text)
    return " ".join(re.findall(r"[^\W_]+", text))


def owners_written(claims: pd.DataFrame) -> pd.Series:
    """Each claim's owner as the frame read it, "" where that is a word that never names
    anyone (a pronoun, a determiner: "Elle a laissé…", "Questa…", `function_words.yaml`).

    Why: a pronoun read as the owner ("Elle", the company the sentence before names) is an
    owner unknown, not a second owner that splits the company's figure from its own.

    Example: ["Larkfield", "Elle", ""] → ["Larkfield", "", ""]."""
    given = strings(claims, "owner")
    words = function_words()
    return given.where(~by_value(given, lambda v: v.strip().lower() in words), "")


def named_owners(owner: pd.Series) -> pd.Series:
    """Whether each claim's owner, as the frame read it, is a name (a company, a body), not a
    sector: a name's amount (its fine, its revenue) is one figure whichever day it is told."""
    data = load("owner")
    sectors = set(data.get("sectors") or ()) | set(data.get("share_sectors") or ())
    return by_value(owner, lambda v: v.strip() != "" and v.strip() not in sectors)
