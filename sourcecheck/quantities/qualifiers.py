"""Qualifiers written before a figure, and ranges between two figures.

Why
---
"plus de 700 policiers" and "700 policiers" do not say the same thing: DESIGN §5 turns the
qualifier into the interval's ends (more than → (X, ∞), up to → [0, X], about → ±10%,
nearly → [0.9·X, X]). The phrases are data (`data/qualifiers.yaml`), one list per qualifier.
"entre 10 et 12", "between 10 and 12", "tra 10 e 12" and "10-12" are one quantity, a range.
"from 10 to 12" / "de 10 à 12" / "da 10 a 12" are left as two figures: in news they
mostly describe a change ("rose from 10% to 12%"), not an uncertainty.

Example
-------
>>> QUALIFIER_OF["près de"]
'about'
>>> QUALIFIER_OF["fino a"]
'at_most'
>>> QUALIFIER_OF["almost"], QUALIFIER_OF["quasi"]
('nearly', 'nearly')
"""

from __future__ import annotations

from sourcecheck import regexcache
from sourcecheck.quantities.lexicon import SPACE_RE, alternation, load, reversed_alternation

_DATA = load("qualifiers")
QUALIFIER_NAMES = ("more_than", "at_least", "fewer_than", "at_most", "nearly", "about", "range")
PHRASES: dict[str, tuple[str, ...]] = {q: tuple(_DATA[q]) for q in QUALIFIER_NAMES}

QUALIFIER_OF: dict[str, str] = {p: q for q, ps in PHRASES.items() for p in ps}

# Italian puts an article between the qualifier and the figure: "circa il 18 %", "oltre i 700".
ARTICLES = tuple(_DATA["articles"])

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
RANGE_JOIN = regexcache.compile(
    r"[ \u00a0\u202f\u2009]*"
    + alternation(("and", "et", "e", "y", "-", "–", "—", "to", "à", "a"))
    + r"(?:[ \u00a0\u202f\u2009]+"
    + alternation(ARTICLES)
    + r")?[ \u00a0\u202f\u2009]*\Z"  # "tra i 5 e i 7 milioni"
)
DASH_JOIN = regexcache.compile(r"[ \u00a0\u202f\u2009]?[-–—][ \u00a0\u202f\u2009]?\Z")
