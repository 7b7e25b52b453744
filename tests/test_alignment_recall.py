"""Recall: figures that state one quantity share a subject where one account leaves out
what the other says (a noun, a year), told with new sentences and invented names."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from test_alignment import claims  # noqa: E402
from test_alignment_echoes import _case, _claim  # noqa: E402

from sourcecheck.pipeline import check  # noqa: E402


def test_millions_with_a_noun_no_lexicon_knows_are_the_amount_another_account_gives(
    tmp_path: Path,
) -> None:
    # Italian copy drops the "euro": "640 milioni" beside a word no lexicon knows is the
    # amount another account gives, not a count of that word
    result = check(
        _case(
            tmp_path,
            (
                "en",
                "Corbel Wire",
                "2026-03-12",
                "The regulator upheld the €640 million fine imposed on Ferravia in March.",
            ),
            (
                "it",
                "Eco di Sarvano",
                "2026-03-12",
                "Il Garante ha confermato i 640 milioni decisi a marzo contro Ferravia.",
            ),
        ),
        validate=False,
    )
    told = _claim(result, "640 milioni")
    assert told["subject"] == _claim(result, "€640 million")["subject"]


def test_a_count_with_no_noun_takes_the_noun_of_the_same_count_told_to_another_precision():
    # "2,4 million" (no noun) beside "2 384 000 visiteurs" in another account: one count
    table = claims(
        {"thing": "visiteurs", "lang": "fr", "value": 2_384_000.0},
        {"thing": "", "value": 2_400_000.0},
    )
    assert table["subject"].iloc[0] and table["subject"].nunique() == 1
    # a count that no precision rounds to it stays apart
    apart = claims(
        {"thing": "visiteurs", "lang": "fr", "value": 2_384_000.0},
        {"thing": "", "value": 2_500_000.0},
    )
    assert apart["subject"].iloc[1] != apart["subject"].iloc[0]


def test_millions_beside_an_unknown_noun_stay_a_count_when_another_account_counts_them():
    rows = (
        {"thing": "decisi", "text": "640 milioni", "value": 640e6, "lang": "it"},
        {"thing": "fine", "text": "€640 million", "value": 640e6, "currency": "EUR"},
    )
    assert claims(*rows)["subject"].iloc[0] == claims(*rows)["subject"].iloc[1]
    # "650 millions de bulletins" in a third account: a count, not the amount
    counted = claims(*rows, {"thing": "bulletins", "lang": "fr", "value": 650e6})
    assert counted["subject"].iloc[0] != counted["subject"].iloc[1]
    # people are counted, never an amount
    people = claims({**rows[0], "thing": "persone"}, rows[1])
    assert people["subject"].iloc[0] != people["subject"].iloc[1]


def test_an_amount_told_to_another_precision_is_of_the_year_another_account_gives(
    tmp_path: Path,
) -> None:
    # "2 437 millions d'euros … en 2025" in the release, "2.4 billion euros" on the wire the
    # next day: one figure, the 2025 revenue, not a figure of the day it was told
    result = check(
        _case(
            tmp_path,
            (
                "fr",
                "Agence Lumen",
                "2026-02-18",
                "Le chiffre d'affaires de Morvelle a atteint 2 437 millions d'euros en 2025, a "
                "annoncé le groupe.",
            ),
            (
                "en",
                "Quintara Wire",
                "2026-02-19",
                "Morvelle said on Thursday that revenue rose to 2.4 billion euros.",
            ),
        ),
        validate=False,
    )
    told = _claim(result, "2.4 billion euros")
    assert told["subject"] == _claim(result, "2 437 millions d'euros")["subject"]
    assert "2025" in told["subject"]
