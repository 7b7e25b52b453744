"""Series: the timeline of a running count joins figures that name its place and figures
that do not, when the coverage gives it one place. The sentences are written for these tests."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from test_alignment import claims  # noqa: E402


def _toll(*rows: tuple) -> list[str]:
    """The series of death tolls given as (doc, scope, day, value, quote)."""
    return claims(
        *(
            {"doc": doc, "claim_id": f"{doc}#{i}", "thing": "dead", "scope": scope,
             "refers_to": day, "published": day, "value": value, "text": str(int(value)),
             "quote": quote}
            for i, (doc, scope, day, value, quote) in enumerate(rows)
        )
    )["series"].tolist()  # fmt: skip


def test_a_toll_with_no_place_joins_the_one_place_its_coverage_gives() -> None:
    # the wire names the island in its lead, the regional paper does not
    series = _toll(
        ("a.md", "", "2025-04-08", 4.0, "Four people died when the ferry capsized."),
        ("b.md", "Lampione", "2025-04-09", 6.0, "Six dead off Lampione after two more bodies."),
        ("c.md", "", "2025-04-10", 8.0, "The toll of the capsizing has risen to eight dead."),
    )
    assert len(set(series)) == 1 and "Lampione" in series[0]


def test_a_toll_with_no_place_stays_apart_when_coverage_gives_two_places() -> None:
    # heat deaths counted in two countries: an unplaced toll may be either
    series = _toll(
        ("a.md", "", "2025-07-08", 4.0, "Four deaths were blamed on the heat."),
        ("b.md", "Spain", "2025-07-09", 6.0, "Spain counted six heat deaths."),
        ("c.md", "Portugal", "2025-07-09", 3.0, "Portugal counted three heat deaths."),
    )
    assert len(set(series)) == 3


def test_a_place_that_marks_a_part_in_one_account_keeps_its_own_series() -> None:
    # "2,400 dead, 700 of them in Varela": the place tells a part from the whole
    series = _toll(
        ("a.md", "", "2025-02-03", 2400.0, "The quake killed 2,400 people, 700 in Varela."),
        ("a.md", "Varela", "2025-02-03", 700.0, "The quake killed 2,400 people, 700 in Varela."),
        ("b.md", "", "2025-02-04", 3100.0, "The toll has passed 3,100 dead."),
    )
    assert series[0] == series[2] != series[1]


def test_a_figure_of_another_magnitude_beside_the_toll_does_not_keep_it_apart() -> None:
    # the agency's yearly toll of a whole sea, beside one wreck's toll of 7
    series = _toll(
        ("a.md", "", "2025-04-08", 5.0, "Five people died when the boat sank."),
        ("b.md", "Lampione", "2025-04-09", 7.0, "Seven dead off Lampione."),
        ("b.md", "", "2025-04-09", 930.0, "The agency counts 930 dead at sea this year."),
    )
    assert series[0] == series[1]


def _victims(*rows: tuple) -> list[str]:
    """The series of figures given as (doc, thing, day, value, quote), in Italian or French."""
    return claims(
        *(
            {"doc": doc, "claim_id": f"{doc}#{i}", "thing": thing, "refers_to": day,
             "published": day, "value": value, "text": text, "quote": quote, "lang": lang}
            for i, (doc, lang, thing, day, value, text, quote) in enumerate(rows)
        )
    )["series"].tolist()  # fmt: skip


def test_a_toll_of_victims_on_a_day_with_no_dead_given_is_the_toll_of_the_dead() -> None:
    # the wire counts the dead, the local paper the "victims" the next day: one toll
    series = _victims(
        ("a.md", "fr", "morts", "2025-03-11", 7.0, "7", "Le naufrage a fait 7 morts mardi."),
        ("b.md", "it", "vittime", "2025-03-12", 10.0, "10",
         "Le vittime sono ora 10, dice la Guardia costiera."),
    )  # fmt: skip
    assert series[0] == series[1] and series[0].startswith("dead")


def test_victims_stay_victims_in_a_story_that_counts_two_kinds_of_them() -> None:
    # the dead and the injured: "victims" may be either
    series = _victims(
        ("a.md", "fr", "morts", "2025-03-11", 7.0, "7", "L'explosion a fait 7 morts mardi."),
        ("a.md", "fr", "blessés", "2025-03-11", 30.0, "30", "On compte aussi 30 blessés."),
        ("b.md", "it", "vittime", "2025-03-12", 10.0, "10", "Le vittime sono 10."),
    )  # fmt: skip
    assert series[2].startswith("victim")


def test_the_number_of_victims_is_a_count_of_victims() -> None:
    # "il numero delle vittime": the thing after the head that names its count
    series = _victims(
        ("a.md", "fr", "morts", "2025-03-11", 7.0, "7", "Le naufrage a fait 7 morts mardi."),
        ("b.md", "it", "numero delle vittime", "2025-03-12", 10.0, "10",
         "Il numero delle vittime del naufragio è di 10."),
    )  # fmt: skip
    assert series[0] == series[1]


def _owned(*rows: tuple) -> list[str]:
    """The series of figures given as (doc, thing, owner, day, value, currency)."""
    return claims(
        *(
            {"doc": doc, "claim_id": f"{doc}#{i}", "thing": thing, "owner": owner,
             "refers_to": day, "published": day, "value": value, "text": str(int(value)),
             "currency": currency}
            for i, (doc, thing, owner, day, value, currency) in enumerate(rows)
        )
    )["series"].tolist()  # fmt: skip


def test_a_toll_with_no_owner_joins_the_one_owner_its_coverage_reads() -> None:
    # "the death toll from cyclone Ysolde rose to 9" reads the cyclone as the toll's owner;
    # the day before, "7 morts" named none: one toll
    series = _owned(
        ("a.md", "morts", "", "2025-02-03", 7.0, ""),
        ("b.md", "dead", "Ysolde", "2025-02-04", 9.0, ""),
    )
    assert series[0] == series[1]


def test_money_or_a_document_giving_both_keeps_an_owner_s_series_apart() -> None:
    # a sector's damage is not the region's; one account giving both tells them apart
    money = _owned(
        ("a.md", "damage", "", "2025-02-03", 40e6, "EUR"),
        ("b.md", "damage", "farmers", "2025-02-04", 9e6, "EUR"),
    )
    both = _owned(
        ("a.md", "injured", "", "2025-02-03", 40.0, ""),
        ("a.md", "injured", "Ferrovie Ovest", "2025-02-03", 12.0, ""),
        ("b.md", "injured", "Ferrovie Ovest", "2025-02-04", 14.0, ""),
    )
    assert money[0] != money[1] and both[0] != both[2]


def test_a_toll_with_no_place_stays_apart_in_a_story_that_counts_places() -> None:
    # an operation "in 3 countries": the unplaced toll is the whole, one country's a part
    rows = [
        ("a.md", "", "2025-05-12", 3.0, "Police in 3 countries raided the ring."),
        ("a.md", "", "2025-05-12", 2600.0, "The ring cheated more than 2,600 victims."),
        ("b.md", "Latvia", "2025-05-12", 450.0, "In Latvia, some 450 victims came forward."),
        ("c.md", "", "2025-05-13", 2900.0, "Investigators now count 2,900 victims."),
    ]
    table = claims(
        *(
            {"doc": doc, "claim_id": f"{doc}#{i}", "thing": "countries" if i == 0 else "victims",
             "scope": scope, "refers_to": day, "published": day, "value": value,
             "text": str(int(value)), "quote": quote}
            for i, (doc, scope, day, value, quote) in enumerate(rows)
        )
    )  # fmt: skip
    series = table["series"].tolist()
    assert series[1] == series[3] != series[2]
    assert "Latvia" not in series[1]
