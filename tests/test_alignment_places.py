"""Places: an unplaced figure takes the one place that gives that very figure. The figures
are written for these tests."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from test_alignment import claims  # noqa: E402


def test_an_unplaced_figure_takes_the_one_place_that_gives_it() -> None:
    # "95,000 protesters in Paris, 28,000 in Lyon" … another wire: "95 000 manifestants"
    table = claims(
        {"thing": "protesters", "scope": "Paris", "value": 95000},
        {"thing": "protesters", "scope": "Lyon", "value": 28000},
        {"thing": "manifestants", "value": 95000, "lang": "fr"},
        {"thing": "manifestants", "value": 1_100_000, "lang": "fr"},  # the whole: no place
    )
    subjects = table["subject"].tolist()
    assert subjects[2] == subjects[0]
    assert subjects[3] not in (subjects[0], subjects[1])


def test_a_small_figure_shared_with_one_place_is_chance() -> None:
    table = claims(
        {"thing": "arrests", "scope": "Paris", "value": 31},
        {"thing": "arrests", "scope": "Lyon", "value": 12},
        {"thing": "arrests", "value": 31},
    )
    assert table["subject"].iloc[2] != table["subject"].iloc[0]


def test_a_measure_shared_with_one_place_is_no_chance_whatever_its_size() -> None:
    # "a 48-kilometre canal in Spain, 31 in Portugal" … another account: "the 48 km canal";
    # a unit makes a figure rare: "48 km" is Spain's, as "31 arrests" above is not Paris's
    table = claims(
        {"thing": "canal", "scope": "Spain", "unit": "kilometer", "value": 48},
        {"thing": "canal", "scope": "Portugal", "unit": "kilometer", "value": 31},
        {"thing": "canal", "unit": "kilometer", "value": 48},
        {"thing": "canal", "unit": "kilometer", "value": 79},  # the whole: no place
    )
    subjects = table["subject"].tolist()
    assert subjects[2] == subjects[0]
    assert subjects[3] not in (subjects[0], subjects[1])


def test_a_facility_s_measure_given_at_a_place_and_at_none_is_one_figure() -> None:
    # a pipeline's length (what a project has) told in a country by two accounts, at a
    # port town by a third, at no place by a fourth: one figure, under 100 as it may be
    table = claims(
        *(
            {"thing": "pipeline", "scope": scope, "unit": "kilometer", "value": 64}
            for scope in ("Slovenia", "Slovenia", "Piranello", "")
        )
    )
    assert table["subject"].nunique() == 1


def test_one_figure_given_at_a_city_and_at_its_country_is_the_city_s() -> None:
    from test_alignment import claims as aligned

    day = {"refers_to": "2024-03-05", "day_from": "clause"}
    table = aligned(
        {"thing": "arrests", "value": 27, "text": "27", "scope": "Lyon", **day},
        {"thing": "arrestations", "lang": "fr", "value": 27, "text": "27", "scope": "France", **day},
    )  # fmt: skip
    assert table["subject"][0] == table["subject"][1]
    assert "Lyon" in table["subject_label"][1]


def test_a_document_giving_the_city_and_the_country_keeps_the_country_whole() -> None:
    from test_alignment import claims as aligned

    day = {"refers_to": "2024-03-05", "day_from": "clause"}
    table = aligned(
        {"thing": "arrests", "value": 27, "text": "27", "scope": "Lyon", **day},
        {"thing": "arrests", "value": 27, "text": "27", "scope": "France", **day,
         "doc": "d0.md", "claim_id": "d0.md#1"},
    )  # fmt: skip
    assert table["subject"][0] != table["subject"][1]


def test_a_running_toll_at_the_story_s_place_is_the_unplaced_toll() -> None:
    # a storm over "Valbrosa": most figures are given there; "6 dead in Valbrosa" in one
    # account and "six morts" in another are one toll, and a story counting places
    # ("12 municipalities") does not change that
    table = claims(
        {"thing": "dead", "scope": "Valbrosa", "value": 6},
        {"thing": "evacuees", "scope": "Valbrosa", "value": 800},
        {"thing": "morts", "lang": "fr", "value": 6},
        {"thing": "municipalities", "value": 12},
    )
    assert table["subject"].iloc[2] == table["subject"].iloc[0]
    assert "the story's place" in table["subject_evidence"].iloc[2]


def test_a_toll_given_at_a_town_of_the_story_keeps_the_unplaced_toll_apart() -> None:
    # the story's place and a town: which one the unplaced toll is stays unknown
    table = claims(
        {"thing": "dead", "scope": "Valbrosa", "value": 6},
        {"thing": "evacuees", "scope": "Valbrosa", "value": 800},
        {"thing": "dead", "scope": "Pontelisca", "value": 2},
        {"thing": "morts", "lang": "fr", "value": 6},
    )
    assert table["subject"].iloc[3] != table["subject"].iloc[0]


def test_a_town_s_territory_is_the_town_its_case_names() -> None:
    # "Nel Lorenzano le frane sono 35" beside "35 frane nella provincia di Lorenza"
    table = claims(
        {"thing": "frane", "scope": "Lorenzano", "value": 35, "lang": "it"},
        {"thing": "landslides", "scope": "Lorenza", "value": 35},
        {"thing": "landslides", "value": 80},  # the whole: no place
    )
    subjects = table["subject"].tolist()
    assert subjects[0] == subjects[1] != subjects[2]


def test_a_territory_two_places_could_open_keeps_its_name() -> None:
    table = claims(
        {"thing": "frane", "scope": "Lorenzano", "value": 35, "lang": "it"},
        {"thing": "landslides", "scope": "Lorenza", "value": 35},
        {"thing": "landslides", "scope": "Lorenzi", "value": 12},
    )
    assert table["subject"].iloc[0] != table["subject"].iloc[1]
