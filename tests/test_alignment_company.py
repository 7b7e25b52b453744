"""One figure under two nouns, told beside one same other figure in two accounts, is one
quantity (`align.company`); without that company, with small figures only, or in a document
that tells the nouns apart, the nouns stay apart. The sentences are written for these tests."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from test_alignment import claims  # noqa: E402

from sourcecheck.align.company import kept_company  # noqa: E402


def _count(doc: str, n: int, thing: str, lang: str, text: str, value: float, quote: str) -> dict:
    """A count of document `doc`, its noun `thing`, in sentence `quote`."""
    return {
        "doc": doc, "claim_id": f"{doc}#{n}", "thing": thing, "lang": lang, "text": text,
        "value": value, "quote": quote,
    }  # fmt: skip


_FR = "Le festival a accueilli 18 400 visiteurs et vendu 3 900 forfaits."
_EN = "Some 18,400 spectators came to the festival and 3,900 passes were sold."
_IT = "Al festival sono arrivati 18.400 spettatori, con 2.750 abbonamenti venduti."


_FESTIVAL_FR = (
    _count("a.md", 0, "visiteurs", "fr", "18 400", 18400.0, _FR),
    _count("a.md", 1, "forfaits", "fr", "3 900", 3900.0, _FR),
)


def test_a_figure_two_accounts_give_beside_one_same_figure_is_one_quantity() -> None:
    table = claims(
        *_FESTIVAL_FR,
        _count("b.md", 0, "spectators", "en", "18,400", 18400.0, _EN),
        _count("b.md", 1, "passes", "en", "3,900", 3900.0, _EN),
    )
    subjects = table["subject"].tolist()
    assert subjects[0] == subjects[2] != ""
    assert subjects[1] == subjects[3] != ""
    assert subjects[0] != subjects[1]


def test_without_the_same_other_figure_beside_it_the_nouns_stay_apart() -> None:
    table = claims(
        *_FESTIVAL_FR,
        _count("c.md", 0, "spettatori", "it", "18.400", 18400.0, _IT),
        _count("c.md", 1, "abbonamenti", "it", "2.750", 2750.0, _IT),
    )
    assert "beside one same other figure" not in " ".join(table["subject_evidence"])


def _figures(*values: float, dimension: str = "count") -> list[tuple]:
    return [("c", dimension, "", "", v) for v in values]


def test_small_figures_beside_small_figures_meet_by_chance() -> None:
    found = kept_company(
        _figures(3, 2, 3, 2), ["miner", "rescued", "~minator", "rescued"],
        ["a", "a", "b", "b"], ["s", "s", "t", "t"],
    )  # fmt: skip
    assert found == {}


def test_a_share_moves_too_and_the_noun_more_documents_give_it_is_kept() -> None:
    found = kept_company(
        _figures(64, 21, 64, 21, 64, dimension="percent"),
        ["~soci", "~soci", "member", "member", "member"],
        ["a", "a", "b", "b", "c"],
        ["s", "s", "t", "t", "u"],
    )
    assert found == {0: "member", 1: "member"}


def test_a_document_that_gives_the_figure_under_both_nouns_tells_them_apart() -> None:
    found = kept_company(
        _figures(740, 95, 740, 95, 740),
        ["volunteer", "tent", "~bénévol", "tent", "~bénévol"],
        ["a", "a", "b", "b", "a"],
        ["s", "s", "t", "t", "v"],
    )
    assert 0 not in found and 2 not in found and 4 not in found


def test_amounts_running_tolls_and_narrowed_nouns_do_not_move() -> None:
    money = kept_company(
        _figures(5.2e6, 740, 5.2e6, 740, dimension="money"),
        ["grant", "volunteer", "subsidy", "volunteer"], ["a", "a", "b", "b"], ["s"] * 2 + ["t"] * 2,
    )  # fmt: skip
    assert money == {}
    barred = kept_company(
        _figures(48, 130, 48, 130), ["dead", "injured", "~mort", "injured"],
        ["a", "a", "b", "b"], ["s", "s", "t", "t"], frozenset({"dead"}),
    )  # fmt: skip
    assert barred == {}
    narrowed = kept_company(
        _figures(57, 23, 57, 23, 57, dimension="percent"),
        ["strike-participation+pilot", "x", "strike-participation", "x", "strike-participation"],
        ["a", "a", "b", "b", "c"], ["s", "s", "t", "t", "u"],
    )  # fmt: skip
    assert 0 not in narrowed


def test_only_the_shared_figure_moves_not_its_noun_s_other_figures() -> None:
    found = kept_company(
        _figures(18400, 3900, 18400, 3900, 12100),
        ["visitor", "pass", "~spectator", "pass", "~spectator"],
        ["a", "a", "b", "b", "b"],
        ["s", "s", "t", "t", "w"],
    )
    assert found == {2: "visitor"}


def test_a_third_account_s_figure_under_a_joined_noun_goes_with_it() -> None:
    found = kept_company(
        _figures(18400, 3900, 18400, 3900, 18400),
        ["visitor", "pass", "~spectator", "pass", "~spectator"],
        ["a", "a", "b", "b", "c"],
        ["s", "s", "t", "t", "u"],
    )
    assert found == {2: "visitor", 4: "visitor"}


def test_a_figure_told_as_a_span_does_not_move() -> None:
    # "environ 18 400 visiteurs": its bounds apart, it may bridge two readings of the count
    found = kept_company(
        _figures(18400, 3900, 18400, 3900),
        ["visitor", "pass", "~spectator", "pass"],
        ["a", "a", "b", "b"],
        ["s", "s", "t", "t"],
        exact=[True, True, False, True],
    )
    assert found == {}
