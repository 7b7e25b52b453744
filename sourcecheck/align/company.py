"""Company: one figure under two nouns, told beside one same other figure in two accounts.

Why
---
Accounts name one quantity in their own words, and the words often share no letters and
no lexicon entry: "le festival a accueilli 18 400 visiteurs et vendu 3 900 forfaits"
beside "18,400 spectators came and 3,900 passes were sold"; "il 64% dei soci ha votato sì,
il 21% no" beside "64% of members backed the deal, 21% opposed it". A count or a share
meets another by chance (`onefigure` never joins them on one figure), but two figures that
recur together, in one sentence of each account, are one passage told again: the figure is
the same quantity in both, whatever noun each account gives it. Only the claims that give
the figure move (with them, a third account's claim of the figure under one of the joined
nouns, though no figure keeps it company there: it is the same figure of the same noun);
the nouns' other figures stay where they are.

Only counts and shares (amounts and measures are `onefigure`'s). The figures kept company
must not both be small (a "3" beside a "2" recurs by chance: one of them is `MIN_RECURRING`
or more), and a document that gives the figure under two of the nouns tells them apart.
Only a figure told as one number moves: one whose bounds a rounding or a word
("about", "more than") set apart spans other figures, and joining it to another noun's
figures can bridge two readings of that quantity that the rules must set against each other.
The noun kept is the one more documents give the figure; on a tie, a noun the lexicon
knows over a word it does not (a cognate key) or a plain "people", then the noun of more
figures of that measure in the case. A noun narrowed by its clause ("strike-participation+
pilot") is not widened to its head: the clause said which part was counted. A running toll
or a duration is never renamed nor taken, as in `onefigure`.

Example
-------
>>> figures = [("c", "count", "", "", 18400.0), ("c", "count", "", "", 3900.0)] * 2
>>> kept_company(figures, ["visitor", "pass", "~spectator", "pass"], ["a", "a", "b", "b"],
...     ["s1", "s1", "s2", "s2"])
{2: 'visitor'}
"""

from __future__ import annotations

from collections import Counter

from sourcecheck.align.magnitudes import MIN_RECURRING
from sourcecheck.align.nouns import COGNATE, PEOPLE
from sourcecheck.align.onefigure import CHANCE, own_figure, told_apart
from sourcecheck.rules.blocks import union_find


def kept_company(
    figures: list[tuple],
    nouns: list[str],
    docs: list[str],
    sentences: list[str],
    barred: frozenset[str] = frozenset(),
    exact: list[bool] | None = None,
) -> dict[int, str]:
    """Row → the noun it takes, for rows whose figure (`figures`: case, dimension, currency,
    rate, value) another document gives under another noun beside one same other figure
    (`sentences`: each row's sentence within its document); `exact`: whether each row's
    figure is one number (its bounds equal), the only figures that move; see the module doc."""
    beside: dict[tuple, set[float]] = {}
    for figure, doc, sentence in zip(figures, docs, sentences, strict=True):
        beside.setdefault((figure[0], doc, sentence), set()).add(figure[-1])
    rows: dict[tuple, list[int]] = {}
    exact = exact or [True] * len(figures)
    for i, (figure, noun) in enumerate(zip(figures, nouns, strict=True)):
        if _movable(figure, noun, barred) and exact[i]:
            rows.setdefault(figure, []).append(i)
    # the figures of the case each noun counts in each measure
    used = Counter((f[0], f[1], n) for f, n in zip(figures, nouns, strict=True))
    out: dict[int, str] = {}
    for figure, given in rows.items():
        by_noun = _docs_by_noun(given, nouns, docs)
        if len(by_noun) < 2 or told_apart(by_noun):
            continue

        def company(i: int, figure: tuple = figure) -> set[float]:
            return beside[(figure[0], docs[i], sentences[i])] - {figure[-1]}

        linked = _linked(given, nouns, docs, company, figure[-1])
        for group in linked:
            best = _kept(group, nouns, docs, lambda n, f=figure: used[(f[0], f[1], n)])
            joined = {nouns[i] for i in group}  # its rows unlinked go with them: one figure
            out.update(
                {
                    i: best
                    for i in given
                    if nouns[i] in joined and nouns[i] != best and not _narrowed(nouns[i], best)
                }
            )
    return out


def _movable(figure: tuple, noun: str, barred: frozenset[str]) -> bool:
    """Whether a row's figure may join or lead: a count or a share, a noun of its own (not
    a figure's key, not barred) and a value."""
    return figure[1] in CHANCE and own_figure(figure, noun, barred)


def _narrowed(noun: str, head: str) -> bool:
    """Whether `noun` is `head` narrowed by its clause ("strike-participation+pilot")."""
    return noun.startswith(f"{head}+")


def _docs_by_noun(rows: list[int], nouns: list[str], docs: list[str]) -> dict[str, set[str]]:
    """Noun → the documents that give the figure under it, over `rows`."""
    by_noun: dict[str, set[str]] = {}
    for i in rows:
        by_noun.setdefault(nouns[i], set()).add(docs[i])
    return by_noun


def _linked(given: list[int], nouns: list[str], docs: list[str], company, value: float):
    """The groups of rows (of one figure) joined by pairs of two documents and two nouns
    that keep one same other figure company, one of the two figures not small."""
    pairs = [
        (k, m)
        for k, a in enumerate(given)
        for m, b in enumerate(given[k + 1 :], start=k + 1)
        if docs[a] != docs[b]
        and nouns[a] != nouns[b]
        and any(max(v, value) >= MIN_RECURRING for v in company(a) & company(b))
    ]
    groups: dict[int, list[int]] = {}
    for i, component in zip(given, union_find(len(given), pairs), strict=True):
        groups.setdefault(component, []).append(i)
    return [g for g in groups.values() if len({nouns[i] for i in g}) > 1]


def _kept(group: list[int], nouns: list[str], docs: list[str], used) -> str:
    """The noun a group's figure keeps: given it by the most documents, then a lexicon noun
    over a cognate key or "people", then the noun of the most figures of its measure in the
    case (`used`)."""
    told = _docs_by_noun(group, nouns, docs)
    return max(
        sorted(told),
        key=lambda n: (len(told[n]), not n.startswith(COGNATE) and n != PEOPLE, used(n)),
    )
