"""The speed-minded forms of the figures' patterns match exactly what their plain forms do.

Why: `numbers.NUMBER`, `numbers.NUMBER_TAIL` and `exclusions.SKIP_START` read digit runs
possessively (`\\d{1,12}+`: a run given back digit by digit only meets another digit, which
nothing after it accepts), and `grammar.TOKEN` reads a word's Latin-1 letters from a table
first. A figure read differently would change silently; these tests match both forms of
each pattern at every place of texts made of digits, marks, spaces and letters of many
scripts, and compare the spans and groups.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from sourcecheck.quantities.exclusions import SKIP_START
from sourcecheck.quantities.grammar import FIRST_FIGURE, LATIN1_LETTERS, TOKEN
from sourcecheck.quantities.numbers import NUMBER, NUMBER_TAIL

# The same patterns without possessive quantifiers, and with `[^\W\d_]+` for a word.
_PLAIN_TOKEN = r"[ \u00a0\u202f\u2009]*-?[ \u00a0\u202f\u2009]*([^\W\d_]+|[^\w\s\-])"
_PIECES = st.sampled_from(
    ("7", "12", "345", "2026", "1234567890123", "0", " ", "\u00a0", "\u202f", ".", ",", "'",
     "’", "%", "-", "/", ":", "h", "am", "p.m.", "+", "(", ")", "Ōrvik", "naïve", "Straße",
     "x²", "½", "İ", "ª", "µ", "Đà", "Ωmega", "_", "été", "\u2009", "٣", "Ⅻ", "ÿ")
)  # fmt: skip
_TEXTS = st.lists(_PIECES, max_size=14).map("".join)


def _plain(pattern: str) -> str:
    """`pattern` with its possessive quantifiers made greedy ("\\d{1,3}+" → "\\d{1,3}")."""
    return re.sub(r"(\}|\+|\*)\+", r"\1", pattern)


def _all_matches(pattern: re.Pattern, text: str) -> list:
    found = []
    for i in range(len(text) + 1):
        m = pattern.match(text, i)
        found.append(None if m is None else (m.span(), m.groups()))
    return found


@settings(max_examples=400, deadline=None)
@given(text=_TEXTS)
def test_possessive_digit_runs_match_as_the_greedy_ones(text):
    for fast in (NUMBER, NUMBER_TAIL, SKIP_START + r"\d"):
        assert _plain(fast) != fast
        assert _all_matches(re.compile(fast), text) == _all_matches(re.compile(_plain(fast)), text)


@settings(max_examples=400, deadline=None)
@given(text=_TEXTS)
def test_the_word_next_to_a_figure_is_read_as_any_run_of_letters(text):
    assert _all_matches(re.compile(TOKEN), text) == _all_matches(re.compile(_PLAIN_TOKEN), text)


def test_the_latin1_letters_are_what_a_letter_class_matches_there():
    table, letter = re.compile(LATIN1_LETTERS), re.compile(r"[^\W\d_]")
    for c in map(chr, range(256)):
        assert (table.match(c) is None) == (letter.match(c) is None), repr(c)
    assert re.compile(TOKEN).match(" Ōrvik²x").group(1) == "Ōrvik²x"
    assert re.compile(TOKEN).match("-naïveté,").group(1) == "naïveté"


def test_a_figure_may_start_at_its_latin1_starters_and_past_latin1():
    """`FIRST_FIGURE`, a negated Latin-1 table, lets through the digits, signs, marks and
    fractions of Latin-1 and every character past it, as the class listing them does."""
    starts, listed = re.compile(FIRST_FIGURE), re.compile("[0-9+(.,½¼¾\u0100-\U0010ffff]")
    for c in map(chr, [*range(0x3000), 0xFFFF, 0x10000, 0x1F600, 0x10FFFF]):
        assert (starts.match(c) is None) == (listed.match(c) is None), repr(c)
    found = [m.start() for m in starts.finditer("Lot 4, ½ mètre’s (+9)")]
    assert found == [4, 5, 7, 14, 17, 18, 19]
