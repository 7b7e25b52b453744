"""The review store: editorial decisions on findings, in SQLite, with an append-only history.

Why
---
DESIGN §9: a decision on a finding must survive re-runs, two editors at once, and a crash in
the middle of a write. SQLite in WAL mode gives one file beside the reports that many readers and
one writer at a time share safely; every write is one `BEGIN IMMEDIATE` transaction that updates
the current decision and appends the change to `history`, which triggers keep append-only.
A writer that meets a busy database waits (busy_timeout) and then retries, so no decision is
dropped. The schema is versioned (`PRAGMA user_version`) and upgraded by the ordered
`MIGRATIONS` list when a store is opened.

The file is created by the first write: reading a store that does not exist yet gives no
decisions, so `sourcecheck run` never leaves an empty database in a report folder.

Example
-------
>>> import tempfile, pathlib
>>> store = open_store(pathlib.Path(tempfile.mkdtemp()) / "reviews.sqlite")
>>> d = store.set("perfect-storm", "3f2a9c", "dismissed", note="same count", reviewer="ana")
>>> d["status"], len(store.history("perfect-storm", "3f2a9c"))
('dismissed', 1)
"""

from __future__ import annotations

import sqlite3
import threading
import time
from pathlib import Path
from typing import Any

from sourcecheck.errors import InputError
from sourcecheck.review import tables
from sourcecheck.review.tables import HISTORY_FIELDS, check_status, normalise_time, now

_RETRIES = 50  # attempts at a write when the database stays busy beyond busy_timeout


class ReviewStore:
    """Decisions on findings, keyed by (case, finding id), in one SQLite file.

    Safe to share between threads (one connection per thread) and between processes (SQLite
    locking). Every change is a new history row; `set` never drops the decision it replaces.
    """

    def __init__(self, path: str | Path, *, timeout: float = 30.0) -> None:
        self.path = Path(path)
        self.timeout = timeout
        self._local = threading.local()
        self._lock = threading.Lock()
        self._connections: list[sqlite3.Connection] = []

    # -- connections ------------------------------------------------------------------------

    def _connect(self, *, write: bool) -> sqlite3.Connection | None:
        conn = getattr(self._local, "conn", None)
        if conn is not None:
            return conn
        if not write and not self.path.exists():
            return None
        self.path.parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(
            self.path, timeout=self.timeout, isolation_level=None, check_same_thread=False
        )
        conn.row_factory = sqlite3.Row
        conn.execute(f"PRAGMA busy_timeout = {int(self.timeout * 1000)}")
        self._retry(lambda: conn.execute("PRAGMA journal_mode = WAL"))
        conn.execute("PRAGMA synchronous = NORMAL")
        self._retry(lambda: self._migrate(conn))
        self._local.conn = conn
        with self._lock:
            self._connections.append(conn)
        return conn

    def _migrate(self, conn: sqlite3.Connection) -> None:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if version == len(tables.MIGRATIONS):
            return
        if version > len(tables.MIGRATIONS):
            raise InputError(
                self.path,
                None,
                f"schema version {version} is newer than this "
                f"sourcecheck knows ({len(tables.MIGRATIONS)}); upgrade sourcecheck",
            )
        conn.execute("BEGIN IMMEDIATE")
        try:
            version = conn.execute("PRAGMA user_version").fetchone()[0]  # another may have won
            for step in tables.MIGRATIONS[version:]:
                for statement in tables.statements(step):
                    conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {len(tables.MIGRATIONS)}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise

    @staticmethod
    def _retry(operation):
        for attempt in range(_RETRIES):
            try:
                return operation()
            except sqlite3.OperationalError as exc:
                if "locked" not in str(exc) and "busy" not in str(exc):
                    raise
                if attempt == _RETRIES - 1:
                    raise
                time.sleep(0.01 * (attempt + 1))
        return None  # not reached

    def _write(self, work):
        """Run `work(conn)` inside one BEGIN IMMEDIATE transaction, retrying while busy."""
        conn = self._connect(write=True)

        def attempt():
            conn.execute("BEGIN IMMEDIATE")  # waits busy_timeout for other writers
            try:
                result = work(conn)
                conn.execute("COMMIT")
                return result
            except BaseException:
                conn.execute("ROLLBACK")
                raise

        return self._retry(attempt)

    def close(self) -> None:
        """Close every connection this store opened (all threads)."""
        with self._lock:
            for conn in self._connections:
                conn.close()
            self._connections.clear()
        self._local = threading.local()

    def __enter__(self) -> ReviewStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- writes -----------------------------------------------------------------------------

    def set(
        self,
        case: str,
        finding_id: str,
        status: str,
        *,
        note: str | None = None,
        reviewer: str | None = None,
        evidence: str | None = None,
        rule: str | None = None,
        message: str | None = None,
        updated: str | None = None,
        origin: str = "cli",
    ) -> dict[str, Any]:
        """Record a decision; returns the current decision with its history, plus `change`
        (what this call did) and `previous` (the decision it replaced, or None).

        A live decision (`updated` None) is timed when it gets the write lock, so it always
        becomes current: change "applied". A dated one (an import) is "known" when history
        already holds exactly that change (nothing is written), else it replaces the current
        decision only when it is not older ("applied"); an older one is kept in history with
        applied = 0 ("older"). history.seq keeps the order in which changes were written.
        """
        check_status(status)
        given = normalise_time(updated) if updated else None
        note, reviewer = note or None, reviewer or None  # "" and None mean the same
        key = (case, finding_id)

        def work(conn: sqlite3.Connection) -> tuple[str, dict[str, Any] | None]:
            stamp = given or now()  # a live decision is timed once it holds the write lock
            row = conn.execute(
                'SELECT * FROM reviews WHERE "case" = ? AND finding_id = ?', key
            ).fetchone()
            previous = dict(row) if row else None
            if (
                given
                and conn.execute(
                    'SELECT 1 FROM history WHERE "case" = ? AND finding_id = ? AND status = ? '
                    "AND note IS ? AND reviewer IS ? AND updated = ?",
                    (*key, status, note, reviewer, stamp),
                ).fetchone()
            ):
                return "known", previous
            applied = row is None or stamp >= row["updated"]
            conn.execute(
                'INSERT INTO history ("case", finding_id, status, note, reviewer, updated, '
                "evidence, origin, applied) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (*key, status, note, reviewer, stamp, evidence, origin, int(applied)),
            )
            if applied:
                conn.execute(
                    'INSERT INTO reviews ("case", finding_id, status, note, reviewer, updated, '
                    "evidence, rule, message) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
                    '  ON CONFLICT ("case", finding_id) DO UPDATE SET status = excluded.status,'
                    "  note = excluded.note, reviewer = excluded.reviewer,"
                    "  updated = excluded.updated,"
                    "  evidence = coalesce(excluded.evidence, reviews.evidence),"
                    "  rule = coalesce(excluded.rule, reviews.rule),"
                    "  message = coalesce(excluded.message, reviews.message)",
                    (*key, status, note, reviewer, stamp, evidence, rule, message),
                )
            return ("applied" if applied else "older"), previous

        change, previous = self._write(work)
        return {**(self.get(case, finding_id) or {}), "change": change, "previous": previous}

    # -- reads ------------------------------------------------------------------------------

    def _select(self, sql: str, params: tuple = ()) -> list[dict[str, Any]]:
        conn = self._connect(write=False)
        if conn is None:
            return []
        return [dict(row) for row in conn.execute(sql, params)]

    def get(self, case: str, finding_id: str) -> dict[str, Any] | None:
        """The current decision on one finding with its `history`, or None."""
        rows = self._select(
            'SELECT * FROM reviews WHERE "case" = ? AND finding_id = ?', (case, finding_id)
        )
        if not rows:
            return None
        return {**rows[0], "history": self.history(case, finding_id)}

    def decisions(self, case: str | None = None) -> list[dict[str, Any]]:
        """Current decisions (of one case, or all), each with its `history`, oldest first."""
        where, params = ('WHERE "case" = ?', (case,)) if case is not None else ("", ())
        rows = self._select(f'SELECT * FROM reviews {where} ORDER BY "case", updated', params)
        history: dict[tuple[str, str], list[dict[str, Any]]] = {}
        for h in self._select(f"SELECT * FROM history {where} ORDER BY seq", params):
            history.setdefault((h["case"], h["finding_id"]), []).append(_history_entry(h))
        return [{**r, "history": history.get((r["case"], r["finding_id"]), [])} for r in rows]

    def history(self, case: str, finding_id: str) -> list[dict[str, Any]]:
        """Every change to one finding's decision, in the order they were written."""
        rows = self._select(
            'SELECT * FROM history WHERE "case" = ? AND finding_id = ? ORDER BY seq',
            (case, finding_id),
        )
        return [_history_entry(r) for r in rows]

    def history_count(self) -> int:
        """How many changes the store holds (all cases)."""
        rows = self._select("SELECT count(*) AS n FROM history")
        return rows[0]["n"] if rows else 0

    def find(self, prefix: str) -> list[dict[str, Any]]:
        """Current decisions whose finding id starts with `prefix` (all cases)."""
        escaped = prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        return self._select(
            "SELECT * FROM reviews WHERE finding_id LIKE ? ESCAPE '\\'", (escaped + "%",)
        )


def _history_entry(row: dict[str, Any]) -> dict[str, Any]:
    entry = {k: row[k] for k in HISTORY_FIELDS}
    entry["applied"] = bool(entry["applied"])
    return entry


def open_store(path: str | Path) -> ReviewStore:
    """The review store at `path` (default location: `OUT_DIR/reviews.sqlite`).

    `path` is a file path or a `sqlite:///path` URL (DESIGN §9: "a path or URL"); other
    databases are not supported yet. Nothing is created until the first decision is written.
    """
    text = str(path)
    if "://" in text:
        scheme, _, rest = text.partition("://")
        if scheme != "sqlite" or not rest.startswith("/"):
            raise InputError(text, None, "the review store must be a file path or sqlite:///path")
        path = rest[1:]  # sqlite:///relative, sqlite:////absolute
    return ReviewStore(path)
