"""Runs of number words found by the master regex: "vingt et un", "un milione e mezzo",
"two-thirds", "twenty and three fifths", "half a million", "trecento e due dozzine".

Why
---
The master regex stops at the first number word; the run continues word by word while each
word is a number word of the language (a cached check), an article before one, or a
denominator that ends it (`fractional.py`); text2num reads the longest cardinal run it
accepts. Articles lead a run only before a number word ("un million", "a dozen", "a third").
A run that ends in a scale word ("trois millions", "un milione") leaves it, and whatever
follows it ("et demi", "and three quarters"), to the scale reader in `context.py`.

Example
-------
>>> from sourcecheck.quantities.grammar import grammar
>>> g = grammar("fr")
>>> m = g.master.search("plus de vingt et un pays")
>>> read_run("plus de vingt et un pays", m, "fr", g)
Run(start=8, end=19, value=21, approx=False, part=None, den=0.0)
>>> text = "les deux tiers des manifestants"
>>> read_run(text, g.master.search(text), "fr", g)
Run(start=4, end=14, value=0.6666666666666666, approx=False, part='fraction', den=3.0)
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from sourcecheck.quantities import fractional, scales, words
from sourcecheck.quantities.grammar import Grammar


class Run(NamedTuple):
    start: int
    end: int
    value: float
    approx: bool = False  # an approximate noun: "une douzaine" → about 12
    part: str | None = None  # "fraction" (n/d, or a share before a scale) or "mixed" (w + n/d)
    den: float = 0.0  # the denominator of a fraction or mixed number


def read_run(text: str, m: re.Match, lang: str | None, g: Grammar) -> Run | None:
    """The run of number words at `m`, or None when it is not a quantity.

    A trailing "million(s)"/"milliard(s)"/"milioni"… is left for the scale pattern, so that
    "trois millions d'euros" reads like "3 millions d'euros" (with its `scale`).
    """
    s, e = m.span("word")
    article = m.group("article")
    head_start = m.end("article") if article else s
    head = text[head_start:e].lstrip(" \u00a0\u202f\u2009")
    head_start = e - len(head)
    approx = words.approx_value(head, lang)
    if approx is not None:
        return Run(s, e, approx, True)
    if not article and "-" not in head:  # the common case first: one word alone ("tre")
        kind = _kind(head, lang)
        if not kind:
            return None  # "treno", "milano"
        nm = g.word_next.match(text, e) if kind == "n" else None
        if kind == "n" and not (nm and _kind(nm.group("w").split("-")[0], lang)):
            if head.lower() in scales.WORD_SCALES:
                return None  # "milioni" alone: a scale word, read after its figure
            if head.lower() == "one" and _pronoun(text, head_start, e, g):
                return None
            value = words.read_words(head, lang)
            return None if value is None else Run(head_start, e, value)
    toks = _tokens(text, head, head_start, article, m, lang, g)
    if toks is None:
        return None
    if toks[-1][2] and _kind(toks[-1][2], lang) == "d":  # a denominator ends the run
        cut = _after_scale(toks)
        if cut:  # "un milione e mezzo", "six millions et deux tiers": the scale reader's
            toks = _trim(toks[:cut])
        else:
            found = _fraction(text, toks, lang, g)
            if found is not None:
                return found
            toks = _cardinals_only(toks, lang)
    if not toks or (len(toks) == 1 and toks[0][0] is not None):
        return None
    return _cardinal(text, toks, head_start, lang, g)


@lru_cache(maxsize=16384)
def _kind(word: str, lang: str | None) -> str:
    """ "n" a number word, "d" a denominator, "a" an article, "" anything else (cached)."""
    if words.is_number_word(word, lang):
        return "n"
    if fractional.is_denominator(word, lang):
        return "d"
    langs = (lang,) if lang in words.LANGS else words.LANGS
    return "a" if any(word.lower() in words.ARTICLES[lg] for lg in langs) else ""


# A token: (article or None, joiner or None, word or None, end). An article token has no word.
def _tokens(text, head, head_start, article, m, lang, g) -> list | None:
    """The article, head pieces and following words that may belong to the figure, up to
    the first denominator."""
    toks: list = [(article, None, None, m.end("article"))] if article else []
    pos = head_start
    for i, piece in enumerate(head.split("-")):  # "two-thirds", "vingt-cinquième", "six-mile"
        pos += len(piece) + (1 if i else 0)
        kind = _kind(piece, lang) if piece else ""
        if kind not in ("n", "d"):
            break
        toks.append((None, None, piece, pos))
        if kind == "d":
            break
    else:
        toks = _follow(text, toks, lang, g)
    return toks if any(t[2] for t in toks) else None


def _follow(text: str, toks: list, lang: str | None, g: Grammar) -> list:
    """Extend the run word by word: number words, an article before one, a denominator."""
    for _ in range(24):
        last = toks[-1]
        if last[2] and last[2].lower() in scales.WORD_SCALES and g.half.match(text, last[3]):
            break  # "un milione e mezzo": the scale reader takes "e mezzo"
        nm = g.word_next.match(text, last[3])
        if not nm:
            break
        join, w = nm.group("join"), nm.group("w")
        if "-" in w:
            start = nm.start("w")
            for i, piece in enumerate(w.split("-")):
                start += len(piece) + (1 if i else 0)
                kind = _kind(piece, lang)
                if kind not in ("n", "d"):
                    return _trim(toks)
                toks.append((None, join if not i else None, piece, start))
                if kind == "d":
                    return toks
            continue
        kind = _kind(w, lang)
        if kind == "a":  # "and a half", "et un quart"
            toks.append((w, join, None, nm.end("w")))
            continue
        if not kind:
            break
        toks.append((None, join, w, nm.end("w")))
        if kind == "d":
            return toks  # a denominator ends the run
    return _trim(toks)


def _after_scale(toks: list) -> int:
    """Index of the joiner right after a scale word, when a fraction follows it (0: none)."""
    for i in range(len(toks) - 1, 0, -1):
        if toks[i][1]:
            prev = toks[i - 1][2]
            return i if prev and prev.lower() in scales.WORD_SCALES else 0
    return 0


def _trim(toks: list) -> list:
    """No article or joiner dangling at the end ("vingt et", "and a")."""
    while toks and toks[-1][2] is None:
        toks.pop()
    return toks


def _fraction(text: str, toks: list, lang: str | None, g: Grammar) -> Run | None:
    """The fraction or mixed number the tokens make (they end in a denominator)."""
    words_ = _as_words(toks)
    start, end = _start(toks), toks[-1][3]
    mx = fractional.mixed(words_, lang)
    if mx is not None:
        whole, num, den = mx
        return Run(start, end, whole + num / den, False, "mixed", den)
    last = words_[-1][1].lower()
    if len(words_) == 1:  # a share alone: "half", "quarter million", "mezzo milione"
        return _alone(text, start, end, last, lang, g)
    if last in fractional.NEEDS_SCALE and not _before_scale(text, end, g):
        return None  # "un mezzo pesante", "tre mezzi"
    found = fractional.read(words_, lang)
    if found is None:
        return None
    num, den = found
    if num == 1 and not (g.share_follow.match(text, end) or _before_scale(text, end, g)):
        return None  # "a third term", "un terzo mandato", "one fifth-grader"
    if last.startswith("quarter") and _word_before(text, start) in fractional.NOT_A_SHARE_BEFORE:
        return None  # "the past three quarters": periods, not a share
    return Run(start, _scale_end(text, end, g), num / den, False, "fraction", den)


def _alone(text: str, start: int, end: int, word: str, lang, g: Grammar) -> Run | None:
    """ "half" (of the voters), "la moitié", "la metà"; "quarter"/"mezzo" only before a scale."""
    if _before_scale(text, end, g):
        share = fractional.alone_before_scale(word, lang)
        if share is not None:
            return Run(start, _scale_end(text, end, g), share, False, "fraction", 1 / share)
    half = fractional.half_value(word)
    if half is None or (end < len(text) and text[end] == "-"):
        return None  # "half-time"
    if _word_before(text, start) in fractional.NOT_A_SHARE_BEFORE:
        return None  # "the first half of 2020", "à moitié vide", "a metà marzo"
    after = text[end : end + 12].split()
    if g.article_scale.match(text, end) or (after and after[0] in fractional.NOT_A_SHARE_AFTER):
        return None  # "half an hour", "half a day" (a scale would have been read), "half past"
    return Run(start, end, half, False, "fraction", 2.0)


def _word_before(text: str, start: int) -> str:
    """The word before `start`, lower case, elision dropped ("l'autre" → "autre")."""
    before = text[max(0, start - 16) : start].split()
    return before[-1].lower().replace("’", "'").split("'")[-1] if before else ""


def _before_scale(text: str, end: int, g: Grammar) -> bool:
    """A scale word follows, maybe after "a"/"of a" ("half a million", "two thirds of a
    million", "mezza dozzina", "un demi-million")."""
    am = g.article_scale.match(text, end)
    return g.scale.match(text, am.end() if am else end) is not None


def _scale_end(text: str, end: int, g: Grammar) -> int:
    """Where the scale reader starts: after "a"/"of a" when a scale word follows them."""
    am = g.article_scale.match(text, end)
    return am.end() if am and g.scale.match(text, am.end()) else end


def _as_words(toks: list) -> list[tuple[str | None, str]]:
    """(joiner, word) pairs, an article standing as its own word ("and a half")."""
    out = []
    for article, join, w, _ in toks:
        out.append((join, article if article else w))
    return out


def _start(toks: list) -> int:
    article, _, w, end = toks[0]
    return end - len(article or w)


def _cardinals_only(toks: list, lang: str | None) -> list:
    """The tokens before the first article or denominator (the fraction did not read)."""
    out = []
    for t in toks:
        if t[0] is not None and out:
            break
        if t[2] and _kind(t[2], lang) == "d":
            break
        out.append(t)
    return _trim(out)


def _cardinal(text: str, toks: list, head_start: int, lang: str | None, g: Grammar) -> Run | None:
    """The longest cardinal run text2num reads ("vingt et un", "a hundred", "trois millions")."""
    article = toks[0][0] if toks[0][0] is not None else None
    art_end = toks[0][3] if article else None
    rest = toks[1:] if article else toks
    # Articles inside a cardinal run end it ("twenty a" is no number).
    cut = next((i for i, t in enumerate(rest) if t[0] is not None), len(rest))
    rest = rest[:cut]
    pieces = [f"{j} {w}" if j else w for _, j, w, _ in rest]
    ends = [end for *_, end in rest]
    if not pieces:
        return None
    if rest[0][1]:  # a run never starts with its joiner
        return None
    dozen = _dozens(text, rest, lang, g)
    if dozen is not None:
        return dozen
    if pieces[-1].split()[-1].lower() in scales.WORD_SCALES and not rest[-1][1]:
        pieces.pop()
        ends.pop()
        if not pieces:  # "un million": the article is the one
            return Run(_start(toks), art_end, 1) if article else None
    s = _start(toks)
    if article and pieces[0].lower() not in _MULTIPLIERS:
        article, s = None, head_start  # "a three-foot trip": the article is not the number
    if article:  # "un milione duemiladuecento", "a hundred"
        pieces.insert(0, "one" if lang == "en" or article.lower() in ("a", "an") else "un")
        ends.insert(0, art_end)
    if len(pieces) == 1 and pieces[0].lower() == "one" and _pronoun(text, s, ends[0], g):
        return None  # "the one who", "which one", "no one"
    while pieces:  # the longest run text2num reads as one number
        value = words.read_words(" ".join(pieces), lang)
        if value is not None:
            return Run(s if article else head_start, ends[-1], value)
        pieces.pop()
        ends.pop()
        if article and len(pieces) == 1:
            break
    return None


def _dozens(text: str, rest: list, lang: str | None, g: Grammar) -> Run | None:
    """ "trecento e due dozzine", "three hundred and two dozens": the dozens multiply the part
    after the last joiner only (300 + 2 × 12 = 324, not 302 × 12)."""
    j = max((i for i, t in enumerate(rest) if t[1] and i), default=0)
    if not j:
        return None
    sm = g.scale.match(text, rest[-1][3])
    if sm is None or scales.SCALE_NAMES.get(sm.group("scale").lower()) != "dozen":
        return None
    head = words.read_words(" ".join(f"{t[1]} {t[2]}" if t[1] else t[2] for t in rest[:j]), lang)
    tail = words.read_words(" ".join(t[2] for t in rest[j:]), lang)
    if head is None or tail is None:
        return None
    return Run(rest[0][3] - len(rest[0][2]), sm.end(), head + 12 * tail)


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
