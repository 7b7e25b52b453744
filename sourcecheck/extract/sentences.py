"""Split a document body into sentences (fr/en/it), keeping their offsets.

Why
---
The sentence is the quote an editor reads and the window in which a figure finds its thing,
its source and its date. Abbreviations ("M.", "art.", "n.", "Dr.", "S.p.A.") and numbers
("10.7", "12.495.271", "10,7") must not end a sentence; a line break always does (a title, a
list item or a paragraph never runs into the next line's sentence).

Example
-------
>>> [body[s.start:s.end] for body in ["M. Dupont a dit 10.5. Puis il part."] for s in split(body)]
['M. Dupont a dit 10.5.', 'Puis il part.']
"""

from __future__ import annotations

from typing import NamedTuple

from sourcecheck import regexcache

# Words that end with a period without ending the sentence (lowercase, without the period).
ABBREVIATIONS = frozenset(
    """
    m mm mme mmes mlle dr drs pr prof me mgr st ste sr jr mr mrs ms messrs gen col lt sgt capt
    par al ed eds cf cfr ca approx env vs etc
    sig sigg dott dottssa ing avv on geom rag spa srl snc sas co corp inc ltd av apr
    jan feb mar jun jul aug sep sept oct nov dec janv févr fév avr juil déc gen febb ott dic
    """.split()
)

# Abbreviations of a numbered thing ("n. 45", "no. 7", "art. 12", "vol. IV"): an abbreviation
# only before its number; elsewhere the word ends a sentence ("… with 56.3% voting no. Turnout").
NUMBERED = frozenset("art arts n nn no nos nr p pp ch chap vol fig".split())
_NUMBER_NEXT = regexcache.compile(r"\s*(?:\d|[IVXLC]+\b)")

_WORDS = regexcache.compile(r"[^\W\d_]+(?:[-.][^\W\d_]+)*")
_END = regexcache.compile(r"[.!?…]+[»”\"’')\]]*(?=\s)|\n")
_WORD_BEFORE = regexcache.compile(r"([\w.]+)$")


class Sentence(NamedTuple):
    """A sentence: offsets in the body, its paragraph and whether it is a heading line."""

    start: int
    end: int
    paragraph: int
    heading: bool


def split(body: str) -> list[Sentence]:
    """Sentences of `body` in order; whitespace between them belongs to none."""
    out: list[Sentence] = []
    paragraph = 0
    start = 0
    line_start = 0
    for m in _END.finditer(body):
        if m.group() == "\n":
            _emit(out, body, start, m.start(), paragraph, line_start)
            start = line_start = m.end()
            paragraph += 1  # one line, one paragraph: plain-text articles use single breaks
            continue
        if _is_abbreviation(body, m.start()) or not _next_starts_sentence(body, m.end()):
            continue
        _emit(out, body, start, m.end(), paragraph, line_start)
        start = m.end()
    _emit(out, body, start, len(body), paragraph, line_start)
    return out


def _emit(out: list[Sentence], body: str, start: int, end: int, paragraph: int, line: int):
    while start < end and body[start].isspace():
        start += 1
    while end > start and body[end - 1].isspace():
        end -= 1
    if start < end:
        text = body[start:end]
        heading = start == line and len(text) < 120 and text[-1] not in '.!?…:;»"”)'
        out.append(Sentence(start, end, paragraph, heading))


def _is_abbreviation(body: str, dot: int) -> bool:
    if body[dot] != ".":
        return False
    m = _WORD_BEFORE.search(body, max(0, dot - 20), dot)
    if not m:
        return False
    word = m.group(1).lower().strip(".")
    if word in ABBREVIATIONS or word.replace(".", "") in ABBREVIATIONS:
        return True
    if word in NUMBERED:
        return bool(_NUMBER_NEXT.match(body, dot + 1))
    if "." in word:  # "S.p.A", "U.S", "e.g"; not a number ("10.5.")
        return all(part.isalpha() and len(part) <= 3 for part in word.split("."))
    # an initial: "J. Smith" (not a unit's last letter: "à 80 km/h. Le parquet")
    return len(word) == 1 and word.isalpha() and body[m.start() - 1 : m.start()] != "/"


def _next_starts_sentence(body: str, pos: int) -> bool:
    n = len(body)
    while pos < n and body[pos] in " \t":
        pos += 1
    if pos >= n or body[pos] == "\n":
        return True
    c = body[pos]
    return c.isupper() or c.isdigit() or c in "«“\"'‘(¿¡-–—"


def words(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, str, str]]:
    """(offset, word, lowercased word) of each word in `text[start:end]`: letters, inner
    hyphens and dots.

    One pass per sentence that dates, places and sources all probe with dictionary lookups,
    instead of each running a large regex alternation over the sentence.
    """
    end = len(text) if end is None else end
    out, pos, find = [], start, text.find
    for w in _WORDS.findall(text, start, end):  # no letter lies between two words: `find`
        pos = find(w, pos)  # gives each word's own offset (faster than a match object each)
        out.append((pos, w, w.lower()))
        pos += len(w)
    return out
