"""Qualifiers written before a figure, and ranges between two figures.

Why
---
"plus de 700 policiers" and "700 policiers" do not say the same thing: DESIGN §5 turns the
qualifier into the interval's ends (more than → (X, ∞), up to → [0, X], about → ±10%).
"entre 10 et 12", "between 10 and 12", "tra 10 e 12" and "10-12" are one quantity, a range.
"from 10 to 12" / "de 10 à 12" / "da 10 a 12" are left as two figures: in news they
mostly describe a change ("rose from 10% to 12%"), not an uncertainty.

Example
-------
>>> QUALIFIER_OF["près de"]
'about'
>>> QUALIFIER_OF["fino a"]
'at_most'
"""

from __future__ import annotations

import re

from sourcecheck.quantities.lexicon import SPACE_RE, alternation, reversed_alternation

PHRASES: dict[str, tuple[str, ...]] = {
    "more_than": (
        "more than", "over", "above", "in excess of", "upwards of", "plus de", "plus d'",
        "au-delà de", "au-delà des", "oltre", "più di", "piu di", "più che", "superiore a",
    ),
    "at_least": (
        "at least", "no fewer than", "no less than", "a minimum of", "au moins", "pas moins de",
        "au minimum", "almeno", "non meno di", "minimo",
    ),
    "fewer_than": (
        "fewer than", "less than", "under", "below", "moins de", "moins d'", "meno di",
        "inférieur à", "inferiore a", "sotto i", "sotto le",
    ),
    "at_most": (
        "up to", "at most", "no more than", "as many as", "jusqu'à", "au plus", "au maximum",
        "pas plus de", "fino a", "fino ad", "al massimo", "non più di",
    ),
    "about": (
        "about", "around", "approximately", "roughly", "nearly", "almost", "some",
        "close to", "an estimated", "environ", "près de", "presque", "quelque", "quelques",
        "approximativement", "autour de", "aux alentours de", "quasiment", "circa", "quasi",
        "intorno a", "intorno ai", "intorno alle", "attorno a", "attorno ai",
        "approssimativamente", "pressappoco", "all'incirca", "poco meno di", "poco più di",
    ),
    "range": ("between", "entre", "tra", "fra"),
}  # fmt: skip

QUALIFIER_OF: dict[str, str] = {p: q for q, ps in PHRASES.items() for p in ps}

# Italian puts an article between the qualifier and the figure: "circa il 18 %", "oltre i 700".
ARTICLES = ("il", "i", "le", "gli", "la", "les", "the", "l'")

# Reversed left context: [article] qualifier, matched from the figure backwards.
QUALIFIER_REVERSED = (
    r"(?P<art>"
    + reversed_alternation(ARTICLES)
    + SPACE_RE
    + r")?(?P<qual>"
    + reversed_alternation(QUALIFIER_OF)
    + r")(?![^\W\d_])"
)

# What may stand between the two ends of a range.
RANGE_JOIN = re.compile(
    r"[ \u00a0\u202f\u2009]*"
    + alternation(("and", "et", "e", "y", "-", "–", "—", "to", "à", "a"))
    + r"(?:[ \u00a0\u202f\u2009]+"
    + alternation(ARTICLES)
    + r")?[ \u00a0\u202f\u2009]*\Z"  # "tra i 5 e i 7 milioni"
)
DASH_JOIN = re.compile(r"[ \u00a0\u202f\u2009]?[-–—][ \u00a0\u202f\u2009]?\Z")
