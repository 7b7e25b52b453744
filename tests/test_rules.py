"""Every rule against its fixture file: tests/rules/<rule-id>.yaml (named cases, STYLE.md).

Each case gives a few claims as CSV, options, and the identity of the findings expected:
the subject concept, the groups with their claim ids, and a severity when the rule asks for
one. Wording is not asserted.
"""

from __future__ import annotations

import io
from pathlib import Path

import pandas as pd
import pytest
import yaml

from sourcecheck.align import with_subjects
from sourcecheck.rates import load_ecb
from sourcecheck.rules import RULES

FIXTURES = Path(__file__).parent / "rules"


def load_fixture_claims(text: str) -> pd.DataFrame:
    """Claims from a fixture's CSV, as strings, the way a hand-made claims.csv arrives, with
    the subjects the alignment stage gives them (rules read subjects, never align)."""
    return with_subjects(pd.read_csv(io.StringIO(text), dtype=str, keep_default_na=False))


def _cases():
    for path in sorted(FIXTURES.glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        for name, case in data["cases"].items():
            yield pytest.param(data["rule"], case, id=f"{data['rule']}:{name}")


def identity(concept: str, groups: dict, severity: str | None) -> tuple:
    return (concept, tuple(sorted((g, tuple(sorted(ids))) for g, ids in groups.items())), severity)


def found_identity(row: dict) -> tuple:
    groups: dict[str, list[str]] = {}
    for claim_id, group in row["members"]:
        groups.setdefault(group, []).append(claim_id)
    severity = row["severity"] if isinstance(row["severity"], str) else None
    return identity(row["subject"]["concept"], groups, severity)


@pytest.mark.parametrize("rule_id, case", list(_cases()))
def test_rule_fixture(rule_id: str, case: dict) -> None:
    module = RULES[rule_id]
    claims = load_fixture_claims(case["claims"])
    before = claims.copy()
    options = {**module.OPTIONS, **(case.get("options") or {})}
    if "rates" in getattr(module, "NEEDS", ()):
        options["rates"] = load_ecb()
    found = module.run(claims, **options)
    got = sorted(found_identity(row) for row in found.to_dict("records"))
    want = sorted(
        identity(e.get("concept", ""), e["groups"], e.get("severity")) for e in case["expected"]
    )
    assert got == want
    pd.testing.assert_frame_equal(claims, before)  # rules never change their input


def test_every_rule_has_a_case_that_fires_and_one_that_does_not() -> None:
    for rule_id in RULES:
        data = yaml.safe_load((FIXTURES / f"{rule_id}.yaml").read_text(encoding="utf-8"))
        outcomes = {bool(case["expected"]) for case in data["cases"].values()}
        assert outcomes == {True, False}, rule_id
