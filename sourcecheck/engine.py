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

from sourcecheck.rules import RULES, blocks
from sourcecheck.schema import FINDING_CLAIM_KEYS, FINDING_COLUMNS, SEVERITIES
from sourcecheck.suite import Suite

CLAIM_KEYS = (
    *FINDING_CLAIM_KEYS,
    "items",
    "quote",
    "publisher",
    "qualifier",
    "subject",
    "subject_label",
    "subject_evidence",
    "published_at",
    "moment",
    "owner",
    "part_of",
)
SUBJECT_KEYS = ("subject", "subject_label", "concept", "scope", "refers_to")
_RANK = {s: i for i, s in enumerate(SEVERITIES)}


def run_suite(
    claims: pd.DataFrame, suite: Suite, *, data: dict[str, Any] | None = None
) -> pd.DataFrame:
    """The findings (schema.FINDING_COLUMNS) of every enabled rule of `suite` over `claims`.

    `data` holds what rules declare in `NEEDS` (today "rates": `sourcecheck.rates.EcbRates`);
    what is missing is loaded here, once, and only when an enabled rule needs it.
    """
    data = dict(data or {})
    if "subject" not in claims or not claims["subject"].fillna("").astype(bool).any():
        from sourcecheck.align import with_subjects

        claims = with_subjects(claims)  # a table built by hand or read from an old CSV
    prepared = blocks.prepare(claims)
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
    kept = explained_once(list(findings.values()))
    ordered = sorted(kept, key=lambda f: (-_RANK[f["severity"]], f["rule"], f["id"]))
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
    subject = {k: row["subject"].get(k, "") or "" for k in SUBJECT_KEYS}
    return {
        "id": fingerprint(rid, subject, [group for _, group in members]),
        "rule": rid,
        "severity": severity,
        "message": row["message"],
        "explanation": row["explanation"] + assumptions(claims),
        "claims": claims,
        "review": {"status": "open", "note": None},
        "evidence": evidence(claims),
        "subject": subject["subject"],
        "subject_label": subject["subject_label"],
        "about": {k: subject[k] for k in ("concept", "scope", "refers_to")},
    }


def assumptions(claims: list[dict]) -> str:
    """What alignment assumed to put these claims together, as sentences for the explanation
    ("Assumed: «1 400 vols» states no day: taken as 2024-03-05, the day the others give.")."""
    said = {}
    for c in claims:
        for reason in str(c.get("subject_evidence") or "").split("; "):
            what, sep, rest = reason.partition(" not stated: ")
            if sep and what in ("day", "owner"):
                said.setdefault(f"«{c['text']}» ({c['doc']}) states no {what}: {rest}", None)
    return "".join(f" Assumed: {s}." for s in said)


def _absorb(kept: dict, extra: dict) -> None:
    """One divergence found twice (e.g. per document): keep one finding with all the claims."""
    seen = {c["claim_id"] for c in kept["claims"]}
    kept["claims"] += [c for c in extra["claims"] if c["claim_id"] not in seen]
    kept["evidence"] = evidence(kept["claims"])
    if _RANK[extra["severity"]] > _RANK[kept["severity"]]:
        kept["severity"] = extra["severity"]


def fingerprint(rule: str, subject: dict, groups: list[str]) -> str:
    """Short sha256 of the rule, the subject and the sorted distinct group labels.

    The subject is the alignment's id when the finding has one, else the concept, scope and
    date it was built from (enumeration-count, fx-rate within one sentence).
    """
    about = subject.get("subject") or [
        subject.get("concept", ""),
        subject.get("scope", ""),
        subject.get("refers_to", ""),
    ]
    return _hash([rule, about, sorted(set(groups))])


# Rules that report any divergence of a subject; the others name a kind of divergence.
GENERIC_RULES = ("value-conflict", "internal")
# Rules that describe a subject without explaining a divergence (a toll's timeline): they never
# stand in for a generic finding.
DESCRIBING_RULES = ("update",)


def explained_once(findings: list[dict]) -> list[dict]:
    """Drop a generic finding (value-conflict, internal) whose divergence the enabled
    specific rules already report.

    Why: one divergence, one finding. "10.7 M vs 10 619 000 €" is a value conflict and a
    rounding slip; with rounding enabled the editor reads the rounding finding, with it
    disabled the value conflict. A generic finding goes only when every gap between its
    positions is covered: its groups, joined wherever a specific finding holds claims of
    two of them, form one component.
    """
    specific = [f for f in findings if f["rule"] not in (*GENERIC_RULES, *DESCRIBING_RULES)]
    holding: dict[str, list[int]] = {}
    for k, f in enumerate(specific):
        for c in f["claims"]:
            holding.setdefault(c["claim_id"], []).append(k)
    kept = []
    for f in findings:
        if f["rule"] not in GENERIC_RULES or not _covered(f, specific, holding):
            kept.append(f)
    return kept


def _listed(claim: dict) -> float | None:
    items = [i for i in str(claim.get("items") or "").split(";") if i.strip()]
    return float(len(items)) if items else None


def _holds(claim: dict, x: float | None) -> bool:
    low = claim["low"] if claim["low"] is not None else -math.inf
    high = claim["high"] if claim["high"] is not None else math.inf
    return x is not None and low <= x <= high


def _covered(finding: dict, specific: list[dict], holding: dict[str, list[int]]) -> bool:
    group_of = {c["claim_id"]: c["group"] for c in finding["claims"]}
    groups = sorted(set(group_of.values()))
    index = {g: i for i, g in enumerate(groups)}
    pairs = []
    for k in {k for cid in group_of for k in holding.get(cid, ())}:
        held = [c for c in specific[k]["claims"] if c["claim_id"] in group_of]
        touched = {index[group_of[c["claim_id"]]] for c in held}
        for c in held:  # a count and its list: the list's length speaks for the other group
            listed = _listed(c)
            touched |= {
                index[group_of[o["claim_id"]]] for o in finding["claims"] if _holds(o, listed)
            }
        ordered = sorted(touched)
        pairs += [(ordered[0], t) for t in ordered[1:]]
    return len(groups) > 1 and len(set(blocks.union_find(len(groups), pairs))) == 1


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
