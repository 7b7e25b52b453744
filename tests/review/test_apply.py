"""apply_reviews and counts_for_fail over the seed case's findings."""

from __future__ import annotations

from sourcecheck.review import apply_reviews, counts_for_fail, open_store
from sourcecheck.review.reports import findings_frame


def test_reviews_fill_findings_and_list_gone_ones(tmp_path, seed_findings):
    findings = findings_frame(seed_findings)
    first, second = seed_findings[0], seed_findings[1]
    store = open_store(tmp_path / "reviews.sqlite")
    store.set("perfect-storm", first["id"], "dismissed", note="same figure", reviewer="ana",
              evidence=first["evidence"])  # fmt: skip
    store.set("perfect-storm", second["id"], "confirmed", reviewer="ana", evidence="older")
    store.set("perfect-storm", "0000gone0000", "follow-up", note="ask", reviewer="bo")
    store.set("other-case", first["id"], "confirmed", reviewer="bo")

    reviewed, gone = apply_reviews(findings, store, "perfect-storm")

    reviews = dict(zip(reviewed["id"], reviewed["review"], strict=True))
    assert reviews[first["id"]]["status"] == "dismissed"
    assert reviews[first["id"]]["note"] == "same figure"
    assert reviews[first["id"]]["evidence_changed"] is False
    assert reviews[second["id"]]["evidence_changed"] is True
    assert len(reviews[second["id"]]["history"]) == 1
    untouched = [r for fid, r in reviews.items() if fid not in (first["id"], second["id"])]
    assert untouched and all(r["status"] == "open" and r["history"] == [] for r in untouched)
    assert [(g["id"], g["status"], len(g["history"])) for g in gone] == [
        ("0000gone0000", "follow-up", 1)
    ]
    assert (
        findings["review"].tolist() == findings_frame(seed_findings)["review"].tolist()
    )  # not mutated


def test_dismissed_and_corrected_do_not_count_for_fail(tmp_path, seed_findings):
    findings = findings_frame(seed_findings)
    store = open_store(tmp_path / "reviews.sqlite")
    before = counts_for_fail(apply_reviews(findings, store, "perfect-storm")[0])
    assert before == {
        s: int((findings["severity"] == s).sum()) for s in ("info", "warning", "error")
    }
    for f, status in zip(seed_findings, ("dismissed", "corrected", "confirmed"), strict=False):
        store.set("perfect-storm", f["id"], status, reviewer="ana")
    after = counts_for_fail(apply_reviews(findings, store, "perfect-storm")[0])
    closed = [f["severity"] for f in seed_findings[:2]]
    assert after == {s: before[s] - closed.count(s) for s in before}
