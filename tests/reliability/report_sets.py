"""What a consistent report set is, and two runs of one case that write different sets."""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path

from reliability_case import TINY, tiny_case

from sourcecheck.report.data import unpack

OTHER = TINY.replace("7 000", "9 500").replace("700 manifestants", "800 manifestants")


def read_set(folder: Path) -> tuple[frozenset, frozenset]:
    """(finding ids, claim ids) of a report folder, after checking that its files agree.

    findings.json and report.html name the same findings; claims.csv and the page's packed
    data hold the same claims. Raises AssertionError when they do not.
    """
    findings = json.loads((folder / "findings.json").read_text(encoding="utf-8"))
    html = (folder / "report.html").read_text(encoding="utf-8")
    meta = re.search(r'<script type="application/json" id="report-meta">([^<]*)</script>', html)
    blob = re.search(r'id="page-data">([^<]*)</script>', html)
    with (folder / "claims.csv").open(encoding="utf-8", newline="") as f:
        claims = frozenset(row["claim_id"] for row in csv.DictReader(f))
    ids = frozenset(f["id"] for f in findings)
    assert ids == frozenset(f["id"] for f in json.loads(meta.group(1))["findings"]), folder
    page_claims = unpack(blob.group(1))["claims"]
    assert claims == frozenset(row[0] for row in page_claims), folder
    return ids, claims


def two_results(tmp: Path):
    """Two Results of one case name ("tiny") whose report sets differ."""
    from sourcecheck.pipeline import check

    first = check(tiny_case(tmp / "a"), validate=False)
    second = check(tiny_case(tmp / "b", text=OTHER), validate=False)
    return first, second


def leftovers(out: Path, case: str = "tiny") -> list[str]:
    """What killed runs left beside the case's folder (staging or moved-aside sets)."""
    return sorted(p.name for p in out.iterdir() if re.match(rf"\.{case}\.(stage|old)-", p.name))
