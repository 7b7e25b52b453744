"""Where figures may start: the candidates of the master regex, found in two quick passes.

Why
---
`grammar.master` read at every character costs most of the time of reading figures, since
most characters are letters inside plain words. Its candidates start at a digit (or a sign
or fraction sign before one) or at the first letter of a number word. `Grammar.figures`
looks only at the characters a figure may start with, which the engine finds before trying
anything; the number words are looked for in the text folded once (`fold`: Latin-1 bytes
in lower case, every other character a space; `Grammar.heads`, a trie of literal letters),
after a space, which the engine finds first, and each hit at the start of a word, or at an
article just before one ("un million"), is read by `master` itself. The two streams are merged in order, and a candidate inside an earlier one is
dropped, as `finditer` of `master` would never see it.

Example
-------
>>> from sourcecheck.quantities.grammar import grammar
>>> g = grammar("fr")
>>> [(k, m.group(k)) for m, k in candidates("Trois pays, le 12/11, 5 500 serveurs", g)]
[('word', 'Trois'), ('skip', '12/11'), ('num', '5 500')]
>>> [(k, m.group(k)) for m, k in candidates("soit une centaine de cas", g)]
[('word', 'une centaine')]
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from sourcecheck.quantities.grammar import Grammar

SPACES = " \u00a0\u202f\u2009"  # what may stand between an article and its number word
# `fold`'s table: a word character of Latin-1 (\w) to its lower case (one Latin-1 letter
# each), every other byte to a space; past Latin-1, "replace" has made it "?" first.
_FOLD = bytes(ord(c.lower()) if c.isalnum() or c == "_" else 32 for c in map(chr, range(256)))
# Past Latin-1, the letters whose lower case is one of Latin-1 ("K" → "k", "Å", "Ÿ", "ẞ") or
# is two characters ("İ"): a text holding one is read by one pass of `scan` (tests recompute
# the list).
UNFOLDED = "\u0130\u0178\u1e9e\u212a\u212b"
ARTICLE_REACH = 8  # characters before a number word that hold any article (tests check it)


def candidates(
    text: str, g: Grammar, taken: list[int] | None = None
) -> Iterator[tuple[re.Match, str]]:
    """(match, group) of each match of `g.master` that `finditer` would yield, in order; the
    candidate is the match's `group` ("skip", "num", "vulgar", "word" or, for a digit run
    longer than any number, what `master` finds inside it).

    `taken`: where the caller's last quantity ends (`taken[0]`, kept up to date as it reads):
    a number word inside it ("12 |millions d'euros") is not looked at, when no word run begun
    there can reach past its end (`_within`); what the caller skips anyway."""
    end = 0
    m = g.master.match(text)  # a word at the very start has no character before it
    if m is not None:
        yield m, m.lastgroup
        end = m.end()
    if g.heads is None or any(c in text for c in UNFOLDED):  # one pass of `scan`
        yield from _scanned(text, g, end)
        return
    master, articles, n = g.master, g.articles, len(text)
    taken = taken or [0]
    words = _words(text, fold(text), g)
    at = next(words, n)  # where the next word candidate may start: `master` is tried there
    # each search goes on past the whole number the last one found: a figure is never tried
    # inside one (one scanner for the text, not a search begun anew at each figure)
    figures = g.figures.finditer(text)
    while True:
        m = next(figures, None)
        if m is None:
            s = n  # no figure left: the words to the end
        else:
            kind = m.lastgroup
            s = m.start(kind)
        while at < s:
            if at >= end and not (at < taken[0] and _within(text, at, taken[0], articles)):
                w = master.match(text, at)
                if w is not None:
                    yield w, "word"
                    end = w.end()
            at = next(words, n)
        if m is None:
            return
        if s < end:
            if m.end() > end:  # a number begun inside an earlier candidate may end past it
                figures = g.figures.finditer(text, end)
            continue
        if kind == "fail":
            m = _in_run(text, s, g)
            if m is None:
                continue
            kind = m.lastgroup
        yield m, kind
        end = m.end(kind)


def fold(text: str) -> bytes:
    """`text` as the number-word scan reads it: one byte a character, a word character of
    Latin-1 in lower case, any other character a space (past Latin-1, any character).

    Why: `str.lower` asks the Unicode database about each character of a text that is not
    ASCII (most news: "é", "’", "€"), and a scan for a class of characters tests the class
    at each one; a byte table and a scan for a space cost a fraction of either. The number
    words are all of Latin-1 (`Grammar.heads`); a text holding a letter past Latin-1 that
    lower case makes one of Latin-1 (`UNFOLDED`) is not folded.

    >>> fold("Trois-Ponts, l’ÉTÉ ½").decode("latin-1")
    'trois ponts  l été ½'
    """
    return text.encode("latin-1", "replace").translate(_FOLD)


def _words(text: str, low: bytes, g: Grammar) -> Iterator[int]:
    """Where `master` may match a word of `text` (`low`: `fold`ed) that starts with a
    number word, or an article before one, in order (the same place may come twice).

    The number words are looked for only after a character that is no word character
    (`Grammar.starts`: a space in `low`, which any character past Latin-1 is too: those
    that are word characters are dropped here) and at the very start: a hit inside a word
    ("often", "mentre") is none, and lower case keeps a character a word character or not
    (every one whose lower case is one character: the tests check it). `master` is tried
    at each place only when the caller comes to it (`candidates`), once it knows what it
    has read before."""
    articles = g.articles
    ends = {c for a in articles for c in (a[-1], a[-1].upper())}
    first = g.heads.match(low)
    hits = g.starts.finditer(low)  # each search goes on where the last hit ends
    while True:
        if first is not None:
            q, first = 0, None
        else:
            hit = next(hits, None)
            if hit is None:
                return
            q = hit.start() + 1
            if text[q - 1] > "\xff" and text[q - 1].isalnum():  # a word character past Latin-1
                hits = g.starts.finditer(low, q)  # (no hit there: the next may start after it)
                continue
        k = q
        while k and text[k - 1] in SPACES:
            k -= 1
        # "une| centaine", "a| dozen": the article first (one `endswith` of all the articles
        # before building their starts: most words before a number word are none)
        if k < q and text[k - 1] in ends:
            before = text[max(0, k - ARTICLE_REACH) : k].lower()
            if before.endswith(articles):
                for p in sorted({k - len(a) for a in articles if before.endswith(a)}):
                    if not p or not (text[p - 1].isalnum() or text[p - 1] == "_"):
                        yield p
        yield q


def _within(text: str, q: int, t: int, articles: tuple[str, ...]) -> bool:
    """Whether a word run of `master` begun at `q` (or at an article before it) ends by `t`:
    a run holds letters, hyphens, and spaces after an article; so it ends by `t` when no
    hyphen stands between them and the character at `t` can go on none (a space only
    after no article). Then every candidate begun inside the run ends by `t` too.

    >>> _within("12 millions d'euros", 3, 11, ("un", "une"))
    True
    >>> _within("12 millions-deux", 3, 11, ("un", "une"))
    False
    """
    if text.find("-", q, t) >= 0:
        return False
    if t < len(text):
        c = text[t]
        if (
            c.isalnum()
            or c in "-_"
            or (c in SPACES and text[max(0, t - ARTICLE_REACH) : t].lower().endswith(articles))
        ):
            return False
    return True


def _scanned(text: str, g: Grammar, end: int) -> Iterator[tuple[re.Match, str]]:
    """`candidates` from one pass of `g.scan` over `text` (after `end`)."""
    for m in g.scan.finditer(text):
        kind = m.lastgroup
        if m.start(kind) < end:
            continue
        if kind == "fail":
            m = _in_run(text, m.start(kind), g)
            if m is None:
                continue
            kind = m.lastgroup
        yield m, kind
        end = m.end(kind)


def _in_run(text: str, i: int, g: Grammar) -> re.Match | None:
    """`master`'s first match at a digit from `i` on, in the run of digits `i` is in."""
    while i < len(text) and text[i].isdecimal():
        m = g.master.match(text, i)
        if m is not None:
            return m
        i += 1
    return None
