"""write_case: report.html, findings.json and claims.csv in OUT/<case>/, plain JSON."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pandas as pd

from sourcecheck.case import load_case
from sourcecheck.engine import run_suite
from sourcecheck.outputs import write_case
from sourcecheck.result import Result
from sourcecheck.suite import load_suite

sys.path.insert(0, str(Path(__file__).parent))
from test_engine import story  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent


def test_write_case(tmp_path: Path) -> None:
    case = load_case(ROOT / "seeds" / "perfect-storm")
    claims = pd.concat(
        [
            story(),
            pd.DataFrame(
                {
                    "claim_id": ["a.md#300", "b.md#300"],
                    "doc": ["a.md", "b.md"],
                    "source": ["Eurojust", "TorrentFreak"],
                    "text": ["700", "plus de 700"],
                    "value": ["700", "700"],
                    "low": ["700", "700"],
                    "high": ["700", "inf"],
                    "low_open": ["false", "true"],
                    "qualifier": ["exact", "more_than"],
                    "concept": ["police-officer", "police-officer"],
                }
            ),
        ]
    )
    findings = run_suite(claims, load_suite("default"))
    result = Result(case.name, str(case.path), case.documents, claims, findings)
    folder = write_case(result, tmp_path / "reports")
    assert folder == tmp_path / "reports" / "perfect-storm"
    written = json.loads((folder / "findings.json").read_text(encoding="utf-8"))
    assert [f["id"] for f in written] == findings["id"].tolist()
    info = next(f for f in written if f["severity"] == "info")
    assert {c["high"] for c in info["claims"]} == {700.0, None}  # ∞ is null in JSON
    assert pd.read_csv(folder / "claims.csv", dtype=str).shape[0] == len(claims)
    html = (folder / "report.html").read_text(encoding="utf-8")
    assert all(f'data-finding-id="{i}"' in html for i in findings["id"])
    assert sorted(p.name for p in folder.iterdir()) == [
        "claims.csv",
        "findings.json",
        "report.html",
    ]
