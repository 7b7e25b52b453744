"""Parts of a count told by the kind of people they count: two kinds, two quantities.
The sentences are written for these tests."""

from __future__ import annotations

import sys
from pathlib import Path

from sourcecheck.align.groups import group

sys.path.insert(0, str(Path(__file__).parent))
from test_alignment import claims  # noqa: E402
from test_alignment_neighbours import _with_parts  # noqa: E402


def test_a_part_s_kind_of_people_is_read_in_each_language() -> None:
    assert [group(t) for t in ("enfants", "minori", "children", "donne", "Women")] == [
        "child", "child", "child", "woman", "woman",
    ]  # fmt: skip
    assert group("persone") == group("rescued") == group("") == ""


def test_parts_naming_two_kinds_of_people_are_two_quantities() -> None:
    # "La Guardia costiera ha soccorso 52 persone, tra cui 9 donne" / "74 people were
    # rescued, including 15 children" / "74 personnes secourues, dont 15 enfants"
    rows = [
        ("persone soccorse", "it"), ("donne", "it"),
        ("people rescued", "en"), ("children", "en"),
        ("personnes secourues", "fr"), ("enfants", "fr"),
    ]  # fmt: skip
    table = claims(
        *(
            {"thing": t, "lang": la, "concept": "rescued", "refers_to": "2026-06-16"}
            for t, la in rows
        )
    )
    docs = ["d0.md", "d0.md", "d1.md", "d1.md", "d2.md", "d2.md"]
    subjects = _with_parts(table, [52.0, 9.0, 74.0, 15.0, 74.0, 15.0], docs, {1: 0, 3: 2, 5: 4})
    assert "|who=woman" in subjects[1] and "|who=child" in subjects[3]
    assert subjects[1] != subjects[3]  # 9 women are not 15 children
    assert subjects[3] == subjects[5]  # "15 enfants" is "15 children" told again


def test_a_count_that_is_no_part_keeps_its_subject() -> None:
    # "12 enfants évacués" and "12 evacuees": no part, no mark
    table = claims({"thing": "enfants", "lang": "fr", "concept": "evacuee"}, {"thing": "evacuees"})
    assert not any("|who=" in s for s in table["subject"])
