"""Review findings from the command line: list them, set a decision, export, import.

    sourcecheck review list reports/perfect-storm
    sourcecheck review set 3f2a --status dismissed --note "same count" --reviewer ana
    sourcecheck review export --format claimreview -o factchecks.jsonld
    sourcecheck review import decisions.csv

Decisions live in the review store, `OUT/reviews.sqlite` by default (`--out`, default
"reports"), or the file given with `--store`. The next `sourcecheck run` shows them in
findings.json and the report, and leaves dismissed and corrected findings out of `--fail-on`.
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import json
import sys
from pathlib import Path

from sourcecheck.errors import InputError
from sourcecheck.schema import REVIEW_STATUSES

NAME = "review"
HELP = "list, set, export and import editorial decisions on findings"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.formatter_class = argparse.RawDescriptionHelpFormatter  # keep the examples

    def where(p: argparse.ArgumentParser) -> None:
        p.add_argument("--out", help='the reports folder (default "reports")')
        p.add_argument("--store", help="the review store (default OUT/reviews.sqlite)")

    sub = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    p = sub.add_parser("list", help="findings of a case (or of every case) with their decisions")
    p.add_argument("target", metavar="CASE_OR_OUT", help="a case's reports, a reports folder, "
                   "or a case (folder or name) whose reports are in --out")  # fmt: skip
    p.add_argument("--status", choices=REVIEW_STATUSES, help="only findings with this status")
    where(p)
    p = sub.add_parser("set", help="record a decision on a finding (a unique id prefix will do)")
    p.add_argument("id", metavar="ID")
    p.add_argument("--status", required=True, choices=REVIEW_STATUSES)
    p.add_argument("--note", help="why (kept when omitted; --note '' clears it)")
    p.add_argument("--reviewer", default=None, help="who decides (default: your login name)")
    p.add_argument("--case", help="the case, when the id is found in several")
    where(p)
    p = sub.add_parser("export", help="decisions as CSV or JSON, or confirmed findings as "
                       "schema.org ClaimReview JSON-LD")  # fmt: skip
    p.add_argument("--format", choices=("csv", "json", "claimreview"), default="csv")
    p.add_argument("--case", help="only this case")
    p.add_argument("--organization", help="ClaimReview author: your newsroom (default: reviewer)")
    p.add_argument("-o", "--output", help="write here (default: standard output)")
    where(p)
    p = sub.add_parser("import", help="add decisions from an export; never replaces newer ones")
    p.add_argument("file", metavar="FILE")
    where(p)


def _store_path(args: argparse.Namespace, out_dir: Path | None = None) -> str | Path:
    """The review store: --store (a path or sqlite:/// URL), else the one a run into OUT
    applies (the nearest reviews.sqlite in OUT or above it; else OUT/reviews.sqlite)."""
    from sourcecheck.checks.caserun import default_store

    if args.store:
        return args.store
    return default_store(Path(args.out or out_dir or "reports"))


def _out_dir(args: argparse.Namespace) -> Path:
    """Where the reports are: --out, else beside a --store file, else "reports"."""
    if args.out:
        return Path(args.out)
    if args.store and "://" not in args.store:
        return Path(args.store).parent
    return Path("reports")


def _emit(text: str, output: str | None) -> None:
    if output:
        from sourcecheck.atomic import write_text

        write_text(output, text)
    else:
        sys.stdout.write(text)


LIST_COLUMNS = ("case", "id", "severity", "rule", "status", "reviewer", "note", "message")


def _print_table(rows: list[tuple[str, ...]]) -> None:
    """A table on a terminal; tab-separated lines (with a header) when piped."""
    if not sys.stdout.isatty():
        clean = [[" ".join(str(v).split()) for v in row] for row in [LIST_COLUMNS, *rows]]
        sys.stdout.write("".join("\t".join(row) + "\n" for row in clean))
        return
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    table = Table(*LIST_COLUMNS)
    for row in rows:
        table.add_row(*(Text(str(v)) for v in row))  # notes are text, never rich markup
    Console().print(table)


def list_(args: argparse.Namespace) -> int:
    from sourcecheck.review import apply_reviews
    from sourcecheck.review.reports import findings_frame, read_findings, resolve_cases

    out_dir, cases = resolve_cases(args.target, args.out)
    store = _open(args, _store_path(args, out_dir))
    rows, gone_rows = [], []
    for case in cases:
        findings, gone = apply_reviews(findings_frame(read_findings(out_dir / case)), store, case)
        for f in findings.to_dict("records"):
            r = f["review"]
            if args.status and r["status"] != args.status:
                continue
            status = r["status"] + (" (new evidence)" if r["evidence_changed"] else "")
            rows.append((case, f["id"][:12], f["severity"] or "", f["rule"] or "", status,
                         r["reviewer"] or "", r["note"] or "", f["message"] or ""))  # fmt: skip
        gone_rows += [
            (case, g["id"][:12], "", g["rule"] or "", f"{g['status']} (gone)",
             g["reviewer"] or "", g["note"] or "", g["message"] or "")
            for g in gone
            if not args.status or g["status"] == args.status
        ]  # fmt: skip
    _print_table(rows + gone_rows)
    return 0


def _resolve_id(args: argparse.Namespace, store) -> tuple[str, str, dict]:
    """(case, full id, finding or {}) for the id prefix given, unique across cases."""
    from sourcecheck.review.reports import find_findings

    found = {(case, f["id"]): f for case, f in find_findings(_out_dir(args), args.id)}
    for d in store.find(args.id):
        found.setdefault((d["case"], d["finding_id"]), {})
    if args.case:
        found = {k: v for k, v in found.items() if k[0] == args.case}
    if not found:
        raise InputError(args.id, None, f"no finding with this id in {_out_dir(args)} or the store")
    if len(found) > 1:
        which = ", ".join(f"{case}:{fid[:12]}" for case, fid in sorted(found))
        raise InputError(args.id, None, f"ambiguous: {which} (give more of the id, or --case)")
    (case, fid), finding = next(iter(found.items()))
    return case, fid, finding


def _login() -> str | None:
    """The login name, the reviewer when --reviewer is not given (None if there is none)."""
    try:
        import getpass

        return getpass.getuser()
    except (OSError, KeyError):  # no USER/LOGNAME and no passwd entry (some containers)
        return None


def set_(args: argparse.Namespace) -> int:
    store = _open(args, _store_path(args))
    case, fid, finding = _resolve_id(args, store)
    note = args.note
    if note is None:
        note = (store.get(case, fid) or {}).get("note")
    decision = store.set(
        case,
        fid,
        args.status,
        note=note,
        reviewer=args.reviewer or _login(),
        evidence=finding.get("evidence"),
        rule=finding.get("rule"),
        message=finding.get("message"),
        origin="cli",
    )
    n = len(decision["history"])
    print(f"{case} {fid}: {decision['status']} ({n} change{'' if n == 1 else 's'} in history)")
    return 0


def _documents(case_dir: Path) -> dict[str, dict]:
    """doc name → publisher and published date, from the case's claims.csv, when written."""
    path = case_dir / "claims.csv"
    if not path.is_file():
        return {}
    with path.open(encoding="utf-8", newline="") as f:
        return {r["doc"]: r for r in csv.DictReader(f) if r.get("doc")}


def export(args: argparse.Namespace) -> int:
    from sourcecheck.errors import InputError
    from sourcecheck.review.exchange import export_text

    path = _store_path(args)
    if (
        "://" not in str(path) and not Path(path).is_file()
    ):  # nothing to export: say where we looked
        raise InputError(path, None, "no review store here (review in `sourcecheck serve`, "
                         "or give --store PATH or --out DIR)")  # fmt: skip
    store = _open(args, path)
    if args.format != "claimreview":
        _emit(export_text(store, args.format, args.case), args.output)
        return 0
    from sourcecheck.review.apply import open_review
    from sourcecheck.review.claimreview import claim_reviews
    from sourcecheck.review.reports import case_dirs, read_findings

    documents = []
    for case_dir in case_dirs(_out_dir(args)):
        if args.case and case_dir.name != args.case:
            continue
        decisions = {d["finding_id"]: d for d in store.decisions(case_dir.name)}
        findings = [
            {**f, "review": decisions.get(f["id"], open_review())} for f in read_findings(case_dir)
        ]
        documents += claim_reviews(
            findings, documents=_documents(case_dir), organization=args.organization
        )
    _emit(json.dumps(documents, ensure_ascii=False, indent=2) + "\n", args.output)
    return 0


def import_(args: argparse.Namespace) -> int:
    from sourcecheck.review.exchange import import_file

    counts = import_file(_open(args, _store_path(args)), args.file)
    print(f"{args.file}: {counts['applied']} applied, {counts['older']} older than the store's "
          f"decision (kept in history), {counts['known']} already known")  # fmt: skip
    return 0


ACTIONS = {"list": list_, "set": set_, "export": export, "import": import_}


def _open(args: argparse.Namespace, path):
    """The review store at `path`, closed when the command ends."""
    from sourcecheck.review import open_store

    return args.stores.enter_context(open_store(path))


def main(args: argparse.Namespace) -> int:
    from sourcecheck.review.tables import check_text

    for name in ("id", "note", "reviewer", "case", "organization"):
        check_text(getattr(args, name, None), "ID" if name == "id" else f"--{name}")
    with contextlib.ExitStack() as args.stores:
        return ACTIONS[args.action](args)
