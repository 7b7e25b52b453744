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
decisions, so `sourcecheck run` never leaves an empty database in a report folder. A store that
cannot be written (a read-only file or folder) is still read: list and export work. Every
problem of the store itself (not a database, read-only, disk full, busy too long, text that is
not valid) is an InputError naming the store: one line and exit code 2 at the command line.

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
from urllib.parse import quote

from sourcecheck.errors import InputError
from sourcecheck.review import tables
from sourcecheck.review.tables import (
    HISTORY_FIELDS,
    check_status,
    check_text,
    normalise_time,
    now,
)

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
        if conn is not None and (not write or not self._local.read_only):
            return conn
        if not write and not self.path.exists():
            return None
        try:
            conn, read_only = self._open(write=write), False
        except sqlite3.OperationalError as exc:
            if write or not _cannot_write(exc):
                raise self._problem(exc) from None
            conn, read_only = self._open_read_only(), True
        except sqlite3.Error as exc:
            raise self._problem(exc) from None
        except OSError as exc:
            problem = f"cannot open the review store: {exc.strerror}"
            raise InputError(self.path, None, problem) from None
        self._local.conn, self._local.read_only = conn, read_only
        with self._lock:
            self._connections.append(conn)
        return conn

    def _open(self, *, write: bool) -> sqlite3.Connection:
        """A connection that can write (the store's folder is created for a write)."""
        if write:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(
            self.path, timeout=self.timeout, isolation_level=None, check_same_thread=False
        )
        try:
            conn.row_factory = sqlite3.Row
            conn.execute(f"PRAGMA busy_timeout = {int(self.timeout * 1000)}")
            self._retry(lambda: conn.execute("PRAGMA journal_mode = WAL"))
            conn.execute("PRAGMA synchronous = NORMAL")
            self._retry(lambda: self._migrate(conn))
        except BaseException:
            conn.close()
            raise
        return conn

    def _open_read_only(self) -> sqlite3.Connection:
        """A read-only connection, for a store on a read-only file or folder.

        SQLite reads a WAL database read-only only when it can create the -shm file beside it,
        or when told the file is immutable (nobody can write it: the folder is read-only).
        """
        uri = f"file:{quote(str(self.path.resolve()))}?mode=ro"
        for suffix in ("", "&immutable=1"):
            try:
                conn = sqlite3.connect(uri + suffix, uri=True, check_same_thread=False)
                conn.row_factory = sqlite3.Row
                version = conn.execute("PRAGMA user_version").fetchone()[0]
                break
            except sqlite3.OperationalError as exc:
                error = exc
                continue
            except sqlite3.Error as exc:
                raise self._problem(exc) from None
        else:
            raise self._problem(error) from None
        if version != len(tables.MIGRATIONS):
            conn.close()
            newer = version > len(tables.MIGRATIONS)
            raise InputError(
                self.path,
                None,
                f"read-only store of schema version {version}; this sourcecheck reads "
                f"{len(tables.MIGRATIONS)}: "
                + ("upgrade sourcecheck" if newer else "open it writable once to upgrade it"),
            )
        return conn

    def _problem(self, exc: sqlite3.Error) -> InputError:
        """A store error as one line naming the store."""
        text = str(exc)
        if "not a database" in text or "malformed" in text or "no such table" in text:
            problem = f"not a usable review store ({text})"
        elif _cannot_write(exc):
            problem = f"the review store cannot be written ({text}): decisions cannot be saved"
        elif "full" in text:
            problem = f"no space left for the review store ({text}): nothing was saved"
        elif "locked" in text or "busy" in text:
            problem = f"the review store stayed busy for {self.timeout:g} s ({text})"
        else:
            problem = f"review store error: {text}"
        return InputError(self.path, None, problem)

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
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                raise

        try:
            return self._retry(attempt)
        except sqlite3.Error as exc:
            raise self._problem(exc) from None

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
        for what, value in (("case", case), ("finding id", finding_id), ("note", note),
                            ("reviewer", reviewer), ("rule", rule), ("message", message),
                            ("evidence", evidence)):  # fmt: skip
            check_text(value, what)
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
        for value in params:
            check_text(value, "review store query")
        conn = self._connect(write=False)
        if conn is None:
            return []
        try:
            return [dict(row) for row in conn.execute(sql, params)]
        except sqlite3.Error as exc:
            raise self._problem(exc) from None

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


def _cannot_write(exc: sqlite3.Error) -> bool:
    """Whether SQLite says it cannot write the file (read-only file, folder or medium)."""
    text = str(exc)
    return "readonly" in text or "read-only" in text or "unable to open" in text


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
