"""Figures that state the same quantity by their neighbours, not their words alone: a part
compared through its whole, and an unplaced figure that another account gives at one place
on the same day. The sentences are written for these tests."""

from __future__ import annotations

import sys
from pathlib import Path

import pandas as pd
import pytest

from sourcecheck.align import with_subjects

sys.path.insert(0, str(Path(__file__).parent))
from test_alignment import CONCEPTS, claims  # noqa: E402


def _aligned(table: pd.DataFrame) -> list[str]:
    return with_subjects(table.drop(columns=["subject", "subject_label"]), CONCEPTS)[
        "subject"
    ].tolist()


def _with_parts(table: pd.DataFrame, values: list[float], docs: list[str], wholes: dict) -> list:
    """Subjects of `table` with `values`, one document per row as `docs` names it (ids
    "<doc>#<row>"), and `wholes`: row → the row its frame names as its whole."""
    ids = [f"{d}#{i}" for i, d in enumerate(docs)]
    table = table.assign(value=values, doc=docs, claim_id=ids)
    table["part_of"] = [ids[wholes[i]] if i in wholes else "" for i in range(len(ids))]
    return _aligned(table)


def test_parts_of_two_wholes_are_two_quantities() -> None:
    # "d0": "the fire injured 40 workers, 9 of whom are in hospital"; "d1": "130 passengers
    # were hurt, of which 25 in hospital"; "d2": "130 passeggeri feriti, 25 dei quali
    # ricoverati". Two parts of one noun and day, of two wholes; the Italian one is the
    # second told again.
    table = claims(
        {"thing": "workers", "refers_to": "2025-06-04"},
        {"thing": "hospitalisations", "refers_to": "2025-06-04"},
        {"thing": "passengers", "refers_to": "2025-06-04"},
        {"thing": "hospitalisations", "refers_to": "2025-06-04"},
        {"thing": "passeggeri", "refers_to": "2025-06-04", "lang": "it"},
        {"thing": "ricoverati", "refers_to": "2025-06-04", "lang": "it"},
    )
    docs = ["d0.md", "d0.md", "d1.md", "d1.md", "d2.md", "d2.md"]
    subjects = _with_parts(table, [40.0, 9.0, 130.0, 25.0, 130.0, 25.0], docs, {1: 0, 3: 2, 5: 4})
    assert all("|part=" in subjects[i] for i in (1, 3, 5))
    assert subjects[1] != subjects[3]  # 9 of the 40 workers is not 25 of the 130 passengers
    assert subjects[3] == subjects[5]  # one part of one whole, told twice


def test_an_unplaced_running_count_takes_the_place_giving_its_figure_that_day() -> None:
    # a regional wire: "Il contagio è salito oggi a 73 casi"; a French wire the same day:
    # "En Autriche, 73 cas"; and "En Slovénie, 12 cas" the same day.
    table = claims(
        {"thing": "casi", "lang": "it", "refers_to": "2025-06-04"},
        {"thing": "cas", "lang": "fr", "scope": "Austria", "refers_to": "2025-06-04"},
        {"thing": "cas", "lang": "fr", "scope": "Slovenia", "refers_to": "2025-06-04"},
    )
    table["value"] = [73.0, 73.0, 12.0]
    subjects = _aligned(table)
    assert subjects[0] == subjects[1]
    assert subjects[0] != subjects[2]


def test_an_unplaced_figure_keeps_no_place_when_the_day_or_the_figure_differs() -> None:
    table = claims(
        {"thing": "casi", "lang": "it", "refers_to": "2025-06-04"},
        {"thing": "cas", "lang": "fr", "scope": "Austria", "refers_to": "2025-06-05"},
        {"thing": "cases", "refers_to": "2025-06-04"},
        {"thing": "cases", "scope": "Slovenia", "refers_to": "2025-06-04"},
    )
    table["value"] = [73.0, 73.0, 4.0, 4.0]  # another day; a figure chance shares
    subjects = _aligned(table)
    assert "Austria" not in subjects[0] and "Slovenia" not in subjects[2]


def test_an_unplaced_figure_beside_its_own_placed_figure_stays_the_whole() -> None:
    # "73 cases in all, 20 of them in Austria" in one document; "20 cas en Autriche" (other)
    table = claims(
        {"thing": "cases", "refers_to": "2025-06-04"},
        {"thing": "cases", "scope": "Austria", "refers_to": "2025-06-04"},
        {"thing": "cas", "lang": "fr", "scope": "Austria", "refers_to": "2025-06-04"},
        {"thing": "cases", "refers_to": "2025-06-04"},
    )
    table["value"] = [73.0, 20.0, 73.0, 20.0]
    table["doc"] = ["d0.md", "d0.md", "d2.md", "d3.md"]
    subjects = _aligned(table)
    assert subjects[0] != subjects[2]  # its own document places 20 in Austria, not 73
    assert subjects[3] == subjects[1]


def test_a_figure_that_drops_the_rate_of_another_account_is_that_rate() -> None:
    # "risparmi per 2,8 miliardi di euro l'anno" / "savings of €2.8 billion" / "€2.9 billion"
    table = claims(
        {"thing": "risparmi", "lang": "it", "currency": "EUR", "rate": "per_year"},
        {"thing": "savings", "currency": "EUR"},
        {"thing": "savings", "currency": "EUR"},
    )
    table["value"] = [2.8e9, 2.8e9, 2.9e9]
    subjects = _aligned(table)
    assert subjects[0] == subjects[1] == subjects[2]


def test_a_total_stays_a_total_when_its_figure_or_its_document_tells_it_apart() -> None:
    # "1 500 euros par mois" against "a bonus of 18,000 euros" (another figure), and a
    # document giving "an investment of 4 million a year, 12 million over three years" (both told)
    table = claims(
        {"thing": "prime", "lang": "fr", "currency": "EUR", "rate": "per_month"},
        {"thing": "bonus", "currency": "EUR"},
        {"thing": "investment", "currency": "EUR", "rate": "per_year"},
        {"thing": "investment", "currency": "EUR"},
        {"thing": "investment", "currency": "EUR"},
    )
    table["value"] = [1500.0, 18000.0, 4e6, 12e6, 4e6]
    table["doc"] = ["d0.md", "d1.md", "d2.md", "d2.md", "d3.md"]
    subjects = _aligned(table)
    assert subjects[0] != subjects[1]
    assert subjects[2] != subjects[3]
    assert subjects[4] == subjects[2]  # another account's 4 million is the yearly one


def test_a_part_is_at_the_place_its_whole_was_given() -> None:
    # "Il contagio è salito a 73 casi. Dei 73 casi, 50 sono confermati." and "En Autriche,
    # 73 cas" the same day; elsewhere "Slovenia: 50 unconfirmed cases" stays apart.
    table = claims(
        {"thing": "casi", "lang": "it", "refers_to": "2025-06-04"},
        {"thing": "casi", "lang": "it", "refers_to": "2025-06-04"},
        {"thing": "cas", "lang": "fr", "scope": "Austria", "refers_to": "2025-06-04"},
        {"thing": "cases", "refers_to": "2025-06-04"},
    )
    docs = ["d0.md", "d0.md", "d2.md", "d3.md"]
    subjects = _with_parts(table, [73.0, 50.0, 73.0, 19.0], docs, {1: 0})
    assert subjects[0] == subjects[2]
    assert "Austria" in subjects[1] and "|part=" in subjects[1]
    assert subjects[1] != subjects[3]  # not the unplaced 19 of another country


def test_unknown_nouns_no_other_document_uses_join_on_the_same_figure() -> None:
    # "14 opérateurs régionaux ont porté plainte" / "14 gestori locali" / "14 grievances"
    table = claims(
        {"thing": "opérateurs régionaux", "lang": "fr"},
        {"thing": "gestori locali", "lang": "it"},
        {"thing": "grievances"},
        {"thing": "gestori locali", "lang": "it"},
    )
    table["value"] = [14.0, 14.0, 15.0, 12.0]
    table["doc"] = ["d0.md", "d1.md", "d2.md", "d1.md"]
    subjects = _aligned(table)
    assert subjects[0] == subjects[1]
    assert subjects[2] != subjects[0]  # another figure: nothing says it is the same
    assert subjects[3] != subjects[0]


def test_an_unknown_noun_keeps_apart_from_a_known_noun_of_the_same_figure() -> None:
    # "5 500 apparati di rete" beside "5 500 servers": a drift of terms, not one noun
    table = claims({"thing": "apparati di rete", "lang": "it"}, {"thing": "servers"})
    table["value"] = [5500.0, 5500.0]
    subjects = _aligned(table)
    assert subjects[0] != subjects[1]


def test_a_figure_that_drops_a_modifier_takes_the_marked_noun_of_its_figure() -> None:
    # "a cap of 4% of daily turnover" / "capped at 4% of turnover" /
    # "il 12% del fatturato" (another share, told as such elsewhere too)
    table = claims(
        {"thing": "daily turnover", "concept": "revenue", "unit": "percent"},
        {"thing": "turnover", "unit": "percent"},
        {"thing": "fatturato", "lang": "it", "unit": "percent"},
        {"thing": "revenue", "unit": "percent"},
    )
    table["value"] = [4.0, 4.0, 12.0, 12.0]
    subjects = _aligned(table)
    assert "daily" in subjects[0]
    assert subjects[1] == subjects[0]
    assert subjects[2] == subjects[3] != subjects[0]


def test_a_small_measure_with_no_noun_takes_the_noun_of_its_figure_elsewhere() -> None:
    # "Customs seized 2.7 tonnes (5,950 pounds) over the year" / "2,7 tonnes d'héroïne";
    # a small count with no noun ("7 of them") stays without one: counts recur by chance
    table = claims(
        {"unit": "metric_ton"},
        {"thing": "héroïne", "lang": "fr", "unit": "metric_ton"},
        {},
        {"thing": "containers"},
    )
    table["value"] = [2.7, 2.7, 7.0, 7.0]
    subjects = _aligned(table)
    assert subjects[0] == subjects[1] != ""
    assert subjects[2] != subjects[3]


@pytest.mark.parametrize(
    ("quote", "text", "noun", "lang", "change"),
    [
        ("Les intérimaires perdraient 4 mois de droits au printemps.", "4", "mois", "fr", True),
        ("Part-time staff would lose four months of cover.", "four", "months", "en", True),
        ("I precari perderebbero 4 mesi di copertura.", "4", "mesi", "it", True),
        ("La copertura dura 4 mesi per i precari.", "4", "mesi", "it", False),
        ("L'usine a perdu 400 emplois en un an.", "400", "emplois", "fr", False),  # a count
    ],
)
def test_a_duration_lost_or_gained_is_an_amount_of_change(quote, text, noun, lang, change):
    table = claims({"thing": noun, "quote": quote, "text": text, "lang": lang})
    assert ("|state=change" in table["subject"].iloc[0]) is change


def test_a_part_with_an_owner_of_its_own_is_that_owner_s_figure() -> None:
    # "La Région chiffre les dégâts à 90 millions, dont 25 millions pour la viticulture" /
    # "i danni alla viticoltura superano i 30 milioni": the two wine growers' figures meet
    table = claims(
        {"thing": "dégâts", "lang": "fr", "currency": "EUR"},
        {"thing": "dégâts", "lang": "fr", "currency": "EUR", "owner": "viticulture"},
        {"thing": "danni", "lang": "it", "currency": "EUR", "owner": "viticulture"},
    )
    subjects = _with_parts(table, [90e6, 25e6, 30e6], ["d0.md", "d0.md", "d2.md"], {1: 0})
    assert subjects[1] == subjects[2] != subjects[0]
    assert "|part=" not in subjects[1]


def test_an_unknown_noun_with_a_qualifier_joins_the_bare_noun_once() -> None:
    # "80 000 tonnes de méthanol vert par an" / "80,000 tonnes of methanol a year" /
    # "80mila tonnellate di metanolo"; but "green methanol" beside "blue methanol" are two
    one = claims(
        {"thing": "méthanol vert", "lang": "fr", "unit": "metric_ton"},
        {"thing": "methanol", "unit": "metric_ton"},
        {"thing": "metanolo", "lang": "it", "unit": "metric_ton"},
    )
    assert one["subject"].nunique() == 1 and one["subject"].iloc[0]
    two = claims(
        {"thing": "green methanol", "unit": "metric_ton"},
        {"thing": "blue methanol", "unit": "metric_ton"},
        {"thing": "methanol", "unit": "metric_ton"},
    )
    assert two["subject"].nunique() == 3
