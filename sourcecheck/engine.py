"""The engine: run a suite's rules over the claims table and stamp what they found.

Why
---
Rules only say what they found (message, explanation, subject, the claims and their groups);
the engine adds what every finding has, the same way for all: `rule`, `severity` (the suite's,
or a lower one a rule asks for, like fx-rate's "no date" note), a stable `id`, the `evidence`
hash, the claims as dicts, and an open `review`. Findings with the same id (one divergence
reported twice) become one; the most severe come first.

Fingerprints (DESIGN §8): `id` = short sha256 of the rule id, the subject (concept, scope,
refers_to) and the sorted group labels: never offsets, wording, severity or documents, so a
new article repeating a known position keeps a reviewed finding's id. `evidence` = short
sha256 of the claims involved (doc, source, figure, group), so the report can say "known
finding, new evidence".

Example
-------
>>> import pandas as pd
>>> from sourcecheck.suite import load_suite
>>> claims = pd.DataFrame({"claim_id": ["a#1", "b#1"], "doc": ["a.md", "b.md"],
...     "source": ["GdF", "Eurojust"], "concept": "telegram-channel",
...     "value": [350, 370], "text": ["350", "370"]})
>>> findings = run_suite(claims, load_suite("default"))
>>> findings[["rule", "severity"]].values.tolist()
[['value-conflict', 'error']]
"""

from __future__ import annotations

import hashlib
import json
import math
from typing import Any

import pandas as pd

from sourcecheck import align
from sourcecheck.rules import RULES
from sourcecheck.schema import FINDING_CLAIM_KEYS, FINDING_COLUMNS, SEVERITIES
from sourcecheck.suite import Suite

CLAIM_KEYS = (*FINDING_CLAIM_KEYS, "quote", "publisher", "qualifier")
_RANK = {s: i for i, s in enumerate(SEVERITIES)}


def run_suite(
    claims: pd.DataFrame, suite: Suite, *, data: dict[str, Any] | None = None
) -> pd.DataFrame:
    """The findings (schema.FINDING_COLUMNS) of every enabled rule of `suite` over `claims`.

    `data` holds what rules declare in `NEEDS` (today "rates": `sourcecheck.rates.EcbRates`);
    what is missing is loaded here, once, and only when an enabled rule needs it.
    """
    data = dict(data or {})
    prepared = align.prepare(claims)
    columns = [key for key in CLAIM_KEYS if key in prepared]
    by_id = {row["claim_id"]: row for row in prepared[columns].to_dict("records")}
    findings: dict[str, dict] = {}
    for rid, config in suite.enabled():
        module = RULES[rid]
        needs = {name: _data(data, name) for name in getattr(module, "NEEDS", ())}
        for row in module.run(prepared, **config.options, **needs).to_dict("records"):
            finding = _stamp(rid, config.severity, row, by_id)
            if finding["id"] in findings:
                _absorb(findings[finding["id"]], finding)
            else:
                findings[finding["id"]] = finding
    ordered = sorted(findings.values(), key=lambda f: (-_RANK[f["severity"]], f["rule"], f["id"]))
    return pd.DataFrame(ordered, columns=list(FINDING_COLUMNS))


def _data(data: dict[str, Any], name: str) -> Any:
    if name not in data:
        if name != "rates":
            raise KeyError(f"no engine data named {name!r}")
        from sourcecheck.rates import load_ecb

        data[name] = load_ecb()
    return data[name]


def _stamp(rid: str, severity: str, row: dict, by_id: dict[str, dict]) -> dict:
    asked = row.get("severity")
    if isinstance(asked, str) and _RANK[asked] < _RANK[severity]:
        severity = asked
    members = sorted(set(map(tuple, row["members"])))
    claims = [_claim(by_id[claim_id], group) for claim_id, group in members]
    subject = {k: row["subject"].get(k, "") or "" for k in ("concept", "scope", "refers_to")}
    return {
        "id": fingerprint(rid, subject, [group for _, group in members]),
        "rule": rid,
        "severity": severity,
        "message": row["message"],
        "explanation": row["explanation"],
        "claims": claims,
        "review": {"status": "open", "note": None},
        "evidence": evidence(claims),
        "subject": subject,
    }


def _absorb(kept: dict, extra: dict) -> None:
    """One divergence found twice (e.g. per document): keep one finding with all the claims."""
    seen = {c["claim_id"] for c in kept["claims"]}
    kept["claims"] += [c for c in extra["claims"] if c["claim_id"] not in seen]
    kept["evidence"] = evidence(kept["claims"])
    if _RANK[extra["severity"]] > _RANK[kept["severity"]]:
        kept["severity"] = extra["severity"]


def fingerprint(rule: str, subject: dict, groups: list[str]) -> str:
    """Short sha256 of the rule, the subject and the sorted distinct group labels."""
    material = [rule, subject.get("concept", ""), subject.get("scope", "")]
    material += [subject.get("refers_to", ""), sorted(set(groups))]
    return _hash(material)


def evidence(claims: list[dict]) -> str:
    """Short sha256 of the claims involved: which document, source, figure and group."""
    keys = sorted({(c["doc"], c["source"], c["text"], c["group"]) for c in claims})
    return _hash(keys)


def _hash(material: object) -> str:
    text = json.dumps(material, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def _claim(row: dict, group: str) -> dict:
    """One claim of a finding as plain JSON values (NaN and infinite bounds become None)."""
    out = {key: _plain(row.get(key)) for key in CLAIM_KEYS if key != "group"}
    out["group"] = group
    return out


def _plain(value: Any) -> Any:
    if value is None or value is pd.NA or value == "":
        return None
    if hasattr(value, "item"):  # numpy scalar
        value = value.item()
    if isinstance(value, float) and not math.isfinite(value):
        return None
    return value
