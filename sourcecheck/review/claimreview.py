"""Confirmed findings as schema.org ClaimReview JSON-LD, the format fact-checks are shared in.

Why
---
A confirmed divergence is a published fact-check in waiting. schema.org's ClaimReview is what
search engines and fact-check aggregators read: one ClaimReview per finding, each claim of the
finding an `itemReviewed` Claim that says who made it (`author`, the source) and where it
appeared (`appearance`, the document with its publisher), with the figure as a
QuantitativeValue (`about`): value, the interval the words allow, and the unit, currency or
counted thing.

Example
-------
>>> finding = {"id": "ab12", "rule": "rounding", "message": "10.7 M vs 10,619,000 EUR",
...            "explanation": "10,619,000 rounds to 10.6 M",
...            "claims": [{"source": "Eurojust", "doc": "a.md", "text": "10,7 millions d'euros",
...                        "value": 10700000, "low": 10650000, "high": 10750000,
...                        "currency": "EUR", "publisher": "TorrentFreak"}]}
>>> review = {"status": "confirmed", "note": "", "reviewer": "ana",
...           "updated": "2026-11-28T01:00:00+00:00"}
>>> doc = claim_review(finding, review)
>>> doc["@type"], doc["itemReviewed"][0]["author"]["name"], doc["itemReviewed"][0]["about"]["unitText"]
('ClaimReview', 'Eurojust', 'EUR')
"""

from __future__ import annotations

import math
from typing import Any

CONTEXT = "https://schema.org"

# What a confirmed finding of each rule says, in the words of a rating (Rating.alternateName).
RATINGS: dict[str, str] = {
    "value-conflict": "Sources disagree on the figure",
    "term-drift": "Same figure, different things counted",
    "rounding": "Rounded figure does not match the exact one",
    "fx-rate": "Currency conversion off the reference rate",
    "scale-word": "Scale word lost (thousands, millions, billions)",
    "enumeration-count": "Stated count differs from the list",
    "internal": "Source contradicts itself",
    "unit-conversion": "Unit conversion is wrong",
    "update": "Figure updated over time",
    "part-whole": "Part larger than its whole",
}


def _number(value: Any) -> float | int | None:
    """A finite number for JSON-LD, or None (missing, NaN, infinite bound)."""
    if value is None or isinstance(value, bool):
        return None
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    if not math.isfinite(number):
        return None
    return int(number) if number.is_integer() else number


def _organization(name: Any) -> dict[str, Any] | None:
    return {"@type": "Organization", "name": str(name)} if name else None


def _quantity(claim: dict[str, Any]) -> dict[str, Any]:
    value = {
        "@type": "QuantitativeValue",
        "value": _number(claim.get("value")),
        "minValue": _number(claim.get("low")),
        "maxValue": _number(claim.get("high")),
        "unitText": claim.get("currency") or claim.get("unit") or claim.get("thing"),
        "description": claim.get("text"),
    }
    return {k: v for k, v in value.items() if v not in (None, "")}


def _claim(claim: dict[str, Any], documents: dict[str, dict[str, Any]]) -> dict[str, Any]:
    doc = documents.get(str(claim.get("doc")), {})
    appearance = {
        "@type": "CreativeWork",
        "name": doc.get("title") or claim.get("doc"),
        "url": doc.get("url"),
        "publisher": _organization(doc.get("publisher") or claim.get("publisher")),
        "datePublished": doc.get("published") or claim.get("published"),
    }
    item = {
        "@type": "Claim",
        "text": claim.get("quote") or claim.get("text"),
        "author": _organization(claim.get("source")),
        "appearance": {k: v for k, v in appearance.items() if v},
        "about": _quantity(claim),
    }
    return {k: v for k, v in item.items() if v}


def claim_review(
    finding: dict[str, Any],
    review: dict[str, Any],
    *,
    documents: dict[str, dict[str, Any]] | None = None,
    organization: str | None = None,
    url: str | None = None,
) -> dict[str, Any]:
    """One ClaimReview (JSON-LD, schema.org context) for a finding and its decision.

    `documents` maps a doc name to its title, url, publisher and published date (the claims
    carry only the doc name). The review's author is `organization` when given (the newsroom),
    else the reviewer. `url` is where the fact-check is published, when it is.
    """
    author = _organization(organization) or (
        {"@type": "Person", "name": review["reviewer"]} if review.get("reviewer") else None
    )
    rating = {
        "@type": "Rating",
        "alternateName": RATINGS.get(finding.get("rule", ""), "Sources disagree"),
        "ratingExplanation": finding.get("explanation"),
    }
    document = {
        "@context": CONTEXT,
        "@type": "ClaimReview",
        "identifier": finding["id"],
        "url": url,
        "datePublished": (review.get("updated") or "")[:10] or None,
        "author": author,
        "claimReviewed": finding.get("message"),
        "reviewBody": review.get("note") or finding.get("explanation"),
        "reviewRating": {k: v for k, v in rating.items() if v},
        "itemReviewed": [_claim(c, documents or {}) for c in finding.get("claims") or []],
    }
    return {k: v for k, v in document.items() if v}


def claim_reviews(
    findings: list[dict[str, Any]],
    *,
    documents: dict[str, dict[str, Any]] | None = None,
    organization: str | None = None,
) -> list[dict[str, Any]]:
    """ClaimReviews of the findings whose review status is confirmed, in the order given."""
    return [
        claim_review(f, f["review"], documents=documents, organization=organization)
        for f in findings
        if (f.get("review") or {}).get("status") == "confirmed"
    ]
