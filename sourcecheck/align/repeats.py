"""Repeats: one source giving two different values for one quantity in one document.

Why
---
A source does not usually contradict itself within a few lines: when one document gives,
for what alignment reads as one quantity, two figures that cannot both hold ("22,000
households still without power, down from 40,000"; "the €910 million fine … after the
€390 million it paid in 2022"; "300 evacuated in the city … 2,100 across the region"), the
words told two quantities apart (a before and an after, two years, two places) that the
frame did not read. They are two subjects, not a conflict of the source with itself. Figures
of other documents join the one of the two their value meets: a wire that gives the 40,000
of Tuesday is compared with the 40,000, not with today's 22,000. A figure that meets neither
joins the nearer when within 1.5 times of it (a near miss, a conflict to report), else
neither: which of the two it counts is unknown.

Figures of one sentence are no exception ("46 arrests (21 in Italy, 11 in France)", "Kestrel
cancelled 110 flights and Voliamo 28", "Italy accounts for 65 of the cases and France for
19": a breakdown, two owners, two places the frame did not read), unless the sentence sets
its figures against each other (`contrast`: "245 000 selon la CGT, 30 000 selon la police",
"38 % contre 41 %"): there two sources may be the one the attribution read.

Figures that meet, or nearly (within 10%: a rounding or a slip the rules report), stay one
quantity ("more than 1 million" and "1.08 million", "700" and "more than 700"); so do the
same digits at another scale ("8.15 billion customers" in a lead, "8.15 million" below it: a
slipped scale word, which the scale-word rule reports, `slipped`); so do figures
that another source gives in the same document (the union's and the police's counts), and
figures in two currencies or units (a conversion).

Example
-------
>>> import pandas as pd

from sourcecheck.align.shipped import align_data
>>> table = pd.DataFrame({"subject": "s", "doc": ["a", "a", "b"], "source": "X",
...     "currency": "", "unit": "", "low": [22000.0, 40000.0, 40000.0],
...     "high": [22000.0, 40000.0, 40000.0], "start": [10, 80, 5]})
>>> marks(table)
['', 'repeat=1', 'repeat=1']
"""

from __future__ import annotations

import math
import re
from collections import Counter
from functools import lru_cache

import numpy as np
import pandas as pd

from sourcecheck import regexcache
from sourcecheck.align.shipped import align_data
from sourcecheck.frames.attribution import vocabulary

CLOSE = 1.1  # figures within 10% of each other are one quantity: a rounding or a slip


def marks(table: pd.DataFrame) -> list[str]:
    """For each row of `table` (columns subject, doc, source, currency, unit, low, high,
    start, `case` when the table holds several, and `sentence` when known: the sentence of a row whose sentence is a `contrast`,
    NaN otherwise), "" or "repeat=K": the K-th other quantity of its subject that a
    document's source told apart from the first one it gave."""
    out = [""] * len(table)
    # a subject is one quantity of one case: a table of several cases whose documents share
    # names ("01.md") must not mix their figures
    cases = table["case"].tolist() if "case" in table else [""] * len(table)
    named = zip(cases, table["subject"].tolist(), strict=True)
    subjects = [(c, s) if s else None for c, s in named]
    sources = table["source"].tolist()
    who = {s: _source(s) for s in set(sources)}  # a case names a few sources many times
    keys = list(
        zip(
            subjects,
            table["doc"].tolist(),
            [who[s] for s in sources],
            table["currency"].tolist(),
            table["unit"].tolist(),
            strict=True,
        )
    )
    spans = _spans(table["low"], table["high"])
    starts = table["start"].tolist()
    sentences = table["sentence"].tolist() if "sentence" in table else [None] * len(table)
    groups: dict[tuple, list[int]] = {}
    for i, key in enumerate(keys):
        if key[0] and spans[i] is not None:
            groups.setdefault(key, []).append(i)
    firsts: dict[str, set[tuple[float, float]]] = {}
    others: dict[str, list[tuple[float, float]]] = {}
    split: set[int] = set()
    for key, rows in groups.items():
        if len(rows) < 2:
            continue
        rows = sorted(rows, key=lambda i: starts[i])
        shared = Counter(sentences[i] for i in rows)  # figures of one contrast stay together
        first = {spans[rows[0]]}
        for i in rows[1:]:
            at = sentences[i]
            together = at is not None and at == at and shared[at] > 1  # known, not NaN
            if not together and not _meets_any(spans[i], first) and not slipped(spans[i], first):
                others.setdefault(key[0], []).append(spans[i])
                split.add(i)
            else:
                first.add(spans[i])
        if any(i in split for i in rows):
            firsts.setdefault(key[0], set()).update(first)
    if not split:
        return out
    bands = {s: _bands(list(set(found))) for s, found in others.items()}
    for i, subject in enumerate(subjects):
        if subject not in bands or spans[i] is None:
            continue
        if i not in split and (
            any(_meet(spans[i], s) for s in firsts[subject]) or slipped(spans[i], firsts[subject])
        ):
            continue
        for k, band in enumerate(bands[subject], start=1):
            if _meet(spans[i], band):
                out[i] = f"repeat={k}"
                break
        else:
            if i not in split and not any(_meet(spans[i], s) for s in firsts[subject]):
                out[i] = _nearest(spans[i], firsts[subject], bands[subject])
    return _set_against(out, subjects, table["doc"].tolist(), sentences)


def _set_against(out: list[str], subjects: list, docs: list, sentences: list) -> list[str]:
    """`out`, where a figure near none of a source's figures ("repeat=0") takes the mark of
    a figure its contrast sentence sets it against ("le ministère a compté 287 000
    manifestants ; les syndicats 940 000": two counts of one quantity, whichever other
    figure the unions gave apart, "1,9 million sur les deux journées")."""
    if "repeat=0" not in out:
        return out
    held: dict[tuple, str] = {}  # (subject, doc, sentence) → the mark of a figure in it
    for i, mark in enumerate(out):
        at = sentences[i]
        if mark != "repeat=0" and subjects[i] and at is not None and at == at:
            held.setdefault((subjects[i], docs[i], at), mark)
    return [
        held.get((subjects[i], docs[i], sentences[i]), mark) if mark == "repeat=0" else mark
        for i, mark in enumerate(out)
    ]


NEAR = 1.5  # a figure this close to one told apart, and no closer to another, is a near miss


def _nearest(span, firsts, bands) -> str:
    """The mark of a figure that meets none of the figures a source told apart: "" (the
    first's) or "repeat=K" for the one it is within `NEAR` of, nearest first (a near miss, a
    conflict to report: 8,000 beside 9,000 and 31,000); "repeat=0" when it is near none
    (68 beside 38 and 412: which of the two it counts is unknown, so it is compared with
    neither, only with other such figures)."""
    gaps = [(_gap(span, s), "") for s in firsts]
    gaps += [(_gap(span, b), f"repeat={k}") for k, b in enumerate(bands, start=1)]
    gap, mark = min(gaps, key=lambda g: g[0])
    return mark if gap <= NEAR else "repeat=0"


def _gap(a: tuple[float, float], b: tuple[float, float]) -> float:
    """How many times apart two intervals are (1 where they meet; inf where unknown)."""
    if a[0] > b[1]:
        low, high = b[1], a[0]
    elif b[0] > a[1]:
        low, high = a[1], b[0]
    else:
        return 1.0
    return high / low if low > 0 and math.isfinite(high) else math.inf


def _source(source) -> str:
    """Who gives a figure, for telling repeats apart: its source without case, spacing or a
    leading article ("la Guardia costiera" and "Guardia costiera" are one source).

    >>> _source("La  Guardia costiera"), _source("l'ONG Mare Aperto")
    ('guardia costiera', 'ong mare aperto')
    """
    words = str(source or "").replace("’", "'").lower().split()
    if words and words[0] in _articles():
        words = words[1:]
    elif words and words[0].split("'", 1)[0] in _articles():  # "l'ONG"
        words[0] = words[0].split("'", 1)[-1]
    return " ".join(words)


@lru_cache(maxsize=1)
def _articles() -> frozenset[str]:
    """Articles opening a source's name, in every language (frames' determiners)."""
    return vocabulary(None).det_words


def contrast(quote: str, lang: str | None = None) -> bool:
    """Whether sentence `quote` sets figures against each other: a contrast word, or two
    sources cited (`data/contrasts.yaml`).

    >>> contrast("245 000 selon la CGT, 30 000 selon la police.")
    True
    >>> contrast("Kestrel a annulé 110 vols et Voliamo 28.")
    False
    """
    return bool(_contrasts()[0].search(quote)) or cites(quote) >= 2


@lru_cache(maxsize=65536)
def cites(quote: str) -> int:
    """How many times sentence `quote` cites a source (`data/contrasts.yaml`): "selon",
    "secondo", "according to".

    >>> cites("245 000 selon la CGT, 30 000 selon la police.")
    2
    """
    return len(_contrasts()[1].findall(quote))


def turns(quote: str) -> bool:
    """Whether sentence `quote` opens with a word that sets it against the sentence before
    (`turning` of `data/contrasts.yaml`: "mais", "but", "tuttavia").

    Why: "The company counts 38 strikers. But the union puts them at 61." — the second figure is
    not the detail of the company's count that an unsourced figure after a cited one
    usually is: it is a rival count of the same quantity.

    >>> turns("Mais le syndicat avance le chiffre de 61 grévistes."), turns("Dont 9 enfants.")
    (True, False)
    """
    return bool(_contrasts()[2].match(quote))


def answers(quote: str) -> bool:
    """Whether sentence `quote` sets itself against the sentence before: it opens with a
    turning word (`turns`), or says its source answers another (`answering` of
    `data/contrasts.yaml`: "Les syndicats, eux, en revendiquent 40 000", "parlano invece di").

    >>> answers("Les syndicats, eux, en revendiquent 40 000."), answers("Les syndicats en ont 4.")
    (True, False)
    """
    return turns(quote) or bool(_contrasts()[3].search(quote))


@lru_cache(maxsize=1)
def _contrasts() -> tuple[re.Pattern, re.Pattern, re.Pattern, re.Pattern]:
    data = align_data("contrasts.yaml")

    def alternation(key: str, opening: str = "(?<!\\w)") -> re.Pattern:
        found = {w for ws in (data.get(key) or {}).values() for w in ws or ()}
        words = regexcache.alternatives(found)
        # an elided article ends its word before a name: "per l'Upb", not "per l'anno"
        name = r"(?<=['’])(?=(?-i:[A-ZÀ-ÖØ-Þ]))"
        return regexcache.compile(rf"{opening}(?:{words})(?:{name}|(?!\w))", re.IGNORECASE)

    return (
        alternation("against"),
        alternation("attributions"),
        alternation("turning", r"\W*"),
        alternation("answering", r"(?:(?<!\w)|(?=,))"),
    )


def _spans(low: pd.Series, high: pd.Series) -> list[tuple[float, float] | None]:
    """Each row's interval, an open end infinite; None where neither end is known."""
    lo = pd.to_numeric(low, errors="coerce").to_numpy(dtype=float)
    hi = pd.to_numeric(high, errors="coerce").to_numpy(dtype=float)
    unknown = (np.isnan(lo) & np.isnan(hi)).tolist()
    lo, hi = np.nan_to_num(lo, nan=-np.inf).tolist(), np.nan_to_num(hi, nan=np.inf).tolist()
    return [None if u else (a, b) for u, a, b in zip(unknown, lo, hi, strict=True)]


def _meet(a: tuple[float, float], b: tuple[float, float]) -> bool:
    return a[0] <= b[1] * CLOSE and b[0] <= a[1] * CLOSE


def _meets_any(span: tuple[float, float], spans: set[tuple[float, float]]) -> bool:
    """Whether `span` meets one of `spans`; at once when it is one of them (a figure given
    again), the common case, instead of a walk over them all."""
    return (span in spans and _meet(span, span)) or any(_meet(span, s) for s in spans)


MIN_SLIPPED = 1000  # a scale word slips between thousands, millions and billions
SCALES = (1e3, 1e6)  # a thousand, a million: the factors a slipped scale word makes


def slipped(span: tuple[float, float], spans: set[tuple[float, float]]) -> bool:
    """Whether the figure `span` gives is one of `spans` but for a slipped scale word: the
    one a thousand or a million times the other, as written ("8.15 billion" beside "8.15
    million": their intervals meet once scaled), both finite and of `MIN_SLIPPED` or more.

    Why: one source does not give a quantity a thousand times over: its copy slipped, and the
    slip is the scale-word rule's to report, not another quantity. (`magnitudes.same_digits`
    asks the same of two exact values; a span here is a figure's interval, which meets
    another once scaled without the two values being equal.)

    >>> slipped((2.35e9, 2.45e9), {(2.35e6, 2.45e6)}), slipped((2.6e9, 2.7e9), {(2.35e6, 2.45e6)})
    (True, False)
    >>> slipped((2.0, 2.0), {(2000.0, 2000.0)})
    False
    """
    low, high = span
    if not (MIN_SLIPPED <= low and math.isfinite(high)):
        return False
    return any(
        MIN_SLIPPED <= a
        and math.isfinite(b)
        and any(low <= b * f and a * f <= high or a <= high * f and low * f <= b for f in SCALES)
        for a, b in spans
    )


def _bands(spans: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """The spans joined where they meet, in order of value."""
    out: list[tuple[float, float]] = []
    for lo, hi in sorted(spans):
        if out and lo <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], hi))
        else:
            out.append((lo, hi))
    return out


__all__ = ["cites", "contrast", "marks", "slipped", "turns"]
