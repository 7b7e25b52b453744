"""Two processes writing 500 decisions each to one store at the same time lose nothing."""

from __future__ import annotations

import multiprocessing
from pathlib import Path

from sourcecheck.review import open_store
from sourcecheck.schema import REVIEW_STATUSES

DECISIONS = 500


def write_decisions(path: str, reviewer: str, start) -> None:
    store = open_store(path)
    start.wait(timeout=60)  # both writers ready: go
    for i in range(DECISIONS):
        status = REVIEW_STATUSES[i % len(REVIEW_STATUSES)]
        store.set("load", f"f{i:04d}", status, note=f"{reviewer} {i}", reviewer=reviewer)
    store.close()


def test_two_writers_lose_nothing(tmp_path: Path):
    path = str(tmp_path / "reviews.sqlite")
    ctx = multiprocessing.get_context("spawn")
    start = ctx.Barrier(2)
    writers = [
        ctx.Process(target=write_decisions, args=(path, name, start)) for name in ("ana", "bo")
    ]
    for w in writers:
        w.start()
    for w in writers:
        w.join(timeout=120)
    assert [w.exitcode for w in writers] == [0, 0]

    store = open_store(path)
    decisions = store.decisions("load")
    assert store.history_count() == 2 * DECISIONS
    assert len(decisions) == DECISIONS
    interleaved = {h["reviewer"] for d in decisions for h in d["history"][:1]}
    assert interleaved == {"ana", "bo"}  # each writer was first on some findings: they overlapped
    for d in decisions:
        history = d["history"]
        assert sorted(h["reviewer"] for h in history) == ["ana", "bo"]
        i = int(d["finding_id"][1:])
        assert sorted(h["note"] for h in history) == [f"ana {i}", f"bo {i}"]
        newest = max(history, key=lambda h: h["updated"])
        assert (d["reviewer"], d["updated"]) == (newest["reviewer"], newest["updated"])
