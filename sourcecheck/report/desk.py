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
>>> view["cases"], view["runs"]
([], [])
>>> quote("javascript:alert(1)")  # a case folder's name in a link: percent-encoded, after "./"
'javascript%3Aalert%281%29'
"""

from __future__ import annotations

import datetime as dt
import os
from collections import Counter
from pathlib import Path
from typing import Any
from urllib.parse import quote

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
    found = []
    for folder, dirs, names in os.walk(root, followlinks=True):  # a symlinked case is a case
        here = os.path.realpath(folder)
        depth = len(Path(folder).relative_to(root).parts)
        keep = []
        for d in sorted(dirs):
            target = os.path.realpath(os.path.join(folder, d))
            loop = here == target or here.startswith(target + os.sep)
            if not d.startswith(".") and not loop and depth < MAX_DEPTH:
                keep.append(d)
        dirs[:] = keep
        if name in names:
            found.append(Path(folder))
    return sorted(found)


def _key(root: Path, folder: Path) -> str:
    return folder.relative_to(root).as_posix() if folder != root else folder.name


def desk_view(root: Path, findings_of=None, link=None, folders=None) -> dict[str, Any]:
    """The desk's data. `findings_of(folder)` gives a case's findings (default: findings.json
    as written; the server applies its review store); `link(key)` a case's report URL;
    `folders` the case folders shown (default: every one under `root`)."""
    from sourcecheck.checks.history import HISTORY_FILE, read_history

    root = Path(root)
    findings_of = findings_of or _written_findings
    link = link or (lambda key: f"./{quote(key)}/report.html")  # "./": never a URL scheme
    entries: dict[str, list[tuple[dict, dict]]] = {}
    runs = []
    for folder in folders_holding(root, HISTORY_FILE):
        for run in read_history(folder):
            runs.append((folder, run))
            for entry in run["cases"]:
                key = _key(root, folder / str(entry.get("case")))
                entries.setdefault(key, []).append((run, entry))
    cases = {}
    for folder in folders if folders is not None else folders_holding(root, FINDINGS_FILE):
        key = _key(root, folder)
        cases[key] = _case_row(key, folder, findings_of(folder), entries.get(key, []), link)
    for key, seen in entries.items():  # cases whose last run broke before writing a report
        if key not in cases and seen[-1][1].get("status") == "broken":
            cases[key] = _case_row(key, None, [], seen, link)
    rank = {"broken": 0, "failed": 1, "ok": 2}
    rows = sorted(cases.values(), key=lambda c: (rank.get(c["status"], 3), -c["open"], c["key"]))
    totals = Counter()
    for c in rows:
        totals.update(c["severities"])
    runs.sort(key=lambda fr: str(fr[1].get("ran_at")))
    return {
        "root": str(root),
        "cases": rows,
        "severities": list(reversed(SEVERITIES)),
        "statuses": list(REVIEW_STATUSES),
        "totals": [(s, totals.get(s, 0)) for s in reversed(SEVERITIES)],
        "runs": [_run_row(root, f, r) for f, r in reversed(runs[-RUNS_SHOWN:])],
        "filters": _filters(rows),
        "changed": sum(bool(c["changes"]["any"]) for c in rows),
    }


def _written_findings(folder: Path) -> list[dict]:
    from sourcecheck.review.reports import read_findings

    try:
        return read_findings(folder)
    except Exception:  # noqa: BLE001 - one unreadable case must not hide the others
        return []


def _case_row(key, folder, findings, seen, link) -> dict[str, Any]:
    reviews = [f.get("review") if isinstance(f.get("review"), dict) else {} for f in findings]
    statuses = Counter(r.get("status", "open") for r in reviews)
    open_ = [f for f, r in zip(findings, reviews, strict=True) if r.get("status", "open") not in ("dismissed", "corrected")]  # fmt: skip
    severities = Counter(f.get("severity") for f in open_)
    last = seen[-1] if seen else None
    status = last[1].get("status", "ok") if last else "ok"
    if folder is None:
        status = "broken"
    ran_at = last[0].get("ran_at") if last else _mtime(folder)
    return {
        "key": key,
        "name": key.rsplit("/", 1)[-1],
        "href": link(key) if folder is not None else None,
        "status": status,
        "error": last[1].get("error") if last else None,
        "open": len(open_),
        "severities": {s: severities.get(s, 0) for s in reversed(SEVERITIES)},
        "statuses": {s: statuses.get(s, 0) for s in REVIEW_STATUSES},
        "ran_at": ran_at,
        "ran_at_text": _when(ran_at),
        "suite": _short(last[0].get("suite")) if last else None,
        "check": _short(last[0].get("check")) if last else None,
        "fail_on": last[0].get("fail_on") if last else None,
        "rules": sorted({str(f.get("rule")) for f in findings}),
        "sources": sorted(
            {
                str(c.get("source"))
                for f in findings
                for c in f.get("claims") or []
                if c.get("source")
            }
        ),  # fmt: skip
        "spark": spark([sum((e.get("counts") or {}).values()) for _, e in seen[-HISTORY_SHOWN:]]),
        "runs": len(seen),
        "changes": _changes(findings, seen, link(key) if folder is not None else None),
    }


def _changes(findings: list[dict], seen: list, href: str | None) -> dict[str, Any]:
    """New and gone findings between the last two runs; reviewed ones whose evidence changed."""
    anchor = (lambda fid: f"{href}#f-{fid}") if href else (lambda fid: None)
    if len(seen) >= 2:
        before = {f["id"]: f for f in seen[-2][1].get("findings") or []}
        now = {f["id"]: f for f in seen[-1][1].get("findings") or []}
        new = [dict(f, href=anchor(i)) for i, f in now.items() if i not in before]
        gone = [dict(f, href=None) for i, f in before.items() if i not in now]
    else:
        new, gone = [], []
    evidence = [
        {"id": f["id"], "rule": f.get("rule"), "severity": f.get("severity"),
         "message": f.get("message"), "href": anchor(f["id"])}
        for f in findings
        if isinstance(f.get("review"), dict) and f["review"].get("evidence_changed")
    ]  # fmt: skip
    return {"new": new, "gone": gone, "evidence": evidence, "first": len(seen) < 2,
            "any": bool(new or gone or evidence)}  # fmt: skip


def _run_row(root: Path, folder: Path, run: dict) -> dict[str, Any]:
    cases = run.get("cases") or []
    return {
        "ran_at": run.get("ran_at"),
        "ran_at_text": _when(run.get("ran_at")),
        "folder": _key(root, folder) if folder != root else ".",
        "suite": _short(run.get("suite")),
        "check": _short(run.get("check")),
        "fail_on": run.get("fail_on"),
        "cases": len(cases),
        "broken": sum(c.get("status") == "broken" for c in cases),
        "open": sum(sum((c.get("counts") or {}).values()) for c in cases),
    }


def _filters(rows: list[dict]) -> dict[str, list[str]]:
    return {
        "rule": sorted({r for c in rows for r in c["rules"]}),
        "source": sorted({s for c in rows for s in c["sources"]}),
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
    from markupsafe import Markup

    from sourcecheck.report.render import asset, environment, policy

    page = environment().get_template("desk.html.j2")
    style = asset("report.css") + asset("layout.css") + asset("desk.css")
    js = asset("desk.js")
    view = desk_view(Path(root), **view_options)
    return page.render(**view, served=served, style=style, js=js, csp=Markup(policy(style, js)))
