"""Join the review store to a run's findings: status, note, history, new evidence, gone findings.

Why
---
A run must show each finding's editorial decision (findings.json, the report), say when the
claims behind a reviewed finding changed since the review (the evidence hash of DESIGN §8), list
the reviewed findings that the run no longer finds (they keep their history), and leave
dismissed and corrected findings out of `--fail-on`.

Example
-------
>>> import pandas as pd, tempfile, pathlib
>>> from sourcecheck.review import open_store
>>> store = open_store(pathlib.Path(tempfile.mkdtemp()) / "reviews.sqlite")
>>> _ = store.set("demo", "a1", "dismissed", note="same count", reviewer="ana", evidence="e1")
>>> findings = pd.DataFrame([{"id": "a1", "severity": "error", "evidence": "e2"}])
>>> findings, gone = apply_reviews(findings, store, "demo")
>>> findings.loc[0, "review"]["status"], findings.loc[0, "review"]["evidence_changed"]
('dismissed', True)
>>> counts_for_fail(findings)
{'error': 0, 'warning': 0, 'info': 0}
"""

from __future__ import annotations

from typing import Any

import pandas as pd

from sourcecheck.review.store import ReviewStore
from sourcecheck.schema import SEVERITIES

__all__ = ["CLOSED_STATUSES", "apply_reviews", "counts_for_fail", "is_closed", "open_review"]

# Decisions that take a finding out of `--fail-on` (DESIGN §8 exit codes).
CLOSED_STATUSES: frozenset[str] = frozenset({"dismissed", "corrected"})


def open_review() -> dict[str, Any]:
    """The review of a finding nobody has reviewed yet."""
    return {
        "status": "open",
        "note": None,
        "reviewer": None,
        "updated": None,
        "history": [],
        "evidence_changed": False,
    }


def _review(decision: dict[str, Any] | None, evidence: Any) -> dict[str, Any]:
    if decision is None:
        return open_review()
    stored = decision.get("evidence")
    return {
        "status": decision["status"],
        "note": decision["note"],
        "reviewer": decision["reviewer"],
        "updated": decision["updated"],
        "history": decision["history"],
        "evidence_changed": bool(stored) and bool(evidence) and stored != evidence,
    }


def apply_reviews(
    findings: pd.DataFrame, store: ReviewStore, case: str
) -> tuple[pd.DataFrame, list[dict[str, Any]]]:
    """Fill each finding's `review` from the store; return (findings, gone).

    `findings` is not changed: a copy with the `review` column is returned. `gone` lists the
    decisions of `case` whose finding this run no longer produces: each a dict with id, case,
    finding_id (= id), status, note, reviewer, updated, evidence, rule, message and history.
    """
    decisions = {d["finding_id"]: d for d in store.decisions(case)}
    out = findings.copy()
    if "evidence" not in out.columns:
        out["evidence"] = None
    ids = out["id"].tolist() if "id" in out.columns else []
    out["review"] = [
        _review(decisions.get(fid), ev) for fid, ev in zip(ids, out["evidence"], strict=True)
    ]
    found = set(ids)
    gone = [{"id": fid, **d} for fid, d in decisions.items() if fid not in found]
    return out, gone


def is_closed(review: Any) -> bool:
    """Whether a finding's review takes it out of `--fail-on` (dismissed or corrected)."""
    return isinstance(review, dict) and review.get("status") in CLOSED_STATUSES


def counts_for_fail(findings: pd.DataFrame) -> dict[str, int]:
    """Findings per severity, most severe first, that count for `--fail-on`: all but dismissed
    and corrected.

    Example: `--fail-on warning` fails when counts["warning"] + counts["error"] > 0.
    """
    counts = dict.fromkeys(reversed(SEVERITIES), 0)
    if findings.empty:
        return counts
    reviews = findings["review"] if "review" in findings.columns else [None] * len(findings)
    for severity, review in zip(findings["severity"], reviews, strict=True):
        if not is_closed(review) and severity in counts:
            counts[severity] += 1
    return counts
