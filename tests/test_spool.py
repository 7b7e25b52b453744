"""Outcomes kept on disk: slots in case order, rewritten slots, memory by the case count."""

import sys

import pytest

from sourcecheck.checks.spool import Outcomes


def outcome(case: str, findings: int = 0) -> dict:
    return {
        "case": case,
        "status": "ok",
        "findings": [{"id": f"{case}-{i}"} for i in range(findings)],
    }


def test_outcomes_read_back_in_case_order_whatever_order_they_arrive_in():
    with Outcomes(3) as outcomes:
        for i in (2, 0, 1):
            outcomes[i] = outcome(f"case-{i}", findings=i)
        assert [o["case"] for o in outcomes] == ["case-0", "case-1", "case-2"]
        assert [len(o["findings"]) for o in outcomes] == [0, 1, 2]
        assert outcomes[-1]["case"] == "case-2" and len(outcomes[0:2]) == 2


def test_a_rewritten_slot_reads_its_new_outcome_and_leaves_the_others():
    with Outcomes(2) as outcomes:
        outcomes[0], outcomes[1] = outcome("a"), outcome("b")
        outcomes[0] = outcomes[0] | {"status": "failed"}
        assert [o["status"] for o in outcomes] == ["failed", "ok"]


def test_a_slot_not_yet_written_says_which():
    with Outcomes(2) as outcomes, pytest.raises(KeyError, match="case 1"):
        outcomes[1]


def test_memory_holds_offsets_not_outcomes():
    with Outcomes(10_000) as outcomes:
        for i in range(10_000):
            outcomes[i] = outcome(f"case-{i}", findings=20)
        held = sys.getsizeof(outcomes._at) + sys.getsizeof(outcomes._length)
        assert held < 200_000  # 16 bytes a case, whatever the findings
        assert outcomes[9_999]["findings"][19]["id"] == "case-9999-19"
