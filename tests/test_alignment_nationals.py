"""A country's count of its own nationals is a part of the toll, not another account of it.

The sentences are written for these tests; each row is a claim as extraction gives it.
"""

from __future__ import annotations

import sys
from pathlib import Path

from sourcecheck.align.nationals import carried_by, told_of

sys.path.insert(0, str(Path(__file__).parent))
from test_alignment_tallies import claims  # noqa: E402


def _figures(quote: str, *texts: str) -> tuple[tuple[int, int], ...]:
    return tuple((quote.find(t), quote.find(t) + len(t)) for t in texts)


def test_nationals_are_read_in_each_language() -> None:
    fr = "Parmi les Belges, 2 personnes ont été blessées."
    assert told_of(fr, _figures(fr, "2")) == ["Belgium"]
    en = "Orsevald's ministry said 3 nationals were hurt, 1 of them seriously."
    assert told_of(en, _figures(en, "3", "1")) == ["", ""]
    it = "Tra i turisti tedeschi si contano 2 feriti."
    assert told_of(it, _figures(it, "2")) == ["Germany"]
    en = "Of the 40 passengers, 12 were Danish citizens."
    assert told_of(en, _figures(en, "40", "12")) == [None, "Denmark"]


def test_people_without_a_country_are_no_nationals() -> None:
    # "cittadini" alone are the people of a town, "among the" without a demonym no country
    it = "Il sindaco ha incontrato 300 cittadini davanti al municipio."
    assert told_of(it, _figures(it, "300")) == [None]
    en = "Among the injured, 4 were children."
    assert told_of(en, _figures(en, "4")) == [None]


def test_a_ministry_s_count_of_its_nationals_stays_apart_from_the_toll() -> None:
    toll = "Le bilan fait état de 3 morts et de 20 blessés, selon la préfecture de Tervani."
    ministry = "Secondo la Farnesina, 1 connazionale è morto e 6 sono rimasti feriti."
    wire = "Among the Italians on board, 1 died and 6 were injured, Rome said."
    table = claims(
        {"thing": "morts", "value": 3, "lang": "fr", "text": "3", "quote": toll, "doc": "a.md"},
        {"thing": "blessés", "value": 20, "lang": "fr", "text": "20", "quote": toll,
         "doc": "a.md"},
        {"thing": "morti", "value": 1, "lang": "it", "text": "1",
         "quote": ministry, "doc": "b.md"},
        {"thing": "feriti", "value": 6, "lang": "it", "text": "6", "quote": ministry,
         "doc": "b.md"},
        {"thing": "dead", "value": 1, "text": "1", "quote": wire, "doc": "c.md"},
        {"thing": "injured", "value": 6, "text": "6", "quote": wire, "doc": "c.md"},
    )  # fmt: skip
    subjects = table["subject"].tolist()
    assert subjects[0] != subjects[2] and subjects[1] != subjects[3]  # 1 of 3, 6 of 20
    assert subjects[2] == subjects[4] and subjects[3] == subjects[5]  # one group, told twice
    assert "nationals only" in table["subject_label"].iloc[3]


def test_the_nationals_of_two_countries_are_two_groups() -> None:
    austrians = "Tra gli austriaci si contano 4 feriti, secondo l'ambasciata."
    belgians = "Parmi les Belges, 2 blessés, selon l'ambassade de Kolmira."
    table = claims(
        {"thing": "feriti", "value": 4, "lang": "it", "text": "4", "quote": austrians},
        {"thing": "blessés", "value": 2, "lang": "fr", "text": "2", "quote": belgians},
    )  # fmt: skip
    subjects = table["subject"].tolist()
    assert all("|who=nationals" in s for s in subjects)
    assert subjects[0] != subjects[1]


def test_a_toll_without_nationals_keeps_its_subject() -> None:
    told = [
        ("blessés", 20, "fr", "L'accident a fait 20 blessés, selon les pompiers de Brusenthal."),
        ("injured", 21, "en", "Police said 21 people were injured in the crash."),
    ]
    table = claims(
        *({"thing": t, "value": v, "lang": la, "text": str(v), "quote": q} for t, v, la, q in told)
    )
    assert table["subject"].nunique() == 1
    assert not any("nationals" in s for s in table["subject"])


def test_a_figure_whose_digit_opens_an_earlier_figure_is_read_at_its_own_place() -> None:
    # "2" stands first inside "24": read there, it is no count of nationals and no part
    toll = "The Kelvara ferry fire killed 5 people, the Torlund coastguard said."
    wire = "24 of the passengers were Danish citizens, 2 of whom were among the dead, Ostmark said."
    table = claims(
        {"thing": "dead", "value": 5, "text": "5", "quote": toll, "doc": "a.md"},
        {"thing": "passengers", "value": 24, "text": "24", "quote": wire, "doc": "b.md",
         "claim_id": "b.md#0", "start": 0},
        {"thing": "dead", "value": 2, "text": "2", "quote": wire, "doc": "b.md",
         "claim_id": "b.md#44", "start": 44},
    )  # fmt: skip
    subjects = table["subject"].tolist()
    assert "|who=nationals" in subjects[2]
    assert subjects[0] != subjects[2]


def test_a_noun_with_a_demonym_counts_nationals_in_each_language() -> None:
    it = "Le vittime tedesche finora identificate sono 14, secondo Varnholt."
    assert carried_by(it, "vittime") == "Germany"
    fr = "Les victimes belges recensées par Quessel sont 9."
    assert carried_by(fr, "victimes") == "Belgium"
    en = "Orlenza said 7 Austrian victims had been named."
    assert carried_by(en, "victims") == "Austria"
    assert carried_by("The 11 tourists hurt near Orlenza were flown home.", "tourists") is None


def test_a_count_of_victims_of_one_country_stays_apart_from_the_toll() -> None:
    toll = "L'operazione di Varnholt ha individuato 9.400 vittime in tutto."
    italians = "Le vittime francesi già rintracciate sono 3.100, secondo Varnholt."
    wire = "Varnholt said 9,400 victims had been found worldwide."
    table = claims(
        {"thing": "vittime", "value": 9400, "lang": "it", "text": "9.400", "quote": toll,
         "doc": "a.md"},
        {"thing": "vittime", "value": 3100, "lang": "it", "text": "3.100", "quote": italians,
         "doc": "b.md"},
        {"thing": "victims", "value": 9400, "text": "9,400", "quote": wire, "doc": "c.md"},
    )  # fmt: skip
    subjects = table["subject"].tolist()
    assert "|who=nationals" in subjects[1]
    assert subjects[0] == subjects[2] != subjects[1]
