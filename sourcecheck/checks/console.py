"""What a run prints: one line per finding like a linter's, then the summary and where to look.

Why
---
Editors and CI logs read the console first. A line per open finding,
`seeds/perfect-storm/perfect-storm-fr.md:12:40 rounding warning message`, sorted by file,
line and column, can be clicked in an editor's terminal and grepped; the summary then says
what the run found and where its report (one case) or its index (several) is.
`--format json` prints the same findings as JSON (the summary goes to standard error),
`--format github` as GitHub Actions annotations; `-q` prints only the summary.

Example
-------
>>> finding_line({"path": "a/b.md", "line": 3, "col": 7, "rule": "rounding",
...               "severity": "warning", "message": "10.6 M is not 10.7 M"})
'a/b.md:3:7 rounding warning 10.6 M is not 10.7 M'
"""

from __future__ import annotations

import heapq
import json
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path

from sourcecheck import schema

OUTPUTS = ("text", "quiet", "json", "github")
ANNOTATION = {"error": "error", "warning": "warning", "info": "notice"}


def _one_line(text: str) -> str:
    return " ".join(str(text).split())


def lines(outcomes: Sequence[dict]) -> Iterator[dict]:
    """The open findings and failed expectations of every case, sorted by place then rule.

    Why: a run of thousands of cases must print without holding every finding at once. The
    cases are read twice from the spool: first only the first and last file of each case's
    lines, then the lines of a case at a time. Cases whose places do not overlap (the usual
    case: each one's documents in its own folder) are printed one after the other; cases that
    do overlap (a folder inside another) are merged, so the order is the same as one sort.

    >>> outcomes = [{"case": "b", "path": "b", "expectations_failed": [], "findings": [
    ...     {"path": "b/x.md", "line": 2, "col": 1, "rule": "r", "id": "2", "closed": False}]},
    ...     {"case": "a", "path": "a", "expectations_failed": [], "findings": [
    ...     {"path": "a/x.md", "line": 9, "col": 1, "rule": "r", "id": "1", "closed": False},
    ...     {"path": "a/x.md", "line": 1, "col": 1, "rule": "r", "id": "0", "closed": True}]}]
    >>> [f["id"] for f in lines(outcomes)]
    ['1', '2']
    """
    spans = []  # (first place, last place, case): the only thing kept of each case
    for i, o in enumerate(outcomes):
        if places := _places(o):
            spans.append((min(places), max(places), i))
    spans.sort()
    group: list[int] = []
    reach = ""
    for first, last, i in spans:
        if group and first > reach:
            yield from _merged(outcomes, group)
            group = []
        reach = max(reach, last) if group else last
        group.append(i)
    if group:
        yield from _merged(outcomes, group)


def _merged(outcomes: Sequence[dict], cases: list[int]) -> Iterator[dict]:
    """The sorted lines of `cases` (indices of outcomes whose places overlap), in one order."""
    return heapq.merge(*(_case_lines(outcomes[i]) for i in cases), key=_key)


def _key(f: dict) -> tuple:
    return (f["path"], f["line"], f["col"], f["rule"], f["id"])


def _places(o: dict) -> list[str]:
    """The files of one case's lines (`_case_lines`), without building them."""
    places = [f["path"] for f in o["findings"] if not f["closed"]]
    return places + [_claims_file(o)] if o["expectations_failed"] else places


def _claims_file(o: dict) -> str:
    """Where a case's failed table expectations point: its claims.csv."""
    return str(Path(o["path"]) / "claims.csv")


def _case_lines(o: dict) -> list[dict]:
    """One case's open findings and failed expectations, sorted."""
    from sourcecheck.checks.batch import expectation_id
    from sourcecheck.checks.explain import expectation_sentence

    found = [dict(f, case=o["case"]) for f in o["findings"] if not f["closed"]]
    where = _claims_file(o)
    found += [
        {"case": o["case"], "path": where, "line": 1, "col": 1, "rule": "expectation",
         "severity": "error", "id": expectation_id(e), "status": "open",
         "message": f"{e['table']}: {expectation_sentence(e)}"}
        for e in o["expectations_failed"]
    ]  # fmt: skip
    return sorted(found, key=_key)


def finding_line(f: dict) -> str:
    """`path:line:col rule severity message`."""
    return (
        f"{f['path']}:{f['line']}:{f['col']} {f['rule']} {f['severity']} {_one_line(f['message'])}"
    )


def annotation(f: dict) -> str:
    """A GitHub Actions workflow command: the finding shown on its line of the diff."""

    def escape(text: str, prop: bool = False) -> str:
        text = str(text).replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
        return text.replace(":", "%3A").replace(",", "%2C") if prop else text

    level = ANNOTATION.get(f["severity"], "warning")
    props = f"file={escape(f['path'], True)},line={f['line']},col={f['col']},title={escape(f['rule'], True)}"  # fmt: skip
    return f"::{level} {props}::{escape(_one_line(f['message']))}"


def as_json(f: dict) -> dict:
    keys = ("case", "path", "line", "col", "rule", "severity", "message", "id", "status")
    return {k: f.get(k) for k in keys}


def summary_line(o: dict, out: Path) -> str:
    """One case: its claims, open findings by severity and its report (or its error)."""
    if o["status"] == "broken":
        return f"{o['case']}: broken: {o['error']}"
    said = ", ".join(f"{n} {severity}" for severity, n in o["counts"].items())
    report = Path(out) / o["case"] / "report.html"
    return f"{o['case']}: {o['claims']} claims, {said} → {report}"


def report(
    outcomes: Sequence[dict],
    *,
    out: Path,
    index: Path | None,
    output: str = "text",
) -> None:
    """Print the run: findings (per `output`), notices, then the summary and the paths."""
    stream = sys.stderr if output == "json" else sys.stdout
    if output == "json":
        _json_list((as_json(f) for f in lines(outcomes)), sys.stdout)
    elif output in ("text", "github"):
        printed = False
        for f in lines(outcomes):
            print(annotation(f) if output == "github" else finding_line(f))
            printed = True
        if printed:
            print()
    for o in outcomes:
        for notice in o["notices"]:
            print(f"{o['case']}: notice: {_one_line(notice)}", file=stream)
        if o["expectations_failed"]:
            where = Path(out) / o["case"] / "validation.json"
            print(f"{o['case']}: table expectations failed: {where}", file=stream)
    if len(outcomes) == 1 and outcomes[0]["status"] == "broken":
        print(f"sourcecheck: error: {outcomes[0]['error']}", file=sys.stderr)
    elif len(outcomes) == 1:
        print(summary_line(outcomes[0], out), file=stream)
    else:
        _table(outcomes, stream)
    if index is not None:
        print(f"index → {index}", file=stream)


def _json_list(items: Iterator[dict], stream) -> None:
    """Write `items` as `json.dump(list(items), stream, indent=1)` would, an item at a time."""
    first = True
    for item in items:
        text = json.dumps(item, ensure_ascii=False, indent=1).replace("\n", "\n ")
        stream.write(("[\n " if first else ",\n ") + text)
        first = False
    stream.write("[]\n" if first else "\n]\n")


COLUMNS = ("case", "status", *reversed(schema.SEVERITIES), "expectations failed")
TITLE = "sourcecheck: cases × findings"


def table_lines(outcomes: Sequence[dict]) -> Iterator[str]:
    """One row per case: status, severity counts, failed expectations; totals last.

    Why: a rich table holds every row until it is drawn, so a run of thousands of cases
    grew with them. The widths are found in a first pass over the outcomes (numbers only),
    then the rows are drawn a case at a time, in the same boxes.

    >>> print("\\n".join(table_lines([{"case": "a", "status": "ok", "counts": {"info": 2},
    ...                                 "validation_failures": 0}])))  # doctest: +NORMALIZE_WHITESPACE
                 sourcecheck: cases × findings
    ┏━━━━━━━━┳━━━━━━━━┳━━━━━━━┳━━━━━━━━━┳━━━━━━┳━━━━━━━━━━━━━━━━━━━━━┓
    ┃ case   ┃ status ┃ error ┃ warning ┃ info ┃ expectations failed ┃
    ┡━━━━━━━━╇━━━━━━━━╇━━━━━━━╇━━━━━━━━━╇━━━━━━╇━━━━━━━━━━━━━━━━━━━━━┩
    │ a      │ ok     │     0 │       0 │    2 │                   0 │
    ├────────┼────────┼───────┼─────────┼──────┼─────────────────────┤
    │ 1 case │        │     0 │       0 │    2 │                   0 │
    └────────┴────────┴───────┴─────────┴──────┴─────────────────────┘
    """
    severities = COLUMNS[2:-1]
    widths = [len(c) for c in COLUMNS]
    totals = [0] * (len(COLUMNS) - 2)
    for o in outcomes:
        row = _row(o, severities)
        totals = [t + int(n) for t, n in zip(totals, row[2:], strict=True)]
        widths = [max(w, len(cell)) for w, cell in zip(widths, row, strict=True)]
    many = f"{len(outcomes)} case{'' if len(outcomes) == 1 else 's'}"
    last = [many, "", *map(str, totals)]
    widths = [max(w, len(cell)) for w, cell in zip(widths, last, strict=True)]

    def line(cells, edge="│", sep="│") -> str:
        padded = [c.ljust(w) if k < 2 else c.rjust(w) for k, (c, w) in enumerate(zip(cells, widths, strict=True))]  # fmt: skip
        return f"{edge} " + f" {sep} ".join(padded) + f" {edge}"

    def rule(left, fill, cross, right) -> str:
        return left + cross.join(fill * (w + 2) for w in widths) + right

    top = rule("┏", "━", "┳", "┓")
    yield TITLE.center(len(top)).rstrip()
    yield top
    yield line(COLUMNS, "┃", "┃")
    yield rule("┡", "━", "╇", "┩")
    for o in outcomes:
        yield line(_row(o, severities))
    yield rule("├", "─", "┼", "┤")
    yield line(last)
    yield rule("└", "─", "┴", "┘")


def _row(o: dict, severities: Sequence[str]) -> list[str]:
    counts = [str(o["counts"].get(s, 0)) for s in severities]
    return [o["case"], o["status"], *counts, str(o["validation_failures"])]


def _table(outcomes: Sequence[dict], stream) -> None:
    """The table of the cases, then a line per broken case."""
    for text in table_lines(outcomes):
        print(text, file=stream)
    for o in outcomes:
        if o["status"] == "broken":
            print(f"broken: {o['case']}: {o['error']}", file=stream)
