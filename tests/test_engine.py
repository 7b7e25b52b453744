"""The engine stamps findings: stable ids, evidence, claims as dicts, one per divergence."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys

import pandas as pd

from sourcecheck.engine import run_suite
from sourcecheck.schema import FINDING_CLAIM_KEYS, FINDING_COLUMNS
from sourcecheck.suite import load_suite

STORY = """claim_id,doc,source,text,start,quote,value,low,high,concept,concept_path,thing
a.md#10,a.md,Eurojust,5 500 serveurs,10,Eurojust: 5 500 serveurs fermés.,5500,5450,5550,server,it-resource/server,serveurs
a.md#90,a.md,GdF,5 500 ressources,90,GdF: 5 500 ressources.,5500,5450,5550,it-resource,it-resource,ressources
a.md#140,a.md,GdF,350 chaînes,140,ainsi que 350 chaînes Telegram.,350,350,350,telegram-channel,telegram-channel,chaînes
b.md#12,b.md,Eurojust,370 channels,12,Eurojust counted 370 channels.,370,370,370,telegram-channel,telegram-channel,channels
"""


def story(extra: str = "") -> pd.DataFrame:
    return pd.read_csv(io.StringIO(STORY + extra), dtype=str, keep_default_na=False)


def ids(findings: pd.DataFrame) -> dict[str, str]:
    return dict(zip(findings["rule"], findings["id"], strict=True))


def test_findings_have_the_contract_columns_and_most_severe_first() -> None:
    findings = run_suite(story(), load_suite("default"))
    assert list(findings.columns) == list(FINDING_COLUMNS)
    assert findings["rule"].tolist() == ["value-conflict", "term-drift"]
    assert findings["severity"].tolist() == ["error", "warning"]
    for claims in findings["claims"]:
        assert all(set(FINDING_CLAIM_KEYS) <= set(c) for c in claims)
    assert findings["review"].tolist() == [{"status": "open", "note": None}] * 2
    drift = findings.set_index("rule").loc["term-drift"]
    assert {c["claim_id"]: c["group"] for c in drift["claims"]} == {
        "a.md#10": "server",
        "a.md#90": "it-resource",
    }
    json.dumps(findings.to_dict("records"))  # plain JSON values


def test_a_new_document_repeating_a_known_position_keeps_ids() -> None:
    before = run_suite(story(), load_suite("default"))
    more = story(
        "c.md#5,c.md,Reuters,370 channels,5,Reuters: 370 channels.,370,370,370,"
        "telegram-channel,telegram-channel,channels\n"
        "c.md#40,c.md,Reuters,5 500 servers,40,5 500 servers.,5500,5450,5550,server,"
        "it-resource/server,servers\n"
    )
    after = run_suite(more, load_suite("default"))
    assert ids(after) == ids(before)
    assert len(after) == len(before)  # one finding per divergence, not per document
    assert set(after["evidence"]).isdisjoint(before["evidence"])  # "known finding, new evidence"
    conflict = after.set_index("rule").loc["value-conflict"]
    assert len(conflict["claims"]) == 3


def test_editing_text_around_a_figure_keeps_ids_and_evidence() -> None:
    edited = story().assign(
        start=lambda t: (t["start"].astype(int) + 57).astype(str),
        claim_id=lambda t: t["doc"] + "#" + t["start"],
        quote=lambda t: "Rewritten: " + t["quote"],
    )
    before = run_suite(story(), load_suite("default"))
    after = run_suite(edited, load_suite("default"))
    assert ids(after) == ids(before)
    assert after["evidence"].tolist() == before["evidence"].tolist()


def test_severity_and_options_do_not_change_ids(tmp_path) -> None:
    suite = tmp_path / "s.yaml"
    suite.write_text("extends: strict\n", encoding="utf-8")
    assert ids(run_suite(story(), load_suite(suite))) == ids(
        run_suite(story(), load_suite("default"))
    )


def test_ids_are_the_same_in_another_process() -> None:
    code = (
        "import sys; sys.path.insert(0, 'tests'); from test_engine import *; "
        "import json; print(json.dumps(sorted(ids(run_suite(story(), load_suite('default'))).values())))"
    )
    runs = {
        subprocess.run(
            [sys.executable, "-c", code],
            capture_output=True,
            text=True,
            check=True,
            env={**os.environ, "PYTHONHASHSEED": seed},
        ).stdout
        for seed in ("1", "2")
    }
    assert len(runs) == 1
    assert sorted(ids(run_suite(story(), load_suite("default"))).values()) == json.loads(runs.pop())


def test_rules_do_not_change_the_claims() -> None:
    claims = story()
    copy = claims.copy()
    run_suite(claims, load_suite("strict"))
    pd.testing.assert_frame_equal(claims, copy)


def test_no_claims_no_findings() -> None:
    from sourcecheck.schema import CLAIM_COLUMNS, EXTRA_CLAIM_COLUMNS

    empty = pd.DataFrame(columns=[*CLAIM_COLUMNS, *EXTRA_CLAIM_COLUMNS, "concept_path"])
    for claims in (empty, pd.DataFrame({"claim_id": ["a#1"], "value": [3]})):
        findings = run_suite(claims, load_suite("strict"))
        assert findings.empty and list(findings.columns) == list(FINDING_COLUMNS)
