"""Comparison bases: a change against the period before and a change against a year earlier
are two quantities of one index, and each meets the same basis in other accounts
(`align.bases`)."""

from __future__ import annotations

import pytest

from tests.test_alignment import _change, claims


@pytest.mark.parametrize(
    "quote, lang, monthly, yearly, thing",
    [
        ("Les prix à la consommation ont augmenté de 0,7 % sur un mois et de 3,4 % sur un an.",
         "fr", "0,7 %", "3,4 %", "prix"),
        ("Producer prices rose 0.7% on the month and 3.4% year-on-year.", "en", "0.7%", "3.4%",
         "prices"),
        ("I prezzi alla produzione segnano un aumento dello 0,7% su base mensile e del 3,4% su "
         "base annua.", "it", "0,7%", "3,4%", "prezzi"),
    ],
)  # fmt: skip
def test_a_monthly_and_a_yearly_change_never_share_a_subject(quote, lang, monthly, yearly, thing):
    value = {t: float(t.rstrip("%").strip().replace(",", ".")) for t in (monthly, yearly)}
    table = claims(*_change(quote, lang, *((t, value[t], thing) for t in (monthly, yearly)),
                            unit="percent"))  # fmt: skip
    label = table.set_index("text")["subject_label"]
    assert table["subject"].ne("").all() and table["subject"].nunique() == 2
    assert label[monthly].endswith("against the period before")
    assert label[yearly].endswith("against a year earlier")


def test_a_yearly_change_meets_the_yearly_change_of_other_accounts() -> None:
    table = claims(
        *_change("Consumer prices rose 1.8% year-on-year in March.", "en",
                 ("1.8%", 1.8, "prices"), unit="percent", doc="a.md"),
        *_change("A marzo i prezzi al consumo sono saliti dell'1,8% su base annua.", "it",
                 ("1,8%", 1.8, "prezzi"), unit="percent", doc="b.md"),
        *_change("En mars, les prix ont progressé de 1,8 % en glissement annuel.", "fr",
                 ("1,8 %", 1.8, "prix"), unit="percent", doc="c.md"),
    )  # fmt: skip
    assert table["subject"].ne("").all() and table["subject"].nunique() == 1
    assert "the change" not in table["subject_label"].iloc[0]


@pytest.mark.parametrize(
    "quote, lang, text",
    [
        ("Sur un mois, la hausse des prix atteint 0,6 %.", "fr", "0,6 %"),
        ("Prices climbed 0.6% from the previous month.", "en", "0.6%"),
        ("La crescita congiunturale dei prezzi è dello 0,6%.", "it", "0,6%"),
    ],
)  # fmt: skip
def test_a_basis_before_the_figure_or_opening_its_sentence_is_read(quote, lang, text):
    table = claims(*_change(quote, lang, (text, 0.6, "prices"), unit="percent"))
    assert table["subject_label"].iloc[0].endswith("against the period before")


def test_a_basis_after_a_figure_is_that_figure_s_own() -> None:
    # the earlier figure after a comma names no basis of its own: it takes none
    quote = "La disoccupazione cala del 4,2% su base annua, dal 5,1% del trimestre scorso."
    table = claims(*_change(quote, "it", ("4,2%", 4.2, "disoccupazione"),
                            ("5,1%", 5.1, "disoccupazione"), unit="percent"))  # fmt: skip
    label = table.set_index("text")["subject_label"]
    assert label["4,2%"].endswith("against a year earlier")
    assert "against" not in label["5,1%"]


def test_a_percentage_with_no_basis_takes_no_mark() -> None:
    table = claims(*_change("Turnout reached 61% by the evening.", "en",
                            ("61%", 61.0, "turnout"), unit="percent"))  # fmt: skip
    assert "against" not in table["subject_label"].iloc[0]
    assert "basis" not in table["subject"].iloc[0]


@pytest.mark.parametrize(
    "quote, lang, text, words",
    [
        ("Il fatturato registra un calo dello 0,9% su base mensile e del 5,3% su base annua.",
         "it", "5,3%", ("mensile", "annua", "base")),
        ("Le chiffre d'affaires recule de 0,9 % sur un mois et de 5,3 % sur un an.", "fr",
         "5,3 %", ("mois", "an")),
        ("Sales were 5.3% lower than a year earlier.", "en", "5.3%", ("year",)),
    ],
)  # fmt: skip
def test_a_basis_is_no_noun_of_the_figure(quote, lang, text, words):
    table = claims(*_change(quote, lang, (text, float(text.rstrip(" %").replace(",", ".")), ""),
                            unit="percent"))  # fmt: skip
    label = table["subject_label"].iloc[0].split(",")[0].split()
    assert not set(words) & set(label)
