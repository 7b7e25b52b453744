"""One amount, two words: an amount most accounts give under one noun and one account under
another is that noun's (`align.onefigure`); counts, shares and ties stay apart. The sentences
are written for these tests."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from test_alignment import claims  # noqa: E402

from sourcecheck.align.onefigure import told_alike  # noqa: E402


def _amount(doc: int, thing: str, lang: str, text: str, value: float, **more) -> dict:
    """A claim of document `doc`: an amount in euros, its noun `thing`."""
    return {
        "doc": f"d{doc}.md", "claim_id": f"d{doc}.md#{value:g}", "thing": thing, "lang": lang,
        "text": text, "value": value, "currency": "EUR", "quote": f"{text} {thing}.", **more,
    }  # fmt: skip


def test_an_amount_two_accounts_name_alike_takes_their_noun_in_a_third() -> None:
    table = claims(
        _amount(0, "subsidy", "en", "€47.5 million", 47.5e6),
        _amount(1, "subvention", "fr", "47,5 millions d'euros", 47.5e6),
        _amount(2, "indennizzo", "it", "47,5 milioni di euro", 47.5e6),
    )
    subjects = table["subject"].tolist()
    assert subjects[0] == subjects[1] == subjects[2] != ""
    assert "the same figure" in table["subject_evidence"].iloc[2]


def test_one_account_each_is_no_majority() -> None:
    table = claims(
        _amount(0, "subsidy", "en", "€47.5 million", 47.5e6),
        _amount(1, "indennizzo", "it", "47,5 milioni di euro", 47.5e6),
    )
    assert table["subject"].nunique() == 2


def test_only_the_shared_amount_moves_not_its_noun_s_other_figures() -> None:
    table = claims(
        _amount(0, "subsidy", "en", "€47.5 million", 47.5e6),
        _amount(1, "subvention", "fr", "47,5 millions d'euros", 47.5e6),
        _amount(2, "indennizzo", "it", "47,5 milioni di euro", 47.5e6),
        _amount(2, "indennizzo", "it", "3,2 milioni di euro", 3.2e6),
    )
    subjects = table["subject"].tolist()
    assert subjects[2] == subjects[0]
    assert subjects[3] != subjects[0]  # the other figure of "indennizzo" keeps its noun


def test_a_document_that_gives_the_amount_under_both_nouns_tells_them_apart() -> None:
    found = told_alike(
        [("c", "money", "EUR", "", 6.8e7)] * 4,
        ["grant", "grant", "loan", "loan"],
        ["d0.md", "d1.md", "d1.md", "d2.md"],
    )
    assert found == {}


def test_counts_and_shares_meet_by_chance_and_never_join() -> None:
    figures = [("c", "count", "", "", 2400.0)] * 3 + [("c", "percent", "", "", 36.0)] * 3
    nouns = ["visitor", "visitor", "ticket", "voter", "voter", "turnout"]
    assert told_alike(figures, nouns, ["a", "b", "c"] * 2) == {}


def test_a_barred_noun_is_neither_renamed_nor_taken() -> None:
    figures = [("c", "[time]", "", "", 18.0)] * 3
    assert (
        told_alike(figures, ["month", "month", "week"], ["a", "b", "c"], frozenset({"month"})) == {}
    )
    assert (
        told_alike(figures, ["week", "week", "month"], ["a", "b", "c"], frozenset({"month"})) == {}
    )
