"""Examples for every bullet of issue 2, on the seed article and made-up fr/en/it sentences."""

from __future__ import annotations

import doctest
import importlib
import math
import pkgutil

import pytest

import sourcecheck
import sourcecheck.quantities as quantities_pkg
from sourcecheck.commands.quantities import split_front_matter
from sourcecheck.quantities import Quantity, parse_quantities

INF = math.inf


def only(text: str, lang: str | None) -> Quantity:
    found = parse_quantities(text, lang)
    assert len(found) == 1, found
    return found[0]


def test_seed_article_figures(seed_case):
    raw = (seed_case / "perfect-storm-fr.md").read_text(encoding="utf-8")
    lang, body, _ = split_front_matter(raw)
    assert lang == "fr"
    got = {(q.text, q.low, q.high, q.currency) for q in parse_quantities(body, lang)}
    assert ("10,7 millions d’euros", 10_650_000.0, 10_750_000.0, "EUR") in got
    assert ("10 619 000 €", 10_618_500.0, 10_619_500.0, "EUR") in got
    assert ("12 495 271 $ US", 12_495_271.0, 12_495_271.0, "USD") in got
    assert ("plus de 700", 700.0, INF, None) in got
    assert ("5 500", 5450.0, 5550.0, None) in got
    assert ("23", 23.0, 23.0, None) in got
    assert ("plus de 50 millions", 50_000_000.0, INF, None) in got


def test_seed_spans_point_into_the_text(seed_case):
    _, body, _ = split_front_matter((seed_case / "perfect-storm-fr.md").read_text("utf-8"))
    for q in parse_quantities(body, "fr"):
        assert body[q.start : q.end] == q.text
        assert q.contains(q.value) or q.qualifier in ("more_than", "fewer_than")


@pytest.mark.parametrize("space", [" ", "\u00a0", "\u202f"])
def test_space_grouping(space):
    q = only(f"5{space}500 serveurs", "fr")
    assert (q.value, q.low, q.high, q.text) == (5500, 5450, 5550, f"5{space}500")


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        ("5.500 server sequestrati", "it", 5500),
        ("5.500 servers", "en", 5.5),
        ("5,500 servers", "en", 5500),
        ("10,7 millions", "fr", 10_700_000),
        ("10,7", "it", 10.7),
        ("1,234,567.89", "en", 1_234_567.89),
        ("1.234.567,89", "it", 1_234_567.89),
        ("12 495 271", "fr", 12_495_271),
        ("1'234'567", "fr", 1_234_567),
        ("1’234’567.5", "it", 1_234_567.5),
        ("2,125", "fr", 2.125),
        ("2,125", "it", 2.125),
        ("2,125", "en", 2125),
    ],
)
def test_separators_by_language(text, lang, value):
    assert only(text, lang).value == pytest.approx(value)


@pytest.mark.parametrize(("text", "value"), [("5.500", 5500), ("2,125", 2125)])
def test_unknown_language_flags_the_separator(text, value):
    for lang in (None, ""):
        q = only(text, lang)
        assert q.value == value and "separator" in q.ambiguity
    assert only(text, "it").ambiguity == ()


@pytest.mark.parametrize(
    ("text", "lang", "value", "low", "high", "scale"),
    [
        ("10 milioni e 619mila euro", "it", 10_619_000, 10_618_500, 10_619_500, "million"),
        ("3 millions et demi", "fr", 3_500_000, 3_250_000, 3_750_000, "million"),
        ("un milione e mezzo", "it", 1_500_000, 1_250_000, 1_750_000, "million"),
        ("180mila persone", "it", 180_000, 175_000, 185_000, "mila"),
        ("1.3 million people", "en", 1_300_000, 1_250_000, 1_350_000, "million"),
        ("€3bn", "en", 3e9, 2.5e9, 3.5e9, "billion"),
        ("$5m", "en", 5e6, 4.5e6, 5.5e6, "million"),
        ("12 mln di euro", "it", 12e6, 11.5e6, 12.5e6, "million"),
        ("2 miliardi", "it", 2e9, 1.5e9, 2.5e9, "milliard"),
        ("2 milliards", "fr", 2e9, 1.5e9, 2.5e9, "milliard"),
        ("15k fans", "en", 15_000, 14_500, 15_500, "k"),
        ("trois millions d'euros", "fr", 3e6, 2.5e6, 3.5e6, "million"),
    ],
)
def test_scale_words(text, lang, value, low, high, scale):
    q = only(text, lang)
    assert (q.value, q.low, q.high) == pytest.approx((value, low, high), rel=1e-12)
    assert q.scale == scale


def test_a_scale_word_reads_like_its_digits():
    """Trailing zeros are rounding whether written as digits or as a scale word."""
    for written, digits in [
        ("10 mila", "10.000"),
        ("180mila", "180.000"),
        ("50 milioni", "50.000.000"),
    ]:
        a, b = only(written, "it"), only(digits, "it")
        assert (a.value, a.low, a.high) == (b.value, b.low, b.high)


def test_billion_is_long_scale_in_french():
    assert only("2 billions", "fr").value == 2e12
    assert only("2 billion", "en").value == 2e9


@pytest.mark.parametrize(
    ("text", "lang", "value", "qualifier"),
    [
        ("une douzaine de pays", "fr", 12, "about"),
        ("a dozen countries", "en", 12, "about"),
        ("une centaine de policiers", "fr", 100, "about"),
        ("un centinaio di agenti", "it", 100, "about"),
        ("cento agenti", "it", 100, "exact"),
        ("vingt-deux serveurs", "fr", 22, "exact"),
        ("one hundred and six arrests", "en", 106, "exact"),
        ("duemilacinquecento server", "it", 2500, "exact"),
    ],
)
def test_number_words(text, lang, value, qualifier):
    q = only(text, lang)
    assert (q.value, q.qualifier) == (value, qualifier)


def test_une_douzaine_is_about_twelve():
    q = only("une douzaine de pays", "fr")
    assert (q.low, q.high) == pytest.approx((10.8, 13.2))


@pytest.mark.parametrize("text", ["un serveur", "a server", "uno studio", "una persona"])
def test_articles_are_not_numbers(text):
    assert parse_quantities(text, None) == []


@pytest.mark.parametrize(
    ("text", "lang", "currency", "ambiguous"),
    [
        ("€5", "en", "EUR", False),
        ("EUR 5", "en", "EUR", False),
        ("5 euros", "fr", "EUR", False),
        ("5 euro", "it", "EUR", False),
        ("$5", "en", "USD", True),
        ("5 $", "fr", "USD", True),
        ("US$ 5", "en", "USD", False),
        ("5 $ US", "fr", "USD", False),
        ("USD 5", "en", "USD", False),
        ("5 dollars", "en", "USD", True),
        ("£5", "en", "GBP", False),
        ("5 GBP", "en", "GBP", False),
        ("5 livres sterling", "fr", "GBP", False),
        ("CHF 5", "fr", "CHF", False),
        ("5 francs suisses", "fr", "CHF", False),
        ("SFr 5 million", "en", "CHF", False),
        ("Sfr5m", "en", "CHF", False),
        ("5 millions de francs CFA", "fr", "XOF", False),
        ("5 million zlotys", "en", "PLN", False),
        ("5 milioni di zloty", "it", "PLN", False),
        ("5 milliards de couronnes suédoises", "fr", "SEK", False),
        ("5 billion Swedish kronor", "en", "SEK", False),
        ("5 miliardi di corone danesi", "it", "DKK", False),
        ("5 millions de couronnes tchèques", "fr", "CZK", False),
        ("5 milioni di fiorini ungheresi", "it", "HUF", False),
        ("5 $ canadiens", "fr", "CAD", False),
        ("C$ 5", "en", "CAD", False),
        ("10 milioni di dollari", "it", "USD", True),
    ],
)
def test_currencies_both_sides(text, lang, currency, ambiguous):
    q = only(text, lang)
    assert (q.currency, q.kind) == (currency, "money")
    assert ("currency" in q.ambiguity) == ambiguous


def test_parenthesised_amount_is_positive():
    q = only("profits (€466 million) were seized", "en")
    assert q.value == 466_000_000 and q.text == "€466 million" and q.currency == "EUR"


@pytest.mark.parametrize(
    ("text", "lang", "qualifier", "low", "high", "low_open", "high_open"),
    [
        ("more than 350 officers", "en", "more_than", 350, INF, True, True),
        ("over 700 officers", "en", "more_than", 700, INF, True, True),
        ("plus de 700 policiers", "fr", "more_than", 700, INF, True, True),
        ("oltre 370 agenti", "it", "more_than", 370, INF, True, True),
        ("più di 370 agenti", "it", "more_than", 370, INF, True, True),
        ("at least 5 arrests", "en", "at_least", 5, INF, False, True),
        ("au moins 5 arrestations", "fr", "at_least", 5, INF, False, True),
        ("almeno 5 arresti", "it", "at_least", 5, INF, False, True),
        ("fewer than 5", "en", "fewer_than", 0, 5, False, True),
        ("moins de 5", "fr", "fewer_than", 0, 5, False, True),
        ("meno di 5", "it", "fewer_than", 0, 5, False, True),
        ("up to 5", "en", "at_most", 0, 5, False, False),
        ("jusqu'à 5", "fr", "at_most", 0, 5, False, False),
        ("fino a 5", "it", "at_most", 0, 5, False, False),
        ("about 100", "en", "about", 90, 110, False, False),
        ("around 100", "en", "about", 90, 110, False, False),
        ("environ 100", "fr", "about", 90, 110, False, False),
        ("près de 100", "fr", "about", 90, 110, False, False),
        ("circa 100", "it", "about", 90, 110, False, False),
        ("quasi 100", "it", "nearly", 90, 100, False, False),
        ("almost 100", "en", "nearly", 90, 100, False, False),
        ("between 10 and 12", "en", "range", 10, 12, False, False),
        ("entre 10 et 12", "fr", "range", 10, 12, False, False),
        ("tra 10 e 12", "it", "range", 10, 12, False, False),
        ("10-12 people", "en", "range", 10, 12, False, False),
        ("tra i 5 e i 7 agenti", "it", "range", 5, 7, False, False),
    ],
)
def test_qualifiers_and_ranges(text, lang, qualifier, low, high, low_open, high_open):
    q = only(text, lang)
    assert (q.qualifier, q.low, q.high, q.low_open, q.high_open) == (
        qualifier,
        pytest.approx(low),
        pytest.approx(high),
        low_open,
        high_open,
    )
    assert q.contains(q.value) == (qualifier not in ("more_than", "fewer_than"))


def test_about_never_narrower_than_written_precision():
    q = only("environ 3 millions", "fr")  # ±10 % = ±300 000, written precision ±500 000
    assert (q.low, q.high) == (2_500_000, 3_500_000)


def test_range_inherits_scale_and_currency():
    q = only("entre 10 et 12 millions d'euros", "fr")
    assert (q.low, q.high, q.currency, q.scale) == (10e6, 12e6, "EUR", "million")


@pytest.mark.parametrize(
    ("text", "lang", "unit"),
    [
        ("27 %", "fr", "percent"),
        ("27 pour cent", "fr", "percent"),
        ("27 per cento", "it", "percent"),
        ("27 percent", "en", "percent"),
        ("42 km", "en", "kilometer"),
        ("26 miles", "en", "mile"),
        ("300 hectares", "fr", "hectare"),
        ("700 acres", "en", "acre"),
        ("5 tonnes", "fr", "metric_ton"),
        ("300 MW", "en", "megawatt"),
        ("a 42-kilometre race", "en", "kilometer"),
        ("a 300-megawatt plant", "en", "megawatt"),
        ("30 chilometri", "it", "kilometer"),
        # a sea mile: French "milles" (a land mile is "mile"), and "nautical" in any language
        ("un cargo à 12 milles des côtes", "fr", "nautical_mile"),
        ("a trawler 9 nautical miles offshore", "en", "nautical_mile"),
        ("a 25 miglia nautiche dal porto", "it", "nautical_mile"),
        ("la colonnina è salita a 38,4 °C", "it", "degree_Celsius"),
        ("il a fait 36°C à l'ombre", "fr", "degree_Celsius"),
    ],
)
def test_percent_and_units(text, lang, unit):
    q = only(text, lang)
    assert q.unit == unit and q.kind == ("percent" if unit == "percent" else "unit")
    assert q.low < q.value < q.high  # a measure is read at its written precision


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("le 6 novembre 2020", "fr"),
        ("2020-11-12", "en"),
        ("on 26 November", "en"),
        ("November 26, 2020", "en"),
        ("il 12 novembre 2020", "it"),
        ("en 2017", "fr"),
        ("nel 2019", "it"),
        ("the 2nd raid", "en"),
        ("le 1er raid", "fr"),
        ("il primo raid", "it"),
        ("à 14h30", "fr"),
        ("at 10:30", "en"),
        ("procedimento penale 11226/17", "it"),
        ("art. 171-ter", "it"),
        ("appelez le +33 1 23 45 67 89", "fr"),
        ("au 06 12 34 56 78", "fr"),
        ("call (555) 123-4567", "en"),
        ("COVID-19", "en"),
        ("5G networks", "en"),
        ("version 1.2.3", "en"),
        ("the 2019-20 season", "en"),
    ],
)
def test_not_quantities(text, lang):
    assert parse_quantities(text, lang) == []


@pytest.mark.parametrize(
    ("text", "lang", "kept"),
    [
        ("Dès 7 heures, 450 grévistes bloquaient le dépôt.", "fr", ["450"]),
        ("Jusqu'à 23 h, la mairie a compté 1 200 visiteurs.", "fr", ["1 200"]),
        ("Alle 12 di oggi avevano votato 80 elettori su 100.", "it", ["80", "100"]),
        ("Dalle 9 alle 18 sono partiti 64 treni.", "it", ["64"]),
        ("Entro le ore 20 erano arrivati 310 volontari.", "it", ["310"]),
        ("By 11 o'clock, 95 trucks had left the port.", "en", ["95"]),
        # an hour in words, or followed by a part of the day
        ("À six heures, 72 camions attendaient au péage.", "fr", ["72"]),
        ("Alle ore quindici i treni cancellati erano 27.", "it", ["27"]),
        ("Alle otto di sera si contavano 140 sfollati.", "it", ["140"]),
        ("At four in the afternoon, 36 flights were grounded.", "en", ["36"]),
        ("By 9 in the morning 210 homes had power again.", "en", ["210"]),
        # a duration, or a count after the same words, stays a figure
        ("Le blocage a duré 16 heures.", "fr", ["16"]),
        ("Après 14 heures de négociations, 300 postes sont sauvés.", "fr", ["14", "300"]),
        ("I fondi sono stati assegnati alle 12 province.", "it", ["12"]),
        ("Nelle ultime 48 ore 15 persone sono state soccorse.", "it", ["48", "15"]),
        ("The hearing lasted six hours and 12 witnesses spoke.", "en", ["six", "12"]),
        ("Four in the morning shift were hurt.", "en", ["Four"]),
        ("Les voyageurs ont attendu jusqu'à cinq heures en gare.", "fr", ["jusqu'à cinq"]),
    ],
)
def test_a_clock_hour_is_no_figure(text, lang, kept):
    """A whole hour is a time of day when a cue and an hour word frame it ("dès 7 heures"),
    after "le ore", or after an Italian time cue with a new clause behind it ("alle 12 di
    oggi"); a duration and a count after the same words are figures."""
    assert [q.text for q in parse_quantities(text, lang)] == kept


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        ("sono scesi in piazza 640mila lavoratori", "it", 640e3),
        ("rue 2 millions de manifestants", "fr", 2e6),
    ],
)
def test_a_scaled_figure_after_a_reference_word_is_a_quantity(text, lang, value):
    assert only(text, lang).value == value
    assert parse_quantities("piazza 12", lang) == []


def test_year_with_a_currency_is_an_amount():
    assert only("2017 €", "fr").value == 2017


def test_sentences_in_three_languages():
    en = parse_quantities(
        "Eurojust said some 5,500 servers were shut down and €10.7m seized on 12 November.",
        "en",
    )
    assert [(q.text, q.value) for q in en] == [("some 5,500", 5500), ("€10.7m", 10.7e6)]
    it = parse_quantities("La GdF ha sequestrato 5.500 risorse e oltre il 50% dei siti.", "it")
    assert [(q.text, q.value, q.qualifier) for q in it] == [
        ("5.500", 5500, "exact"),
        ("oltre il 50%", 50, "more_than"),
    ]
    fr = parse_quantities("Près de 23 suspects dans 11 pays, le 7 mars 2021.", "fr")
    assert [(q.text, q.value) for q in fr] == [("Près de 23", 23), ("11", 11)]


def test_package_api():
    assert sourcecheck.parse_quantities is parse_quantities
    assert sourcecheck.Quantity is Quantity


def test_docstring_examples():
    for info in pkgutil.iter_modules(quantities_pkg.__path__):
        module = importlib.import_module(f"sourcecheck.quantities.{info.name}")
        assert doctest.testmod(module).failed == 0, info.name


def test_round_from_and_about_are_settings():
    assert only("5 500", "fr").low == 5450
    q = parse_quantities("5 500", "fr", round_from=10_000)[0]
    assert (q.low, q.high) == (5500, 5500)
    q = parse_quantities("environ 100", "fr", about=0.2)[0]
    assert (q.low, q.high) == (80, 120)


def test_one_significant_digit_is_its_own_rounding():
    assert (only("10 000", "fr").low, only("10 000", "fr").high) == (5000, 15000)


@pytest.mark.parametrize("lang", ["fr", "FR", "fr-FR", "fr_CA", " fr "])
def test_language_codes(lang):
    assert only("5.500", lang).value == 5500 and only("2,125", lang).value == 2.125


def test_unknown_language_code_is_unknown():
    assert only("2,125", "de").ambiguity == ("separator",)


def test_currency_on_both_sides_counts_once():
    q = only("€ 5 EUR", "en")
    assert q.currency == "EUR" and q.value == 5


def test_a_currency_after_one_figure_is_not_the_next_ones():
    got = [(q.text, q.currency) for q in parse_quantities("10 rmb 20 usd", "en")]
    assert got == [("10 rmb", "CNY"), ("20 usd", "USD")]


def test_pounds_without_a_scale_are_a_weight():
    assert only("he lost 25 pounds", "en").unit == "pound"
    assert only("25 million pounds", "en").currency == "GBP"


def test_cents_after_an_amount():
    assert only("it costs 15 dollars 50.", "en").value == pytest.approx(15.5)


def test_day_numbers_only_up_to_31():
    assert parse_quantities("le 31 mars", "fr") == []
    assert only("37,5 mars", "fr").value == 37.5


@pytest.mark.parametrize("text", ["due to the raids", "Sept. was calm", "a cent coin"])
def test_false_friends_with_an_unknown_language(text):
    assert parse_quantities(text, None) == []


def test_false_friends_count_in_their_own_language():
    assert only("due server", "it").value == 2 and only("sept pays", "fr").value == 7


@pytest.mark.parametrize("text", ["the one who paid", "Which one do you prefer?", "no one knew"])
def test_one_as_a_pronoun(text):
    assert parse_quantities(text, "en") == []


def test_one_as_a_number():
    assert only("one arrest was made", "en").value == 1


@pytest.mark.parametrize(
    ("text", "lang", "value", "unit"),
    [
        ("took a three-foot trip", "en", 3, "foot"),
        ("that one mile can provide", "en", 1, "mile"),
        ("a hundred people", "en", 100, None),
        ("un milione duemiladuecento", "it", 1_002_200, None),
        ("d'un million d'euros", "fr", 1_000_000, None),
    ],
)
def test_articles_before_number_words(text, lang, value, unit):
    q = only(text, lang)
    assert q.value == value and q.unit == unit


def test_skip_start_holds_before_each_skipped_shape():
    """Each shape SKIP names (dates, times, phone numbers, ordinals, versions, decades)
    passes SKIP_START, the test run before them; plain figures fail it."""
    import re

    from sourcecheck.quantities.exclusions import SKIP, SKIP_START

    shapes = ("2021-03-04", "3/4/2021", "7.4.22", "10:45", "9h15", "9 h 15", "21h", "9 am",
              "7 p.m.", "4521/18", "+39 06 1234 5678", "06 12 34 56 78", "(212) 555-0199",
              "212-555-0199", "06 7654321", "2e", "3rd", "4°", "2.4.1", "12.11/2031",
              "8.5-2031", "11 a.m.", "6pm")  # fmt: skip
    for shape in shapes:
        assert re.match(SKIP, shape), shape
        assert re.match(SKIP_START, shape), shape
    assert re.compile(SKIP_START).match(" ’80", 2)  # a decade: "the ’80"
    for plain in ("700 serveurs", "5 500", "10,7", "1,500", "42", "6.5 million", "148.391",
                  "37%", "64 hectares", "17 aziende", "9 persone", "3.", "82 hours"):  # fmt: skip
        assert not re.match(SKIP_START, plain), plain


def test_ranges_in_a_chain_of_close_figures_join_left_to_right():
    """Figures close together join in pairs from the left, each in one range at most; a
    figure far from the others stays alone."""
    text = "Castelbruno compte 10-12 puits, 14 - 16 - 185 forages et, bien plus loin, 30 citernes."
    got = [(q.text, q.low, q.high) for q in parse_quantities(text, "fr")]
    assert got == [
        ("10-12", 10.0, 12.0),
        ("14 - 16", 14.0, 16.0),
        ("185", 185.0, 185.0),
        ("30", 30.0, 30.0),
    ]
    assert [q.text for q in parse_quantities("entre 3 et 5, 7", "fr")] == ["entre 3 et 5", "7"]


def test_digits_alone_read_as_the_same_digits_grouped():
    """`read_digits` reads a run of digits alone without weighing separators: the same
    mantissa and trailing zeros as the run written in groups of three."""
    from sourcecheck.quantities.numbers import Reading, read_digits

    for n in (3, 40, 608, 9100, 70000, 123456789, 5000000000):
        grouped = f"{n:,}".replace(",", "\u202f")
        for lang in ("fr", "en", "it", None):
            assert read_digits(str(n), lang) == read_digits(grouped, "fr"), (n, lang)
    assert read_digits("0", "en") == Reading(0, 0, 0, False)
    assert read_digits("0300", "it") == Reading(300, 0, 2, False)
    assert read_digits("٣٤", "fr") == Reading(34, 0, 0, False)  # Arabic-Indic digits
    assert read_digits("1" * 21, "en") is None


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Le garde-chasse compte une dizaine de cerfs, et le bassin en garde trois.", "fr",
         ["une dizaine", "trois"]),
        ("The ranger counted a dozen elk near an old dam, then seven more.", "en",
         ["a dozen", "seven"]),
        ("Il guardiano ha visto una dozzina di cervi, poi altri sette.", "it",
         ["una dozzina", "sette"]),
    ],
)  # fmt: skip
def test_an_article_joins_its_number_word_and_another_word_does_not(text, lang, expected):
    """A number word after an article reads with it; after a word that merely ends with an
    article's last letter ("en", "poi", "then") it reads alone."""
    assert [q.text for q in parse_quantities(text, lang)] == expected
