"""Figures whose unit names what they measure, and figures restated in brackets: the
sentences are written for these tests."""

from __future__ import annotations

import sys
from pathlib import Path

import pandas as pd

from sourcecheck.align.measured import measured_noun
from sourcecheck.align.nouns import PEOPLE, noun_key

sys.path.insert(0, str(Path(__file__).parent))
from test_alignment import CONCEPTS, claims  # noqa: E402


def test_a_degree_measures_a_temperature_and_a_kilometre_measures_nothing_by_itself() -> None:
    assert measured_noun("degree") == "temperature"
    assert measured_noun("degree_Celsius") == "temperature"
    assert measured_noun("kilometer") == ""


def reading(text: str, town: str, day: str, quote: str, lang: str = "en") -> dict:
    """A temperature with no noun, as the extractor gives it: a figure in degrees."""
    return {"unit": "degree", "text": text, "scope": town, "refers_to": day, "quote": quote,
            "lang": lang}  # fmt: skip


MONDAY_IT = "Lunedì a Montevalle si sono toccati 39,5 gradi."


def test_two_readings_of_one_town_s_temperature_on_one_day_are_one_quantity() -> None:
    table = claims(
        reading("39,5 gradi", "Montevalle", "2024-03-05", MONDAY_IT, "it"),
        reading("39.9 degrees", "Montevalle", "2024-03-05", "Montevalle hit 39.9 degrees."),
    )
    assert table["subject"].ne("").all() and table["subject"].nunique() == 1
    assert "temperature" in table["subject_label"][0]


def test_temperatures_of_two_towns_or_two_days_stay_apart() -> None:
    table = claims(
        reading("39,5 gradi", "Montevalle", "2024-03-05", MONDAY_IT, "it"),
        reading("37 degrees", "Rocca Bassa", "2024-03-05", "Rocca Bassa hit 37 degrees."),
        reading("36 degrees", "Montevalle", "2024-03-06", "Montevalle cooled to 36 degrees."),
    )
    assert table["subject"].nunique() == 3


def test_a_figure_restated_in_brackets_has_the_day_its_clause_states() -> None:
    quote = "Montevalle recorded 39.5 degrees Celsius (103.1 degrees Fahrenheit) on Monday."
    rows = [
        {"unit": "degree", "text": "39.5 degrees", "scope": "Montevalle", "quote": quote,
         "refers_to": "2024-03-07", "day_from": "document", "doc": "d0.md"},
        {"unit": "degree", "text": "103.1 degrees", "scope": "Montevalle", "quote": quote,
         "refers_to": "2024-03-04", "day_from": "clause", "doc": "d0.md"},
        {"unit": "degree", "text": "39,9 gradi", "scope": "Montevalle", "lang": "it",
         "quote": "Lunedì Montevalle ha toccato 39,9 gradi.", "refers_to": "2024-03-04",
         "day_from": "clause", "published": "2024-03-05"},
    ]  # fmt: skip
    table = claims(*rows)
    assert table["subject"][0] == table["subject"][2]  # Monday's reading, told in two papers


def test_a_bracket_after_a_count_shares_nothing() -> None:
    quote = "The town opened 3 shelters (120 beds) on Monday."
    table = claims(
        {"thing": "shelters", "text": "3", "quote": quote, "refers_to": "2024-03-07",
         "day_from": "document", "doc": "d0.md"},
        {"thing": "beds", "text": "120", "quote": quote, "refers_to": "2024-03-04",
         "day_from": "clause", "doc": "d0.md"},
    )  # fmt: skip
    assert table["subject"][0] != table["subject"][1]


def _weighed(*rows: tuple[str, str, float, str, str]) -> list[dict]:
    """(thing, text, value, unit, lang) rows of one day, one document each."""
    return [
        {"thing": thing, "text": text, "value": value, "unit": unit, "lang": lang,
         "refers_to": "2024-03-05", "quote": f"{text}."}
        for thing, text, value, unit, lang in rows
    ]  # fmt: skip


def test_a_bare_measure_is_the_one_thing_the_story_measures_so() -> None:
    table = claims(
        *_weighed(
            ("hashish", "about 30 tonnes of hashish", 30, "metric_ton", "en"),
            ("hashish", "30 tonnes de hashish", 30, "metric_ton", "fr"),
            ("", "35 tonnellate", 35, "metric_ton", "it"),
        )
    )
    assert table["subject"].ne("").all() and table["subject"].nunique() == 1
    assert "one thing its measure" in table["subject_evidence"][2]


def test_a_bare_measure_stays_apart_when_two_things_are_measured_or_its_unit_is_another() -> None:
    two = claims(
        *_weighed(
            ("pipeline", "a 48 km pipeline", 48, "kilometer", "en"),
            ("gasdotto", "un gasdotto di 48 km", 48, "kilometer", "it"),
            ("fire front", "a 12 km fire front", 12, "kilometer", "en"),
            ("front de feu", "un front de feu de 12 km", 12, "kilometer", "fr"),
            ("", "14 km", 14, "kilometer", "en"),
        )
    )
    assert two["subject"][4] not in set(two["subject"][:4])
    other_unit = claims(
        *_weighed(
            ("rainfall", "rainfall of 80 mm", 80, "millimeter", "en"),
            ("rainfall", "rainfall reached 80 mm", 80, "millimeter", "en"),
            ("", "the river at 6 m", 6, "meter", "en"),
        )
    )
    assert other_unit["subject"][2] != other_unit["subject"][0]


def test_people_described_by_an_unknown_word_are_people() -> None:
    for thing, lang in (("soaked people", "en"), ("personnes transies", "fr"),
                        ("persone infreddolite", "it")):  # fmt: skip
        assert noun_key("", thing, CONCEPTS, lang).key == PEOPLE
    assert noun_key("", "people smugglers", CONCEPTS, "en").key != PEOPLE


def test_people_described_so_take_the_noun_another_account_gives_their_figure() -> None:
    table = claims(
        {"thing": "rescued", "value": 74, "text": "74", "quote": "The crew rescued 74 people."},
        {"thing": "soaked people", "value": 74, "text": "74",
         "quote": "A ship with 74 soaked people on board."},
    )  # fmt: skip
    assert table["subject"].ne("").all() and table["subject"].nunique() == 1


def test_figures_a_thousand_times_apart_are_a_slip_only_when_their_digits_agree() -> None:
    from sourcecheck.align.magnitudes import bands

    slips = pd.DataFrame({"subject": "damage|EUR", "value": [1.2e9, 1.2e6, 1.25e9]})
    assert bands(slips) == ["", "", ""]  # "1,2 milioni" beside "1.2 billion": one quantity
    apart = pd.DataFrame({"subject": "people|2024-03-04", "value": [8.0, 5100.0]})
    assert bands(apart)[0] != bands(apart)[1]  # eight missing, 5,100 landed: two quantities


def test_one_bare_figure_in_two_units_of_a_length_is_one_figure_with_a_unit_slipped() -> None:
    table = claims(
        {"unit": "nautical_mile", "text": "45 nautical miles", "value": 45,
         "quote": "The dinghy was found 45 nautical miles south of the island."},
        {"unit": "kilometer", "text": "45 km", "value": 45, "lang": "fr",
         "quote": "Le canot a été retrouvé à 45 km au sud de l'île."},
        {"unit": "kilometer", "text": "45 km", "value": 46, "lang": "fr",
         "quote": "Un autre canot, à 46 km."},
    )  # fmt: skip
    assert table["subject"][0] == table["subject"][1] != ""
    assert table["subject"][2] != table["subject"][0]  # another figure: no recurring one


def test_a_count_of_a_unit_is_a_measure_in_that_unit() -> None:
    # "Sono 31 i chilometri di argine rotti" read as 31 "chilometri" counted; beside "a 31 km
    # breach" and "31 km of levee" it is the same length, not a count of another thing
    table = claims(
        {"thing": "chilometri", "lang": "it", "value": 31.0, "doc": "a.md"},
        {"thing": "levee", "unit": "kilometer", "value": 31.0, "doc": "b.md"},
        {"thing": "levee", "unit": "kilometer", "value": 31.0, "doc": "c.md"},
    )
    assert table["subject"].nunique() == 1
    assert "[length]" in table["subject"].iloc[0]


def test_a_bare_degree_and_a_degree_celsius_are_one_temperature() -> None:
    # "Mercoledì a Tresnago 44,2 gradi" beside "44.2C in Tresnago on Wednesday"
    base = {"scope": "Tresnago", "refers_to": "2024-07-10", "value": 44.2}
    table = claims(
        {**base, "unit": "degree", "lang": "it", "doc": "a.md"},
        {**base, "unit": "degree_Celsius", "doc": "b.md"},
    )
    assert table["subject"].nunique() == 1
