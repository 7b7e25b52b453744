"""The review store's tables: the migrations that build them and the values they hold.

Why
---
A store made by an older sourcecheck must open in a newer one with every decision intact. The
schema is the ordered `MIGRATIONS` list: `MIGRATIONS[i]` takes a store from `PRAGMA
user_version` i to i + 1. Shipped migrations are never edited, only appended to.

Example
-------
>>> normalise_time("2026-11-28T02:00:00Z")
'2026-11-28T02:00:00.000000+00:00'
>>> len(statements(MIGRATIONS[0])) > 3
True
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from sourcecheck.errors import InputError
from sourcecheck.schema import REVIEW_STATUSES

_STATUSES_SQL = ", ".join(f"'{s}'" for s in REVIEW_STATUSES)

# Ordered schema migrations: MIGRATIONS[i] brings a store from user_version i to i + 1.
# Append to this list; never edit a migration that has shipped.
MIGRATIONS: tuple[str, ...] = (
    f"""
    CREATE TABLE reviews (
        "case"     TEXT NOT NULL,
        finding_id TEXT NOT NULL,
        status     TEXT NOT NULL CHECK (status IN ({_STATUSES_SQL})),
        note       TEXT,
        reviewer   TEXT,
        updated    TEXT NOT NULL,
        evidence   TEXT,
        rule       TEXT,
        message    TEXT,
        PRIMARY KEY ("case", finding_id)
    );
    CREATE TABLE history (
        seq        INTEGER PRIMARY KEY AUTOINCREMENT,
        "case"     TEXT NOT NULL,
        finding_id TEXT NOT NULL,
        status     TEXT NOT NULL CHECK (status IN ({_STATUSES_SQL})),
        note       TEXT,
        reviewer   TEXT,
        updated    TEXT NOT NULL,
        evidence   TEXT,
        origin     TEXT NOT NULL,
        applied    INTEGER NOT NULL DEFAULT 1
    );
    CREATE INDEX history_finding ON history ("case", finding_id, seq);
    CREATE TRIGGER history_no_update BEFORE UPDATE ON history
        BEGIN SELECT RAISE(ABORT, 'history is append-only'); END;
    CREATE TRIGGER history_no_delete BEFORE DELETE ON history
        BEGIN SELECT RAISE(ABORT, 'history is append-only'); END;
    """,
)

DECISION_FIELDS: tuple[str, ...] = (
    "case",
    "finding_id",
    "status",
    "note",
    "reviewer",
    "updated",
    "evidence",
    "rule",
    "message",
)
HISTORY_FIELDS: tuple[str, ...] = ("status", "note", "reviewer", "updated", "origin", "applied")


def now() -> str:
    """The current time as the store writes it: ISO 8601, UTC, microseconds."""
    return datetime.now(UTC).isoformat(timespec="microseconds")


def normalise_time(value: str, *, file: str | Path = "", place: str = "") -> str:
    """`value` (ISO 8601) in the store's form, so that times compare as strings."""
    try:
        moment = datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    except ValueError:
        raise InputError(file, place, f"time {value!r} is not ISO 8601") from None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).isoformat(timespec="microseconds")


def check_status(status: str, *, file: str | Path = "", place: str = "") -> str:
    """`status` if it is one of schema.REVIEW_STATUSES, else InputError."""
    if status not in REVIEW_STATUSES:
        allowed = ", ".join(REVIEW_STATUSES)
        raise InputError(file or "review", place, f"status {status!r} is not one of {allowed}")
    return status


def check_text(value: object, what: str) -> None:
    """InputError when `value` is text that cannot be stored: a lone surrogate (what Python
    makes of bytes that are not UTF-8 in a command line) or a NUL character."""
    if not isinstance(value, str):
        return
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise InputError(
            what, None, f"holds a character that is not valid text at position {exc.start}"
        ) from None
    if "\x00" in value:
        raise InputError(what, None, "holds a NUL character")


def statements(script: str) -> list[str]:
    """Split a migration into statements (sqlite3.complete_statement knows about triggers)."""
    statements, current = [], ""
    for line in script.splitlines(keepends=True):
        current += line
        if sqlite3.complete_statement(current):
            statements.append(current.strip())
            current = ""
    if current.strip():
        statements.append(current.strip())
    return statements
