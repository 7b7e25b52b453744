"""Roles: what an amount with no noun is, from the verb of its clause.

Why
---
Money is often written with no noun but its currency: "le gouvernement a débloqué 20
millions d'euros", "sono stati stanziati 30 milioni", "the ministry released €20 million".
The verb names the amount's role (aid released, a fine imposed, revenue generated), and the
same role has its verbs in every language. An amount with neither a noun nor an anchor word
takes the concept its verb names (`data/roles.yaml`), so the three accounts above are one
quantity; without it each stood alone and was never compared. Only a verb of the amount's
own clause counts: just before it, or a participle just after it, with no clause break
between.

Example
-------
>>> role("Le gouvernement a débloqué 20 millions d'euros.", "20 millions d'euros", "fr")
'aid'
>>> role("La multa da 997 milioni inflitta ad Ardent.", "997 milioni", "it")
'fine'
>>> role("The town spent €3 million, and the region released more.", "€3 million", "en")
''
"""

from __future__ import annotations

from functools import lru_cache

from sourcecheck import regexcache
from sourcecheck.align.shipped import align_data

BEFORE = 6  # words before the amount where its verb may stand
AFTER = 2  # words after it (a participle)
_BREAK = regexcache.compile(r"[,;:()](?!\d)|[.!?](?:\s|$)")  # a clause ends here ("2,5" does not)
_WORD = regexcache.compile(r"[^\W\d_][\w'’-]*")
_ELIDED = regexcache.compile(r"^(?:[dlns]|qu)['’]")  # an elided article or pronoun before it


@lru_cache(maxsize=1)
def _verbs() -> dict[str | None, tuple[tuple[str, str], ...]]:
    """language → (stem, concept) pairs, longest stems first; None: every language."""
    out: dict[str | None, list[tuple[str, str]]] = {None: []}
    for concept, by_lang in align_data("roles.yaml").items():
        for lang, stems in (by_lang or {}).items():
            for stem in stems or ():
                pair = (stem.lower(), concept)
                out.setdefault(lang, []).append(pair)
                out[None].append(pair)
    return {k: tuple(sorted(v, key=lambda p: -len(p[0]))) for k, v in out.items()}


def role(quote: str, text: str, lang: str | None) -> str:
    """The concept the verb of the clause of amount `text` in `quote` names, or ""."""
    start = quote.find(text) if text else -1
    if start < 0:
        return ""
    return _role(quote, start, start + len(text), lang or None)


@lru_cache(maxsize=65536)
def _role(quote: str, start: int, end: int, lang: str | None) -> str:
    before = _BREAK.split(quote[:start])[-1]
    after = _BREAK.split(quote[end:])[0]
    near = [*reversed(_WORD.findall(before)[-BEFORE:]), *_WORD.findall(after)[:AFTER]]
    verbs = _verbs().get(lang) or _verbs()[None]
    for word in near:
        w = _ELIDED.sub("", word.lower())  # "d'économiser", "l'ha stanziato"
        for stem, concept in verbs:
            if w.startswith(stem):
                return concept
    return ""
