"""Check cases and write their reports: `sourcecheck run CASE_OR_CHECK... [--suite] [--out] [--fail-on]`.

For each case folder, writes OUT/<case>/report.html, findings.json and claims.csv, prints one
summary line (findings by severity, where the report is), and exits 0 when nothing is at or
above --fail-on (dismissed findings excluded), 1 when something is, 2 on bad input.
A check file (checks/*.yaml), several cases, --jobs or --junit run as a batch check
(sourcecheck.checks.batch): cases in parallel, table expectations, an index page, a summary.

A case's report folder is written as one set (sourcecheck.outfolder): a second run of the same
case into the same folder waits for the first (--wait), and a killed run leaves the previous
set whole. Case folders are untrusted input: --max-document-size, --max-yaml-depth and
--follow-symlinks set the limits (sourcecheck.limits).
"""

from __future__ import annotations

import argparse
import contextlib
import sys
from collections.abc import Sequence
from pathlib import Path

from sourcecheck import limits
from sourcecheck.limits import DEFAULTS, Limits
from sourcecheck.outfolder import WAIT
from sourcecheck.schema import EXIT_BAD_INPUT, EXIT_FINDINGS, EXIT_OK, FAIL_ON, at_or_above

NAME = "run"
HELP = "check cases and write their reports"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "cases", nargs="+", metavar="CASE_OR_CHECK", help="case folders, or check files (.yaml)"
    )
    # Defaults are applied in main, so a check file's own settings apply unless given here.
    parser.add_argument("--suite", help="suite name or path (default: default)")
    parser.add_argument("--out", type=Path, help="report folder (default: reports)")
    parser.add_argument(
        "--fail-on",
        choices=FAIL_ON,
        help="exit 1 when a finding is at or above this severity (default: error)",
    )
    parser.add_argument(
        "--jobs",
        type=_positive,
        help="processes: cases in parallel, and the documents of a large case (default: the cores)",
    )
    parser.add_argument("--junit", type=Path, metavar="FILE", help="also write JUnit XML here")
    parser.add_argument(
        "--store", type=Path, metavar="PATH", help="review store (default: OUT/reviews.sqlite)"
    )
    parser.add_argument(
        "--wait",
        type=_seconds,
        metavar="SECONDS",
        help="how long to wait for another run writing the same case's reports "
        f"(default {WAIT:g}; 0 fails at once, naming the other run)",
    )
    limits.add_arguments(parser)


def _seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        value = -1.0
    if not value >= 0 or value == float("inf"):
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of seconds")
    return value


def _positive(text: str) -> int:
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"{text!r} is not a positive whole number")
    return int(text)


def run_case(
    path: str | Path,
    suite: str | Path = "default",
    out: Path = Path("reports"),
    *,
    validate: bool = True,
    reviews: str | Path | None = None,
    expectations: Sequence[dict] = (),
    limits: Limits = DEFAULTS,
    wait: float = WAIT,
    jobs: int | None = None,
):
    """Check one case and write its report folder; returns the `Result`.
    `jobs` processes extract the documents of a large case (None: the cores).

    The one function that checks and writes a case (the batch runs it per case): it holds
    the case's report folder for the whole run, so a second run of the same case waits and
    then checks the documents as they are after the first.
    """
    from sourcecheck.case import case_name
    from sourcecheck.outfolder import claimed
    from sourcecheck.outputs import write_case
    from sourcecheck.pipeline import check

    if reviews is None:  # the review store's default place; reading it creates nothing
        reviews = Path(out) / "reviews.sqlite"
    with claimed(out, case_name(path), wait=wait):
        result = check(path, suite=suite, validate=validate, reviews=reviews,
                       expectations=expectations, limits=limits, jobs=jobs)  # fmt: skip
        write_case(result, Path(out))
    return result


def failing(findings, fail_on: str) -> int:
    """How many findings (not dismissed or corrected) are at or above `fail_on` ("never": none)."""
    from sourcecheck.review import counts_for_fail

    return sum(
        n for severity, n in counts_for_fail(findings).items() if at_or_above(severity, fail_on)
    )


def summary(result, out: Path) -> str:
    """One line: the case, its findings by severity, and where its report is."""
    from sourcecheck.review import counts_for_fail

    n = counts_for_fail(result.findings)
    said = ", ".join(f"{count} {severity}" for severity, count in n.items())
    report = Path(out) / result.case / "report.html"
    return f"{result.case}: {len(result.claims)} claims, {said} → {report}"


def _progress(what: str):
    """A spinner on the terminal while a case runs; nothing when output is not a terminal."""
    if not sys.stderr.isatty():
        return contextlib.nullcontext()
    from rich.console import Console

    return Console(stderr=True).status(what)


def main(args: argparse.Namespace) -> int:
    from sourcecheck.errors import InputError

    if len(args.cases) > 1 or args.jobs or args.junit or args.cases[0].endswith((".yaml", ".yml")):
        from sourcecheck.checks.batch import run_command

        return run_command(args)
    args.suite, args.out = args.suite or "default", args.out or Path("reports")
    args.fail_on = args.fail_on or "error"
    wait = WAIT if args.wait is None else args.wait
    code = EXIT_OK
    for case in args.cases:
        try:
            with _progress(f"checking {case}"):
                result = run_case(case, args.suite, args.out, reviews=args.store,
                                  limits=limits.from_args(args), wait=wait)  # fmt: skip
        except InputError as exc:
            print(f"sourcecheck: error: {exc}", file=sys.stderr)
            code = EXIT_BAD_INPUT
            continue
        print(summary(result, args.out))
        for notice in result.notices:
            print(f"  notice: {notice}")
        broken_tables = bool(result.validation) and not result.validation["success"]
        if broken_tables:  # a failed table expectation counts as an error (checks)
            print(
                f"  table expectations failed: {Path(args.out) / result.case / 'validation.json'}"
            )
        if code == EXIT_OK and (
            failing(result.findings, args.fail_on)
            or (broken_tables and at_or_above("error", args.fail_on))
        ):
            code = EXIT_FINDINGS
    return code
