"""Table expectations (great_expectations 1.x): each contract breach fails its expectation."""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from sourcecheck import schema
from sourcecheck.checks.expectations import validate_tables
from sourcecheck.errors import InputError

ROOT = Path(__file__).resolve().parent.parent

# Claims as the extractor writes them: exact, rounded, open-ended (+inf) and "fewer than".
CLAIMS = """claim_id,doc,lang,source,text,start,end,value,low,high,low_open,high_open,qualifier,currency,method
a.md#10,a.md,fr,Eurojust,5 500 serveurs,10,24,5500,5450,5550,False,False,exact,,extracted
a.md#40,a.md,fr,Eurojust,plus de 700,40,51,700,700,inf,True,True,more_than,,extracted
a.md#80,a.md,fr,GdF,10 619 000 €,80,92,10619000,10619000,10619000,False,False,exact,EUR,extracted
b.md#5,b.md,en,GdF,fewer than 30,5,18,30,0,30,False,True,fewer_than,,manual
"""


def claims() -> pd.DataFrame:
    table = pd.read_csv(io.StringIO(CLAIMS))
    for column in schema.CLAIM_COLUMNS:
        if column not in table:
            table[column] = None
    return table[list(schema.CLAIM_COLUMNS)]


def findings() -> pd.DataFrame:
    rows = [
        {"id": "f1", "rule": "value-conflict", "severity": "error"},
        {"id": "f2", "rule": "term-drift", "severity": "warning"},
    ]
    table = pd.DataFrame(rows)
    for column in schema.FINDING_COLUMNS:
        if column not in table:
            table[column] = None
    return table


def failed(report: dict) -> list[tuple]:
    return [
        (r["table"], r["expectation"], r["kwargs"].get("column", r["kwargs"].get("column_A")),
         tuple(r["failing_rows"]))
        for r in report["results"] if not r["success"]
    ]  # fmt: skip


def test_a_sound_table_meets_every_expectation():
    report = validate_tables(claims(), findings())
    assert failed(report) == []
    assert report["success"]
    assert {r["table"] for r in report["results"]} == {"claims", "findings"}


def _set(row: int, column: str, value):
    def change(table: pd.DataFrame) -> pd.DataFrame:
        table = table.copy()
        table[column] = table[column].astype(object)
        table.loc[row, column] = value
        return table

    return change


PAIR = "expect_column_pair_values_a_to_be_greater_than_b"
IN_SET = "expect_column_values_to_be_in_set"


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (_set(0, "low", 6000.0), [(PAIR, "high", ("a.md#10",)), (PAIR, "value", ("a.md#10",))]),
        (_set(2, "value", 11e6), [(PAIR, "high", ("a.md#80",))]),  # high >= value
        (_set(2, "currency", "EUX"), [(IN_SET, "currency", ("a.md#80",))]),
        (_set(3, "lang", "de"), [(IN_SET, "lang", ("b.md#5",))]),
        (_set(3, "end", 5), [(PAIR, "end", ("b.md#5",))]),
        (_set(1, "qualifier", "roughly"), [(IN_SET, "qualifier", ("a.md#40",))]),
        (_set(1, "claim_id", "a.md#10"),
         [("expect_column_values_to_be_unique", "claim_id", ("a.md#10", "a.md#10"))]),
        (_set(2, "source", None), [("expect_column_values_to_not_be_null", "source", ("a.md#80",))]),
    ],
    ids=["low>high", "value>high", "currency", "lang", "start>=end", "qualifier", "dup-id", "null"],
)  # fmt: skip
def test_each_breach_fails_its_expectation_naming_the_rows(change, expected):
    report = validate_tables(change(claims()), findings())
    assert not report["success"]
    assert sorted(f[1:] for f in failed(report)) == sorted(expected)


def test_an_open_side_is_not_checked():
    """ "plus de 700" is (700, inf): value == low is right there, as is value == high in [0, 30)."""
    table = claims()
    assert table.loc[1, "high"] == np.inf and table.loc[1, "value"] == table.loc[1, "low"]
    assert validate_tables(table, None)["success"]


def test_a_missing_column_fails_without_stopping_the_others():
    report = validate_tables(claims().drop(columns=["qualifier"]), None)
    broken = {(r["expectation"], r["kwargs"].get("column")): r for r in report["results"]}
    assert "missing columns: qualifier" in broken[("expect_table_columns_to_match_set", None)]["details"]  # fmt: skip
    assert not broken[("expect_column_values_to_not_be_null", "qualifier")]["success"]
    assert broken[("expect_column_values_to_not_be_null", "source")]["success"]


def test_findings_table_expectations():
    table = findings()
    table.loc[1, "rule"] = "no-such-rule"
    table.loc[0, "severity"] = "fatal"
    assert sorted(failed(validate_tables(claims(), table))) == [
        ("findings", IN_SET, "rule", ("f2",)),
        ("findings", IN_SET, "severity", ("f1",)),
    ]


def test_extra_expectations_by_name():
    extra = [
        {"table": "claims", "expectation": "expect_column_values_to_be_between",
         "kwargs": {"column": "value", "max_value": 6000}},
        {"table": "findings", "expectation": "expect_table_row_count_to_be_between",
         "kwargs": {"min_value": 1}},
    ]  # fmt: skip
    report = validate_tables(claims(), findings(), extra)
    assert failed(report) == [
        ("claims", "expect_column_values_to_be_between", "value", ("a.md#80",))
    ]
    assert report["results"][-1]["expectation"] == "expect_table_row_count_to_be_between"


@pytest.mark.parametrize(
    ("spec", "problem"),
    [
        ({"expectation": "expect_values_to_be_nice", "kwargs": {}}, "unknown great_expectations"),
        ({"expectation": "expect_column_values_to_be_between", "kwargs": {"column": "v", "min_valu": 1}},
         "bad arguments"),
    ],
)  # fmt: skip
def test_a_bad_extra_expectation_names_the_check_file(spec, problem):
    spec = {"table": "claims", "file": "checks/nightly.yaml", "place": "expectations[1]"} | spec
    with pytest.raises(InputError) as caught:
        validate_tables(claims(), None, [spec])
    assert str(caught.value).startswith("checks/nightly.yaml: expectations[1]: ")
    assert problem in str(caught.value) and "\n" not in str(caught.value)


# Validates a table with every socket connection refused and recorded, in an empty folder.
OFFLINE = """
import socket, sys, os
attempts = []
def refuse(self, address, *a):
    attempts.append(address)
    raise OSError("network disabled by the test")
socket.socket.connect = refuse
socket.socket.connect_ex = refuse
sys.path.insert(0, sys.argv[1])
from tests.test_expectations import claims, findings
from sourcecheck.checks.expectations import validate_tables
assert validate_tables(claims(), findings())["success"]
print(attempts, os.listdir("."))
"""


def test_no_network_and_no_files(tmp_path):
    done = subprocess.run(
        [sys.executable, "-c", OFFLINE, str(ROOT)], cwd=tmp_path, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[] []"
    assert done.stderr == ""  # no progress bars, no warnings
