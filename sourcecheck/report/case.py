"""The context of one case's page: header, findings most severe first, tables, data.

Why
---
An editor reads a finding as positions side by side: who said what, where, and the interval
each figure stands for. This module turns the findings table (one row per divergence, its
claims as dicts) into exactly that, with the fields the filters read.

Example
-------
>>> claim = {"source": "Eurojust", "text": "5 500", "quote": ["", "5 500", " serveurs"]}
>>> groups = group_claims([{**claim, "claim_id": "a#1", "group": "server"},
...                        {**claim, "claim_id": "b#1", "group": "server"}])
>>> [(g["label"], len(g["claims"]), g["claims"][0]["repeats"], g["more"]) for g in groups]
[('server', 1, 1, ['b#1'])]
"""

from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime
from typing import Any

from markupsafe import Markup

from sourcecheck.report.chart import COLORS, interval_chart
from sourcecheck.report.table import normalised_table
from sourcecheck.report.timeline import timeline_chart
from sourcecheck.report.view import (
    SEVERITY_ORDER,
    clean,
    interval_text,
    quote_offset,
    records,
    rule_why,
    split_quote,
)
from sourcecheck.result import Result
from sourcecheck.schema import REVIEW_STATUSES, SEVERITIES

SHOWN_PER_GROUP = 6  # claims shown in full per position; the rest are listed on demand
MAX_POSITIONS = 12  # positions shown side by side; the others are summed up and listed on demand
SHOWN_INTERVALS = 5  # intervals named in a position's heading
SHOWN_LABELS = 20  # labels named in the summary of the positions not shown


def case_view(result: Result) -> dict[str, Any]:
    """Everything case.html.j2 needs, from one Result."""
    from sourcecheck.report.data import page_data, script_json

    documents = records(result.documents)
    doc_number = {d["doc"]: n for n, d in enumerate(documents)}
    claim_rows = records(result.claims)
    claims = {c["claim_id"]: c for c in claim_rows if c.get("claim_id")}
    bodies = {d["doc"]: d.get("body") for d in documents}
    findings = [finding_view(f, claims, doc_number, bodies) for f in records(result.findings)]
    findings.sort(key=lambda f: (SEVERITY_ORDER.get(f["severity"], 9), f["rule"], f["id"]))
    for n, f in enumerate(findings):
        f["n"] = n  # its place in the page data
    severity_counts = Counter(f["severity"] for f in findings)
    status_counts = Counter(f["review"]["status"] for f in findings)
    return {
        "case": result.case,
        "path": result.path,
        "suite": result.suite,
        "ran_at": result.ran_at,
        "ran_at_text": time_text(result.ran_at),
        "notices": result.notices,
        "documents": [document_view(d, n) for n, d in enumerate(documents)],
        "findings": findings,
        "severities": [(s, severity_counts.get(s, 0)) for s in reversed(SEVERITIES)],
        "statuses": [(s, status_counts.get(s, 0)) for s in REVIEW_STATUSES],
        "options": filter_options(findings),
        "rules": [
            {"id": r, "why": rule_why(r)}
            for r in sorted({f["rule"] for f in findings})
            if rule_why(r)
        ],  # fmt: skip
        "table": normalised_table(result.claims, findings),
        "claim_count": len(claims),
        "validation": validation_view(result.validation),
        "gone": [gone_view(g) for g in result.gone],
        "data": page_data(documents, claim_rows, findings),
        "palette": COLORS,  # the charts' colours, so each position's box matches its bars
        "meta": Markup(script_json(report_meta(result, findings))),  # escaped for <script>
    }


def report_meta(result: Result, findings: list[dict[str, Any]]) -> dict[str, Any]:
    """What a tool reading the page (the review server) needs: the case and its findings."""
    return {
        "case": result.case,
        "suite": str(result.suite),
        "ran_at": result.ran_at,
        "findings": [{"id": f["id"], "rule": f["rule"], "severity": f["severity"],
                      "status": f["review"]["status"]} for f in findings],
    }  # fmt: skip


def time_text(iso: str) -> str:
    """'2026-11-28T02:00:00Z' → '2026-11-28 02:00 UTC' (as given when it is not ISO 8601)."""
    try:
        t = datetime.fromisoformat(iso.replace("Z", "+00:00"))
    except (AttributeError, ValueError):
        return iso or ""
    if t.tzinfo is not None:
        t = t.astimezone(UTC)
        return t.strftime("%Y-%m-%d %H:%M UTC")
    return t.strftime("%Y-%m-%d %H:%M")


def document_view(doc: dict[str, Any], n: int) -> dict[str, Any]:
    """A document's header line: title, publisher, date, language, link to its text."""
    return {
        "n": n,
        "doc": doc.get("doc"),
        "title": doc.get("title") or doc.get("doc"),
        "publisher": doc.get("publisher"),
        "published": doc.get("published"),
        "lang": doc.get("lang"),
        "url": safe_url(doc.get("url")),
    }


def safe_url(url: Any) -> str | None:
    """The URL when it is http(s); None otherwise (never a javascript: link from a document)."""
    url = clean(url)
    if isinstance(url, str) and url.lower().startswith(("http://", "https://")):
        return url
    return None


def finding_view(
    finding: dict[str, Any],
    claims: dict[str, dict],
    doc_number: dict[str, int],
    bodies: dict[str, str | None],
) -> dict[str, Any]:
    """One finding as the page shows it: positions side by side, chart, review, filter keys.

    However many claims it holds, the page shows at most MAX_POSITIONS positions of at most
    SHOWN_PER_GROUP statements each, and a summary of the rest; the claims not shown are
    listed page by page on demand from the page data (`parts`), so a finding of 10,000 claims
    costs the page what a small one does, plus its claim ids in the packed data.
    """
    members = [claim_view(c, claims, doc_number, bodies) for c in (finding.get("claims") or [])]
    review = {k: None for k in ("note", "reviewer", "updated", "evidence_changed")}
    review.update(finding.get("review") or {})
    review["status"] = review.get("status") or "open"
    every = group_claims(members)
    groups, rest = every[:MAX_POSITIONS], every[MAX_POSITIONS:]
    parts: list[dict[str, Any]] = []
    for g in groups:
        g["part"] = len(parts) if g["more"] else None
        g["intervals_hidden"] = 0
        if g["more"]:
            parts.append({"claims": g["more"], "labels": None})
        if len(g["intervals"]) > SHOWN_INTERVALS:
            g["intervals_hidden"] = len(g["intervals"]) - SHOWN_INTERVALS
            g["intervals"] = g["intervals"][:SHOWN_INTERVALS]
    others = None
    if rest:
        ids = [cid for g in rest for cid in g["all"]]
        labels = [g["label"] for g in rest for _ in g["all"]]
        others = {
            "positions": len(rest),
            "claims": len(ids),
            "labels": [g["label"] for g in rest[:SHOWN_LABELS]],
            "part": len(parts),
        }
        parts.append({"claims": ids, "labels": labels})
    cited = Counter(c["source"] for c in members if c["source"])
    sources = sorted(cited, key=lambda s: (-cited[s], s))  # most cited first
    concepts = sorted({c["concept"] for c in members if c["concept"]})
    return {
        "id": str(finding.get("id")),
        "rule": finding.get("rule") or "",
        "severity": finding.get("severity") or "info",
        "message": finding.get("message") or "",
        "explanation": finding.get("explanation") or "",
        "why": rule_why(finding.get("rule") or ""),
        "review": review,
        "subject": {k: v for k, v in (finding.get("about") or {}).items() if clean(v)},
        "subject_label": finding.get("subject_label") or "",
        "joined": _joined(members),
        "groups": groups,
        "others": others,
        "parts": parts,
        "positions": len(every),
        "sources": sources,
        "concepts": concepts,
        "docs": sorted({c["doc"] for c in members if c["doc"]}),
        "chart": None
        if finding.get("rule") == "update"
        else interval_chart(members, [g["label"] for g in every], f"c{finding.get('id')}-"),
        "timeline": timeline_chart(members) if finding.get("rule") == "update" else None,
        "claim_ids": [c["claim_id"] for c in members],
    }


def _joined(members: list[dict[str, Any]]) -> list[str]:
    """Why the claims of a finding were judged one quantity: each distinct reason once."""
    seen: dict[str, None] = {}
    for c in members:
        for reason in str(c.get("subject_evidence") or "").split("; "):
            if reason and reason != "None":
                seen.setdefault(reason, None)
    return list(seen)


def claim_view(
    claim: dict[str, Any],
    claims: dict[str, dict],
    doc_number: dict[str, int],
    bodies: dict[str, str | None],
) -> dict[str, Any]:
    """A claim inside a finding, completed from the claims table (open ends, quote)."""
    row = dict(claims.get(claim.get("claim_id"), {}))  # the table keeps infinite bounds
    row.update({k: v for k, v in ((k, clean(v)) for k, v in claim.items()) if v is not None})
    low_open, high_open = bool(row.get("low_open")), bool(row.get("high_open"))
    return {
        "claim_id": row.get("claim_id"),
        "doc": row.get("doc"),
        "doc_n": doc_number.get(row.get("doc")),
        "source": row.get("source"),
        "publisher": row.get("publisher"),
        "text": row.get("text"),
        "start": row.get("start"),
        "end": row.get("end"),
        "quote": split_quote(
            row.get("quote"),
            row.get("text"),
            quote_offset(bodies.get(row.get("doc")), row.get("quote"), row.get("start")),
        ),
        "low": row.get("low"),
        "high": row.get("high"),
        "low_open": low_open,
        "high_open": high_open,
        "interval": interval_text(
            row.get("low"), row.get("high"), low_open=low_open, high_open=high_open
        ),
        "concept": row.get("concept"),
        "thing": row.get("thing"),
        "currency": row.get("currency"),
        "unit": row.get("unit"),
        "listed": [i.strip() for i in str(row.get("items") or "").split(";") if i.strip()],
        "scope": row.get("scope"),
        "refers_to": row.get("refers_to"),
        "moment": row.get("moment"),
        "published_at": row.get("published_at"),
        "value": row.get("value"),
        "group": row.get("group") or row.get("source") or "",
    }


def group_claims(members: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Claims by position (`group`), in order of first appearance.

    Within a position, claims with the same source, figure and sentence are one statement,
    shown once with how many more documents repeat it (forty copies of one wire add nothing
    to read); the rest are listed on demand by the page's script.
    """
    groups: dict[str, list[dict]] = {}
    for c in members:
        groups.setdefault(c.get("group") or "", []).append(c)
    out = []
    for label, items in groups.items():
        statements: dict[tuple, dict] = {}
        for c in items:
            key = (c["source"], c["text"], tuple(c["quote"]))
            statements.setdefault(key, {**c, "repeats": []})["repeats"].append(c["claim_id"])
        shown = list(statements.values())[:SHOWN_PER_GROUP]
        in_full = {s["claim_id"] for s in shown}
        for s in shown:
            s["repeats"] = len(s["repeats"]) - 1
        out.append(
            {
                "label": label,
                "claims": shown,
                "more": [c["claim_id"] for c in items if c["claim_id"] not in in_full],
                "all": [c["claim_id"] for c in items],
                "intervals": sorted({c["interval"] for c in items if c.get("interval")}),
                "sources": sorted({c["source"] for c in items if c.get("source")}),
            }
        )
    return out


def filter_options(findings: list[dict[str, Any]]) -> dict[str, list[str]]:
    """The values each findings filter offers, from the findings themselves."""
    present = {f["severity"] for f in findings}
    return {
        "severity": [s for s in reversed(SEVERITIES) if s in present],
        "rule": sorted({f["rule"] for f in findings}),
        "source": sorted({s for f in findings for s in f["sources"]}),
        "concept": sorted({c for f in findings for c in f["concepts"]}),
        "status": list(REVIEW_STATUSES),  # all: a review made in the page may add any
    }


def validation_view(validation: dict[str, Any] | None) -> dict[str, Any] | None:
    """The table expectations' results: failures (with a few failing rows), then passes."""
    if not validation:
        return None
    from sourcecheck.checks.explain import arguments, expectation_sentence

    results = []
    for r in validation.get("results") or []:
        rows = list(r.get("failing_rows") or [])
        kwargs = r.get("kwargs") or {}
        results.append(
            {
                "expectation": str(r.get("expectation") or ""),
                "table": str(r.get("table") or ""),
                "success": bool(r.get("success")),
                "sentence": "" if r.get("success") else expectation_sentence(r),
                "arguments": arguments(kwargs),
                "failing_count": int(r.get("unexpected_count") or len(rows)),
                "failing_shown": [str(x) for x in rows[:5]],
                "details": str(r.get("details") or ""),  # e.g. "unexpected values: 'EUX'"
            }
        )
    return {
        "success": bool(validation.get("success")),
        "failed": [r for r in results if not r["success"]],
        "passed": [r for r in results if r["success"]],
    }


def gone_view(gone: dict[str, Any]) -> dict[str, Any]:
    """A reviewed finding that this run no longer found."""
    review = gone.get("review") if isinstance(gone.get("review"), dict) else {}
    return {
        "id": gone.get("id"),
        "rule": gone.get("rule"),
        "message": gone.get("message"),
        "status": gone.get("status") or review.get("status"),
        "note": gone.get("note") or review.get("note"),
    }
