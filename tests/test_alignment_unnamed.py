"""Figures that alignment once left with no subject although their context says what they
count: an amount set off from its context word by an apposition, and one value of a concept
never compared (a quake's magnitude) that two accounts give alike."""

from __future__ import annotations

import sys
from pathlib import Path

import pandas as pd
import pytest

from sourcecheck.align.clauses import in_clause

sys.path.insert(0, str(Path(__file__).parent))
from test_alignment import CONCEPTS, claims  # noqa: E402

FINED = [  # [lang, sentence, figure]: the context word, an apposition, then the amount
    ["en", "The watchdog fined Castelbruno, the ferry operator, €6.2 million on Monday.",
     "€6.2 million"],
    ["en", "Auditors fined Agence Norvale, a courier firm, €1.9 million.", "€1.9 million"],
    ["fr", "L'autorité a prononcé des pénalités contre Dalvento, l'exploitant du port, "
     "pour 8,4 millions d'euros.", "8,4 millions d'euros"],
    ["it", "Il garante ha multato Ferrolana, la società dei traghetti, per 5,6 milioni di euro.",
     "5,6 milioni di euro"],
    ["it", "L'Antitrust ha multato Ferrolana, Servizi Marittimi Spa, per 5,6 milioni di euro.",
     "5,6 milioni di euro"],
]  # fmt: skip


@pytest.mark.parametrize(("lang", "quote", "text"), FINED)
def test_an_apposition_does_not_cut_an_amount_from_its_context_word(lang, quote, text) -> None:
    assert in_clause(quote, text, lang, "fine", CONCEPTS)
    table = claims(
        {"concept": "fine", "currency": "EUR", "value": 6.2e6, "quote": quote, "text": text,
         "lang": lang},
    )  # fmt: skip
    assert table["subject"].iloc[0].startswith("fine|")


CLAUSES = [  # a clause of its own between the word and the amount still cuts them apart
    ["en", "Regulators fined the bank, while its owner spent, €7.3 million on lawyers.",
     "€7.3 million"],
    ["fr", "L'amende est tombée, alors que la société investit, 4,1 millions d'euros.",
     "4,1 millions d'euros"],
    ["it", "La multa è arrivata, mentre il gruppo ha speso, 3,7 milioni di euro.",
     "3,7 milioni di euro"],
    ["en", "Regulators fined the bank, the court said on 3 May, €7.3 million.", "€7.3 million"],
]  # fmt: skip


@pytest.mark.parametrize(("lang", "quote", "text"), CLAUSES)
def test_a_clause_still_cuts_an_amount_from_its_context_word(lang, quote, text) -> None:
    assert not in_clause(quote, text, lang, "fine", CONCEPTS)


def test_one_magnitude_told_in_two_accounts_is_one_reading() -> None:
    table = claims(
        {"concept": "magnitude", "thing": "magnitude", "value": 6.3, "text": "6.3"},
        {"concept": "magnitude", "thing": "magnitudo", "value": 6.3, "text": "6,3", "lang": "it"},
        {"concept": "magnitude", "thing": "magnitude", "value": 6.3, "text": "6,3", "lang": "fr"},
    )
    assert table["subject"].ne("").all() and table["subject"].nunique() == 1


def test_magnitudes_of_two_values_are_never_compared() -> None:
    table = claims(
        {"concept": "magnitude", "thing": "magnitude", "value": 6.3, "text": "6.3"},
        {"concept": "magnitude", "thing": "magnitudo", "value": 4.8, "text": "4,8", "lang": "it"},
    )
    assert table["subject"].eq("").all()


def test_one_account_s_two_ages_alike_are_not_joined() -> None:
    """Two people of one age in one account are two people: only another account's same
    value joins a figure never compared."""
    table = claims(
        {"concept": "age", "thing": "ans", "value": 44, "text": "44 ans", "lang": "fr"},
        {"concept": "age", "thing": "ans", "value": 44, "text": "44 ans", "lang": "fr",
         "doc": "d0.md"},
    )  # fmt: skip
    assert table["subject"].eq("").all()


CARRIED = [  # [lang, figure as written, its scale]: millions with a currency carried over
    ["en", "4.6 million", "million"],
    ["fr", "4,6 millions", "millions"],
    ["it", "4,6 milioni", "milioni"],
]


@pytest.mark.parametrize(("lang", "text", "scale"), CARRIED)
def test_millions_given_a_currency_they_do_not_write_count_what_another_account_counts(
    lang, text, scale
) -> None:
    table = claims(
        {"currency": "EUR", "value": 4.6e6, "text": text, "scale": scale, "lang": lang},
        {"thing": "subscribers", "value": 4.6e6, "text": "4.6 million", "scale": "million"},
    )
    assert table["subject"].ne("").all() and table["subject"].nunique() == 1


@pytest.mark.parametrize(
    ("text", "scale", "value"),
    [
        ["€4.6 million", "million", 4.6e6],
        ["4,6 milioni di euro", "milioni", 4.6e6],
        ["650", "", 650],
    ],
)
def test_a_written_currency_or_a_bare_figure_stays_an_amount(text, scale, value) -> None:
    """An amount that writes its currency, or a bare figure after an amount ("980 milioni,
    di cui 650"), is not taken for a count of the same figure elsewhere."""
    table = claims(
        {"currency": "EUR", "value": value, "text": text, "scale": scale},
        {"thing": "operai", "value": value, "text": "650 operai", "lang": "it"},
    )
    assert table["subject"].iloc[0] == "" or table["subject"].nunique() == 2


def _results(bare: float, given: float) -> pd.DataFrame:
    """A release's revenue to the million and a wire's bare amount of the same results."""
    return claims(
        {"thing": "ricavi", "lang": "it", "currency": "EUR", "value": given,
         "quote": "Keldmoor ha chiuso l'anno con 3.104 milioni di euro di ricavi.",
         "text": "3.104 milioni di euro"},
        {"currency": "EUR", "value": bare, "quote": "Keldmoor reported €3.1 billion.",
         "text": "€3.1 billion"},
    )  # fmt: skip


def test_an_amount_with_no_noun_takes_the_noun_of_the_same_amount_rounded() -> None:
    # "€3.1 billion" is "3.104 milioni" of revenue to a tenth of a billion
    table = _results(3.1e9, 3.104e9)
    assert table["subject"].nunique() == 1
    assert table["subject"].iloc[1].startswith("revenue|")
    # "€3.3 billion" is no rounding of it; nor is "€3 billion", too coarse to tell
    for bare in (3.3e9, 3e9):
        assert not _results(bare, 3.104e9)["subject"].iloc[1].startswith("revenue|")
