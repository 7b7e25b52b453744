"""Read what `sourcecheck run` wrote: the case folders of an output folder and their findings.

Why
---
The review commands and the review server work from the reports (`OUT_DIR/<case>/findings.json`,
DESIGN §8), not from the case sources: an editor reviews what the report shows, and a finding's
rule, message and evidence hash at review time come from there.

Example
-------
>>> import tempfile, pathlib, json
>>> out = pathlib.Path(tempfile.mkdtemp())
>>> (out / "demo").mkdir()
>>> _ = (out / "demo" / "findings.json").write_text(json.dumps([{"id": "ab12"}]))
>>> [c.name for c in case_dirs(out)], find_findings(out, "ab")[0][0]
(['demo'], 'demo')
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pandas as pd

from sourcecheck.errors import InputError
from sourcecheck.schema import FINDING_COLUMNS

FINDINGS_FILE = "findings.json"


def case_dirs(out_dir: str | Path) -> list[Path]:
    """The case folders of an output folder (those holding a findings.json), sorted by name.

    Hidden folders are not cases: `.<case>.stage-*` is a run still writing (sourcecheck.outfolder).
    """
    out_dir = Path(out_dir)
    if not out_dir.is_dir():
        return []
    return sorted(
        p for p in out_dir.iterdir() if not p.name.startswith(".") and (p / FINDINGS_FILE).is_file()
    )


def read_findings(case_dir: str | Path) -> list[dict[str, Any]]:
    """The findings of one case folder, as written in its findings.json (a regular file)."""
    from sourcecheck.reading import read_text

    path = Path(case_dir) / FINDINGS_FILE
    if not path.exists():
        raise InputError(path, None, "no such file (run `sourcecheck run` first)")
    try:
        data = json.loads(read_text(path, max_bytes=1 << 36))
    except json.JSONDecodeError as exc:
        raise InputError(path, f"line {exc.lineno}", f"not JSON: {exc.msg}") from None
    except RecursionError:
        raise InputError(path, None, "JSON nested too deeply") from None
    if not isinstance(data, list) or not all(isinstance(f, dict) and "id" in f for f in data):
        raise InputError(path, None, "expected a list of findings, each with an id")
    return data


def resolve_cases(target: str | Path, out: str | Path | None = None) -> tuple[Path, list[str]]:
    """(output folder, case names) meant by `target`.

    `target` is a case's report folder (`reports/perfect-storm`), an output folder (`reports`:
    all its cases), a case folder whose name has reports in `out` (`seeds/perfect-storm`), or a
    case name in `out` (default "reports").
    """
    target = Path(target)
    if (target / FINDINGS_FILE).is_file():
        return target.parent, [target.name]
    if case_dirs(target):
        return target, [c.name for c in case_dirs(target)]
    out_dir = Path(out) if out else Path("reports")
    if (out_dir / target.name / FINDINGS_FILE).is_file():
        return out_dir, [target.name]
    raise InputError(
        target, None, f"no findings.json here, nor in {out_dir / target.name} (run it first)"
    )


def find_findings(out_dir: str | Path, prefix: str) -> list[tuple[str, dict[str, Any]]]:
    """(case, finding) for every finding in `out_dir` whose id starts with `prefix`."""
    return [
        (case_dir.name, finding)
        for case_dir in case_dirs(out_dir)
        for finding in read_findings(case_dir)
        if str(finding["id"]).startswith(prefix)
    ]


def findings_frame(findings: list[dict[str, Any]]) -> pd.DataFrame:
    """The findings table (schema.FINDING_COLUMNS first) of findings read from findings.json."""
    frame = pd.DataFrame(findings)
    for column in FINDING_COLUMNS:
        if column not in frame.columns:
            frame[column] = None
    rest = [c for c in frame.columns if c not in FINDING_COLUMNS]
    return frame[list(FINDING_COLUMNS) + rest]
