"""The review store: decisions, append-only history, schema versions, WAL."""

from __future__ import annotations

import sqlite3

import pytest

from sourcecheck.errors import InputError
from sourcecheck.review import open_store
from sourcecheck.review.tables import MIGRATIONS


def test_each_change_is_kept_in_order(tmp_path):
    store = open_store(tmp_path / "reviews.sqlite")
    store.set("demo", "f1", "follow-up", note="ask GdF", reviewer="ana", evidence="e1")
    current = store.set("demo", "f1", "dismissed", note="same count", reviewer="bo")
    assert (current["status"], current["note"], current["reviewer"]) == (
        "dismissed",
        "same count",
        "bo",
    )
    assert current["evidence"] == "e1"  # kept from the first review when not given again
    assert [(h["status"], h["reviewer"]) for h in current["history"]] == [
        ("follow-up", "ana"),
        ("dismissed", "bo"),
    ]


def test_schema_is_versioned_and_wal(tmp_path):
    path = tmp_path / "reviews.sqlite"
    open_store(path).set("demo", "f1", "confirmed", reviewer="ana")
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_history_refuses_update_and_delete(tmp_path):
    path = tmp_path / "reviews.sqlite"
    open_store(path).set("demo", "f1", "confirmed", reviewer="ana")
    conn = sqlite3.connect(path)
    for sql in ("UPDATE history SET status = 'open'", "DELETE FROM history"):
        with pytest.raises(sqlite3.IntegrityError, match="append-only"):
            conn.execute(sql)
    assert conn.execute("SELECT count(*) FROM history").fetchone()[0] == 1


def test_reading_a_missing_store_creates_nothing(tmp_path):
    store = open_store(tmp_path / "reviews.sqlite")
    assert store.decisions("demo") == [] and store.get("demo", "f1") is None
    assert not (tmp_path / "reviews.sqlite").exists()


def test_an_older_decision_does_not_replace_a_newer_one(tmp_path):
    store = open_store(tmp_path / "reviews.sqlite")
    store.set("demo", "f1", "confirmed", reviewer="ana", updated="2026-11-28T02:00:00Z")
    current = store.set("demo", "f1", "dismissed", reviewer="bo", updated="2026-11-27T09:00:00Z")
    assert current["status"] == "confirmed"
    assert [(h["status"], h["applied"]) for h in current["history"]] == [
        ("confirmed", True),
        ("dismissed", False),
    ]


def test_a_store_from_a_newer_sourcecheck_is_refused(tmp_path):
    path = tmp_path / "reviews.sqlite"
    sqlite3.connect(path).execute(f"PRAGMA user_version = {len(MIGRATIONS) + 1}")
    with pytest.raises(InputError, match="newer"):
        open_store(path).decisions()


def test_unknown_status_is_bad_input(tmp_path):
    with pytest.raises(InputError, match="not one of"):
        open_store(tmp_path / "reviews.sqlite").set("demo", "f1", "wontfix")


def test_cases_are_kept_apart(tmp_path):
    store = open_store(tmp_path / "reviews.sqlite")
    store.set("a", "f1", "confirmed", reviewer="ana")
    store.set("b", "f1", "dismissed", reviewer="ana")
    assert store.get("a", "f1")["status"] == "confirmed"
    assert store.get("b", "f1")["status"] == "dismissed"
    assert {d["case"] for d in store.find("f")} == {"a", "b"}


def test_store_urls(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    open_store("sqlite:///rel.sqlite").set("demo", "f1", "confirmed", reviewer="ana")
    open_store(f"sqlite:///{tmp_path}/abs.sqlite").set("demo", "f1", "confirmed", reviewer="ana")
    assert (tmp_path / "rel.sqlite").is_file() and (tmp_path / "abs.sqlite").is_file()
    with pytest.raises(InputError, match="sqlite:///"):
        open_store("postgresql://newsroom/reviews")


def test_a_new_migration_upgrades_an_existing_store(tmp_path, monkeypatch):
    from sourcecheck.review import tables

    path = tmp_path / "reviews.sqlite"
    open_store(path).set("demo", "f1", "dismissed", note="kept", reviewer="ana")
    added = (
        "ALTER TABLE reviews ADD COLUMN desk TEXT;\nCREATE INDEX reviews_desk ON reviews (desk);"
    )
    monkeypatch.setattr(tables, "MIGRATIONS", (*MIGRATIONS, added))
    upgraded = open_store(path)
    assert upgraded.get("demo", "f1")["note"] == "kept"  # data survives the upgrade
    assert "desk" in upgraded.get("demo", "f1")
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS) + 1
