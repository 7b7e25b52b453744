"""`sourcecheck claims CASE [-o FILE] [--format csv|json]`: the claims table of one case.

Why
---
The quickest way for an editor to see what was read: every figure with its
source, thing and concept, before any rule runs. CSV to standard output by default; with
`-o` the file is written atomically. Notices (a skipped binary file, a guessed encoding) go
to standard error.

Example
-------
    sourcecheck claims seeds/perfect-storm --format json -o claims.json
"""

from __future__ import annotations

import argparse
import json
import math
import sys

NAME = "claims"
HELP = "extract the claims table of a case (CSV or JSON)"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("case", help="case folder (documents, optional claims.csv, case.yaml)")
    parser.add_argument("-o", "--output", help="write to this file instead of standard output")
    parser.add_argument("--format", choices=("csv", "json"), default="csv")
    from sourcecheck import limits

    limits.add_arguments(parser)


def main(args: argparse.Namespace) -> int:
    from sourcecheck.atomic import write_text
    from sourcecheck.case import load_case
    from sourcecheck.extract import extract_claims
    from sourcecheck.limits import from_args

    case = load_case(args.case, from_args(args))
    for notice in case.notices:
        print(f"sourcecheck: notice: {notice}", file=sys.stderr)
    claims = _extract_with_progress(case, extract_claims)
    if args.format == "json":
        text = json.dumps(_records(claims), ensure_ascii=False, indent=1) + "\n"
    else:
        text = claims.to_csv(index=False)
    if args.output:
        write_text(args.output, text)
    else:
        sys.stdout.write(text)
    return 0


def _records(claims) -> list[dict]:
    """Rows as JSON-ready dicts: NaN and infinite bounds become null (JSON has neither; an
    open interval still says so in low_open/high_open)."""

    def clean(v):
        if isinstance(v, float) and not math.isfinite(v):
            return None
        return v.item() if hasattr(v, "item") else v

    return [{k: clean(v) for k, v in row.items()} for row in claims.to_dict("records")]


def _extract_with_progress(case, extract_claims):
    """The aligned claims table; a rich progress bar on a terminal for cases of many
    documents, silent otherwise."""
    from sourcecheck.align import with_subjects
    from sourcecheck.extract import lexicons_for

    lexicons = lexicons_for(case)
    if not sys.stderr.isatty() or len(case.documents) < 50:
        return with_subjects(extract_claims(case, lexicons, jobs=None), lexicons.concepts)
    from rich.progress import Progress

    with Progress(transient=True) as progress:
        task = progress.add_task(f"reading {case.name}", total=len(case.documents))
        claims = extract_claims(
            case, lexicons, on_document=lambda _doc: progress.advance(task), jobs=None
        )
    return with_subjects(claims, lexicons.concepts)
