"""Export the review store as CSV or JSON, and import such a file without losing a decision.

Why
---
Decisions travel: a desk reviews on a laptop and merges into the newsroom's store, or keeps the
decisions in git as a CSV. An import never lets an older decision replace a newer one, and every
imported change lands in history; importing the same file twice changes nothing.

Example
-------
>>> import tempfile, pathlib
>>> from sourcecheck.review.store import open_store
>>> d = pathlib.Path(tempfile.mkdtemp())
>>> a, b = open_store(d / "a.sqlite"), open_store(d / "b.sqlite")
>>> _ = a.set("demo", "ab12", "confirmed", note="checked", reviewer="ana")
>>> (d / "a.csv").write_text(export_text(a, "csv")) > 0
True
>>> import_file(b, d / "a.csv"), import_file(b, d / "a.csv")
({'applied': 1, 'older': 0, 'known': 0}, {'applied': 0, 'older': 0, 'known': 1})
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

from sourcecheck.errors import InputError
from sourcecheck.review.store import ReviewStore
from sourcecheck.review.tables import DECISION_FIELDS, check_status, normalise_time

FORMATS: tuple[str, ...] = ("csv", "json")


def export_text(store: ReviewStore, fmt: str, case: str | None = None) -> str:
    """The store's current decisions as CSV (one row each) or JSON (with their history)."""
    decisions = store.decisions(case)
    if fmt == "json":
        return json.dumps(decisions, ensure_ascii=False, indent=2) + "\n"
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=DECISION_FIELDS, extrasaction="ignore")
    writer.writeheader()
    writer.writerows(decisions)
    return buffer.getvalue()


def _rows(path: Path) -> list[tuple[str, dict[str, Any]]]:
    """(place, change) for each change in an export file, CSV or JSON by content."""
    from sourcecheck.reading import read_text

    text = read_text(path)  # a regular UTF-8 file within the document size limit
    if text.lstrip().startswith("["):
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise InputError(path, f"line {exc.lineno}", f"not JSON: {exc.msg}") from None
        except RecursionError:
            raise InputError(path, None, "JSON nested too deeply") from None
        changes = []
        for i, decision in enumerate(data):
            if not isinstance(decision, dict):
                raise InputError(path, f"item {i + 1}", "expected an object")
            keys = {k: decision.get(k) for k in ("case", "finding_id", "rule", "message")}
            entries = decision.get("history") or [decision]
            if not isinstance(entries, list) or not all(isinstance(h, dict) for h in entries):
                raise InputError(path, f"item {i + 1}", "history must be a list of objects")
            changes += [(f"item {i + 1}", {**decision, **h, **keys}) for h in entries]
        return changes
    reader = csv.DictReader(io.StringIO(text))
    missing = {"case", "finding_id", "status", "updated"} - set(reader.fieldnames or ())
    if missing:
        raise InputError(path, "line 1", f"missing columns: {', '.join(sorted(missing))}")
    return [(f"line {i + 2}", row) for i, row in enumerate(reader)]


def import_file(store: ReviewStore, path: str | Path) -> dict[str, int]:
    """Add an export's changes to `store`, oldest first; returns how many of each kind.

    applied: became the current decision · older: kept in history only, because the store
    holds a newer decision · known: already in history, skipped.
    """
    path = Path(path)
    if not path.is_file():
        raise InputError(path, None, "no such file")
    changes = []
    for place, row in _rows(path):
        for key in ("case", "finding_id", "status", "updated"):
            if not row.get(key):
                raise InputError(path, place, f"{key} is empty")
        for key in DECISION_FIELDS:
            if row.get(key) is not None and not isinstance(row[key], str):
                raise InputError(path, place, f"{key} must be text, got {row[key]!r}")
        check_status(row["status"], file=path, place=place)
        change = {k: (row.get(k) or None) for k in DECISION_FIELDS}
        change["updated"] = normalise_time(row["updated"], file=path, place=place)
        changes.append(change)
    counts = {"applied": 0, "older": 0, "known": 0}
    for c in sorted(changes, key=lambda c: c["updated"]):
        fields = {k: c[k] for k in ("note", "reviewer", "evidence", "rule", "message", "updated")}
        result = store.set(c["case"], c["finding_id"], c["status"], origin="import", **fields)
        counts[result["change"]] += 1
    return counts
