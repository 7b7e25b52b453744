"""A day's tally and the running total of the same quantity: two quantities.

The sentences are written for these tests; each row is a claim as extraction gives it.
"""

from __future__ import annotations

import pandas as pd
import pytest

from sourcecheck.align import with_subjects
from sourcecheck.align.tallies import since_start
from sourcecheck.extract.lexicon import load_concepts

CONCEPTS = load_concepts()


def claims(*rows: dict) -> pd.DataFrame:
    base = {
        "case": "c", "concept": "", "currency": "", "unit": "", "scope": "",
        "refers_to": "2026-03-04", "day_from": "document", "rate": "",
        "published": "2026-03-04", "lang": "en", "source": "Wire", "owner": "",
    }  # fmt: skip
    out = []
    for i, row in enumerate(rows):
        doc = row.get("doc", f"d{i}.md")
        out.append(
            {
                **base,
                "claim_id": f"{doc}#{i}",
                "doc": doc,
                "low": float(row["value"]),
                "high": float(row["value"]),
                "start": i * 100,
                **row,
            }
        )
    for row in out:
        row["concept"] = CONCEPTS.match(row["thing"], row["lang"]) or ""
    return with_subjects(pd.DataFrame(out), CONCEPTS)


def test_since_a_start_is_a_running_total() -> None:
    assert since_start("Ferrovie Nord ha soppresso 212 treni da lunedì.", "212", "it")
    assert since_start("Le port a accueilli 9 340 passagers depuis le 1er mars.", "9 340", "fr")
    assert since_start(
        "The airline has scrapped 96 flights since the start of the week.", "96", "en"
    )
    assert since_start("Dall'inizio della settimana, 96 voli sono stati cancellati.", "96", "it")
    # "since" in another clause is not the figure's
    assert not since_start("Trains have stopped since Monday, and 40 were cancelled.", "40", "en")
    assert not since_start("Oggi sono stati soppressi 35 treni.", "35", "it")


def test_a_day_s_tally_is_not_the_running_total_of_that_day() -> None:
    # "Oggi Ferrovie Nord ha soppresso 35 treni" vs "Ferrovie Nord a supprimé 212 trains
    # depuis lundi": Wednesday's 35 is not the 212 since Monday
    table = claims(
        {"thing": "treni soppressi", "value": 35, "lang": "it", "text": "35",
         "quote": "Oggi Ferrovie Nord ha soppresso 35 treni.", "day_from": "clause"},
        {"thing": "trains supprimés", "value": 212, "lang": "fr", "text": "212",
         "quote": "Ferrovie Nord a supprimé 212 trains depuis lundi."},
    )  # fmt: skip
    assert table["subject"].nunique() == 2
    assert "that day's own count" in table["subject_label"].iloc[0]


def test_without_a_running_total_a_day_s_figure_is_compared_as_ever() -> None:
    # two accounts of the same day's cancellations, neither a total since a start
    table = claims(
        {"thing": "treni soppressi", "value": 35, "lang": "it", "text": "35",
         "quote": "Oggi Ferrovie Nord ha soppresso 35 treni.", "day_from": "clause"},
        {"thing": "trains supprimés", "value": 53, "lang": "fr", "text": "53",
         "quote": "Ferrovie Nord a supprimé 53 trains mercredi.", "day_from": "clause"},
    )  # fmt: skip
    assert table["subject"].nunique() == 1


@pytest.mark.parametrize(
    ("total", "day"),
    [
        # "212 treni soppressi da lunedì" and "about 210 trains cancelled on Wednesday": one
        # figure (a rounding), not a tally
        (("treni soppressi", 212, "it", "Sono 212 i treni soppressi da lunedì."),
         ("trains cancelled", 210, "en", "About 210 trains were cancelled on Wednesday.")),
        # "9 morts jeudi" is the toll on Thursday: a running count of the lexicon is a total
        # whatever its words
        (("dead", 12, "en", "12 people have died since Monday."),
         ("morts", 9, "fr", "Le bilan est passé jeudi à 9 morts.")),
    ],
)  # fmt: skip
def test_no_tally_where_the_total_meets_it_or_the_count_runs(total, day) -> None:
    rows = [
        {"thing": t, "value": v, "lang": la, "text": str(v), "quote": q, "day_from": told}
        for (t, v, la, q), told in ((total, "document"), (day, "clause"))
    ]
    table = claims(*rows)
    assert "that day's own count" not in " ".join(table["subject_label"])
