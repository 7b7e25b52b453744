"""Whose figure: owners read from more shapes of the clause, a name's variants taken as one
owner, and figures of different owners never one quantity. The sentences are written for
these tests."""

from __future__ import annotations

import sys
from pathlib import Path

import pandas as pd
import pytest

from sourcecheck.align.anchors import earlier_year

sys.path.insert(0, str(Path(__file__).parent))
from test_alignment import claims, same  # noqa: E402
from test_frames_owner import claims as read  # noqa: E402

# sentence → (language, figure, owner)
OWNED = {
    # a relative clause after the amount names who paid it, before a possessive
    "Kestrel's penalty is twice the €390 million that Tallis Retail was ordered to pay.":
        ("en", "€390 million", "Tallis Retail"),
    "È il doppio dei 390 milioni di euro che Tallis ha pagato nel 2022.":
        ("it", "390 milioni di euro", "Tallis"),
    # a participle after the name: "celle d'Orvane, sanctionnée de …"
    "L'amende reste inférieure à celle d'Orvane Social, sanctionnée de 1,2 milliard d'euros.":
        ("fr", "1,2 milliard d'euros", "Orvane Social"),
    "Resta sotto quella di Orvane Social, multata per 1,2 miliardi di euro.":
        ("it", "1,2 miliardi di euro", "Orvane Social"),
    # a count held by the subject of an employing or gathering verb
    "Kestrel, qui emploie 4 200 salariés en Irlande, fera appel.": ("fr", "4 200", "Kestrel"),
    "Kestrel Mobile employs 4,200 people in Ireland.": ("en", "4,200", "Kestrel Mobile"),
    "La rete Terrafibra, che riunisce 35 aziende, ha protestato.": ("it", "35", "Terrafibra"),
    # sectors: farmers and winegrowers
    "Farmers put their losses at €18 million.": ("en", "€18 million", "agriculture"),
    "Les pertes des viticulteurs atteignent 9 millions d'euros.":
        ("fr", "9 millions d'euros", "viticulture"),
    # no owner: a source is not an owner of a count
    "Police reported 40 arrests.": ("en", "40", ""),
}  # fmt: skip


@pytest.mark.parametrize("body", OWNED)
def test_the_owner_is_read_from_the_clause(body: str) -> None:
    lang, figure, owner = OWNED[body]
    assert read(body, lang)[figure]["owner"] == owner


def aligned(*rows: dict) -> pd.DataFrame:
    """Fines in euros of one case, one document each unless a row names its own."""
    return claims(*({"thing": "fine", "currency": "EUR", **row} for row in rows))


@pytest.mark.parametrize(
    ("owners", "subjects"),
    [
        (("Kestrel", "Kestrel Mobile", "Kestrel Mobile Europe"), 1),  # one name's variants
        (("Kestrel Mobile", "Orvane Social", "Tallis Retail"), 3),  # never one quantity
        # a title the frame read into the name ("Regulator Orvane Social said …")
        (("Orvane Social", "Regulator Orvane Social", "Orvane Social"), 1),
        (("Air Montreval", "Montreval", "Montreval"), 2),  # one word left: another owner
    ],
)
def test_owners_keep_figures_apart_and_variants_together(owners, subjects) -> None:
    table = aligned(
        *({"value": v, "owner": o} for v, o in zip((910e6, 910e6, 900e6), owners, strict=True))
    )
    assert table["subject"].nunique() == subjects


@pytest.mark.parametrize("pronoun", ["Elle", "elles", "Questa", "they"])
def test_a_pronoun_read_as_the_owner_is_no_owner(pronoun) -> None:
    # "Brellin Foods owes €340 million" in one account; "Elle doit 340 millions d'euros"
    # in another: the pronoun is the company, unknown as an owner, not a second owner
    table = aligned(
        {"thing": "debt", "value": 340e6, "owner": "Brellin Foods", "doc": "a.md"},
        {"thing": "debt", "value": 340e6, "owner": pronoun, "doc": "b.md", "lang": "fr"},
    )
    assert table["subject"].nunique() == 1


def test_an_unowned_figure_takes_the_only_owner_unless_its_document_tells_them_apart() -> None:
    # "Farm losses reached €80 million … damage overall tops €400 million" (one document);
    # another wire gives "damage of €80 million" with no owner
    table = aligned(
        {"thing": "damage", "value": 80e6, "owner": "agriculture", "doc": "a.md"},
        {"thing": "damage", "value": 400e6, "doc": "a.md"},
        {"thing": "damage", "value": 80e6, "doc": "b.md"},
    )
    subjects = table["subject"].tolist()
    assert subjects[0] == subjects[2]
    assert subjects[1] != subjects[0]


def test_a_document_giving_an_owner_s_measure_unowned_keeps_its_other_measure_apart() -> None:
    # a wire: "Nordgrid's demand peaked at 41 GW"; a paper: "la pointe a atteint 35 200 MW
    # … chez Nordgrid, 41 000 MW" (the owner unread in both): the 35,200 MW is another grid's
    base = {"thing": "power demand", "currency": "", "refers_to": "2025-07-08"}
    table = claims(
        {**base, "value": 41.0, "unit": "gigawatt", "owner": "Nordgrid", "doc": "a.md"},
        {**base, "value": 35200.0, "unit": "megawatt", "doc": "b.md", "lang": "fr"},
        {**base, "value": 41000.0, "unit": "megawatt", "doc": "b.md", "lang": "fr",
         "claim_id": "b.md#1"},
    )  # fmt: skip
    subjects = table["subject"].tolist()
    assert subjects[0] != subjects[1]
    assert "nordgrid" in subjects[2].lower()


@pytest.mark.parametrize(
    ("quote", "text", "year"),
    [
        ("En 2022, Tallis Retail avait écopé d'une amende de 390 millions d'euros.",
         "390 millions d'euros", "2022"),
        ("Twice the €390 million that Tallis Retail was ordered to pay in 2022.",
         "€390 million", "2022"),
        # another figure stands nearer the year: it is that figure's
        ("In 2022 it paid €390 million; now €910 million.", "€910 million", ""),
        # a year opening the sentence dates each of its figures, unless now is said between
        ("Nel 2019, la frana aveva distrutto 14 case e causato 9 milioni di danni.",
         "9 milioni", "2019"),
        ("En 2019, le site comptait 140 salariés ; il en compte 210 aujourd'hui.", "210", ""),
        # a year still to come: a forecast for it, not the count of the day
        ("Le port table sur 3,2 millions de croisiéristes en 2027.", "3,2 millions", "2027"),
        ("Il porto prevede 3,2 milioni di crocieristi nel 2027, contro 2,8 milioni quest'anno.",
         "2,8 milioni", ""),
    ],
)  # fmt: skip
def test_a_year_in_the_figure_s_clause_makes_it_that_year_s(quote, text, year) -> None:
    assert earlier_year(quote, text, "2025-09-03") == year


def test_a_name_s_amount_told_days_later_is_the_same_amount() -> None:
    # "fined Kestrel €910 million on Wednesday" … three days on, "la multa da 910 milioni di
    # dollari a Kestrel": the same fine (a currency swapped), not a later one
    table = aligned(
        {"value": 910e6, "owner": "Kestrel", "refers_to": "2025-09-03", "published": "2025-09-03"},
        {"value": 910e6, "owner": "Kestrel", "currency": "USD", "published": "2025-09-06"},
        {"thing": "damage", "value": 9e6, "owner": "agriculture", "refers_to": "2025-09-03"},
        {"thing": "damage", "value": 12e6, "owner": "agriculture", "published": "2025-09-06"},
    )
    subjects = table["subject"].tolist()
    assert subjects[0] == subjects[1]
    assert subjects[2] != subjects[3]  # a sector's damage grows over the days


def test_an_unowned_figure_takes_the_one_owner_whose_figure_it_gives() -> None:
    # "Kestrel was fined €910 million, Orvane €1.3 billion" … "the €910 million fine"
    table = aligned(
        {"value": 910e6, "owner": "Kestrel"},
        {"value": 1.3e9, "owner": "Orvane"},
        {"value": 910e6},
        {"value": 600e6},  # gives neither: stays apart from both
    )
    subjects = table["subject"].tolist()
    assert subjects[2] == subjects[0]
    assert subjects[3] not in (subjects[0], subjects[1])


def test_a_count_is_an_owner_s_only_when_it_gives_the_owner_s_figure() -> None:
    rows = [
        {"thing": "flights", "owner": "Brisa", "value": 143.0},
        {"thing": "flights", "value": 1850.0},  # the country's total, no one's
        {"thing": "flights", "value": 143.0},  # Brisa's figure, owner left unsaid
    ]
    table = claims(*rows)
    assert table.iloc[1]["subject"] != table.iloc[0]["subject"]
    assert table.iloc[2]["subject"] == table.iloc[0]["subject"]


def test_an_unowned_count_near_the_sole_owner_s_is_another_reading_of_it() -> None:
    # "Skyline Air cancelled 140 flights on Monday" … "95 voli cancellati lunedì": one count
    # read twice, a value conflict for an editor; the 2,300 cancelled in the whole country
    # hold other airlines' flights, and never join it
    table = claims(
        {"thing": "flights", "owner": "Skyline Air", "value": 140.0, "refers_to": "2024-03-04"},
        {"thing": "voli", "value": 95.0, "refers_to": "2024-03-04", "lang": "it"},
        {"thing": "flights", "value": 2300.0, "refers_to": "2024-03-04"},
    )
    subjects = table["subject"].tolist()
    assert subjects[1] == subjects[0]
    assert subjects[2] != subjects[0]


def test_an_unowned_count_never_joins_when_two_owners_give_that_count() -> None:
    # "Skyline Air cancelled 140 flights", "Norvento cancelled 120": whose are the 130?
    table = claims(
        {"thing": "flights", "owner": "Skyline Air", "value": 140.0},
        {"thing": "flights", "owner": "Norvento", "value": 120.0},
        {"thing": "flights", "value": 105.0},
    )
    subjects = table["subject"].tolist()
    assert subjects[2] not in (subjects[0], subjects[1])


def test_an_unowned_count_on_another_day_or_place_keeps_its_own_subject() -> None:
    # "Skyline Air cancelled 140 flights in Lyon on Monday" … "110 flights cancelled on
    # Tuesday", "90 flights cancelled in Nice on Monday"
    table = claims(
        {"thing": "flights", "owner": "Skyline Air", "value": 140.0, "scope": "Lyon",
         "refers_to": "2024-03-04"},
        {"thing": "flights", "value": 110.0, "scope": "Lyon", "refers_to": "2024-03-05"},
        {"thing": "flights", "value": 90.0, "scope": "Nice", "refers_to": "2024-03-04"},
    )  # fmt: skip
    subjects = table["subject"].tolist()
    assert subjects[0] not in (subjects[1], subjects[2])


def test_an_unowned_part_or_whole_is_no_rival_reading_of_the_owner_s_count() -> None:
    # "Skyline Air cancelled 140 flights" … "170 flights cancelled, 100 of them before
    # noon": the 170 holds a part of its own, and the 100 is a part; neither is Skyline's
    table = claims(
        {"thing": "flights", "owner": "Skyline Air", "value": 140.0},
        {"thing": "flights", "value": 170.0},
        {"thing": "flights", "value": 100.0, "part_of": "d1.md#0", "doc": "d1.md"},
    )
    subjects = table["subject"].tolist()
    assert subjects[0] not in (subjects[1], subjects[2])


def test_an_item_of_a_document_s_list_of_parts_is_no_reading_of_the_owner_s_count() -> None:
    # "The Corvell plant will keep 480 jobs" … another wire: "the cuts fall on France with 900
    # jobs, Spain with 610, Austria with 455 and Dunmere with 290": the 455, near the 480,
    # is an item of a breakdown, not Corvell's count read again; 610 as given is no one's
    wire = {"thing": "jobs", "doc": "d1.md"}
    table = claims(
        {"thing": "jobs", "owner": "Corvell", "value": 480.0},
        *({**wire, "value": v} for v in (900.0, 610.0, 455.0, 290.0)),
    )
    subjects = table["subject"].tolist()
    assert subjects[3] != subjects[0]
    # the same item alone in its document is still a rival reading of Corvell's
    table = claims({"thing": "jobs", "owner": "Corvell", "value": 480.0}, {**wire, "value": 455.0})
    assert table["subject"].nunique() == 1


def test_a_figure_with_no_noun_counts_what_its_owner_s_figures_of_its_measure_count() -> None:
    # "Harlen Vos a gagné avec 41,3 % des voix" in one account; "Harlen Vos ha vinto con il
    # 41,8%" in another: the owner and the measure say the bare share is a share of votes
    base = {"unit": "percent", "owner": "Harlen Vos"}
    table = claims(
        {**base, "thing": "voix", "value": 41.3, "doc": "a.md", "lang": "fr"},
        {**base, "value": 41.8, "doc": "b.md", "lang": "it"},
    )
    assert same(table)
    assert "its owner's figures" in table["subject_evidence"].iloc[1]


@pytest.mark.parametrize(
    ("rows", "why"),
    [
        # the owner's figures of the measure count two things: which one is unknown
        (({"thing": "revenue", "value": 28.0}, {"thing": "share price", "value": 30.0}), "two"),
        # one thing, but far from the bare figure: another quantity of that owner
        (({"thing": "revenue", "value": 2.0},), "far"),
        # another owner's figure says nothing of this owner's
        (({"thing": "revenue", "value": 29.0, "owner": "Orvane Social"},), "owner"),
    ],
)
def test_an_owner_s_figures_leave_a_bare_figure_alone_when_they_do_not_name_one_noun(
    rows, why
) -> None:
    base = {"unit": "percent", "owner": "Kestrel Mobile", "doc": "a.md"}
    table = claims(*({**base, **r} for r in rows), {**base, "value": 29.5, "doc": "b.md"})
    assert table["subject"].iloc[-1] == "", why


def test_a_part_takes_its_whole_s_owner_not_another_owner_s_equal_figure() -> None:
    # "Norway pledged €3 million, Denmark €1.2 million" … elsewhere "Norvale Fund released
    # €4 million. Of this amount, €1.2 million will buy tents": the €1.2 million is a part of
    # the fund's money, not Denmark's €1.2 million
    table = aligned(
        {"thing": "aid", "value": 3e6, "owner": "Norway"},
        {"thing": "aid", "value": 1.2e6, "owner": "Denmark"},
        {"thing": "aid", "value": 4e6, "doc": "f.md", "claim_id": "f.md#1"},
        {"thing": "aid", "value": 1.2e6, "doc": "f.md", "claim_id": "f.md#9", "part_of": "f.md#1"},
    )
    subjects = table["subject"].tolist()
    assert subjects[3] != subjects[1]


def test_a_figure_slipped_a_thousandfold_takes_the_owner_of_the_figure_it_slips() -> None:
    # "Quarnelle says data of 3.7 million subscribers were copied" (its release, Monday);
    # "6.2 million subscribers in all … 310,000 card numbers"; a wire on Thursday: "data of
    # 3.7 billion subscribers stolen", no owner, no day: the company's figure at a wrong scale
    table = claims(
        {"thing": "subscribers", "value": 3.7e6, "owner": "Quarnelle", "doc": "a.md",
         "refers_to": "2024-03-04"},
        {"thing": "subscribers", "value": 6.2e6, "doc": "a.md"},
        {"thing": "subscribers", "value": 310e3, "doc": "a.md"},
        {"thing": "subscribers", "value": 3.7e9, "doc": "b.md", "published": "2024-03-09"},
    )  # fmt: skip
    assert table["subject"][3] == table["subject"][0]  # one quantity: a slip to report


@pytest.mark.parametrize(
    ("lang", "quote"),
    [
        ("fr", "Contrairement à ce qu'affirme Ferrandou, ce ne sont pas 52 mais 61 ouvriers."),
        ("it", "Gli operai erano 61 secondo il sindacato e 52 secondo Ferrandou."),
    ],
)
def test_a_figure_set_against_an_owner_s_figure_is_a_rival_reading_of_it(lang, quote) -> None:
    # the company's release: "Ferrandou says 52 workers were on site"; a union account
    # sets its own count against the company's in one sentence: one quantity, a conflict
    workers = {"fr": "ouvriers", "it": "operai"}[lang]
    table = claims(
        {"thing": "workers", "value": 52, "owner": "Ferrandou", "doc": "a.md"},
        {"thing": workers, "value": 52, "owner": "Ferrandou", "doc": "b.md", "lang": lang,
         "quote": quote, "text": "52"},
        {"thing": workers, "value": 61, "doc": "b.md", "lang": lang, "quote": quote,
         "text": "61"},
        {"thing": "workers", "value": 240, "doc": "a.md"},  # the site's workforce, unowned
    )  # fmt: skip
    assert table["subject"][2] == table["subject"][0]


def test_an_unowned_amount_is_the_sole_owner_s_only_when_it_may_read_its_figures() -> None:
    # "Norvik was fined €680 million" … "a €590 million fine" (a rounding or a rival
    # reading), "a €680 thousand fine" (a slip of scale) join it; "the €52 million fine"
    # the regional fund paid is no reading of Norvik's and keeps its own subject
    table = aligned(
        {"value": 610e6, "owner": "Norvik"},
        {"value": 540e6},
        {"value": 610e3},
        {"value": 45e6},
    )
    subjects = table["subject"].tolist()
    assert subjects[1] == subjects[0]
    assert subjects[2] == subjects[0]
    assert subjects[3] != subjects[0]
