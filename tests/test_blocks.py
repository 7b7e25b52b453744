"""Positions: claims that chain into overlap share one, others never meet (property tests)."""

from __future__ import annotations

import itertools

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sourcecheck.rules import blocks

bounds = st.tuples(st.integers(0, 60), st.integers(0, 20), st.booleans(), st.booleans()).map(
    lambda t: (t[0], t[0] + t[1], t[2] and t[1] > 0, t[3] and t[1] > 0)
)


def table(intervals) -> pd.DataFrame:
    return blocks.prepare(
        pd.DataFrame(
            [
                {"claim_id": f"d#{i}", "concept": "x", "value": lo, "low": lo, "high": hi}
                | {"low_open": lo_open, "high_open": hi_open}
                for i, (lo, hi, lo_open, hi_open) in enumerate(intervals)
            ]
        )
    )


@settings(max_examples=100, deadline=None)
@given(st.lists(bounds, min_size=1, max_size=12))
def test_positions_are_the_chains_of_meeting_intervals(intervals) -> None:
    claims = table(intervals)
    number = blocks.positions(claims, ["concept"])
    rows = claims.to_dict("records")
    # claims in different positions never meet
    for i, j in itertools.combinations(range(len(rows)), 2):
        if number[i] != number[j]:
            assert not blocks.overlaps(rows[i], rows[j])
    # within a position, every claim meets some other claim of it (a chain)
    for _, members in claims.groupby(number):
        if len(members) > 1:
            picked = members.to_dict("records")
            for a in picked:
                assert any(blocks.overlaps(a, b) for b in picked if b is not a)


def test_written_precisions_that_touch_do_not_meet_but_points_do() -> None:
    claims = table([(115, 125, False, False), (125, 135, False, False), (125, 125, False, False)])
    rows = claims.to_dict("records")
    assert not blocks.overlaps(rows[0], rows[1])
    assert blocks.overlaps(rows[0], rows[2]) and blocks.overlaps(rows[1], rows[2])


def test_scale_pairs_and_rounding_slips() -> None:
    import numpy as np

    assert blocks.scale_pairs(np.array([1.2e6, 5.0, 1.2e9, 5.1e3]), 0.1) == [(1, 3), (0, 2)]
    coarse = {"value": 10.7e6, "low": 10.65e6, "high": 10.75e6, "qualifier": "exact"}
    fine = {"value": 10_619_000, "low": 10_618_500, "high": 10_619_500, "qualifier": "exact"}
    flags = {"low_open": False, "high_open": False}
    assert blocks.rounding_slip(coarse | flags, fine | flags) == 10.6e6
    assert blocks.rounding_slip(fine | flags, coarse | flags) is None


def test_a_single_number_joins_the_interval_that_ends_on_it() -> None:
    # [28, 48] and 48 meet; [48, 49] meets 48 too, so all three are one chain, whatever the
    # order the table lists them in
    for intervals in itertools.permutations([(28, 48, False, False), (48, 49, False, False),
                                             (48, 48, False, False)]):  # fmt: skip
        assert blocks.positions(table(intervals), ["concept"]).nunique() == 1


def test_open_flags_read_from_booleans_strings_and_missing_values() -> None:
    table = pd.DataFrame(
        {
            "claim_id": ["a", "b", "c"],
            "value": [1.0, 2.0, 3.0],
            "low_open": [True, False, True],  # booleans as they come from extraction
            "high_open": pd.array([True, pd.NA, False], dtype="boolean"),  # a gap in a table
        }
    )
    prepared = blocks.prepare(table)
    assert prepared["low_open"].tolist() == [True, False, True]
    assert prepared["high_open"].tolist() == [True, False, False]
    from_csv = table.assign(low_open=["True", "false", ""], high_open=["1", "0", "yes"])
    assert blocks.prepare(from_csv)["low_open"].tolist() == [True, False, False]
    assert blocks.prepare(from_csv)["high_open"].tolist() == [True, False, True]


@pytest.mark.parametrize(
    "rows, original",
    [
        # the currency more documents give wins, whatever the days
        (
            [("a", "2025-03-05", "EUR"), ("b", "2025-03-06", "EUR"), ("c", "2025-03-04", "USD")],
            "EUR",
        ),
        # a tie: the earliest dated document's
        ([("a", "2025-03-05", "EUR"), ("b", "2025-03-04", "USD")], "USD"),
        # an undated rewrite is never the first account
        ([("a", "", "USD"), ("b", "2025-03-04", "EUR")], "EUR"),
        ([("b", "2025-03-04", "EUR"), ("a", "", "USD")], "EUR"),
        # nothing dated: the first document by name, whatever the row order
        ([("b", "", "EUR"), ("a", "", "USD")], "USD"),
    ],
)
def test_the_original_form_is_the_one_most_documents_tell_then_the_first_dated(
    rows, original
) -> None:
    figures = pd.DataFrame(rows, columns=["doc", "published", "currency"])
    assert blocks.most_told(figures, "currency") == original
