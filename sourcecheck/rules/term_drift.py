"""The same figure attached to different things in one story.

Why
---
"5,500 servers" and "5,500 IT resources" cannot both describe the same count unless servers
are all the IT resources there were; an editor must know which one the story uses. Figures
are the same when the numbers written are (bounded ones only: "more than 700" is not a
figure to match, nor is "hundreds", a span of many figures); the concept lexicon's hierarchy (`concept_path`, root first) tells which
thing is narrower, and the message says so.

Example
-------
Eurojust: 5 500 serveurs · GdF: 5 500 « ressources informatiques » → term-drift
("server is one kind of it-resource")

Options
-------
min_value: ignore figures below this; small counts coincide too often (default 100)

Round amounts and measures (two significant digits or fewer: €300 million, 260 km) coincide
often: a story's grant, cost and investment are all "€300 million" somewhere. They tie
together only things the lexicon nests one in the other; "€300 million" of grant in one
account and of cost in another is two amounts, not a drift. Counts still drift on round
figures ("400 000 foyers" where the others count 400 000 power connections), unless the
figure is attached to three unrelated things or more, or unless no account stands out: the
accounts that agree on one thing (two documents or more) against one that names another is a
drift; one account each ("2,100 employees", "2,100 job cuts") is one figure named twice, or a
chance meeting, and shows none. A duration never drifts with a count ("250 jours", "250
postes"). A figure is the number written: "about 2,300" meets 2,300, not the 2,100 its
"about" allows, and "5 500" meets 5,500, not the 5,520 its rounding allows; and two things
drift only where two accounts may speak of one place and one day (a figure in one town and
the same figure in another are two counts).
"""

from __future__ import annotations

import math
from functools import lru_cache

import pandas as pd

from sourcecheck import wording
from sourcecheck.align.clauses import in_clause
from sourcecheck.align.evidence import SAME_FIGURE
from sourcecheck.align.nouns import COGNATE, LEXICON, durations
from sourcecheck.rules import blocks
from sourcecheck.rules.blocks import union_find

ID = "term-drift"
SEVERITY = "warning"
OPTIONS = {"min_value": 100}

_BLOCK = ("case", "measure")


def run(claims: pd.DataFrame, *, min_value: float = 100) -> pd.DataFrame:
    """One finding per run of overlapping figures that carries two or more concepts."""
    claims = blocks.prepare(claims)
    bounded = (claims["low"] > -math.inf) & (claims["high"] < math.inf)
    # a figure given in words ("des centaines d'avions", "hundreds of flights") names no
    # figure: its span holds many counts, and meeting one of them says nothing
    bounded &= claims["qualifier"] != "vague"
    # Only nouns alignment knows (a lexicon concept): a noun it read by its cognates alone may
    # be a translation the lexicon lacks ("editori" / "publishers"), not another thing.
    known = (claims["subject"] != "") & ~claims["subject"].str.startswith(COGNATE)
    # nor a noun a figure took because another account gives it the same figure: the shared
    # figure is why the nouns agree, not a second word for the thing
    known &= ~claims["subject_evidence"].fillna("").astype(str).str.startswith(SAME_FIGURE)
    # nor a concept the words around a generic noun gave ("1 200 personnes évacuées"): the
    # account names people, and only a verb beside the figure says which
    known &= ~claims["thing"].map(_generic)
    claims = claims[(claims["concept"] != "") & known & bounded & (claims["value"] >= min_value)]
    claims = _as_written(_aligned_nouns(claims))
    # a duration ("250 jours") is never another word for a count of things ("250 postes")
    claims = claims.assign(
        measure=claims["measure"].where(~claims["concept"].isin(durations()), "duration")
    )
    claims = claims.assign(position=blocks.positions(claims, _BLOCK))
    claims = blocks.divided(claims, ("position",), "concept")  # one concept: no drift
    rows = []
    for _, group in claims.groupby("position", sort=True):
        if group["concept"].nunique() < 2 or not _across_sources(group):
            continue
        if not _meeting(group):
            continue  # "2,100 households" in one town, "2,100 tourists" in another
        if _bridged(group):
            continue  # "26 000 imprese clienti", "26,000 business customers": one thing
        if _refined(group):
            continue  # "386 flights", "386 cancelled flights": one thing, its state unsaid
        if _worded_alike(group):
            continue  # "seized $1.4 million in cash" twice, read once as each: one wording
        paths = dict(zip(group["concept"], group["concept_path"], strict=True))
        if not _narrower(paths) and _round(group["value"].min()) and _loose(group):
            continue  # unrelated things sharing a round amount: a coincidence, not a drift
        who = group.groupby("concept")["source"].agg(wording.names)
        things = group.groupby("concept")["thing"].agg(lambda s: " / ".join(sorted(set(s) - {""})))
        figure = wording.label(group.sort_values(["qualifier", "value"]).iloc[0])
        rows.append(
            {
                "message": f"{figure} is attached to "
                + " and ".join(f"{c} ({who[c]})" for c in who.index)
                + _narrower(paths),
                "explanation": "; ".join(
                    f"{who[c]}: {figure} «{things[c] or c}»" for c in who.index
                )
                + ". The intervals overlap: the same figure, counted as different things.",
                "subject": {
                    "concept": _common(paths),
                    "scope": _only(group["scope"]),
                    "refers_to": _only(group["refers_to"]),
                },
                "members": list(zip(group["claim_id"], group["concept"], strict=True)),
            }
        )
    return blocks.found(rows)


def _as_written(claims: pd.DataFrame) -> pd.DataFrame:
    """`claims` with each figure reduced to the number written: "about 2,300" [2,070, 2,530]
    to 2,300, "5 500" [5,450, 5,550] to 5,500.

    Why: a drift is one figure given two names; "about 2,300 tourists" in one account and
    "2,100 households" in another, or "5 500 servers" and "5 520 workstations", are two
    figures whose spans meet, not one figure renamed. The number written still meets the
    same number in any language or qualifier ("some 1,200 jobs", "1 200 postes", "1.200
    posti").

    >>> t = pd.DataFrame({"value": [2300.0, 2100.0, 5500.0],
    ...     "low": [2070.0, 2100.0, 5450.0], "high": [2530.0, 2100.0, 5550.0]})
    >>> _as_written(t)[["low", "high"]].values.tolist()
    [[2300.0, 2300.0], [2100.0, 2100.0], [5500.0, 5500.0]]
    """
    return claims.assign(low=claims["value"], high=claims["value"])


def _aligned_nouns(claims: pd.DataFrame) -> pd.DataFrame:
    """`claims` with each concept the noun alignment judged it to count (its subject's first
    key), where that differs from the word the frame read: "2.500 tra canali e server" is the
    channels of "2,500 channels", "le résultat net ressort à 118 millions" the profit of "a
    net profit of 118 million". Alignment already read the word as that noun (a translation,
    a first noun, the quantity given elsewhere): one thing named in two languages, no drift.
    A lexicon concept stays as it is: "ressources informatiques" counted as the servers the
    story gives are still another word for them, the drift to report."""
    noun = claims["subject"].str.split("|").str[0].str.split("+").str[0]  # marks aside
    evidence = claims["subject_evidence"].fillna("").astype(str)
    own = pd.Series(
        [
            e.startswith(f"{LEXICON} “{c}”")
            for e, c in zip(evidence, claims["concept"], strict=True)
        ],
        index=claims.index,
    )  # the lexicon gave the subject the claim's own concept
    other = noun.ne(claims["concept"]) & noun.ne("") & ~own
    if not other.any():
        return claims
    paths = dict(zip(claims["concept"], claims["concept_path"], strict=True))
    return claims.assign(
        concept=claims["concept"].where(~other, noun),
        concept_path=claims["concept_path"].where(~other, noun.map(paths).fillna(noun)),
    )


def _meeting(group: pd.DataFrame) -> bool:
    """Whether two claims of different concepts in the run may be about one place and one
    day: each pair's scopes and days are equal, or one of the two is not stated.

    Why: a figure is one figure renamed only where the two accounts speak of the same
    thing; "2,100 households" without power in one valley and "2,100 tourists" stranded in
    a town across the border, or on another day, are two counts that happen to meet.

    >>> _meeting(pd.DataFrame({"concept": ["household", "visitor"],
    ...     "scope": ["Castelbruno", "Valnera"], "refers_to": ["", ""]}))
    False
    >>> _meeting(pd.DataFrame({"concept": ["household", "visitor"],
    ...     "scope": ["Castelbruno", ""], "refers_to": ["2025-04-02", "2025-04-02"]}))
    True
    """
    rows = list(zip(group["concept"], group["scope"], group["refers_to"], strict=True))
    return any(
        a[0] != b[0] and _either(a[1], b[1]) and _either(a[2], b[2])
        for i, a in enumerate(rows)
        for b in rows[i + 1 :]
    )


def _either(a: str, b: str) -> bool:
    return not a or not b or a == b


def _bridged(group: pd.DataFrame) -> bool:
    """Whether the accounts' own words join every concept of the run into one thing: a noun
    phrase that holds a word of each of two concepts ("imprese clienti", "business
    customers": companies that are customers) says the two name the same figures here, in
    that account and in those that use one word of the two ("26 000 entreprises")."""
    ids = sorted(set(group["concept"]))
    at = {c: i for i, c in enumerate(ids)}
    links = []
    langs = group["lang"] if "lang" in group else [""] * len(group)
    for thing, lang in set(zip(group["thing"], langs, strict=True)):
        named = sorted({at[c] for c in _word_concepts(str(thing), str(lang or "")) if c in at})
        links += [(named[0], k) for k in named[1:]]
    return bool(links) and len(set(union_find(len(ids), links))) == 1


def _refined(group: pd.DataFrame) -> bool:
    """Whether the lexicon's refinements join every concept of the run into one thing: a
    concept that is another in a state ("cancelled-flight" refines "flight", "job-creation"
    refines "job") names the same figures as the thing it refines and as its own broader
    event ("cancellation"), read with or without the state word.

    Why: "420 flights were scrapped" read as flights, "420 cancelled flights" and "420
    cancellations" elsewhere are one count whose state one account words with a verb the
    reader does not know, or leaves to the story; a drift renames the thing counted ("5,500
    servers", "5,500 IT resources"), which no refinement links.

    >>> _refined(pd.DataFrame({"concept": ["flight", "cancelled-flight", "cancellation"]}))
    True
    >>> _refined(pd.DataFrame({"concept": ["server", "it-resource"]}))
    False
    """
    ids = sorted(set(group["concept"]))
    at = {c: i for i, c in enumerate(ids)}
    concepts = _lexicon()
    refining = {c for cs in concepts.refined_by.values() for c in cs if c in at}
    links = [
        (at[base], at[c]) for base in ids for c in concepts.refined_by.get(base, ()) if c in at
    ]
    links += [(at[c], at[p]) for c in refining if c in at and (p := concepts.parent.get(c)) in at]
    return bool(links) and len(set(union_find(len(ids), links))) == 1


def _worded_alike(group: pd.DataFrame) -> bool:
    """Whether every claim of the run has, in its own clause, a context word of each
    concept of the run (`align/clauses.in_clause`): the accounts word the figure alike
    ("agents seized $1.4 million in cash", "$1.4 million in cash was seized"), and only the
    reading of which word names it differs; a drift is a writer who names the thing
    otherwise, so one clause at least lacks the other thing's words.

    >>> _worded_alike(pd.DataFrame({"concept": ["cash", "seizure-value"],
    ...     "text": ["$1.4 million", "$1.4 million"], "lang": ["en", "en"],
    ...     "quote": ["Agents seized $1.4 million in cash.", "Cash of $1.4 million was seized."]}))
    True
    >>> _worded_alike(pd.DataFrame({"concept": ["cash", "seizure-value"],
    ...     "text": ["$1.4 million", "$1.4 million"], "lang": ["en", "en"],
    ...     "quote": ["Agents seized $1.4 million in cash.", "Agents seized $1.4 million."]}))
    False
    """
    ids, concepts = set(group["concept"]), _lexicon()
    if _named_apart(group, ids):
        return False  # "35 000 foyers" beside "35.000 utenze": the nouns themselves differ
    rows = zip(group["quote"], group["text"], group["lang"], group["concept"], strict=True)
    return all(
        quote and text in quote and in_clause(quote, text, lang, c, concepts)
        for quote, text, lang, own in rows
        for c in ids - {own}
    )


def _named_apart(group: pd.DataFrame, ids: set[str]) -> bool:
    """Whether two claims' own nouns name two different concepts of the run ("foyers" a
    household, "utenze" a power connection): the writers named the thing otherwise, even
    where the words around both figures (an outage's "without power") fit each concept.

    >>> _named_apart(pd.DataFrame({"thing": ["foyers", "utenze"], "lang": ["fr", "it"]}),
    ...     {"household", "power-customer"})
    True
    """
    if "thing" not in group:
        return False
    named = {
        frozenset(_word_concepts(str(t), str(lang)) & ids)
        for t, lang in zip(group["thing"], group["lang"], strict=True)
        if t and isinstance(t, str)
    } - {frozenset()}
    return any(not (a & b) for a in named for b in named)


@lru_cache(maxsize=4096)
def _word_concepts(thing: str, lang: str) -> frozenset[str]:
    """The shipped lexicon's concepts of each word of `thing` ("business customers":
    company, customer)."""
    concepts = _lexicon()
    return frozenset(
        c for w in thing.split() if len(w) > 3 and (c := concepts.match(w, lang or None))
    )


@lru_cache(maxsize=4096)
def _generic(thing: str) -> bool:
    """Whether `thing` is a generic noun ("personnes", "people", "persone": the lexicon's
    `generic`), whose concept the words around the figure gave."""
    return bool(thing) and _lexicon().is_generic(str(thing))


@lru_cache(maxsize=1)
def _lexicon():
    from sourcecheck.extract.lexicon import load_concepts  # extract imports the rules' blocks

    return load_concepts()


def _loose(group: pd.DataFrame) -> bool:
    """Whether a round figure shared by unrelated things says nothing: spread over measures or
    three things (`_spread`), or given to each thing by as many accounts (`_outlier`)."""
    return _spread(group) or not _outlier(group)


def _outlier(group: pd.DataFrame) -> bool:
    """Whether the accounts agree on one thing but one: a thing given the figure by two
    documents or more, another by fewer ("400 000 power connections" in three accounts,
    "400 000 households" in one headline). One account each ("2,100 employees", "2,100 job
    cuts") is one figure named twice, or two figures that meet by chance: no drift shows."""
    docs = group.groupby("concept")["doc"].nunique()
    return bool(docs.max() >= 2 and docs.min() < docs.max())


def _spread(group: pd.DataFrame) -> bool:
    """Whether a round figure shared by unrelated things is more likely a coincidence than a
    rewording: an amount or a measure (a story's grant, cost and investment are all "€300
    million"), or a count attached to three things or more ("about 9,000" passengers, delays
    and cancellations: a rewording renames one thing as another, it does not spread one figure
    over three)."""
    return bool((group["measure"] != "").all() or group["concept"].nunique() >= 3)


def _round(value: float) -> bool:
    """A round figure: two significant digits or fewer, then zeros (1 200, 260, 3e8); such
    figures coincide too often to tie two unrelated things together. 23, 102, 334 are not."""
    digits = f"{abs(value):.12e}".split("e")[0].replace(".", "").rstrip("0")
    return abs(value) >= 100 and len(digits) <= 2


def _across_sources(group: pd.DataFrame) -> bool:
    """Do two accounts (a document and its source) attach the figure to different things?
    One source naming two things with one figure in one document (102 arrests, 102 suspects)
    is its own account, not a drift; the same source reworded in another document is."""
    accounts = group.assign(account=list(zip(group["doc"], group["source"], strict=True)))
    sides = accounts.groupby("concept")["account"].agg(frozenset)
    return any(a != b and a - b for a in sides for b in sides)


def _ancestors(concept: str, path: str) -> list[str]:
    parts = [p for p in path.split("/") if p]
    return parts[:-1] if parts and parts[-1] == concept else parts


def _narrower(paths: dict[str, str]) -> str:
    """ "; server is one kind of it-resource" when the lexicon nests one concept in another."""
    said = [
        f"{narrow} is one kind of {broad}"
        for narrow, path in sorted(paths.items())
        for broad in sorted(paths)
        if broad != narrow and broad in _ancestors(narrow, path)
    ]
    return "; " + "; ".join(said) if said else ""


def _common(paths: dict[str, str]) -> str:
    """The broadest concept in the run when it holds all the others, else the sorted ids."""
    for broad in sorted(paths):
        if all(c == broad or broad in _ancestors(c, p) for c, p in paths.items()):
            return broad
    return "+".join(sorted(paths))


def _only(values: pd.Series) -> str:
    distinct = set(values)
    return distinct.pop() if len(distinct) == 1 else ""
