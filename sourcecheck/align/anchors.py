"""Anchors: what an amount, a measure or a bare count is about, from the words beside it.

Why
---
Money and measures rarely have a counted noun: "une amende de 2,5 milliards", "generated
$41.6 billion in revenue", "210 millimetri di pioggia", "28 % du chiffre d'affaires". The
word linked to the figure by a preposition names the quantity ("amende", "revenue",
"pioggia", "chiffre"), and it has cognates or a lexicon entry in the other languages. Alignment
uses it, as an anchor, only when the frame gave the figure no noun. English puts the head of a
noun phrase last ("average daily turnover"), French and Italian first ("chiffre d'affaires").

Example
-------
>>> anchor("Quintex generated $41.6 billion in revenue last year.", "$41.6 billion", "en")
'revenue'
>>> anchor("Bruxelles inflige une amende de 2,5 milliards d'euros à Quintex.", "2,5 milliards d'euros", "fr")
'amende'
>>> anchor("Sono caduti 210 millimetri di pioggia in 24 ore.", "210 millimetri", "it")
'pioggia'
"""

from __future__ import annotations

import re
from functools import lru_cache

from sourcecheck import regexcache
from sourcecheck.align.basewords import opens_with, without_bases
from sourcecheck.align.shipped import align_data

WINDOW = 60  # characters looked at on each side of the figure
_LINK_AFTER = regexcache.compile(
    r"^\s*(?:(?:euros?|dollars?|dollari|livres?|pounds?|sterline)\s+)?"
    r"(?:(?:in|en|of|de|du|des|di|del|della|dello|dei|degli|delle)\b|d['’])\s*"
    r"(?:(?:the|its|their|his|her|le|la|les|l['’]|son|sa|ses|leur|leurs|il|lo|i|gli|le|suo|sua|"
    r"suoi|sue|loro)(?:(?<=['’])|\s+))?(?P<phrase>[^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*){0,3})",
    re.IGNORECASE,
)
# The words that link a noun to the figure after it, and the qualifiers between them; one
# list builds `_LINK_BEFORE` and its reversed test, so the two never drift apart.
LINKS_BEFORE = (
    "de", "d'", "di", "da", "of", "à", "a", "worth", "at", "pari a", "par", "per", ":", "–", "—",
    "del", "dello", "della", "dell'", "du",
)  # fmt: skip
QUALIFIERS_BEFORE = (
    "circa", "environ", "about", "around", "some", "oltre", "plus de", "more than", "près de",
    "quasi", "almost", "nearly", "up to", "jusqu'à", "fino a",
)  # fmt: skip


def _words(words) -> str:
    """An alternation of `words` in their order, either apostrophe."""
    return "|".join(re.escape(w).replace("'", "['’]") for w in words)


_LINK_BEFORE = regexcache.compile(
    r"(?P<phrase>[^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*){0,2})\s+"
    rf"(?P<link>{_words(LINKS_BEFORE)})\s*(?:(?:{_words(QUALIFIERS_BEFORE)})\s*)?$",
    re.IGNORECASE,
)
# `_LINK_BEFORE`'s closing link (and qualifier), read on the reversed text: a `match` at its
# start costs a few characters, where `_LINK_BEFORE.search` tries every offset of the window
# (~60 µs). A window that fails it fails `_LINK_BEFORE` too; most windows fail it.
_LINK_BEFORE_REVERSED = regexcache.compile(
    rf"\s*(?:(?:{_words(w[::-1] for w in QUALIFIERS_BEFORE)})\s*)?"
    rf"(?:{_words(w[::-1] for w in LINKS_BEFORE)})",
    re.IGNORECASE,
)
# The most words `_LINK_BEFORE` spans: its phrase (3), its link ("pari a") and qualifier
# ("plus de"), two each. It ends the window, so it starts no further back.
LINK_BEFORE_WORDS = 7
_STOP_PUNCT = regexcache.compile(r"[,;:()«»\"“”]")


@lru_cache(maxsize=1)
def function_words() -> frozenset[str]:
    data = align_data("function_words.yaml")
    return frozenset(w.lower() for words in data.values() for w in words)


def anchor(quote: str, text: str, lang: str) -> str:
    """The word that names what the figure `text` of sentence `quote` is about, or ""."""
    at = quote.find(text)
    return anchor_at(quote, at, at + len(text), lang) if at >= 0 else ""


def anchor_at(body: str, start: int, end: int, lang: str | None) -> str:
    """`anchor` for the figure at `body[start:end]` (a document body and a claim's span)."""
    after = body[end : end + WINDOW].split("\n", 1)[0]
    # a basis names no noun: "una crescita tendenziale dell'1,6%", "+0,3% su base mensile e del"
    before = without_bases(body[max(0, start - WINDOW) : start].rsplit("\n", 1)[-1])
    found = None if opens_with(after) else _LINK_AFTER.match(after)  # "0,3% su base mensile"
    if found:
        word = _head(found.group("phrase"), lang)
        if word:
            return word
    found = _LINK_BEFORE_REVERSED.match(before[::-1]) and _LINK_BEFORE.search(
        before, _last_words_at(before, LINK_BEFORE_WORDS)
    )
    if found and lang == "en" and found.group("link").lower() == "a":
        return ""  # "with a 260-kilometre pipeline": an article, not a preposition
    if found and not _STOP_PUNCT.search(found.group("phrase")):
        return _head(found.group("phrase"), lang, before=True)
    return ""


def _last_words_at(text: str, n: int) -> int:
    """Where the last `n` whitespace-separated words of `text` start (0 when it has fewer):
    no match ending `text` with at most `n` words starts before it."""
    parts = text.rsplit(None, n)
    return len(parts[0]) if len(parts) > n else 0


def _ends_phrase(word: str) -> bool:
    """A word that cannot stand inside a noun phrase: a function word or a short article,
    conjunction or preposition ("a", "et", "di")."""
    return (len(word) <= 3 and word.islower()) or word.lower() in function_words()


def _named(word: str, lang: str | None) -> bool:
    """Whether a word is a name ("Europe", "Saint-Louis-du-Rhône", "Langon", "Quintex"): never what a
    figure is about ("a 260-kilometre pipeline in southern France", "28% of it in Europe").
    The phrase beside a figure never opens a sentence, so a capital marks a name; an
    acronym ("CO2", "GDP") is a thing."""
    return word[:1].isupper() and not word.isupper()


_YEAR = regexcache.compile(r"(?<![\d.,])(?:19|20)\d{2}(?![\d.,]\d)")
YEAR_WINDOW = 70  # characters between a figure and its year, with no other figure between
_YEAR_APART = regexcache.compile(r"[;.]|\d")  # a sentence's end, or another figure nearer the year


def earlier_year(quote: str, text: str, published: str) -> str:
    """A year written next to the figure, before the publication year ("fined €997 million
    in 2022", "En 2022, Veltro avait écopé d'une amende de 390 millions"), with no other
    figure between them, as "2022"; "" otherwise. A figure about another year is another
    quantity. So is a year after the publication year written after the figure ("prévoit 48
    millions de voyageurs en 2027", "expects 46 million in 2027"): a forecast for that year,
    never the count of a day ("nel 2027, contro 2,8 milioni quest'anno": not the 2,8's).

    >>> earlier_year("Nexora was fined €997 million in 2022.", "€997 million", "2025-03-18")
    '2022'
    >>> earlier_year("It expects 12 million in 2027.", "12 million", "2025-03-18")
    '2027'
    """
    at = quote.find(text)
    if at < 0 or len(published) < 4 or not published[:4].isdigit():
        return ""
    for m in _YEAR.finditer(quote):
        if m.start() < at + len(text) and m.end() > at:
            continue  # part of the figure
        lo, hi = (at + len(text), m.start()) if m.start() >= at else (m.end(), at)
        between = quote[lo:hi]
        if len(between) <= YEAR_WINDOW and not _YEAR_APART.search(between):
            if m.group() < published[:4] and not _since(quote, m.start()):
                return m.group()
            if m.group() > published[:4] and m.start() >= at:  # "… en 2027": a forecast
                return m.group()
    return _opening_year(quote, at, published) or _year_before(quote, at, at + len(text), published)


_OPENING = regexcache.compile(r"\W*(?:en|in|nel|dans)\s+((?:19|20)\d{2})\s*,", re.IGNORECASE)


@lru_cache(maxsize=1)
def _now() -> re.Pattern:
    """The words of now of every language (`years.yaml` now), or a semicolon."""
    words = {w for ws in align_data("years.yaml")["now"].values() for w in ws}
    alts = regexcache.alternatives(words)
    return regexcache.compile(rf"(?<!\w)(?:{alts})(?!\w)|;", re.IGNORECASE)


def _opening_year(quote: str, at: int, published: str) -> str:
    """The earlier year that opens the figure's sentence, set apart by a comma ("En 2021, un
    épisode similaire avait touché 2 400 hectares et causé 60 millions d'euros de dégâts":
    both figures are 2021's), unless a word of now or a semicolon stands between it and the
    figure ("In 2021 it had 300 staff; now 450"); "" otherwise.

    >>> _opening_year("In 2021, it hit 2,400 ha and cost €60 million.", 37, "2026-06-16")
    '2021'
    >>> _opening_year("In 2021, it had 300 staff, and today 450.", 36, "2026-06-16")
    ''
    """
    m = _OPENING.match(quote)
    if m is None or m.group(1) >= published[:4] or m.end() > at:
        return ""
    return "" if _now().search(quote, m.end(), at) or _since(quote, m.start(1)) else m.group(1)


def _year_before(quote: str, start: int, end: int, published: str) -> str:
    """The year before publication when words of it stand beside the figure at
    `start`:`end`, with no other figure between ("up from 21,300 a year earlier", "l'an
    dernier", "l'anno scorso": `data/years.yaml` previous), else "".

    >>> _year_before("Arrivals rose to 9,100, up from 7,400 a year earlier.", 32, 37, "2026-05-02")
    '2025'
    >>> _year_before("Arrivals rose to 9,100, up from 7,400 a year earlier.", 17, 22, "2026-05-02")
    ''
    """
    pattern = _previous_pattern()
    after = pattern.search(quote, end, min(len(quote), end + YEAR_WINDOW))
    if after and not _YEAR_APART.search(quote, end, after.start()):
        return str(int(published[:4]) - 1)
    low = max(0, start - YEAR_WINDOW)
    before = [m for m in pattern.finditer(quote, low, start)]
    if before and not _YEAR_APART.search(quote, before[-1].end(), start):
        return str(int(published[:4]) - 1)
    return ""


@lru_cache(maxsize=1)
def _previous_pattern() -> re.Pattern:
    words = {w for ws in (align_data("years.yaml").get("previous") or {}).values() for w in ws}
    alts = regexcache.alternatives(words)
    return regexcache.compile(rf"(?<![\w'’])(?:{alts})(?!\w)", re.IGNORECASE)


def _since(quote: str, at: int) -> bool:
    """Whether the year at `at` opens a period that runs to now ("depuis 2024", "since
    2024", "dal 2024", "the inquiry, which started in 2024": `data/years.yaml`): a figure
    counted since then is not that year's.

    >>> _since("Depuis 2024, 3,4 tonnes ont été saisies", 7)
    True
    """
    return bool(_since_pattern().search(quote, max(0, at - 30), at))


@lru_cache(maxsize=1)
def _since_pattern() -> re.Pattern:
    data = align_data("years.yaml")

    def alts(key: str) -> str:
        words = {w for ws in (data.get(key) or {}).values() for w in ws}
        return regexcache.alternatives(words)

    began = rf"(?:{alts('began')})\s+(?:in|en|nel|nell'|dal|au\s+cours\s+de|during)?"
    return regexcache.compile(rf"(?<!\w)(?:{alts('since')}|{began})\s*$", re.IGNORECASE)


def _head(phrase: str, lang: str, before: bool = False) -> str:
    """The head noun of a short phrase: the last word in English, else the first, skipping
    function words; "" when nothing is left."""
    words = [w for w in re.split(r"\s+", phrase.strip()) if w]
    if before:  # the phrase ends at the figure: its last words are closest
        words = words[-2:]
    else:  # the noun phrase after the link ends at a function word: "of hydrogen a year"
        ends = [i for i, w in enumerate(words) if i and _ends_phrase(w)]
        words = words[: ends[0]] if ends else words
    words = [w.strip("'’") for w in words]
    content = [
        w
        for w in words
        if (len(w) > 3 or w.isupper())  # "CO2", "GDP"
        and w.lower() not in function_words()
        and not _named(w, lang)
    ]
    if not content:
        return ""
    if lang == "en" or before:
        return content[-1].lower()
    return content[0].lower()
