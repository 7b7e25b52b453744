"""Check cases and write their reports.

    sourcecheck run seeds/perfect-storm              # one case folder
    sourcecheck run story.md                          # one document: a case of one
    sourcecheck run seeds/* --out out --jobs 2        # several cases, then out/index.html
    sourcecheck run checks/seeds.yaml --junit j.xml   # a check file (cases, suite, out, ...)

Each case is written to OUT/<case>/ (report.html, findings.json, claims.csv; validation.json
when the tables were validated). The console shows one line per open finding,
`FILE:LINE:COL rule severity message`, then a summary and the report's path (or the index's,
when several cases ran). Exit code: 0 nothing at or above --fail-on (dismissed and corrected
findings do not count), 1 something is, 2 bad input (an empty case too), 3 a bug.

Tables are validated with great_expectations (slow to load) only when asked: --validate, a
check file or case.yaml naming expectations, or a case with hand-entered claims (claims.csv).
Case folders are untrusted input: --max-document-size, --max-yaml-depth and --follow-symlinks
set the limits. Formats and contracts: docs/cli.md, docs/cases.md, docs/tables.md.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from sourcecheck import limits
from sourcecheck.outfolder import WAIT
from sourcecheck.schema import FAIL_ON

NAME = "run"
HELP = "check cases and write their reports"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.formatter_class = argparse.RawDescriptionHelpFormatter  # keep the layout
    parser.add_argument(
        "cases",
        nargs="+",
        metavar="CASE_OR_CHECK",
        help="case folders, single documents (.md, .txt) or check files (.yaml)",
    )
    # Defaults are applied in main, so a check file's own settings apply unless given here.
    parser.add_argument("--suite", help="suite name or path (default: default)")
    parser.add_argument("--out", type=Path, help="report folder (default: reports)")
    parser.add_argument(
        "--fail-on",
        choices=FAIL_ON,
        help="exit 1 when a finding is at or above this severity (default: error)",
    )
    where = parser.add_mutually_exclusive_group()  # processes here, or a cluster's workers
    where.add_argument(
        "--jobs",
        type=_positive,
        help="processes: cases in parallel, and the documents of a large case (default: the cores)",
    )
    where.add_argument(
        "--cluster",
        metavar="ADDRESS",
        help="run the cases on a Dask cluster: tcp://host:8786, or local:N for N workers here",
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
    parser.add_argument(
        "--validate",
        action=argparse.BooleanOptionalAction,
        help="check the claims and findings tables with great_expectations (default: only "
        "when the check file or case.yaml names expectations, or the case has a claims.csv)",
    )
    parser.add_argument(
        "--format",
        dest="output",
        choices=("text", "json", "github"),
        default="text",
        help="findings as linter lines (default), JSON, or GitHub Actions annotations",
    )
    parser.add_argument("-q", "--quiet", action="store_true", help="print only the summary")
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


def main(args: argparse.Namespace) -> int:
    from sourcecheck.checks.batch import run_command

    if args.quiet:
        args.output = "quiet"
    return run_command(args)
