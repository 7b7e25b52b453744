"""Run sourcecheck's tasks on a Dask cluster: cases of a run, batches of an archive's documents.

Why
---
A newsroom's nightly run, or an archive of millions of stories, outgrows one machine. Dask
spreads tasks over the workers of a cluster (`tcp://host:8786`) or of this machine
(`local:N`, N worker processes). The cluster runs the same functions as a local run: a case
is checked and written by `check_case`, an archive's documents are read by
`sourcecheck.archive.figures`; only where they run changes.

- Each worker loads the lexicons, rates, word lists and rules once, when it starts (`Warm`,
  a worker plugin that checks the example case shipped in the package); tasks then find them
  in the worker's process.
- Tasks are submitted a window at a time and their results handled as they finish, so the
  client's memory does not grow with the number of cases.
- A worker that dies takes its tasks with it; the scheduler runs them again elsewhere. A task
  that still fails is one broken case, never a lost run.
- Ctrl-C cancels the tasks still on the cluster.

Workers need sourcecheck installed and the case folders (and the report folder) at the same
paths as the client: a shared file system.

Example
-------
>>> with connect("local:2") as client:                                   # doctest: +SKIP
...     outcomes = run_cases(client, ["seeds/perfect-storm"], out="reports")
"""

from __future__ import annotations

import contextlib
import logging
import os
import time
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from distributed import WorkerPlugin

from sourcecheck.errors import InputError

if TYPE_CHECKING:
    from sourcecheck.checks.spool import Outcomes

LOCAL = "local:"
CONNECT_TIMEOUT = "20s"
WINDOW_PER_THREAD = 4  # tasks in flight per worker thread: enough to keep every worker busy
# A LocalCluster's scheduler and nannies run in this process, beside the client; its workers
# are processes of their own. Dask's housekeeping there costs CPU by the clock, not by the
# task, and on a 2-core machine every cycle spent on it is taken from a worker: measured on 60
# cases, the client process spent about 3 s on it, 1 s with these settings.
# - profile: the stack of a running task is sampled every 10 ms to draw its profile; on tasks
#   of pure Python that costs them up to half their speed on a busy machine;
# - tick: the event loop's health, checked every 20 ms by every server;
# - system-monitor: CPU, memory and host-wide disk counters every 500 ms, the last 7,200
#   samples of each kept for the dashboard's plots (an hour at that pace): here the last 150;
# - memory monitor: a nanny reads its worker's memory every 100 ms (the limits still hold);
# - cluster-repr: a notebook widget's text, rebuilt every 500 ms;
# - low-level-log-length: the last 1,000 messages each comm sent, kept for debugging; a
#   task's message holds its arguments, so this log made the client grow with the cases.
# A cluster's own workers take the same settings from the environment (see the README); the
# client's own log is kept short whatever the cluster (CLIENT).
CLIENT = {"distributed.admin.low-level-log-length": 20}
QUIET = CLIENT | {
    "distributed.worker.profile.enabled": False,
    "distributed.admin.tick.interval": "500ms",
    "distributed.admin.system-monitor.interval": "2s",
    "distributed.admin.system-monitor.disk": False,
    "distributed.admin.system-monitor.log-length": 150,
    "distributed.worker.memory.monitor-interval": "1s",
    "distributed.deploy.cluster-repr-interval": "10s",
}


@contextlib.contextmanager
def connect(address: str) -> Iterator[Any]:
    """A Dask client of the cluster at `address`, or of a new `LocalCluster` for `local:N`;
    every worker warmed (`Warm`). InputError when the address is wrong or nothing answers."""
    import dask
    from distributed import Client, LocalCluster

    if address.startswith(LOCAL):
        n = address[len(LOCAL) :]
        if not n.isdigit() or int(n) < 1:
            raise InputError(address, None, "expected local:N, N workers on this machine")
        with dask.config.set(QUIET):  # the workers' settings, kept when one restarts
            cluster = LocalCluster(n_workers=int(n), threads_per_worker=1, processes=True,
                                   dashboard_address=":0", silence_logs=logging.ERROR)  # fmt: skip
        with cluster:
            with dask.config.set(CLIENT):  # read when the client opens its comms
                client = Client(cluster)
            with client:
                client.register_plugin(Warm())
                yield client
        return
    try:
        with dask.config.set(CLIENT):
            client = Client(address, timeout=CONNECT_TIMEOUT)
    except (OSError, TimeoutError, ValueError) as exc:
        raise InputError(address, None, f"no Dask scheduler answers there ({exc})") from None
    with client:
        client.register_plugin(Warm())
        yield client


class Warm(WorkerPlugin):
    """Loads what every task reads, once per worker process, when the worker starts."""

    name = "sourcecheck-warm"
    idempotent = True  # a cluster's workers are warmed by the first client, not every one

    def setup(self, worker) -> None:
        warm()


def warm() -> None:
    """Check the example case shipped in the package and render its report: lexicons, frames'
    word lists, rules, ECB rates, templates and charts are then in this process's caches."""
    from importlib import resources

    from sourcecheck.pipeline import check
    from sourcecheck.rates import load_ecb
    from sourcecheck.report import render_case
    from sourcecheck.textstorage import use_python_strings

    use_python_strings()  # as the command line's own tables (sourcecheck.textstorage)

    load_ecb()
    example = resources.files("sourcecheck") / "project" / "seeds" / "flood"
    with resources.as_file(example) as folder:
        render_case(check(folder, validate=False))


def as_done(client, items: Iterable[Any], submit: Callable[[Any], Any]) -> Iterator[tuple[Any, Any]]:  # fmt: skip
    """(item, finished future) for each item, as the cluster finishes them.

    `submit(item)` puts the item's work on the cluster and returns the future of its result;
    a window of items is in flight at a time. Ctrl-C (or the caller stopping) cancels those.
    """
    from distributed import as_completed

    threads = sum(client.nthreads().values()) or 1
    window = WINDOW_PER_THREAD * threads
    items = iter(items)
    running: dict[Any, Any] = {}  # future → item
    done = as_completed()
    try:
        for item in items:
            future = submit(item)
            running[future] = item
            done.add(future)
            if len(running) >= window:
                break
        for future in done:
            item = running.pop(future)
            for nxt in items:  # refill the window, one item for one finished
                following = submit(nxt)
                running[following] = nxt
                done.add(following)
                break
            yield item, future
            future.release()
    finally:
        if running:
            client.cancel(list(running))


def run_cases(client, cases: Iterable[str | Path], advance: Callable[[str], None] = lambda case: None, **options: Any) -> Outcomes:  # fmt: skip
    """Every case's outcome (`check_case` on the cluster), in the cases' order, kept on disk
    as each case finishes (`Outcomes`: the client's memory does not grow with the cases).

    `options` go to `check_case`; `advance(case)` is called as each case finishes. Paths go to
    the workers absolute (a worker's working folder is its own) and come back as given.
    """
    from sourcecheck import schema
    from sourcecheck.checks.caserun import broken, check_case
    from sourcecheck.checks.spool import Outcomes

    cases = list(cases)
    for key in ("out", "reviews", "suite"):  # a suite: a built-in name, or a file here
        path = options.get(key)
        if isinstance(path, str | Path) and (key != "suite" or os.path.isfile(path)):
            options[key] = os.path.abspath(path)
    outcomes = Outcomes(len(cases))
    started = time.perf_counter()

    def submit(i: int):
        return client.submit(check_case, os.path.abspath(cases[i]), pure=False, **options)

    for i, future in as_done(client, range(len(cases)), submit):
        outcome, error = _settle(future)
        if error is None:
            for f in outcome["findings"]:
                f["path"] = _here(f["path"])
            outcome = outcome | {"path": str(cases[i])}
        else:  # the task died with its workers (or failed outside check_case)
            error = f"failed on the cluster: {error}"
            outcome = broken(Path(cases[i]), error, schema.EXIT_INTERNAL, started)
        outcomes[i] = outcome
        advance(outcome["case"])
    return outcomes


def _here(path: str) -> str:
    """A path as the user would type it: relative to the working folder when inside it."""
    relative = os.path.relpath(path) if os.path.isabs(path) else path
    return path if relative.startswith("..") else relative


def read_archive(client, cases, limits, batch: int) -> Iterator[Any]:
    """Each case's `archive.Outcome` as the cluster finishes it: the case's documents read in
    batches on any worker, then joined on one (`sourcecheck.archive`)."""
    from sourcecheck.archive import Outcome, figures, join

    def submit(case):
        parts = [
            client.submit(figures, case.folder, names, limits, pure=False)
            for names in case.batches(batch)
        ]
        return client.submit(join, case.folder, limits, *parts, pure=False)

    for case, future in as_done(client, cases, submit):
        result, error = _settle(future)
        if error is None:
            claims, notices = result
            yield Outcome(case, claims, notices, None)
        else:
            yield Outcome(case, None, [], error)


def _settle(future) -> tuple[Any, str | None]:
    """(the task's result, None), or (None, why it did not finish) in one line.

    Why
    ---
    A future reported done can be pending again a moment later: when the worker holding its
    result dies, the scheduler computes it again elsewhere. Reading `future.status` once
    then calls a task broken that is about to finish; asking for the result waits for it,
    and only a task that failed (its exception, a worker killed too often, a cancel) is one.
    """
    from sourcecheck.cli import one_line

    try:
        return future.result(), None
    except InputError as exc:
        return None, one_line(str(exc))
    except Exception as exc:  # noqa: BLE001 - any failure of the task is the case's, not the run's
        return None, one_line(f"{type(exc).__name__}: {exc}")
