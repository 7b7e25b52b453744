"""Check one case end to end: load → extract claims → validate tables → run suite → reviews.

Why
---
`sourcecheck.check(case)` (DESIGN §8) and `sourcecheck run` share this one path, so the
command line and the Python API can never disagree on what a case holds.

Example
-------
>>> result = check("seeds/perfect-storm")              # doctest: +SKIP
>>> result.findings[["rule", "severity"]].values.tolist()   # doctest: +SKIP
[['rounding', 'warning'], ['term-drift', 'warning'], ...]
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

from sourcecheck.engine import run_suite
from sourcecheck.errors import InputError
from sourcecheck.limits import DEFAULTS, Limits
from sourcecheck.result import Result
from sourcecheck.suite import load_suite

__all__ = ["check", "Result"]


def check(
    case: str | Path,
    *,
    suite: str | Path = "default",
    validate: bool = True,
    reviews: str | Path | None = None,
    expectations: Sequence[dict] = (),
    limits: Limits = DEFAULTS,
    jobs: int | None = None,
) -> Result:
    """Check the case folder `case` with `suite` and return its tables (a `Result`).

    The suite is `suite`, or the one the case's case.yaml names (`suite: strict` or a path
    relative to the case folder) when `suite` is left at "default".
    `validate` runs the table expectations (the built-in ones plus `expectations`, as a check
    file gives them) with great_expectations; `reviews` is a review store path
    whose decisions are applied to the findings (review part); a store that cannot be read
    (corrupt, not a database) leaves the findings open and adds a notice saying so.
    `limits` bound what the case folder may make the run read (sourcecheck.limits).
    `jobs` processes extract the documents of a large case (None: the cores; a small case
    stays in this process).
    Raises InputError on bad input.
    """
    from sourcecheck.align import with_subjects
    from sourcecheck.case import load_case
    from sourcecheck.extract import extract_claims, lexicons_for

    loaded = load_case(case, limits)
    root = None  # a suite named by the case must stay inside the case folder
    if str(suite) == "default" and loaded.settings.get("suite"):
        suite = _case_suite(str(loaded.settings["suite"]), Path(loaded.path))
        root = Path(loaded.path)
    chosen = load_suite(suite, root=root, limits=limits)  # fails before any extraction work
    lexicons = lexicons_for(loaded)
    claims = with_subjects(extract_claims(loaded, lexicons, jobs=jobs), lexicons.concepts)
    findings = run_suite(claims, chosen)
    validation = None
    if validate:
        from sourcecheck.checks.expectations import validate_tables

        validation = validate_tables(claims, findings, expectations)
    gone: list[dict] = []
    notices = list(loaded.notices)
    if reviews is not None:
        from sourcecheck.review import apply_reviews, open_store

        store = open_store(reviews)  # a malformed path or URL is bad input
        try:
            with store:
                findings, gone = apply_reviews(findings, store, loaded.name)
        except InputError as exc:  # a store that cannot be read: the reports are still worth it
            notices.append(f"reviews not applied: {exc}")
    return Result(
        case=loaded.name,
        path=str(loaded.path),
        documents=loaded.documents,
        claims=claims,
        findings=findings,
        suite=str(suite),
        ran_at=dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        validation=validation,
        notices=notices,
        gone=gone,
    )


def _case_suite(named: str, folder: Path) -> str | Path:
    """A suite named in case.yaml: a built-in name, or a path relative to the case folder."""
    local = folder / named
    return local if local.is_file() else named
