"""End to end on the seed cases: what `sourcecheck.check` finds, and what it must not."""

from __future__ import annotations

import shutil
from collections import Counter
from pathlib import Path

import pandas as pd
import pytest
import yaml

from sourcecheck.pipeline import check
from sourcecheck.rates import load_ecb
from sourcecheck.rules import blocks, fx_rate

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "tests" / "gold"


@pytest.fixture(scope="module")
def storm():
    import sourcecheck

    return sourcecheck.check(ROOT / "seeds" / "perfect-storm")  # the public API (DESIGN §8)


def loud(findings: pd.DataFrame) -> pd.DataFrame:
    return findings[findings["severity"] != "info"]


def concepts(finding) -> set[str]:
    subject = finding["about"]["concept"] or ""
    return {subject, *subject.split("+")} | {c["concept"] for c in finding["claims"]}


def test_perfect_storm_finds_term_drift_and_rounding_only(storm) -> None:
    findings = loud(storm.findings)
    assert sorted(findings["rule"]) == ["rounding", "term-drift"]
    drift = findings.set_index("rule").loc["term-drift"]
    groups = {c["group"] for c in drift["claims"]}
    assert groups == {"server", "it-resource"}
    assert {c["source"] for c in drift["claims"] if c["group"] == "it-resource"} == {
        "Guardia di Finanza"
    }
    rounding = findings.set_index("rule").loc["rounding"]
    texts = {c["text"] for c in rounding["claims"]}
    assert any("10,7 millions" in t for t in texts) and any("10 619 000" in t for t in texts)


def test_perfect_storm_conversion_is_checked_and_passes(storm) -> None:
    claims = blocks.prepare(storm.claims)
    pairs = [
        (a["currency"], a["value"], b["currency"], b["value"])
        for a, b in blocks.conversions(claims)
    ]
    assert ("EUR", 10_619_000, "USD", 12_495_271) in pairs
    assert fx_rate.run(storm.claims, rates=load_ecb(), tolerance=0.02).empty
    tight = fx_rate.run(storm.claims, rates=load_ecb(), tolerance=0.001)
    assert len(tight) == 1 and "1.1791 (ECB, 2020-11-12)" in tight["explanation"].iloc[0]


def test_perfect_storm_countries_take_no_list_from_another_paragraph(storm) -> None:
    """ "dans 11 pays" names no country in its sentence; the countries listed paragraphs later
    are another statement's (issue 10), so there is no list to count against."""
    claims = blocks.prepare(storm.claims)
    eleven = claims[(claims["value"] == 11) & (claims["concept"] == "country")]
    assert len(eleven) == 1 and eleven["items"].iloc[0] == ""
    assert "enumeration-count" not in set(storm.findings["rule"])


@pytest.mark.parametrize("gold", sorted(GOLD.glob("*.findings.yaml")), ids=lambda p: p.stem)
def test_planted_divergences_found_and_nothing_else(gold: Path) -> None:
    """Every planted (rule, concept) is found; every warning or error is a planted one."""
    spec = yaml.safe_load(gold.read_text(encoding="utf-8"))
    findings = loud(check(ROOT / "seeds" / spec["case"]).findings).to_dict("records")
    expected = Counter((e["rule"], e["concept"]) for e in spec["expected"])
    unmatched = list(findings)
    for (rule, concept), n in expected.items():
        hits = [f for f in unmatched if f["rule"] == rule and concept in concepts(f)]
        assert len(hits) >= n, f"planted {rule} on {concept}: found {len(hits)} of {n}"
        for hit in hits[:n]:
            unmatched.remove(hit)
    assert [(f["rule"], f["message"]) for f in unmatched] == []


def copy_case(tmp_path: Path) -> Path:
    case = tmp_path / "perfect-storm"
    shutil.copytree(ROOT / "seeds" / "perfect-storm", case)
    return case


def test_ids_survive_a_document_repeating_a_known_position(tmp_path: Path) -> None:
    case = copy_case(tmp_path)
    before = check(case).findings
    (case / "wire.md").write_text(
        "---\npublisher: Agence Europe\npublished: 2020-11-13\nlanguage: fr\n---\n"
        "Selon Eurojust, 5 500 serveurs ont été fermés. Selon la Guardia di Finanza, "
        "5 500 ressources informatiques ont été saisies.\n",
        encoding="utf-8",
    )
    after = check(case).findings
    assert set(before["id"]) <= set(after["id"])
    drift = after[after["rule"] == "term-drift"]
    assert len(drift) == 1 and "wire.md" in {c["doc"] for c in drift["claims"].iloc[0]}
    assert drift["evidence"].iloc[0] not in set(before["evidence"])


def test_ids_survive_editing_text_around_figures(tmp_path: Path) -> None:
    case = copy_case(tmp_path)
    before = check(case).findings
    doc = case / "perfect-storm-fr.md"
    text = doc.read_text(encoding="utf-8")
    head, sep, body = text.partition("---\n")[2].partition("---\n")
    doc.write_text(
        "---\n" + head + sep + "Mise à jour : nous avons corrigé le titre.\n" + body,
        encoding="utf-8",
    )
    after = check(case).findings
    assert sorted(after["id"]) == sorted(before["id"])
    assert {c["start"] for cs in after["claims"] for c in cs} != {
        c["start"] for cs in before["claims"] for c in cs
    }


def test_case_yaml_may_name_the_suite(tmp_path: Path) -> None:
    case = copy_case(tmp_path)
    (case / "strict-here.yaml").write_text("extends: strict\n", encoding="utf-8")
    with (case / "case.yaml").open("a", encoding="utf-8") as f:
        f.write("suite: strict-here.yaml\n")
    findings = loud(check(case).findings)
    assert set(findings["severity"]) == {"error"}
    assert set(
        loud(check(case, suite=ROOT / "sourcecheck/suites/default.yaml").findings)["severity"]
    ) == {"warning"}


def test_check_validates_the_tables_and_can_add_expectations(storm) -> None:
    assert storm.validation["success"] is True
    expected = {(r["table"], r["expectation"]) for r in storm.validation["results"]}
    assert ("claims", "expect_column_values_to_be_unique") in expected
    stricter = check(
        ROOT / "seeds" / "perfect-storm",
        expectations=[
            {
                "table": "claims",
                "expectation": "expect_column_values_to_be_between",
                "kwargs": {"column": "value", "max_value": 1000},
            }
        ],
    )
    assert stricter.validation["success"] is False
    failed = [r for r in stricter.validation["results"] if not r["success"]]
    assert [r["expectation"] for r in failed] == ["expect_column_values_to_be_between"]
    assert "perfect-storm-fr.md#4167" in failed[0]["failing_rows"]  # 10 619 000 €


def test_check_without_validation_leaves_it_empty() -> None:
    assert check(ROOT / "seeds" / "perfect-storm", validate=False).validation is None


def test_a_case_without_listed_items_is_checked(tmp_path):
    """Every rule runs on a table where a column is empty of values (no lists, no rates)."""
    case = tmp_path / "tiny"
    case.mkdir()
    (case / "a.md").write_text(
        "---\npublisher: Le Courrier\npublished: 2024-01-01\nlanguage: fr\n---\n"
        "Selon la préfecture, 12 000 personnes ont défilé.\n",
        encoding="utf-8",
    )
    result = check(case, validate=False)
    assert len(result.claims) == 1 and result.findings.empty
