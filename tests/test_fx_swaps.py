"""Currencies across documents: one amount told in two currencies, one of them swapped.

Each folder under `tests/fixtures/fx_swaps/` is a small case (2–4 documents, fr/en/it) in a
shape wire copy uses for money: a fine in euros given as dollars in translation, a debt in
pounds with its own conversion in brackets given as euros, a rounded or hedged swapped
figure, a range, two amounts of one owner… Its `expected.yaml` lists the fx-rate findings the
case must give (warning or error), each by the claims on its two sides (document and text as
written); `swap: true` marks a currency swapped across documents, `swap: false` a conversion
at a wrong rate inside one document. No other fx-rate finding may be given: a case with a
correct conversion, or one number for two owners, gives none. A case may name a
`known_miss`: a shape the rule does not find yet, and why (the test is then a strict
expected failure: it runs, and passing fails it).
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from sourcecheck.pipeline import check

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "fx_swaps"
CASES = sorted(p.parent for p in FIXTURES.glob("*/expected.yaml"))


def _param(folder: Path):
    """A case; one that names a `known_miss` must fail (strict: when it passes, the test
    fails, and the case's `known_miss` is to be removed)."""
    miss = yaml.safe_load((folder / "expected.yaml").read_text(encoding="utf-8")).get("known_miss")
    marks = [pytest.mark.xfail(strict=True, reason=miss)] if miss else []
    return pytest.param(folder, id=folder.name, marks=marks)


LOUD = ("warning", "error")


def _holds(finding: dict, side: list[str]) -> bool:
    """Whether one of the finding's claims is `side` (document, text as written): the texts
    may differ by what the extractor keeps of a figure ("circa", a range's two ends)."""
    doc, text = side
    return any(
        c["doc"] == doc and (c["text"] in text or text in c["text"]) for c in finding["claims"]
    )


def _across(finding: dict) -> bool:
    """A swap holds claims of two documents in two currencies, neither document giving both
    (a conversion repeated in two documents holds both currencies in each)."""
    by_doc: dict[str, set[str]] = {}
    for c in finding["claims"]:
        by_doc.setdefault(c["doc"], set()).add(c["currency"])
    return len(by_doc) > 1 and all(len(held) == 1 for held in by_doc.values())


@pytest.mark.parametrize("folder", [_param(folder) for folder in CASES])
def test_fx_findings(folder: Path) -> None:
    case = yaml.safe_load((folder / "expected.yaml").read_text(encoding="utf-8"))
    expected = case["fx"]
    findings = check(folder, validate=False).findings
    fx = [
        f for f in findings.to_dict("records") if f["rule"] == "fx-rate" and f["severity"] in LOUD
    ]
    said = [(f["message"], [(c["doc"], c["text"]) for c in f["claims"]]) for f in fx]
    for want in expected:
        matched = [f for f in fx if all(_holds(f, side) for side in want["sides"])]
        assert matched, f"{folder.name}: no fx-rate finding holds {want['sides']}; got {said}"
        assert any(_across(f) == want["swap"] for f in matched), (
            f"{folder.name}: {want['sides']} found, but not as a "
            f"{'swap' if want['swap'] else 'conversion'}: {said}"
        )
    assert len(fx) == len(expected), f"{folder.name}: expected {len(expected)}, got {said}"
