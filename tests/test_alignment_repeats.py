"""One source giving two values for one quantity in one document: two quantities.

The sentences are written for these tests; each row is a claim as extraction gives it.
"""

from __future__ import annotations

import pandas as pd
import pytest

from sourcecheck.align import with_subjects
from sourcecheck.extract.lexicon import load_concepts

CONCEPTS = load_concepts()


def claims(*rows: dict) -> pd.DataFrame:
    base = {
        "case": "c", "concept": "", "currency": "", "unit": "", "scope": "", "refers_to": "",
        "rate": "", "published": "2025-10-15", "quote": "", "lang": "en", "source": "Wire",
    }  # fmt: skip
    out = []
    for i, row in enumerate(rows):
        value = float(row["value"])
        doc = row.get("doc", "a.md")
        out.append(
            {
                **base,
                "claim_id": f"{doc}#{i}",
                "doc": doc,
                "text": str(row["value"]),
                "low": value,
                "high": value,
                "start": row.get("start", i * 100),
                "sentence": row.get("sentence", i),
                **row,
            }
        )
    for row in out:
        row["concept"] = CONCEPTS.match(row["thing"]) or ""
    return with_subjects(pd.DataFrame(out), CONCEPTS)


def test_two_values_of_one_source_in_two_sentences_are_two_quantities() -> None:
    # "Some 9,000 households were without power on Friday." … "On Thursday night
    # 31,000 households had lost power." (the day unread): two quantities, no conflict
    table = claims(
        {"thing": "households", "value": 9000},
        {"thing": "households", "value": 31000},
    )
    assert table["subject"].nunique() == 2
    assert "apart" in table["subject_evidence"].iloc[1]


def test_another_document_joins_the_figure_its_value_meets() -> None:
    table = claims(
        {"thing": "households", "value": 9000},
        {"thing": "households", "value": 31000},
        {"thing": "foyers", "value": 31000, "doc": "b.md", "lang": "fr", "source": "Enedis"},
        {"thing": "foyers", "value": 8000, "doc": "c.md", "lang": "fr", "source": "Enedis"},
    )
    subjects = table["subject"].tolist()
    assert subjects[1] == subjects[2]
    assert subjects[0] == subjects[3]  # 8,000 meets neither: compared with the first
    assert subjects[0] != subjects[1]


SLIPPED = [
    # "Corvane says 3.85 billion subscribers were hit" in the lead, "3.85 million subscribers,
    # the operator said" below it, 480,000 apart; another document: 3.85 million (the figures
    # read to their last digit)
    [
        {"thing": "subscribers", "value": 3.85e9, "low": 3.845e9, "high": 3.855e9},
        {"thing": "subscribers", "value": 3.85e6, "low": 3.845e6, "high": 3.855e6,
         "source": "Corvane"},
        {"thing": "subscribers", "value": 480_000, "source": "Corvane"},
        {"thing": "abbonati", "value": 3.85e6, "doc": "b.md", "lang": "it", "source": "Corvane"},
    ],
    # a wire's lead: "6.35 billion subscribers"; further down, quoting the same company, "the
    # 6.35 million subscribers concerned", and "270,000 of them abroad"; another paper: 6.35
    # million (exact figures)
    [
        {"thing": "subscribers", "value": 6.35e9, "source": "Norvatel"},
        {"thing": "subscribers", "value": 6.35e6, "source": "Norvatel"},
        {"thing": "subscribers", "value": 270_000, "source": "Norvatel"},
        {"thing": "abbonati", "value": 6.35e6, "doc": "b.md", "lang": "it", "source": "Norvatel"},
    ],
]  # fmt: skip


@pytest.mark.parametrize("rows", SLIPPED)
def test_the_same_digits_at_another_scale_stay_one_quantity(rows) -> None:
    # a slipped scale word is one quantity (for the scale-word rule), another document's
    # figure joins it; other digits are still another quantity
    subjects = claims(*rows)["subject"].tolist()
    assert subjects[0] == subjects[1] == subjects[3] != subjects[2]


def test_figures_that_meet_or_nearly_stay_one_quantity() -> None:
    # "more than 1 million" … "1.08 million"; "10.7 million" … "10 619 000" (a rounding)
    table = claims(
        {"thing": "protesters", "value": 1_000_000, "high": float("inf")},
        {"thing": "protesters", "value": 1_080_000},
        {"thing": "protesters", "value": 1_075_000},
    )
    assert table["subject"].nunique() == 1


def test_two_sources_or_one_contrast_stay_one_quantity() -> None:
    # the union's and the police's counts; "40,000 … according to the union, 12,000 …"
    two_sources = claims(
        {"thing": "protesters", "value": 40000, "source": "union"},
        {"thing": "protesters", "value": 12000, "source": "police"},
    )
    quote = "40,000 marched according to the union, 12,000 according to the police."
    one_sentence = claims(
        {"thing": "protesters", "value": 40000, "sentence": 3, "quote": quote},
        {"thing": "protesters", "value": 12000, "sentence": 3, "quote": quote},
    )
    assert two_sources["subject"].nunique() == 1
    assert one_sentence["subject"].nunique() == 1


def test_a_correction_in_one_sentence_keeps_one_quantity() -> None:
    # the corrected figure and the figure it replaces: one toll, the correction to report
    for lang, quote in (
        ("fr", "Le bilan est de 7 morts, et non 9 comme indiqué hier soir."),
        ("it", "Il bilancio è di 7 morti e non 9, come detto in un primo momento."),
        ("en", "The agency put the toll at 7 dead, and not 9 as first stated."),
    ):
        one = {"thing": "dead", "sentence": 3, "quote": quote, "lang": lang}
        assert claims({**one, "value": 7}, {**one, "value": 9})["subject"].nunique() == 1


@pytest.mark.parametrize(
    "quote",
    [
        "Brisa cancelled 40 flights and Alcor 12.",  # two owners the frame did not read
        "Il bilancio: 40 arresti, 12 in Sicilia.",  # a breakdown
    ],
)
def test_figures_of_one_sentence_one_source_gives_apart_are_two_quantities(quote) -> None:
    table = claims(
        {"thing": "flights", "value": 40, "sentence": 3, "quote": quote},
        {"thing": "flights", "value": 12, "sentence": 3, "quote": quote},
    )
    assert table["subject"].nunique() == 2


def test_an_amount_and_its_conversion_stay_one_quantity() -> None:
    table = claims(
        {"thing": "fine", "value": 910e6, "currency": "EUR"},
        {"thing": "fine", "value": 1.06e9, "currency": "USD"},
    )
    assert table["subject"].nunique() == 1


def test_one_source_is_one_whatever_its_article_or_case() -> None:
    # "La Protezione civile ha evacuato 45 persone dal quartiere …" … "In serata la
    # colonna mobile della Protezione civile ha evacuato 730 residenti del villaggio":
    # one source, written with and without its article, gives two figures: two quantities
    table = claims(
        {"thing": "sfollati", "value": 45, "source": "la Protezione civile", "lang": "it"},
        {"thing": "sfollati", "value": 730, "source": "Protezione Civile", "lang": "it"},
    )
    assert table["subject"].nunique() == 2
    # "l'ONG Vela Blu" and "L'ong Vela Blu" too
    table = claims(
        {"thing": "rescapés", "value": 45, "source": "l'ONG Vela Blu", "lang": "fr"},
        {"thing": "rescapés", "value": 730, "source": "L'ong Vela Blu", "lang": "fr"},
    )
    assert table["subject"].nunique() == 2


def test_a_figure_that_meets_none_of_the_figures_told_apart_joins_neither() -> None:
    # "La Protezione civile ha evacuato 45 persone dal quartiere … In serata ha evacuato 730
    # residenti del villaggio" (one source, two quantities); another wire's "300 evacuees"
    # meets neither: which of the two it counts is unknown, so it is compared with neither,
    # but with a third account's 300
    table = claims(
        {"thing": "sfollati", "value": 45, "source": "Protezione civile", "lang": "it"},
        {"thing": "sfollati", "value": 730, "source": "Protezione civile", "lang": "it"},
        {"thing": "evacuees", "value": 300, "doc": "b.md", "source": "Wire"},
        {"thing": "évacués", "value": 310, "doc": "c.md", "source": "Préfecture", "lang": "fr"},
    )
    subjects = table["subject"].tolist()
    assert subjects[2] not in (subjects[0], subjects[1])
    assert subjects[2] == subjects[3]


def test_a_table_of_several_cases_aligns_each_case_as_it_would_alone() -> None:
    # Two newsrooms' cases in one table, their documents named alike ("a.md"): case d's
    # source gives 9,000 and 31,000 households (two quantities); case e gives 31,000 once.
    rows = [
        {"thing": "households", "value": 9000, "case": "d"},
        {"thing": "households", "value": 31000, "case": "d"},
        {"thing": "households", "value": 31000, "case": "e", "start": 900},
        {"thing": "households", "value": 450, "case": "e", "doc": "b.md", "source": "Grid"},
    ]
    together = claims(*rows)
    for case in ("d", "e"):
        alone = claims(*(r for r in rows if r["case"] == case))
        mine = together[together["case"] == case]
        assert mine["subject"].tolist() == alone["subject"].tolist()
        assert mine["subject_label"].tolist() == alone["subject_label"].tolist()


def test_a_paper_s_unsourced_figure_speaks_for_the_source_it_cites_elsewhere() -> None:
    from test_alignment import claims as aligned

    cited = "The region's health office counted 2,300 admissions on Monday."
    own = "The city hospital alone took in 310."
    table = aligned(
        {"thing": "admissions", "text": "2,300", "value": 2300, "quote": cited, "doc": "d0.md",
         "source": "health office", "source_stated": True, "sentence": 0,
         "refers_to": "2024-03-04", "low": 2300, "high": 2300, "start": 35},
        {"thing": "admissions", "text": "310", "value": 310, "quote": own, "doc": "d0.md",
         "source": "The Daily", "source_stated": False, "sentence": 1,
         "refers_to": "2024-03-04", "low": 310, "high": 310, "start": 120},
    )  # fmt: skip
    assert table["subject"][0] != table["subject"][1]  # two quantities, not a conflict


def test_a_figure_set_against_another_in_its_sentence_joins_that_one() -> None:
    # "310 000 manifestants selon la police, 900 000 selon les syndicats." … "Les syndicats
    # annoncent 1,7 million de manifestants en trois jours." The unions gave two
    # figures apart; the police's count, near neither, is set against the unions' 900 000
    quote = "310 000 manifestants selon la police, 900 000 selon les syndicats."
    table = claims(
        {"thing": "manifestants", "value": 310000, "source": "police", "lang": "fr",
         "sentence": 1, "quote": quote},
        {"thing": "manifestants", "value": 900000, "source": "syndicats", "lang": "fr",
         "sentence": 1, "quote": quote},
        {"thing": "manifestants", "value": 1700000, "source": "syndicats", "lang": "fr",
         "sentence": 4, "quote": "Les syndicats annoncent 1,7 million de manifestants."},
    )  # fmt: skip
    police, unions, claimed = table["subject"].tolist()
    assert police == unions
    assert unions != claimed


@pytest.mark.parametrize(
    ("lang", "cited", "rival"),
    [
        ("en", "The Brennoc health office counted 2,300 admissions on Monday.",
         "But our own tally of the wards gives 2,900 admissions."),
        ("it", "Secondo l'ufficio sanitario di Lorvane, i ricoveri sono 2.300 lunedì.",
         "Tuttavia il conteggio della nostra redazione arriva a 2.900 ricoveri."),
    ],
)  # fmt: skip
def test_a_sentence_turning_against_the_cited_count_is_a_rival_count(lang, cited, rival) -> None:
    from test_alignment import claims as aligned

    table = aligned(
        {"thing": "admissions", "text": "2,300", "value": 2300, "quote": cited, "doc": "d0.md",
         "source": "health office", "source_stated": True, "sentence": 0, "lang": lang,
         "refers_to": "2024-03-04", "low": 2300, "high": 2300, "start": 35},
        {"thing": "admissions", "text": "2,900", "value": 2900, "quote": rival, "doc": "d0.md",
         "source": "The Daily", "source_stated": False, "sentence": 1, "lang": lang,
         "refers_to": "2024-03-04", "low": 2900, "high": 2900, "start": 120},
    )  # fmt: skip
    assert table["subject"][0] == table["subject"][1]  # one quantity: a conflict to report
