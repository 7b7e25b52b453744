"""Kinds: a broader noun is the one narrower kind of it the story counts.

Why
---
One outlet writes "1 400 sfollati" (displaced), another "1,400 evacuees"; one "10 million
users", another "10.6 million subscribers". The lexicon knows each pair as a concept and a
narrower one (displaced/evacuee, user/subscriber, job/job-creation), and left apart they are
never compared. Unknown is not different, as for days and places: a figure of the broader
concept takes the narrower one when the story counts exactly one narrower kind of it in the
same measure, place, rate and day (as read: a figure of another day may count a kind that
comes and goes, "860 still displaced" days after "1,400 evacuated"), and its evidence says so.

A whole is not its part: when one document gives both a broader and a narrower figure that
differ ("300 displaced, 120 of them evacuated"), the broader one stays the whole. A broader
figure smaller than every narrower one of its document is no whole of them, but a part told
under the broader noun ("cut 1,730 jobs … 610 jobs at its main plant"): that document's broader
figures stay as they are, and so do the others', except another document's broader figure
within 10% of one of those narrower figures and of none of those broader ones: "the plan
will reduce the workforce by 1,730 positions" is the 1,730 job cuts. Two narrower
kinds (dead and injured under victims) leave the broader figure as it is, unless one of
them gives that very figure ("le vittime sono tre" beside "3 morti e 12 feriti": the dead).

A running count (a cumulative concept) never goes back to being another kind: "le vittime
sono ora 8" on Thursday, in a story that counts the dead and no other kind of victim on
the other days ("6 morts" on Wednesday), is the toll of the dead, a step of its timeline,
though no figure of the dead is given for Thursday.

Example
-------
>>> import pandas as pd
>>> from sourcecheck.extract.lexicon import load_concepts
>>> table = pd.DataFrame({"case": "c", "doc": ["a", "b"], "dimension": "count",
...     "scope": "", "rate": "", "refers_to": "", "noun": ["displaced", "evacuee"], "noun_label": "",
...     "value": [1400.0, 1400.0], "evidence": ""})
>>> narrowed(table, load_concepts())["noun"].tolist()
['evacuee', 'evacuee']
"""

from __future__ import annotations

import pandas as pd

from sourcecheck.extract.lexicon import Concepts

BLOCK = ("case", "dimension", "scope", "rate", "refers_to")  # refers_to: the day, if known


def narrowed(table: pd.DataFrame, concepts: Concepts) -> pd.DataFrame:
    """`table` with each broader noun replaced by the one narrower noun of its block."""
    nouns = table["noun"].tolist()
    known = {n for n in set(nouns) if n in concepts.parent}
    if not any(len(concepts.ancestors(n)) > 1 for n in known):
        return table  # no narrower concept at all: nothing to narrow
    blocks = list(zip(*(table[c].tolist() for c in BLOCK), strict=True))
    present: dict[tuple, set[str]] = {}
    for b, n in zip(blocks, nouns, strict=True):
        if n in concepts.parent:
            present.setdefault(b, set()).add(n)
    target: dict[tuple[tuple, str], str] = {}
    several: dict[tuple[tuple, str], set[str]] = {}
    for b, found in present.items():
        for n in found:
            narrower = {m for m in found if m != n and n in concepts.ancestors(m)}
            if len(narrower) == 1:
                target[(b, n)] = narrower.pop()
            elif narrower:
                several[(b, n)] = narrower
    values = table["value"].round(6).tolist()
    by_value = _figure_kinds(blocks, nouns, values, several)
    docs = table["doc"].tolist()
    wholes = _wholes(table, blocks, {b for b, _ in target}, concepts) if target else {}
    spread = _across_days(present, concepts)
    if spread:
        days = [b[:-1] for b in blocks]
        spread_wholes = _wholes(table, days, {b[:-1] for b, _ in spread}, concepts)
        wholes |= {
            k: spread_wholes[(k[0][:-1], k[1])]
            for k in spread
            if (k[0][:-1], k[1]) in spread_wholes
        }
        target |= {k: m for k, m in spread.items() if k not in target}
    if not target and not by_value:
        return table
    renamed = [
        ("" if _whole(wholes.get((b, n)), doc, v) else target.get((b, n), ""))
        or by_value.get((b, n, v), "")
        for b, n, v, doc in zip(blocks, nouns, values, docs, strict=True)
    ]
    return table.assign(
        noun=[r or n for r, n in zip(renamed, nouns, strict=True)],
        noun_label=[
            r.replace("-", " ") if r else label
            for r, label in zip(renamed, table["noun_label"].tolist(), strict=True)
        ],
        evidence=[
            f"{ev}; a kind of it: “{r}”, the only kind the story counts" if r else ev
            for r, ev in zip(renamed, table["evidence"].tolist(), strict=True)
        ],
    )


def broadest(nouns: set[str], concepts: Concepts) -> set[str]:
    """The one noun of `nouns` that each other one is a kind of, as a set of one; else
    `nouns` as they are.

    Why: a figure with no noun of its own takes the noun the same figure is given elsewhere
    only when that noun is one; "1 870 personnes" beside "1,870 displaced" and "1 870
    sfollati" (evacuees, a kind of the displaced) is one figure named by a noun and a
    narrower kind of it, not two things it might count: it takes the broader one, which
    `narrowed` then makes the one kind the story counts, if it counts one.

    >>> from sourcecheck.extract.lexicon import load_concepts
    >>> sorted(broadest({"displaced", "evacuee"}, load_concepts()))
    ['displaced']
    >>> sorted(broadest({"employee", "job"}, load_concepts()))
    ['employee', 'job']
    """
    if len(nouns) < 2:
        return nouns
    broad = [n for n in nouns if all(n in concepts.ancestors(m) for m in nouns)]
    return {broad[0]} if len(broad) == 1 else nouns


def _across_days(present: dict[tuple, set[str]], concepts: Concepts) -> dict[tuple, str]:
    """(block, broader noun) → the one narrower kind the story counts on any day (its block
    without the day), for a broader running count (`Concepts.is_cumulative`) whose own day
    counts no narrower kind: a toll's "vittime" of Thursday beside the dead of Wednesday."""
    story: dict[tuple, set[str]] = {}
    for b, found in present.items():
        story.setdefault(b[:-1], set()).update(found)
    out = {}
    for b, found in present.items():
        for n in found:
            if not concepts.is_cumulative(n) or any(
                m != n and n in concepts.ancestors(m) for m in found
            ):
                continue  # a count that may come and go, or one its day already narrows
            narrower = {m for m in story[b[:-1]] if m != n and n in concepts.ancestors(m)}
            if len(narrower) == 1:
                out[(b, n)] = narrower.pop()
    return out


def _figure_kinds(
    blocks: list[tuple], nouns: list[str], values: list[float], several: dict[tuple, set[str]]
) -> dict[tuple, str]:
    """(block, broader noun, value) → the one narrower kind, of the several its block
    counts, given that very figure: "le vittime sono tre" beside "3 morti e 12 feriti" counts
    the dead. A figure two kinds share, or none, stays broader."""
    if not several:
        return {}
    kinds: dict[tuple, set[str]] = {}
    for b, n, v in zip(blocks, nouns, values, strict=True):
        kinds.setdefault((b, v), set()).add(n)
    out = {}
    for b, n, v in zip(blocks, nouns, values, strict=True):
        if (b, n) in several and v == v:
            given = several[(b, n)] & kinds.get((b, v), set())
            if len(given) == 1:
                out[(b, n, v)] = next(iter(given))
    return out


# a whole; documents and values of it told below narrower figures; those narrower figures
Given = tuple[bool, set[str], set[float], set[float]]


def _whole(given: Given | None, doc: str, value: float) -> bool:
    """Whether a broader figure of `doc` keeps its noun, by what `_wholes` found for its
    block: any figure, when a document gives it as a whole; else all but another document's
    figure within 10% of a narrower one and of none of the broader ones told below them."""
    if given is None:
        return False
    whole, docs, values, narrower = given
    return whole or doc in docs or _near(value, values) or not _near(value, narrower)


def _near(value: float, values: set[float]) -> bool:
    return any(abs(value - w) <= 0.1 * abs(w) for w in values)


def _wholes(
    table: pd.DataFrame, blocks: list[tuple], among: set[tuple], concepts: Concepts
) -> dict[tuple, Given]:
    """(block, broader noun) → whether a document gives it next to a smaller narrower figure
    (its whole), and the documents and values of it given only below narrower figures (a
    part told under the broader noun), for blocks `among`."""
    figures: dict[tuple, dict[str, set[float]]] = {}
    columns = (table[c].tolist() for c in ("doc", "noun", "value"))
    rows = zip(blocks, *columns, strict=True)
    for b, doc, n, value in rows:
        if b in among and n in concepts.parent and value == value:
            figures.setdefault((b, doc), {}).setdefault(n, set()).add(round(value, 6))
    out: dict[tuple, Given] = {}
    for (b, doc), by_noun in figures.items():
        for n, values in by_noun.items():
            narrower = [
                v
                for m, others in by_noun.items()
                if m != n and n in concepts.ancestors(m) and others != values
                for v in others
            ]
            if narrower:
                whole, docs, smaller, parts = out.get((b, n), (False, set(), set(), set()))
                if max(values) > min(narrower):
                    whole = True
                out[(b, n)] = (whole, docs | {doc}, smaller | values, parts | set(narrower))
    return out
