"""Bases: the comparison basis of a percentage change told in statistics copy.

Why
---
A statistics release states each change against a basis: "l'indice registra un aumento
dello 0,3% su base mensile e dell'1,9% su base annua", "prices rose 0.3% on the month and
2.1% year-on-year", "hausse de 0,3 % sur un mois et de 2,1 % sur un an". The change against
the month (or quarter) before and the change against a year earlier are two quantities of
one index: joined, their gap reads as a conflict. Each percentage whose clause names a
basis (`data/bases.yaml`) is marked with it, and the mark joins its subject like an owner or
a part: "+1,9% su base annua" meets "1.9% year-on-year", never "+0,3% su base mensile".

The basis is read right after the figure ("0.3% on the month", "4.8% higher than a year
earlier"), else before it in its clause ("crescita tendenziale del 2,1%", "la cui crescita
su base annua sale da +2,7% a +4,9%"), or opening its sentence before a comma ("Sur un
mois, la hausse atteint 0,3 %"). A phrase after a figure belongs to that figure only: in
"+0,3% su base mensile e +1,9% su base annua" each figure has its own.

Example
-------
>>> import pandas as pd
>>> quote = "Prices rose 0.3% on the month and 2.1% year-on-year."
>>> table = pd.DataFrame({"case": "c", "doc": "a", "quote": quote, "text": ["0.3%", "2.1%"],
...     "dimension": "percent", "start": [12.0, 34.0]})
>>> bases(table)
['previous', 'year']
"""

from __future__ import annotations

import re

import pandas as pd

from sourcecheck import regexcache
from sourcecheck.align.basewords import phrases as _phrases
from sourcecheck.align.owners import sentence_figures

AFTER = 30  # most characters (no figure, no clause break) between a figure and its basis
BEFORE = 100  # most characters between a basis and a figure after it in its clause
BASIS = "basis"  # the mark beside a subject key
LABELS = {"year": "against a year earlier", "previous": "against the period before"}


def bases(table: pd.DataFrame, sentences: list[tuple] | None = None) -> list[str]:
    """The comparison basis of each percentage (an id of `data/bases.yaml`), else ""
    (`sentences`: `owners.sentence_figures`)."""
    out = [""] * len(table)
    dims = table["dimension"].tolist()
    for quote, figures in sentence_figures(table) if sentences is None else sentences:
        if not any(dims[p] == "percent" for _, _, p in figures):
            continue
        found = _phrases(quote)
        if not found:
            continue
        taken = 0  # the end of the last phrase a figure before took as its own
        for k, (start, end, p) in enumerate(figures):
            stop = figures[k + 1][0] if k + 1 < len(figures) else len(quote)
            after = _after(quote, found, end, stop)
            if after:
                taken = after[1]
            if dims[p] == "percent":
                own = after[0] if after else ""
                out[p] = own or _before(quote, [f for f in found if f[0] >= taken], start)
    return out


def _after(quote: str, found: tuple, end: int, stop: int) -> tuple[str, int] | None:
    """The basis named right after a figure, before the next figure and its clause's end,
    and where its phrase ends."""
    for at, until, basis in found:
        if end <= at and until <= stop:
            near = at - end <= AFTER and not _BREAK.search(quote, end, at)
            return (basis, until) if near else None
    return None


def _before(quote: str, found: list, start: int) -> str:
    """The nearest basis named before a figure in its clause, or opening its sentence."""
    told = [(at, until, basis) for at, until, basis in found if until <= start]
    if not told:
        return ""
    at, until, basis = told[-1]
    between = quote[until:start]
    opens = not quote[:at].strip(' "«“')
    if len(between) > BEFORE or re.search(r"[;:.]", between):
        return ""
    return basis if opens or "," not in between else ""


_BREAK = regexcache.compile(r"[,;:.()]")


__all__ = ["BASIS", "LABELS", "bases"]
