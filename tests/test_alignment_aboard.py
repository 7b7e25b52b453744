"""People a clause puts on board count the passengers (sourcecheck/align/aboard.py). The
sentences are written for these tests."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from test_alignment import claims, same  # noqa: E402


@pytest.mark.parametrize(
    ("lang", "thing", "quote", "text"),
    [
        ("fr", "personnes", "Selon la capitainerie, 210 personnes se trouvaient à bord du ferry.", "210"),
        ("en", "people", "Some 210 people were on board, the harbour master said.", "Some 210"),
        ("it", "persone", "Secondo i primi racconti, 210 persone erano a bordo.", "210"),
    ],
)  # fmt: skip
def test_people_on_board_are_the_passengers(lang, thing, quote, text) -> None:
    table = claims(
        {"thing": thing, "lang": lang, "value": 210, "text": text, "quote": quote},
        {"thing": "passengers", "value": 240, "text": "240",
         "quote": "The ferry carried 240 passengers, the operator said."},
    )  # fmt: skip
    assert same(table)


def test_people_not_on_board_stay_people() -> None:
    table = claims(
        {"thing": "people", "value": 210, "text": "210",
         "quote": "Some 210 people were rescued by the coast guard."},
        {"thing": "passengers", "value": 240, "text": "240",
         "quote": "The ferry carried 240 passengers, the operator said."},
    )  # fmt: skip
    assert not same(table)
