"""Two processes writing 500 decisions each to one store at the same time lose nothing."""

from __future__ import annotations

import multiprocessing
import time
from pathlib import Path

from sourcecheck.review import open_store
from sourcecheck.schema import REVIEW_STATUSES

DECISIONS = 500


def write_decisions(path: str, reviewer: str, start, spans) -> None:
    store = open_store(path)
    store.history_count()  # connect before the start, so both start writing at once
    start.wait(timeout=60)
    began = time.time()
    for i in range(DECISIONS):
        status = REVIEW_STATUSES[i % len(REVIEW_STATUSES)]
        store.set("load", f"f{i:04d}", status, note=f"{reviewer} {i}", reviewer=reviewer)
    spans.put((reviewer, began, time.time()))
    store.close()


def test_two_writers_lose_nothing(tmp_path: Path):
    path = str(tmp_path / "reviews.sqlite")
    open_store(path).set("setup", "f0", "open")  # the schema exists before the race
    ctx = multiprocessing.get_context("spawn")
    start, spans = ctx.Barrier(2), ctx.Queue()
    writers = [
        ctx.Process(target=write_decisions, args=(path, name, start, spans))
        for name in ("ana", "bo")
    ]
    for w in writers:
        w.start()
    for w in writers:
        w.join(timeout=120)
    assert [w.exitcode for w in writers] == [0, 0]
    (_, a_start, a_end), (_, b_start, b_end) = spans.get(timeout=5), spans.get(timeout=5)
    assert a_start < b_end and b_start < a_end  # the two writers ran at the same time

    store = open_store(path)
    decisions = store.decisions("load")
    assert store.history_count() == 2 * DECISIONS + 1
    assert len(decisions) == DECISIONS
    for d in decisions:
        history = d["history"]
        i = int(d["finding_id"][1:])
        assert sorted((h["reviewer"], h["note"]) for h in history) == [
            ("ana", f"ana {i}"),
            ("bo", f"bo {i}"),
        ]
        assert all(h["applied"] for h in history)  # live decisions: the last written is current
        assert history[0]["updated"] <= history[1]["updated"]
        assert (d["reviewer"], d["updated"]) == (history[1]["reviewer"], history[1]["updated"])
