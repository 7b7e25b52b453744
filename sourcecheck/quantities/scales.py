"""Scale words and their abbreviations: million(s), milliard(s), mila, bn, k…

Why
---
"10,7 millions", "€10.7m", "10,7 mln", "180mila" all multiply the figure; the `scale-word`
rule compares the *word* written (million vs milliard, mila vs milioni), so every reading
keeps a normalised name next to the factor. "billion" is 10⁹ in English and 10¹² in French
and Italian ("bilione"). "m" and "mn" are metres and minutes as often as millions, so they
count as scale words only next to a currency ("$5m", "5m €") or, for "m" and "tn", before a
counted noun ("the city's 1.5m residents", but "a 5m wall", "the 100m sprint": see
`context.py`). "dozen"/"douzaine"/"dozzina" and "hundred" multiply too ("3 douzaines" = 36)
but are not rounding scales.

Example
-------
>>> scale_of("milioni", "it")
('million', 1000000.0)
>>> scale_of("billion", "fr")
('billion', 1000000000000.0)
"""

from __future__ import annotations

from sourcecheck.quantities.lexicon import alternation, load

# written form (lower case) -> normalised name
SCALE_NAMES: dict[str, str] = {
    "dozen": "dozen",
    "dozens": "dozen",
    "douzaine": "dozen",
    "douzaines": "dozen",
    "dozzina": "dozen",
    "dozzine": "dozen",
    "hundred": "hundred",
    "thousand": "thousand",
    "thousands": "thousand",
    "mille": "mille",
    "mila": "mila",
    "k": "k",
    "million": "million",
    "millions": "million",
    "milione": "million",
    "milioni": "million",
    "mln": "million",
    "mio": "million",
    "mn": "million",
    "m": "million",
    "milliard": "milliard",
    "milliards": "milliard",
    "miliardo": "milliard",
    "miliardi": "milliard",
    "md": "milliard",
    "mds": "milliard",
    "mrd": "milliard",
    "mrds": "milliard",
    "mld": "milliard",
    "billion": "billion",
    "billions": "billion",
    "bilione": "billion",
    "bilioni": "billion",
    "bn": "billion",
    "b": "billion",
    "bln": "billion",
    "trillion": "trillion",
    "trillions": "trillion",
    "tn": "trillion",
}

# Written forms that are scale words only next to a currency (else metres, minutes…),
# and those of them that are also one before a counted noun ("1.5m residents"; issue 12).
MONEY_ONLY = frozenset({"m", "mn", "md", "tn", "mio", "b"})
BY_CONTEXT = frozenset({"m", "tn"})
# Words after "5m" that make it a length ("a 5m wall", "the 100m sprint"): data/scales.yaml.
LENGTH_CONTEXT = frozenset(load("scales")["length_context"])

_FACTORS = {
    "dozen": 12.0,
    "hundred": 100.0,
    "thousand": 1e3,
    "mille": 1e3,
    "mila": 1e3,
    "k": 1e3,
    "million": 1e6,
    "milliard": 1e9,
    "trillion": 1e12,
}

# Words that are part of a spelled-out number rather than a scale applied to it.
WORD_SCALES = frozenset(
    w for w, n in SCALE_NAMES.items() if n in ("million", "milliard", "billion", "trillion")
) - {"mln", "mn", "m", "md", "mds", "mrd", "mrds", "mld", "bn", "bln", "tn", "mio", "b"}

SCALE_PATTERN = alternation(SCALE_NAMES)


def scale_of(word: str, lang: str | None) -> tuple[str, float]:
    """The normalised name and factor of a written scale word (`lang` decides "billion")."""
    name = SCALE_NAMES[word.lower()]
    if name == "billion":
        long_scale = lang in ("fr", "it") and word.lower() not in ("bn", "bln", "b")
        return name, 1e12 if long_scale else 1e9
    if name == "trillion":
        return name, 1e18 if lang in ("fr", "it") and word.lower() != "tn" else 1e12
    return name, _FACTORS[name]
