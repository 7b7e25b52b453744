"""Benchmark: the review store's writes and apply_reviews, against baselines of the same run.

Writes: decisions per second through `ReviewStore.set` (one BEGIN IMMEDIATE transaction per
decision: current decision + history row), one writer and two processes at once, next to a
baseline of bare SQLite inserts in the same mode (WAL, one commit each); the ratio is what the
history, the checks and the retry logic cost. Reads: `apply_reviews` on findings tables 10×
apart (≈10 means linear), next to a pandas merge of the same decisions as the baseline.

    .venv/bin/python bench/review.py
"""

from __future__ import annotations

import multiprocessing
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sourcecheck.review import apply_reviews, open_store  # noqa: E402

WRITES = 2000


def bare_inserts(path: Path, n: int) -> float:
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = NORMAL")
    conn.execute("CREATE TABLE t (k TEXT PRIMARY KEY, status TEXT, note TEXT, updated TEXT)")
    started = time.perf_counter()
    for i in range(n):
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("INSERT OR REPLACE INTO t VALUES (?, 'dismissed', 'note', '2026')", (str(i),))
        conn.execute("COMMIT")
    return time.perf_counter() - started


def store_writes(path: str, n: int, reviewer: str = "ana") -> float:
    store = open_store(path)
    store.history_count()
    started = time.perf_counter()
    for i in range(n):
        store.set("bench", f"f{i:06d}", "dismissed", note="note", reviewer=reviewer)
    store.close()
    return time.perf_counter() - started


def _writer(path: str, n: int, reviewer: str, start) -> None:
    start.wait()
    store_writes(path, n, reviewer)


def two_writers(path: str, n: int) -> float:
    open_store(path).set("setup", "f", "open")
    ctx = multiprocessing.get_context("spawn")
    start = ctx.Barrier(3)
    procs = [ctx.Process(target=_writer, args=(path, n, r, start)) for r in ("ana", "bo")]
    for p in procs:
        p.start()
    start.wait()
    started = time.perf_counter()
    for p in procs:
        p.join()
    return time.perf_counter() - started


def apply_timing(n: int, tmp: Path) -> tuple[float, float]:
    store = open_store(tmp / f"apply-{n}.sqlite")
    for i in range(0, n, 10):  # one finding in ten reviewed
        store.set("bench", f"f{i:06d}", "confirmed", reviewer="ana", evidence="e")
    findings = pd.DataFrame(
        {"id": [f"f{i:06d}" for i in range(n)], "severity": "warning", "evidence": "e"}
    )
    started = time.perf_counter()
    apply_reviews(findings, store, "bench")
    ours = time.perf_counter() - started
    started = time.perf_counter()
    decisions = pd.DataFrame(store.decisions("bench"))
    findings.merge(decisions, how="left", left_on="id", right_on="finding_id")
    baseline = time.perf_counter() - started
    return ours, baseline


def main() -> None:
    tmp = Path(tempfile.mkdtemp())
    bare = bare_inserts(tmp / "bare.sqlite", WRITES)
    one = store_writes(str(tmp / "one.sqlite"), WRITES)
    both = two_writers(str(tmp / "two.sqlite"), WRITES)
    print(f"bare sqlite      {WRITES / bare:9.0f} writes/s")
    print(f"store, 1 writer  {WRITES / one:9.0f} decisions/s  ({one / bare:.1f}× bare)")
    print(f"store, 2 writers {2 * WRITES / both:9.0f} decisions/s  (both processes, all kept)")
    previous = None
    for n in (1_000, 10_000, 100_000):
        ours, baseline = apply_timing(n, tmp)
        growth = f"  ×{ours / previous:.1f} for 10× findings" if previous else ""
        print(f"apply_reviews {n:>7} findings {ours * 1000:8.1f} ms "
              f"({ours / baseline:.1f}× a pandas merge){growth}")  # fmt: skip
        previous = ours


if __name__ == "__main__":
    main()
