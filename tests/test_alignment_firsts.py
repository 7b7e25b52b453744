"""First figures: a figure its clause says was given before ("initially", "d'abord",
"inizialmente") is the figure of the day that first gave it, not the count as its account
goes out. The sentences are written for these tests."""

from __future__ import annotations

import sys
from pathlib import Path

from sourcecheck.align.shipped import word_pattern
from sourcecheck.align.stocks import near

sys.path.insert(0, str(Path(__file__).parent))
from test_alignment import claims  # noqa: E402

FIRSTS = [
    ("Il Corpo forestale aveva inizialmente stimato 600 ettari.", "600"),
    ("La préfecture avait d'abord annoncé 13 morts.", "13"),
    ("Officials revised an earlier toll of 14 dead.", "14"),
]
NOT_FIRSTS = [
    ("The fire has burned 2,100 hectares, up from 600.", "2,100"),
    ("The first seven cormorants reached the rescue centre.", "seven"),
]


def test_a_first_word_near_the_figure_says_it_was_given_before() -> None:
    assert all(near(quote, text, word_pattern("firsts.yaml")) for quote, text in FIRSTS)
    assert not any(near(quote, text, word_pattern("firsts.yaml")) for quote, text in NOT_FIRSTS)


def test_a_figure_said_to_be_the_first_takes_the_day_that_first_gave_it() -> None:
    table = claims(
        {"doc": "a.md", "claim_id": "a.md#1", "thing": "hectares", "unit": "hectare",
         "scope": "Monte Rovo", "refers_to": "2025-08-04", "published": "2025-08-04",
         "value": 600.0, "text": "600", "quote": "The blaze on Monte Rovo has burned 600 hectares."},
        {"doc": "c.md", "claim_id": "c.md#1", "thing": "hectares", "unit": "hectare",
         "refers_to": "2025-08-06", "published": "2025-08-07", "value": 2100.0, "text": "2.100",
         "quote": "L'incendio, spento ieri, ha percorso 2.100 ettari.", "lang": "it"},
        {"doc": "c.md", "claim_id": "c.md#2", "thing": "ettari", "unit": "hectare",
         "published": "2025-08-07", "value": 600.0, "text": "600", "lang": "it",
         "quote": "Il Corpo forestale aveva inizialmente stimato 600 ettari."},
    )  # fmt: skip
    day = dict(zip(table["claim_id"], table["moment"], strict=True))
    assert day["c.md#2"] == "2025-08-04"
    assert day["c.md#1"] == "2025-08-06"


def test_a_first_figure_no_earlier_account_gives_is_the_earlier_state() -> None:
    # one account gives the revised toll and the first one: no contradiction of its own
    quote = "The storms killed 9 people, officials said, revising a first toll of 10."
    table = claims(
        {"doc": "a.md", "claim_id": "a.md#1", "thing": "dead", "refers_to": "2025-11-14",
         "published": "2025-11-14", "value": 9.0, "text": "9", "quote": quote},
        {"doc": "a.md", "claim_id": "a.md#2", "thing": "dead", "refers_to": "2025-11-14",
         "published": "2025-11-14", "value": 10.0, "text": "10", "quote": quote},
    )  # fmt: skip
    now, first = table["subject"].tolist()
    assert now and first and now != first


def test_a_first_figure_dated_the_day_an_earlier_account_gave_it_is_that_days() -> None:
    # Monday's release: "damage of 45 million euros"; Wednesday's wire: "put the damage at
    # 70 million euros, up from an initial estimate of 45 million euros on Monday", beside
    # another amount its clause dates to Monday too: the 45 is Monday's figure told again
    table = claims(
        {"doc": "a.md", "claim_id": "a.md#1", "thing": "danni", "currency": "EUR",
         "refers_to": "2025-03-03", "published": "2025-03-03", "value": 45e6,
         "text": "45 milioni", "quote": "Danni per 45 milioni di euro.", "lang": "it"},
        {"doc": "b.md", "claim_id": "b.md#1", "thing": "damage", "currency": "EUR",
         "refers_to": "2025-03-05", "published": "2025-03-05", "value": 70e6,
         "text": "70 million euros", "quote": _WIRE},
        {"doc": "b.md", "claim_id": "b.md#2", "thing": "damage", "currency": "EUR",
         "refers_to": "2025-03-03", "day_from": "clause", "published": "2025-03-05",
         "value": 45e6, "text": "45 million euros", "quote": _WIRE},
        {"doc": "b.md", "claim_id": "b.md#3", "thing": "damage", "currency": "EUR",
         "refers_to": "2025-03-03", "day_from": "clause", "published": "2025-03-05",
         "value": 12e6, "text": "12 million euros", "quote": _WIRE},
    )  # fmt: skip
    subject = dict(zip(table["claim_id"], table["subject"], strict=True))
    assert subject["b.md#2"] == subject["a.md#1"]


_WIRE = (
    "The governor put the damage at 70 million euros, up from an initial estimate of 45 "
    "million euros on Monday, and said 12 million euros would go to roads."
)
