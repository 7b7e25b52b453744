"""What a claim counts, as a key that is the same in every language.

Why
---
Rules compare claims about one quantity; the first half of "one quantity" is "the same
thing counted". The lexicon answers for the nouns it knows, in any of its languages; a noun
it does not know still has cognates in the other languages ("idrogenodotto" /
"hydrogénoduc"), so its key is its cognate key, and keys a letter apart are joined later
with rapidfuzz. A generic noun ("persone", "people") or no noun at all says nothing: no key.

Example
-------
>>> from sourcecheck.extract.lexicon import load_concepts
>>> concepts = load_concepts()
>>> noun_key("server", "serveurs", concepts)[:2]
('server', 'server')
>>> noun_key("", "idrogenodotti", concepts)[:2]
('~idrogenoduc', 'idrogenodotti')
"""

from __future__ import annotations

from typing import NamedTuple

from sourcecheck.align.cognates import cognate_key
from sourcecheck.extract.lexicon import Concepts

COGNATE = "~"  # prefix of keys that come from cognates, not from the lexicon


class Noun(NamedTuple):
    key: str  # concept id, or "~" + cognate key, or "" (nothing to compare)
    label: str  # readable: the concept id or the noun as written
    evidence: str  # why the key: "lexicon", "translation", "cognate"


def noun_key(concept: str, thing: str, concepts: Concepts) -> Noun:
    """The language-independent key of what a claim counts (see the module doc)."""
    if concept and concept in concepts.parent:
        return Noun(concept, concept.replace("-", " "), f"lexicon concept “{concept}”")
    if thing and not concepts.is_generic(thing):
        found = concepts.match(thing)
        if found:
            return Noun(found, found.replace("-", " "), f"“{thing}” translates to “{found}”")
        key = cognate_key(thing)
        if key:
            return Noun(COGNATE + key, thing.lower(), f"cognates of “{thing}”")
    if concept:  # given in claims.csv, or a project lexicon the table was not read with
        return Noun(concept, concept.replace("-", " "), f"concept “{concept}” as given")
    return Noun("", "", "")


def anchored_key(word: str, concepts: Concepts) -> Noun:
    """The key of an anchor word (see `anchors`): its lexicon concept, else its cognates."""
    found = concepts.match(word)
    if found:
        return Noun(found, found.replace("-", " "), f"the word “{word}” beside it: “{found}”")
    key = cognate_key(word)
    return Noun(COGNATE + key, word, f"the word “{word}” beside it") if key else Noun("", "", "")
