"""The word lists of frames: per-language data files under `sourcecheck/frames/data/`.

Why
---
Which words are never a noun, which phrases make a figure a rate, which city is a country's
capital: these change with the language and grow with every story, so they are data that an
editor can read and extend (STYLE: words that change with the language are data files),
loaded once per process. Code holds the grammar of how they combine.

Example
-------
>>> "solo" in words("nouns", "function_words", "it")
True
>>> load("places")["capitals"]["France"]
'Paris'
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from importlib import resources

from sourcecheck import regexcache
from sourcecheck.reading import load_shipped

LANGS = ("fr", "en", "it")


@cache
def load(name: str) -> dict:
    """The data file `frames/data/<name>.yaml` as a dict (read once per process)."""
    text = resources.files("sourcecheck").joinpath(f"frames/data/{name}.yaml").read_text("utf-8")
    return load_shipped(text) or {}


@cache
def words(name: str, entry: str, lang: str | None) -> frozenset[str]:
    """Lowercased words of `entry` for `lang`; every language's when `lang` is unknown."""
    per_lang = load(name).get(entry) or {}
    langs = (lang,) if lang in LANGS else LANGS
    return frozenset(w.lower() for code in langs for w in per_lang.get(code) or ())


@cache
def durations() -> frozenset[str]:
    """The units a duration takes as its concept (`frames/data/nouns.yaml`: hour, day…).

    Why: a duration is no count of things; extraction (a place's parts) and alignment (the
    subjects of spans) ask the same list here.

    >>> "day" in durations()
    True
    """
    return frozenset(load("nouns")["durations"])


@cache
def phrases(name: str, entry: str, lang: str | None) -> str:
    """The `alternation` of the phrases of `entry` in `frames/data/<name>.yaml` for `lang`;
    every language's when `lang` is unknown.

    >>> bool(re.fullmatch(phrases("time", "last", "it"), "scorsa"))
    True
    """
    per_lang = load(name)[entry]
    langs = (lang,) if lang in LANGS else LANGS
    return alternation(p for code in langs for p in per_lang.get(code) or ())


def alternation(phrases: Iterable[str]) -> str:
    """A regex alternation of `phrases`, longest first, spaces matching any whitespace and
    either apostrophe matching both."""
    items = regexcache.longest_first(phrases)
    if not items:
        return r"(?!x)x"
    flat = "|".join(
        re.escape(p.replace("’", "'")).replace(r"\ ", r"\s+").replace("'", "['’]") for p in items
    )
    return regexcache.factored(
        flat, lambda: [[_UNITS.get(c) or re.escape(c) for c in p.replace("’", "'")] for p in items]
    )


_UNITS = {" ": r"\s+", "'": "['’]"}  # any spacing, either apostrophe
