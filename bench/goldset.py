"""The blind gold set (`bench/gold/{open,frozen}/<case>/gold.yaml`): loading and scoring.

Why
---
Frames and alignment are judged on cases written blind, before sourcecheck ran on them
(see bench/gold/README.md). This module reads a case's gold, runs sourcecheck on the case,
matches each gold figure to the claim that read it (same document, overlapping span), and
scores what the issues set targets on: per-field accuracy of the frames (source, noun, day,
place, rate), same-quantity pair precision and recall, required findings found, and false
positives. `bench/gold.py` and `bench/align.py` print these numbers; the frozen half is
printed as totals only, so its misses are never read while tuning.

Example
-------
    scored = score_case(Path("bench/gold/open/some-case"))
    scored.fields["source"]   # (right, counted)
"""

from __future__ import annotations

import functools
import itertools
import math
import re
import sys
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import yaml
from rapidfuzz import fuzz

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sourcecheck.extract.lexicon import key as lexicon_key  # noqa: E402
from sourcecheck.measures import unit_base  # noqa: E402

GOLD = ROOT / "bench" / "gold"
HALVES = ("open", "frozen")
FIELDS = ("source", "stated", "noun", "day", "place", "rate", "moment", "owner", "part_of")
COUNTED_SEVERITIES = ("warning", "error")  # info findings are listed, not counted as false
# Measures of time and ownership (issue "whose figure, and when"), each [count, out of]:
#   updates_as_conflicts  gold updates and not_conflicts pairs that a warning or error holds
#   same_day              gold value conflicts within one moment, in coverage over days, found
#   owners_merged         pairs of gold figures of different owners given one subject
#   swaps                 gold currency swaps across documents (fx-rate, swap: true) found
#   updates               gold updates found as update findings
#   part_whole            gold part-whole findings found
# Source misses by kind, counted per half (totals only: they name no figure):
#   publisher_for_stated  sourcecheck gives the publisher where the copy names who gives it
#   stated_for_publisher  sourcecheck names a source where the copy names no one
#   other_body            both name a source, not the same body
#   other_publisher       both give the publisher, named differently
SOURCE_MISSES = ("publisher_for_stated", "stated_for_publisher", "other_body", "other_publisher")
TIME_MEASURES = (
    "updates_as_conflicts", "same_day", "owners_merged", "swaps", "updates", "part_whole",
)  # fmt: skip


@dataclass
class Scored:
    case: str
    half: str
    gold: int = 0
    found: int = 0
    predicted: int = 0
    fields: dict[str, list[int]] = field(default_factory=lambda: {f: [0, 0] for f in FIELDS})
    pairs: list[int] = field(default_factory=lambda: [0, 0, 0])  # both, predicted, gold
    required: list[int] = field(default_factory=lambda: [0, 0])  # found, required
    required_kinds: dict[str, list[int]] = field(default_factory=dict)  # kind → found, required
    false_positives: list[dict] = field(default_factory=list)
    info: int = 0
    misses: list[str] = field(default_factory=list)
    time: dict[str, list[int]] = field(default_factory=lambda: {m: [0, 0] for m in TIME_MEASURES})
    source_misses: dict[str, int] = field(default_factory=lambda: dict.fromkeys(SOURCE_MISSES, 0))
    # gold same-quantity pairs given two subjects, by the subject key that differs (`splits`)
    splits: Counter = field(default_factory=Counter)
    splits_alone: Counter = field(default_factory=Counter)  # pairs that key alone splits


def cases(half: str) -> list[Path]:
    return sorted(p.parent for p in (GOLD / half).glob("*/gold.yaml"))


def by_wave(scored: list[Scored]) -> list[tuple[str, list[Scored]]]:
    """The scored cases of each wave of gold (`bench/gold/sets.yaml`) that holds any of them.

    Why: a half's total mixes the waves; each wave's own total keeps the first score of a new
    blind wave comparable with its later ones.
    """
    waves = yaml.safe_load((GOLD / "sets.yaml").read_text(encoding="utf-8")) or {}
    parts = [
        (name, [s for s in scored if s.case in set(members)]) for name, members in waves.items()
    ]
    return [(name, part) for name, part in parts if part]


def score_case(folder: Path, half: str = "open") -> Scored:
    """Run sourcecheck on `folder` and score it against its gold.yaml."""
    from sourcecheck.pipeline import check

    gold = yaml.safe_load((folder / "gold.yaml").read_text(encoding="utf-8"))
    result = check(folder, validate=False)
    docs = {d["doc"]: d for d in result.documents.to_dict("records")}
    out = Scored(folder.name, half, gold=len(gold["claims"]), predicted=len(result.claims))
    aliases = _aliases(gold.get("sources") or {})
    predicted = result.claims.to_dict("records")
    by_doc: dict[str, list[dict]] = {}
    for p in predicted:
        by_doc.setdefault(p["doc"], []).append(p)
    match: dict[str, dict] = {}
    for g in gold["claims"]:
        start, end = _span(docs[g["doc"]]["body"], str(g["text"]), int(g.get("nth") or 1))
        hit = _best(by_doc.get(g["doc"], []), start, end, float(g["value"]))
        if hit is None:
            out.misses.append(f"missed   {g['id']} {g['doc']} {g['text']!r}")
            continue
        match[g["id"]] = hit
        out.found += 1
        _score_fields(out, g, hit, aliases, docs[g["doc"]])
    _score_time_fields(out, gold["claims"], match)
    _score_pairs(out, gold["claims"], match)
    findings = result.findings.to_dict("records")
    _score_findings(out, gold, match, findings)
    _score_time(out, gold, match, findings)
    return out


def _span(body: str, text: str, nth: int) -> tuple[int, int]:
    at = -1
    for _ in range(nth):
        at = body.find(text, at + 1)
        if at < 0:
            raise ValueError(f"gold text {text!r} (occurrence {nth}) not in the document")
    return at, at + len(text)


def _best(claims: list[dict], start: int, end: int, value: float) -> dict | None:
    """The claim over the gold span, preferring one with the gold value."""
    over = [c for c in claims if c["start"] < end and start < c["end"]]
    same = [c for c in over if math.isclose(float(c["value"]), value, rel_tol=1e-6)]
    return (same or over or [None])[0]


def _norm(text) -> str:
    text = unicodedata.normalize("NFKD", str(text or "").lower().replace("’", "'"))
    return " ".join("".join(c for c in text if not unicodedata.combining(c)).split())


# Articles do not make a name: "la préfecture" and "préfecture" name one body. An article is
# a word of its own ("Istituto" and "Legambiente" keep their first letters).
_ARTICLE = re.compile(r"^(?:(?:the|le|la|les|il|lo|gli|i)\s+|l')(?=\w)")


def _name(text) -> str:
    return _ARTICLE.sub("", _norm(text), count=1)


# A mention that defines an acronym, "Airlines for Europe (A4E)", gives the body that name too.
_DEFINED = re.compile(r"\(([^\s()]{2,})\)")


def _acronym(word: str) -> bool:
    """At least two capitals or digits: "A4E", "DGAC", "BEA-TT" (not "Londres")."""
    return sum(c.isupper() or c.isdigit() for c in word) >= 2


def _aliases(sources: dict) -> dict[str, set[str]]:
    """Canonical name → its mentions in the gold, and the acronyms a mention defines in
    brackets ("Industry group Airlines for Europe (A4E)": "a4e" names the body too)."""
    return {
        _norm(k): {
            _name(k),
            *(_name(a) for a in v or ()),
            *(_norm(m) for a in v or () for m in _DEFINED.findall(str(a)) if _acronym(m)),
        }
        for k, v in sources.items()
    }


@functools.lru_cache(maxsize=1)
def _shipped() -> dict[str, set[str]]:
    """Canonical name → every alias sourcecheck ships for it: a name it prints is right when
    the gold gives any of them ("Protezione civile" for "Civil Protection Department")."""
    from sourcecheck.extract.lexicon import package_data

    entries = package_data("sources.yaml")["sources"]
    return {
        _name(k): {_name(k), *(_name(a) for a in (v or {}).get("aliases") or ())}
        for k, v in entries.items()
    }


def _same_source(predicted: str, gold: str, aliases: dict[str, set[str]]) -> bool:
    p = _name(predicted)
    names = aliases.get(_norm(gold), {_name(gold)})
    return bool(_shipped().get(p, {p}) & names)


def _same_noun(claim: dict, g: dict) -> bool:
    """The gold noun of a measure is its unit ("km", "MW"): the claim's `unit` stands for it."""
    unit = _norm(claim.get("unit") if isinstance(claim.get("unit"), str) else "")
    if unit and unit not in ("percent", "fraction") and g.get("noun_en"):
        gold = _norm(g["noun_en"])
        base = unit_base(unit)  # "metric_ton" is a "tonne", "meter" a "metre"
        return unit[:6] == gold[:6] or (base is not None and base == _gloss_unit(gold))
    if unit == "percent" and _norm(g.get("noun_en")) == "percent":
        return True  # gold "%": a bare share, its unit is its noun as a measure's is
    concept = _norm(claim.get("concept")).replace(" ", "-")
    if g.get("noun_en") and concept == _norm(g["noun_en"]).replace(" ", "-"):
        return True
    thing, noun = lexicon_key(str(claim.get("thing") or "")), lexicon_key(str(g["noun"]))
    return bool(thing) and fuzz.token_set_ratio(thing, noun) >= 85


def _gloss_unit(gloss: str):
    """The unit a gold gloss names, as `unit_base` gives it: "km-per-hour" is km/h, "cubic-metre"
    m³, "degree-celsius" °C, and a gloss that goes on after its unit ("tonne-leaked") names
    its first words' unit."""
    words = gloss.split("-")
    for end in range(len(words), 0, -1):
        text = "-".join(words[:end]).replace("-per-", " / ")
        for word, power in (("cubic-", 3), ("square-", 2)):
            if text.startswith(word):
                text = f"({text[len(word) :]}) ** {power}"
        text = text.replace("degree-celsius", "degC").replace("degree-fahrenheit", "degF")
        base = unit_base(text.replace("-", "_"))
        if base is not None:
            return base
    return None


def _same_place(predicted, gold) -> bool:
    p, g = _norm(predicted), _norm(gold)
    return p == g or (bool(p) and bool(g) and fuzz.ratio(p, g) >= 80)


def _score_fields(out: Scored, g: dict, claim: dict, aliases, doc: dict) -> None:
    def count(name: str, right: bool, shown: str) -> None:
        out.fields[name][1] += 1
        if right:
            out.fields[name][0] += 1
        else:
            out.misses.append(f"{name:<8} {g['id']} {g['doc']} {g['text']!r}: {shown}")

    right = _same_source(claim["source"], g["source"], aliases)
    count("source", right, f"{claim['source']!r}, gold {g['source']!r}")
    stated = str(claim.get("source_stated")).lower() in ("true", "1")
    if not right:
        out.source_misses[_source_miss(stated, bool(g.get("source_stated")))] += 1
    count(
        "stated", stated == bool(g.get("source_stated")), f"{stated}, gold {g.get('source_stated')}"
    )
    money = isinstance(claim.get("currency"), str) and bool(claim["currency"])
    if g.get("noun") and not money:
        count(
            "noun",
            _same_noun(claim, g),
            f"{claim.get('thing')!r}/{claim.get('concept')!r}, gold {g['noun']!r}/{g.get('noun_en')!r}",
        )
    if g.get("day"):
        count(
            "day",
            str(claim.get("refers_to") or "") == str(g["day"]),
            f"{claim.get('refers_to')!r}, gold {g['day']}",
        )
    count(
        "place",
        _same_place(claim.get("scope"), g.get("place")),
        f"{claim.get('scope')!r}, gold {g.get('place')!r}",
    )
    rate = str(claim.get("rate") or "")
    count("rate", rate == str(g.get("rate") or ""), f"{rate!r}, gold {g.get('rate')!r}")


def _source_miss(stated: bool, gold_stated: bool) -> str:
    """The kind of a source miss (`SOURCE_MISSES`) from who each side says gives the figure."""
    if stated == gold_stated:
        return "other_body" if stated else "other_publisher"
    return "stated_for_publisher" if stated else "publisher_for_stated"


def _same_owner(predicted, gold) -> bool:
    """Owners agree when equal, or one is the other's first words ("Veltro" / "Veltro
    Systems"); a sector id matches its English gloss."""
    p, g = _norm(predicted if isinstance(predicted, str) else ""), _norm(gold or "")
    return p == g or (
        bool(p) and bool(g) and (f"{g} ".startswith(f"{p} ") or f"{p} ".startswith(f"{g} "))
    )


def _score_time_fields(out: Scored, gold_claims: list[dict], match: dict[str, dict]) -> None:
    """moment, owner and part_of, for gold claims that give them (the gold format of issue 17)."""
    subject_of = {match[g["id"]]["claim_id"]: g["subject"] for g in gold_claims if g["id"] in match}
    for g in gold_claims:
        claim = match.get(g["id"])
        if claim is None:
            continue
        checks = []
        if "moment" in g:
            checks.append(("moment", str(claim.get("moment") or ""), str(g["moment"] or "")))
        if "owner" in g:
            checks.append(("owner", claim.get("owner"), g["owner"]))
        if "part_of" in g:
            whole = claim.get("part_of") if isinstance(claim.get("part_of"), str) else ""
            checks.append(("part_of", subject_of.get(whole, whole), g["part_of"] or ""))
        for name, got, want in checks:
            right = _same_owner(got, want) if name == "owner" else (got or "") == (want or "")
            out.fields[name][1] += 1
            out.fields[name][0] += right
            if not right:
                out.misses.append(
                    f"{name:<8} {g['id']} {g['doc']} {g['text']!r}: {got!r}, gold {want!r}"
                )


def _score_pairs(out: Scored, gold_claims: list[dict], match: dict[str, dict]) -> None:
    for a, b in itertools.combinations(gold_claims, 2):
        same_gold = a["subject"] == b["subject"]
        pa, pb = match.get(a["id"]), match.get(b["id"])
        same_predicted = (
            pa is not None
            and pb is not None
            and pa is not pb
            and bool(pa.get("subject"))
            and pa.get("subject") == pb.get("subject")
        )
        out.pairs[0] += same_gold and same_predicted
        out.pairs[1] += same_predicted
        out.pairs[2] += same_gold
        if same_gold and not same_predicted:
            keys = splits(pa, pb)
            out.splits.update(keys)
            if len(keys) == 1:
                out.splits_alone.update(keys)
        if same_gold != same_predicted and pa is not None and pb is not None:
            kind = "pair-" if same_gold else "pair+"
            out.misses.append(
                f"{kind}    {a['id']}~{b['id']} {a['text']!r}/{b['text']!r} gold "
                f"{a['subject']!r}/{b['subject']!r}, got {pa.get('subject_label')!r}"
                f"/{pb.get('subject_label')!r}"
            )


SUBJECT_KEYS = ("noun", "place", "day", "rate", "measure")  # a subject's first fields


def subject_keys(subject: str) -> dict[str, str]:
    """A subject id read back into its keys: the first fields of SUBJECT_KEYS, then each
    "|name=value" mark (or bare mark: "tally", "still").

    Example: subject_keys("dead|Ressa|2026-01-04||count|owner=x")["owner"] == "x"
    """
    fields = subject.split("|")
    out = dict(zip(SUBJECT_KEYS, fields[: len(SUBJECT_KEYS)], strict=False))
    for mark in fields[len(SUBJECT_KEYS) :]:
        name, _, value = mark.partition("=")
        out[name] = value or name
    return out


def splits(pa: dict | None, pb: dict | None) -> list[str]:
    """Why a gold same-quantity pair ended in two subjects: each subject key whose value
    differs ("noun", "day", "owner", …), or "unread" (a figure no claim read), "one claim"
    (one claim read both), "no subject" (a claim alignment gave no subject)."""
    if pa is None or pb is None:
        return ["unread"]
    if pa is pb:
        return ["one claim"]
    if not pa.get("subject") or not pb.get("subject"):
        return ["no subject"]
    a, b = subject_keys(pa["subject"]), subject_keys(pb["subject"])
    return [k for k in dict.fromkeys([*a, *b]) if a.get(k, "") != b.get(k, "")] or ["other"]


def _score_findings(out: Scored, gold: dict, match: dict[str, dict], findings: list[dict]) -> None:
    gold_of = {m["claim_id"]: gid for gid, m in match.items()}
    wanted = [(f, True) for f in gold.get("findings") or []]
    wanted += [(f, False) for f in gold.get("allowed") or []]
    matched_predicted: set[int] = set()
    for g, required in wanted:
        positions = [set(p) for p in g["positions"]]
        hit = None
        for k, f in enumerate(findings):
            ids = {gold_of.get(c["claim_id"]) for c in f["claims"]}
            sides = sum(1 for p in positions if p & ids)
            if g["kind"] == "update" and f["rule"] != "update":
                continue  # an update held by a conflict is the failure, not a match
            if sides >= 2 or (len(positions) == 1 and sides == 1 and f["rule"] == g["kind"]):
                hit = k
                matched_predicted.add(k)
        if required:
            out.required[1] += 1
            kind = out.required_kinds.setdefault(g["kind"], [0, 0])
            kind[1] += 1
            if hit is not None:
                out.required[0] += 1
                kind[0] += 1
            else:
                out.misses.append(f"finding  {g['kind']} {g['positions']}: {g.get('why', '')}")
    for k, f in enumerate(findings):
        if k in matched_predicted:
            continue
        if f["severity"] in COUNTED_SEVERITIES:
            out.false_positives.append(f)
            out.misses.append(f"false    {f['rule']} {f['severity']}: {f['message']}")
        else:
            out.info += 1


def _holding(findings: list[dict], gold_of: dict, positions: list, rules=None, loud=False):
    """Whether a predicted finding (of `rules`, at warning or error when `loud`) holds
    claims of two sides of `positions` (one side when there is only one)."""
    sides_wanted = min(2, len(positions))
    for f in findings:
        if rules is not None and f["rule"] not in rules:
            continue
        if loud and f["severity"] not in COUNTED_SEVERITIES:
            continue
        ids = {gold_of.get(c["claim_id"]) for c in f["claims"]}
        if sum(1 for p in positions if set(p) & ids) >= sides_wanted:
            return True
    return False


def _score_time(out: Scored, gold: dict, match: dict[str, dict], findings: list[dict]) -> None:
    """The measures of TIME_MEASURES for one case (see there)."""
    gold_of = {m["claim_id"]: gid for gid, m in match.items()}
    moment = {c["id"]: str(c.get("moment") or c.get("day") or "") for c in gold["claims"]}
    wanted = gold.get("findings") or []
    updates = [g for g in wanted if g["kind"] == "update"]
    calm = [p if isinstance(p, dict) else {"positions": p} for p in gold.get("not_conflicts") or []]
    over_days = bool(updates or calm)
    t = out.time
    for g in [*updates, *calm]:
        t["updates_as_conflicts"][1] += 1
        if _holding(findings, gold_of, g["positions"], loud=True):
            t["updates_as_conflicts"][0] += 1
            out.misses.append(f"update   reported as a conflict: {g['positions']}")
    for g in updates:
        t["updates"][1] += 1
        t["updates"][0] += _holding(findings, gold_of, g["positions"], rules=("update",))
    for g in wanted:
        days = {moment[c] for side in g["positions"] for c in side}
        if g["kind"] == "value-conflict" and over_days and len(days) == 1:
            t["same_day"][1] += 1
            t["same_day"][0] += _holding(findings, gold_of, g["positions"])
        if g["kind"] == "fx-rate" and g.get("swap"):
            t["swaps"][1] += 1
            t["swaps"][0] += _holding(findings, gold_of, g["positions"], rules=("fx-rate",))
        if g["kind"] == "part-whole":
            t["part_whole"][1] += 1
            t["part_whole"][0] += _holding(findings, gold_of, g["positions"], rules=("part-whole",))
    owned = [c for c in gold["claims"] if c.get("owner") and c["id"] in match]
    for a, b in itertools.combinations(owned, 2):
        if _norm(a["owner"]) == _norm(b["owner"]) or a["subject"] == b["subject"]:
            continue
        t["owners_merged"][1] += 1
        sa, sb = match[a["id"]].get("subject"), match[b["id"]].get("subject")
        if sa and sa == sb and match[a["id"]] is not match[b["id"]]:
            t["owners_merged"][0] += 1
            out.misses.append(
                f"owners   {a['id']} ({a['owner']}) and {b['id']} ({b['owner']}) merged"
            )


def ratio(pair: list[int]) -> float:
    return pair[0] / pair[1] if pair[1] else 1.0
