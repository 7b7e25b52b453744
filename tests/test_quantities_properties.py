"""Property tests: figures written the way each language writes them parse back exactly.

Numbers are formatted by babel (CLDR) for fr/en/it locales, so the separators are the ones
real texts use (U+202F in French, "." in Italian, "'" in Swiss French), then put in a
sentence with scale words, qualifiers and currencies on either side. Each must come back as
one quantity with the right value, and an interval that contains it (DESIGN §5).
"""

from __future__ import annotations

import math
from decimal import Decimal

from babel.numbers import format_decimal
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from sourcecheck.quantities import parse_quantities
from sourcecheck.quantities.currencies import PREFIX, SUFFIX

# fr_CA groups with U+00A0, fr_FR with U+202F. (CLDR's Swiss locales write "1000000'000",
# which no newspaper does; Swiss apostrophes are covered by the example tests.)
LOCALES = {"fr": ("fr_FR", "fr_CA"), "en": ("en_US", "en_GB"), "it": ("it_IT",)}
# Words around the figure that are never numbers, units or currencies.
BEFORE = {"fr": ("La police a saisi", "Selon Eurojust,"), "en": ("Police seized", "Reportedly,"),
          "it": ("La polizia ha sequestrato", "Secondo la GdF,")}  # fmt: skip
AFTER = {"fr": ("appareils.", "serveurs selon la GdF"), "en": ("devices.", "servers, said GdF"),
         "it": ("dispositivi.", "server secondo Europol")}  # fmt: skip
SETTINGS = settings(max_examples=150, deadline=None)

langs = st.sampled_from(sorted(LOCALES))
# Values with at most two decimals, as news writes them; integers up to the billions.
values = st.one_of(
    st.integers(min_value=0, max_value=9_999_999_999).map(Decimal),
    st.decimals(min_value=0, max_value=99_999_999, places=2, allow_nan=False),
    st.decimals(min_value=0, max_value=999, places=1, allow_nan=False),
)


def written(value: Decimal, lang: str, data) -> str:
    locale = data.draw(st.sampled_from(LOCALES[lang]), label="locale")
    text = format_decimal(value, locale=locale)
    assume(not (text.isdigit() and len(text) == 4 and 1900 <= int(text) <= 2099))  # a year
    return text


def only(text: str, lang: str):
    found = parse_quantities(text, lang)
    assert len(found) == 1, (text, found)
    q = found[0]
    assert text[q.start : q.end] == q.text
    return q


@SETTINGS
@given(lang=langs, value=values, data=st.data())
def test_numbers_in_every_language_parse_back(lang, value, data):
    figure = written(value, lang, data)
    before = data.draw(st.sampled_from(BEFORE[lang]))
    after = data.draw(st.sampled_from(AFTER[lang]))
    q = only(f"{before} {figure} {after}", lang)
    assert math.isclose(q.value, float(value), rel_tol=1e-12, abs_tol=1e-12)
    assert q.low <= float(value) <= q.high
    assert q.text == figure and q.ambiguity == ()


@SETTINGS
@given(lang=langs, value=values, data=st.data())
def test_negative_numbers(lang, value, data):
    assume(value > 0)
    figure = written(-value, lang, data)
    q = only(f"{data.draw(st.sampled_from(BEFORE[lang]))} {figure} ", lang)
    assert math.isclose(q.value, -float(value), rel_tol=1e-12)


SCALES = {
    "fr": (("millions", 1e6), ("milliards", 1e9), ("million", 1e6), ("milliard", 1e9)),
    "en": (("million", 1e6), ("billion", 1e9), ("bn", 1e9), ("thousand", 1e3)),
    "it": (("milioni", 1e6), ("miliardi", 1e9), ("mila", 1e3), ("mln", 1e6)),
}


@SETTINGS
@given(lang=langs, mantissa=st.decimals(min_value=1, max_value=999, places=1), data=st.data())
def test_scale_words(lang, mantissa, data):
    word, factor = data.draw(st.sampled_from(SCALES[lang]))
    figure = written(mantissa, lang, data)
    q = only(f"{data.draw(st.sampled_from(BEFORE[lang]))} {figure} {word} d'ici", lang)
    value = float(mantissa) * factor
    assert math.isclose(q.value, value, rel_tol=1e-9)
    assert q.low <= value <= q.high and q.low < q.high  # a scale word is a rounding
    assert q.scale is not None


QUALIFIERS = {
    "fr": (("plus de", "more_than"), ("au moins", "at_least"), ("moins de", "fewer_than"),
           ("jusqu'à", "at_most"), ("environ", "about"), ("près de", "about")),
    "en": (("more than", "more_than"), ("at least", "at_least"), ("fewer than", "fewer_than"),
           ("up to", "at_most"), ("about", "about"), ("nearly", "nearly")),
    "it": (("oltre", "more_than"), ("almeno", "at_least"), ("meno di", "fewer_than"),
           ("fino a", "at_most"), ("circa", "about"), ("quasi", "nearly")),
}  # fmt: skip


@SETTINGS
@given(lang=langs, value=values, data=st.data())
def test_qualifiers(lang, value, data):
    assume(value > 0)
    phrase, qualifier = data.draw(st.sampled_from(QUALIFIERS[lang]))
    figure = written(value, lang, data)
    q = only(f"{data.draw(st.sampled_from(BEFORE[lang]))} {phrase} {figure} ", lang)
    v = float(value)
    assert q.qualifier == qualifier and q.text == f"{phrase} {figure}"
    if qualifier in ("more_than", "at_least"):
        assert (q.low, q.high, q.low_open) == (v, math.inf, qualifier == "more_than")
    elif qualifier in ("fewer_than", "at_most"):
        assert (q.low, q.high, q.high_open) == (0, v, qualifier == "fewer_than")
    elif qualifier == "nearly":
        assert math.isclose(q.low, v * 0.9, rel_tol=1e-9, abs_tol=1e-9) and q.high == v
    else:
        assert q.low <= v * 0.9 * (1 + 1e-12) and q.high >= v * 1.1 * (1 - 1e-12)


@SETTINGS
@given(lang=langs, low=values, width=values, data=st.data())
def test_ranges(lang, low, width, data):
    high = low + width
    assume(width > 0)
    a, b = written(low, lang, data), written(high, lang, data)
    opener, joiner = {"fr": ("entre", "et"), "en": ("between", "and"), "it": ("tra", "e")}[lang]
    q = only(f"{data.draw(st.sampled_from(BEFORE[lang]))} {opener} {a} {joiner} {b} ", lang)
    assert (q.qualifier, q.low, q.high) == ("range", float(low), float(high))
    assert q.contains(q.value)


CURRENCY_FORMS = {
    "EUR": ("€", "EUR", "euros"),
    "USD": ("US$", "USD", "$ US", "dollars US"),
    "GBP": ("£", "GBP", "livres sterling", "pounds sterling", "sterline"),
    "CHF": ("CHF", "francs suisses", "franchi svizzeri"),
    "CAD": ("C$", "CAD", "$ canadiens", "dollars canadiens"),
    "JPY": ("JPY", "yens"),
}


@SETTINGS
@given(lang=langs, value=values, iso=st.sampled_from(sorted(CURRENCY_FORMS)), data=st.data())
def test_currencies_before_and_after(lang, value, iso, data):
    form = data.draw(st.sampled_from(CURRENCY_FORMS[iso]))
    figure = written(value, lang, data)
    before = form.lower() in PREFIX and data.draw(st.booleans(), label="before")
    assert form.lower() in SUFFIX
    amount = f"{form} {figure}" if before else f"{figure} {form}"
    q = only(f"{data.draw(st.sampled_from(BEFORE[lang]))} {amount}, ", lang)
    assert (q.currency, q.kind, q.text) == (iso, "money", amount)
    assert math.isclose(q.value, float(value), rel_tol=1e-12, abs_tol=1e-12)
    assert q.low <= float(value) <= q.high


# Pieces that make every candidate shape of the master regex and its edges: digit groups and
# their separators, dates and times, phone numbers, ordinals, fraction signs, number words
# with and without articles, words glued to figures, a word at the very start.
_PIECES = st.sampled_from(
    ("1", "12", "123", "0", "07", "2019", "1" * 25, " ", "\u00a0", "\u202f", ".", ",", "'",
     "’", "-", "/", ":", "+", "(", ")", "h", "am", "p.m.", "er", "e", "th", "°", "½", "_",
     "G", "a", "un", "une", "deux", "trois", "cent", "a dozen", "two", "thirds", "tre", "uno",
     "milioni", "mila", "million", "tens", "of", "thousands", "centaines", "une fois", "le",
     "and", "et", "\n", "X-", "Ü", "Une", "DEUX", "Tre", "often", "mentre", "\u2009", "İ",
     "œ", "ÉTÉ", "а", "\u212a", "UN’", "Dé")
)  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(pieces=st.lists(_PIECES, max_size=14), lang=st.sampled_from(["fr", "en", "it", None]))
def test_scan_yields_the_master_regex_matches(pieces, lang):
    """`scan.candidates` (two passes that skip letters inside words) yields what
    `finditer` of the master regex yields, candidate for candidate."""
    from sourcecheck.quantities.grammar import grammar
    from sourcecheck.quantities.scan import candidates as _candidates

    text = "".join(pieces)
    g = grammar(lang)
    expected = [(m.lastgroup, m.span()) for m in g.master.finditer(text)]
    assert [(k, m.span(k)) for m, k in _candidates(text, g)] == expected, text


@settings(max_examples=400, deadline=None)
@given(pieces=st.lists(_PIECES, max_size=14), lang=st.sampled_from(["fr", "en", "it", None]))
def test_number_words_inside_the_last_quantity_are_skipped_as_the_parser_would(pieces, lang):
    """`candidates` told where the last quantity ends (`taken`) leaves out number words
    inside it ("12 |millions", "3 |milioni-due"): the quantities are the same as when it
    yields every candidate."""
    assert_same_told_or_not("".join(pieces), lang)


def assert_same_told_or_not(text: str, lang: str | None) -> None:
    from sourcecheck.quantities import parser, scan

    told = parse_quantities(text, lang)
    saved = parser.candidates
    parser.candidates = lambda text, g, taken=None: scan.candidates(text, g)
    try:
        assert told == parse_quantities(text, lang), text
    finally:
        parser.candidates = saved


def test_number_words_inside_a_quantity_in_sentences():
    """Hyphens, articles and words glued on after a quantity: the same as every candidate."""
    sentences = [
        ("Castelbruno a perdu 12 millions-deux-trois et 4 millions un million.", "fr"),
        ("Agence Norvale paid 3 million a dozen times, 7 billion½ and 2 millionths.", "en"),
        ("A Pietrascura 5 milioni-due-tre-quattro-cinque-sei-sette-otto-nove-dieci.", "it"),
        ("Dr. Maren Loft: 6 thousand an hundred, 9 dozen-odd, 8 million_two.", "en"),
    ]
    for text, lang in sentences:
        assert_same_told_or_not(text, lang)


_DIGIT_PIECES = st.sampled_from(
    ("1", "12", "123", "4567", "0", "9" * 21, " ", "\u00a0", "\u202f", ".", ",", "'", "’",
     "x", "_", "-")
)  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(pieces=st.lists(_DIGIT_PIECES, max_size=12))
def test_number_tail_matches_what_number_matches(pieces):
    """NUMBER_TAIL (the number with all but its first character in a group, which the
    figures scan goes on past) matches what NUMBER matches, at every position."""
    import re

    from sourcecheck.quantities.numbers import NUMBER, NUMBER_TAIL

    text = "".join(pieces)
    number, tail = re.compile(NUMBER), re.compile(NUMBER_TAIL)
    for i in range(len(text) + 1):
        m, t = number.match(text, i), tail.match(text, i)
        assert (m and m.span()) == (t and t.span()), (text, i)
        if t:
            rest = t.span("tail") if t.group("tail") is not None else t.span("tail2")
            assert rest == (i + 1, t.end()), (text, i)


def test_number_words_start_after_every_non_word_character():
    """The scan (`Grammar.starts`, then `scan._words`) finds a number word after each
    character that is no word character ("÷", "«", "\u2009", "’"…), and after none that is
    one ("ß", "ª", "²", "_", "ā", "а")."""
    import re

    from sourcecheck.quantities.grammar import grammar
    from sourcecheck.quantities.scan import _words, fold

    word = re.compile(r"\w")
    for lang, number in (("fr", "trois"), ("en", "seven"), ("it", "dodici")):
        g = grammar(lang)
        for code in (*range(0x250), 0x2009, 0x2019, 0x202F, 0x3000, 0x0430, 0x05D0):
            before = chr(code).lower()
            if len(before) != 1:
                continue
            text = f"x{before}{number}"
            found = 2 in _words(text, fold(text), g)
            assert found == (word.match(before) is None), hex(code)


def test_lower_case_keeps_a_character_a_word_character_or_not():
    """The number words are looked for in the text put in lower case, after a character
    that is no word character there (`Grammar.starts`): lower case must not make a word
    character of one that was not, nor the reverse ("Ü", "İ" changes length: scanned apart)."""
    import re
    import sys

    word = re.compile(r"\w")
    for code in range(sys.maxunicode + 1):
        c = chr(code)
        low = c.lower()
        if len(low) == 1:
            assert bool(word.match(c)) == bool(word.match(low)), hex(code)


def test_fold_keeps_what_lower_case_gives_a_number_word_scan():
    """`scan.fold` reads a text as lower case does, a character at a time, for every
    character but `UNFOLDED` (a text holding one is not folded): a word character of Latin-1
    as its lower case, and any other character, or any past Latin-1, as no letter of a
    number word (all are of Latin-1) nor a word character of Latin-1."""
    import re
    import sys

    from sourcecheck.quantities.scan import UNFOLDED, fold

    word = re.compile(r"\w")
    unfolded = []
    for code in range(sys.maxunicode + 1):
        c = chr(code)
        low = c.lower()
        if code > 0xFF and (len(low) != 1 or min(low) <= "\xff"):
            unfolded.append(c)
            continue
        byte = fold(c)
        assert len(byte) == 1, hex(code)
        if code <= 0xFF and word.match(c):
            assert byte.decode("latin-1") == low, hex(code)
        else:
            assert byte == b" ", hex(code)
    assert "".join(unfolded) == UNFOLDED


def test_articles_fit_in_the_reach_read_before_a_number_word():
    """`scan` reads `ARTICLE_REACH` characters before a number word for its article."""
    from sourcecheck.quantities.grammar import grammar
    from sourcecheck.quantities.scan import ARTICLE_REACH

    for lang in ("fr", "en", "it", None):
        assert max(map(len, grammar(lang).articles)) <= ARTICLE_REACH


@settings(max_examples=400, deadline=None)
@given(pieces=st.lists(_PIECES, max_size=10))
def test_every_skipped_shape_starts_as_skip_start_says(pieces):
    """SKIP_START, tried before the SKIP shapes, holds wherever one of them matches."""
    import re

    from sourcecheck.quantities.exclusions import SKIP, SKIP_START

    text = "".join(pieces)
    shapes, start = re.compile(SKIP), re.compile(SKIP_START)
    for i in range(len(text)):
        if shapes.match(text, i):
            assert start.match(text, i), (text, i)


# Pieces around digit groups: every kind of word `plain.read_num` decides on (qualifiers,
# currencies, references, months, weekdays, clock cues, scales, units, signs, glued letters).
_AROUND = st.sampled_from(
    ("7", "24", "31", "1 250", "2031", "14.30", "3,5", "0,75", "1.250", "4,000", " ", " ",
     "\u00a0", "-", "−", "–", "/", ",", ".", "(", ")", "\n", "½", "x", "G", "_", "plus de ",
     "about ", "circa ", "oltre ", "environ ", "€", "$", "US$ ", "art. ", "n° ", "lundi ",
     "Tuesday ", "martedì ", "mars ", "July ", "ottobre ", "vers ", "alle ", "ore ", " heures",
     " o'clock", " millions", " milioni", "mila", " bn", "m ", " km", " %", " hectares",
     " et demi", " and a half", " dollars", " cents", " de ", " di ", " of ", "en ", "nel ",
     "since ", "Castelbruno ", "le ", "the ", "wells ")
)  # fmt: skip


@settings(max_examples=600, deadline=None)
@given(pieces=st.lists(_AROUND, max_size=12), lang=st.sampled_from(["fr", "en", "it", None]))
def test_digits_read_quickly_as_the_general_reader_reads_them(pieces, lang):
    """`plain.read_num` (memos of the words next to figures, a quick path when both sides
    hold plain words) gives what the general reader (`parser._read`) gives."""
    from sourcecheck.quantities import parser, plain

    text = "".join(pieces)
    quick = parse_quantities(text, lang)
    saved = parser.read_num
    parser.read_num = lambda *args: plain.SLOW  # every figure through `parser._read`
    try:
        general = parse_quantities(text, lang)
    finally:
        parser.read_num = saved
    assert quick == general, text


def test_digits_read_quickly_in_sentences():
    """Sentences of each shape read the same by both readers (a few written out)."""
    from sourcecheck.quantities import parser, plain

    sentences = [
        ("Castelbruno a recensé 412 puits et 3 250 forages, contre 17 en 2031.", "fr"),
        ("Agence Norvale counted about 64 wells, $5 million and -3 degrees at 14.30.", "en"),
        ("A Pietrascura 27 pozzi, alle 19 l'assemblea, oltre 1.250 ettari e 2,5 milioni.", "it"),
        ("Dr. Maren Loft saw 9 G20 flags, 7-year plans and 12/11 notes on Monday 4.", "en"),
        ("Le bac ferme vers 22 heures ; alle ore 23 si chiude, et 21 quais restent.", None),
        # the word before a figure after one space, two, a non-break space, a hyphen, none
        ("Environ 40 puits, environ  41 puits, environ\u00a042 puits, moins -43, X44 et 45.", "fr"),
        ("Quelque 46 €, plus de 47 bornes, mars 2031, art 48 et Lundi 9 à Castelbruno.", "fr"),
    ]
    for text, lang in sentences:
        quick = parse_quantities(text, lang)
        saved = parser.read_num
        parser.read_num = lambda *args: plain.SLOW
        try:
            assert quick == parse_quantities(text, lang), text
        finally:
            parser.read_num = saved
        assert quick, text


def test_memos_start_again_when_full(monkeypatch):
    """A memo of `plain` never holds more than its limit (a long-running process reads
    figures without end), and reading goes on the same after it starts again."""
    from sourcecheck.quantities import plain

    monkeypatch.setattr(plain, "_LIMIT", 3)
    table: dict = {}
    for n in range(7):
        assert plain._remember(table, str(n), n) == n
        assert len(table) <= 3
    assert table[str(6)] == 6
    mem = plain.Memo("fr", 1000, 0.1)
    monkeypatch.setattr(plain, "memo", lambda *args: mem)
    from sourcecheck.quantities import parser

    monkeypatch.setattr(parser, "memo", lambda *args: mem)
    text = "Castelbruno compte 41 puits, 52 forages, 63 citernes et 74 pompes."
    assert [q.value for q in parse_quantities(text, "fr")] == [41.0, 52.0, 63.0, 74.0]
    assert len(mem.digits) <= 3
