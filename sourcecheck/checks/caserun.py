"""Check one case and write its report folder: the one function every run goes through.

Why
---
`sourcecheck run CASE` and a batch of fifty cases must never disagree on what a case gives,
so a single case is a batch of one: `check_case` checks the case, writes its report set under
the case's lock (sourcecheck.outfolder) and returns an *outcome*, a plain dict that the
console, the index, the run history and the JUnit XML all read. It never raises: a broken
case is an outcome with status "broken" and its error line, so the other cases finish.

Table validation (great_expectations, seconds to import) runs when something asks for it: a
check file (a batch validation for CI: one import shared by every case), a `case.yaml` naming
expectations, a case with hand-entered claims (`claims.csv`, the only claims sourcecheck did
not build itself), or `--validate`. An interactive run of a case stays fast.

Example
-------
>>> outcome = check_case("seeds/perfect-storm", out="reports")     # doctest: +SKIP
>>> outcome["counts"], outcome["href"]                               # doctest: +SKIP
({'error': 0, 'warning': 2, 'info': 1}, 'perfect-storm/report.html')
"""

from __future__ import annotations

import shutil
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from sourcecheck import schema
from sourcecheck.errors import InputError
from sourcecheck.limits import DEFAULTS, Limits
from sourcecheck.outfolder import WAIT

DOCUMENT_SUFFIXES = (".md", ".txt")
EMPTY = "nothing to check: no documents (*.md, *.txt) and no claims.csv"


def check_case(
    case: str | Path,
    *,
    suite: str | Path = "default",
    out: str | Path = "reports",
    reviews: Any = None,
    extra: Sequence[dict] = (),
    validate: bool | None = None,
    limits: Limits = DEFAULTS,
    wait: float = WAIT,
    extract_jobs: int | None = None,
) -> dict[str, Any]:
    """Check one case (a folder, or one document: a case of one) and write its report folder.
    `extract_jobs` processes extract the documents of a large case (None: the cores; a batch
    gives each case the cores the other cases leave).

    `validate`: True or False forces table validation; None decides (see the module's Why).
    Returns the case's outcome (`outcome()`); runs in worker processes: plain values only.
    """
    from sourcecheck.cli import one_line, traceback_note

    started = time.perf_counter()
    case = Path(case)
    try:
        with as_folder(case) as folder:
            result, wanted = _check_and_write(folder, suite, Path(out), reviews, extra,
                                              validate, limits, wait, extract_jobs)  # fmt: skip
            located = locate(result, original=case if case.is_file() else None)
    except InputError as exc:
        return broken(case, one_line(str(exc)), schema.EXIT_BAD_INPUT, started)
    except OSError as exc:  # the system said no: a path, a permission, a full disk
        error = one_line(f"{exc.filename or out}: {exc.strerror or exc}")
        return broken(case, error, schema.EXIT_BAD_INPUT, started)
    except Exception as exc:  # noqa: BLE001 - one broken case must not stop the others
        error = f"internal error (a bug): {one_line(f'{type(exc).__name__}: {exc}')}; {traceback_note(exc)}"  # fmt: skip
        return broken(case, error, schema.EXIT_INTERNAL, started)
    validation = result.validation or {"results": []}
    return outcome(
        case,
        started,
        case=result.case,
        href=f"{result.case}/report.html",
        counts=_counts(located),
        claims=len(result.claims),
        documents=len(result.documents),
        suite=str(result.suite),
        ran_at=result.ran_at,
        notices=list(result.notices),
        validated=wanted,
        validation_failures=sum(not r["success"] for r in validation["results"]),
        findings=located,
        expectations_failed=[r for r in validation["results"] if not r["success"]],
    )


def _check_and_write(folder, suite, out, reviews, extra, validate, limits, wait, jobs=None):
    from sourcecheck.case import case_name
    from sourcecheck.outfolder import claimed
    from sourcecheck.outputs import write_case
    from sourcecheck.pipeline import check

    if reviews is None:
        reviews = default_store(out)
    extra = [*extra, *case_expectations(folder, limits)]
    wanted = validate if validate is not None else bool(extra) or (folder / "claims.csv").is_file()
    with claimed(out, case_name(folder), wait=wait):
        result = check(folder, suite=suite, validate=wanted, reviews=reviews,
                       expectations=extra, limits=limits, jobs=jobs)  # fmt: skip
        if result.documents.empty and result.claims.empty:
            raise InputError(folder, None, EMPTY)
        write_case(result, out)
    return result, wanted


def default_store(out: str | Path) -> Path:
    """The review store a run into `out` applies: the nearest `reviews.sqlite` in `out` or a
    folder above it (up to the repository's root), so `sourcecheck serve reports` and a run
    into `reports/seeds` share one store; else `out/reviews.sqlite` (reading creates nothing).
    """
    from sourcecheck.review import STORE_NAME

    own = Path(out) / STORE_NAME  # as given: messages name the path the user typed
    if own.is_file():
        return own
    for folder in Path(out).absolute().parents:
        if (folder / STORE_NAME).is_file():
            return folder / STORE_NAME
        if (folder / ".git").exists():
            break
    return own


def case_expectations(folder: Path, limits: Limits = DEFAULTS) -> list[dict]:
    """The expectations a case's `case.yaml` names (`expectations:`, as in a check file)."""
    from sourcecheck.checks.checkfile import _expectations
    from sourcecheck.reading import read_yaml

    file = folder / "case.yaml"
    if not file.is_file():
        return []
    settings = read_yaml(file, root=folder, limits=limits)
    items = settings.get("expectations") if isinstance(settings, dict) else None
    return _expectations(file, items) if items else []


class as_folder:
    """A case folder as given, or a document given alone copied into a case of its own."""

    def __init__(self, path: Path) -> None:
        self.path, self.made = path, None

    def __enter__(self) -> Path:
        if not self.path.is_file():
            return self.path
        if self.path.suffix.lower() not in DOCUMENT_SUFFIXES:
            raise InputError(self.path, None, "not a case folder nor a .md or .txt document")
        self.made = Path(tempfile.mkdtemp(prefix="sourcecheck-case-"))
        folder = self.made / self.path.stem
        folder.mkdir()
        shutil.copyfile(self.path, folder / self.path.name)
        return folder

    def __exit__(self, *exc) -> None:
        if self.made is not None:
            shutil.rmtree(self.made, ignore_errors=True)


def locate(result, original: Path | None = None) -> list[dict[str, Any]]:
    """Each finding with where it starts: the file, line and column of its first claim.

    The line counts from the top of the file (front matter included), as an editor shows it;
    a hand-entered claim without an offset points at line 1 of its document.
    """
    from sourcecheck.review import is_closed

    documents = {row["doc"]: row for row in result.documents.to_dict("records")}
    starts: dict[str, int] = {}  # lines before the body, per document
    located = []
    for f in result.findings.to_dict("records"):
        places = []
        for claim in f["claims"] or []:
            doc = documents.get(claim.get("doc"))
            path = str(
                original or (doc["path"] if doc else Path(result.path) / str(claim.get("doc")))
            )
            line, col = 1, 1
            start = claim.get("start")
            if doc and isinstance(start, int | float) and start == start:
                if path not in starts:
                    starts[path] = _front_lines(path, doc["body"])
                before = doc["body"][: int(start)]
                line = starts[path] + before.count("\n") + 1
                col = int(start) - (before.rfind("\n") + 1) + 1
            places.append((path, line, col))
        path, line, col = min(places) if places else (str(result.path), 1, 1)
        review = f.get("review") if isinstance(f.get("review"), dict) else {}
        located.append(
            {
                "id": f["id"],
                "rule": f["rule"],
                "severity": f["severity"],
                "message": f["message"],
                "closed": is_closed(review),
                "status": review.get("status", "open"),
                "evidence_changed": bool(review.get("evidence_changed")),
                "path": _shown(path),
                "line": line,
                "col": col,
            }
        )
    return located


def _front_lines(path: str, body: str) -> int:
    """Lines of a document file above its body (the front matter), 0 when unknown."""
    try:
        text = Path(path).read_text(encoding="utf-8", errors="replace")
    except OSError:
        return 0
    return text[: len(text) - len(body)].count("\n") if text.endswith(body) else 0


def _shown(path: str) -> str:
    """A path as the user would type it: relative to the working folder when inside it."""
    try:
        return str(Path(path).resolve().relative_to(Path.cwd()))
    except ValueError:
        return path


def _counts(findings: list[dict]) -> dict[str, int]:
    """Open findings (not dismissed or corrected) by severity, most severe first."""
    counts = dict.fromkeys(reversed(schema.SEVERITIES), 0)
    for f in findings:
        if not f["closed"] and f["severity"] in counts:
            counts[f["severity"]] += 1
    return counts


def broken(case: Path, error: str, code: int, started: float) -> dict[str, Any]:
    """The outcome of a case that could not be checked: its error line and exit code."""
    name = case.stem if case.is_file() else case.name
    return outcome(case, started, case=name, status="broken", error=error, exit=code)


def outcome(folder: Path, started: float, **fields: Any) -> dict[str, Any]:
    """A case's outcome: what the console, the index, the history and the JUnit XML need."""
    return {
        "case": folder.name,
        "path": str(folder),
        "href": None,
        "counts": dict.fromkeys(reversed(schema.SEVERITIES), 0),
        "claims": 0,
        "documents": 0,
        "suite": None,
        "ran_at": None,
        "notices": [],
        "validated": False,
        "status": "ok",
        "error": None,
        "exit": schema.EXIT_OK,
        "validation_failures": 0,
        "findings": [],
        "expectations_failed": [],
        "seconds": round(time.perf_counter() - started, 3),
    } | fields
