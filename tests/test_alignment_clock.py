"""Clock times: a figure read at a stated hour of its day is a reading of that hour, compared
only with readings of the same hour. The sentences are written for these tests."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from sourcecheck.align.clock import clock

sys.path.insert(0, str(Path(__file__).parent))
from test_alignment import claims  # noqa: E402


@pytest.mark.parametrize(
    ("quote", "text", "lang", "hour"),
    [
        ("À midi, 17,3 % des électeurs de Orsenac avaient voté.", "17,3 %", "fr", "12:00"),
        ("La participation atteignait 44 % à 18 heures.", "44 %", "fr", "18:00"),
        ("Vers 7 h 15, les secours comptaient 9 blessés.", "9", "fr", "07:15"),
        ("By 4 p.m., 31.5% of the register had cast a ballot.", "31.5%", "en", "16:00"),
        ("At six in the evening the count stood at 2,140.", "2,140", "en", "18:00"),
        ("As of midday, crews had freed 4 of the climbers.", "4", "en", "12:00"),
        ("Alle ore dodici i votanti erano il 19,8%.", "19,8%", "it", "12:00"),
        ("Alle 23.30 i dispersi erano ancora 6.", "6", "it", "23:30"),
        ("Il dato delle sei del pomeriggio è del 47%.", "47%", "it", "18:00"),
        # no hour, or a number that is no hour
        ("Turnout reached 61% once the polls had closed.", "61%", "en", ""),
        ("Il a été contrôlé à 8 reprises: 14 infractions.", "14", "fr", ""),
        ("Alle 19 regioni spettano 300 milioni.", "19", "it", ""),
        ("At 5, the boy was already taller than 140 cm.", "140 cm", "en", ""),
    ],
)
def test_the_hour_a_figure_is_read_at(quote, text, lang, hour) -> None:
    assert clock(quote, text, lang) == hour


def test_readings_at_two_hours_are_two_subjects_and_the_same_hour_one() -> None:
    table = claims(
        {"thing": "turnout", "unit": "percent", "refers_to": "2025-06-08",
         "quote": "At noon turnout was 18.2%.", "text": "18.2%"},
        {"thing": "turnout", "unit": "percent", "refers_to": "2025-06-08",
         "quote": "At 5 pm turnout had reached 40.7%.", "text": "40.7%"},
        {"thing": "affluenza", "unit": "percent", "refers_to": "2025-06-08", "lang": "it",
         "quote": "Alle ore 17 l'affluenza era del 41,7%.", "text": "41,7%"},
    )  # fmt: skip
    noon, five, cinque = table["subject"].tolist()
    assert noon != five
    assert five == cinque  # the same hour in two accounts: compared
    assert table["subject_label"].iloc[1].endswith("at 17:00")


def test_a_lone_hour_in_a_story_does_not_part_a_figure_from_its_other_accounts() -> None:
    table = claims(
        {"thing": "firefighters", "refers_to": "2025-06-08",
         "quote": "The blaze broke out at 3 am and 85 firefighters were sent.", "text": "85"},
        {"thing": "firefighters", "refers_to": "2025-06-08",
         "quote": "Some 85 firefighters fought the blaze.", "text": "85"},
    )  # fmt: skip
    assert table["subject"].nunique() == 1
