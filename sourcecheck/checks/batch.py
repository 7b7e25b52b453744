"""Run many cases in parallel: check, validate tables, write reports; then index, summary, JUnit.

Why
---
A newsroom checks dozens of stories a night. Cases are independent, so they run in a process
pool (`jobs`, default the number of cores); a broken case is reported with its error line while
the others finish; the run ends with an index page, a summary table (cases × severity counts)
and an exit code from the threshold, a failed table expectation counting as an error.

Example
-------
>>> run_many(["seeds/perfect-storm"], out="reports", fail_on="error", jobs=2)  # doctest: +SKIP
1
"""

from __future__ import annotations

import multiprocessing
import os
import sys
import time
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor, as_completed
from pathlib import Path
from typing import Any

from sourcecheck import schema
from sourcecheck.errors import InputError
from sourcecheck.limits import DEFAULTS, Limits
from sourcecheck.outfolder import WAIT
from sourcecheck.schema import at_or_above

INDEX_KEYS = ("case", "href", "counts", "status", "error", "validation_failures")


def run_case(case: str | Path, *, suite: str, out: str | Path, reviews: Any, extra: Sequence[dict], limits: Limits = DEFAULTS, wait: float = WAIT, extract_jobs: int = 1) -> dict:  # fmt: skip
    """Check one case and write its report folder; never raises: a failure is a "broken" row.
    `extract_jobs` processes extract its documents (the cores the other cases leave).

    Runs in a worker process: takes and returns plain, picklable values.
    """
    from sourcecheck.cli import one_line, traceback_note
    from sourcecheck.commands.run import run_case as check_and_write
    from sourcecheck.review import counts_for_fail, is_closed

    case = Path(case)
    started = time.perf_counter()
    try:
        result = check_and_write(case, suite, Path(out), reviews=reviews, expectations=extra,
                                 limits=limits, wait=wait, jobs=extract_jobs)  # fmt: skip
    except InputError as exc:
        return _broken(case, one_line(str(exc)), schema.EXIT_BAD_INPUT, started)
    except OSError as exc:  # the system said no: a path, a permission, a full disk
        error = one_line(f"{exc.filename or out}: {exc.strerror or exc}")
        return _broken(case, error, schema.EXIT_BAD_INPUT, started)
    except Exception as exc:  # noqa: BLE001 - one broken case must not stop the others
        error = f"internal error (a bug): {one_line(f'{type(exc).__name__}: {exc}')}; {traceback_note(exc)}"  # fmt: skip
        return _broken(case, error, schema.EXIT_INTERNAL, started)
    findings = [
        {
            "id": f["id"],
            "rule": f["rule"],
            "severity": f["severity"],
            "message": f["message"],
            "closed": is_closed(f.get("review")),  # dismissed or corrected: not counted
        }
        for f in result.findings.to_dict("records")
    ]
    failed = [r for r in result.validation["results"] if not r["success"]]
    return _outcome(
        case,
        started,
        case=result.case,
        href=f"{result.case}/report.html",
        counts=counts_for_fail(result.findings),
        validation_failures=len(failed),
        findings=findings,
        expectations_failed=failed,
    )


def _broken(case: Path, error: str, code: int, started: float) -> dict:
    return _outcome(case, started, status="broken", error=error, exit=code)


def _outcome(folder: Path, started: float, **fields: Any) -> dict:
    """A case's outcome: what the index, the summary and the JUnit XML need."""
    return {
        "case": folder.name,
        "path": str(folder),
        "href": None,
        "counts": dict.fromkeys(reversed(schema.SEVERITIES), 0),
        "status": "ok",
        "error": None,
        "exit": schema.EXIT_OK,
        "validation_failures": 0,
        "findings": [],
        "expectations_failed": [],
        "seconds": round(time.perf_counter() - started, 3),
    } | fields


def expectation_id(result: dict) -> str:
    """A failed expectation's name in JUnit XML: table, expectation and the column(s) it reads."""
    kwargs = result["kwargs"]
    columns = kwargs.get("column") or ",".join(
        str(kwargs[k]) for k in ("column_A", "column_B") if k in kwargs
    )
    return ":".join(filter(None, (result["table"], result["expectation"], columns)))


def failures(outcome: dict, fail_on: str) -> list[dict]:
    """The open findings at or above the threshold; failed expectations count as errors."""
    found = [
        f for f in outcome["findings"] if not f["closed"] and at_or_above(f["severity"], fail_on)
    ]
    if at_or_above("error", fail_on):
        found += [
            {
                "id": expectation_id(e),
                "rule": "expectation",
                "severity": "error",
                "message": f"{e['table']}: {e['expectation']} failed on {e['unexpected_count']} rows",  # fmt: skip
                "expectation": e,
            }
            for e in outcome["expectations_failed"]
        ]
    return found


def run_cases(
    cases: Sequence[str | Path],
    *,
    suite: str = "default",
    out: str | Path = "reports",
    reviews: Any = None,
    extra: Sequence[dict] = (),
    jobs: int | None = None,
    progress: bool | None = None,
    limits: Limits = DEFAULTS,
    wait: float = WAIT,
) -> list[dict]:
    """Run every case (in a process pool when jobs > 1); outcomes in the cases' order."""
    from sourcecheck.checks.expectations import build_expectation

    for spec in extra:  # a bad expectation is a bad check file: say so once, before any case
        build_expectation(spec)
    cores = jobs or os.cpu_count() or 1
    jobs = max(1, min(cores, len(cases)))
    options = {"suite": suite, "out": str(out), "reviews": reviews, "extra": list(extra),
               "limits": limits, "wait": wait, "extract_jobs": max(1, cores // len(cases))}  # fmt: skip
    if jobs == 1:
        outcomes = []
        with _progress(len(cases), progress) as advance:
            for case in cases:
                outcomes.append(run_case(case, **options))
                advance(outcomes[-1]["case"])
        return outcomes
    # The first case runs here: it warms every lazy cache (great_expectations, lexicons, rates,
    # templates) that the forked workers then inherit. The pool forks all its workers at the
    # first submit, before the progress bar starts its thread.
    done = {0: run_case(cases[0], **options)}
    with ProcessPoolExecutor(min(jobs, len(cases) - 1), mp_context=_fork_context()) as pool:
        futures = {pool.submit(run_case, c, **options): i for i, c in enumerate(cases) if i}
        with _progress(len(cases), progress, done=1) as advance:
            for future in as_completed(futures):
                done[futures[future]] = future.result()
                advance(done[futures[future]]["case"])
    return [done[i] for i in range(len(cases))]


def _fork_context():
    """fork where the platform has it (workers inherit the imports), else the default."""
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("fork" if "fork" in methods else None)


class _progress:
    """A rich progress bar on a terminal (stderr); nothing otherwise."""

    def __init__(self, total: int, show: bool | None, done: int = 0) -> None:
        self.total, self.done = total, done
        self.show = sys.stderr.isatty() if show is None else show
        self.bar = None

    def __enter__(self):
        if not self.show:
            return lambda case: None
        from rich.console import Console
        from rich.progress import Progress

        self.bar = Progress(console=Console(stderr=True))
        self.bar.start()
        task = self.bar.add_task("checking cases", total=self.total, completed=self.done)
        return lambda case: self.bar.update(task, advance=1, description=case)

    def __exit__(self, *exc) -> None:
        if self.bar is not None:
            self.bar.stop()


def exit_code(outcomes: Sequence[dict], fail_on: str) -> int:
    """Broken cases first (2 bad input, 3 internal error), then 1 when anything fails."""
    broken = [o["exit"] for o in outcomes if o["status"] == "broken"]
    if broken:
        return max(broken)
    return schema.EXIT_FINDINGS if any(failures(o, fail_on) for o in outcomes) else schema.EXIT_OK


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
) -> int:
    """Run the cases, write `out/index.html` (and JUnit XML), print the summary; the exit code."""
    from sourcecheck.atomic import write_text
    from sourcecheck.checks.junit import write_junit
    from sourcecheck.report import render_index

    if reviews is None:  # the review store's default place (reading it creates nothing)
        reviews = Path(out) / "reviews.sqlite"
    outcomes = run_cases(cases, suite=suite, out=out, reviews=reviews, extra=extra, jobs=jobs,
                         progress=progress, limits=limits, wait=wait)  # fmt: skip
    for o in outcomes:
        if o["status"] == "ok" and failures(o, fail_on):
            o["status"] = "failed"
    write_text(Path(out) / "index.html", render_index([{k: o[k] for k in INDEX_KEYS} for o in outcomes]))  # fmt: skip
    if junit:
        write_junit(junit, outcomes, fail_on=fail_on)
    print_summary(outcomes)
    return exit_code(outcomes, fail_on)


def run_check(check, *, jobs: int | None = None, junit: str | Path | None = None, **override) -> int:  # fmt: skip
    """Run a loaded Check; `override` replaces its suite, out, fail_on or reviews (store)."""
    settings = {"suite": check.suite, "out": check.out, "fail_on": check.fail_on}
    settings = settings | {"reviews": check.store} | override
    return run_many(
        check.cases,
        jobs=jobs or check.jobs,
        extra=check.expectations,
        junit=junit,
        **settings,
    )


def run_command(args) -> int:
    """`sourcecheck run` with check files or several cases (see sourcecheck.commands.run).

    A check file's settings apply unless the command line gives --suite, --out or --fail-on.
    """
    from sourcecheck.checks.checkfile import load_check
    from sourcecheck.limits import from_args

    given = {k: v for k in ("suite", "out", "fail_on") if (v := getattr(args, k)) is not None}
    if getattr(args, "store", None) is not None:
        given["reviews"] = args.store
    given["limits"] = from_args(args)
    if getattr(args, "wait", None) is not None:
        given["wait"] = args.wait
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


def print_summary(outcomes: Sequence[dict]) -> None:
    """One row per case: status, severity counts, failed expectations; totals last."""
    from rich.console import Console
    from rich.table import Table

    table = Table(title="sourcecheck: cases × findings")
    for column in ("case", "status", *reversed(schema.SEVERITIES), "expectations failed"):
        table.add_column(column, justify="left" if column in ("case", "status") else "right")
    totals = dict.fromkeys(reversed(schema.SEVERITIES), 0)
    for o in outcomes:
        counts = [o["counts"].get(s, 0) for s in totals]
        table.add_row(o["case"], o["status"], *map(str, counts), str(o["validation_failures"]))
        for s in totals:
            totals[s] += o["counts"].get(s, 0)
    failed = sum(o["validation_failures"] for o in outcomes)
    table.add_section()
    table.add_row(
        f"{len(outcomes)} case{'' if len(outcomes) == 1 else 's'}",
        "",
        *map(str, totals.values()),
        str(failed),
    )
    console = Console()
    console.print(table)
    for o in outcomes:
        if o["status"] == "broken":
            line = f"broken: {o['case']}: {o['error']}"
            console.print(line, markup=False, highlight=False, soft_wrap=True)
