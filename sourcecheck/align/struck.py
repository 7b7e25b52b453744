"""Shares of a workforce that struck: the strike's participation, told with its workforce.

Why
---
A strike's participation is written as a rate ("taux de grévistes : 18 %", "adesione al
18%") or as the share of a workforce that struck ("18% of the depot's drivers were on
strike", "ha scioperato il 18% del personale", "18 % des conducteurs se sont mis en grève"). The
frame reads the workforce (drivers, staff, agents) as the noun of the second shape, so the
two accounts of one participation were two quantities, and the day of the second stayed
unread. A share (or a count) whose noun is a workforce (`data/struck.yaml`) or a noun no
lexicon knows, with a word that says its people struck in its clause, counts the strike's
participation (or its strikers). A later share of a workforce in the same sentence
("…, including 30% of teachers") is of the same measure.

Example
-------
>>> struck("About 18% of the depot's drivers were on strike at noon.", "18%", "en")
True
>>> struck("About 18% of flights were cancelled.", "18%", "en")
False
"""

from __future__ import annotations

from functools import cache, lru_cache

from sourcecheck import regexcache
from sourcecheck.align.nouns import COGNATE
from sourcecheck.align.shipped import align_data, word_pattern

REACH = 80  # characters on each side of the figure where its clause's words stand
SHARE = "strike-participation"  # what a struck share counts
COUNT = "striker"  # what a struck count counts
_BREAK = regexcache.compile(r"[,;:.]\s|[()]|\d")  # a clause break, or another figure


@lru_cache(maxsize=65536)
def struck(quote: str, text: str, lang: str) -> bool:
    """Whether a word saying its people struck stands in the clause of figure `text`."""
    at = quote.find(text) if text else -1
    if at < 0:
        return False
    before = _BREAK.split(quote[max(0, at - REACH) : at])[-1]
    after = _BREAK.split(quote[at + len(text) : at + len(text) + REACH])[0]
    words = word_pattern("struck.yaml", lang)
    return bool(words.search(before) or words.search(after))


def workforce(noun: str) -> bool:
    """Whether a noun key counts a workforce (`data/struck.yaml`) or is a noun no lexicon
    knows (a cognate key, marks aside)."""
    return noun.startswith(COGNATE) or noun.split("+")[0] in _workforces()


def strike_nouns(
    nouns: list[str], dimensions: list[str], rows: list[tuple[str, str, str]], sentences: list
) -> dict[int, str]:
    """Row → the noun it takes: each share ("percent") or count of a workforce noun whose
    clause says its people struck (`rows`: quote, text, lang), and each later share of a
    workforce noun in the sentence of a struck share (`sentences`: per sentence, its figures'
    rows in order)."""
    wanted = {"percent": SHARE, "count": COUNT}
    out = {
        i: wanted[d] + _trade(n)
        for i, (n, d) in enumerate(zip(nouns, dimensions, strict=True))
        if d in wanted and n and workforce(n) and struck(*rows[i])
    }
    for order in sentences:
        first = next((k for k, i in enumerate(order) if out.get(i) == SHARE), None)
        if first is None:
            continue
        for i in order[first + 1 :]:
            if dimensions[i] == "percent" and nouns[i] and workforce(nouns[i]):
                out.setdefault(i, SHARE + _trade(nouns[i]))
    return out


def _trade(noun: str) -> str:
    """The mark of a workforce of one trade ("+teacher"): the teachers' participation is
    not the drivers'; "" for a workforce of any trade (staff, employees, people)."""
    head = noun.split("+")[0]
    return "" if head in _any_trade() else f"+{head}"


@cache
def _any_trade() -> frozenset[str]:
    return frozenset(align_data("struck.yaml").get("any_trade") or ())


@cache
def _workforces() -> frozenset[str]:
    return frozenset(align_data("struck.yaml").get("workforces") or ())
