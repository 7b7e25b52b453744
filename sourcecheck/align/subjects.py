"""Subjects: which claims state the same quantity, across documents and languages.

Why
---
A subject is one quantity: the same thing counted (its noun key), measured the same way
(a count, money, a length…), about the same place, on the same day, as a total or as the
same rate. Claims of one subject are what the rules compare; claims of different subjects
never are. So 245 000 protesters in Marseille on 7 March (CGT) and 30 000 (police) share a
subject, while the 8 March figure, the Paris figure, the injured and the monthly benefit each
have their own.

Unknown is not different, but it is not everything either: a claim whose day is not stated
takes the day its quantity was stated for in the other accounts when one day fits (the
latest stated day on or shortly before its publication), else its document's publication
day; the explanation of a finding says when a day was assumed.

Cost: one pass per claim plus a rapidfuzz search per distinct unknown noun against the
distinct nouns of its (case, measure) block, never all pairs of claims.

Example
-------
>>> import pandas as pd
>>> from sourcecheck.extract.lexicon import load_concepts
>>> claims = pd.DataFrame({"claim_id": ["a#1", "b#1"], "case": "c", "concept": "",
...     "thing": ["investimenti", "investissements"], "currency": "EUR", "unit": "",
...     "scope": "", "refers_to": "", "rate": "", "published": "2024-06-04"})
>>> align_claims(claims, load_concepts())["subject"].nunique()
1
"""

from __future__ import annotations

import datetime as dt
import math
import zlib
from collections import Counter
from functools import lru_cache

import numpy as np
import pandas as pd
from rapidfuzz import fuzz, process

from sourcecheck.align import repeats
from sourcecheck.align.anchors import anchor, earlier_year, function_words
from sourcecheck.align.bodies import body_places
from sourcecheck.align.changes import EARLIER, states
from sourcecheck.align.clauses import in_clause
from sourcecheck.align.echoes import COPIED, echoed
from sourcecheck.align.elision import elided, next_word
from sourcecheck.align.evidence import SAME_FIGURE, noted
from sourcecheck.align.kinds import narrowed
from sourcecheck.align.labelled import with_labelled_places
from sourcecheck.align.magnitudes import bands, same_digits
from sourcecheck.align.measured import measured_noun
from sourcecheck.align.nouns import COGNATE, PEOPLE, Noun, anchored_key, durations, noun_key
from sourcecheck.align.owners import (
    PART,
    lone_parts,
    owners,
    parts,
    sentence_figures,
    totals,
)
from sourcecheck.align.places import assume_places
from sourcecheck.align.plans import PLAN, planned
from sourcecheck.align.roles import role
from sourcecheck.align.shipped import align_data
from sourcecheck.align.spans import span
from sourcecheck.align.stocks import still, stock_words
from sourcecheck.align.tallies import TALLY, since_start, tallies
from sourcecheck.align.translations import NOT_MEASURED, translated
from sourcecheck.align.units import (
    bracketed_pairs,
    restated,
    restated_pairs,
    shared_days,
    shared_keys,
)
from sourcecheck.align.unsaid import assume_marks, assume_rates
from sourcecheck.extract.framedata import load
from sourcecheck.extract.lexicon import Concepts
from sourcecheck.measures import unit_base
from sourcecheck.rules.blocks import conversions, prepare, text_array, union_find
from sourcecheck.rules.timeline import RISES

COGNATE_CUTOFF = 85  # rapidfuzz ratio at which two cognate keys are one noun
DAY_WINDOW = 1  # an undated figure is of its publication day or the day before (a morning paper)
OUTPUT_COLUMNS = ("claim_id", "subject", "subject_label", "evidence", "moment", "series")


# What `conversions` reads to pair an amount with its conversion (of which alignment keeps
# the claim ids): preparing the whole table cost more than the rest of a small case's work.
_CONVERSION_COLUMNS = ("claim_id", "case", "doc", "currency", "sentence", "start", "end")


def align_claims(claims: pd.DataFrame, concepts: Concepts) -> pd.DataFrame:
    """One row per claim: `subject` (id), `subject_label` (readable) and `evidence`."""
    if claims.empty:
        return pd.DataFrame(columns=list(OUTPUT_COLUMNS))
    table = _clause_concepts(_columns(claims), concepts)
    read = list(zip(*(table[c].tolist() for c in ("concept", "thing", "lang")), strict=True))
    nouns = {at: noun_key(at[0], at[1], concepts, at[2] or None) for at in set(read)}
    noun = _durations_beside([nouns[at] for at in read], table, concepts)
    measures = list(zip(table["currency"].tolist(), table["unit"].tolist(), strict=True))
    dimensions = {pair: _dimension(*pair) for pair in set(measures)}
    table["dimension"] = [dimensions[pair] for pair in measures]
    noun = _anchored(noun, table, concepts)
    table["noun"] = [n.key for n in noun]
    table["noun_label"] = [n.label for n in noun]
    table["evidence"] = [n.evidence for n in noun]
    table = translated(_join_cognates(_measured(table)), MIN_RECURRING)
    pairs = conversions(prepare(claims[[c for c in _CONVERSION_COLUMNS if c in claims]]))
    sentences = sentence_figures(table)
    restatements = restated_pairs(table, sentences)  # rows of measures restated beside them
    table = restated(_conversions(table, pairs), sentences)
    table = shared_days(table, bracketed_pairs(table, sentences) + _rows(table, pairs))
    table = _conversions(_same_figures(table), pairs)  # a noun the same figure gave
    table = _conversions(_lone_measure(table), pairs)  # the one noun its measure has
    table = _elided(_roles(table), sentences)  # a verb's role, a noun named before
    table = _years_told(narrowed(_years(with_labelled_places(table)), concepts))
    alone = table["concept"].isin(concepts.alone)  # "un uomo di 77 anni": no anchor, no figure
    if alone.any():
        table.loc[alone, "noun"] = ""
    running = frozenset(n for n in set(table["noun"].tolist()) if concepts.is_cumulative(n))
    placed = body_places(assume_marks(assume_rates(table)))
    table = _parts_placed(
        assume_places(
            placed,
            _place_counts(set(table["noun"].tolist()), concepts),
            running,
            _steady() - running,
        ),
        placed["scope"].tolist(),
        _text(claims, "part_of").tolist(),
    )
    written = _owners_written(claims)
    table["named"] = _named_owners(written).to_numpy()
    table = _stated_again(_assign_days(table, running), running)
    table = _undated(table, table["evidence"], _timeless(table, running))
    table = shared_keys(table, restatements)  # "110 km/h (68 mph)"
    block = ["case", "dimension", "noun", "scope", "day", "rate"]
    table["owner"] = owners(
        table, written, block, _steady() - running, _text(claims, "part_of").tolist()
    )
    assumed = table["owner"].ne("") & written.str.strip().eq("").to_numpy()
    table.loc[assumed, "evidence"] = [
        f"{ev}; owner not stated: taken as {o}, the owner given for it"
        for ev, o in zip(table.loc[assumed, "evidence"], table.loc[assumed, "owner"], strict=True)
    ]
    table["part"] = parts(table, _text(claims, "part_of"), sentences)
    table["state"] = states(table, sentences)
    rows = zip(*(table[c].tolist() for c in ("state", "quote", "text", "lang")), strict=True)
    table["state"] = [s or (PLAN if planned(q, t, la) else "") for s, q, t, la in rows]
    table["span"] = _spans(table)
    table = _earlier_told(table, running)
    keys = list(
        zip(
            *(table[c].tolist() for c in ("noun", "scope", "day", "rate", "dimension")), strict=True
        )
    )
    table["part"] = totals(table, keys, table["part"].tolist())
    table["part"] = lone_parts(table, keys, table["part"].tolist(), _text(claims, "part_of"))
    marks = ("owner", "part", "state")
    extra = [
        "".join(f"|{n}={v}" for n, v in zip((*marks, "span"), x, strict=True) if v)
        for x in zip(*(table[c].tolist() for c in (*marks, "span")), strict=True)
    ]
    extra = _of_wholes(table, keys, extra, _text(claims, "part_of"))
    extra = _standing(table, keys, extra)
    table["tally"] = _tallies(table, keys, running)
    extra = [f"{x}|{TALLY}" if t else x for x, t in zip(extra, table["tally"], strict=True)]
    table["subject"] = ["|".join(k) + x if k[0] else "" for k, x in zip(keys, extra, strict=True)]
    table = _moments(table, keys, extra, running)
    band = bands(table)
    table["subject"] = [
        f"{s}|band={b}" if b else s for s, b in zip(table["subject"], band, strict=True)
    ]
    table = _repeats(table, claims, restatements)
    labelled = list(
        zip(
            *(
                table[c].tolist()
                for c in ("noun_label", "currency", "unit", "dimension", "scope", "day", "rate")
            ),
            strict=True,
        )
    )
    labels = {k: _label(*k) for k in set(labelled)}
    table["subject_label"] = [
        _owned(labels[k], *marked)
        + (f", {SPANS[sp]}" if sp else "")
        + (", that day's own count" if t else "")
        + (f", figures from {b}" if b else "")
        if n
        else ""
        for k, n, b, sp, t, *marked in zip(
            labelled,
            table["noun"].tolist(),
            band,
            table["span"].tolist(),
            table["tally"].tolist(),
            *(table[c].tolist() for c in marks),
            strict=True,
        )
    ]
    beside = {conversion for _, conversion in (*restatements, *_rows(table, pairs))}
    return _echoes(table, claims, written, beside)[list(OUTPUT_COLUMNS)].reset_index(drop=True)


def _echoes(
    table: pd.DataFrame, claims: pd.DataFrame, owners: pd.Series, restated: set[int]
) -> pd.DataFrame:
    """`table` where a figure told again in another currency, scale or unit takes the subject
    of the figure it echoes (`echoes.echoed`); `owners`: as the frames state them
    (`_owners_written`); `restated`: the rows of conversions beside the figure they convert
    (the 50 of "80 km/h (50 mph)")."""
    value = table["value"].to_numpy(dtype=float)
    bounds = {}
    for b in ("low", "high"):  # a table built by hand may give no bounds: the value is its own
        given = pd.to_numeric(claims[b], errors="coerce").to_numpy(float) if b in claims else value
        bounds[b] = np.where(np.isnan(given), value, given)
    read = ["case", "doc", "currency", "unit", "dimension", "value", "published", "quote"]
    read += ["evidence", *COPIED]
    beside = np.zeros(len(table), dtype=bool)
    beside[list(restated)] = True
    out = echoed(table[read].assign(owner=owners.to_numpy(), restated=beside, **bounds))
    if out["subject"].equals(table["subject"]):
        return table
    return table.assign(**{c: out[c].to_numpy() for c in ("evidence", *COPIED)})


def _parts_placed(table: pd.DataFrame, before: list[str], part_of: list[str]) -> pd.DataFrame:
    """`table` with each part whose frame names its whole (`part_of`) at the place its whole
    was assumed to be at, when the two stated the same place (`before`: none).

    Why: "Il bilancio è salito a 73 casi … Dei 73 casi, 50 sono confermati": when the 73
    takes the place another account gives it (Austria), the 50 is Austria's confirmed cases,
    not an unplaced count to compare with another country's; a part is at its whole's place.

    Example: whole "" → "Austria", its part "" → "Austria"."""
    scopes = table["scope"].tolist()
    unplaced = [(i, whole) for i, whole in enumerate(part_of) if whole and not scopes[i]]
    if not unplaced:
        return table
    at = {c: i for i, c in enumerate(table["claim_id"].tolist())}
    rows = [
        (i, w)
        for i, whole in unplaced
        if (w := at.get(whole)) is not None and not before[i] and not before[w] and scopes[w]
    ]
    if not rows:
        return table
    notes = table["evidence"].tolist()
    for i, w in rows:
        scopes[i] = scopes[w]
        notes[i] = f"{notes[i]}; place not stated: taken as {scopes[w]}, its whole's"
    return table.assign(scope=scopes, evidence=notes)


def _of_wholes(
    table: pd.DataFrame, keys: list[tuple], extra: list[str], part_of: pd.Series
) -> list[str]:
    """`extra` with the part mark of each claim whose frame names its whole (`part_of`)
    naming that whole's quantity: parts of two wholes are two quantities.

    Why: "19 cas en France, dont 6 hospitalisés" and "61 casi in Italia, di cui 19
    ricoverati" give two parts of one noun, place and day; marked only "a part", they were
    one quantity and 6 against 19 a conflict. A part compares with the part of the same
    whole in another account ("di cui 19 ricoverati" of the 61 cases, "dont 19
    hospitalisations" of the same 61), whatever the whole's own figure.

    Example: parts of wholes with subjects "case|Italy|…" and "case|France|…" get marks
    "|part=<digest of the first>" and "|part=<digest of the second>"."""
    at = {c: i for i, c in enumerate(table["claim_id"].tolist())}
    mark = f"|part={PART}"
    out = list(extra)
    for i, (whole, part) in enumerate(zip(part_of.tolist(), table["part"].tolist(), strict=True)):
        w = at.get(whole)
        if part and w is not None and keys[w][0] and mark in extra[i]:
            of = zlib.crc32(("|".join(keys[w]) + extra[w]).encode()) & 0xFFFFFFFF
            out[i] = extra[i].replace(mark, f"|part={of:08x}", 1)
    return out


SPANS = {"window": "the time covered", "since": "the time since", "offset": "before or after"}


def _spans(table: pd.DataFrame) -> list[str]:
    """What each duration measures (`spans.span`: a window, the time since, an offset), ""
    for other claims and for the states of a change ("da 18 a 15 mesi")."""
    units = durations()
    rows = zip(
        *(table[c].tolist() for c in ("noun", "state", "quote", "text", "lang")), strict=True
    )
    return [
        span(quote, text, lang) if noun in units and not state else ""
        for noun, state, quote, text, lang in rows
    ]


def _tallies(table: pd.DataFrame, keys: list[tuple], running: frozenset[str]) -> list[bool]:
    """Which counts are a day's tally of a quantity the story also gives, that day, as a
    running total ("35 treni oggi" beside "212 trains depuis lundi": `tallies`); never a running
    count of the lexicon, whose figure of a day is its total."""
    dims = table["dimension"].tolist()
    counted = [
        k[0] and k[0] not in running and d == "count" for k, d in zip(keys, dims, strict=True)
    ]
    if not any(counted):
        return [False] * len(table)
    rows = list(zip(*(table[c].tolist() for c in ("quote", "text", "lang")), strict=True))
    said = {r: since_start(*r) for r in {r for c, r in zip(counted, rows, strict=True) if c}}
    total = [c and said[r] for c, r in zip(counted, rows, strict=True)]
    if not any(total):
        return [False] * len(table)
    groups = [
        (case, *k, owner) if c else None
        for c, k, case, owner in zip(
            counted, keys, table["case"].tolist(), table["owner"].tolist(), strict=True
        )
    ]
    told = (table["day_from"].eq("clause") & table["refers_to"].ne("")).tolist()
    return tallies(groups, table["value"].tolist(), total, told)


def _standing(table: pd.DataFrame, keys: list[tuple], extra: list[str]) -> list[str]:
    """`extra` marked "|still" for counts that say they still stand ("9 sono ancora in
    ospedale", `stocks.still`) in a document that gives, for the same quantity, a figure
    that does not ("sono state ricoverate 31 persone; 9 sono ancora in ospedale"): the
    document told the total and what remains of it apart, two quantities, not a conflict.
    Alone, "3 people are still missing" is the count of the missing as any other."""
    quotes, texts = table["quote"].tolist(), table["text"].tolist()
    worded = {q: bool(stock_words().search(q)) for q in set(quotes)}
    docs = table["doc"].tolist()
    standing = [
        i
        for i, q in enumerate(quotes)
        if worded[q] and keys[i][0] and keys[i][4] == "count" and still(q, texts[i])
    ]
    if not standing:
        return extra  # no count says it still stands
    groups = [(keys[i], extra[i], docs[i]) for i in standing]
    wanted = set(groups)
    given = Counter(g for g in zip(keys, extra, docs, strict=True) if g in wanted)
    stand = Counter(groups)
    out = list(extra)
    for i, g in zip(standing, groups, strict=True):
        if given[g] > stand[g]:  # its document gives a figure of it that does not say so
            out[i] = extra[i] + "|still"
    return out


def _moments(
    table: pd.DataFrame, keys: list[tuple], extra: list[str], running: frozenset[str]
) -> pd.DataFrame:
    """`moment`: the day a claim describes: the day its clause states (or a year beside it,
    `_years`), else its document's news day (`_story_days`), as the frame read them; a running
    count with no day of its own keeps the day its subject was given (`moment_day`), so the
    update and value-conflict rules see each step of a toll where alignment put it; else its
    publication day;
    `series`: for a running count (a noun in `running`, a cumulative concept), its subject
    without the day (owner and part kept: `extra`), so the update rule sees the figures of
    every day while subjects keep days apart. Another figure of a day (a count, a measure, a
    level: "12 km of coast", "the dam at 17%") has a series marked `RISES`: a figure that
    grows over the days is shown as an update, but one that falls is no conflict (the
    missing found, the households whose power came back, a reservoir drawn down). So has a
    running count's figure that says it still stands ("400 still evacuated": `stocks`)."""
    rising = table["day"].ne("").tolist()
    quotes = zip(table["quote"].tolist(), table["text"].tolist(), strict=True)
    stock = [k[0] in running and still(q, t) for k, (q, t) in zip(keys, quotes, strict=True)]
    series = [
        ("" if k[0] in running and not standing else RISES) + "|".join((*k[:2], *k[3:])) + x
        if k[0] in running or (rises and k[0] and k[0] != PEOPLE)
        else ""
        for k, x, rises, standing in zip(keys, extra, rising, stock, strict=True)
    ]
    news = _story_days(table)
    told = pd.Series([news.get(doc, "") for doc in table["doc"].tolist()], index=table.index)
    stated = table["refers_to"].where(table["refers_to"] != "", told)
    fallback = table["moment_day"].where(table["moment_day"] != "", table["published"])
    own = (stated != "") & pd.Series([not s for s in series], index=table.index)
    return table.assign(moment=stated.where(own, fallback), series=series)


def _story_days(table: pd.DataFrame) -> dict[str, str]:
    """Each document's news day as its extraction read it: the day its figures with no day of
    their own took from the document (`day_from` "document"), else `_news_days`."""
    out = _news_days(table)[0]
    told = table[table["day_from"].eq("document") & table["refers_to"].ne("")]
    for doc, day in zip(told["doc"].tolist(), told["refers_to"].tolist(), strict=True):
        out[doc] = day
    return out


def _repeats(table: pd.DataFrame, claims: pd.DataFrame, restated: list[tuple]) -> pd.DataFrame:
    """Subjects (and series) split where one source gives two values in one document
    (`repeats.marks`); the evidence says so. A measure's restatement in other units
    (`restated` pairs: "110 km/h (68 mph)") goes with its measure, whatever its value, for
    the unit rule to compare them."""
    given = table.assign(
        source=_voiced(
            table, _text(claims, "source").tolist(), _stated(claims), _number(claims, "sentence")
        ),
        low=_number(claims, "low"),
        high=_number(claims, "high"),
        start=_number(claims, "start"),
        sentence=_contrasted(table["quote"].tolist(), _number(claims, "sentence")),
    )
    mark = repeats.marks(given)
    for a, b in restated:
        mark[b] = mark[a]
    marked = [i for i, m in enumerate(mark) if m]
    if not marked:
        return table
    note = "one document's source gives it apart from another figure of the same noun"
    subject, series = table["subject"].tolist(), table["series"].tolist()
    evidence = table["evidence"].tolist()
    for i in marked:
        subject[i] = f"{subject[i]}|{mark[i]}"
        series[i] = f"{series[i]}|{mark[i]}" if series[i] else ""
        evidence[i] = f"{evidence[i]}; {note}"
    return table.assign(subject=subject, series=series, evidence=evidence)


def _stated(claims: pd.DataFrame) -> list[bool]:
    """Whether each claim's source is named in its document (not the publisher by default)."""
    if "source_stated" not in claims:
        return [True] * len(claims)
    return [v is True or v == 1 or str(v).lower() == "true" for v in claims["source_stated"]]


def _voiced(
    table: pd.DataFrame, sources: list[str], stated: list[bool], sentences: list[float]
) -> list[str]:
    """`sources`, where a document's figure that names no source is the one source its
    document names for that quantity (noun, place, day, rate, measure), when it names one,
    in earlier sentences only.

    Why: a paper that writes "1,690 visits, according to the health department" and, two
    sentences on, "212 of them at the town hospital" with no source speaks for the source it
    cites: the two figures are one voice telling two quantities apart (`repeats`), not a
    paper contradicting its source. In the sentence that names the source, a figure with
    none may be a rival's the attribution missed ("hoteliers speak of 3,400, the town of
    2,100").

    Example: doc a: 1,690 (department, named), 212 (no source, next sentence) → both the
    department's."""
    columns = ("case", "doc", "noun", "scope", "day", "rate", "dimension")
    keys = list(zip(*(table[c].tolist() for c in columns), strict=True))
    named: dict[tuple, set[str]] = {}
    where: dict[tuple, set[float]] = {}
    for k, source, said, at in zip(keys, sources, stated, sentences, strict=True):
        if said and k[2]:
            named.setdefault(k, set()).add(source)
            where.setdefault(k, set()).add(at)
    return [
        next(iter(named[k]))
        if not said
        and len(named.get(k, ())) == 1
        and at == at
        and at not in where[k]
        and at > min(where[k])  # told after the source was named: the detail of its count
        else source
        for k, source, said, at in zip(keys, sources, stated, sentences, strict=True)
    ]


def _contrasted(quotes: list[str], sentences: list[float]) -> list[float]:
    """Each row's sentence when that sentence sets figures against each other
    (`repeats.contrast`), else NaN: figures of one sentence stay together only then."""
    seen: dict[str, bool] = {}
    return [
        n if (seen[q] if q in seen else seen.setdefault(q, repeats.contrast(q))) else float("nan")
        for q, n in zip(quotes, sentences, strict=True)
    ]


def _number(claims: pd.DataFrame, col: str) -> list[float]:
    if col not in claims:
        return [float("nan")] * len(claims)
    return pd.to_numeric(claims[col], errors="coerce").tolist()


def _place_counts(nouns: set[str], concepts: Concepts) -> frozenset[str]:
    """The noun keys that count places ("19 countries", "280 villes"): `place_concepts` of
    frames/data/nouns.yaml and the concepts narrower than them."""
    places = set(load("nouns")["place_concepts"])
    return frozenset(n for n in nouns if places.intersection(concepts.ancestors(n)))


def _clause_concepts(table: pd.DataFrame, concepts: Concepts) -> pd.DataFrame:
    """Figures with no noun keep a concept read from context only when its word stands in
    their clause (see `clauses`); the others are read as having no noun."""
    nounless = (table["concept"] != "") & (table["thing"] == "")
    if not nounless.any():
        return table
    cols = ("quote", "text", "lang", "concept")
    rows = zip(*(table.loc[nounless, c].tolist() for c in cols), strict=True)
    cache: dict[tuple[str, str, str, str], bool] = {}
    kept = [cache[r] if r in cache else cache.setdefault(r, in_clause(*r, concepts)) for r in rows]
    table = table.copy()
    table.loc[nounless, "concept"] = [
        c if keep else "" for c, keep in zip(table.loc[nounless, "concept"], kept, strict=True)
    ]
    return table


RANGE_LINKS = frozenset("a à to e et and or ou o al au".split())  # "18 a 15 mesi", "3 or 4 days"


def _durations_beside(noun: list[Noun], table: pd.DataFrame, concepts: Concepts) -> list[Noun]:
    """A duration is written with its unit beside it ("trois jours", "a 15-month ban"), or
    shares it with a figure it is linked to ("da 18 a 15 mesi", "to 15 months from 18"); a
    figure followed by another word ("1 850 vols en trois jours : 420 lundi, 780 mardi")
    took the unit from another figure: it has no noun."""
    units = durations()
    at = [i for i, n in enumerate(noun) if n.key in units]
    if not at:
        return noun
    quotes, texts = table["quote"].to_numpy(), table["text"].to_numpy()
    out = list(noun)
    for i in at:
        word = next_word(quotes[i], texts[i])
        if word and word.lower() not in RANGE_LINKS and concepts.match(word) not in units:
            out[i] = Noun("", "", "")
    return out


def _anchored(noun: list[Noun], table: pd.DataFrame, concepts: Concepts) -> list[Noun]:
    """Claims without a noun (or with a generic one) take the key of their anchor word."""
    out = list(noun)
    words: dict[str, Noun] = {}
    found: dict[tuple[str, str, str], str] = {}
    rows = zip(table["quote"].tolist(), table["text"].tolist(), table["lang"].tolist(), strict=True)
    givers = table["source_text"].tolist()
    for i, (n, at) in enumerate(zip(noun, rows, strict=True)):
        if n.key:
            continue
        if at not in found:
            found[at] = anchor(*at)
        word = found[at]
        if word and word in givers[i].lower().replace("'", " ").replace("’", " ").split():
            continue  # who gives the figure is not what it counts ("le décompte de la DGAC : 420")
        if word:
            if word not in words:
                words[word] = anchored_key(word, concepts)
            out[i] = words[word]
    return out


def _measured(table: pd.DataFrame) -> pd.DataFrame:
    """Figures with no noun whose unit names what it measures ("44,6 gradi": a temperature,
    `measured.measured_noun`) take that measure as their noun."""
    units = table["unit"].tolist()
    rows = [
        i
        for i, (n, u) in enumerate(zip(table["noun"].tolist(), units, strict=True))
        if not n and u and measured_noun(u)
    ]
    if not rows:
        return table
    nouns = [measured_noun(units[i]) for i in rows]
    return _given(
        table,
        rows,
        nouns,
        [f"its unit ({units[i]}) measures a {n}" for i, n in zip(rows, nouns, strict=True)],
    )


def _given(table: pd.DataFrame, rows: list[int], nouns: list[str], why: list[str]) -> pd.DataFrame:
    """`table` with noun keys `nouns` (their labels as keys) given to `rows`, and `why`."""
    noun, label = table["noun"].tolist(), table["noun_label"].tolist()
    evidence = table["evidence"].tolist()
    for i, n, w in zip(rows, nouns, why, strict=True):
        noun[i], label[i], evidence[i] = n, n.lstrip(COGNATE).replace("-", " "), w
    return table.assign(noun=noun, noun_label=label, evidence=evidence)


def _roles(table: pd.DataFrame) -> pd.DataFrame:
    """Amounts still with no noun take the concept their clause's verb names (`roles`)."""
    bare = np.flatnonzero((table["noun"].eq("") & table["dimension"].eq("money")).to_numpy())
    quotes, texts, langs = (table[c].to_numpy() for c in ("quote", "text", "lang"))
    found = [(i, f) for i in bare.tolist() if (f := role(quotes[i], texts[i], langs[i]))]
    if not found:
        return table
    rows, nouns = [i for i, _ in found], [f for _, f in found]
    return _given(table, rows, nouns, [f"its clause's verb names “{f}”" for f in nouns])


def _elided(table: pd.DataFrame, sentences: list) -> pd.DataFrame:
    """Figures with no noun given the noun of the figure before them in their sentence, of
    their measure (`elision.elided`; `sentences` of `owners.sentence_figures`)."""
    nouns = table["noun"].tolist()
    if all(nouns):
        return table
    order = [[row for _, _, row in figures] for _, figures in sentences if len(figures) > 1]
    keys = elided(list(zip(nouns, table["dimension"].tolist(), strict=True)), order, durations())
    rows = [i for i, (n, k) in enumerate(zip(nouns, keys, strict=True)) if k and not n]
    if not rows:
        return table
    given = [keys[i] for i in rows]
    label = dict(zip(nouns, table["noun_label"].tolist(), strict=True))
    out = _given(
        table,
        rows,
        given,
        [f"its noun is elided: the figure before it counts “{label[k]}”" for k in given],
    )
    labels = out["noun_label"].tolist()
    for i, k in zip(rows, given, strict=True):
        labels[i] = label[k]
    return out.assign(noun_label=labels)


def _columns(claims: pd.DataFrame) -> pd.DataFrame:
    texts = (
        "case", "doc", "concept", "thing", "currency", "unit", "scope", "refers_to", "quote",
        "text", "lang", "source_text", "source", "rate",
    )  # fmt: skip
    data = {"claim_id": claims["claim_id"].astype(str).to_numpy(dtype=object)}
    data.update({col: _texts(claims, col) for col in texts})
    given = claims["value"] if "value" in claims else pd.Series([None] * len(claims))
    data["value"] = pd.to_numeric(given, errors="coerce").to_numpy()
    data["day_from"] = _texts(claims, "day_from")
    data["published"] = np.array([p[:10] for p in _texts(claims, "published")], dtype=object)
    # One construction (a column added at a time copies the table), text kept as Python
    # objects: pandas would store it as arrow strings, and alignment reads every column back
    # into Python lists many times over.
    return pd.DataFrame({k: pd.Series(v, dtype=v.dtype) for k, v in data.items()})


def _texts(claims: pd.DataFrame, col: str) -> np.ndarray:
    """Column `col` as Python strings in one object array ("" where missing or absent)."""
    if col not in claims:
        return np.full(len(claims), "", dtype=object)
    return text_array(claims[col].array)


def _text(claims: pd.DataFrame, col: str) -> pd.Series:
    if col not in claims:
        return pd.Series([""] * len(claims), dtype=object)
    return claims[col].fillna("").astype(str).astype(object).reset_index(drop=True)


def _dimension(currency: str, unit: str) -> str:
    """What kind of measure: "money", "percent", a pint dimensionality, or "count"."""
    if currency:
        return "money"
    if unit in ("percent", "%", "fraction"):
        return "percent"
    if unit:
        base = unit_base(unit)
        return base[0] if base else unit
    return "count"


def _join_cognates(table: pd.DataFrame) -> pd.DataFrame:
    """Cognate keys a few letters apart, within one case and measure, become one key."""
    unknown = table["noun"].str.startswith(COGNATE)
    if not unknown.any():
        return table
    renamed: dict[tuple[str, str, str], str] = {}
    for (case, dimension), keys in table[unknown].groupby(["case", "dimension"])["noun"]:
        representatives: list[str] = []
        counts = Counter(keys.tolist())
        for key in sorted(counts, key=lambda k: (-counts[k], k)):
            hit = process.extractOne(
                key, representatives, scorer=fuzz.ratio, score_cutoff=COGNATE_CUTOFF
            )
            if hit:
                renamed[(case, dimension, key)] = hit[0]
            else:
                representatives.append(key)
        renamed.update(
            {(case, dimension, k): head for k, head in _qualified(representatives).items()}
        )
    if not renamed:
        return table
    table = table.copy()
    keys = zip(
        table["case"].tolist(), table["dimension"].tolist(), table["noun"].tolist(), strict=True
    )
    targets = [renamed.get(k, "") for k in keys]
    table["evidence"] = [
        f"{ev}; spelled like “{t[1:]}”" if t else ev
        for ev, t in zip(table["evidence"].tolist(), targets, strict=True)
    ]
    table["noun"] = [t or n for t, n in zip(targets, table["noun"].tolist(), strict=True)]
    return table


def _qualified(keys: list[str]) -> dict[str, str]:
    """Cognate keys of several words that qualify the noun of a one-word key of `keys`
    ("renewable hydrogen" beside "hydrogen", "hydrogène", "idrogeno"), each mapped to it,
    when it is the one such key of that noun: "green hydrogen" beside "grey hydrogen" names
    two quantities the words tell apart, and neither joins the bare noun.

    Example: ["~idrogen", "~renevabl idrogen"] → {"~renevabl idrogen": "~idrogen"}."""
    single = {k for k in keys if " " not in k[1:]}
    heads: dict[str, list[str]] = {}
    for key in keys:
        found = {f"{COGNATE}{w}" for w in key[1:].split()} & single if " " in key else set()
        if len(found) == 1:
            heads.setdefault(found.pop(), []).append(key)
    return {many[0]: head for head, many in heads.items() if len(many) == 1}


def _rows(table: pd.DataFrame, pairs: list[tuple[dict, dict]]) -> list[tuple[int, int]]:
    """The rows of `table` of each (amount, conversion) pair of `rules.blocks.conversions`."""
    if not pairs:
        return []
    at = {c: i for i, c in enumerate(table["claim_id"].tolist())}
    return [(at[str(a["claim_id"])], at[str(b["claim_id"])]) for a, b in pairs]


def _conversions(table: pd.DataFrame, pairs: list[tuple[dict, dict]]) -> pd.DataFrame:
    """An amount converted beside itself ("€2.5 billion ($2.7 billion)", `pairs` of
    `rules.blocks.conversions`) is about what the amount is about: the side with a noun
    gives it to the side without, or to a side whose noun is only a recurring figure."""
    if not pairs:
        return table
    at = {c: i for i, c in enumerate(table["claim_id"].tolist())}
    nouns, labels = table["noun"].tolist(), table["noun_label"].tolist()
    notes = table["evidence"].tolist()
    ids = table["claim_id"].tolist()
    for amount, converted in pairs:
        a, b = at[str(amount["claim_id"])], at[str(converted["claim_id"])]
        give, take = (a, b) if nouns[a] and not nouns[a].startswith("=") else (b, a)
        if nouns[give] and not nouns[give].startswith("=") and nouns[take] != nouns[give]:
            nouns[take], labels[take] = nouns[give], labels[give]
            notes[take] = f"{notes[give]}; the same amount converted ({ids[give]})"
    return table.assign(noun=nouns, noun_label=labels, evidence=notes)


MIN_RECURRING = 10  # figures below this recur by chance too often to anchor anything


def _same_figures(table: pd.DataFrame) -> pd.DataFrame:
    """A figure with no noun that recurs, in the same measure, in another document of the
    case is about what that figure is about there ("€1.4bn" beside "1,4 milliard d'euros
    d'investissement"); figures with no noun anywhere that recur across documents are one
    quantity among themselves ("95 km", "95 chilometri"), and so are figures whose noun no
    lexicon knows and no other document uses (`_orphans`: "11 European cloud providers",
    "11 fornitori europei": no cognate joins them, the figure does). Small numbers recur by
    chance; a measure's figure ("3.4 tonnes", "6 km") does not, whatever its size. An orphan
    noun never takes another document's known noun: "5 500 IT resources"
    beside "5 500 servers" is a drift of terms to report, not one noun.
    """
    weak = table["noun"].isin(("", PEOPLE)) | _orphans(table)  # nothing said across documents
    # a measure's figure ("3.4 tonnes", "95 km") recurs by chance far less than a count's
    measured = ~table["dimension"].isin(("count", "percent"))
    bare = (weak & ((table["value"] >= MIN_RECURRING) | measured)).tolist()
    if not any(bare):
        return table
    # an amount's number meets its like in any currency: "CHF 450 million" beside "450 milioni
    # di euro" is one amount told again, its currency perhaps swapped (the fx-rate rule's
    # call); a length's figure in two units ("120 nautical miles", "120 km") is one figure
    # with a unit slipped, for the unit rule to see: measures key on their dimension
    currencies = table["currency"].tolist()
    units = [
        d if m else u
        for d, u, m in zip(
            table["dimension"].tolist(), table["unit"].tolist(), measured, strict=True
        )
    ]
    figure = list(
        zip(table["case"].tolist(), ["money" if c else "" for c in currencies], units,
            table["value"].round(6).tolist(), strict=True)
    )  # fmt: skip
    unit_of = table["unit"].tolist()
    nouns, notes = table["noun"].tolist(), table["evidence"].tolist()
    labels, docs = table["noun_label"].tolist(), table["doc"].tolist()
    keyed: dict[tuple, dict[str, set[str]]] = {}
    unkeyed: dict[tuple, set[str]] = {}
    for f, noun, doc, alone in zip(figure, nouns, docs, bare, strict=True):
        if alone:
            unkeyed.setdefault(f, set()).add(doc)
        elif noun and noun != PEOPLE:
            keyed.setdefault(f, {}).setdefault(noun, set()).add(doc)
    for i in [k for k, alone in enumerate(bare) if alone]:
        f, doc = figure[i], docs[i]
        elsewhere = {n for n, where in keyed.get(f, {}).items() if where - {doc}}
        measure = currencies[i] or unit_of[i]
        shown = f"{f[3]:g}" + (f" {measure}" if measure else "")
        if len(elsewhere) == 1 and nouns[i] in ("", PEOPLE):
            nouns[i] = elsewhere.pop()
            labels[i] = nouns[i].lstrip(COGNATE).replace("-", " ")
            notes[i] = f"{SAME_FIGURE} ({shown}) is given for it in another document"
        elif nouns[i] != PEOPLE and not keyed.get(f) and len(unkeyed.get(f, ())) > 1:
            # an unknown noun no other document uses keeps its label ("fornitori europei")
            labels[i] = labels[i] if nouns[i] else shown
            nouns[i] = f"={f[3]:g}" + (f" {f[1] or f[2]}" if f[1] or f[2] else "")
            notes[i] = f"{SAME_FIGURE} ({shown}) recurs in other documents"
    return table.assign(noun=nouns, evidence=notes, noun_label=labels)


def _lone_measure(table: pd.DataFrame) -> pd.DataFrame:
    """A measure with no noun of its own (none, a noun only its document uses, or only the
    figure it shares with another document) takes the one noun its measure is given in two
    documents or more of the case.

    Why: a story about one spill gives its tonnes as "40 tonnes of fuel oil", "10
    tonnellate", "the figure of 40 tonnes" or "180 tonnellate": one thing is weighed, and
    the extractor finds its noun in some accounts only. A unit of weight or length says
    nothing by itself, but when the story names one thing so measured, a bare figure of the
    measure is about it; day and magnitude bands keep its figures apart. Two nouns measured
    so (a pipeline's length and a slick's) leave bare figures alone.

    Example: tonnes of "fuel oil" in two documents, bare "10 tonnellate" → fuel oil."""
    measured = ~table["dimension"].isin(NOT_MEASURED)
    if not measured.any():
        return table
    nouns = table["noun"].tolist()
    weak = measured & (table["noun"].eq("") | table["noun"].str.startswith("="))
    if (measured & table["noun"].str.startswith(COGNATE)).any():
        weak |= measured & _orphans(table)
    if not weak.any():
        return table
    strong = table[measured & ~weak & table["noun"].ne(PEOPLE)]
    docs = strong.groupby(["case", "dimension", "noun"])["doc"].nunique()
    shared: dict[tuple, list[str]] = {}
    for (case, dimension, noun), n in docs.items():
        if n > 1:
            shared.setdefault((case, dimension), []).append(noun)
    one = {k: v[0] for k, v in shared.items() if len(v) == 1}
    if not one:
        return table
    # a unit the noun is never given in says another thing is measured (a river's level in
    # metres beside rainfall in millimetres)
    units = set(
        zip(strong["case"].tolist(), strong["noun"].tolist(), strong["unit"].tolist(), strict=True)
    )
    labels, notes = table["noun_label"].tolist(), table["evidence"].tolist()
    label = dict(zip(strong["noun"].tolist(), strong["noun_label"].tolist(), strict=True))
    rows = zip(
        table["case"].tolist(),
        table["dimension"].tolist(),
        table["unit"].tolist(),
        weak.tolist(),
        strict=True,
    )
    for i, (case, dimension, unit, bare) in enumerate(rows):
        noun = one.get((case, dimension)) if bare else None
        if noun and (case, noun, unit) not in units:
            continue
        if noun:
            nouns[i], labels[i] = noun, label[noun]
            notes[i] = f"the one thing its measure is given for in the story: “{label[noun]}”"
    return table.assign(noun=nouns, noun_label=labels, evidence=notes)


def _orphans(table: pd.DataFrame) -> pd.Series:
    """Rows whose noun is a cognate key (a noun no lexicon knows) that no other document of
    the case uses: such a noun ("Européens", "fornitori europei") joins nothing across
    documents, so across documents it says no more than no noun at all."""
    cognate = table["noun"].str.startswith(COGNATE)
    if not cognate.any():
        return cognate
    docs = table[cognate].groupby(["case", "noun"])["doc"].nunique()
    single = {k for k, n in docs.items() if n == 1}
    keys = zip(table["case"].tolist(), table["noun"].tolist(), strict=True)
    return pd.Series([k in single for k in keys], index=table.index) & cognate


def _years(table: pd.DataFrame) -> pd.DataFrame:
    """A claim with no stated day but an earlier year beside it is about that year."""
    undated = (table["refers_to"] == "") & (table["noun"] != "")
    rows = zip(
        *(table.loc[undated, c].tolist() for c in ("quote", "text", "published")), strict=True
    )
    cache: dict[tuple[str, str, str], str] = {}
    years = [cache[r] if r in cache else cache.setdefault(r, earlier_year(*r)) for r in rows]
    if not any(years):
        return table
    return noted(
        table.copy(), undated, "refers_to", years, [f"about {y}" if y else "" for y in years]
    )


def _years_told(table: pd.DataFrame) -> pd.DataFrame:
    """A figure that states no day, given the same (its noun, measure, rate and value) by
    another document with one earlier year beside it, is about that year.

    Why: "fined €380 million in 2021" in one account and "the €380 million fine" in another
    are one fine, the 2021 one; the year was written in one clause only. Only a figure of
    10 or more, or a measure or an amount (small counts recur by chance), and only when one
    year is given for it.

    Example: "2021" for the undated €380 million beside "€380 million … in 2021"."""
    days, froms = table["refers_to"].tolist(), table["day_from"].tolist()
    if not any(len(d) == 4 for d in days):
        return table
    keys = list(
        zip(
            *(table[c].tolist() for c in ("case", "dimension", "noun", "rate", "value")),
            strict=True,
        )
    )
    docs = table["doc"].tolist()
    telling = (
        (table["value"] >= MIN_RECURRING) | ~table["dimension"].isin(("count", "percent"))
    ).tolist()
    years: dict[tuple, set[tuple[str, str]]] = {}
    for k, day, doc, t in zip(keys, days, docs, telling, strict=True):
        if len(day) == 4 and k[2] and t:
            years.setdefault(k, set()).add((day, doc))
    undated = [
        i
        for i, (k, day, source, t) in enumerate(zip(keys, days, froms, telling, strict=True))
        if t
        and k in years
        and (not day or source == "document")
        and len({y for y, _ in years[k]}) == 1
        and any(d != docs[i] for _, d in years[k])
    ]
    if not undated:
        return table
    rows = pd.Series(False, index=table.index)
    rows.iloc[undated] = True
    found = [next(iter(years[keys[i]]))[0] for i in undated]
    table = table.copy()
    table.loc[rows, "day_from"] = ""  # a year beside the figure, as `_years` reads one
    return noted(
        table,
        rows,
        "refers_to",
        found,
        [
            f"day not stated: about {y}, the year another account gives the same figure"
            for y in found
        ],
    )


DAILY = ("per_day",)  # a rate of a day's events ("48 trains a day"): it changes day by day


def _steady() -> frozenset[str]:
    """Noun keys of what an owner has (`data/steady.yaml`)."""
    return frozenset(align_data("steady.yaml").get("concepts") or ())


def _timeless(table: pd.DataFrame, running: frozenset[str]) -> pd.Series:
    """Quantities that do not change from one day of coverage to the next: durations ("18
    mois"), rates ("3,4 milliards par an") and what an owner has (its workforce, customers,
    capacity: `data/steady.yaml`), unless a running count. A reform's length or
    yearly saving is the same figure whichever day an outlet reports it; protesters, flights
    cancelled or households without power are not, nor is a rate of a day's events ("48
    trains cancelled a day" on Tuesday, "36 a day" from Wednesday: `DAILY`). (Money is not: an aid fund or a damage
    estimate grows over a week of coverage.)"""
    rated = table["rate"].ne("") & ~table["rate"].isin(DAILY)
    kind = table["noun"].isin(durations()) | rated | table["noun"].isin(_steady())
    return kind & ~table["noun"].isin(running)


def _undated(table: pd.DataFrame, evidence: pd.Series, timeless: pd.Series) -> pd.DataFrame:
    """`table` (days assigned) with `moment_day`, the day each claim describes, and `day`,
    the day in its subject: for a `timeless` quantity only a year written beside it ("fined
    in 2022"), the day of its coverage being no part of it (its `evidence` as before days
    were assumed)."""
    table = table.assign(moment_day=table["day"])
    if timeless.any():
        years = table["refers_to"].where(table["refers_to"].str.len() == 4, "")
        table.loc[timeless, "day"] = years[timeless]
        table.loc[timeless, "evidence"] = evidence[timeless]
    return table


def _assign_days(table: pd.DataFrame, running: frozenset[str] = frozenset()) -> pd.DataFrame:
    """`day`: the stated day, else the one its quantity was stated for, else publication.

    A running count (a noun in `running`, a cumulative concept) that states no day is the
    count as its document went out: its news day, else its publication day, never an earlier
    day another account gives ("3 dead yesterday", then "the toll rose to 6": an update)."""
    # A day the frame took from the document (the story's day, not the clause's) is a hint:
    # the figure is compared as undated, and the hint decides where nothing else does.
    soft = table["day_from"].eq("document")
    news, latest = _news_days(table)
    hints = [
        news.get(doc, day)
        for doc, day in zip(table["doc"].tolist(), table["refers_to"].tolist(), strict=True)
    ]
    table = table.assign(
        day=table["refers_to"].where(~soft, ""),
        hint=pd.Series(hints, index=table.index).where(soft, ""),
    )
    undated = (table["day"] == "") & (table["noun"] != "")
    if not undated.any():
        return table
    block = ["case", "dimension", "noun", "scope", "rate"]
    dated = table[~undated & (table["day"] != "")]
    found: dict[tuple, set[str]] = {}
    own: dict[tuple, set[str]] = {}
    for *key, doc, day in zip(*(dated[c].tolist() for c in (*block, "doc", "day")), strict=True):
        found.setdefault(tuple(key), set()).add(day)
        own.setdefault((*key, doc), set()).add(day)
    stated = {key: sorted(days) for key, days in found.items()}
    spans = _publication_spans(table[undated], block)
    days, notes = [], []
    decided: dict[tuple, tuple[str, str]] = {}
    named = table["named"] if "named" in table else pd.Series(False, index=table.index)
    told = _told(table[table["noun"].isin(running)], block)
    again = _days_of_values(
        _told(table[table["value"].ge(MIN_RECURRING) & ~table["noun"].isin(running)], block)
    )
    quotes = table.loc[undated, "quote"].tolist(), table.loc[undated, "text"].tolist()
    for *row, owned, value, quote, text in zip(
        *(table.loc[undated, c].tolist() for c in (*block, "doc", "published", "hint")),
        named[undated].tolist(),
        table.loc[undated, "value"].tolist(),
        *quotes,
        strict=True,
    ):
        row = (*row, owned)
        if row[2] in running and row[6]:
            day = _running_day(row, value, latest.get(row[5], row[7]), told)
            days.append(day)
            notes.append(f"day not stated: taken as {day}, when its document went out")
            continue
        day = _given_before(row, value, again) if value >= MIN_RECURRING else ""
        if day and not still(quote, text):
            days.append(day)
            notes.append(f"day not stated: taken as {day}, the day the same figure was given")
            continue
        if row not in decided and owned and (day := _owned_day(stated.get(row[:5]), row[6])):
            decided[row] = (day, f"day not stated: taken as {day}, the day the others give")
        if row not in decided:
            decided[row] = _day_for(row[:5], row[5], row[6], row[7], stated, own, spans)
        day, note = decided[row]
        days.append(day)
        notes.append(note)
    days, notes = _told_again(table[undated], block, days, notes, running)
    days, notes = _running_again(table[undated], block, days, notes, running)
    return noted(table, undated, "day", days, notes)


def _earlier_told(table: pd.DataFrame, running: frozenset[str]) -> pd.DataFrame:
    """`table` where the earlier state of a running count's change ("15 deaths, up from 12
    a day earlier") is the figure another document gave on an earlier day of the week: that
    day's count, told again, not a state of its own.

    Why: the earlier state is compared only with other earlier states; a toll's "up from 12"
    is the 12 of yesterday's accounts, and an update from it is what the rules must see.
    Only a figure of 10 or more (small ones recur by chance).

    Example: "12" on the 9th (document a), "15, up from 12" on the 10th (document b) → the
    12 of b is of the 9th, not an earlier state."""
    state, nouns, values = (table[c].tolist() for c in ("state", "noun", "value"))
    rows = [
        i
        for i, (s, n, v) in enumerate(zip(state, nouns, values, strict=True))
        if s == EARLIER and n in running and v >= MIN_RECURRING
    ]
    if not rows:
        return table
    block = ("case", "dimension", "noun", "scope", "rate")
    keys = list(zip(*(table[c].tolist() for c in block), strict=True))
    days, docs = table["day"].tolist(), table["doc"].tolist()
    published = table["published"].tolist()
    given: dict[tuple, list[tuple[str, str, str]]] = {}
    for i, (k, v) in enumerate(zip(keys, values, strict=True)):
        if not state[i] and days[i] and v == v and v > 0:
            given.setdefault((k, _digits(v)), []).append((days[i], docs[i], published[i]))
    notes = table["evidence"].tolist()
    for i in rows:
        told = [
            (day, pub)
            for day, doc, pub in given.get((keys[i], _digits(values[i])), ())
            if doc != docs[i] and day <= days[i] and _within(pub, published[i], REPEAT_REACH)
        ]
        if told:
            day = max(told)[0]
            days[i], state[i] = day, ""
            notes[i] = f"{notes[i]}; the earlier figure of its change: the count given for {day}"
    return table.assign(day=days, state=state, evidence=notes)


def _stated_again(table: pd.DataFrame, running: frozenset[str]) -> pd.DataFrame:
    """`table` where a running count's figure that another document gave for an earlier day
    of the week is that day's figure told again, though its own clause states a later day.

    Why: a clause's day is often another event's: "the blaze, put out on Thursday, had
    burned 1,480 hectares", "on Thursday the ship landed the 52 people it had rescued" tell
    a count that had stopped growing, Wednesday's (or Tuesday's) figure. A count that grew would give
    another figure; the same one, told again, is the earlier day's. Only a figure of 10 or
    more (small ones recur by chance), never one that says it still stands ("600 still
    evacuated on Thursday": that day's state, told anew).

    Example: 1,480 ha on the 5th (document a), 1,480 ha "on Thursday" the 6th (document b) →
    both the 5th."""
    cols = ("noun", "day", "value", "doc", "published")
    nouns, days, values, docs, published = (table[c].tolist() for c in cols)
    stated = table["day_from"].eq("clause").tolist()
    picked = [
        i
        for i, (n, d, v) in enumerate(zip(nouns, days, values, strict=True))
        if n in running and len(d) == 10 and v == v and v >= MIN_RECURRING
    ]
    if len(picked) < 2:
        return table
    block = ("case", "dimension", "noun", "scope", "rate")
    keys = list(zip(*(table[c].tolist() for c in block), strict=True))
    earliest: dict[tuple, int] = {}  # (quantity, figure) → the row that gave it first
    for i in sorted(picked, key=lambda i: (days[i], published[i])):
        earliest.setdefault((keys[i], _digits(values[i])), i)
    quotes, texts = table["quote"].tolist(), table["text"].tolist()
    out, notes = list(days), table["evidence"].tolist()
    for i in picked:
        j = earliest[(keys[i], _digits(values[i]))]
        if (
            stated[i]
            and docs[j] != docs[i]
            and days[j] < days[i]
            and _within(published[j], published[i], REPEAT_REACH)
            and not still(quotes[i], texts[i])
        ):
            out[i] = days[j]
            notes[i] = f"{notes[i]}; the same figure given for {days[j]}: told again"
    return table.assign(day=out, evidence=notes)


def _running_again(
    undated: pd.DataFrame, block: list[str], days: list[str], notes: list[str], running
) -> tuple[list[str], list[str]]:
    """`days` (and `notes`) of the `undated` claims, where a running count's figure that
    another document gave undated on an earlier day of the week is given again: it is that
    day's figure told again, not a new count of its own day.

    Why: "the fire has burned 3,200 hectares" on Wednesday and, in Friday's paper, "the
    fire, put out yesterday, burned 3,200 hectares" are one count that stopped growing; each
    took its own document's day (`_running_day` looks back only to days a clause states).
    Only a figure of 10 or more (small ones recur by chance), never one that says it still
    stands ("600 still evacuated": that day's state, told anew).

    Example: undated 3,200 ha on the 8th (document a), 3,200 ha on the 9th (document b) →
    both the 8th."""
    picked = (
        undated["noun"].isin(running).to_numpy() & (undated["value"] >= MIN_RECURRING).to_numpy()
    )
    at = [int(i) for i in np.flatnonzero(picked) if days[i]]
    out_days, out_notes = list(days), list(notes)
    if len(at) < 2:
        return out_days, out_notes
    rows = undated.iloc[at]
    cols = {c: rows[c].tolist() for c in (*block, "doc", "published", "value", "quote", "text")}
    keys = list(zip(*(cols[c] for c in block), strict=True))
    earliest: dict[tuple, tuple[str, str, str]] = {}  # (quantity, figure) → day, doc, published
    for j in sorted(range(len(at)), key=lambda j: (days[at[j]], cols["published"][j])):
        i = at[j]
        figure = (keys[j], _digits(cols["value"][j]))  # a slip of scale is the same figure
        first = earliest.setdefault(figure, (days[i], cols["doc"][j], cols["published"][j]))
        if (
            first[1] != cols["doc"][j]
            and first[0] < days[i]
            and _within(first[2], cols["published"][j], REPEAT_REACH)
            and not still(cols["quote"][j], cols["text"][j])
        ):
            out_days[i] = first[0]
            out_notes[i] = f"day not stated: taken as {first[0]}, the day the same figure was given"
    return out_days, out_notes


def _told_again(
    undated: pd.DataFrame, block: list[str], days: list[str], notes: list[str], running
) -> tuple[list[str], list[str]]:
    """`days` (and `notes`) of the `undated` claims, where a document gives again, within
    the week, the same figure another document gave undated: both took their own
    document's day (its news or publication day), and the later takes the earlier's.

    Why: "56 persone a bordo" on Tuesday and "56 personnes à bord" in Thursday's paper are
    one statement repeated, not Thursday's count; `_publication_spans` joins them when no
    account states a day for the quantity, and this does where an account states one that
    fits neither (a transfer of 600 people "oggi", on Saturday). Never a running count
    (`running`: its figure as a document went out), a small figure (they recur by chance),
    nor one that says it still stands ("2,300 tourists remain stranded": that day's state).

    Example: two undated 56s, published the 16th and the 18th, own days 16th and 18th → both
    the 16th."""
    cols = {c: undated[c].tolist() for c in (*block, "doc", "published", "hint", "value")}
    keys = list(zip(*(cols[c] for c in block), strict=True))
    quotes, texts = undated["quote"].tolist(), undated["text"].tolist()
    candidates = [
        i
        for i, day in enumerate(days)
        if day in (cols["hint"][i], cols["published"][i])
        and keys[i][2] not in running
        and cols["value"][i] >= MIN_RECURRING
    ]
    figure = {i: (keys[i], round(cols["value"][i], 6)) for i in candidates}
    given = Counter(figure.values())
    told = [i for i in candidates if given[figure[i]] > 1]  # once is told again by no one
    stands = {q: still(*q) for q in {(quotes[i], texts[i]) for i in told}}
    candidates = [i for i in told if not stands[(quotes[i], texts[i])]]
    out_days, out_notes = list(days), list(notes)
    first: dict[tuple, int] = {}  # (quantity, figure) → the row that gave it first
    for i in sorted(candidates, key=lambda i: cols["published"][i]):
        j = first.setdefault(figure[i], i)
        if (
            cols["doc"][j] != cols["doc"][i]
            and days[j] != days[i]
            and _within(cols["published"][j], cols["published"][i], REPEAT_REACH)
        ):
            out_days[i] = days[j]
            out_notes[i] = f"day not stated: taken as {days[j]}, the day the same figure was given"
    return out_days, out_notes


def _digits(value: float) -> float:
    """`value` up to a factor of a thousand or a million (`magnitudes.same_digits`):
    "1,2 milioni" and "1.2 billion" are one figure as written."""
    return round(value / 1000 ** math.floor(math.log10(value) / 3), 6) if value > 0 else value


def _told(table: pd.DataFrame, block: list[str]) -> dict[tuple, list[tuple[str, float]]]:
    """(quantity of `block`, the day the frame gives) → (document, value) of its figures;
    and ("stated", quantity of `block`) → the days its clauses state, each → (document,
    value) of the figures stated for it: a day taken from the document is a hint, no day
    a figure was given for."""
    out: dict[tuple, list] = {}
    cols = (*block, "refers_to", "doc", "value", "day_from")
    for *key, day, doc, value, source in zip(*(table[c].tolist() for c in cols), strict=True):
        if key[2] and day:
            out.setdefault((*key, day), []).append((doc, value))
            if source == "clause":
                out.setdefault(("stated", *key), []).append((day, doc, value))
    return out


def _running_day(row: tuple, value: float, last: str, told: dict) -> str:
    """The day of an undated running count (`row`: block, doc, published, hint): its
    document's latest news day (`last`), unless another document gives the same figure on
    its first news day (the hint), a figure told again, not a new count ("losses of €9
    million" on Thursday and, on Friday, "the region still puts losses at €9 million").

    A figure of 10 or more a clause gave for an earlier day of the week is that day's, told
    again ("the coast guard rescued 412 people" on Tuesday, "412 rescued" in Wednesday's
    wire): not Wednesday's count. So is one its own document dated before ("rescued 142 on
    Tuesday night" … "with 142 survivors on board"): a document repeats its figures.

    Example: hint "2024-03-07", last "2024-03-08", another document's 9e6 on the 7th, value
    9e6 → "2024-03-07"; value 12e6 → "2024-03-08"."""
    first, doc = row[7], row[5]
    if not first:
        return row[6]
    if last != first and any(d != doc and v == value for d, v in told.get((*row[:5], first), ())):
        return first
    if value >= MIN_RECURRING:  # the same figure (or its slip of scale) stated days before
        pub = _date(row[6])
        given = told.get(("stated", *row[:5]), ())
        for day, _doc, v in sorted(given, reverse=True):
            earlier = _date(day)
            if (
                day < first
                and same_digits(v, value)
                and pub is not None
                and earlier is not None
                and (pub - earlier).days <= REPEAT_REACH
            ):
                return day
    return last or first


AGAIN_REACH = 2  # days after a clause's day within which its figure, undated, is told again


def _days_of_values(told: dict[tuple, list]) -> dict[tuple, dict[float, list[str]]]:
    """`_told`'s ("stated", quantity) entries as quantity → value → the days its clauses
    state it, latest first: an undated figure looks up its own value, not every figure of
    its quantity (a case of a thousand claims made that a quadratic walk)."""
    out: dict[tuple, dict[float, list[str]]] = {}
    for key, given in told.items():
        if key[0] == "stated":
            by_value = out.setdefault(key[1:], {})
            for day, _doc, value in given:
                by_value.setdefault(value, []).append(day)
    for by_value in out.values():
        for days in by_value.values():
            days.sort(reverse=True)
    return out


def _given_before(row: tuple, value: float, told: dict[tuple, dict[float, list[str]]]) -> str:
    """The day a clause stated this very figure of the quantity (`row`: block, doc,
    published, hint), before the claim's own day and at most `AGAIN_REACH` days before its
    publication, else "": the figure told again, not a new statement of its document's day.
    `told`: `_days_of_values`.

    Why: "7 400 foyers privés de courant mardi" in one account, "7,400 homes without power"
    undated in Thursday's paper: Tuesday's figure, told again (a count of the day that
    changed would show another figure). Only figures of 10 or more (`MIN_RECURRING`), and
    not a week later: a figure told days after may be a new count that happens to match
    (a week's reach joined more figures that were not one: measured on the gold set).

    Example: stated 1 250 on the 5th, undated 1 250 published the 7th → "…-05"."""
    own = row[7] or row[6]
    pub = _date(row[6])
    if pub is None:
        return ""
    for day in told.get(row[:5], {}).get(value, ()):
        earlier = _date(day)
        if day < own and earlier is not None and (pub - earlier).days <= AGAIN_REACH:
            return day
    return ""


OWNED_REACH = 7  # days after the stated day that coverage of a company's amount may run


def _owners_written(claims: pd.DataFrame) -> pd.Series:
    """Each claim's owner as the frame read it, "" where that is a word that never names
    anyone (a pronoun, a determiner: "Elle a laissé…", "Questa…", `function_words.yaml`).

    Why: a pronoun read as the owner ("Elle", the company the sentence before names) is an
    owner unknown, not a second owner that splits the company's figure from its own.

    Example: ["Larkfield", "Elle", ""] → ["Larkfield", "", ""]."""
    given = _text(claims, "owner")
    words = function_words()
    return given.where(~given.str.strip().str.lower().isin(words), "")


def _named_owners(owner: pd.Series) -> pd.Series:
    """Whether each claim's owner, as the frame read it, is a name (a company, a body), not a
    sector: a name's amount (its fine, its revenue) is one figure whichever day it is told."""
    sectors = set(load("owner").get("sectors") or ())
    return owner.str.strip().ne("") & ~owner.str.strip().isin(sectors)


def _owned_day(known: list[str] | None, published: str) -> str:
    """For a name's amount that states no day: the latest day other accounts state for it in
    the week before publication ("the €910 million fine" told three days after the decision
    is that decision's fine), else ""."""
    pub = _date(published)
    if not known or pub is None:
        return ""
    fitting = [
        d
        for d in known
        if (day := _date(d)) is not None
        and dt.timedelta(0) <= pub - day <= dt.timedelta(days=OWNED_REACH)
    ]
    return fitting[-1] if fitting else ""


def _news_days(table: pd.DataFrame) -> tuple[dict[str, str], dict[str, str]]:
    """Each document's news day: the first day its own clauses state, when it is the
    publication day or shortly before ("PARIS, March 8 - … marched on Tuesday": Tuesday).
    Its dateline says when it was filed, the lead what day the figures describe.
    And the last such day, the day of a running count the document gives
    undated ("the pass opened on Thursday … by Friday noon … 40 rockfalls so far": a running
    count stands as of the latest news its document carries, Friday)."""
    first: dict[str, str] = {}
    last: dict[str, str] = {}
    stated = table[table["day_from"].eq("clause") & table["refers_to"].ne("")]
    for doc, day, published in zip(
        stated["doc"].tolist(),
        stated["refers_to"].tolist(),
        stated["published"].tolist(),
        strict=True,
    ):
        pub = _date(published)
        if pub is not None and _fits(day, pub):
            first.setdefault(doc, day)
            last[doc] = max(day, last.get(doc, day))
    return first, last


def _day_for(at: tuple, doc: str, published: str, hint: str, stated, own, spans) -> tuple[str, str]:
    """(day, why) for a claim whose clause states no day; `hint` is its document's day."""
    story = f"the day its document reports ({hint})"
    if at not in stated:  # no clause states a day for it: news days, when coverage spans days
        day = spans.get((*at, published, hint), "")
        return day, f"day not stated: taken as the news day {day}" if day else ""
    known = _usable(stated[at], own.get((*at, doc), set()), published)
    if hint and hint in known:
        return hint, f"day not stated: taken as {story}"
    day, why = _assumed_day(known, published)
    if hint and day != hint and not (day and day in known):
        return hint, f"day not stated: taken as {story}"
    return day, why


def _publication_spans(undated: pd.DataFrame, block: list[str]) -> dict[tuple, str]:
    """For quantities no clause dates: news days, when the coverage spans several.

    Two claims describe one day when their documents were published the same day or report
    the same news day (the wire filed the morning after says "on Tuesday" as the release
    did); otherwise they are updates ("5 dead" on Monday, "9 dead" on Thursday), each its own
    subject. Returns (*block, published, hint) → day, for blocks that span days.
    """
    out: dict[tuple, str] = {}
    seen: dict[tuple, set[tuple[str, str]]] = {}
    figures: dict[tuple, set[float]] = {}  # (*at, published, hint) → figures given
    columns = (*(undated[c].tolist() for c in block), undated["published"].tolist())
    rows = zip(*columns, undated["hint"].tolist(), _number(undated, "value"), strict=True)
    for *at, published, hint, figure in rows:
        seen.setdefault(tuple(at), set()).add((published, hint))
        if figure >= MIN_RECURRING:
            figures.setdefault((*at, published, hint), set()).add(round(figure, 6))
    for at, found in seen.items():
        pairs = sorted(found)
        index = {p: i for i, p in enumerate(pairs)}
        links = []
        for key in ("published", "hint"):
            first: dict[str, int] = {}
            for p in pairs:
                value = p[0] if key == "published" else p[1]
                if value:
                    links.append((first.setdefault(value, index[p]), index[p]))
        # the same figure told again within the week is the same statement repeated
        given: dict[float, tuple[str, str]] = {}
        for p in pairs:
            for figure in figures.get((*at, *p), ()):
                before = given.setdefault(figure, p)
                if _within(before[0], p[0], REPEAT_REACH):
                    links.append((index[before], index[p]))
        component = union_find(len(pairs), links)
        if len(set(component)) < 2:
            continue
        groups: dict[int, list[tuple[str, str]]] = {}
        for p, c in zip(pairs, component, strict=True):
            groups.setdefault(c, []).append(p)
        day_of = {}  # each group's day: its latest hint, else its latest publication day
        for c, members in groups.items():
            hints = [q[1] for q in members if q[1]]
            day_of[c] = max(hints) if hints else max(q[0] for q in members)
        for p, c in zip(pairs, component, strict=True):
            out[(*at, *p)] = day_of[c]
    return out


REPEAT_REACH = 7  # days within which one figure told again is one statement, not a new count


def _within(first: str, later: str, days: int) -> bool:
    """Whether two publication days are at most `days` apart."""
    a, b = _date(first), _date(later)
    return a is not None and b is not None and abs((b - a).days) <= days


def _usable(known: list[str], own: set[str], published: str) -> list[str]:
    """The stated days an undated claim may take. A day its own document states for the
    same quantity, earlier than the news day, is a contrast ("8,000 hectares on the 24th",
    then the undated 12,400): the undated figure is not of that day."""
    pub = _date(published)
    if pub is None:
        return known
    news = (pub - dt.timedelta(days=1)).isoformat()
    return [d for d in known if d not in own or d >= news]


def _assumed_day(known: list[str], published: str) -> tuple[str, str]:
    """(day, why) for a claim that states no day; ("", "") when nothing fits."""
    pub = _date(published)
    if len(known) == 1 and (pub is None or _fits(known[0], pub)):
        return known[0], f"day not stated: taken as {known[0]}, the day the others give"
    if pub is not None:
        fitting = [d for d in known if _fits(d, pub)]
        if fitting:
            return fitting[-1], f"day not stated: taken as {fitting[-1]}, the latest day stated"
        return published, f"day not stated: taken as the publication day {published}"
    return "", ""


def _fits(day: str, published: dt.date) -> bool:
    d = _date(day)
    return d is not None and dt.timedelta(0) <= published - d <= dt.timedelta(days=DAY_WINDOW)


@lru_cache(maxsize=4096)
def _date(text: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(text[:10])
    except ValueError:
        return None


def _owned(label: str, owner: str, part: str, state: str = "") -> str:
    """The label with its owner, part and change marks, when known: "fine (EUR), of meta",
    "…, a part", "…, the earlier figure", "…, the change"."""
    marks = (f"of {owner}" if owner else "", "a part" if part else "")
    said = {
        "earlier": "the earlier figure",
        "change": "the change",
        "low": "the low end of a range",
        "high": "the high end of a range",
        PLAN: "planned",
    }.get(state, "")
    return ", ".join(x for x in (label, *marks, said) if x)


def _label(
    noun: str, currency: str, unit: str, dimension: str, scope: str, day: str, rate: str
) -> str:
    """ "investment (EUR)", "protester, Paris, 2023-03-07", "allowance (EUR), per month"."""
    measure = currency or (unit if dimension != "count" else "")
    what = f"{noun} ({measure})" if measure else noun
    return ", ".join(x for x in (what, scope, day, rate.replace("_", " ")) if x)


__all__ = ["OUTPUT_COLUMNS", "RISES", "Noun", "align_claims"]
