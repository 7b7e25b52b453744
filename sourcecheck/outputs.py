"""Write a case's results to its report folder: report.html, findings.json, claims.csv.

Why
---
DESIGN §8 fixes what a run leaves in `OUT_DIR/<case>/`; CI jobs, the review server and editors
read those files while a run may be writing the next ones, so each is written atomically.

Example
-------
>>> write_case(check("seeds/perfect-storm"), Path("reports"))   # doctest: +SKIP
PosixPath('reports/perfect-storm')
"""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

import pandas as pd

from sourcecheck.atomic import write_text
from sourcecheck.result import Result


def write_case(result: Result, out_dir: Path) -> Path:
    """Write `result` into `out_dir/<case>/` and return that folder."""
    folder = Path(out_dir) / result.case
    from sourcecheck.report import render_case

    write_text(folder / "findings.json", findings_json(result.findings))
    write_text(folder / "claims.csv", result.claims.to_csv(index=False))
    if result.validation is not None:
        write_text(folder / "validation.json", _dumps(result.validation))
    write_text(folder / "report.html", render_case(result))
    return folder


def findings_json(findings: pd.DataFrame) -> str:
    """findings.json (DESIGN §8): a list of finding objects, contract keys first."""
    return _dumps(findings.to_dict("records"))


def _dumps(data: Any) -> str:
    return json.dumps(_plain(data), ensure_ascii=False, indent=2) + "\n"


def _plain(value: Any) -> Any:
    """JSON-safe values: numpy scalars unwrapped, NaN and infinities as null."""
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    if hasattr(value, "item") and not isinstance(value, str):
        value = value.item()
    if isinstance(value, float) and not math.isfinite(value):
        return None
    return value
