"""Small helpers that turn word lists into regular expressions (forward and reversed).

Why
---
Every lexicon (scale words, currencies, units, qualifiers, months) is a plain list of written
forms; building the alternation in one place keeps longest-first ordering, escaping, flexible
spaces and both apostrophes consistent. Left context is matched on the *reversed* text just
before a figure, so one anchored `match` replaces a search over a window.

Example
-------
>>> import re
>>> re.fullmatch(alternation(["plus de", "plus"]), "Plus  de") is not None
True
>>> re.fullmatch(reversed_alternation(["jusqu'à"]), "à’uqsuj") is not None
True
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache, lru_cache

from sourcecheck import regexcache

SPACE_RE = "[ \u00a0\u202f\u2009]+"


def _tokens(form: str) -> list[str]:
    """The regex pieces of one written form: flexible spaces, either apostrophe."""
    return [_piece(ch) for ch in form]


@lru_cache(maxsize=4096)
def _piece(ch: str) -> str:
    """One character's regex piece (the same few hundred characters make every lexicon)."""
    if ch == " ":
        return SPACE_RE
    if ch in "'’":
        return "['’]"
    if ch.lower() != ch.upper() and len(ch.upper()) == 1 == len(ch.lower()):
        return "[" + re.escape(ch.lower()) + re.escape(ch.upper()) + "]"
    return re.escape(ch)


def _trie_pattern(node: dict) -> str:
    """The regex of a trie node; a longer form is tried before its prefix (greedy)."""
    ends = "" in node
    alts = [tok + _trie_pattern(child) for tok, child in sorted(node.items()) if tok]
    if not alts:
        return ""
    body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
    if ends:
        return "(?:" + body + ")?" if len(alts) > 1 or len(body) > 1 else body + "?"
    return body


def alternation(forms: Iterable[str]) -> str:
    """A regex matching any of `forms` in any case, the longest first, spaces flexible.

    Built as a trie so that a failing match costs a few comparisons, not one per form:
    the lexicons hold hundreds of forms and are tried at every candidate figure. Case is
    folded with explicit classes ("[mM]") rather than re.IGNORECASE, which makes Python's
    engine compare every literal the slow way. Callers that care about case ("MW" is not
    "mW") check the matched text afterwards.
    """
    root: dict = {}
    for form in set(forms):
        node = root
        for tok in _tokens(form):
            node = node.setdefault(tok, {})
        node[""] = {}
    return "(?:" + _trie_pattern(root) + ")"


def literal_alternation(forms: Iterable[str]) -> str | None:
    """A trie of `forms` in lower case, each character a literal: a pattern whose first
    character the engine looks for alone before trying it, for a scan of a text in lower
    case. None when a form holds a character other than a letter, or a letter that
    `str.lower` does not map back to itself from either case (the scan would miss it).

    >>> literal_alternation(["tre", "trenta", "due"])
    '(?:(?:due|tre(?:nta)?))'
    >>> literal_alternation(["a dozen"]) is None
    True
    """
    root: dict = {}
    for form in sorted(set(forms)):
        if not all(c.isalpha() and c.lower() == c == c.upper().lower() for c in form):
            return None
        node = root
        for ch in form:
            node = node.setdefault(re.escape(ch), {})
        node[""] = {}
    return "(?:" + _trie_pattern(root) + ")" if root else None


def first_class(forms: Iterable[str]) -> str:
    """A character class of exactly the characters `alternation(forms)` may start with.

    Why: a lookahead on this class lets a scan give up on a word in one test before trying
    the alternation's branches (`grammar.Grammar.scan`).

    >>> first_class(["plus de", "Über", "’a"])
    "['PpÜü’]"
    """
    chars: set[str] = set()
    for form in forms:
        piece = _piece(form[0])
        if piece == SPACE_RE:
            chars.update(SPACE_RE[1:-2])
        elif piece == "['’]":
            chars.update("'’")
        elif piece.startswith("[") and len(piece) > 1:
            chars.update((form[0].lower(), form[0].upper()))
        else:
            chars.add(form[0])
    return "[" + "".join(re.escape(c) for c in sorted(chars)) + "]"


def reversed_alternation(forms: Iterable[str]) -> str:
    """The alternation of `forms` written backwards, to match reversed left context."""
    return alternation(f[::-1] for f in forms)


def normalise(written: str) -> str:
    """Lower case, one plain space, one apostrophe: the key of every lexicon dict."""
    return " ".join(written.lower().replace("’", "'").split())


_TOKEN = regexcache.compile(r"[^\W\d_]+|[^\w\s\-]")


def edge_word(form: str, last: bool = False) -> str:
    """The first (or last) word or symbol of a written form, as `Grammar` tokens see it.

    >>> edge_word("plus d'"), edge_word("plus d'", last=True), edge_word("US$", last=True)
    ('plus', "'", '$')
    """
    tokens = _TOKEN.findall(form.lower().replace("’", "'"))
    return tokens[-1] if last else tokens[0]


@cache
def load(name: str) -> dict:
    """The word lists of `data/<name>.yaml` in this package, parsed once per process."""
    from importlib.resources import files

    from sourcecheck.reading import load_shipped

    path = files("sourcecheck.quantities").joinpath(f"data/{name}.yaml")
    return load_shipped(path.read_text(encoding="utf-8"))
