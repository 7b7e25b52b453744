"""Read `claims.csv`: the claims an editor enters by hand (DESIGN §3).

Why
---
Extraction misses figures written in ways no pattern foresaw (a table turned into prose, a
figure in a chart caption); an editor types them in. Every row must say which document and
which source, and either the figure as written (`text`) or its `value` with a `unit`,
`currency` or `thing`. A malformed row stops the run with the file and line, never silently.

Example
-------
    doc,source,text,thing
    perfect-storm-fr.md,Eurojust,5 500 serveurs,serveurs
"""

from __future__ import annotations

import csv
import io
import math
import os
from pathlib import Path

import pandas as pd

from sourcecheck.errors import InputError
from sourcecheck.limits import DEFAULTS, Limits
from sourcecheck.reading import read_text
from sourcecheck.schema import CLAIM_COLUMNS, EXTRA_CLAIM_COLUMNS

KNOWN_COLUMNS = set(CLAIM_COLUMNS) | set(EXTRA_CLAIM_COLUMNS) | {"concept_path"}
NUMBER_COLUMNS = ("value", "low", "high")
INTEGER_COLUMNS = ("start", "end")


def read_manual_claims(
    file: Path, documents: pd.DataFrame, *, root: Path | None = None, limits: Limits = DEFAULTS
) -> pd.DataFrame:
    """The rows of `claims.csv` (strings, numbers parsed), or an empty table when absent.

    The file is read within `limits` (a regular file inside `root`, at most the document size).
    """
    if not os.path.lexists(file):
        return pd.DataFrame(columns=["doc", "source", "text", "line"])
    raw = read_text(file, root=root, limits=limits)
    if "\x00" in raw:
        raise InputError(file, None, "holds NUL characters: not a CSV text file")
    reader = csv.reader(io.StringIO(raw, newline=""), strict=True)
    try:
        header = [h.strip() for h in next(reader)]
    except StopIteration:
        raise InputError(file, "line 1", "empty file: expected a header row") from None
    except csv.Error as exc:
        raise InputError(file, "line 1", f"malformed CSV: {exc}") from None
    _check_header(header, file)
    docs = set(documents["doc"]) if len(documents) else set()
    rows = []
    try:
        for fields in reader:
            line = reader.line_num
            if not any(f.strip() for f in fields):
                continue
            if len(fields) != len(header):
                raise InputError(
                    file, f"line {line}", f"expected {len(header)} fields, found {len(fields)}"
                )
            rows.append(_row(dict(zip(header, fields, strict=True)), line, file, docs))
    except csv.Error as exc:
        raise InputError(file, f"line {reader.line_num}", f"malformed CSV: {exc}") from None
    return pd.DataFrame(rows, columns=[*header, "line"])


def _check_header(header: list[str], file: Path) -> None:
    unknown = [h for h in header if h not in KNOWN_COLUMNS]
    if unknown:
        raise InputError(file, "line 1", f"unknown column {unknown[0]!r}")
    missing = [c for c in ("doc", "source") if c not in header]
    if missing:
        raise InputError(file, "line 1", f"missing column {missing[0]!r}")
    if "text" not in header and not (
        "value" in header and {"unit", "currency", "thing"} & set(header)
    ):
        raise InputError(
            file, "line 1", "needs a 'text' column, or 'value' with 'unit', 'currency' or 'thing'"
        )


def _row(row: dict, line: int, file: Path, docs: set[str]) -> dict:
    row = {k: v.strip() for k, v in row.items()}
    if row["doc"] not in docs:
        raise InputError(file, f"line {line}", f"doc {row['doc']!r} is not a document of the case")
    if not row["source"]:
        raise InputError(file, f"line {line}", "source is empty")
    if not row.get("text") and not row.get("value"):
        raise InputError(file, f"line {line}", "needs a text or a value")
    for col in NUMBER_COLUMNS:
        if row.get(col):
            try:
                number = float(row[col].replace(" ", "").replace(",", "."))
            except ValueError:
                raise InputError(
                    file, f"line {line}", f"{col} {row[col]!r} is not a number"
                ) from None
            if not math.isfinite(number):
                raise InputError(file, f"line {line}", f"{col} {row[col]!r} is not a finite number")
            row[col] = number
    for col in INTEGER_COLUMNS:
        if row.get(col):
            digits = row[col]
            if not (digits.isascii() and digits.isdigit() and len(digits) <= 12):
                raise InputError(file, f"line {line}", f"{col} {row[col]!r} is not an offset")
            row[col] = int(digits)
    row["line"] = line
    return row
