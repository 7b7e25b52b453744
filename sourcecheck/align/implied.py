"""A figure's measure implied by its words and by the other accounts, where the frame read
none: a count of a unit ("Sono 27 i chilometri di cavo") is a length, millions with no
currency ("una manovra da 23,7 miliardi") are an amount.

Why
---
Alignment joins figures of one measure. A count whose noun is a unit never meets "27 km" in
another account, and Italian copy drops the "euro" a French or English account writes, so
the same figure stays apart from itself. Each reading is taken only where another document
gives that very figure (or an amount within 10 %) in the implied measure: the words alone do
not decide it.

Example
-------
"Sono 27 i chilometri di cavo" beside "a 27 km cable" elsewhere: `unit_things` makes the
first a measure in kilometres with no noun. "5,3 miliardi per la sanità" in a document
whose amounts are in euros, beside "€5.3 billion" elsewhere: `implied_currency` gives it EUR.
"""

from __future__ import annotations

import pandas as pd

from sourcecheck import regexcache
from sourcecheck.align.nouns import COGNATE, noun_key
from sourcecheck.extract.lexicon import Concepts
from sourcecheck.measures import unit_base
from sourcecheck.quantities.currencies import SUFFIX_PATTERN
from sourcecheck.quantities.units import unit_of


def unit_things(table: pd.DataFrame, concepts: Concepts) -> pd.DataFrame:
    """A count whose noun is a unit ("Sono 27 i chilometri di cavo", "12 tonnellate") is a
    measure in that unit with no noun of its own: the frame read the unit as the thing
    counted, and a count of kilometres never meets "27 km" elsewhere."""
    rows = [
        i
        for i, (t, u, c, k) in enumerate(
            zip(*(table[c].tolist() for c in ("thing", "unit", "currency", "concept")), strict=True)
        )
        if t and not u and not c and (not k or not concepts.kind.get(k))
    ]
    found = [(i, unit) for i in rows if (unit := _unit_word(table["thing"].iat[i]))]
    if not found:
        return table
    # only where another document gives that very figure in a unit of its dimension
    given: dict[tuple, set[str]] = {}
    for case, doc, unit, value in zip(
        *(table[c].tolist() for c in ("case", "doc", "unit", "value")), strict=True
    ):
        if unit and (base := unit_base(unit)):
            given.setdefault((case, base[0], round(value, 6)), set()).add(doc)
    cases, docs, values = (table[c].tolist() for c in ("case", "doc", "value"))
    found = [
        (i, u)
        for i, u in found
        if (base := unit_base(u))
        and given.get((cases[i], base[0], round(values[i], 6)), set()) - {docs[i]}
    ]
    if not found:
        return table
    table = table.copy()
    at = [i for i, _ in found]
    table.iloc[at, table.columns.get_loc("unit")] = [u for _, u in found]
    table.iloc[at, table.columns.get_loc("thing")] = ""
    table.iloc[at, table.columns.get_loc("concept")] = ""
    return table


_LARGE = frozenset({"million", "milliard", "billion", "trillion"})  # scale names (`scale`)
_SCALED = regexcache.compile(r"(?i)mili?on|mill?iard|billion|\bmln\b|\bmld\b|\bmd\b|\bbn\b")


def implied_currency(table: pd.DataFrame, concepts: Concepts) -> pd.DataFrame:
    """A figure of millions or billions with no currency and no counted noun ("una manovra
    da 23,7 miliardi", "5,3 miliardi per la sanità") is an amount in the one currency its
    document's amounts are given in (else its case's): Italian copy drops the "euro" a
    French or English account writes, and a count never meets "€23.7 billion". So is one
    whose noun no lexicon knows ("i 640 milioni decisi a marzo": the frame took a participle
    for its noun), unless another document gives a count within 10% of it.

    A figure written beside a money noun of the lexicon ("27 milioni di perdite", "12
    millions de pertes") takes its own document's one currency even where no other account
    gives that amount: a loss is money, and an account that differs from "€40 million"
    elsewhere must still be compared with it, not left a count of losses."""
    rows = [
        i
        for i, (c, u, v, text, k, th, sc) in enumerate(
            zip(
                *(table[col].tolist() for col in ("currency", "unit", "value", "text", "concept", "thing", "scale")),
                strict=True,
            )
        )
        if not c and not u and v == v and v >= 1e6 and (sc in _LARGE or _SCALED.search(text))
        and (concepts.kind.get(k, "money") == "money" or not th)  # no counted noun it knows
    ]  # fmt: skip
    if not rows:
        return table
    cases, docs, currencies = (table[c].tolist() for c in ("case", "doc", "currency"))
    things, known = table["thing"].tolist(), table["concept"].isin(concepts.kind).tolist()
    if not all(known[i] or not things[i] for i in rows):
        counted, langs = _counts(table), table["lang"].tolist() if "lang" in table else None
        rows = [
            i
            for i in rows
            if known[i]
            or not things[i]
            or (_unknown(things[i], concepts, langs[i] if langs else None) and not counted(i))
        ]  # a noun no lexicon knows ("815 milioni comminata"), not people: an amount
    by_doc: dict[tuple, set[str]] = {}
    by_case: dict[str, set[str]] = {}
    for case, doc, cur in zip(cases, docs, currencies, strict=True):
        if cur:
            by_doc.setdefault((case, doc), set()).add(cur)
            by_case.setdefault(case, set()).add(cur)
    values = table["value"].tolist()
    money = [  # a money noun written beside the figure ("27 milioni di perdite")
        bool(th) and concepts.kind.get(k) == "money"
        for k, th in zip(table["concept"].tolist(), things, strict=True)
    ]
    amounts: dict[str, list[tuple[str, float]]] = {}
    for case, doc, cur, v in zip(cases, docs, currencies, values, strict=True):
        if cur and v == v and v > 0:
            amounts.setdefault(case, []).append((doc, v))
    given = {}
    for i in rows:
        found = by_doc.get((cases[i], docs[i])) or by_case.get(cases[i]) or set()
        met = any(
            d != docs[i] and abs(v - values[i]) <= 0.1 * values[i]
            for d, v in amounts.get(cases[i], ())
        )  # another account gives the amount: it is one
        if len(found) == 1 and (met or (money[i] and by_doc.get((cases[i], docs[i])))):
            given[i] = next(iter(found))
    given.update(_beside_amounts(table, rows, given))
    if not given:
        return table
    out = list(currencies)
    for i, cur in given.items():
        out[i] = cur
    return table.assign(currency=out)


def _unknown(thing: str, concepts: Concepts, lang: str | None) -> bool:
    """Whether `thing` is a noun no lexicon knows (a cognate key), not people ("persone")."""
    return noun_key("", thing, concepts, lang or None).key.startswith(COGNATE)


def _counts(table: pd.DataFrame):
    """A test of a row: whether another document of its case gives a count with a noun
    within 10% of its figure ("4 milioni di visitatori" beside "4.1 million visitors" is a
    count, whatever amount the story also gives)."""
    cols = ("case", "doc", "value", "currency", "unit", "thing")
    rows = list(zip(*(table[c].tolist() for c in cols), strict=True))
    given: dict[str, list[tuple[str, float]]] = {}
    for case, doc, value, cur, unit, thing in rows:
        if thing and not cur and not unit and value == value:
            given.setdefault(case, []).append((doc, value))

    def counted(i: int) -> bool:
        case, doc, value = rows[i][:3]
        return any(d != doc and abs(v - value) <= 0.1 * value for d, v in given.get(case, ()))

    return counted


def _beside_amounts(table: pd.DataFrame, rows: list[int], given: dict[int, str]) -> dict[int, str]:
    """Figures of `rows` not yet `given` a currency that stand in one sentence with an amount
    of the same scale word, in one currency ("La CGIL a chiffré à 7 milliards le manque à
    gagner, et l'UIL à 5,5 milliards" beside "5,5 milliards d'euros" elsewhere): two accounts
    of one sum set side by side, the second read as money, the first as a count.

    Example: rows 0 ("7 milliards") and 1 ("5,5 milliards", given EUR) of one sentence:
    row 0 is given EUR too."""
    currencies = table["currency"].tolist()
    texts = [sc or t for sc, t in zip(table["scale"].tolist(), table["text"].tolist(), strict=True)]
    where = list(zip(*(table[c].tolist() for c in ("case", "doc", "quote")), strict=True))
    amounts: dict[tuple, set[str]] = {}  # (case, doc, sentence, scale word) → currencies
    for i, cur in [*given.items(), *((i, c) for i, c in enumerate(currencies) if c)]:
        if (scale := _scale_word(texts[i])) and where[i][2]:
            amounts.setdefault((*where[i], scale), set()).add(cur)
    out = {}
    for i in rows:
        if i not in given and where[i][2] and (scale := _scale_word(texts[i])):
            found = amounts.get((*where[i], scale), set())
            if len(found) == 1:
                out[i] = next(iter(found))
    return out


def _scale_word(text: str) -> str:
    """The scale word of a figure (its `scale`, else as written), lower case and in the
    singular ("" for none): "milliard" for "2 milliards" and "1 milliard"."""
    m = _SCALED_WORD.search(text)
    return m.group(0).lower().rstrip("sie") if m else ""


_SCALED_WORD = regexcache.compile(
    r"(?i)\b(?:mill?i?on\w*|mill?iard\w*|billion\w*|trillion\w*|mln|mld|md|bn)\b"
)


def _unit_word(thing: str) -> str:
    """The pint unit a noun names ("chilometri" → "kilometer"), "" for any other noun or a
    percent."""
    unit = unit_of(thing.strip()) if thing.strip() else None
    return unit if unit and unit != "percent" else ""


_CURRENCY = regexcache.compile(rf"(?i)(?<![^\W\d_])(?:{SUFFIX_PATTERN})(?![^\W\d_])")


def counts_again(table: pd.DataFrame) -> pd.DataFrame:
    """A figure of millions with no noun that was given a currency its own words do not write
    ("in Castelbruno (4.6 million)" after a sentence of euros) is a count again where another
    document of its case gives that very figure as a count of one noun, and none gives it as
    an amount: the currency was carried over from the sentence before, the noun was not.

    Why: a count read as money never meets the "4,6 milioni di abbonati" of another account,
    and stays with no subject at all. A bare "600" (no scale word) after "980 milioni di
    euro" is the elided amount it looks like: it stays money.

    Example: "4.6 million" (EUR, no noun) beside "4,6 milioni di abbonati" elsewhere: its
    currency is dropped and it is a count, for `_same_figures` to give it that noun."""
    cols = ("case", "doc", "value", "currency", "unit", "noun", "text", "scale")
    rows = list(zip(*(table[c].tolist() for c in cols), strict=True))
    given: dict[tuple, set[tuple[str, str]]] = {}  # (case, value, money?) → (noun, doc)
    for case, doc, value, cur, unit, noun, _, _ in rows:
        if noun and not unit and value == value:
            given.setdefault((case, round(value, 6), bool(cur)), set()).add((noun, doc))
    out = [
        i
        for i, (case, doc, value, cur, unit, noun, text, sc) in enumerate(rows)
        if cur and not noun and not unit and value == value
        and (sc in _LARGE or _SCALED_WORD.search(text))
        and not _CURRENCY.search(text)
        and not given.get((case, round(value, 6), True))
        and len({n for n, d in given.get((case, round(value, 6), False), ()) if d != doc}) == 1
    ]  # fmt: skip
    if not out:
        return table
    table = table.copy()
    table.iloc[out, table.columns.get_loc("currency")] = ""
    table.iloc[out, table.columns.get_loc("dimension")] = "count"
    return table
