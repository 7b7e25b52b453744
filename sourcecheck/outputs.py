"""Write a case's results to its report folder: report.html, findings.json, claims.csv.

Why
---
DESIGN §8 fixes what a run leaves in `OUT_DIR/<case>/`; CI jobs, the review server and editors
read those files while a run may be writing the next ones, so the files are written as one
set: rendered first, then written into a fresh folder and swapped in whole, under the case's
lock (sourcecheck.outfolder).

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

from sourcecheck.outfolder import WAIT, claimed, write_set
from sourcecheck.result import Result


def write_case(result: Result, out_dir: Path, *, wait: float = WAIT) -> Path:
    """Write `result` into `out_dir/<case>/` as one set and return that folder.

    Takes the case's lock unless this process holds it already (`checks.caserun.check_case`
    holds it for the whole check); waits up to `wait` seconds for another run.
    """
    from sourcecheck.report import render_case

    files = {
        "findings.json": findings_json(result.findings),
        "claims.csv": result.claims.to_csv(index=False),
    }
    if result.validation is not None:
        files["validation.json"] = _dumps(result.validation)
    files["report.html"] = render_case(result)
    with claimed(out_dir, result.case, wait=wait):
        return write_set(out_dir, result.case, files)


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
