"""Export and import of decisions: round trips, idempotence, never a newer decision replaced."""

from __future__ import annotations

import pytest

from sourcecheck.errors import InputError
from sourcecheck.review import open_store
from sourcecheck.review.exchange import export_text, import_file


@pytest.fixture
def store(tmp_path):
    store = open_store(tmp_path / "a.sqlite")
    store.set("demo", "f1", "follow-up", note="ask, then \"check\"", reviewer="ana",
              evidence="e1", rule="rounding", message="10,7 vs 10 619 000")  # fmt: skip
    store.set("demo", "f1", "confirmed", note="GdF's is exact", reviewer="bo")
    store.set("demo", "f2", "dismissed", note="ligne 1\nligne 2", reviewer="ana")
    return store


@pytest.mark.parametrize("fmt", ["csv", "json"])
def test_round_trip_into_an_empty_store(tmp_path, store, fmt):
    exported = tmp_path / f"decisions.{fmt}"
    exported.write_text(export_text(store, fmt), encoding="utf-8")
    copy = open_store(tmp_path / "b.sqlite")
    counts = import_file(copy, exported)
    fields = ("case", "finding_id", "status", "note", "reviewer", "updated", "evidence", "rule")
    assert [{k: d[k] for k in fields} for d in copy.decisions()] == [
        {k: d[k] for k in fields} for d in store.decisions()
    ]
    # JSON carries the history, CSV the current decisions only
    assert copy.history_count() == (store.history_count() if fmt == "json" else 2)
    assert counts["older"] == 0 and counts["known"] == 0
    assert import_file(copy, exported) == {"applied": 0, "older": 0, "known": counts["applied"]}


def test_import_never_replaces_a_newer_decision(tmp_path, store):
    exported = tmp_path / "decisions.csv"
    exported.write_text(export_text(store, "csv"), encoding="utf-8")
    newer = store.set("demo", "f1", "corrected", note="fixed in print", reviewer="cy")
    counts = import_file(store, exported)
    assert counts == {"applied": 0, "older": 0, "known": 2}  # the same changes: nothing to do
    stale = exported.read_text().replace("GdF's is exact", "stale copy")
    exported.write_text(stale)
    assert import_file(store, exported) == {"applied": 0, "older": 1, "known": 1}
    current = store.get("demo", "f1")
    assert (current["status"], current["updated"]) == ("corrected", newer["updated"])
    assert current["history"][-1]["note"] == "stale copy" and not current["history"][-1]["applied"]


def test_bad_import_names_file_and_place(tmp_path, store):
    bad = tmp_path / "bad.csv"
    bad.write_text("case,finding_id,status,updated\ndemo,f1,wontfix,2026-11-28T00:00:00Z\n")
    with pytest.raises(InputError, match=r"bad.csv: line 2: status 'wontfix'"):
        import_file(store, bad)
    bad.write_text("case,finding_id\ndemo,f1\n")
    with pytest.raises(InputError, match="missing columns"):
        import_file(store, bad)
