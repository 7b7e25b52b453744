"""The desk: every case of a reports folder, at any depth, with its counts, history and changes.

Why
---
An editor starts the shift at the desk, not in one report: which cases have open findings,
of which severity and review status, when each last ran and with which suite, what changed
since the previous run (new findings, findings gone, reviewed findings whose evidence
changed) and how the open findings went over runs. `sourcecheck serve` shows this page with
the review store's decisions applied; a batch run writes the same page as `OUT/index.html`.

The view is built from what runs leave on disk: each case folder's `findings.json` (found at
any depth; hidden folders are runs still writing) and each output folder's `history.jsonl`.

Example
-------
>>> import tempfile
>>> view = desk_view(Path(tempfile.mkdtemp()))
>>> list(view["cases"]), view["runs"]
([], [])
>>> quote("javascript:alert(1)")  # a case folder's name in a link: percent-encoded, after "./"
'javascript%3Aalert%281%29'
"""

from __future__ import annotations

import datetime as dt
import os
from array import array
from collections import Counter
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any
from urllib.parse import quote

from sourcecheck.checks.spool import Outcomes
from sourcecheck.schema import REVIEW_STATUSES, SEVERITIES

FINDINGS_FILE = "findings.json"
SPARK_W, SPARK_H = 120, 28
HISTORY_SHOWN = 30  # runs drawn per case
RUNS_SHOWN = 20  # runs listed in the history table
MAX_DEPTH = 12  # folders below the reports folder: deep enough for any batch layout


def folders_holding(root: Path, name: str) -> list[Path]:
    """Folders under `root` (itself included) holding a file `name`, hidden ones skipped
    (`.<case>.stage-*` is a run still writing). Symlinked folders are walked (never back into
    a folder they are in, never deeper than MAX_DEPTH); whether one may be served is the
    server's question (`serve --follow-symlinks`)."""
    return folders_holding_each(root, (name,))[name]


def folders_holding_each(root: Path, names: Sequence[str]) -> dict[str, list[Path]]:
    """`folders_holding` for several file names in one walk of the tree: name → folders."""
    found: dict[str, list[Path]] = {name: [] for name in names}
    for folder, dirs, files in os.walk(root, followlinks=True):  # a symlinked case is a case
        here = os.path.realpath(folder)
        depth = len(Path(folder).relative_to(root).parts)
        keep = []
        for d in sorted(dirs):
            target = os.path.realpath(os.path.join(folder, d))
            loop = here == target or here.startswith(target + os.sep)
            if not d.startswith(".") and not loop and depth < MAX_DEPTH:
                keep.append(d)
        dirs[:] = keep
        for name in names:
            if name in files:
                found[name].append(Path(folder))
    return {name: sorted(folders) for name, folders in found.items()}


def _key(root: Path, folder: Path) -> str:
    return folder.relative_to(root).as_posix() if folder != root else folder.name


def desk_view(root: Path, findings_of=None, link=None, folders=None) -> dict[str, Any]:
    """The desk's data. `findings_of(folder)` gives a case's findings (default: findings.json
    as written; the server applies its review store); `link(key)` a case's report URL;
    `folders` the case folders shown (default: every one under `root`).

    The case rows (`cases`, a `Rows` sequence) and the history entries they are built from
    are kept in temporary files, and read a line and a case at a time: the memory of the
    index does not grow with the number of cases or of runs.
    """
    root = Path(root)
    findings_of = findings_of or _written_findings
    link = link or (lambda key: f"./{quote(key)}/report.html")  # "./": never a URL scheme
    from sourcecheck.checks.history import HISTORY_FILE

    walked = folders_holding_each(root, (HISTORY_FILE, FINDINGS_FILE))
    entries, seen, runs = _history(root, walked[HISTORY_FILE])
    rows = Rows()
    for folder in folders if folders is not None else walked[FINDINGS_FILE]:
        key = _key(root, folder)
        rows.add(_case_row(key, folder, findings_of(folder), seen.pop(key, None), entries, link))
    for key, history in seen.items():  # cases whose last run broke before writing a report
        if entries[history.last].get("status") == "broken":
            rows.add(_case_row(key, None, [], history, entries, link))
    runs.sort(key=lambda r: str(r["ran_at"]))
    return {
        "root": str(root),
        "cases": rows.sorted(),
        "severities": list(reversed(SEVERITIES)),
        "statuses": list(REVIEW_STATUSES),
        "totals": [(s, rows.totals.get(s, 0)) for s in reversed(SEVERITIES)],
        "runs": list(reversed(runs[-RUNS_SHOWN:])),
        "filters": {"rule": sorted(rows.rules), "source": sorted(rows.sources)},
        "changed": rows.changed,
    }


class Seen:
    """What the run history says of one case: how many runs saw it, its open findings in the
    last HISTORY_SHOWN runs, the settings of the last run that saw it (one dict per run,
    shared by its cases), and where its last two entries are kept."""

    __slots__ = ("runs", "counts", "head", "last", "before")

    def __init__(self) -> None:
        self.runs = 0
        self.counts = array("l")  # the last HISTORY_SHOWN runs' open findings
        self.head: dict[str, Any] = {}
        self.last = self.before = -1  # slots in the entries' spool


def _history(root: Path, folders: list[Path]) -> tuple[Outcomes, dict[str, Seen], list[dict]]:
    """Every case entry of every run in the history of `folders` (under `root`), read a case
    at a time: the entries kept on disk, what each case's history says (`Seen`, by key), and
    a row per run."""
    from sourcecheck.checks.history import iter_runs

    entries, seen, runs = Outcomes(), {}, []
    for folder in folders:
        for head, cases in iter_runs(folder):
            row = {"cases": 0, "broken": 0, "open": 0}
            for entry in cases:
                key = _key(root, folder / str(entry.get("case")))
                history = seen.setdefault(key, Seen())
                opened = sum((entry.get("counts") or {}).values())
                history.runs += 1
                history.counts.append(opened)
                if len(history.counts) > HISTORY_SHOWN:
                    del history.counts[0]
                history.head = head
                history.before, history.last = history.last, entries.append(entry)
                row["cases"] += 1
                row["broken"] += entry.get("status") == "broken"
                row["open"] += opened
            runs.append(_run_row(root, folder, head) | row)
    return entries, seen, runs


class Rows(Sequence):
    """The case rows of the desk, kept on disk as they are made; in memory only what sorts
    them and what the page sums up (totals by severity, the rules and sources to filter by,
    how many cases changed). `sorted()` gives them worst first: broken, failed, then by open
    findings."""

    RANK = {"broken": 0, "failed": 1, "ok": 2}

    def __init__(self) -> None:
        self._rows = Outcomes()
        self._order: list[tuple[int, int, str, int]] = []
        self.totals: Counter = Counter()
        self.rules: set[str] = set()
        self.sources: set[str] = set()
        self.changed = 0

    def add(self, row: dict[str, Any]) -> None:
        slot = self._rows.append(row)
        self._order.append((self.RANK.get(row["status"], 3), -row["open"], row["key"], slot))
        self.totals.update(row["severities"])
        self.rules.update(row["rules"])
        self.sources.update(row["sources"])
        self.changed += bool(row["changes"]["any"])

    def sorted(self) -> Rows:
        self._order.sort()
        return self

    def __len__(self) -> int:
        return len(self._order)

    def __getitem__(self, i):  # an int, or a slice (a list)
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(len(self)))]
        return self._rows[self._order[i][-1]]

    def __repr__(self) -> str:
        return repr(list(self))


def _written_findings(folder: Path) -> list[dict]:
    from sourcecheck.review.reports import read_findings

    try:
        return read_findings(folder)
    except Exception:  # noqa: BLE001 - one unreadable case must not hide the others
        return []


def _case_row(key, folder, findings, history: Seen | None, entries, link) -> dict[str, Any]:
    reviews = [f.get("review") if isinstance(f.get("review"), dict) else {} for f in findings]
    statuses = Counter(r.get("status", "open") for r in reviews)
    open_ = [f for f, r in zip(findings, reviews, strict=True) if r.get("status", "open") not in ("dismissed", "corrected")]  # fmt: skip
    severities = Counter(f.get("severity") for f in open_)
    last = entries[history.last] if history else None
    before = entries[history.before] if history and history.before >= 0 else None
    head = history.head if history else {}
    status = last.get("status", "ok") if last else "ok"
    if folder is None:
        status = "broken"
    ran_at = head.get("ran_at") if last else _mtime(folder)
    href = link(key) if folder is not None else None
    return {
        "key": key,
        "name": key.rsplit("/", 1)[-1],
        "href": href,
        "status": status,
        "error": last.get("error") if last else None,
        "open": len(open_),
        "severities": {s: severities.get(s, 0) for s in reversed(SEVERITIES)},
        "statuses": {s: statuses.get(s, 0) for s in REVIEW_STATUSES},
        "ran_at": ran_at,
        "ran_at_text": _when(ran_at),
        "suite": _short(head.get("suite")) if last else None,
        "check": _short(head.get("check")) if last else None,
        "fail_on": head.get("fail_on") if last else None,
        "rules": sorted({str(f.get("rule")) for f in findings}),
        "sources": sorted(
            {
                str(c.get("source"))
                for f in findings
                for c in f.get("claims") or []
                if c.get("source")
            }
        ),  # fmt: skip
        "spark": spark(list(history.counts)) if history else None,
        "runs": history.runs if history else 0,
        "changes": _changes(findings, before, last, href),
    }


def _changes(findings: list[dict], before: dict | None, last: dict | None, href: str | None) -> dict[str, Any]:  # fmt: skip
    """New and gone findings between a case's last two runs (their history entries, `before`
    and `last`); reviewed ones whose evidence changed."""
    anchor = (lambda fid: f"{href}#f-{fid}") if href else (lambda fid: None)
    if before is not None and last is not None:
        now = {f["id"]: f for f in last.get("findings") or []}
        was = {f["id"]: f for f in before.get("findings") or []}
        new = [dict(f, href=anchor(i)) for i, f in now.items() if i not in was]
        gone = [dict(f, href=None) for i, f in was.items() if i not in now]
    else:
        new, gone = [], []
    evidence = [
        {"id": f["id"], "rule": f.get("rule"), "severity": f.get("severity"),
         "message": f.get("message"), "href": anchor(f["id"])}
        for f in findings
        if isinstance(f.get("review"), dict) and f["review"].get("evidence_changed")
    ]  # fmt: skip
    return {"new": new, "gone": gone, "evidence": evidence, "first": before is None,
            "any": bool(new or gone or evidence)}  # fmt: skip


def _run_row(root: Path, folder: Path, head: dict) -> dict[str, Any]:
    """A run as the history table lists it (its case counts are added as its cases are read)."""
    return {
        "ran_at": head.get("ran_at"),
        "ran_at_text": _when(head.get("ran_at")),
        "folder": _key(root, folder) if folder != root else ".",
        "suite": _short(head.get("suite")),
        "check": _short(head.get("check")),
        "fail_on": head.get("fail_on"),
    }


def spark(values: list[int]) -> dict[str, Any] | None:
    """A small line chart of open findings over runs, as SVG points (None for under 2 runs).

    >>> spark([2, 0])["points"]
    '2.0,4.0 118.0,24.0'
    """
    if len(values) < 2:
        return None
    top = max(values) or 1
    step = (SPARK_W - 4) / (len(values) - 1)
    points = " ".join(
        f"{2 + i * step:.1f},{SPARK_H - 4 - (v / top) * (SPARK_H - 8):.1f}"
        for i, v in enumerate(values)
    )
    return {"points": points, "w": SPARK_W, "h": SPARK_H, "first": values[0], "last": values[-1],
            "label": f"open findings over the last {len(values)} runs: {', '.join(map(str, values))}"}  # fmt: skip


def _short(path: Any) -> str | None:
    """A suite or check as a user recognises it: its file name, or a built-in's name."""
    return None if path is None else Path(str(path)).name


def _mtime(folder: Path | None) -> str | None:
    if folder is None:
        return None
    try:
        stamp = (folder / FINDINGS_FILE).stat().st_mtime
    except OSError:
        return None
    return dt.datetime.fromtimestamp(stamp, dt.UTC).isoformat(timespec="seconds")


def _when(iso: Any) -> str:
    """'2026-11-30 15:40 UTC' from an ISO time."""
    try:
        return dt.datetime.fromisoformat(str(iso)).strftime("%Y-%m-%d %H:%M UTC")
    except ValueError:
        return "—"


def render_desk(root: Path, *, served: bool = False, **view_options: Any) -> str:
    """The desk page (`served`: the review server's version, which links to its review pages)."""
    return "".join(desk_page(root, served=served, **view_options))


def desk_page(root: Path, *, served: bool = False, **view_options: Any) -> Iterator[str]:
    """The desk page in pieces, as the template renders it (`write_index` writes them as they
    come, so a page of thousands of cases is never held whole)."""
    from markupsafe import Markup

    from sourcecheck.report.render import asset, environment, policy

    page = environment().get_template("desk.html.j2")
    style = asset("report.css") + asset("layout.css") + asset("desk.css")
    js = asset("desk.js")
    view = desk_view(Path(root), **view_options)
    yield from page.generate(**view, served=served, style=style, js=js, csp=Markup(policy(style, js)))  # fmt: skip
