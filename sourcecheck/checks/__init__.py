"""Checks: batch validation runs (DESIGN §7) — many cases, one suite, table expectations.

`load_check(path)` reads a check file; `batch.run_many(...)` runs cases in parallel and writes
each case's report, an index page, a summary and optional JUnit XML;
`expectations.validate_tables(claims, findings, extra)` checks the tables with
great_expectations (imported only there).
"""

from sourcecheck.checks.checkfile import Check, load_check

__all__ = ["Check", "load_check"]
