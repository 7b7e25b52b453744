"""Cognate keys: one spelling for a noun's French, English and Italian forms.

Why
---
Wire copy names things the concept lexicon has never seen ("idrogenodotto", "électrolyseur",
"percettori"), and the same thing crosses languages with regular sound changes: Latin -ct-
gives Italian -tt- (elettrico / électrique / electric), -tion is -zione, -ment is -mento, an
agent noun ends in -eur, -ore or -er. Undoing those changes gives a key that the three forms
share, so alignment can join them without a dictionary; rapidfuzz then absorbs what is left
(a letter here and there). The key is for matching only: it is never shown to a user.

Example
-------
>>> cognate_key("investimenti") == cognate_key("investissements") == cognate_key("investment")
True
>>> cognate_key("elettrolizzatori") == cognate_key("électrolyseurs") == cognate_key("electrolyser")
True
>>> cognate_key("idrogenodotto") == cognate_key("hydrogénoduc")
True
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from sourcecheck import regexcache

# Endings, after sound changes and plural endings are undone, mapped to one neutral ending.
# Longest first within a family; one ending is replaced per word.
_SUFFIXES: tuple[tuple[str, str], ...] = (
    # -ment: investissement / investimento / investment
    ("issement", "ment"), ("isement", "ment"), ("iment", "ment"), ("ament", "ment"), ("ement", "ment"),
    # -tion: production / produzione / production; commission / commissione
    ("sion", "tion"),
    # agent nouns: électrolyseur / elettrolizzatore / electrolyser; percepteur / percettore
    ("isator", "isor"), ("iseur", "isor"), ("ator", "ator"), ("ateur", "ator"),
    ("iteur", "itor"), ("teur", "tor"), ("eur", "or"), ("er", "or"),
    # -ity: capacité / capacità / capacity (already "capacit" once the vowel is gone)
    # -ic: électrique / elettrico / electric (qu → c already)
    # -duct: gazoduc / gasdotto; oléoduc / oleodotto
    ("dot", "duc"), ("dut", "duc"),
    # French plurals in -aux: canaux / canal
    ("au", "al"),
)  # fmt: skip
_SOUNDS: tuple[tuple[str, str], ...] = (
    ("ct", "t"), ("pt", "t"), ("ph", "f"), ("th", "t"), ("qu", "c"), ("chi", "ci"),
    ("che", "ce"), ("ch", "c"), ("y", "i"), ("z", "s"), ("k", "c"), ("j", "i"), ("w", "v"),
)  # fmt: skip
_DOUBLED = regexcache.compile(r"(.)\1")
_WORD = regexcache.compile(r"[^\W\d_]+")


@lru_cache(maxsize=65536)
def cognate_key(noun: str) -> str:
    """The key shared by a noun's cognates in fr/en/it: a lowercase ASCII skeleton.

    Each word loses its accents and plural ending, then regular sound changes are undone
    (ct→t, ph→f, y→i, z→s, doubled consonants single) and a known ending is neutralised.
    Short function words ("de", "di", "of", "la") are dropped.
    """
    text = unicodedata.normalize("NFKD", noun.lower().replace("’", "'"))
    text = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join(_word_key(w) for w in _WORD.findall(text) if len(w) > 3)


def _word_key(word: str) -> str:
    for written, heard in _SOUNDS:
        word = word.replace(written, heard)
    word = _DOUBLED.sub(r"\1", word)  # elettro → eletro
    if word.startswith("h") and len(word) > 4:
        word = word[1:]  # hydrogène / idrogeno
    if len(word) > 3 and word[-1] in "sx":
        word = word[:-1]
    if len(word) > 3 and word[-1] in "aeio":
        word = word[:-1]
    for ending, neutral in _SUFFIXES:
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            return word[: -len(ending)] + neutral
    return word
