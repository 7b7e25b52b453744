"""Reports of the seed case, written as `sourcecheck run` writes them, for the review tests."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.report_case import seed_result


def write_reports(out: Path) -> Path:
    """`out/perfect-storm/` with findings.json and report.html of the seed case; returns `out`."""
    result = seed_result()
    try:
        from sourcecheck.outputs import write_case
    except ImportError:
        write_case = None
    if write_case is not None:
        write_case(result, out)
        return out
    from sourcecheck.report import render_case

    case_dir = out / result.case
    case_dir.mkdir(parents=True, exist_ok=True)
    records = result.findings.to_dict("records")
    (case_dir / "findings.json").write_text(json.dumps(records, default=str), encoding="utf-8")
    (case_dir / "report.html").write_text(render_case(result), encoding="utf-8")
    return out


@pytest.fixture
def reports(tmp_path: Path) -> Path:
    """An output folder holding the seed case's reports."""
    return write_reports(tmp_path / "reports")


@pytest.fixture
def seed_findings(reports: Path) -> list[dict]:
    """The seed case's findings as findings.json holds them."""
    return json.loads((reports / "perfect-storm" / "findings.json").read_text(encoding="utf-8"))
