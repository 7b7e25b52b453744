"""Run cases: check each one, then the console, the index, the run history and JUnit XML.

Why
---
A single case is a batch of one. Every run goes through `run_cases` (each case by
`check_case`, in a process pool when several run at once), one progress display, one exit
code (`exit_code`) and one writer of what a run leaves beside its reports: the index page
whenever more than one case ran (or a check file did), and a line per case in the run history that `serve` reads.
A broken case is reported with its error line while the others finish.

Example
-------
>>> run_many(["seeds/perfect-storm"], out="reports", fail_on="error", jobs=2)  # doctest: +SKIP
0
"""

from __future__ import annotations

import multiprocessing
import os
import sys
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor, as_completed
from pathlib import Path
from typing import Any

from sourcecheck import schema
from sourcecheck.checks.caserun import check_case
from sourcecheck.checks.spool import Outcomes
from sourcecheck.errors import InputError
from sourcecheck.limits import DEFAULTS, Limits
from sourcecheck.outfolder import WAIT
from sourcecheck.schema import at_or_above

__all__ = ["at_or_above", "exit_code", "failures", "run_cases", "run_many", "run_command"]


def expectation_id(result: dict) -> str:
    """A failed expectation's name in JUnit XML: table, expectation and the column(s) it reads."""
    kwargs = result["kwargs"]
    columns = kwargs.get("column") or ",".join(
        str(kwargs[k]) for k in ("column_A", "column_B") if k in kwargs
    )
    return ":".join(filter(None, (result["table"], result["expectation"], columns)))


def failures(outcome: dict, fail_on: str) -> list[dict]:
    """The open findings at or above the threshold; failed expectations count as errors."""
    from sourcecheck.checks.explain import expectation_sentence

    found = [
        f for f in outcome["findings"] if not f["closed"] and at_or_above(f["severity"], fail_on)
    ]
    if at_or_above("error", fail_on):
        found += [
            {
                "id": expectation_id(e),
                "rule": "expectation",
                "severity": "error",
                "message": f"{e['table']}: {expectation_sentence(e)}",
                "expectation": e,
            }
            for e in outcome["expectations_failed"]
        ]
    return found


def exit_code(outcomes: Sequence[dict], fail_on: str) -> int:
    """Broken cases first (2 bad input, 3 internal error), then 1 when anything fails."""
    broken = [o["exit"] for o in outcomes if o["status"] == "broken"]
    if broken:
        return max(broken)
    return schema.EXIT_FINDINGS if any(failures(o, fail_on) for o in outcomes) else schema.EXIT_OK


def run_cases(
    cases: Sequence[str | Path],
    *,
    jobs: int | None = None,
    progress: bool | None = None,
    cluster: str | None = None,
    **options: Any,
) -> Outcomes:
    """Every case's outcome, in the cases' order (a process pool when jobs > 1; the tasks of
    a Dask cluster when `cluster` names one: sourcecheck.cluster), kept on disk as each case
    finishes (`Outcomes`; the caller closes it).

    `options` go to `check_case` (suite, out, reviews, extra, validate, limits, wait).
    """
    extra = options.get("extra") or ()
    if extra:  # a bad expectation is a bad check file: say so once, before any case
        from sourcecheck.checks.expectations import build_expectation

        for spec in extra:
            build_expectation(spec)
    if cluster:
        from sourcecheck.cluster import connect
        from sourcecheck.cluster import run_cases as run_on

        with connect(cluster) as client, Progress(len(cases), progress) as advance:
            return run_on(client, cases, advance, **options)
    cores = jobs or os.cpu_count() or 1
    jobs = max(1, min(cores, len(cases)))
    options.setdefault("extract_jobs", max(1, cores // len(cases)))  # the cores cases leave
    outcomes = Outcomes(len(cases))
    if jobs == 1:
        with Progress(len(cases), progress) as advance:
            for i, case in enumerate(cases):
                outcomes[i] = done = check_case(case, **options)
                advance(done["case"])
        return outcomes
    # The first case runs here: it warms every lazy cache (lexicons, rates, templates and,
    # when validating, great_expectations) that the forked workers then inherit. The pool
    # forks all its workers at the first submit, before the progress display starts its thread.
    outcomes[0] = check_case(cases[0], **options)
    with ProcessPoolExecutor(min(jobs, len(cases) - 1), mp_context=_fork_context()) as pool:
        futures = {pool.submit(check_case, c, **options): i for i, c in enumerate(cases) if i}
        with Progress(len(cases), progress, done=1) as advance:
            for future in as_completed(futures):
                outcomes[futures[future]] = done = future.result()
                advance(done["case"])
    return outcomes


def _fork_context():
    """fork where the platform has it (workers inherit the imports), else the default."""
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("fork" if "fork" in methods else None)


class Progress:
    """The one progress display: a rich bar on a terminal (stderr), gone when done; else nothing."""

    def __init__(self, total: int, show: bool | None, done: int = 0) -> None:
        self.total, self.done = total, done
        self.show = sys.stderr.isatty() if show is None else show
        self.bar = None

    def __enter__(self):
        if not self.show:
            return lambda case: None
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, SpinnerColumn, TextColumn
        from rich.progress import Progress as Bar

        self.bar = Bar(SpinnerColumn(), TextColumn("checking {task.description}"), BarColumn(),
                       MofNCompleteColumn(), console=Console(stderr=True), transient=True)  # fmt: skip
        self.bar.start()
        task = self.bar.add_task("cases", total=self.total, completed=self.done)
        return lambda case: self.bar.update(task, advance=1, description=case)

    def __exit__(self, *exc) -> None:
        if self.bar is not None:
            self.bar.stop()


def run_many(
    cases: Sequence[str | Path],
    *,
    suite: str = "default",
    out: str | Path = "reports",
    fail_on: str = "error",
    jobs: int | None = None,
    reviews: Any = None,
    extra: Sequence[dict] = (),
    junit: str | Path | None = None,
    progress: bool | None = None,
    limits: Limits = DEFAULTS,
    wait: float = WAIT,
    validate: bool | None = None,
    output: str = "text",
    check: str | None = None,
    cluster: str | None = None,
) -> int:
    """Run the cases, record the run, write the index (several cases) and JUnit XML, print
    the findings and the summary (`output`: text, quiet, json or github); the exit code."""
    if reviews is None:
        from sourcecheck.checks.caserun import default_store

        reviews = default_store(out)
    outcomes = run_cases(cases, suite=suite, out=out, reviews=reviews, extra=extra, jobs=jobs,
                         progress=progress, limits=limits, wait=wait, validate=validate,
                         cluster=cluster)  # fmt: skip
    with outcomes:
        return _finish(outcomes, out=out, suite=suite, fail_on=fail_on, check=check,
                       junit=junit, output=output)  # fmt: skip


def _finish(outcomes: Outcomes, *, out, suite, fail_on, check, junit, output) -> int:
    """What a run leaves once its cases are done: history, index, JUnit, console; the exit code."""
    from sourcecheck.checks import console
    from sourcecheck.checks.history import record_run, write_index

    for i, o in enumerate(outcomes):
        if o["status"] == "ok" and failures(o, fail_on):
            outcomes[i] = o | {"status": "failed"}
    batch = len(outcomes) > 1 or check is not None  # a check file is a batch, even of one
    index = None
    try:  # the history and the index sum up the cases: a full disk must not hide their outcome
        record_run(out, outcomes, suite=str(suite), fail_on=fail_on, check=check)
        if batch and Path(out).is_dir():
            index = write_index(out)
    except (OSError, InputError) as exc:
        if any(o["status"] != "broken" for o in outcomes):  # else the cases' errors say it all
            what = f"{exc.strerror or exc}" if isinstance(exc, OSError) else str(exc)
            print(f"sourcecheck: warning: {out}: run history or index not written: {what}",
                  file=sys.stderr)  # fmt: skip
    if junit:
        from sourcecheck.checks.junit import write_junit

        write_junit(junit, outcomes, fail_on=fail_on)
    console.report(outcomes, out=Path(out), index=index, output=output)
    return exit_code(outcomes, fail_on)


def run_check(check, *, jobs: int | None = None, junit: str | Path | None = None, **override) -> int:  # fmt: skip
    """Run a loaded Check; `override` replaces its suite, out, fail_on or reviews (store).

    A check is a batch validation for CI: its tables are validated unless --no-validate.
    """
    settings = {"suite": check.suite, "out": check.out, "fail_on": check.fail_on}
    settings = settings | {"reviews": check.store, "validate": True} | override
    return run_many(
        check.cases,
        jobs=jobs or check.jobs,
        extra=check.expectations,
        junit=junit,
        check=str(check.path),
        **settings,
    )


def run_command(args) -> int:
    """`sourcecheck run` (see sourcecheck.commands.run): check files, or cases and documents.

    A check file's settings apply unless the command line gives --suite, --out or --fail-on.
    """
    from sourcecheck.textstorage import python_strings

    with python_strings():  # forked workers inherit it
        return _run_command(args)


def _run_command(args) -> int:
    from sourcecheck.checks.checkfile import load_check
    from sourcecheck.limits import from_args

    given = {k: v for k in ("suite", "out", "fail_on") if (v := getattr(args, k)) is not None}
    if getattr(args, "store", None) is not None:
        given["reviews"] = args.store
    given["limits"] = from_args(args)
    for key in ("wait", "validate", "cluster"):
        if getattr(args, key, None) is not None:
            given[key] = getattr(args, key)
    given["output"] = getattr(args, "output", "text")
    checks = [a for a in args.cases if a.endswith((".yaml", ".yml"))]
    if not checks:
        settings = {"suite": "default", "out": "reports", "fail_on": "error"} | given
        return run_many(args.cases, jobs=args.jobs, junit=args.junit, **settings)
    if len(checks) != len(args.cases):
        raise InputError(checks[0], None, "give check files or case folders, not both")
    if len(checks) > 1 and args.junit:
        raise InputError(args.junit, None, "--junit takes one check file at a time")
    loaded = [load_check(path, given["limits"]) for path in checks]  # all valid before any run
    return max(run_check(c, jobs=args.jobs, junit=args.junit, **given) for c in loaded)
