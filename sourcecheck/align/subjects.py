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

import zlib
from collections import Counter

import numpy as np
import pandas as pd
from rapidfuzz import fuzz, process

from sourcecheck.align import days, repeats
from sourcecheck.align.aboard import PASSENGER, aboard
from sourcecheck.align.alone import alone_keys
from sourcecheck.align.anchors import anchor, earlier_year
from sourcecheck.align.bases import BASIS, bases
from sourcecheck.align.bases import LABELS as BASES
from sourcecheck.align.befell import befallen, with_state
from sourcecheck.align.befell import running as running_nouns
from sourcecheck.align.bodies import body_places
from sourcecheck.align.changes import CHANGE, states
from sourcecheck.align.clauses import in_clause
from sourcecheck.align.clock import MARK as CLOCK
from sourcecheck.align.clock import clocked
from sourcecheck.align.columns import by_value, numbers, string_array, strings
from sourcecheck.align.company import kept_company
from sourcecheck.align.currencies import apart_by_currency
from sourcecheck.align.echoes import COPIED, echoed
from sourcecheck.align.elision import elided_from, next_word
from sourcecheck.align.evidence import SAME_FIGURE, noted
from sourcecheck.align.groups import MARK, group
from sourcecheck.align.implied import counts_again, implied_currency, unit_things
from sourcecheck.align.kinds import broadest, narrowed
from sourcecheck.align.labelled import with_labelled_places
from sourcecheck.align.magnitudes import MIN_RECURRING, bands, rounded_alike, rounded_keys
from sourcecheck.align.measured import measured_noun
from sourcecheck.align.named import named_nouns
from sourcecheck.align.nationals import NATIONALS, carried_by, told_of
from sourcecheck.align.nouns import COGNATE, PEOPLE, Noun, anchored_key, durations, noun_key
from sourcecheck.align.onefigure import told_alike
from sourcecheck.align.ownednoun import owned_nouns
from sourcecheck.align.owners import (
    lone_parts,
    named_owners,
    owners,
    owners_written,
    parts,
    sentence_figures,
    totals,
)
from sourcecheck.align.participation import reread
from sourcecheck.align.places import assume_places
from sourcecheck.align.plans import ANNOUNCED, PLAN, ahead, planned, sided_plans
from sourcecheck.align.ratios import measured as ratio_measured
from sourcecheck.align.retold import BARE_PART, retold
from sourcecheck.align.risen import LATER, later_states, of_later_wholes
from sourcecheck.align.rivals import (
    RIVALS_LABEL,
    nounless_rivals,
    rival_pairs,
    rivals_named,
    rivals_placed,
)
from sourcecheck.align.roles import role
from sourcecheck.align.spans import span
from sourcecheck.align.stocks import still, stock_words
from sourcecheck.align.struck import strike_nouns
from sourcecheck.align.tallies import TALLY, since_start, tallies
from sourcecheck.align.translations import NOT_MEASURED, translated
from sourcecheck.align.turned import turned_places
from sourcecheck.align.units import (
    bracketed_pairs,
    restated,
    restated_pairs,
    shared_days,
    shared_keys,
)
from sourcecheck.align.unsaid import assume_marks, assume_rates
from sourcecheck.align.yeartodate import YEAR, marks, year_to_date
from sourcecheck.collector import paused
from sourcecheck.extract.lexicon import Concepts
from sourcecheck.extract.pointers import place_concepts
from sourcecheck.measures import unit_base
from sourcecheck.rules.blocks import conversions, prepare
from sourcecheck.rules.timeline import RISES
from sourcecheck.textstorage import held_as_default, held_in_python, python_strings

COGNATE_CUTOFF = 85  # rapidfuzz ratio at which two cognate keys are one noun
OUTPUT_COLUMNS = ("claim_id", "subject", "subject_label", "evidence", "moment", "series")


# What `conversions` reads to pair an amount with its conversion (of which alignment keeps
# the claim ids): preparing the whole table cost more than the rest of a small case's work.
_CONVERSION_COLUMNS = (
    "claim_id",
    "case",
    "doc",
    "currency",
    "sentence",
    "start",
    "end",
    "text",
    "quote",
)


@paused()  # the collector walked the claims again and again, with nothing to free
def align_claims(claims: pd.DataFrame, concepts: Concepts) -> pd.DataFrame:
    """One row per claim: `subject` (id), `subject_label` (readable) and `evidence`.

    Worked on Python strings whatever the caller's pandas settings (`textstorage`): each
    text column is read back as a list ten times or more."""
    with python_strings():
        aligned = _aligned(held_in_python(claims), concepts)
    return held_as_default(aligned[list(OUTPUT_COLUMNS)].reset_index(drop=True))


def _aboard(table: pd.DataFrame) -> pd.DataFrame:
    """`table`, where people their clause puts on board ("95 personnes se trouvaient à
    bord", `aboard.aboard`) and no other account names by their figure (`_same_figures`: "a
    ship with 74 people on board" beside "rescued 74") are passengers."""
    cols = ("noun", "quote", "text", "thing", "lang")
    rows = [
        i
        for i, (n, q, t, th, la) in enumerate(zip(*(table[c].tolist() for c in cols), strict=True))
        if n == PEOPLE and aboard(q, t, th, la)
    ]
    evidence = table["evidence"].tolist()
    why = [f"{evidence[i]}; on board: passengers" for i in rows]
    return _given(table, rows, [PASSENGER] * len(rows), why) if rows else table


_MARKS = ("owner", "part", "state")  # a subject's marks beside its key, in this order


def _aligned(claims: pd.DataFrame, concepts: Concepts) -> pd.DataFrame:
    """The alignment pipeline: each claim's noun, then its place, day, owner, part and
    state, then its subject key and moment, then its label; last, the figures told again in
    another currency, scale or unit join the subject of the figure they echo."""
    if claims.empty:
        return pd.DataFrame(columns=list(OUTPUT_COLUMNS))
    written = owners_written(claims)
    table, pairs, sentences, restatements = _nouns(claims, concepts, written)
    table, running, counting = _framed(table, claims, concepts, sentences, restatements, written)
    table, extra, band, hours = _subjects(table, claims, sentences, restatements, running, counting)
    table["subject_label"] = _labels(table, extra, band, hours)
    money_pairs = _rows(table, pairs)
    beside = {conversion for _, conversion in (*restatements, *money_pairs)}
    table = retold(_echoes(table, claims, written, beside))  # a figure told again unplaced
    return apart_by_currency(table, claims, {row for pair in money_pairs for row in pair})


def _nouns(claims: pd.DataFrame, concepts: Concepts, written: pd.Series) -> tuple:
    """The claims table with each claim's noun key, label and evidence (the lexicon's, a
    translation, a cognate, an anchor, the same figure elsewhere, a role, an owner's noun…),
    the pairs of amounts and their conversions, the figures of each sentence and the rows of
    measures restated beside them."""
    table = unit_things(_clause_concepts(_columns(claims), concepts), concepts)
    table = implied_currency(table, concepts)  # "una manovra da 23,7 miliardi"
    read = list(zip(*(table[c].tolist() for c in ("concept", "thing", "lang")), strict=True))
    nouns = {at: noun_key(at[0], at[1], concepts, at[2] or None) for at in set(read)}
    befell = [
        befallen(q, t, th, la)  # "three workers have died": dead workers
        for q, t, th, la in zip(
            *(table[c].tolist() for c in ("quote", "text", "thing", "lang")), strict=True
        )
    ]
    noun = _durations_beside(
        [
            with_state(nouns[at], b, concepts.ancestors(nouns[at].key)) if b else nouns[at]
            for at, b in zip(read, befell, strict=True)
        ],
        table,
        concepts,
    )
    measures = list(zip(table["currency"].tolist(), table["unit"].tolist(), strict=True))
    dimensions = {pair: _dimension(*pair) for pair in set(measures)}
    table["dimension"] = [dimensions[pair] for pair in measures]
    noun = _anchored(noun, table, concepts)
    table["noun"] = [n.key for n in noun]
    table["noun_label"] = [n.label for n in noun]
    table["evidence"] = [n.evidence for n in noun]
    table = translated(
        _join_cognates(_ratios(_measured(table))),
        MIN_RECURRING,
        running_nouns(table["noun"].tolist(), concepts),
    )
    pairs = _conversion_pairs(claims)
    sentences = sentence_figures(table)
    restatements = restated_pairs(table, sentences)  # rows of measures restated beside them
    table = restated(_conversions(table, pairs), sentences)
    table = shared_days(table, bracketed_pairs(table, sentences) + _rows(table, pairs))
    # a noun the same figure gave
    table = counts_again(table)
    first = table  # the nouns the figures were read with, before any is given another's
    table = _conversions(_same_figures(table, concepts), pairs)
    table = _aboard(table)  # people on board, no other noun given: the passengers
    table = _conversions(_lone_measure(table), pairs)  # the one noun its measure has
    table = _elided(_roles(table), sentences)  # a verb's role, a noun named before
    table = _owner_nouns(table, written)  # its owner's noun elsewhere
    table = _named_nouns(table, concepts, running_nouns(table["noun"].tolist(), concepts))
    table = _participation(table)  # a strike's share of strikers, its turnout
    table = _struck(table, sentences)  # "18% of the drivers were on strike"
    table = _one_figure(table, running_nouns(table["noun"].tolist(), concepts))
    table = _kept_company(
        table,
        running_nouns(table["noun"].tolist(), concepts),
        [
            not hi > lo
            for lo, hi in zip(numbers(claims, "low"), numbers(claims, "high"), strict=True)
        ],
    )
    table, rivals = _rivals(first, table, sentences)  # the rival account of a renamed figure
    table = narrowed(_years(with_labelled_places(table)), concepts)
    table = _rivals_dated(_years_told(table), table, rivals)
    alone = table["concept"].isin(concepts.alone)  # "un uomo di 77 anni": no anchor, no figure
    if alone.any():  # but one value of it told in two accounts is one reading ("magnitude 6.4")
        keys = [k for k, a in zip(alone_keys(table, concepts.alone), alone, strict=True) if a]
        table.loc[alone, "noun"] = keys
        table.loc[alone, "noun_label"] = table.loc[alone, "concept"]
        told = table.index[alone][[bool(k) for k in keys]]
        table.loc[told, "evidence"] = "the same value of it is given in another account"
    return table, pairs, sentences, restatements


def _framed(
    table: pd.DataFrame,
    claims: pd.DataFrame,
    concepts: Concepts,
    sentences,
    restatements,
    written: pd.Series,
) -> tuple[pd.DataFrame, set, set]:
    """`table` with each claim's place, day, owner, part, state and span assumed or read,
    the nouns that count a running toll and the nouns that count places."""
    running = running_nouns(table["noun"].tolist(), concepts)
    counting = _place_counts(set(table["noun"].tolist()), concepts)  # nouns that count places
    unbodied = assume_marks(assume_rates(table))
    placed = body_places(unbodied)
    table = _parts_placed(
        _turned(
            assume_places(placed, counting, running, days.steady() - running), claims, sentences
        ),
        placed["scope"].tolist(),
        strings(claims, "part_of").tolist(),
    )
    table["named"] = named_owners(written).to_numpy()
    table = days.stated_again(days.assign_days(table, running), running)
    table = days.undated(table, table["evidence"], days.timeless(table, running))
    table = shared_keys(table, restatements)  # "110 km/h (68 mph)"
    block = ["case", "dimension", "noun", "scope", "day", "rate"]
    table["owner"] = owners(
        table, written, block, days.steady() - running, strings(claims, "part_of").tolist()
    )
    assumed = table["owner"].ne("") & by_value(written, lambda v: not v.strip()).to_numpy()
    table.loc[assumed, "evidence"] = [
        f"{ev}; owner not stated: taken as {o}, the owner given for it"
        for ev, o in zip(table.loc[assumed, "evidence"], table.loc[assumed, "owner"], strict=True)
    ]
    # a part's place, not the area of the local body that gave it ("deux dockers, a précisé
    # le parquet de Lyon"), is compared with its whole's
    bodied = placed["scope"].ne(unbodied["scope"]).to_numpy()
    stated = [
        u if b else s for u, b, s in zip(unbodied["scope"], bodied, table["scope"], strict=True)
    ]
    table["part"] = parts(table, strings(claims, "part_of"), sentences, stated)
    table["state"] = states(table, sentences)
    table["basis"] = bases(table, sentences)  # "+0,3% su base mensile", "2.1% year-on-year"
    table["state"] = [  # a change against its basis is the quantity itself, however worded
        "" if b and s == CHANGE else s
        for s, b in zip(table["state"].tolist(), table["basis"].tolist(), strict=True)
    ]
    rows = zip(*(table[c].tolist() for c in ("state", "quote", "text", "lang")), strict=True)
    table["state"] = [s or (PLAN if planned(q, t, la) else "") for s, q, t, la in rows]
    spans = set(durations())
    coming = ahead(
        *(table[c].tolist() for c in ("refers_to", "day_from", "published", "rate")),
        [n in spans for n in table["noun"].tolist()],
    )  # a day still to come, announced: not counted
    rows = zip(
        *(table[c].tolist() for c in ("state", "quote", "text", "lang")), coming, strict=True
    )
    table["state"] = [
        s or (PLAN if a and planned(q, t, la, ANNOUNCED) else "") for s, q, t, la, a in rows
    ]
    table["state"] = sided_plans(table, sentences, table["state"].tolist())
    table["span"] = _spans(table)
    table = days.first_told(days.earlier_told(table, running))
    return table, running, counting


def _turned(table: pd.DataFrame, claims: pd.DataFrame, sentences: list) -> pd.DataFrame:
    """`table` with the rival count of a sentence that turns against the one before ("Mais
    le maire en compte 500") given the place of the count it answers (`turned`), and a
    rival account in one sentence the place of its partner ("17 000 à Vernasque selon la
    police, 47 000 selon les syndicats": `rivals.rivals_placed`)."""
    scopes = turned_places(
        table["doc"].tolist(),
        numbers(claims, "sentence"),
        *(table[c].tolist() for c in ("quote", "noun", "dimension", "scope", "source")),
    )
    nouns, frame = table["noun"].tolist(), [table[c].tolist() for c in _RIVAL_FRAME]
    pairs = rival_pairs(nouns, *frame, sentences)
    return table.assign(scope=rivals_placed(scopes, pairs, sentences))


def _subjects(
    table: pd.DataFrame,
    claims: pd.DataFrame,
    sentences,
    restatements,
    running: set,
    counting: set,
) -> tuple[pd.DataFrame, list[str], list, list]:
    """`table` with each claim's subject id and moment, the marks beside each key (owner,
    part, state, span, whole, group, nationals, standing, year to date, tally), the
    magnitude band and the hour of each claim."""
    keys = list(
        zip(
            *(table[c].tolist() for c in ("noun", "scope", "day", "rate", "dimension")), strict=True
        )
    )
    table["part"] = totals(table, keys, table["part"].tolist())
    table["part"] = lone_parts(table, keys, table["part"].tolist(), strings(claims, "part_of"))
    extra = [
        "".join(f"|{n}={v}" for n, v in zip((*_MARKS, "span", BASIS), x, strict=True) if v)
        for x in zip(*(table[c].tolist() for c in (*_MARKS, "span", BASIS)), strict=True)
    ]
    wholes = _whole_marks(table, keys, extra, strings(claims, "part_of"))
    extra = _of_wholes(extra, wholes)
    extra = _groups(table, extra)
    extra = _nationals(table, extra, sentences)
    extra = _standing(table, keys, extra)
    extra = _years_to_date(table, keys, extra)
    table["tally"] = _tallies(table, keys, running)
    extra = [f"{x}|{TALLY}" if t else x for x, t in zip(extra, table["tally"], strict=True)]
    table["subject"] = ["|".join(k) + x if k[0] else "" for k, x in zip(keys, extra, strict=True)]
    table = days.moments(table, keys, extra, running, counting)
    if any(w >= 0 for _, w in wholes):
        table = days.moments(table, keys, _series_wholes(table, extra, wholes), running, counting)
    band = bands(table)
    table["subject"] = [
        f"{s}|band={b}" if b else s for s, b in zip(table["subject"], band, strict=True)
    ]
    later = of_later_wholes(
        table["claim_id"].tolist(),
        strings(claims, "part_of").tolist(),
        later_states(
            table,
            strings(claims, "published_at").tolist(),
            running,
            days.steady() - running,
            sentences,
        ),
    )  # a part of a grown whole is of the later state too
    table["subject"] = [
        f"{s}|{LATER}" if t else s for s, t in zip(table["subject"], later, strict=True)
    ]
    hours = clocked(table)  # turnout at noon and at 5 pm: two readings of one day
    table["subject"] = [
        f"{s}|{CLOCK}{h}" if h else s for s, h in zip(table["subject"], hours, strict=True)
    ]
    table = _repeats(table, claims, restatements)
    return table, extra, band, hours


def _labels(table: pd.DataFrame, extra: list[str], band: list, hours: list) -> list[str]:
    """The readable label of each claim's subject ("protesters, Paris, 2023-03-07"), made
    once per subject."""
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

    def label(k: tuple, n: str, b: str, sp: str, t: bool, x: str, *marked: str) -> str:
        return (
            _owned(labels[k], *marked)
            + (f", {SPANS[sp]}" if sp else "")
            + (", that day's own count" if t else "")
            + "".join(f", {BASES[b]}" for b in BASES if f"|{BASIS}={b}" in x)
            + (", nationals only" if f"|{MARK}={NATIONALS}" in x else "")
            + (", the year's total" if YEAR in x.split("|") else "")
            + (f", figures from {b}" if b else "")
            if n
            else ""
        )

    told: dict[tuple, str] = {}  # the claims of one subject share their label: made once
    labels_of = [
        told[r] if r in told else told.setdefault(r, label(*r))
        for r in zip(
            labelled,
            table["noun"].tolist(),
            band,
            table["span"].tolist(),
            table["tally"].tolist(),
            extra,
            *(table[c].tolist() for c in _MARKS),
            strict=True,
        )
    ]
    return [f"{x}, at {h}" if h and x else x for x, h in zip(labels_of, hours, strict=True)]


def _echoes(
    table: pd.DataFrame, claims: pd.DataFrame, owners: pd.Series, restated: set[int]
) -> pd.DataFrame:
    """`table` where a figure told again in another currency, scale or unit takes the subject
    of the figure it echoes (`echoes.echoed`); `owners`: as the frames state them
    (`owners.owners_written`); `restated`: the rows of conversions beside the figure they convert
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


def _whole_marks(
    table: pd.DataFrame, keys: list[tuple], extra: list[str], part_of: pd.Series
) -> list[tuple[str, int]]:
    """For each claim whose frame names its whole (`part_of`), the part mark that names that
    whole's quantity and the whole's row; ("", -1) for others.

    Why: "19 cas en France, dont 6 hospitalisés" and "61 casi in Italia, di cui 19
    ricoverati" give two parts of one noun, place and day; marked only "a part", they were
    one quantity and 6 against 19 a conflict. A part compares with the part of the same
    whole in another account ("di cui 19 ricoverati" of the 61 cases, "dont 19
    hospitalisations" of the same 61), whatever the whole's own figure.

    Example: parts of wholes with subjects "case|Italy|…" and "case|France|…" get marks
    "|part=<digest of the first>" and "|part=<digest of the second>"."""
    at = {c: i for i, c in enumerate(table["claim_id"].tolist())}
    mark = BARE_PART
    out = [("", -1)] * len(extra)
    for i, (whole, part) in enumerate(zip(part_of.tolist(), table["part"].tolist(), strict=True)):
        w = at.get(whole)
        if part and w is not None and keys[w][0] and mark in extra[i]:
            out[i] = (_digest("|".join(keys[w]) + extra[w]), w)
    return out


def _of_wholes(extra: list[str], wholes: list[tuple[str, int]]) -> list[str]:
    """`extra` with the part mark of each claim `_whole_marks` found a whole for naming that
    whole's quantity: parts of two wholes are two quantities (`_whole_marks`, Why).

    >>> _of_wholes([BARE_PART, BARE_PART], [("|part=a1", 2), ("", -1)])
    ['|part=a1', '|part=part']
    """
    return [
        x.replace(BARE_PART, m, 1) if w >= 0 else x for x, (m, w) in zip(extra, wholes, strict=True)
    ]


def _series_wholes(
    table: pd.DataFrame, extra: list[str], wholes: list[tuple[str, int]]
) -> list[str]:
    """`extra` where a part's mark names its whole's series (the whole's running count, all
    days and places together: the part keeps its own place) instead of its whole's quantity
    of one day, when the whole has a series.

    Why: over the days, the parts of one running whole are one timeline: "37 cases, 14 of them
    children" on Monday and "43 cases, 16 of them children" on Wednesday are the children's
    count growing; marked with each day's whole, they were two series and no update showed.
    The subject keeps the whole of its own day.

    >>> t = pd.DataFrame({"noun": ["case", "case", "case"], "scope": ["", "", "Ardèche"],
    ...     "series": ["", "", "case|Ardèche||count"]})
    >>> marks = [("|part=a1", 2), ("|part=b2", 2), ("", -1)]
    >>> _series_wholes(t, ["|part=a1", "|part=b2", ""], marks)[0] == _digest("case|||count")
    True
    """
    series, nouns, places = (table[c].tolist() for c in ("series", "noun", "scope"))
    unplaced = [
        s.replace(f"{n}|{p}|", f"{n}||", 1) if p else s
        for s, n, p in zip(series, nouns, places, strict=True)
    ]
    return [
        x.replace(m, _digest(unplaced[w]), 1) if w >= 0 and unplaced[w] else x
        for x, (m, w) in zip(extra, wholes, strict=True)
    ]


def _digest(text: str) -> str:
    """The part mark naming a whole by its key: "|part=" and 8 hex digits."""
    return f"|part={zlib.crc32(text.encode()) & 0xFFFFFFFF:08x}"


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


def _groups(table: pd.DataFrame, extra: list[str]) -> list[str]:
    """`extra` with the kind of people each part names (`groups`: "tra cui 6 donne", "including
    23 children"): parts of two kinds are two quantities."""
    things = table["thing"].tolist()
    kinds = {t: group(t) for t in set(things)}
    return [
        f"{x}|{MARK}={kinds[t]}" if p and kinds[t] else x
        for x, t, p in zip(extra, things, table["part"].tolist(), strict=True)
    ]


def _nationals(table: pd.DataFrame, extra: list[str], sentences: list[tuple]) -> list[str]:
    """`extra` marked with the nationals each count is told of (`nationals.told_of`: "2
    connazionali sono morti e 5 risultano feriti"): one country's people are a part
    of the toll, not another account of it. The country joins the mark only where a case tells
    of two countries' nationals; else "connazionali" and "Austrian citizens" are one group."""
    nouns, dims, cases = (table[c].tolist() for c in ("noun", "dimension", "case"))
    told: dict[int, str] = {}
    for quote, figures in sentences:
        countries = told_of(quote, tuple((start, end) for start, end, _ in figures))
        for (_, _, row), country in zip(figures, countries, strict=True):
            if country is not None and nouns[row] and dims[row] == "count":
                told[row] = country
    rows = zip(nouns, dims, *(table[c].tolist() for c in ("quote", "thing")), strict=True)
    for row, (noun, dim, quote, thing) in enumerate(rows):
        if row not in told and noun and dim == "count" and (land := carried_by(quote, thing)):
            told[row] = land  # "le vittime italiane sono 3.100": Italy's part of the toll
    named: dict[str, set[str]] = {}
    for row, country in told.items():
        named.setdefault(cases[row], set()).add(country)
    out = list(extra)
    for row, country in told.items():
        apart = len(named[cases[row]] - {""}) > 1
        out[row] = f"{extra[row]}|{MARK}={NATIONALS}" + (f"-{_slug(country)}" if apart else "")
    return out


def _slug(name: str) -> str:
    return "-".join(name.lower().split())


def _years_to_date(table: pd.DataFrame, keys: list[tuple], extra: list[str]) -> list[str]:
    """`extra` marked `YEAR` for the year's total of a quantity the story also gives as one
    event's smaller figure that day (`yeartodate`): "9 000 hectares burnt in France since
    the start of the year" is not the 1 200 hectares of the fire."""
    rows = list(zip(*(table[c].tolist() for c in ("quote", "text", "lang")), strict=True))
    said = {r: year_to_date(*r) for r in {r for k, r in zip(keys, rows, strict=True) if k[0]}}
    year = [bool(k[0]) and said[r] for k, r in zip(keys, rows, strict=True)]
    if not any(year):
        return extra
    cases = table["case"].tolist()
    groups = [
        (c, *k[:2], *k[3:], x, k[2]) if k[0] else None
        for c, k, x in zip(cases, keys, extra, strict=True)
    ]
    marked = marks(groups, table["value"].tolist(), year)
    return [f"{x}|{YEAR}" if m else x for x, m in zip(extra, marked, strict=True)]


def _repeats(table: pd.DataFrame, claims: pd.DataFrame, restated: list[tuple]) -> pd.DataFrame:
    """Subjects (and series) split where one source gives two values in one document
    (`repeats.marks`); the evidence says so. A measure's restatement in other units
    (`restated` pairs: "110 km/h (68 mph)") goes with its measure, whatever its value, for
    the unit rule to compare them."""
    read = ["case", "subject", "doc", "currency", "unit"]  # and what is assigned: no copy of all
    given = table[read].assign(
        source=_voiced(
            table,
            strings(claims, "source").tolist(),
            _stated(claims),
            numbers(claims, "sentence"),
        ),
        low=numbers(claims, "low"),
        high=numbers(claims, "high"),
        start=numbers(claims, "start"),
        sentence=_contrasted(table["quote"].tolist(), numbers(claims, "sentence")),
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

    A sentence that turns against the one before ("But the union puts them at 61",
    `repeats.turns`) keeps its own voice: a rival count, not the detail of the cited one.

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
    quotes = table["quote"].tolist()
    return [
        next(iter(named[k]))
        if not said
        and len(named.get(k, ())) == 1
        and at == at
        and at not in where[k]
        and at > min(where[k])  # told after the source was named: the detail of its count
        and not repeats.turns(quote)  # "But the union…": a rival count, not a detail
        else source
        for k, source, said, at, quote in zip(keys, sources, stated, sentences, quotes, strict=True)
    ]


def _contrasted(quotes: list[str], sentences: list[float]) -> list[float]:
    """Each row's sentence when that sentence sets figures against each other
    (`repeats.contrast`), else NaN: figures of one sentence stay together only then."""
    seen: dict[str, bool] = {}
    return [
        n if (seen[q] if q in seen else seen.setdefault(q, repeats.contrast(q))) else float("nan")
        for q, n in zip(quotes, sentences, strict=True)
    ]


def _place_counts(nouns: set[str], concepts: Concepts) -> frozenset[str]:
    """The noun keys that count places ("19 countries", "280 villes"): `place_concepts` of
    frames/data/nouns.yaml and the concepts narrower than them."""
    places = place_concepts()
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


def _ratios(table: pd.DataFrame) -> pd.DataFrame:
    """Shares of a base ("2,8 % du PIB", "2.8% of GDP") take the noun their sentence names
    before them, the deficit or the debt, not their base (`ratios.measured`)."""
    rows = zip(*(table[c].tolist() for c in ("dimension", "quote", "text", "thing")), strict=True)
    found = [
        (i, n)
        for i, (d, q, t, th) in enumerate(rows)
        if d == "percent" and (n := ratio_measured(q, t, th))
    ]
    things = table["thing"].tolist()
    return _given_each(
        table,
        found,
        lambda i, n: f"a share of its base ({things[i]}) counts the {n} named before it",
    )


def _given_each(table: pd.DataFrame, found: list[tuple[int, str]], why) -> pd.DataFrame:
    """`table` with each (row, noun key) of `found` given, `why(row, noun)` its evidence."""
    if not found:
        return table
    return _given(table, [i for i, _ in found], [n for _, n in found], [why(*f) for f in found])


def _given(table: pd.DataFrame, rows: list[int], nouns: list[str], why: list[str]) -> pd.DataFrame:
    """`table` with noun keys `nouns` (their labels as keys) given to `rows`, and `why`."""
    noun, label = table["noun"].tolist(), table["noun_label"].tolist()
    evidence = table["evidence"].tolist()
    for i, n, w in zip(rows, nouns, why, strict=True):
        noun[i], label[i], evidence[i] = n, n.lstrip(COGNATE).replace("-", " "), w
    return table.assign(noun=noun, noun_label=label, evidence=evidence)


def _roles(table: pd.DataFrame) -> pd.DataFrame:
    """Amounts still with no noun take the concept their clause's verb names (`roles`), and
    so do amounts whose only noun is a context word of their sentence: the verb before the
    amount says more than a word beside it ("will save €140 million a year in costs")."""
    # a noun the frame read from a context word (no thing of its own), not one alignment gave
    contextual = (
        table["thing"].eq("")
        & table["concept"].ne("")
        & table["evidence"].str.startswith("lexicon concept")
    )
    bare = np.flatnonzero(
        ((table["noun"].eq("") | contextual) & table["dimension"].eq("money")).to_numpy()
    )
    quotes, texts, langs = (table[c].to_numpy() for c in ("quote", "text", "lang"))
    nouns = table["noun"].tolist()
    found = [
        (i, f)
        for i in bare.tolist()
        if (f := role(quotes[i], texts[i], langs[i])) and f != nouns[i]
    ]
    if not found:
        return table
    rows, nouns = [i for i, _ in found], [f for _, f in found]
    return _given(table, rows, nouns, [f"its clause's verb names “{f}”" for f in nouns])


def _participation(table: pd.DataFrame) -> pd.DataFrame:
    """Words for taking part that count one share in a strike story ("12,4 % de grévistes",
    "adesione al 12,4%", "turnout of 12.4%": `participation.reread`)."""
    nouns = table["noun"].tolist()
    new = reread(nouns, table["dimension"].tolist(), table["case"].tolist())
    rows = [i for i, (a, b) in enumerate(zip(nouns, new, strict=True)) if a != b]
    if not rows:
        return table
    return _given(
        table,
        rows,
        [new[i] for i in rows],
        [f"“{nouns[i]}” in this story counts “{new[i]}”" for i in rows],
    )


def _struck(table: pd.DataFrame, sentences: list) -> pd.DataFrame:
    """Shares (and counts) of a workforce whose clause says its people struck ("18% of the
    drivers were on strike") count the strike's participation (its strikers):
    `struck.strike_nouns`; `sentences` of `owners.sentence_figures`."""
    nouns, dimensions = table["noun"].tolist(), table["dimension"].tolist()
    if not any(d in ("percent", "count") and n for n, d in zip(nouns, dimensions, strict=True)):
        return table
    rows = list(zip(*(table[c].tolist() for c in ("quote", "text", "lang")), strict=True))
    order = [[row for _, _, row in figures] for _, figures in sentences]
    found = [
        (i, n) for i, n in strike_nouns(nouns, dimensions, rows, order).items() if n != nouns[i]
    ]
    labels = table["noun_label"].tolist()
    return _given_each(
        table, found, lambda i, n: f"its clause says the {labels[i]} it counts struck: “{n}”"
    )


def _one_figure(table: pd.DataFrame, running: frozenset[str]) -> pd.DataFrame:
    """Amounts and measures that more documents give under one other noun take it
    (`onefigure`: "€190 million of savings" twice beside "a cost cut of 190 million");
    never a running toll (`running`) nor a duration."""
    nouns = table["noun"].tolist()
    figures = list(
        zip(
            *(table[c].tolist() for c in ("case", "dimension", "currency", "rate")),
            table["value"].round(6).tolist(),
            strict=True,
        )
    )
    found = told_alike(figures, nouns, table["doc"].tolist(), running | durations())
    if not found:
        return table
    label = dict(zip(nouns, table["noun_label"].tolist(), strict=True))
    rows = sorted(found)
    return _given_labelled(
        table,
        rows,
        [found[i] for i in rows],
        [label[found[i]] for i in rows],
        [f"{SAME_FIGURE} is given for “{label[found[i]]}” in other documents" for i in rows],
    )


def _kept_company(table: pd.DataFrame, running: frozenset[str], exact: list[bool]) -> pd.DataFrame:
    """Figures that another document gives under another noun, beside one same other figure
    in a sentence of each, take the noun most documents give it (`company`: "18 400
    visiteurs et … 3 900 forfaits" beside "18,400 spectators … 3,900 passes"); never a
    running toll (`running`) nor a duration, and only a figure told as one number
    (`exact`: its bounds equal)."""
    nouns = table["noun"].tolist()
    figures = list(
        zip(
            *(table[c].tolist() for c in ("case", "dimension", "currency", "rate")),
            table["value"].round(6).tolist(),
            strict=True,
        )
    )
    found = kept_company(
        figures,
        nouns,
        table["doc"].tolist(),
        table["quote"].tolist(),
        running | durations(),
        exact,
    )
    if not found:
        return table
    label = dict(zip(nouns, table["noun_label"].tolist(), strict=True))
    rows, notes = sorted(found), table["evidence"].tolist()
    # the noun the row was read as stays first in its evidence: a lexicon word renamed is
    # still another word for the figure (term-drift's to report), not a noun it lacked
    return _given_labelled(
        table,
        rows,
        [found[i] for i in rows],
        [label[found[i]] for i in rows],
        [
            f"{notes[i]}; {SAME_FIGURE} is given for “{label[found[i]]}” beside one same other "
            "figure in another document"
            for i in rows
        ],
    )


def _owner_nouns(table: pd.DataFrame, written: pd.Series) -> pd.DataFrame:
    """Figures with no noun given the one noun their owner's figures of their measure have
    in the other documents (`ownednoun.owned_nouns`: "Dubril ha vinto con il 38,9%" beside
    "Dubril, 38,4 % des voix")."""
    return _given_by(
        table,
        owned_nouns(table, written),
        "its owner's figures of this measure count “{}” elsewhere",
    )


def _named_nouns(table: pd.DataFrame, concepts: Concepts, running: frozenset[str]) -> pd.DataFrame:
    """Amounts with no noun given the one noun their sentence names that another document
    gives an amount near theirs (`named.named_nouns`: "son bénéfice net a reculé, à 14,3
    millions d'euros" beside "net profit of €14.1 million")."""
    return _given_by(
        table,
        named_nouns(table, concepts, running),
        "its sentence names “{}”, given near this figure elsewhere",
    )


def _given_by(table: pd.DataFrame, found: list[tuple[int, int]], why: str) -> pd.DataFrame:
    """`table` with each (row, giver) of `found` given its giver's noun and label, and `why`
    (its "{}" the giver's label) as evidence."""
    if not found:
        return table
    rows, givers = [i for i, _ in found], [g for _, g in found]
    nouns, labels = table["noun"].tolist(), table["noun_label"].tolist()
    return _given_labelled(
        table,
        rows,
        [nouns[g] for g in givers],
        [labels[g] for g in givers],
        [why.format(labels[g]) for g in givers],
    )


def _given_labelled(
    table: pd.DataFrame, rows: list[int], nouns: list[str], labels: list[str], why: list[str]
) -> pd.DataFrame:
    """`_given`, each row's label given too (`labels`: its donor's, as written), not made
    from its key."""
    out = _given(table, rows, nouns, why)
    given = out["noun_label"].tolist()
    for i, label in zip(rows, labels, strict=True):
        given[i] = label
    return out.assign(noun_label=given)


def _elided(table: pd.DataFrame, sentences: list) -> pd.DataFrame:
    """Figures with no noun given the noun of the figure before them in their sentence, of
    their measure (`elision.elided_from`; `sentences` of `owners.sentence_figures`). A
    second source's account set against the first ("3,4 milliards par an selon le
    gouvernement, 4,1 milliards selon la Cour") takes its rate too, when it states none
    (`_rate_elided`)."""
    nouns = table["noun"].tolist()
    if all(nouns):
        return table
    order = [[row for _, _, row in figures] for _, figures in sentences if len(figures) > 1]
    keyed = list(zip(nouns, table["dimension"].tolist(), strict=True))
    donors = elided_from(keyed, order, durations())
    rows = [i for i, d in enumerate(donors) if d is not None]
    if not rows:
        return table
    table = _rate_elided(table, [(i, donors[i]) for i in rows])
    given = [nouns[donors[i]] for i in rows]
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


def _rate_elided(table: pd.DataFrame, pairs: list[tuple[int, int | None]]) -> pd.DataFrame:
    """`table` with each figure of `pairs` (figure, the figure its noun is elided from) that
    states no rate given its donor's, when another source gives it in a sentence that sets
    figures against each other (`repeats.contrast`): "3,1 miliardi l'anno secondo la
    Ragioneria, 3,8 miliardi per la Corte" are two accounts of one yearly cost. A figure of the
    same source keeps none ("2,7 miliardi l'anno e 8,1 miliardi nel biennio": a total)."""
    rates, sources = table["rate"].tolist(), table["source"].tolist()
    quotes, langs = table["quote"].tolist(), table["lang"].tolist()
    found = [
        (i, rates[d])
        for i, d in pairs
        if d is not None and not rates[i] and rates[d] and sources[i] != sources[d]
        and repeats.contrast(quotes[i], langs[i] or None)
    ]  # fmt: skip
    if not found:
        return table
    for i, rate in found:
        rates[i] = rate
    return table.assign(rate=rates)


def _columns(claims: pd.DataFrame) -> pd.DataFrame:
    texts = (
        "case", "doc", "concept", "thing", "currency", "unit", "scope", "refers_to", "quote",
        "text", "lang", "source_text", "source", "rate", "scale",
    )  # fmt: skip
    data = {"claim_id": claims["claim_id"].astype(str).to_numpy(dtype=object)}
    data.update({col: string_array(claims, col) for col in texts})
    given = claims["value"] if "value" in claims else pd.Series([None] * len(claims))
    data["value"] = pd.to_numeric(given, errors="coerce").to_numpy()
    data["day_from"] = string_array(claims, "day_from")
    data["published"] = np.array([p[:10] for p in string_array(claims, "published")], dtype=object)
    data["published_at"] = string_array(claims, "published_at")
    # One construction (a column added at a time copies the table), text kept as Python
    # objects: pandas would store it as arrow strings, and alignment reads every column back
    # into Python lists many times over.
    return pd.DataFrame({k: pd.Series(v, dtype=v.dtype) for k, v in data.items()})


def _dimension(currency: str, unit: str) -> str:
    """What kind of measure: "money", "percent", a pint dimensionality, or "count"."""
    if currency:
        return "money"
    if unit in ("percent", "%", "fraction"):
        return "percent"
    if unit and measured_noun(unit) == "temperature":
        return "[temperature]"  # "45,3 gradi" beside "45.3C": a bare degree is no angle here
    if unit:
        base = unit_base(unit)
        return base[0] if base else unit
    return "count"


def _join_cognates(table: pd.DataFrame) -> pd.DataFrame:
    """Cognate keys a few letters apart, within one case and measure, become one key."""
    unknown = _cognate(table)
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


def _conversion_pairs(claims: pd.DataFrame) -> list[tuple[dict, dict]]:
    """`rules.blocks.conversions` of the claims, of which only the amounts are read: every
    claim was prepared for it before (a twentieth of alignment's CPU at 100,000 claims)."""
    money = string_array(claims, "currency") != ""
    if money.sum() < 2:
        return []
    return conversions(prepare(claims.loc[money, [c for c in _CONVERSION_COLUMNS if c in claims]]))


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


def _same_figures(table: pd.DataFrame, concepts: Concepts) -> pd.DataFrame:
    """A figure with no noun that recurs, in the same measure, in another document of the
    case is about what that figure is about there ("€1.4bn" beside "1,4 milliard d'euros
    d'investissement"); figures with no noun anywhere that recur across documents are one
    quantity among themselves ("95 km", "95 chilometri"), and so are figures whose noun no
    lexicon knows and no other document uses (`_orphans`: "11 European cloud providers",
    "11 fornitori europei": no cognate joins them, the figure does). Small numbers recur by
    chance; a measure's figure ("3.4 tonnes", "6 km") does not, whatever its size. An orphan
    noun never takes another document's known noun: "5 500 IT resources"
    beside "5 500 servers" is a drift of terms to report, not one noun. A noun and a narrower
    kind of it given the figure elsewhere ("displaced", "evacuees") are one noun, the broader
    (`kinds.broadest`). A figure that another document gives as people, and none as a known
    noun, counts people ("1 240 personnes" beside "i 1.240 ospiti").
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
    people: dict[tuple, set[str]] = {}  # the documents that give a figure as people
    for f, noun, doc, alone in zip(figure, nouns, docs, bare, strict=True):
        if alone:
            unkeyed.setdefault(f, set()).add(doc)
            if noun == PEOPLE:
                people.setdefault(f, set()).add(doc)
        elif noun and noun != PEOPLE:
            keyed.setdefault(f, {}).setdefault(noun, set()).add(doc)
    for i in [k for k, alone in enumerate(bare) if alone]:
        f, doc = figure[i], docs[i]
        elsewhere = {n for n, where in keyed.get(f, {}).items() if where - {doc}}
        if not elsewhere:  # "2.9 billion" beside "2.947 milioni di ricavi", "8.15 million"
            # beside "8 146 000 visitors": one figure to two precisions
            elsewhere = _rounded_elsewhere(f, doc, keyed)
        elsewhere = broadest(elsewhere, concepts)
        measure = currencies[i] or unit_of[i]
        shown = f"{f[3]:g}" + (f" {measure}" if measure else "")
        if len(elsewhere) == 1 and nouns[i] in ("", PEOPLE):
            nouns[i] = elsewhere.pop()
            labels[i] = nouns[i].lstrip(COGNATE).replace("-", " ")
            notes[i] = f"{SAME_FIGURE} ({shown}) is given for it in another document"
        elif nouns[i] != PEOPLE and not keyed.get(f) and people.get(f, set()) - {doc}:
            nouns[i], labels[i] = PEOPLE, PEOPLE  # "2.370 persone" beside "i 2.370"
            notes[i] = f"{SAME_FIGURE} ({shown}) is given as people in another document"
        elif nouns[i] != PEOPLE and not keyed.get(f) and len(unkeyed.get(f, ())) > 1:
            # an unknown noun no other document uses keeps its label ("fornitori europei")
            labels[i] = labels[i] if nouns[i] else shown
            nouns[i] = f"={f[3]:g}" + (f" {f[1] or f[2]}" if f[1] or f[2] else "")
            notes[i] = f"{SAME_FIGURE} ({shown}) recurs in other documents"
    return table.assign(noun=nouns, evidence=notes, noun_label=labels)


_RIVAL_FRAME = ("source", "quote", "lang", "dimension")  # what rival accounts are read by


def _rivals(
    before: pd.DataFrame, after: pd.DataFrame, sentences: list
) -> tuple[pd.DataFrame, list[tuple[int, int]]]:
    """`after` (`before` once figures took the noun their figure has elsewhere) with each
    rival account of a renamed figure in its sentence given the same noun (`rivals.rivals_named`:
    "6,2 miliardi secondo il ministero, 3,8 per la Corte"), and the rival accounts of each
    figure then (`rivals.rival_pairs`)."""
    nouns, frame = after["noun"].tolist(), [after[c].tolist() for c in _RIVAL_FRAME]
    first = before["noun"].tolist()
    found = rivals_named(first, nouns, rival_pairs(first, *frame, sentences))
    if found:
        labels, notes = after["noun_label"].tolist(), after["evidence"].tolist()
        for i, p in found:
            nouns[i], labels[i] = nouns[p], labels[p]
            notes[i] = (
                f"a rival account in its sentence of a figure given “{labels[p]}”: {notes[p]}"
            )
        after = after.assign(noun=nouns, noun_label=labels, evidence=notes)
    pairs = rival_pairs(nouns, *frame, sentences)
    keyed = nounless_rivals(nouns, pairs, after["doc"].tolist(), frame[1])
    if keyed:  # "Ils étaient 17 000 selon la police, 47 000 selon les syndicats"
        rows = sorted(keyed)
        after = _given_labelled(
            after,
            rows,
            [keyed[i] for i in rows],
            [RIVALS_LABEL] * len(rows),
            ["no noun: two sources set this figure against another in its sentence"] * len(rows),
        )
    return after, pairs


def _rivals_dated(
    after: pd.DataFrame, before: pd.DataFrame, rivals: list[tuple[int, int]]
) -> pd.DataFrame:
    """`after` (`before` once undated figures took the year another account gives them,
    `_years_told`) with each rival of `rivals` (rival, partner) that was told on its partner's
    day given its partner's year too: two accounts of one figure are of one year."""
    if not rivals:
        return after
    then, now = before["refers_to"].tolist(), after["refers_to"].tolist()
    rows = [(r, p) for r, p in rivals if now[p] != then[p] and now[r] == then[r] == then[p]]
    if not rows:
        return after
    froms, notes = after["day_from"].tolist(), after["evidence"].tolist()
    for r, p in rows:
        now[r], froms[r] = now[p], froms[p]
        notes[r] = f"{notes[r]}; day not stated: about {now[p]}, the year of its rival"
    return after.assign(refers_to=now, day_from=froms, evidence=notes)


def _rounded_elsewhere(figure: tuple, doc: str, keyed: dict[tuple, dict[str, set[str]]]) -> set:
    """The nouns other documents give a figure of `figure`'s case and measure (an amount, a
    count of a million or more) that is the same figure to another precision
    (`magnitudes.rounded_alike`)."""
    return {
        noun
        for other, given in keyed.items()
        if other[:3] == figure[:3] and rounded_alike(figure[3], other[3])
        for noun, where in given.items()
        if where - {doc}
    }


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
    weak = measured & (table["noun"].eq("") | by_value(table["noun"], _is_figure_key))
    if (measured & _cognate(table)).any():
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


def _cognate(table: pd.DataFrame) -> pd.Series:
    """Whether each noun is a cognate key (a noun no lexicon knows)."""
    return by_value(table["noun"], lambda n: n.startswith(COGNATE))


def _is_figure_key(noun: str) -> bool:
    """Whether a noun key is a figure's own ("=95 km": `_same_figures`)."""
    return noun.startswith("=")


def _orphans(table: pd.DataFrame) -> pd.Series:
    """Rows whose noun is a cognate key (a noun no lexicon knows) that no other document of
    the case uses: such a noun ("Européens", "fornitori europei") joins nothing across
    documents, so across documents it says no more than no noun at all."""
    cognate = _cognate(table)
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
    year is given for it. So is one its clause dates within that year or the next: the day
    it was told ("Brisca reported on Thursday a profit of €264 million", the 2030 profit
    that went out in February 2031), not the period it describes; and one its clause dates
    in the year before: a coming year's figure (a budget, a target) told when it was adopted
    ("le gouvernement a adopté mercredi un budget de 31,2 milliards", the 2031 budget
    adopted in October 2030).

    An amount is the same to another precision too ("2.9 billion" beside "2.947 milioni …
    2025": `magnitudes.rounded_keys`).

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
    years |= rounded_keys(keys, years)  # "2.9 billion" beside "2.947 milioni … 2025"
    undated = [
        i
        for i, (k, day, source, t) in enumerate(zip(keys, days, froms, telling, strict=True))
        if t
        and k in years
        and len({y for y, _ in years[k]}) == 1
        and (not day or source == "document" or _told_around(day, next(iter(years[k]))[0]))
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


def _told_around(day: str, year: str) -> bool:
    """Whether a clause's `day` is one a figure of `year` is told on: within that year or the
    next (annual results go out weeks after their year ends), or the year before (a budget
    or a target for the coming year is adopted in the autumn before it), so the day it was
    said, not the period it describes.

    >>> _told_around("2031-02-20", "2030"), _told_around("2030-10-08", "2031")
    (True, True)
    >>> _told_around("2033-02-20", "2030"), _told_around("2029-10-08", "2031")
    (False, False)
    """
    if len(day) != 10 or not (day[:4].isdigit() and year.isdigit()):
        return False
    return -1 <= int(day[:4]) - int(year) <= 1


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
