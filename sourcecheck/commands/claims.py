"""`sourcecheck claims CASE [-o FILE] [--format csv|json|parquet] [--cluster ADDRESS]`.

Why
---
The quickest way for an editor to see what was read: every figure with its
source, thing and concept, before any rule runs. CSV to standard output by default; with
`-o` the file is written atomically. Notices (a skipped binary file, a guessed encoding) go
to standard error.

An archive (a folder of cases, or a flat folder of documents) goes to a Parquet dataset, a
folder per case, that pandas, DuckDB and Spark read as it is: `--out claims.parquet`.
`--cluster` reads it on a Dask cluster (tcp://host:8786, or local:N for N worker
processes here), in batches of documents so a large case spreads over the workers.

Example
-------
    sourcecheck claims seeds/perfect-storm --format json -o claims.json
    sourcecheck claims seeds --out claims.parquet --cluster local:2
"""

from __future__ import annotations

import argparse
import contextlib
import json
import math
import sys

NAME = "claims"
HELP = "extract the claims table of a case (CSV, JSON) or of an archive (Parquet)"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "case",
        help="case folder (documents, optional claims.csv, case.yaml) or one document (.md, "
        ".txt); for Parquet, also a folder of cases",
    )
    parser.add_argument(
        "-o",
        "--output",
        "--out",
        help="write to this file instead of standard output (a name ending in .parquet: a "
        "Parquet dataset, a folder per case)",
    )
    parser.add_argument("--format", choices=("csv", "json", "parquet"))
    parser.add_argument(
        "--cluster",
        metavar="ADDRESS",
        help="read on a Dask cluster: tcp://host:8786, or local:N for N workers here (Parquet)",
    )
    parser.add_argument(
        "--batch",
        type=int,
        default=None,
        metavar="N",
        help="documents read by one task (Parquet; default 200)",
    )
    from sourcecheck import limits

    limits.add_arguments(parser)


def main(args: argparse.Namespace) -> int:
    from sourcecheck.atomic import write_text
    from sourcecheck.errors import InputError
    from sourcecheck.limits import from_args

    output = args.output or ""
    fmt = args.format or ("parquet" if output.endswith(".parquet") else "csv")
    if fmt == "parquet":
        from sourcecheck.textstorage import python_strings

        with python_strings():
            return _write_archive(args)
    if args.cluster or args.batch:
        option = "--cluster" if args.cluster else "--batch"
        raise InputError(option, None, "reads an archive into Parquet: give --out NAME.parquet")
    from sourcecheck import resultcache

    limits = from_args(args)
    key = resultcache.stamp(args.case, f"claims {fmt} {limits!r}")
    notices, text = resultcache.answered("claims", key, lambda: _read(args.case, limits, fmt))
    for notice in notices:
        print(f"sourcecheck: notice: {notice}", file=sys.stderr)
    if args.output:
        write_text(args.output, text)
    else:
        sys.stdout.write(text)
    return 0


def _read(path: str, limits, fmt: str) -> tuple[list[str], str]:
    """The case's notices and its aligned claims as CSV or JSON text; `path` a case folder,
    or one document (.md, .txt): a case of one, as `run` reads it."""
    from pathlib import Path

    from sourcecheck.case import load_case
    from sourcecheck.checks.caserun import as_folder
    from sourcecheck.extract import extract_claims
    from sourcecheck.textstorage import python_strings

    with python_strings(), as_folder(Path(path)) as folder:
        case = load_case(folder, limits)
        claims = _extract_with_progress(case, extract_claims)
        if fmt == "json":
            return case.notices, json.dumps(_records(claims), ensure_ascii=False, indent=1) + "\n"
        return case.notices, claims.to_csv(index=False)


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


def _write_archive(args: argparse.Namespace) -> int:
    """The archive's claims as a Parquet dataset; 2 when a case could not be read (the
    others are written), else 0."""
    from sourcecheck import archive
    from sourcecheck.checks.batch import Progress
    from sourcecheck.errors import InputError
    from sourcecheck.limits import from_args

    if not args.output:
        raise InputError("--format parquet", None, "needs --out NAME.parquet (a folder)")
    if args.batch is not None and args.batch < 1:
        raise InputError("--batch", None, f"{args.batch} is not a positive number of documents")
    cases = archive.find_cases(args.case)
    limits, batch = from_args(args), args.batch or archive.BATCH
    dataset = archive.Dataset(args.output)
    claims = broken = 0
    try:
        with _reader(args.cluster, cases, limits, batch) as outcomes, Progress(len(cases), None) as advance:  # fmt: skip
            for done in outcomes:
                for notice in done.notices:
                    print(f"sourcecheck: notice: {notice}", file=sys.stderr)
                if done.error is not None:
                    print(f"sourcecheck: broken: {done.case.name}: {done.error}", file=sys.stderr)
                    broken += 1
                else:
                    dataset.write(done.case.name, done.claims)
                    claims += len(done.claims)
                advance(done.case.name)
    except BaseException:
        dataset.abandon()
        raise
    dataset.commit()
    said = f"{len(cases) - broken} case{'s' if len(cases) - broken != 1 else ''}"
    print(f"{said}, {claims} claims → {args.output}", file=sys.stderr)
    return 2 if broken else 0


@contextlib.contextmanager
def _reader(address: str | None, cases, limits, batch: int):
    """The cases' outcomes as they are read: here, or on the cluster at `address`."""
    from sourcecheck import archive

    if not address:
        yield archive.read_locally(cases, limits, batch)
        return
    from sourcecheck import cluster

    with cluster.connect(address) as client:
        yield cluster.read_archive(client, cases, limits, batch)
