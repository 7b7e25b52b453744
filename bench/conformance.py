"""Score `parse_quantities` on the Recognizers-Text conformance cases (tests/conformance).

Why
---
An outside yardstick: Microsoft's Recognizers-Text specs, verified by its .NET implementation,
say which figures a French, English or Italian sentence holds. Passing them is evidence that
the reader is right beyond the examples we wrote ourselves.

Scoring (issue 2, acceptance 1): cases with `verified_by_dotnet`; an expected item with a
value counts as passed when a quantity overlaps its span with the same value (relative
tolerance 1e-6) and, for currencies, the same ISO code when the upstream label names one; for
dimensions, the same pint unit when the label maps to one. Items in a category we put out of
scope (see tests/conformance/README.md, "Our use") are counted apart, not in the pass rate.
Cases that expect nothing are reported as "negatives kept clean" (no quantity found).

Example
-------
    python bench/conformance.py            # pass rate per file; failures in bench/out/
    python bench/conformance.py --show 20  # also print the first 20 failures
"""

from __future__ import annotations

import argparse
import json
import math
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sourcecheck.quantities import parse_quantities  # noqa: E402

CASES = ROOT / "tests" / "conformance"
OUT = ROOT / "bench" / "out" / "conformance-failures.txt"
TARGETS = {"number": 0.90, "currency": 0.90, "dimension": 0.85}

# Upstream currency labels -> ISO 4217 (labels not listed name no checkable currency).
CURRENCY_LABELS = {
    "Dollar": "USD",
    "United States dollar": "USD",
    "Dollar États-Unis": "USD",
    "Euro": "EUR",
    "Pound": "GBP",
    "British pound": "GBP",
    "Livre": "GBP",
    "Japanese yen": "JPY",
    "Yen Japonais": "JPY",
    "Chinese yuan": "CNY",
    "Yuan Chinois": "CNY",
    "Canadian dollar": "CAD",
    "Dollar Canadien": "CAD",
    "Australian dollar": "AUD",
    "Dollar Australien": "AUD",
    "Swiss franc": "CHF",
    "Franc Suisse": "CHF",
    "Hong Kong dollar": "HKD",
    "Dollar de Hong Kong": "HKD",
    "New Zealand dollar": "NZD",
    "Dollar néo-zélandais": "NZD",
}
# Upstream dimension labels -> pint canonical unit names.
UNIT_LABELS = {
    **dict.fromkeys(["Mile", "Miglio"], "mile"),
    **dict.fromkeys(["Meter", "Mètres", "Metro"], "meter"),
    **dict.fromkeys(["Kilometer", "Kilomètres", "Chilometro"], "kilometer"),
    **dict.fromkeys(["Foot", "Piede", "Pied"], "foot"),
    **dict.fromkeys(["Gallon", "Gallone"], "gallon"),
    **dict.fromkeys(["Metric ton", "Tonnellata", "Tonne métrique", "Tonne"], "metric_ton"),
    **dict.fromkeys(["Kilogram"], "kilogram"),
    **dict.fromkeys(["Inch", "Pollice", "Pouce"], "inch"),
    **dict.fromkeys(["Acre"], "acre"),
    **dict.fromkeys(["Litre", "Litro"], "liter"),
    **dict.fromkeys(["Millilitre", "Millilitro", "Milliliter"], "milliliter"),
    **dict.fromkeys(["Decimeter", "Décimètres"], "decimeter"),
    **dict.fromkeys(["Millimeter", "Millimètres", "Millimetro"], "millimeter"),
    **dict.fromkeys(["Microgram", "Microgramme"], "microgram"),
    **dict.fromkeys(["Pound", "Livre", "Libbra"], "pound"),
    **dict.fromkeys(["Degree"], "degree"),
    **dict.fromkeys(["Radian"], "radian"),
}

# Out of scope (issue 12, item 7): what news never states as a claim. Each category is
# matched narrowly, on the expected item itself (its text, or its span inside a date, phone
# number or address of the input): never a whole input, never a suffix such as "-th".
_POWER = re.compile(r"(?i)\d(?:[.,]\d+)?\s*(?:\^|e[+-]?\d|x10)")
_OTHER_SCALES = re.compile(
    r"(?i:\b(?:lakh|crore|dzs|dozs)\b|\d\s*(?:mil|tln)\b)|\d\s*(?:MM|G)\b|\d{1,2},\d\d,\d{3}"
)
_SPELLED_DECIMAL_OR_SIGN = re.compile(
    r"(?i)\b(?:virgule|point|punto|virgola|negative|minus|nought|naught)\b"
)
# Dates, phone numbers and addresses of the input; an item inside one is out of scope.
_DATES_PHONES_ADDRESSES = re.compile(
    r"(?i)\b\d{1,4}/\d{1,2}/\d{2,4}\b"  # 5/17/2018
    r"|\+\d[\d/-]{6,}"  # +1-222-2222/2222
    r"|\b\d{1,3}(?:\.\d{1,3}){3}\b"  # 192.168.1.2
    r"|\b\d{1,2}(?= (?:maggio|mai|may)\b)"  # il 4 maggio
)
# "x over y": a number, a word for "divided by" (or a slash), a number.
_X_OVER_Y = re.compile(
    r"\d\s*/\s*\d|(?i:(?:\d|\b[^\W\d_]+)\s+(?:over|sur|su|out of|in)\s+(?:\d|[^\W\d_]+))"
)
_ARTICLE = re.compile(r"(?i)^(?:un|une|uno|una|un'|one|a|an)$")
_SUBUNITS = ("Cent", "Pence", "Penny", "Centimes", "Sen", "Satoshi", "Pesewa")


def out_of_scope(item: dict, case: dict) -> str | None:
    """The category that puts an expected item out of our scope, or None (see README)."""
    text = item["text"]
    if item["value"] is None:
        return "unit named without an amount"
    if item.get("subtype") == "power" or _POWER.search(text):
        return "scientific notation"
    if _OTHER_SCALES.search(text):
        return "Indian digit grouping and non-news scale words"
    if _SPELLED_DECIMAL_OR_SIGN.search(text):
        return "spelled decimals and negative signs"
    if _ARTICLE.match(text.strip()):
        return "a lone article"
    for m in _DATES_PHONES_ADDRESSES.finditer(case["input"]):
        if m.start() <= item["start"] and item["end"] <= m.end():
            return "numbers inside dates, phone numbers, addresses"
    if _X_OVER_Y.search(text):
        return "x over y fractions"
    if item.get("unit") in _SUBUNITS:
        return "currency subunits"
    return None


@dataclass
class FileScore:
    name: str
    passed: int = 0
    failed: int = 0
    out_of_scope: dict[str, int] = field(default_factory=dict)
    negatives: int = 0
    negatives_clean: int = 0
    failures: list[str] = field(default_factory=list)

    @property
    def rate(self) -> float:
        total = self.passed + self.failed
        return self.passed / total if total else 1.0

    @property
    def target(self) -> float:
        return TARGETS[self.name.split(".")[0]]


def _matches(item: dict, q, model: str) -> bool:
    if q.end <= item["start"] or q.start >= item["end"]:
        return False
    if not math.isclose(q.value, item["value"], rel_tol=1e-6, abs_tol=1e-9):
        return False
    if model == "currency":
        iso = item.get("iso_currency") or CURRENCY_LABELS.get(item.get("unit") or "")
        return iso is None or q.currency == iso
    if model == "dimension":
        unit = UNIT_LABELS.get(item.get("unit") or "")
        return q.unit is not None and (unit is None or q.unit == unit)
    return True


def score_file(path: Path) -> FileScore:
    """Score one conformance file."""
    score = FileScore(path.name.removesuffix(".jsonl"))
    for line in path.read_text(encoding="utf-8").splitlines():
        case = json.loads(line)
        if not case["verified_by_dotnet"]:
            continue
        found = parse_quantities(case["input"], case["lang"])
        if not case["expected"]:
            score.negatives += 1
            score.negatives_clean += not found
            continue
        for item in case["expected"]:
            why = out_of_scope(item, case)
            if why:
                score.out_of_scope[why] = score.out_of_scope.get(why, 0) + 1
                continue
            if any(_matches(item, q, case["model"]) for q in found):
                score.passed += 1
            else:
                score.failed += 1
                got = [(q.text, q.value, q.currency or q.unit) for q in found]
                score.failures.append(
                    f"{score.name}#{case['upstream_index']}: {case['input']!r}\n"
                    f"    expected {item['text']!r} = {item['value']} {item.get('unit') or ''}\n"
                    f"    got      {got}"
                )
    return score


def score_all(directory: Path = CASES) -> list[FileScore]:
    """Scores of every `*.jsonl` file in `directory`, sorted by name."""
    return [score_file(p) for p in sorted(directory.glob("*.jsonl"))]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--show", type=int, default=0, help="print the first N failures")
    parser.add_argument("--out", type=Path, default=OUT, help="where to write the failures")
    args = parser.parse_args(argv)
    scores = score_all()
    print(f"{'file':16} {'pass':>6} {'target':>6} {'passed':>7} {'failed':>6} {'out':>4} negatives")
    for s in scores:
        mark = "ok" if s.rate >= s.target else "BELOW"
        print(
            f"{s.name:16} {s.rate:6.1%} {s.target:6.0%} {s.passed:7} {s.failed:6} "
            f"{sum(s.out_of_scope.values()):4} {s.negatives_clean}/{s.negatives}  {mark}"
        )
    out_total: dict[str, int] = {}
    for s in scores:
        for k, v in s.out_of_scope.items():
            out_total[k] = out_total.get(k, 0) + v
    print("out of scope:", ", ".join(f"{k} {v}" for k, v in sorted(out_total.items())))
    failures = [f for s in scores for f in s.failures]
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text("\n".join(failures) + "\n", encoding="utf-8")
    print(f"{len(failures)} failures written to {args.out.relative_to(ROOT)}")
    for f in failures[: args.show]:
        print(f)
    return 0 if all(s.rate >= s.target for s in scores) else 1


if __name__ == "__main__":
    sys.exit(main())
