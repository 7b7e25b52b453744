"""Changes: the earlier figure of a change, and the amount of a change, are quantities of
their own.

Why
---
"La réforme ramène de 18 à 15 mois la durée d'indemnisation", "18,000 households without
power, down from a peak of 61,000", "757mila, rispetto ai 900mila di una settimana fa": the
sentence states a change, and its first figure is the earlier state. The two figures are not
two accounts of one quantity, so neither an `internal` nor a `value-conflict` finding may
join them; yet the earlier figure is the same quantity as the earlier figure of another
account ("from 18 to 15 months" against "da 18 a 15 mesi": 18 with 18). Alignment marks the
earlier figure (`EARLIER`), and the mark joins its subject like an owner or a part.

A figure whose clause states its own day ("contre 42 % le 21 janvier") needs no mark: its
day already tells it from the later figure. The amount of a change ("en baisse de 2,3 %",
"3 mois de moins", "5 more") is no state either (`CHANGE`): it meets the amounts of change
of other accounts. The two ends of a range written as two figures ("de 3 à 5 jours", "3 or
4 days") are its low and high ends, never a source contradicting itself; each meets the
same end of the range in other accounts. A figure that names its own source right after it
("contre 38 % selon la fédération", "de 4 100 (préfecture) à 17 500 (organisateurs)") is a second
account set beside the first, neither an earlier state nor the end of a range: measured on
the frozen gold, required findings 116 → 117 and same-day conflicts 32 → 33 of 64. So does a
verb of saying or counting and its agent ("contre 23 000 revendiqués par les organisateurs",
"against 23,000 claimed by the union", "contro i 23.000 indicati dai sindacati"): frozen
required findings 130 → 131, same-day conflicts 36 → 37 of 66, false positives unchanged
(French "pour les" and English "for the", tried as attributions too, changed nothing). The
earlier state is marked whichever of the two figures names the noun ("fares rose 3.1% on
the year, up from 2.7%": the noun read on the earlier figure only), and a sign may stand
between the lead and it ("al 3,4%, da +3,1%"): open false positives 18 → 16, frozen pair
precision .829 → .830, the rest unchanged. The words are data (`data/changes.yaml`).

Example
-------
>>> import pandas as pd
>>> quote = "The bill cuts the period from 18 to 15 months."
>>> table = pd.DataFrame({"case": "c", "doc": "a", "quote": quote, "text": ["18", "15"],
...     "dimension": "count", "noun": "month", "value": [18.0, 15.0], "refers_to": "",
...     "day_from": ""})
>>> states(table)
['earlier', '']
"""

from __future__ import annotations

import re
from functools import lru_cache

import pandas as pd

from sourcecheck import regexcache
from sourcecheck.align.nouns import durations
from sourcecheck.align.owners import sentence_figures
from sourcecheck.align.shipped import align_data

EARLIER = "earlier"
CHANGE = "change"
LOW, HIGH = "low", "high"  # the two ends of a range written as two figures
GAP = 100  # at most this many characters (no figure) between a figure and its earlier state
VERB_SPAN = 60  # how far before "from X to Y" a change verb is looked for
RANGE_GAP = 5  # most characters between the ends of a range with no "from" ("100 à 160")


def states(table: pd.DataFrame, sentences: list[tuple] | None = None) -> list[str]:
    """`EARLIER` for each claim that is the earlier state of a change in its sentence,
    `CHANGE` for the amount of a change, `LOW` and `HIGH` for the ends of a range ("de 3 à 5
    jours", "3 or 4 days"), else "" (`sentences`: `owners.sentence_figures`)."""
    out = [""] * len(table)
    cols = ("dimension", "noun", "value", "refers_to", "day_from")
    dims, nouns, values, days, day_from = (table[c].tolist() for c in cols)

    def alike(a: int, b: int) -> bool:
        """Same measure and noun (or no noun), and no clause day of its own that differs."""
        own_day = day_from[b] == "clause" and days[b] and days[b] != days[a]
        named = nouns[a] == nouns[b] or not nouns[b] or not nouns[a]  # "rose 3.1%, up from 2.7%"
        return dims[a] == dims[b] and named and not own_day

    for quote, figures in sentence_figures(table) if sentences is None else sentences:
        for k, (start, end, p) in enumerate(figures):
            if _amount_of_change(quote, start, end) or (
                nouns[p] in durations() and _lost_before(quote, start)
            ):
                out[p] = CHANGE  # "en baisse de 2,3 %", "3 mois de moins"
                continue
            after = figures[k + 1] if k + 1 < len(figures) else None
            before = figures[k - 1] if k else None
            if before and alike(before[2], p) and _after_change(quote, before[1], start):
                if not _set_against(quote, before[1], start, end):
                    out[p] = EARLIER  # "18,000 households, down from a peak of 61,000"
            elif after and _attributed(quote, end, after[0]):
                continue  # "de 4 100 (préfecture) à 17 500 (organisateurs)": two accounts
            elif after and alike(after[2], p) and _from_to(quote, start, end, after[0]):
                falls = values[p] == values[p] and values[p] > values[after[2]]
                if falls or _verb_before(quote, start):
                    out[p] = EARLIER  # "ramener de 18 à 15 mois"
                else:
                    out[p], out[after[2]] = LOW, HIGH  # "durer de 3 à 5 jours": a range
            elif after and alike(after[2], p) and _words().either.fullmatch(quote, end, after[0]):
                out[p], out[after[2]] = LOW, HIGH  # "3 or 4 days"
            elif (
                after
                and alike(after[2], p)
                and values[p] < values[after[2]]
                and after[0] - end <= RANGE_GAP
                and _words().to.fullmatch(quote, end, after[0])
                and not _verb_before(quote, start)
            ):
                out[p], out[after[2]] = LOW, HIGH  # "100 à 160 cas par an": a range, no "de"
    return out


@lru_cache(maxsize=65536)  # a sentence told again in another document is read once
def _after_change(quote: str, last_end: int, start: int) -> bool:
    """Whether the words between the previous figure and this one end with an earlier-state
    lead ("down from", "contre", "rispetto ai")."""
    between = quote[last_end:start]
    # a day written in the clause of the later figure ("15 deaths since July 4, up from 12")
    # is no figure between them: the lead's own clause, after the last comma, must hold none
    tail = _CLAUSE_BREAK.split(between)[-1]
    return (
        len(between) <= 2 * GAP
        and len(tail) <= GAP
        and not re.search(r"\d", tail)
        and bool(_words().before.search(tail))
    )


_CLAUSE_BREAK = regexcache.compile(r"[,;:]")


@lru_cache(maxsize=65536)
def _set_against(quote: str, last_end: int, start: int, end: int) -> bool:
    """Whether a figure led by a contrast word ("contre", "against", "contro") names its own
    source right after it ("contre 38 % selon la fédération"): a second account of the
    figure before, not its earlier state.

    >>> q = "La direction compte 31 % de grévistes, contre 47 % selon les syndicats."
    >>> _set_against(q, q.index("31") + 4, q.index("47"), q.index("47") + 4)
    True
    >>> q = "On compte 7 200 grévistes, contre 9 800 la semaine passée."
    >>> _set_against(q, q.index("7 200") + 5, q.index("9 800"), q.index("9 800") + 5)
    False
    """
    g = _words()
    return bool(g.contrasts.search(quote[last_end:start])) and _attributed(quote, end, len(quote))


@lru_cache(maxsize=65536)
def _attributed(quote: str, end: int, next_start: int) -> bool:
    """Whether the words right after a figure (and its unit or noun), before `next_start`,
    name its source: an attribution word ("selon", "according to", "secondo") or a word in
    brackets ("4 100 (préfecture)")."""
    return bool(_words().attributed.match(quote, end, next_start))


@lru_cache(maxsize=65536)
def _from_to(quote: str, start: int, end: int, next_start: int) -> bool:
    """Whether the figure is X of "from X to Y" and Y is the next figure."""
    g = _words()
    return bool(g.opens.search(quote, 0, start)) and bool(g.to.fullmatch(quote, end, next_start))


@lru_cache(maxsize=65536)
def _amount_of_change(quote: str, start: int, end: int) -> bool:
    g = _words()
    return bool(g.by_before.search(quote, 0, start)) or bool(g.by_after.match(quote, end))


@lru_cache(maxsize=65536)
def _lost_before(quote: str, start: int) -> bool:
    """Whether a verb of losing or gaining stands right before the figure ("perdraient 3
    mois", "lose three months"): the duration is an amount of change."""
    return bool(_words().lost.search(quote, 0, start))


@lru_cache(maxsize=65536)
def _verb_before(quote: str, start: int) -> bool:
    return bool(_words().verbs.search(quote[max(0, start - VERB_SPAN) : start]))


class _Words:
    """The compiled word lists of `data/changes.yaml`, every language at once."""

    def __init__(self, data: dict) -> None:
        def alt(entry: str) -> str:
            found = {w for ws in (data.get(entry) or {}).values() for w in ws or ()}
            return regexcache.alternatives(found).replace(r"\ ", r"\s+")

        article = rf"(?:(?:{alt('articles')})(?:(?<=['’])|\s+))?"
        self.before = regexcache.compile(
            rf"(?<![\w'’])(?:{alt('before')})\s+{article}[+\-−]?$", re.I
        )
        self.opens = regexcache.compile(
            rf"(?<![\w'’])(?:{alt('from')})(?:(?<=['’])|\s+){article}$", re.I
        )
        self.to = regexcache.compile(
            rf"[^\d;:.]{{0,30}}?(?<![\w'’])(?:{alt('to')})\s+{article}", re.I
        )
        self.verbs = regexcache.compile(rf"(?<![\w'’])(?:{alt('verbs')})", re.I)
        self.either = regexcache.compile(rf"\s+(?:{alt('either')})\s+{article}", re.I)
        self.lost = regexcache.compile(rf"(?<![\w'’])(?:{alt('lost_before')})\w*\s+$", re.I)
        self.by_before = regexcache.compile(rf"(?<![\w'’])(?:{alt('by_before')})\s+$", re.I)
        self.contrasts = regexcache.compile(
            rf"(?<![\w'’])(?:{alt('contrasts')})\s+{article}$", re.I
        )
        said = (
            rf"(?:{alt('attributed')})(?:(?<=['’])|(?![\w'’]))(?!\s*\d)|\(\s*[^\W\d_][^()\d]{{0,40}}\)"
            rf"|(?:{alt('said_by')})\w*\s+(?:{alt('agents')})(?:(?<=['’])|\s+)"
        )
        self.attributed = regexcache.compile(
            rf"(?:\s*%|\s+[^\W\d_]+){{0,2}}?\s*,?\s*(?:{said})", re.I
        )
        unit = r"(?:\s*%|\s+[^\W\d_]+)?"  # "2,3 %", "3 mois": the amount's own unit or noun
        self.by_after = regexcache.compile(rf"{unit}\s+(?:{alt('by_after')})(?![\w'’])", re.I)


@lru_cache(maxsize=1)
def _words() -> _Words:
    return _Words(align_data("changes.yaml"))
