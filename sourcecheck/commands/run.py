"""Check cases and write their reports: `sourcecheck run CASE... [--suite] [--out] [--fail-on]`.

For each case folder, writes OUT/<case>/report.html, findings.json and claims.csv, prints one
summary line (findings by severity, where the report is), and exits 0 when nothing is at or
above --fail-on (dismissed findings excluded), 1 when something is, 2 on bad input.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from sourcecheck.schema import EXIT_BAD_INPUT, EXIT_FINDINGS, EXIT_OK, SEVERITIES

NAME = "run"
HELP = "check cases and write their reports"
FAIL_ON = (*SEVERITIES, "never")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("cases", nargs="+", metavar="CASE", help="case folders to check")
    parser.add_argument("--suite", default="default", help="suite name or path (default: default)")
    parser.add_argument("--out", default="reports", type=Path, help="report folder (reports)")
    parser.add_argument(
        "--fail-on",
        choices=FAIL_ON,
        default="error",
        help="exit 1 when a finding is at or above this severity (default: error)",
    )


def run_case(
    path: str | Path,
    suite: str | Path = "default",
    out: Path = Path("reports"),
    *,
    validate: bool = True,
    reviews: str | Path | None = None,
):
    """Check one case and write its report folder; returns the `Result`."""
    from sourcecheck.outputs import write_case
    from sourcecheck.pipeline import check

    if reviews is None and (Path(out) / "reviews.sqlite").is_file():
        reviews = Path(out) / "reviews.sqlite"  # the review store's default place
    result = check(path, suite=suite, validate=validate, reviews=reviews)
    write_case(result, Path(out))
    return result


def counts(findings) -> dict[str, int]:
    """Findings by severity, dismissed ones left out."""
    live = findings[[_status(r) != "dismissed" for r in findings["review"]]]
    return {s: int((live["severity"] == s).sum()) for s in reversed(SEVERITIES)}


def failing(findings, fail_on: str) -> int:
    """How many findings (not dismissed) are at or above `fail_on` ("never": none)."""
    if fail_on == "never":
        return 0
    at_or_above = SEVERITIES[SEVERITIES.index(fail_on) :]
    return sum(n for severity, n in counts(findings).items() if severity in at_or_above)


def _status(review) -> str:
    return review.get("status", "open") if isinstance(review, dict) else "open"


def summary(result, out: Path) -> str:
    """One line: the case, its findings by severity, and where its report is."""
    n = counts(result.findings)
    said = ", ".join(f"{count} {severity}" for severity, count in n.items())
    report = Path(out) / result.case / "report.html"
    return f"{result.case}: {len(result.claims)} claims, {said} → {report}"


def main(args: argparse.Namespace) -> int:
    from sourcecheck.errors import InputError

    code = EXIT_OK
    for case in args.cases:
        try:
            result = run_case(case, args.suite, args.out)
        except InputError as exc:
            print(f"sourcecheck: error: {exc}", file=sys.stderr)
            code = EXIT_BAD_INPUT
            continue
        print(summary(result, args.out))
        for notice in result.notices:
            print(f"  notice: {notice}")
        if code == EXIT_OK and failing(result.findings, args.fail_on):
            code = EXIT_FINDINGS
    return code
