"""Runs of number words found by the master regex: "vingt et un", "un milione e mezzo".

Why
---
The master regex stops at the first number word; the run continues word by word while each
word is a number word of the language (a cached check), and text2num reads the longest run it
accepts. Articles lead a run only before a number word ("un million", "a dozen").

Example
-------
>>> from sourcecheck.quantities.grammar import grammar
>>> g = grammar("fr")
>>> m = g.master.search("plus de vingt et un pays")
>>> read_run("plus de vingt et un pays", m, "fr", g)
(8, 19, 21, False)
"""

from __future__ import annotations

import re

from sourcecheck.quantities import scales, words
from sourcecheck.quantities.grammar import Grammar


def read_run(text: str, m: re.Match, lang: str | None, g: Grammar):
    """(start, end, value, approximate) of the run of number words at `m`, or None.

    A trailing "million(s)"/"milliard(s)"/"milioni"… is left for the scale pattern, so that
    "trois millions d'euros" reads like "3 millions d'euros" (with its `scale`).
    """
    s, e = m.span()
    article = m.group("article")
    head_start = m.end("article") if article else s
    head = text[head_start:e].lstrip(" \u00a0\u202f\u2009")
    head_start = e - len(head)
    approx = words.approx_value(head, lang)
    if approx is not None:
        return s, e, approx, True
    if not words.is_number_word(head, lang):
        # "six-mile", "trois-tonnes": keep the number pieces, leave the rest to the suffix.
        kept = []
        for piece in head.split("-"):
            if not words.is_number_word(piece, lang):
                break
            kept.append(piece)
        if not kept:
            return None
        head = "-".join(kept)
        e = head_start + len(head)
    pieces, ends = [head], [e]
    for _ in range(16):
        nm = g.word_next.match(text, ends[-1])
        if not nm or not words.is_number_word(nm.group("w"), lang) or g.half.match(text, ends[-1]):
            break
        pieces.append(f"{nm.group('join')} {nm.group('w')}" if nm.group("join") else nm.group("w"))
        ends.append(nm.end())
    if pieces[-1].lower() in scales.WORD_SCALES:
        pieces.pop()
        ends.pop()
        if not pieces:  # "un million": the article is the one
            return (s, m.end("article"), 1, False) if article else None
    if article and pieces[0].lower() not in _MULTIPLIERS:
        article, s = None, head_start  # "a three-foot trip": the article is not the number
    if article:  # "un milione duemiladuecento", "a hundred"
        pieces.insert(0, "one" if lang == "en" or article.lower() in ("a", "an") else "un")
        ends.insert(0, m.end("article"))
    if len(pieces) == 1 and head.lower() == "one" and _pronoun(text, head_start, ends[0], g):
        return None  # "the one who", "which one", "no one"
    while pieces:  # the longest run text2num reads as one number
        value = words.read_words(" ".join(pieces), lang)
        if value is not None:
            return (s if article else head_start), ends[-1], value, False
        pieces.pop()
        ends.pop()
        if article and len(pieces) == 1:
            break
    return None


_DETERMINERS = frozenset(
    "the this that which no any every each another some someone anyone no-one".split()
)


def _pronoun(text: str, start: int, end: int, g: Grammar) -> bool:
    """True when "one" follows a determiner and no unit follows: "the one who", not
    "that one mile"."""
    before = text[max(0, start - 12) : start].split()
    if not before or before[-1].lower() not in _DETERMINERS:
        return False
    after = g.token.match(text, end)
    return not (after and after.group(1).lower() in g.right_words)


# Words that an article can multiply: "a hundred", "un million", "una dozzina".
_MULTIPLIERS = scales.WORD_SCALES | {"hundred", "thousand", "cent", "mille", "cento"}
