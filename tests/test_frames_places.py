"""The place each figure is about (`scope`, issue 10 "Place"), in fr/en/it.

A figure takes the place of its own clause: a city after it, or the last one before it,
unless that one is a part's ("dont 95 000 à Paris") or listed with another. Every sentence
here is new, written for these tests.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from sourcecheck.extract import Lexicons, extract_document


@pytest.fixture(scope="module")
def lex() -> Lexicons:
    return Lexicons.load()


def places(lex: Lexicons, lang: str, body: str) -> dict[str, str]:
    """Each figure's text → its `scope`."""
    doc = {"doc": "d", "body": body, "lang": lang, "publisher": "Wire", "published": "2024-10-10"}
    return {r["text"]: r["scope"] for r in extract_document(doc, lex)}


TABLE = yaml.safe_load(
    (Path(__file__).parent / "fixtures" / "places.yaml").read_text(encoding="utf-8")
)


@pytest.mark.parametrize(("lang", "body", "part", "whole"), TABLE["part"])
def test_a_place_after_a_part_is_that_parts_only(lex, lang, body, part, whole):
    found = places(lex, lang, body)
    assert found[part] != ""
    assert found[whole] == ""


@pytest.mark.parametrize(("lang", "body", "figure", "place"), TABLE["own"])
def test_a_figure_takes_its_own_clauses_place(lex, lang, body, figure, place):
    assert places(lex, lang, body)[figure] == place


@pytest.mark.parametrize(("lang", "body", "figure", "place"), TABLE["area"] + TABLE["sites"])
def test_an_area_noun_or_places_of_care_name_their_place(lex, lang, body, figure, place):
    assert places(lex, lang, body)[figure] == place


@pytest.mark.parametrize(("lang", "body", "figure", "place"), TABLE["aside"])
def test_a_place_in_an_aside_before_the_figure_is_not_its_place(lex, lang, body, figure, place):
    assert places(lex, lang, body)[figure] == place


@pytest.mark.parametrize(("lang", "body", "figure", "place"), TABLE["toll_event"])
def test_a_tolls_event_place_is_no_place_of_the_toll(lex, lang, body, figure, place):
    assert places(lex, lang, body)[figure] == place


@pytest.mark.parametrize(("lang", "body", "figure"), TABLE["no_area"] + TABLE["one_site"])
def test_a_known_names_word_or_one_place_of_care_names_no_place(lex, lang, body, figure):
    assert places(lex, lang, body)[figure] == ""


@pytest.mark.parametrize(("lang", "body", "figure"), TABLE["listed"])
def test_a_figure_before_a_list_of_places_has_no_one_place(lex, lang, body, figure):
    assert places(lex, lang, body)[figure] == ""


@pytest.mark.parametrize(("lang", "body", "figure", "place"), TABLE["fronted"])
def test_a_country_opening_the_clause_holds_the_towns_listed_after(lex, lang, body, figure, place):
    assert places(lex, lang, body)[figure] == place


@pytest.mark.parametrize(("lang", "body", "figure", "place"), TABLE["bracket"])
def test_a_figure_in_brackets_after_a_place_is_that_places(lex, lang, body, figure, place):
    assert places(lex, lang, body)[figure] == place


@pytest.mark.parametrize(("lang", "body", "figure", "place"), TABLE["short"])
def test_a_place_named_short_takes_its_longer_name(lex, lang, body, figure, place):
    assert places(lex, lang, body)[figure] == place


@pytest.mark.parametrize(("lang", "body", "figure"), TABLE["origin"])
def test_a_things_origin_is_no_place_of_the_figure(lex, lang, body, figure):
    assert places(lex, lang, body)[figure] == ""


@pytest.mark.parametrize(("lang", "body", "figure"), TABLE["market"])
def test_the_exchange_of_a_share_is_no_place_of_the_figure(lex, lang, body, figure):
    assert places(lex, lang, body)[figure] == ""


@pytest.mark.parametrize(("lang", "body", "figure", "place"), TABLE["label"])
def test_a_place_and_a_colon_label_the_figure_after_them(lex, lang, body, figure, place):
    assert places(lex, lang, body)[figure] == place


@pytest.mark.parametrize(("lang", "body", "figure", "place"), TABLE["again"])
def test_a_place_named_again_by_its_kind_is_the_one_named_so(lex, lang, body, figure, place):
    """ "sull'isola", "on the island", "nella valle": the island or valley the document names."""
    assert (figure, places(lex, lang, body)[figure]) == (figure, place)


@pytest.mark.parametrize(("lang", "body", "figure", "place"), TABLE["locator"])
def test_a_wider_place_after_a_place_only_locates_it(lex, lang, body, figure, place):
    """ "a Valdera, nel cuore della Sicilia": Valdera's figure, which Sicily locates."""
    assert (figure, places(lex, lang, body)[figure]) == (figure, place)


@pytest.mark.parametrize(("lang", "body", "figure", "place"), TABLE["landform"])
def test_a_mountains_name_is_a_place_of_its_clause(lex, lang, body, figure, place):
    """ "il bosco del Monte Corvara", "the fire on Mount Alder": the mountain's figures."""
    assert (figure, places(lex, lang, body)[figure]) == (figure, place)


@pytest.mark.parametrize(("lang", "body", "figure", "place"), TABLE["capital_named"])
def test_the_capital_is_the_one_the_document_names_in_apposition(lex, lang, body, figure, place):
    assert (figure, places(lex, lang, body)[figure]) == (figure, place)


@pytest.mark.parametrize(("lang", "body", "figure"), TABLE["no_capital"])
def test_the_capital_with_no_name_nor_table_is_no_place(lex, lang, body, figure):
    assert places(lex, lang, body)[figure] == ""


def test_the_capital_is_that_of_the_country_the_title_names(lex):
    # an Italian report on a French heat wave that closes on Italian cities: "nella capitale"
    # is Paris, the capital of the country its title names, not Rome
    body = (
        "Da una settimana la Francia è sotto la neve. Nella capitale sono caduti "
        "18 centimetri. Anche l'Italia trema: allerta a Roma, Milano, Torino e Napoli."
    )
    doc = {
        "doc": "d",
        "title": "Francia, neve record: 18 centimetri nella capitale",
        "body": body,
        "lang": "it",
        "publisher": "Wire",
        "published": "2024-10-10",
    }
    found = {r["text"]: r["scope"] for r in extract_document(doc, lex)}
    assert found["18 centimetri"] == "Paris"


@pytest.mark.parametrize(
    ("lang", "body", "figure", "place"),
    [
        # a story that names another country's people or bodies reaches past its one country:
        # "in Italia" is a part of it
        ("it", "Il gruppo tedesco Halvorn taglierà 610 posti in Italia.", "610", "Italy"),
        ("fr", "Le groupe italien Ferrasco supprimera 610 postes en France.", "610", "France"),
        # a national story: its one country is its whole scope
        ("it", "L'azienda di Brescia taglierà 610 posti in Italia.", "610", ""),
    ],
)
def test_a_foreign_country_adjective_makes_the_story_reach_past_one_country(
    lex, lang, body, figure, place
):
    assert places(lex, lang, body)[figure] == place


@pytest.mark.parametrize(
    ("lang", "body", "figure", "place"),
    [
        # a story that counts countries, in digits or spelled, reaches past the one country
        # it names: that country's figure is a part of the operation
        (
            "fr",
            "Une opération menée dans sept pays a visé un réseau de faux billets. "
            "En Belgique, 6 personnes ont été arrêtées.",
            "6",
            "Belgium",
        ),
        (
            "it",
            "L'operazione ha coinvolto cinque Paesi. In Austria sono stati arrestati 8 uomini.",
            "8",
            "Austria",
        ),
        (
            "fr",
            "Une opération menée dans 7 pays a visé un réseau. En Belgique, 6 personnes ont "
            "été arrêtées.",
            "6",
            "Belgium",
        ),
        # "un pays" counts none: a national story keeps its one country as its whole scope
        (
            "fr",
            "La Belgique est un pays où la fraude progresse. En Belgique, 6 personnes ont été "
            "arrêtées.",
            "6",
            "",
        ),
    ],
)
def test_a_story_counting_countries_keeps_its_one_named_country_a_place(
    lex, lang, body, figure, place
):
    assert places(lex, lang, body)[figure] == place


@pytest.mark.parametrize(
    ("lang", "body", "figure", "place"),
    [
        # a locative and a place noun before a country adjective name that country
        (
            "it",
            "Lo sciopero ha colpito Francia e Spagna. Sono 980 i voli cancellati negli aeroporti italiani.",
            "980",
            "Italy",
        ),
        (
            "fr",
            "La ligne reliera la France et l'Italie, dont 70 km sur le territoire italien.",
            "70 km",
            "Italy",
        ),
        (
            "fr",
            "La ligne reliera la France et l'Italie. Côté italien, 70 kilomètres de câble.",
            "70 kilomètres",
            "Italy",
        ),
        # a country adjective of the subject a copula joins to the count names its country
        (
            "it",
            "Frodi online. I risparmiatori tedeschi truffati sono 2.700.",
            "2.700",
            "Germany",
        ),
        (
            "fr",
            "Fraude en ligne. Les clients belges lésés sont déjà 1 400.",
            "1 400",
            "Belgium",
        ),
        ("en", "Online fraud. Dutch savers hit were 3,800.", "3,800", "Netherlands"),
        # a country adjective before an area noun and its name leaves the place to that name
        (
            "en",
            "Some 90 cm of snow fell on the Italian resort of Varenna Alta.",
            "Some 90 cm",
            "Varenna Alta",
        ),
    ],
)
def test_a_located_country_adjective_names_its_country(lex, lang, body, figure, place):
    assert places(lex, lang, body)[figure] == place


@pytest.mark.parametrize(("lang", "body", "figure", "place"), TABLE["compass"])
def test_a_point_of_the_compass_names_a_part_of_the_storys_country(lex, lang, body, figure, place):
    assert places(lex, lang, body)[figure] == place


@pytest.mark.parametrize(("lang", "body", "figure"), TABLE["not_compass"])
def test_a_point_of_the_compass_with_no_country_of_its_own_is_no_place(lex, lang, body, figure):
    assert "Southern" not in places(lex, lang, body)[figure]
    assert "West" not in places(lex, lang, body)[figure]
