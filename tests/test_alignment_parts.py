"""A part of a whole of another quantity: its mark, read in one account only, does not keep it
apart from the same figure in another account (issues 11 and 17). The sentences are written
for these tests."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from test_alignment import claims  # noqa: E402

# "Il piano vale 2 miliardi, di cui 400 milioni di fondi regionali." (d0: the whole, d1: part)
# "La Regione mette 400 milioni di fondi nel piano." (d2)


def grant(value: float, **row) -> dict:
    return {"thing": "grant", "currency": "EUR", "value": value, **row}


def test_a_part_of_another_quantity_is_one_with_the_same_figure_unmarked() -> None:
    table = claims(
        {"thing": "investment", "currency": "EUR", "value": 2e9, "claim_id": "w#1"},
        grant(400e6, part_of="w#1", lang="it"),
        grant(400e6),
    )
    assert table["subject"].iloc[1] == table["subject"].iloc[2]
    assert table["subject"].iloc[0] != table["subject"].iloc[1]


def test_a_part_of_another_quantity_stays_apart_from_a_figure_that_differs() -> None:
    # "Les secouristes ont pris en charge 60 personnes, dont 45 évacuées" beside "120 evacuated":
    # nothing but the mark says which evacuation each is
    table = claims(
        {"thing": "people", "value": 60, "claim_id": "w#1"},
        {"thing": "evacuees", "value": 45, "part_of": "w#1", "lang": "fr"},
        {"thing": "evacuees", "value": 120},
    )
    assert table["subject"].iloc[1] != table["subject"].iloc[2]


def test_a_part_of_its_own_quantity_stays_apart_from_the_same_figure() -> None:
    # "Police made 50 arrests, of which 20 in the port" beside another account's 20 arrests
    table = claims(
        {"thing": "arrests", "value": 50, "claim_id": "w#1"},
        {"thing": "arrests", "value": 20, "part_of": "w#1"},
        {"thing": "arrests", "value": 20},
    )
    assert table["subject"].iloc[1] != table["subject"].iloc[2]
