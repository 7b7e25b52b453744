"""The page's data: document texts and the claims table, packed once and compactly.

Why
---
A case of 1,000 documents holds megabytes of text and tens of thousands of claims. Written out
as HTML they would break the page's budget (< 5 MB, open in < 3 s); packed as one deflated
JSON blob they take a fraction of that, and the browser's own DecompressionStream unpacks them
only when an editor opens the claims table or a document. The texts are never parsed as HTML:
the page's script places them with textContent.

Example
-------
>>> blob = pack({"bodies": ["<script>alert(1)</script>"]})
>>> unpack(blob)["bodies"][0]
'<script>alert(1)</script>'
>>> "<" in blob
False
"""

from __future__ import annotations

import base64
import json
import zlib
from typing import Any

from sourcecheck.report.view import clean, interval_text

# One claims-table row in the page, in this order (the page's script reads the same names).
CLAIM_FIELDS = (
    "claim_id",
    "doc_n",
    "source",
    "publisher",
    "text",
    "start",
    "end",
    "value",
    "interval",
    "qualifier",
    "measure",
    "thing",
    "concept",
    "subject_label",
    "findings",
)


def page_data(
    documents: list[dict[str, Any]], claims: list[dict[str, Any]], findings: list[dict[str, Any]]
) -> str:
    """The packed blob: {"docs": [...], "bodies": [...], "fields": [...], "claims": [[...]],
    "findings": [ids], "parts": [per finding: [{"claims": [row numbers], "labels"}]]}.

    `parts` are the claims a finding does not show in full, by row number in `claims`, listed
    page by page when the editor asks (sourcecheck.report.case.finding_view).
    """
    doc_number = {d["doc"]: n for n, d in enumerate(documents)}
    finding_of: dict[str, list[int]] = {}
    for n, f in enumerate(findings):
        for cid in f.get("claim_ids", []):
            finding_of.setdefault(cid, []).append(n)
    rows = [claim_row(c, doc_number, finding_of) for c in claims]
    row_of = {c.get("claim_id"): n for n, c in enumerate(claims)}
    parts = [
        [
            {
                "claims": [row_of[cid] for cid in part["claims"] if cid in row_of],
                "labels": [
                    lb
                    for cid, lb in zip(part["claims"], part["labels"], strict=True)
                    if cid in row_of
                ]
                if part["labels"]
                else None,
            }  # fmt: skip
            for part in f.get("parts", [])
        ]
        for f in findings
    ]
    return pack(
        {
            "docs": [d.get("doc") for d in documents],
            "bodies": [d.get("body") or "" for d in documents],
            "fields": CLAIM_FIELDS,
            "claims": rows,
            "findings": [f["id"] for f in findings],
            "parts": parts,
        }
    )


def claim_row(
    claim: dict[str, Any], doc_number: dict[str, int], finding_of: dict[str, list[int]]
) -> list[Any]:
    """A claim as a compact list of CLAIM_FIELDS."""
    value = claim.get("value")
    row = {
        **claim,
        "doc_n": doc_number.get(claim.get("doc")),
        "value": float(value) if value is not None else None,
        "interval": interval_text(
            claim.get("low"),
            claim.get("high"),
            low_open=bool(claim.get("low_open")),
            high_open=bool(claim.get("high_open")),
        ),
        "measure": claim.get("currency") or claim.get("unit"),
        "findings": finding_of.get(claim.get("claim_id"), []),
    }
    for key in ("start", "end"):
        row[key] = int(row[key]) if clean(row.get(key)) is not None else None
    return [jsonable(row.get(k)) for k in CLAIM_FIELDS]


def jsonable(x: Any) -> Any:
    """Plain JSON values: numpy scalars to Python, NaN/inf to None."""
    if hasattr(x, "item"):
        x = x.item()
    if isinstance(x, float) and (x != x or x in (float("inf"), float("-inf"))):
        return None
    return x


def pack(data: dict[str, Any]) -> str:
    """JSON, deflated (raw), base64: plain ASCII with no '<', safe inside a script element."""
    raw = json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode()
    deflate = zlib.compressobj(9, zlib.DEFLATED, -15)
    return base64.b64encode(deflate.compress(raw) + deflate.flush()).decode("ascii")


def unpack(blob: str) -> dict[str, Any]:
    """The inverse of pack (for tests and tools)."""
    return json.loads(zlib.decompress(base64.b64decode(blob), -15))


def script_json(data: Any) -> str:
    """JSON that is safe inside <script>: '<', '>', '&', U+2028 and U+2029 escaped."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    for char, escaped in (
        ("<", "\\u003c"),
        (">", "\\u003e"),
        ("&", "\\u0026"),
        ("\u2028", "\\u2028"),
        ("\u2029", "\\u2029"),
    ):
        text = text.replace(char, escaped)
    return text
