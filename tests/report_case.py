"""Results built from real case folders, for the report's tests and bench.

The report needs a Result. `seed_result()` uses the real pipeline (`sourcecheck.check`) when it
is installed, and until then reads the seed document itself and locates the figures its
findings are about in the text, so every span, quote and interval in the page is real.
"""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd
import yaml

from sourcecheck.result import Result
from sourcecheck.schema import CLAIM_COLUMNS

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "perfect-storm"

# (source, figure as written, occurrence, value, low, high, qualifier, currency, thing, concept)
SEED_FIGURES = [
    ("Eurojust", "700 policiers", 0, 700, 700, 700, "exact", None, "policiers", "police-officer"),
    ("Eurojust", "11 pays", 0, 11, 11, 11, "exact", None, "pays", "country"),
    ("Eurojust", "10,7 millions d’euros", 0, 10.7e6, 10.65e6, 10.75e6, "exact", "EUR", "bénéfices", "profit"),
    ("Eurojust", "plus de 700 policiers", 0, 700, 700, float("inf"), "more_than", None, "policiers", "police-officer"),
    ("Eurojust", "5 500 serveurs", 0, 5500, 5450, 5550, "exact", None, "serveurs", "server"),
    ("Eurojust", "5 500 serveurs", 1, 5500, 5450, 5550, "exact", None, "serveurs", "server"),
    ("GdF", "5 500 «ressources informatiques»", 0, 5500, 5450, 5550, "exact", None, "ressources informatiques", "it-resource"),
    ("GdF", "350 chaînes Telegram", 0, 350, 350, 350, "exact", None, "chaînes Telegram", "telegram-channel"),
    ("GdF", "10 619 000 €", 0, 10619000, 10619000, 10619000, "exact", "EUR", "ordonnance", "profit"),
    ("GdF", "12 495 271 $ US", 0, 12495271, 12495271, 12495271, "exact", "USD", "ordonnance", "profit"),
    ("GdF", "plus de 50 millions d’utilisateurs", 0, 50e6, 50e6, float("inf"), "more_than", None, "utilisateurs", "user"),
]  # fmt: skip


def read_document(path: Path) -> dict:
    """A document's front matter and body (front matter removed), as the case loader reads it."""
    text = path.read_text(encoding="utf-8")
    meta, body = {}, text
    match = re.match(r"---\n(.*?)\n---\n", text, re.S)
    if match:
        meta, body = yaml.safe_load(match.group(1)) or {}, text[match.end() :]
    return {
        "doc": path.name,
        "title": meta.get("title"),
        "publisher": meta.get("publisher"),
        "published": str(meta["published"]) if meta.get("published") else None,
        "lang": meta.get("language"),
        "url": meta.get("url"),
        "body": body,
        "path": str(path),
    }


def sentence(body: str, start: int, end: int) -> str:
    """The sentence around body[start:end]."""
    left = max(body.rfind(". ", 0, start) + 2, body.rfind("\n", 0, start) + 1, 0)
    stops = [i for i in (body.find(". ", end), body.find("\n", end)) if i >= 0]
    return body[left : (min(stops) + 1 if stops else len(body))].strip()


def seed_claims(doc: dict) -> pd.DataFrame:
    """The seed's figures located in its body, one row per claim (CLAIM_COLUMNS)."""
    body, rows = doc["body"], []
    for source, text, nth, value, low, high, qualifier, currency, thing, concept in SEED_FIGURES:
        starts = [m.start() for m in re.finditer(re.escape(text), body)]
        start = starts[nth]
        rows.append(
            {
                "claim_id": f"{doc['doc']}#{start}", "doc": doc["doc"],
                "publisher": doc["publisher"], "published": doc["published"], "lang": doc["lang"],
                "source": source, "source_text": source, "text": text, "start": start,
                "end": start + len(text), "quote": sentence(body, start, start + len(text)),
                "value": value, "low": low, "high": high, "low_open": qualifier == "more_than",
                "high_open": high == float("inf"), "qualifier": qualifier, "currency": currency,
                "unit": None, "thing": thing, "concept": concept, "refers_to": None,
                "method": "extracted",
            }
        )  # fmt: skip
    return pd.DataFrame(rows, columns=CLAIM_COLUMNS)


def finding(fid, rule, severity, message, explanation, claims, groups) -> dict:
    """A finding row over the claims named in `groups` ({claim key: group label})."""
    key = claims["text"] + "/" + claims.groupby(["doc", "text"]).cumcount().astype(str)
    members = [
        {**row, "group": groups[k]}
        for k, row in zip(key, claims.to_dict("records"), strict=True)
        if k in groups
    ]
    return {
        "id": fid, "rule": rule, "severity": severity, "message": message,
        "explanation": explanation, "claims": members,
        "review": {"status": "open", "note": None}, "evidence": fid[::-1],
        "subject": {"concept": members[0]["concept"]},
    }  # fmt: skip


def seed_findings(claims: pd.DataFrame) -> pd.DataFrame:
    """The seed's three documented divergences (case.yaml notes) over its claims."""
    rows = [
        finding("a1f3c9d2e4b5", "rounding", "error",
                "Eurojust's 10,7 millions d’euros does not round from GdF's 10 619 000 €",
                "10 619 000 rounds to 10,6 millions, not 10,7 millions:\n"
                "10,7 millions stands for [10 650 000, 10 750 000]; 10 619 000 is 31 000 below.",
                claims, {"10,7 millions d’euros/0": "10,7 millions", "10 619 000 €/0": "10 619 000"}),
        finding("7c2e90b1d3a4", "term-drift", "warning",
                "5 500 is servers for Eurojust and IT resources for GdF",
                "Both figures stand for [5 450, 5 550]; the things counted differ.",
                claims, {"5 500 serveurs/0": "server", "5 500 serveurs/1": "server",
                         "5 500 «ressources informatiques»/0": "IT resource"}),
        finding("5b8d1f0c6e27", "fx-rate", "info",
                "10 619 000 € given as 12 495 271 $ US",
                "Implied rate 12 495 271 / 10 619 000 = 1.1767 USD per EUR;\n"
                "ECB reference rate of 2020-11-12: 1.1766; off by 0.01% (tolerance 2%).",
                claims, {"10 619 000 €/0": "EUR", "12 495 271 $ US/0": "USD"}),
    ]  # fmt: skip
    return pd.DataFrame(rows)


def case_result(case: Path) -> Result:
    """A case folder's Result: the real pipeline when present, else the seed's figures located
    in each document (copies of the seed document, as the bench makes)."""
    try:
        from sourcecheck.pipeline import check
    except ImportError:
        check = None
    if check is not None:
        return check(case)
    docs = [read_document(p) for p in sorted(case.glob("*.md"))]
    claims = pd.concat([seed_claims(d) for d in docs], ignore_index=True)
    return Result(
        case=case.name, path=str(case), documents=pd.DataFrame(docs), claims=claims,
        findings=seed_findings(claims), ran_at="2026-11-28T02:00:00Z",
    )  # fmt: skip


def seed_result() -> Result:
    """The seed case's Result."""
    return case_result(SEED)
