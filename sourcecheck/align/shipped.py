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


@cache
def word_pattern(name: str) -> re.Pattern:
    """Every word of every language of `name` (a file of language → words, such as
    `stocks.yaml`) as one pattern of whole words, case aside: a quick test of a sentence."""
    words = {w for ws in align_data(name).values() for w in ws or ()}
    return regexcache.compile(rf"(?<!\w)(?:{regexcache.alternatives(words)})(?!\w)", re.IGNORECASE)
