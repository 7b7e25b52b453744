"""Rules are independent: each can be disabled alone, and a divergence two rules fit is
reported once, by the more specific rule when it is enabled, else by value-conflict.

Why: a suite that disables scale-word (a newsroom that finds it noisy) must still see a
million/billion slip, as a value conflict; with both enabled the editor reads one finding.
"""

from __future__ import annotations

import io
from dataclasses import replace

import pandas as pd
import pytest

from sourcecheck.engine import run_suite
from sourcecheck.suite import Suite, load_suite

HEADER = "claim_id,doc,source,text,value,low,high,qualifier,currency,unit,concept,scale,published\n"

SLIPS = {
    "rounding": 'a#1,a.md,Agence,"10,7 millions €",10700000,10650000,10750000,exact,EUR,,profit,million,2021-03-02\n'
    "b#1,b.md,Ufficio,10 619 000 €,10619000,10618500,10619500,exact,EUR,,profit,,2021-03-02\n",
    "scale-word": 'a#1,a.md,Ministero,"2,5 milioni di euro",2500000,2450000,2550000,exact,EUR,,investment,million,2024-06-04\n'
    "b#1,b.md,Wire,€2.5 billion,2500000000,2450000000,2550000000,exact,EUR,,investment,billion,2024-06-04\n",
    "unit-conversion": "a#1,a.md,Company,42 miles,42,41.5,42.5,exact,,mile,pipeline,,2024-06-04\n"
    "b#1,b.md,Giornale,42 chilometri,42,41.5,42.5,exact,,kilometer,pipeline,,2024-06-04\n",
}


def _claims(rows: str) -> pd.DataFrame:
    return pd.read_csv(io.StringIO(HEADER + rows), dtype=str, keep_default_na=False)


def _without(rule: str) -> Suite:
    suite = load_suite("default")
    return Suite(suite.name, {**suite.rules, rule: replace(suite.rules[rule], enabled=False)})


@pytest.mark.parametrize("rule", sorted(SLIPS))
def test_the_specific_rule_reports_the_divergence_once(rule: str) -> None:
    found = run_suite(_claims(SLIPS[rule]), load_suite("default"))
    assert found["rule"].tolist() == [rule]


@pytest.mark.parametrize("rule", sorted(SLIPS))
def test_disabled_the_divergence_still_surfaces_as_a_value_conflict(rule: str) -> None:
    found = run_suite(_claims(SLIPS[rule]), _without(rule))
    assert found["rule"].tolist() == ["value-conflict"]
    assert {c["claim_id"] for c in found["claims"].iloc[0]} == {"a#1", "b#1"}


def test_a_conflict_beside_a_slip_is_kept() -> None:
    """A third figure no slip explains keeps the value conflict next to the rounding finding."""
    rows = SLIPS["rounding"] + (
        "c#1,c.md,Journal,15 millions €,15000000,14500000,15500000,exact,EUR,,profit,million,2021-03-02\n"
    )
    found = run_suite(_claims(rows), load_suite("default"))
    assert sorted(found["rule"]) == ["rounding", "value-conflict"]


def test_disabling_value_conflict_leaves_the_specific_rules_alone() -> None:
    for rule, rows in SLIPS.items():
        found = run_suite(_claims(rows), _without("value-conflict"))
        assert found["rule"].tolist() == [rule]


def test_a_miscounted_list_is_enumeration_count_and_the_count_still_compares() -> None:
    rows = (
        "claim_id,doc,source,text,value,low,high,concept,items\n"
        "a#1,a.md,Eurojust,11 pays,11,11,11,country,France; Italie; Espagne\n"
        "b#1,b.md,Europol,14 countries,14,14,14,country,\n"
    )
    claims = pd.read_csv(io.StringIO(rows), dtype=str, keep_default_na=False)
    found = run_suite(claims, load_suite("default"))
    assert sorted(found["rule"]) == ["enumeration-count", "value-conflict"]
    alone = run_suite(claims, _without("value-conflict"))
    assert alone["rule"].tolist() == ["enumeration-count"]
    assert run_suite(claims, _without("enumeration-count"))["rule"].tolist() == ["value-conflict"]
