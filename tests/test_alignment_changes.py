"""Changes against accounts: a figure given its own source beside another is a second
account, neither the earlier state of a change nor the end of a range (`align.changes`)."""

from __future__ import annotations

import pytest

from tests.test_alignment import _change, claims


@pytest.mark.parametrize(
    "quote, lang, first, second, thing",
    [
        ("La direction compte 31 % de grévistes, contre 47 % selon les syndicats.", "fr",
         "31 %", "47 %", "grévistes"),
        ("Management put the walkout at 18%, against 36% according to the drivers' union.", "en",
         "18%", "36%", "walkout"),
        ("L'azienda parla del 22% di adesione, contro il 41% secondo i sindacati.", "it",
         "22%", "41%", "adesione"),
    ],
)  # fmt: skip
def test_a_contrast_with_its_own_source_is_a_second_account(quote, lang, first, second, thing):
    value = {t: float(t.rstrip("%").strip()) for t in (first, second)}
    table = claims(*_change(quote, lang, *((t, value[t], thing) for t in (first, second)),
                            unit="percent"))  # fmt: skip
    assert "earlier" not in " ".join(table["subject_label"])
    assert table["subject"].ne("").all() and table["subject"].nunique() == 1


def test_a_contrast_with_no_source_of_its_own_is_still_an_earlier_state() -> None:
    table = claims(
        *_change("Le taux de grévistes tombe à 12 %, contre 19 % la veille.", "fr",
                 ("12 %", 12, "grévistes"), ("19 %", 19, "grévistes"), unit="percent")
    )  # fmt: skip
    assert "earlier figure" in table.set_index("text").loc["19 %", "subject_label"]


@pytest.mark.parametrize(
    "quote, lang, thing",
    [
        ("À Castelbruno, les estimations vont de 6 300 (préfecture) à 17 000 (organisateurs).",
         "fr", "manifestants"),
        ("In Castelbruno, estimates ran from 6,300 (prefecture) to 17,000 (organisers).", "en",
         "marchers"),
        ("A Castelbruno le stime vanno da 6.300 (questura) a 17.000 (organizzatori).", "it",
         "manifestanti"),
    ],
)  # fmt: skip
def test_a_range_whose_ends_name_their_sources_is_two_accounts(quote, lang, thing):
    low, high = (t for t in ("6 300", "6,300", "6.300", "17 000", "17,000", "17.000") if t in quote)
    table = claims(*_change(quote, lang, (low, 6300, thing), (high, 17000, thing)))
    assert not any("end of a range" in x for x in table["subject_label"])
    assert table["subject"].ne("").all() and table["subject"].nunique() == 1


@pytest.mark.parametrize(
    "quote, lang, first, second, thing",
    [
        # a verb of saying or counting and its agent after the contrasted figure
        ("Le rectorat recense 1 450 grévistes, contre 3 900 revendiqués par le syndicat Norvane.",
         "fr", "1 450", "3 900", "grévistes"),
        ("The depot logged 1,450 drivers out, against 3,900 claimed by the transport union.",
         "en", "1,450", "3,900", "drivers"),
        ("La prefettura conta 1.450 lavoratori in piazza, contro i 3.900 indicati dal sindacato Corvalia.",
         "it", "1.450", "3.900", "lavoratori"),
        # an attribution ending in an apostrophe ("per l'", as "per i sindacati")
        ("La prefettura conta 1.450 scioperanti, contro i 3.900 per l'Unione sindacale.",
         "it", "1.450", "3.900", "scioperanti"),
    ],
)  # fmt: skip
def test_a_contrast_said_by_another_body_is_a_second_account(quote, lang, first, second, thing):
    table = claims(*_change(quote, lang, (first, 1450, thing), (second, 3900, thing)))
    assert "earlier" not in " ".join(table["subject_label"])
    assert table["subject"].ne("").all() and table["subject"].nunique() == 1


@pytest.mark.parametrize(
    "quote, lang, first, second",
    [
        # an agent that is no source of the figure: still the earlier state
        ("Le port traite 1 450 conteneurs par jour, contre 3 900 la saison passée.", "fr",
         "1 450", "3 900"),
        ("Il porto movimenta 1.450 container, contro i 3.900 dello scorso anno.", "it",
         "1.450", "3.900"),
    ],
)  # fmt: skip
def test_a_contrast_with_a_past_time_stays_an_earlier_state(quote, lang, first, second):
    table = claims(*_change(quote, lang, (first, 1450, "conteneurs"), (second, 3900, "conteneurs")))
    assert "earlier figure" in table.set_index("text").loc[second, "subject_label"]


@pytest.mark.parametrize(
    "quote, lang, later, earlier, things",
    [
        # the later figure names no noun, its earlier state does
        ("Rents at Coldmere climbed 4.7% on the year, up from 3.9% the quarter before.", "en",
         "4.7%", "3.9%", ("", "rents")),
        ("Bus fares at Coldmere went up 6.2% over twelve months, up from 5.5%.", "en",
         "6.2%", "5.5%", ("", "fares")),
        # an Italian "da" and a sign before the earlier state
        ("Gli affitti a Coldmera salgono del 4,7% su base annua, da +3,9% nel trimestre precedente.",
         "it", "4,7%", "3,9%", ("affitti", "")),
        ("Gli affitti a Coldmera salgono al 4,7% su base annua, da 3,9% nel trimestre precedente.",
         "it", "4,7%", "3,9%", ("affitti", "affitti")),
    ],
)  # fmt: skip
def test_an_earlier_state_is_marked_whichever_figure_names_the_noun(
    quote, lang, later, earlier, things
):
    value = {t: float(t.rstrip("%").strip().replace(",", ".")) for t in (later, earlier)}
    rows = ((t, value[t], thing) for t, thing in zip((later, earlier), things, strict=True))
    table = claims(*_change(quote, lang, *rows, unit="percent"))
    assert "earlier figure" in table.set_index("text").loc[earlier, "subject_label"]
