"""Retold figures: one figure another account gives at one place, told with no place. The
figures and places are written for these tests."""

from __future__ import annotations

import pandas as pd

from sourcecheck.align.retold import retold

DAY = "2026-04-14"


def _table(*rows: tuple[str, str, float, str]) -> pd.DataFrame:
    """Rows of (doc, place, value, dimension) of one noun and day."""
    return pd.DataFrame(
        {
            "case": "c",
            "doc": [r[0] for r in rows],
            "value": [r[2] for r in rows],
            "dimension": [r[3] for r in rows],
            "subject": [f"shelter|{r[1]}|{DAY}||{r[3]}" for r in rows],
            "subject_label": [f"shelter, {r[1]}" for r in rows],
            "evidence": "",
        }
    )


def test_an_unplaced_figure_another_account_gives_at_one_place_is_that_place_s() -> None:
    # "Brenvale opened 340 shelters on Tuesday" and, in another paper, "340 shelters opened"
    out = retold(_table(("a.md", "Brenvale", 340, "count"), ("b.md", "", 340, "count")))
    assert out["subject"].nunique() == 1
    assert "not stated" in out["evidence"][1]


def test_a_figure_two_places_give_or_a_small_count_stays_unplaced() -> None:
    two = _table(("a.md", "Brenvale", 340, "count"), ("b.md", "Orlic", 340, "count"),
                 ("c.md", "", 340, "count"))  # fmt: skip
    assert retold(two)["subject"][2] == two["subject"][2]
    small = _table(("a.md", "Brenvale", 40, "count"), ("b.md", "", 40, "count"))
    assert retold(small)["subject"].nunique() == 2
    amount = _table(("a.md", "Brenvale", 40, "money"), ("b.md", "", 40, "money"))
    assert retold(amount)["subject"].nunique() == 1  # an amount does not recur by chance


def test_an_unplaced_subject_with_other_figures_keeps_its_figures() -> None:
    # 340 and 415 unplaced: two counts of one quantity, whose conflict a move would hide
    table = _table(("a.md", "Brenvale", 340, "count"), ("b.md", "", 340, "count"),
                   ("c.md", "", 415, "count"))  # fmt: skip
    assert retold(table)["subject"].tolist() == table["subject"].tolist()


def test_a_document_that_gives_the_figure_at_its_place_and_unplaced_is_not_evidence() -> None:
    table = _table(("a.md", "Brenvale", 340, "count"), ("a.md", "", 340, "count"))
    assert retold(table)["subject"].tolist() == table["subject"].tolist()


def test_a_whole_beside_its_placed_part_stays_unplaced() -> None:
    # "512 shelters in all, 340 of them in Brenvale" in one paper; "340" at Brenvale in another
    table = _table(("a.md", "", 512, "count"), ("a.md", "Brenvale", 340, "count"),
                   ("b.md", "Brenvale", 512, "count"))  # fmt: skip
    assert retold(table)["subject"][0] == table["subject"][0]


def test_a_figure_told_as_a_part_of_an_unnamed_whole_is_the_figure_told_whole() -> None:
    # "dont 340 abris ouverts" (a part, its whole unnamed) and "340 shelters opened"
    table = _table(("a.md", "Brenvale", 340, "count"), ("b.md", "Brenvale", 340, "count"))
    table.loc[1, "subject"] += "|part=part"
    out = retold(table)
    assert out["subject"].nunique() == 1
    assert "|part=" not in out["subject"][1]
    named = table.assign(subject=[table["subject"][0], table["subject"][0] + "|part=ab12cd34"])
    assert retold(named)["subject"].nunique() == 2  # a part of a named whole stays one


def test_an_unplaced_dated_figure_is_the_one_an_account_gives_undated_at_one_place() -> None:
    # "Quarvelle will cut 620 jobs in Tormessa" (no day of its own) and, in Tuesday's wire,
    # "620 jobs" with no place: the undated figure is no other day's, the same figure
    table = pd.DataFrame(
        {
            "case": "c",
            "doc": ["a.md", "b.md"],
            "value": [620.0, 620.0],
            "dimension": "count",
            "subject": ["job|Tormessa|||count", f"job||{DAY}||count"],
            "subject_label": ["job, Tormessa", f"job, {DAY}"],
            "evidence": "",
            "moment": ["2026-04-13", DAY],
        }
    )
    out = retold(table)
    assert out["subject"].tolist() == ["job|Tormessa|||count"] * 2
    assert "not stated" in out["evidence"][1]
    assert out["moment"][1] == DAY  # the day it describes is still its own
    # an unplaced undated figure is not taken so: only a place makes the undated one telling
    bare = table.assign(subject=["job||||count", f"job||{DAY}||count"])
    assert retold(bare)["subject"].nunique() == 2
