"""The word next to a figure decides which patterns are tried there (`Grammar`'s word sets):
a pattern is skipped only where it cannot match.

Why: `context.read_right` and `plain.read_num` try the scale, suffix, "and a half", compound,
month and span-of-days patterns, and the dates of the left context, only when the word
`Grammar.token` reads next to the figure may begin (or, on the left, end) one of their forms.
Were a set to miss a word, a figure would silently read differently; these tests try every
pattern at every place of texts made of the words that matter, and check the sets hold.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from sourcecheck.quantities import parse_quantities
from sourcecheck.quantities.exclusions import _SPAN_DAY_REVERSED, SPAN_LEADS_REVERSED
from sourcecheck.quantities.grammar import grammar

_WORDS = st.sampled_from(
    ("7", "18", "2 500", "3,5", "x", "G", "million", "Millions", "milioni", "mila", "bn", "m",
     "k", "md", "et", "e", "and", "And", "ed", "au", "al", "à", "a", "to", "all'", "l'",
     "demi", "mezzo", "half", "quarts", "mars", "Mars", "July", "sept.", "ottobre", "janv.",
     "de", "di", "of", "d'", "dell'", "euros", "€", "$", "US$", "km", "%", "ha", "hectares",
     "feet", "inches", "plus", "more than", "oltre", "circa", "i", "le", "art.", "n°", "lundi",
     "Tuesday", "through", "until", "Til", "untıl", "Castelbruno", "wells", "pozzi")
)  # fmt: skip
_SEPARATORS = st.sampled_from((" ", " ", "  ", "\u00a0", "", "-", "–", ", ", ".", "(", ")", "’"))
# A text: words (and figures) with what may stand between them, so that every pair meets.
_TEXTS = st.lists(st.tuples(_SEPARATORS, _WORDS), max_size=10).map(
    lambda pairs: "".join(sep + word for sep, word in pairs)
)


def _key(word: str | None) -> str | None:
    return None if word is None else word.lower().replace("’", "'")


@settings(max_examples=500, deadline=None)
@given(text=_TEXTS, lang=st.sampled_from(["fr", "en", "it", None]))
def test_a_pattern_after_a_figure_matches_only_after_a_word_of_its_set(text, lang):
    """Wherever `scale`, `suffix`, `part`, `compound` or `month_after` matches, the word
    `token` reads there is in the set that lets it be tried (`month_after` also after no
    word: "17-18 mars"; `bare_compound` only after no word: "1 milione 912 mila")."""
    g = grammar(lang)
    for i in range(len(text) + 1):
        tm = g.token.match(text, i)
        key = _key(tm.group(1) if tm else None)
        if g.scale.match(text, i):
            assert key in g.scale_words, (text, i)
        if g.suffix.match(text, i):
            assert key in g.suffix_words, (text, i)
        if g.part.match(text, i) or g.compound.match(text, i):
            assert key in g.joiner_words, (text, i)
        if g.bare_compound.match(text, i):
            assert key is None, (text, i)
        if g.month_after.match(text, i):
            assert key is None or key in g.month_words, (text, i)
        if key is not None and key in g.scale_words | g.suffix_words | g.joiner_words:
            assert key in g.right_words


@settings(max_examples=500, deadline=None)
@given(text=_TEXTS, lang=st.sampled_from(["fr", "en", "it", None]))
def test_the_left_context_without_dates_reads_as_the_whole_pattern(text, lang):
    """Before a word that ends no date or reference (`exclude_words`), `left_rest` gives the
    currency and qualifier `left` gives; and the span-of-days pattern matches only after
    no word or a word of `SPAN_LEADS_REVERSED`."""
    g = grammar(lang)
    rtext = text[::-1]  # left contexts are read in the reversed text
    for i in range(len(rtext) + 1):
        tm = g.token.match(rtext, i)
        if _SPAN_DAY_REVERSED.match(rtext, i):
            assert tm is None or tm.group(1).lower().replace("ı", "i") in SPAN_LEADS_REVERSED
        if tm is None or _key(tm.group(1)[::-1]) in g.exclude_words:
            continue
        whole, rest = g.left.match(rtext, i), g.left_rest.match(rtext, i)
        assert whole.lastgroup not in ("ref", "month", "weekday"), (rtext, i)
        assert whole.span() == rest.span(), (rtext, i)
        for name in ("cur", "qual"):
            assert whole.span(name) == rest.span(name), (rtext, i)


def test_figures_next_to_each_kind_of_word():
    """Sentences of each shape the sets decide on, with what they must read."""
    cases = [
        ("Castelbruno a 3 millions et demi d'habitants.", "fr", [(3_500_000.0, None)]),
        ("Agence Norvale spent 4 million euros and 7 km of cable.", "en",
         [(4_000_000.0, "EUR"), (7.0, None)]),
        ("A Pietrascura 12 milioni (circa) e 9 pozzi.", "it", [(12_000_000.0, None), (9.0, None)]),
        ("Du 17 au 18 mars, 40 puits.", "fr", [(40.0, None)]),
        ("From March 17 to 18, 64 wells and 3 until 5 pumps.", "en",
         [(64.0, None), (3.0, None), (5.0, None)]),
        ("Oltre 250 pozzi, più di 30 cisterne, 6 ettari di terra.", "it",
         [(250.0, None), (30.0, None), (6.0, None)]),
        ("Le 4 janv. 2031, environ 90 $ et 21 wells.", "fr", [(90.0, "USD"), (21.0, None)]),
    ]  # fmt: skip
    for text, lang, expected in cases:
        got = [(q.value, q.currency) for q in parse_quantities(text, lang)]
        assert got == expected, (text, got)


def test_every_word_before_the_second_day_of_a_span_is_a_lead():
    """Each way a month-first span joins its days ("March 17 to |18", "June 3 and |5", "May
    2 Through |4", "July 1–|9") puts a word of `SPAN_LEADS_REVERSED` before the second day,
    and the span is read as days."""
    g = grammar("en")
    for join in (" to ", " and ", " Through ", " until ", " til ", "–", " – ", " untıl "):
        text = f"from October 17{join}"
        rtext = text[::-1]
        assert _SPAN_DAY_REVERSED.match(rtext), join
        word = g.token.match(rtext).group(1)
        assert word.lower().replace("ı", "i") in SPAN_LEADS_REVERSED, join
        assert parse_quantities(text + "19, Castelbruno", "en") == [], join


def test_a_number_word_after_a_character_past_latin1():
    """The scan lets every character past Latin-1 through and drops those that are word
    characters: a number word after a dash or a quote mark is read, one glued to a Greek
    or Polish letter is not (it is inside a word)."""
    for text in ("Castelbruno—deux puits", "«deux puits»", "’deux puits"):
        assert [q.value for q in parse_quantities(text, "fr")] == [2.0], text
    for text in ("Castelbrunoωdeux puits", "łdeux puits", "ǅtrois puits"):
        assert parse_quantities(text, "fr") == [], text
    assert [q.value for q in parse_quantities("ωdeux puits, trois forages", "fr")] == [3.0]
