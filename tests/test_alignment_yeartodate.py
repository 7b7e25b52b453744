"""The year's running total and one event's figure of the same noun: two quantities.

The sentences are written for these tests; each row is a claim as extraction gives it.
"""

from __future__ import annotations

import sys
from pathlib import Path

from sourcecheck.align.yeartodate import year_to_date

sys.path.insert(0, str(Path(__file__).parent))
from test_alignment_tallies import claims  # noqa: E402


def test_since_the_start_of_the_year_is_the_year_s_total() -> None:
    assert year_to_date(
        "Depuis le début de l'année, plus de 6 500 hectares ont brûlé en Corse.", "6 500", "fr"
    )
    assert year_to_date("Since January, 14,300 people have reached the islands.", "14,300", "en")
    assert year_to_date("Sono 812 i casi registrati dall'inizio dell'anno.", "812", "it")
    assert year_to_date("So far this year the agency counted 4,150 landings.", "4,150", "en")
    # a start that is a day of the week is the event's own count, and "since" in another
    # clause is not the figure's
    assert not year_to_date("Le feu a parcouru 700 hectares depuis lundi.", "700", "fr")
    assert not year_to_date(
        "Since January patrols have doubled; 90 people landed on Sunday.", "90", "en"
    )


def test_the_year_s_total_is_not_the_figure_of_one_fire() -> None:
    # "l'incendio ha distrutto 650 ettari" / "depuis le début de l'année, 6 500 hectares
    # ont brûlé dans l'île" / a third account: "6,400 hectares have burned on the island
    # this year" (the year's total, told without the words, within 10%)
    table = claims(
        {"thing": "superficie bruciata", "value": 650, "lang": "it", "text": "650",
         "quote": "L'incendio ha distrutto 650 ettari di macchia."},
        {"thing": "surface brûlée", "value": 6500, "lang": "fr", "text": "6 500",
         "quote": "Depuis le début de l'année, 6 500 hectares ont brûlé dans l'île."},
        {"thing": "burned area", "value": 6400, "text": "6,400",
         "quote": "Fires have burned 6,400 hectares on the island."},
    )  # fmt: skip
    subjects = table["subject"].tolist()
    assert subjects[0] != subjects[1]
    assert subjects[1] == subjects[2]
    assert "the year's total" in table["subject_label"].iloc[1]


def test_a_quantity_told_one_way_keeps_one_subject() -> None:
    # both accounts give the year's arrivals, and nothing smaller that day: no mark
    table = claims(
        {"thing": "migranti", "value": 14300, "lang": "it", "text": "14.300",
         "quote": "Dall'inizio dell'anno sono sbarcati 14.300 migranti."},
        {"thing": "migrants", "value": 14100, "text": "14,100",
         "quote": "Some 14,100 migrants have landed since January."},
    )  # fmt: skip
    assert table["subject"].nunique() == 1
    assert "the year's total" not in " ".join(table["subject_label"])
