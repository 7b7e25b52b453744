"""The word lists alignment ships (`sourcecheck/align/data/*.yaml`), each read once.

Why
---
Parts ("dont", "of which"), changes ("from … to"), restated units, function words, people:
alignment's stages each read a list of words per language. One reader, cached, keeps them
from parsing a file twice or each spelling out the same resource lookup.

Example
-------
>>> "of which" in {w for ws in align_data("parts.yaml")["after"].values() for w in ws}
True
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

from sourcecheck import regexcache
from sourcecheck.reading import load_shipped


@cache
def align_data(name: str) -> dict:
    """`sourcecheck/align/data/<name>` as a dict ({} for an empty file); callers copy what
    they change."""
    text = resources.files("sourcecheck.align").joinpath(f"data/{name}").read_text("utf-8")
    return load_shipped(text) or {}


LANGUAGES = ("fr", "en", "it")


@cache
def word_pattern(name: str, lang: str | None = None) -> re.Pattern:
    """The words `name` lists per language (`stocks.yaml`; its other keys aside) as one
    pattern of whole words, case aside: those of `lang` when the file has some, else every
    language's (a quick test of a sentence)."""
    data = {k: v for k, v in align_data(name).items() if k in LANGUAGES}
    words = set(data.get(lang) or ()) or {w for ws in data.values() for w in ws or ()}
    return regexcache.compile(rf"(?<!\w)(?:{regexcache.alternatives(words)})(?!\w)", re.IGNORECASE)
