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
>>> re.fullmatch(alternation(["plus de", "plus"]), "plus  de") is not None
True
>>> re.fullmatch(reversed_alternation(["jusqu'à"]), "à’uqsuj") is not None
True
"""

from __future__ import annotations

import re
from collections.abc import Iterable

SPACE_RE = "[ \u00a0\u202f\u2009]+"


def _literal(form: str) -> str:
    out = []
    for ch in form:
        if ch == " ":
            out.append(SPACE_RE)
        elif ch in "'’":
            out.append("['’]")
        else:
            out.append(re.escape(ch))
    return "".join(out)


def alternation(forms: Iterable[str]) -> str:
    """A non-capturing alternation of `forms`, longest first, spaces flexible."""
    ordered = sorted(set(forms), key=lambda f: (-len(f), f))
    return "(?:" + "|".join(_literal(f) for f in ordered) + ")"


def reversed_alternation(forms: Iterable[str]) -> str:
    """The alternation of `forms` written backwards, to match reversed left context."""
    return alternation(f[::-1] for f in forms)


def normalise(written: str) -> str:
    """Lower case, one plain space, one apostrophe: the key of every lexicon dict."""
    return " ".join(written.lower().replace("’", "'").split())
