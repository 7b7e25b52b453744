"""Different sources or documents give figures for the same thing that cannot both be true.

Why
---
When the Guardia di Finanza says 350 Telegram channels and Eurojust says 370, at least one
is wrong (or they count different things): the editor must pick, qualify or attribute. Two
claims are compared when alignment gave them one subject (the same quantity: thing, place,
day, rate); they agree when their intervals meet (DESIGN §5: "more than 350" and "oltre 370"
agree). One quantity given in several currencies or units is compared in a common measure:
euros at the ECB reference rate of each publication date, pint base units for lengths and
weights. Every divergence between sources is reported here, even one another rule explains
better (a rounding slip, a million/billion slip): the engine keeps the more specific finding
when its rule is enabled. A running count (a cumulative concept: deaths, evacuations, damage…)
is compared across moments too: a figure below one given for an earlier moment cannot be
right for both (a larger one is an update, reported by the `update` rule, never here).
Figures one document gives sentences apart are two quantities the words did not tell apart (a
region's count beside the country's), not two accounts: `rules.apart`. A figure told apart so
from every other leaves the comparison, and the others still compare (`_compared`).
A subject that is a unit of time and nothing else ("month", "day") is reported as information:
two durations of a story usually time different things (`_bare_duration`).

Example
-------
GdF: 350 canali Telegram · Eurojust: 370 Telegram channels → value-conflict
ACP (14 Nov): 13 morts · ASA (15 Nov): 9 morti → value-conflict (a running count fell)

Options
-------
fx_tolerance: how far (relative) an amount converted at the ECB rate may move (default 0.02)
max_ratio: figures further apart than this factor are taken for different quantities the words
  did not tell apart, unless their scale words differ (default 12: police and union counts
  of one march, which can be ten or twelve times apart, stay within it; a part beside its
  whole, one country's arrests beside an operation's, is often further. Measured on the
  blind gold, frozen half: 20 → 12 took false positives 45 → 44 and updates reported as
  conflicts 19 → 18, required findings 129/203 unchanged; 8 lost three required findings)
"""

from __future__ import annotations

import pandas as pd

from sourcecheck import wording
from sourcecheck.align.nouns import COGNATE, durations
from sourcecheck.rules import apart, blocks, running

ID = "value-conflict"
SEVERITY = "error"
OPTIONS = {"fx_tolerance": 0.02, "max_ratio": 12.0}
NEEDS = ("rates",)

_BLOCK = (*blocks.SAME_QUANTITY, "cmp_measure", "band")


def run(
    claims: pd.DataFrame, *, rates=None, fx_tolerance: float = 0.02, max_ratio: float = 12.0
) -> pd.DataFrame:
    """One finding per subject holding positions from different (doc, source), and one
    per running count that falls from an earlier moment to a later one."""
    claims = blocks.prepare(claims)
    compared = blocks.comparable(claims)  # the timeline readings see every subject
    falls = running.falls(compared) + running.apart_at_one_moment(compared)
    claims = blocks.shared(blocks.comparable(claims[claims["subject"] != ""]), blocks.SAME_QUANTITY)
    claims = _soft_above(blocks.in_common_measure(claims, rates, fx_tolerance))
    claims = claims.assign(
        band=blocks.magnitude_bands(claims, _BLOCK[:-1], max_ratio, value="cmp_value")
    )
    claims = claims.assign(
        stand=blocks.firm_positions(claims, _BLOCK, low="cmp_low", high="cmp_high")
    )
    claims = blocks.divided(claims, _BLOCK)
    every_label = blocks.stand_labels(claims)
    bounds = claims.groupby("stand").agg(low=("cmp_low", "min"), high=("cmp_high", "max"))
    bounds_of = dict(zip(bounds.index, zip(bounds["low"], bounds["high"], strict=True), strict=True))  # fmt: skip
    # Blocks read from plain lists: pandas work per block costs ~50 ms, a finding each.
    col = {c: claims[c].tolist() for c in _COLUMNS}
    rows = []
    for idx in blocks.block_rows(claims, _BLOCK):
        idx = _compared(col, idx)
        stands = list(dict.fromkeys(col["stand"][i] for i in idx))
        if len(stands) < 2 or len({(col["doc"][i], col["source"][i]) for i in idx}) < 2:
            continue
        labels = {s: every_label[s] for s in stands}
        members = [(col["claim_id"][i], labels[col["stand"][i]]) for i in idx]
        by_stand: dict = {}
        for i in sorted(idx, key=col["stand"].__getitem__):  # stable: block order within a stand
            by_stand.setdefault(col["stand"][i], []).append(i)
        said = {s: wording.names(col["source"][i] for i in rows_) for s, rows_ in by_stand.items()}
        first = {k: col[k][idx[0]] for k in _SUBJECT}
        loose = _spelled_alike(first["subject"], [col["lang"][i] for i in idx])
        bare = _bare_duration(first["subject"])
        rows.append(
            {
                "message": f"{first['subject_label']}: "
                + " vs ".join(f"{labels[s]} ({who})" for s, who in said.items()),
                "explanation": _explain(col, idx, by_stand, labels)
                + (_LOOSE if loose else "")
                + (_BARE if bare else ""),
                "subject": blocks.subject(first),
                "members": members,
                "severity": "info"
                if loose or bare
                else blocks.severity_of_gaps([bounds_of[s] for s in stands]),
            }
        )
    return blocks.found(rows + falls)


_LOOSE = (
    " The noun is known by its spelling alone, in several languages: the accounts may count"
    " different things."
)


_BARE = (
    " The figures are lengths of time with nothing said of what lasts: they may time"
    " different things."
)


def _bare_duration(subject: str) -> bool:
    """Whether a subject is a length of time and nothing else: its noun a unit of time
    (`align.nouns.durations`), with no place, day, rate or mark.

    Why: "a state of emergency for 12 months" and "repairs could take 2 months", "for 17
    days the data were exposed" and "notified after 9 days": the frame reads the unit of
    time as the noun, and two durations of a story meet as one quantity though each times
    a different thing. The finding stays, as information; a subject that says what lasts
    (a mark, a place, a day) is compared as any other.

    >>> _bare_duration("month||||count"), _bare_duration("month||||count|owner=x")
    (True, False)
    >>> _bare_duration("arrest||||count")
    False
    """
    fields = subject.split("|")
    return fields[0] in durations() and not any(fields[1:4]) and len(fields) <= 5


def _spelled_alike(subject: str, langs: list[str]) -> bool:
    """Whether a subject's noun is one no lexicon knows, joined across languages by its
    spelling alone (alignment's cognates, `align.nouns.COGNATE`).

    Why: a skeleton shared by words of two languages is weak evidence that they name one
    thing (a false friend, a verb or an adjective read as the noun); two figures that
    disagree under it are as likely two quantities as a conflict. The finding stays, as
    information: an editor who knows the words judges, and a lexicon entry makes it a
    conflict again. Within one language the same written noun is the evidence, and stays
    an error.

    >>> _spelled_alike("~pompist||||count", ["fr", "it"]), _spelled_alike("~pompist||||count", ["fr", "fr"])
    (True, False)
    >>> _spelled_alike("fuel-attendant||||count", ["fr", "it"])
    False
    """
    return subject.startswith(COGNATE) and len({x for x in langs if x}) > 1


def _soft_above(claims: pd.DataFrame) -> pd.DataFrame:
    """`claims` with the upper bound of each figure given in words ("des centaines de vols",
    "hundreds of flights", "decine di feriti") left open.

    Why: such a word is an impression, not a count; "hundreds of flights" where the airports
    count 1,180 understates, it does not contradict. Its lower bound still holds: "hundreds"
    against 40 cannot both be right.
    """
    vague = claims["qualifier"].eq("vague")
    if not vague.any():
        return claims
    return claims.assign(cmp_high=claims["cmp_high"].where(~vague, float("inf")))


_SUBJECT = ("subject", "subject_label", "concept", "scope", "refers_to")
_COLUMNS = (*_SUBJECT, "lang", "claim_id", "stand", "doc", "source", "cmp_low", "cmp_high",
            "low_open", "high_open", "measure", "cmp_measure", "cmp_note", "sentence")  # fmt: skip


def _compared(col: dict, idx: list[int]) -> list[int]:
    """The rows of a block whose stand is not told apart from every other stand by the
    documents (`apart.kept`): a figure one document gives far from all the others is
    another quantity (`rules.apart`); the others still compare. None (an empty list) when
    every pair is told apart.

    Why: one stand far from the rest must not make a whole block of disputed accounts leave
    the comparison (`apart.told_apart` asked that of every pair at once).

    >>> col = {"stand": [0, 1, 2], "doc": ["a"] * 3, "sentence": [0, 4, 4], "source": ["h", "x", "y"]}
    >>> _compared(col, [0, 1, 2])
    [1, 2]
    """
    by_stand: dict = {}
    for i in idx:
        by_stand.setdefault(col["stand"][i], []).append(i)
    if len(by_stand) < 2:
        return idx
    stands = list(by_stand)
    kept = {stands[k] for k in apart.kept([[_placed(col, i) for i in by_stand[s]] for s in stands])}
    return [i for i in idx if col["stand"][i] in kept]


def _placed(col: dict, i: int) -> dict:
    """Where claim row `i` stands in its document, as `apart.kept` reads it."""
    return {"doc": col["doc"][i], "sentence": col["sentence"][i], "source": col["source"][i]}


def _explain(col: dict, idx: list[int], by_stand: dict, labels: dict[int, str]) -> str:
    """Each stand's interval (its lowest and highest bounds, open ends kept) and sources."""
    parts = []
    measure = col["cmp_measure"][idx[0]]
    units = {m for m in (col["measure"][i] for i in idx) if not _missing(m)}
    unit = f" {measure}" if len(units) > 1 else ""
    for stand, members in by_stand.items():
        # as sorting puts a missing bound last: the lowest bound, closed first; the highest
        lowest = min(members, key=lambda i: (*_bound(col["cmp_low"][i]), col["low_open"][i]))
        highest = max(members, key=lambda i: (*_bound(col["cmp_high"][i]), not col["high_open"][i]))  # fmt: skip
        allows = wording.interval(
            col["cmp_low"][lowest], col["cmp_high"][highest],
            col["low_open"][lowest], col["high_open"][highest],
        )  # fmt: skip
        parts.append(
            f"{labels[stand]} allows {allows}{unit} "
            f"({len(members)} claim(s): {wording.names(col['source'][i] for i in members)})"
        )
    notes = sorted({n for n in (col["cmp_note"][i] for i in idx) if n})
    tail = "".join(f" {n[0].upper()}{n[1:]}." for n in notes)
    return "; ".join(parts) + ". These intervals do not meet." + tail


def _missing(value) -> bool:
    return value is None or value != value


def _bound(x: float) -> tuple[bool, float]:
    """A sort key putting a missing bound after every number."""
    return (True, 0.0) if _missing(x) else (False, x)
