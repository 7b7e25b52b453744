"""Shares of a workforce that struck: the strike's participation, whatever the noun the frame
read ("staff", "personale", "agents"). The sentences are written for these tests."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from sourcecheck.align.struck import struck

sys.path.insert(0, str(Path(__file__).parent))
from test_alignment import claims, same  # noqa: E402

# sentence, figure, language → whether its clause says its people struck
STRUCK = [
    ("Roughly 17% of the tram depot's staff were on strike by noon.", "17%", "en", True),
    ("At the Vellano plant, 64% of employees walked out on Friday.", "64%", "en", True),
    ("Mardi, 23 % du personnel municipal de Brunel restait en grève.", "23 %", "fr", True),
    ("Au dépôt de Brunel, 41 % des conducteurs ont débrayé.", "41 %", "fr", True),
    ("A Castelbruno ha scioperato il 19% del personale comunale.", "19%", "it", True),
    ("Il 33% degli autisti ha incrociato le braccia.", "33%", "it", True),
    # the strike is named, but not of the figure's people
    ("About 17% of flights were cancelled.", "17%", "en", False),
    ("Le syndicat, en grève depuis lundi, compte 230 adhérents.", "230", "fr", False),
    ("The depot employs 640 drivers.", "640", "en", False),
]  # fmt: skip


@pytest.mark.parametrize(("quote", "text", "lang", "expected"), STRUCK)
def test_a_strike_word_in_the_figure_s_clause(quote, text, lang, expected) -> None:
    assert struck(quote, text, lang) is expected


def _share(quote: str, text: str, lang: str, thing: str, value: float, **more) -> dict:
    return {"quote": quote, "text": text, "lang": lang, "thing": thing, "unit": "percent",
            "value": value, **more}  # fmt: skip


def test_a_struck_share_of_staff_is_the_strike_rate_given_in_other_words() -> None:
    table = claims(
        _share("Le taux de grévistes à la régie Norvale atteignait 17 % lundi.", "17 %", "fr",
               "taux de grévistes", 17.0),
        _share("Some 17% of Norvale transit staff were on strike on Monday.", "17%", "en",
               "staff", 17.0),
        _share("Lunedì ha scioperato il 17% del personale della Norvale.", "17%", "it",
               "personale", 17.0),
    )  # fmt: skip
    assert same(table)
    assert set(table["subject"].str.split("|").str[0]) == {"strike-participation"}


def test_the_struck_shares_of_two_trades_stay_two_quantities() -> None:
    table = claims(
        _share("About 28% of teachers were on strike.", "28%", "en", "teachers", 28.0),
        _share("Around 28% of nurses were on strike.", "28%", "en", "nurses", 28.0),
    )
    assert not same(table)


def test_a_share_of_a_workforce_that_did_not_strike_keeps_its_noun() -> None:
    table = claims(
        _share("Some 17% of Norvale transit staff work part time.", "17%", "en", "staff", 17.0),
        _share("Le taux de grévistes à la régie Norvale atteignait 17 %.", "17 %", "fr",
               "taux de grévistes", 17.0),
    )  # fmt: skip
    assert not same(table)


def test_a_later_share_of_its_sentence_is_of_the_same_measure() -> None:
    quote = "About 21% of council employees were on strike, including 34% of school employees."
    one = {"doc": "d.md"}
    table = claims(
        _share(quote, "21%", "en", "employees", 21.0, claim_id="d.md#6", **one),
        _share(quote, "34%", "en", "employees", 34.0, claim_id="d.md#50", **one),
    )
    assert set(table["subject"].str.split("|").str[0]) == {"strike-participation"}


def test_a_struck_count_of_a_workforce_counts_strikers() -> None:
    table = claims(
        {"quote": "Some 640 employees of the Vellano plant walked out on Friday.", "text": "640",
         "thing": "employees", "value": 640.0},
        {"quote": "Venerdì 640 scioperanti hanno fermato lo stabilimento di Vellano.",
         "text": "640", "thing": "scioperanti", "lang": "it", "value": 640.0},
    )  # fmt: skip
    assert same(table)
    assert table["subject"].str.startswith("striker|").all()
