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
        # a moment of the session or of the day named without an hour
        ("Le titre Tirnalis reculait de 4,1 % en fin de matinée.", "4,1 %", "fr", "late morning"),
        ("Shares in Quellmark closed down 3.6% in Milan.", "3.6%", "en", "close"),
        ("Il titolo Tirnalis ha chiuso in calo del 2,9%.", "2,9%", "it", "close"),
        ("A metà mattina il titolo cedeva il 5%, poi ha recuperato.", "5%", "it", "late morning"),
        # a part of the day dates an event as often as a reading: no moment
        ("In the evening the fire had burned 300 hectares.", "300 hectares", "en", ""),
        # no hour, or a number that is no hour
        ("Turnout reached 61% once the polls had closed.", "61%", "en", ""),
        ("Il a été contrôlé à 8 reprises: 14 infractions.", "14", "fr", ""),
        ("Alle 19 regioni spettano 300 milioni.", "19", "it", ""),
        ("At 5, the boy was already taller than 140 cm.", "140 cm", "en", ""),
    ],
)
def test_the_hour_a_figure_is_read_at(quote, text, lang, hour) -> None:
    assert clock(quote, text, lang) == hour


HOURS = (
    {"thing": "turnout", "unit": "percent", "refers_to": "2025-06-08",
     "quote": "At noon turnout was 18.2%.", "text": "18.2%"},
    {"thing": "turnout", "unit": "percent", "refers_to": "2025-06-08",
     "quote": "At 5 pm turnout had reached 40.7%.", "text": "40.7%"},
    {"thing": "affluenza", "unit": "percent", "refers_to": "2025-06-08", "lang": "it",
     "quote": "Alle ore 17 l'affluenza era del 41,7%.", "text": "41,7%"},
)  # fmt: skip
SESSION = (  # a share's price in late morning and at the close, named without an hour
    {"thing": "titre", "currency": "EUR", "refers_to": "2025-06-09", "lang": "fr",
     "quote": "Le titre Tirnalis valait 41,2 euros en fin de matinée.", "text": "41,2 euros"},
    {"thing": "shares", "currency": "EUR", "refers_to": "2025-06-09",
     "quote": "Shares in Tirnalis ended the session at 40.6 euros.", "text": "40.6 euros"},
    {"thing": "titolo", "currency": "EUR", "refers_to": "2025-06-09", "lang": "it",
     "quote": "Il titolo Tirnalis valeva 40,6 euro in chiusura.", "text": "40,6 euro"},
)  # fmt: skip


@pytest.mark.parametrize(("rows", "label"), [(HOURS, "at 17:00"), (SESSION, "at close")])
def test_readings_at_two_moments_are_two_subjects_and_the_same_moment_one(rows, label) -> None:
    table = claims(*rows)
    first, second, third = table["subject"].tolist()
    assert first != second
    assert second == third  # the same moment in two accounts: compared
    assert table["subject_label"].iloc[1].endswith(label)


def test_a_lone_hour_in_a_story_does_not_part_a_figure_from_its_other_accounts() -> None:
    table = claims(
        {"thing": "firefighters", "refers_to": "2025-06-08",
         "quote": "The blaze broke out at 3 am and 85 firefighters were sent.", "text": "85"},
        {"thing": "firefighters", "refers_to": "2025-06-08",
         "quote": "Some 85 firefighters fought the blaze.", "text": "85"},
    )  # fmt: skip
    assert table["subject"].nunique() == 1
