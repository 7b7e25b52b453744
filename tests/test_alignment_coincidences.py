"""Figures that only look alike: a year that opens a period, a whole named after its part, and
round figures shared by unrelated things. The sentences are written for these tests."""

from __future__ import annotations

import sys
from pathlib import Path

import pandas as pd
import pytest

from sourcecheck.align import with_subjects
from sourcecheck.align.anchors import earlier_year
from sourcecheck.align.bodies import body_place
from sourcecheck.align.nouns import noun_key
from sourcecheck.align.spans import span
from sourcecheck.rules import term_drift

sys.path.insert(0, str(Path(__file__).parent))
from test_alignment import CONCEPTS, claims  # noqa: E402


@pytest.mark.parametrize(
    ("quote", "text", "year"),
    [
        ("Depuis 2023, 2,1 tonnes d'héroïne ont été interceptées.", "2,1 tonnes", ""),
        ("Since 2023 the customs have intercepted 2.1 tonnes of heroin.", "2.1 tonnes", ""),
        ("Dal 2023 la dogana ha intercettato 2,1 tonnellate di eroina.", "2,1 tonnellate", ""),
        ("L'enquête, ouverte en 2023, a permis de saisir 2,1 tonnes.", "2,1 tonnes", ""),
        ("The inquiry, which began in 2023, led to 2.1 tonnes seized.", "2.1 tonnes", ""),
        ("Le indagini, iniziate nel 2023, hanno portato a 2,1 tonnellate.", "2,1 tonnellate", ""),
        # a year that is the figure's own still makes it that year's
        ("Nel 2023 la dogana ha intercettato 2,1 tonnellate di eroina.", "2,1 tonnellate", "2023"),
    ],
)  # fmt: skip
def test_a_year_that_opens_a_period_does_not_date_the_figure(quote, text, year) -> None:
    assert earlier_year(quote, text, "2026-02-10") == year


def test_the_whole_a_partitive_names_is_no_next_part_of_a_list() -> None:
    quote = "Il vettore ha lasciato a terra 40 dei 120 piloti durante il fermo."
    table = claims(
        {"thing": "piloti", "lang": "it", "quote": quote, "text": "40", "part_of": "d1.md#0"},
        {"thing": "piloti", "lang": "it", "quote": quote, "text": "120"},
        {"thing": "pilots", "text": "120 pilots"},
    )
    table["doc"] = ["d0.md", "d0.md", "d2.md"]
    table["claim_id"] = ["d0.md#0", "d1.md#0", "d2.md#0"]
    table["part_of"] = ["d1.md#0", "", ""]
    table = with_subjects(table.drop(columns=["subject", "subject_label"]), CONCEPTS)
    subjects = table["subject"].tolist()
    assert "|part=" in subjects[0]
    assert subjects[1] == subjects[2]  # the whole is the figure the other account gives


def drift(*rows: tuple[str, str, float, str]) -> pd.DataFrame:
    """term-drift over (concept, source, value, qualifier) rows, one document each."""
    table = pd.DataFrame(
        [
            {
                "claim_id": f"d{i}.md#1", "doc": f"d{i}.md", "case": "c", "source": source,
                "concept": concept, "concept_path": concept, "subject": f"{concept}||",
                "thing": concept, "value": value, "low": value, "high": value,
                "qualifier": qualifier, "currency": "", "unit": "", "scope": "", "refers_to": "",
            }
            for i, (concept, source, value, qualifier) in enumerate(rows)
        ]
    )  # fmt: skip
    return term_drift.run(table, min_value=100)


def test_a_round_count_renamed_by_another_account_still_drifts() -> None:
    # two accounts count customers, one households: the one that renames it drifts
    for qualifier in ("exact", "about"):
        rows = [("household", "Grid", 40000, qualifier), ("customer", "Wire", 40000, "")]
        assert len(drift(*rows, ("customer", "Agency", 40000, ""))) == 1
        assert drift(*rows).empty  # one account each: no account stands out


def test_a_noun_taken_for_the_same_figure_is_no_second_word_for_it() -> None:
    # "40 000 utenze" / "40,000 households": the Italian figure took its noun because the
    # other account gives the same figure; the nouns agree, nothing drifts
    taken = "the same figure (40000) is given for it in another document"
    table = pd.DataFrame(
        [
            {"claim_id": f"d{i}.md#1", "doc": f"d{i}.md", "case": "c", "source": s,
             "concept": c, "concept_path": c, "subject": "household||", "subject_evidence": ev,
             "thing": c, "value": 40000, "low": 40000, "high": 40000, "qualifier": "",
             "currency": "", "unit": "", "scope": "", "refers_to": ""}
            for i, (c, s, ev) in enumerate(
                [
                    ("customer", "Wire", taken),
                    ("household", "Grid", "lexicon"),
                    ("customer", "Agency", "lexicon concept “customer”"),
                ]
            )
        ]
    )  # fmt: skip
    assert term_drift.run(table, min_value=100).empty
    table.loc[0, "subject_evidence"] = "lexicon concept “customer”"
    assert len(term_drift.run(table, min_value=100)) == 1


@pytest.mark.parametrize(
    "rows",
    [
        # three unrelated things sharing a round figure
        (
            ("police-officer", "Wire", 360, ""),
            ("job-creation", "Union", 360, ""),
            ("cancelled-flight", "Agency", 360, ""),
        ),
        # a duration is never another word for a count
        (("day", "Ministry", 150, ""), ("job-creation", "Union", 150, "")),
    ],
)
def test_a_round_figure_shared_by_unrelated_things_is_a_coincidence(rows) -> None:
    assert drift(*rows).empty


@pytest.mark.parametrize(
    ("source", "place"),
    [
        ("Parquet de Lyon", "Lyon"),
        ("la Procura di Rovigo", "Rovigo"),
        ("the mayor of Rovigo", "Rovigo"),
        ("il sindaco di Borgo San Dalmazzo", ""),  # a place neither the list nor the case knows
        ("Agence nationale", ""),  # no local body
    ],
)
def test_a_local_body_speaks_for_the_place_its_name_holds(source: str, place: str) -> None:
    assert body_place(source, {"rovigo": "Rovigo"}) == place


def test_a_local_body_s_unplaced_figure_is_not_the_whole_an_agency_counts() -> None:
    table = claims(
        {"thing": "perquisitions", "lang": "fr", "source": "Parquet de Lyon"},
        {"thing": "searches", "source": "Interpol"},
        {"thing": "searches", "scope": "Lyon", "source": "Interpol"},
    )
    table["value"] = [12.0, 64.0, 12.0]
    table = with_subjects(table.drop(columns=["subject", "subject_label"]), CONCEPTS)
    subjects = table["subject"].tolist()
    assert subjects[0] == subjects[2] != subjects[1]
    assert "the area of Parquet de Lyon" in table["subject_evidence"].iloc[0]


@pytest.mark.parametrize(
    ("quote", "text", "lang", "role"),
    [
        ("Sono caduti 90 millimetri di pioggia in 6 ore.", "6", "it", "window"),
        ("Les trains ont transporté 40 000 voyageurs en deux jours.", "deux", "fr", "window"),
        (
            "Tickets refunded if cut less than 10 days before travel.",
            "less than 10",
            "en",
            "offset",
        ),
        ("Il ponte è crollato tre giorni dopo l'allerta.", "tre", "it", "offset"),
        ("Une telle crue n'avait pas été vue depuis 50 ans.", "50", "fr", "since"),
        ("The carrier has 30 days to appeal.", "30", "en", ""),
        ("Le cartel a fonctionné pendant 8 ans.", "8", "fr", ""),
    ],
)
def test_what_a_duration_measures_is_read_from_its_words(quote, text, lang, role) -> None:
    assert span(quote, text, lang) == role


def test_a_window_and_an_offset_of_days_are_not_one_duration() -> None:
    window = "Les trains ont transporté 40 000 voyageurs en deux jours."
    offset = "Billets remboursés si le train est supprimé 10 jours avant le départ."
    lasting = "The walkout lasted two days."
    table = claims(
        {"thing": "jours", "lang": "fr", "quote": window, "text": "deux", "value": 2.0},
        {"thing": "jours", "lang": "fr", "quote": offset, "text": "10", "value": 10.0},
        {"thing": "days", "quote": lasting, "text": "two", "value": 2.0},
    )
    assert table["subject"].nunique() == 3
    assert "the time covered" in table["subject_label"].iloc[0]


@pytest.mark.parametrize(
    ("quote", "lang", "text"),
    [
        ("La Regione ha stanziato altri 12 milioni di aiuti alle imprese.", "it", "12 milioni"),
        ("The council approved an additional €12 million in aid.", "en", "€12 million"),
        (
            "L'État débloque 12 millions d'euros supplémentaires d'aide.",
            "fr",
            "12 millions d'euros",
        ),
    ],
)
def test_an_amount_added_to_one_told_before_is_the_change(quote, lang, text) -> None:
    table = claims(
        {"quote": quote, "lang": lang, "text": text, "value": 12e6, "currency": "EUR",
         "thing": "aid", "concept": "aid"},
        {"quote": "Aid of €8 million was approved.", "text": "€8 million", "value": 8e6,
         "currency": "EUR", "thing": "aid", "concept": "aid"},
    )  # fmt: skip
    assert table["subject_label"].iloc[0].endswith("the change")
    assert table["subject"].iloc[1] and table["subject"].iloc[0] != table["subject"].iloc[1]


def test_a_facility_s_figure_given_at_nested_places_is_one_figure() -> None:
    table = claims(
        {"thing": "électrolyseur", "lang": "fr", "unit": "megawatt", "value": 200.0},
        {"thing": "electrolyser", "unit": "megawatt", "value": 200.0, "scope": "Spain"},
        {"thing": "elettrolizzatore", "lang": "it", "unit": "megawatt", "value": 200.0,
         "scope": "Tarragona"},
        {"thing": "electrolyser", "unit": "megawatt", "value": 200.0, "scope": "Tarragona"},
        # another figure at another place stays its own
        {"thing": "electrolyser", "unit": "megawatt", "value": 900.0, "scope": "Portugal"},
    )  # fmt: skip
    subjects = table["subject"].tolist()
    assert len(set(subjects[:4])) == 1 and "Tarragona" in table["subject_label"].iloc[0]
    assert subjects[4] != subjects[0]


def test_a_workforce_left_unowned_is_the_only_owner_s_whatever_its_figure() -> None:
    table = claims(
        {"thing": "salariés", "lang": "fr", "owner": "Fromagerie Belcaire", "value": 140.0},
        {"thing": "dipendenti", "lang": "it", "value": 410.0},  # a slip: the same workforce
    )
    assert table["subject"].nunique() == 1
    assert "owner not stated" in table["subject_evidence"].iloc[1]


def test_a_figure_before_its_document_s_total_is_a_part_of_it() -> None:
    first = "Les gendarmes ont interpellé 7 personnes dans l'Aude."
    total = "Au total, 31 personnes ont été interpellées dans quatre pays."
    table = claims(
        {"thing": "interpellations", "lang": "fr", "quote": first, "text": "7", "value": 7.0},
        {"thing": "interpellations", "lang": "fr", "quote": total, "text": "31", "value": 31.0},
        {"thing": "arrests", "quote": "Police made 31 arrests.", "text": "31", "value": 31.0},
    )
    table["doc"] = ["d0.md", "d0.md", "d2.md"]
    table = with_subjects(table.drop(columns=["subject", "subject_label"]), CONCEPTS)
    subjects = table["subject"].tolist()
    assert "|part=" in subjects[0]
    assert subjects[1] == subjects[2] != subjects[0]


@pytest.mark.parametrize(
    ("thing", "lang"),
    [("comme", "fr"), ("oggi", "it"), ("come", "it"), ("yesterday", "en"), ("hier", "fr")],
)
def test_a_function_word_read_as_the_noun_names_nothing(thing: str, lang: str) -> None:
    # "8 blessés, et non 6 comme dit hier": "comme" is no thing the 6 counts, and a figure
    # keyed on it would join nothing (nor take the noun its sentence gives)
    assert noun_key(thing, thing, CONCEPTS, lang).key == ""
    assert noun_key("", thing, CONCEPTS, lang).key == ""
