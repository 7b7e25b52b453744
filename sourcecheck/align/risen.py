"""Risen: a running count its copy says has grown, told after a lower figure of its day.

Why
---
A toll moves within a day: the morning wire gives 58 injured, the next morning's paper
"les blessés sont désormais 61", for the same Tuesday. Both are that day's figures, so
alignment gives them one subject and value-conflict reads two accounts that disagree; the
copy says otherwise: "désormais", "è salito a", "has now risen to" (`data/risen.yaml`) tell
a count that grew since the figure given before. Such a figure, from a document published
after one that gave a lower figure for its subject, is the day's later state (`LATER`, a
mark of its subject): the timeline places it after the day's earlier figures, an update,
never a conflict. A figure of 10 or more told again later the same way takes the mark too.
A count that may fall as well as grow (the missing, not a running total) told "now" at
another figure ("i dispersi sono ora 17", `data/now.yaml`) after its day's account is its
later state too, above or below it; so is one told "still" (`data/stocks.yaml`: "5 restent
bloqués" in the evening after the morning's 8): what still stands is the state when its copy
went out.

Example
-------
>>> import pandas as pd
>>> table = pd.DataFrame({"case": "c", "subject": "injured||2024-05-07||count", "noun": "injured",
...     "doc": ["a", "b"], "value": [58.0, 61.0], "text": ["58", "61"],
...     "quote": ["58 people were injured.", "The injured are now 61."]})
>>> later_states(table, ["2024-05-07T10:30", "2024-05-08T07:30"], frozenset({"injured"}))
[False, True]
"""

from __future__ import annotations

import re

import pandas as pd

from sourcecheck.align.shipped import word_pattern
from sourcecheck.align.stocks import near

LATER = "later"  # the subject mark of a day's later state


def later_states(
    table: pd.DataFrame,
    published_at: list[str],
    running: frozenset[str],
    steady: frozenset[str] = frozenset(),
    sentences: list | None = None,
) -> list[bool]:
    """Whether each claim of `table` (`subject`, `noun`, `doc`, `value`, `quote`, `text`) is
    its day's later state: a running count (a noun in `running`) whose sentence says it has
    grown (`data/risen.yaml`), above a figure of its subject from a document published
    before it (`published_at`, with its time when known), and each figure of its value its
    subject gives in a document published no earlier. A count that may fall (no running
    count, nor one of `steady`, what an owner has: "now had 38 million users" is its size,
    no new state of a day) told "now" (`data/now.yaml`) or "still" (`data/stocks.yaml`) at
    another figure is so too. `sentences`: each sentence's figures in text order, as
    alignment already holds them (`owners.sentence_figures`; worked out when not given)."""
    cols = ("subject", "noun", "doc", "value", "quote", "text")
    subject, noun, doc, value, quote, text = (table[c].tolist() for c in cols)
    if sentences is None:  # each sentence's figures in text order (`owners.sentence_figures`)
        from sourcecheck.align.owners import sentence_figures  # (owners → rules → risen)

        sentences = sentence_figures(table)
    own = _own_quotes(quote, text, sentences)
    words, now = word_pattern("risen.yaml"), word_pattern("now.yaml")
    still = word_pattern("stocks.yaml")
    told = {
        q for q in set(quote) if q and (words.search(q) or now.search(q) or still.search(q))
    }  # read once
    risen = [
        i
        for i, (s, n, v, q) in enumerate(zip(subject, noun, value, quote, strict=True))
        if s
        and q in told
        and v == v
        and v > 0
        and n not in steady
        and (
            near(own[i], text[i], words)
            if n in running
            else near(own[i], text[i], now) or near(own[i], text[i], still)
        )
    ]
    out = [False] * len(table)
    if not risen:
        return out
    rows: dict[str, list[int]] = {}
    for i, s in enumerate(subject):
        if s:
            rows.setdefault(s, []).append(i)
    for i in risen:
        group = rows[subject[i]]
        moved = _grown if noun[i] in running else _changed
        if any(
            doc[j] != doc[i]
            and _before(published_at[j], published_at[i])
            and moved(value[j], value[i])
            for j in group
        ):
            for k in group:
                if value[k] == value[i] and not _before(published_at[k], published_at[i]):
                    out[k] = True
    return _parts_of_later(out, subject, noun, doc, value, quote)


def _own_quotes(quote: list[str], text: list[str], sentences) -> list[str]:
    """Each claim's sentence from the end of the figure of the same text told before it
    there (`sentences`: `owners.sentence_figures`, each sentence's figures in text order), so
    that its own figure is the first of that text.

    Why: "2 blessés, 5 ouvriers évacués, 5 ouvriers toujours coincés": the second 5 is the one
    still stuck; read from the sentence's start, it took the first 5's words. A figure's
    words never reach past another figure (`stocks.near`), so nothing it reads is lost.

    >>> q = "3 saved, 3 still held."
    >>> _own_quotes([q, q], ["3", "3"], [(q, [(0, 1, 0), (9, 10, 1)])])
    ['3 saved, 3 still held.', ' saved, 3 still held.']
    """
    out = list(quote)
    for told, figures in sentences:
        after: dict[str, int] = {}  # a text → the end of its last figure in the sentence
        for _, end, i in figures:
            if text[i] in after:
                out[i] = told[after[text[i]] :]
            after[text[i]] = end
    return out


PART = "|part="  # the subject mark of a part of another figure


def _parts_of_later(
    out: list[bool], subject: list[str], noun: list[str], doc: list[str], value, quote
) -> list[bool]:
    """`out`, where a part told in the sentence of a later state, of its noun and below it,
    is of that later state too: "les blessés sont maintenant 73, dont 6 en réanimation" gives
    the 6 of the evening, not a second account of the morning's "9 of them seriously"."""
    later = {(doc[i], quote[i], noun[i]): value[i] for i, marked in enumerate(out) if marked}
    if not later:
        return out
    return [
        marked
        or (PART in s and (whole := later.get((d, q, n))) is not None and v == v and v < whole)
        for marked, s, n, d, v, q in zip(out, subject, noun, doc, value, quote, strict=True)
    ]


def of_later_wholes(claim_ids: list[str], part_of: list[str], later: list[bool]) -> list[bool]:
    """`later` with each part whose whole (`part_of`, a claim id) is its day's later state
    marked so too.

    Why: "Les blessés sont désormais 61, dont 11 en urgence absolue" grew from the morning's
    "58 injured, 12 of them seriously": the 11 is a part of the later 61, not a second
    account of the 12; left unmarked, the two parts met as one quantity of the day and 11
    against 12 read as a conflict.

    Example: of_later_wholes(["a", "b"], ["", "a"], [True, False]) == [True, True]
    """
    grown = {c for c, t in zip(claim_ids, later, strict=True) if t}
    if not grown:
        return later
    return [t or (w in grown) for t, w in zip(later, part_of, strict=True)]


def _grown(earlier: float, later: float) -> bool:
    """A running count's later state is above the earlier figure (a toll only grows)."""
    return earlier < later


def _changed(earlier: float, later: float) -> bool:
    """A stock's later state is any other figure: the missing fall as bodies are found."""
    return earlier != later


def _before(first: str, later: str) -> bool:
    """Whether a publication time is strictly before another: a day alone is before only
    an other day (two documents of one day with no time are not ordered)."""
    if len(first) <= 10 or len(later) <= 10:
        return first[:10] < later[:10]
    return first < later


def risen_words() -> re.Pattern:
    """The pattern of the words of every language that say a count has grown."""
    return word_pattern("risen.yaml")


__all__ = ["LATER", "later_states", "risen_words"]
