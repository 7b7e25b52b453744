"""A part of a whole of another quantity: its mark, read in one account only, does not keep it
apart from the same figure in another account (issues 11 and 17). The sentences are written
for these tests."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from test_alignment import claims  # noqa: E402

from sourcecheck.align.plans import planned  # noqa: E402

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


def test_a_breakdown_of_the_part_does_not_keep_it_apart() -> None:
    # "Le chalutier transportait 90 personnes, dont 64 ont été évacuées" (d0, d1), "les 64
    # évacués comptent 12 enfants" (d2, a part of the 64's own noun), and another account's
    # "64 evacuees" (d3): the 12 children do not make the 64 a rival part
    table = claims(
        {"thing": "people", "value": 90, "claim_id": "w#1", "doc": "d0.md"},
        {"thing": "evacuees", "value": 64, "part_of": "w#1", "lang": "fr", "claim_id": "p#1",
         "doc": "d0.md"},
        {"thing": "evacuees", "value": 12, "part_of": "p#1", "lang": "fr", "doc": "d0.md"},
        {"thing": "evacuees", "value": 64},
    )  # fmt: skip
    assert table["subject"].iloc[1] == table["subject"].iloc[3]
    assert table["subject"].iloc[2] != table["subject"].iloc[3]


def test_a_part_of_its_own_quantity_stays_apart_from_the_same_figure() -> None:
    # "Police made 50 arrests, of which 20 in the port" beside another account's 20 arrests
    table = claims(
        {"thing": "arrests", "value": 50, "claim_id": "w#1"},
        {"thing": "arrests", "value": 20, "part_of": "w#1"},
        {"thing": "arrests", "value": 20},
    )
    assert table["subject"].iloc[1] != table["subject"].iloc[2]


def test_avalanches_are_one_concept_in_three_languages() -> None:
    table = claims(
        {"thing": "valanghe", "lang": "it", "value": 30},
        {"thing": "avalanches", "lang": "fr", "value": 30},
        {"thing": "avalanches", "value": 30},
    )
    assert table["subject"].ne("").all() and table["subject"].nunique() == 1


def test_an_undated_running_count_stands_as_of_its_document_s_latest_news() -> None:
    # d0 (Wednesday): "Rescuers counted 20 avalanches by Wednesday."
    # d1 (Friday): "The pass reopened on Thursday. … by Friday morning. Rescuers have recorded
    # 26 avalanches since Monday." The 26 is Friday's count, an update of Wednesday's 20.
    day = {"day_from": "clause"}
    table = claims(
        {"thing": "avalanches", "value": 20, "published": "2024-03-06", "refers_to": "2024-03-06",
         **day},
        {"thing": "roads", "value": 3, "doc": "d1.md", "claim_id": "d1.md#1",
         "published": "2024-03-08", "refers_to": "2024-03-07", **day},
        {"thing": "households", "value": 900, "doc": "d1.md", "claim_id": "d1.md#2",
         "published": "2024-03-08", "refers_to": "2024-03-08", **day},
        {"thing": "avalanches", "value": 26, "doc": "d1.md", "claim_id": "d1.md#3",
         "published": "2024-03-08", "refers_to": "2024-03-08", "day_from": "document"},
        {"thing": "avalanches", "value": 23, "published": "2024-03-07", "refers_to": "2024-03-07",
         **day},
    )  # fmt: skip
    assert table["subject"].iloc[3] not in (table["subject"].iloc[0], table["subject"].iloc[4])
    assert "2024-03-08" in table["subject"].iloc[3]


def test_an_undated_running_figure_told_again_keeps_the_day_it_was_first_given() -> None:
    # d0 (Thursday): "The region puts the damage at €9 million."
    # d1 (Friday): "The pass reopened on Thursday … by Friday morning … the region has put
    # the damage at €9 million." The same figure told again, not Friday's count.
    day = {"day_from": "clause", "doc": "d1.md", "published": "2024-03-08"}
    table = claims(
        {"thing": "damage", "currency": "EUR", "value": 9e6, "published": "2024-03-07",
         "refers_to": "2024-03-07", "day_from": "document"},
        {"thing": "roads", "value": 3, "claim_id": "d1.md#1", "refers_to": "2024-03-07", **day},
        {"thing": "households", "value": 900, "claim_id": "d1.md#2", "refers_to": "2024-03-08",
         **day},
        {"thing": "damage", "currency": "EUR", "value": 9e6, "claim_id": "d1.md#3",
         "refers_to": "2024-03-07", **{**day, "day_from": "document"}},
    )  # fmt: skip
    assert table["subject"].iloc[0] == table["subject"].iloc[3]


# sentence → (figure, language, whether it is a plan)
PLANS = {
    "Les syndicats comptent 45 rassemblements prévus jeudi.": ("45", "fr", True),
    "Organisers said 3,000 runners are expected on Sunday.": ("3,000", "en", True),
    "Sono 800 i partecipanti attesi al congresso.": ("800", "it", True),
    "La questura ha contato 800 partecipanti.": ("800", "it", False),
    # waiting, not a plan; a count reported, not announced ahead
    "L'azienda ha 90 dipendenti in attesa di notizie.": ("90", "it", False),
    "Police confirmed 12 arrests announced on Monday.": ("12", "en", False),
}


@pytest.mark.parametrize("quote", PLANS)
def test_a_figure_its_clause_calls_planned_is_marked_a_plan(quote: str) -> None:
    text, lang, plan = PLANS[quote]
    assert planned(quote, text, lang) is plan


def test_a_plan_is_never_one_quantity_with_a_count() -> None:
    planned_quote = "La CGT annonce 45 rassemblements prévus jeudi."
    counted_quote = "Jeudi, 38 rassemblements ont eu lieu selon la préfecture."
    table = claims(
        {"thing": "rassemblements", "lang": "fr", "value": 45, "quote": planned_quote,
         "text": "45"},
        {"thing": "rassemblements", "lang": "fr", "value": 38, "quote": counted_quote,
         "text": "38"},
    )  # fmt: skip
    assert table["subject"].iloc[0] != table["subject"].iloc[1]
    assert table["subject_label"].iloc[0].endswith("planned")


def test_a_figure_dated_after_its_document_went_out_is_a_plan() -> None:
    # "Le collectif appelle à marcher le samedi 14 mars, avec déjà 120 cortèges annoncés" (a
    # release of 2 March) beside "Sabato si sono svolti 96 cortei" (15 March): what was
    # announced, then what took place; the same words in a release after the day are a count,
    # and so is a deed done ahead ("Ferrolinea ha soppresso 96 treni" for tomorrow's strike)
    release, after = {"published": "2024-03-02"}, {"published": "2024-03-15"}
    day = {"refers_to": "2024-03-14", "day_from": "clause", "lang": "fr"}
    announced = {"quote": "Déjà 120 cortèges annoncés samedi.", "text": "120"}
    table = claims(
        {"thing": "cortèges", "value": 120, **day, **release, **announced},
        {"thing": "cortei", "value": 96, **day, "lang": "it", **after},
        {"thing": "cortèges", "value": 120, **day, **after, **announced},
        {"thing": "cortei", "value": 96, **day, "lang": "it", **release,
         "quote": "Ferrolinea ha soppresso 96 cortei sabato.", "text": "96"},
    )  # fmt: skip
    assert table["subject"].iloc[0] != table["subject"].iloc[1]
    assert table["subject_label"].iloc[0].endswith("planned")
    assert table["subject"].iloc[1] == table["subject"].iloc[2] == table["subject"].iloc[3]


def test_a_rate_or_a_duration_from_a_day_to_come_is_no_plan() -> None:
    # "28 trains par jour annoncés à partir de jeudi", "3 jours annoncés de fermeture"
    day = {"refers_to": "2024-03-14", "day_from": "clause", "lang": "fr"}
    table = claims(
        {"thing": "trains", "value": 28, "rate": "day", **day, "text": "28",
         "quote": "28 trains par jour annoncés à partir de jeudi."},
        {"thing": "jours", "value": 3, **day, "text": "3",
         "quote": "La ligne fermera 3 jours annoncés à partir de jeudi."},
    )  # fmt: skip
    assert not table["subject_label"].str.endswith("planned").any()


def test_a_part_a_local_body_gives_is_still_a_part_of_its_whole() -> None:
    # "14 personnes ont été interpellées … Parmi elles, trois convoyeurs, a indiqué le parquet
    # de Lyon": the prosecutor's city is no place that tells the part from its whole
    table = claims(
        {"thing": "interpellés", "lang": "fr", "value": 14, "claim_id": "w#1",
         "source": "Le Courrier"},
        {"thing": "interpellés", "lang": "fr", "value": 3, "part_of": "w#1",
         "source": "Parquet de Lyon"},
        {"thing": "arrests", "value": 14, "scope": "Lyon", "source": "Interpol"},
    )  # fmt: skip
    part, lyon = table["subject"].iloc[1], table["subject"].iloc[2]
    assert "|part=" in part
    assert part != lyon


def test_a_second_source_s_account_of_a_plan_is_a_plan_too() -> None:
    # two sources' accounts side by side: the plan word is written once, for the first
    quote = "Sono 310 i licenziamenti previsti a Torino secondo il gruppo, 390 secondo la Fiom."
    row = {"thing": "licenziamenti", "lang": "it", "quote": quote, "doc": "d0.md"}
    table = claims(
        {**row, "value": 310, "text": "310", "claim_id": "d0.md#1", "source": "il gruppo"},
        {**row, "value": 390, "text": "390", "claim_id": "d0.md#2", "source": "Fiom"},
    )
    assert table["subject"].iloc[0] == table["subject"].iloc[1]
    assert table["subject_label"].iloc[1].endswith("planned")


def test_a_count_set_against_a_plan_by_one_source_stays_a_count() -> None:
    # one source, no second account: "contro" sets what took place against the plan
    quote = "Si sono svolti 28 cortei, contro i 40 previsti dai sindacati."
    row = {"thing": "cortei", "lang": "it", "quote": quote, "doc": "d0.md"}
    table = claims(
        {**row, "value": 28, "text": "28", "claim_id": "d0.md#1"},
        {**row, "value": 40, "text": "40", "claim_id": "d0.md#2"},
    )
    assert table["subject"].iloc[0] != table["subject"].iloc[1]


def test_a_part_with_no_place_of_its_own_is_a_part_of_its_placed_whole() -> None:
    # "52 cases have been confirmed in Dravelle … 17 of the patients are toddlers": the part
    # names no place; it is of its whole's, not a second count of the cases (b.md's 21)
    table = claims(
        {"thing": "cases", "value": 52, "scope": "Dravelle", "claim_id": "a.md#1", "doc": "a.md"},
        {"thing": "cases", "value": 17, "part_of": "a.md#1", "claim_id": "a.md#2", "doc": "a.md"},
        {"thing": "cases", "value": 21, "doc": "b.md", "source": "Health office"},
        {"thing": "cases", "value": 30, "doc": "c.md", "scope": "Serrac"},
    )  # fmt: skip
    part, other = table["subject"].iloc[1], table["subject"].iloc[2]
    assert "|part=" in part
    assert part != other
