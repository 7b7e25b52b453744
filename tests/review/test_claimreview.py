"""ClaimReview export: valid JSON-LD (expanded offline with pyld) using schema.org types rightly."""

from __future__ import annotations

import json

import pytest
from review_seed import SEED

from sourcecheck.pipeline import check
from sourcecheck.review.claimreview import CONTEXT, claim_reviews

jsonld = pytest.importorskip("pyld.jsonld", reason="pyld (the test extra) is not installed")

S = "http://schema.org/"
# The part of schema.org this export uses (schema.org 29: subClassOf, domainIncludes,
# rangeIncludes), so the test needs no network. "Text"/"Number"/... are literal ranges.
PARENT = {
    "ClaimReview": "Review", "Review": "CreativeWork", "Claim": "CreativeWork",
    "CreativeWork": "Thing", "Rating": "Intangible", "QuantitativeValue": "StructuredValue",
    "StructuredValue": "Intangible", "Intangible": "Thing", "Organization": "Thing",
    "Person": "Thing",
}  # fmt: skip
PROPERTIES = {  # property: (domains, ranges)
    "claimReviewed": ({"ClaimReview"}, {"Text"}),
    "itemReviewed": ({"Review", "AggregateRating"}, {"Thing"}),
    "reviewRating": ({"Review"}, {"Rating"}),
    "reviewBody": ({"Review"}, {"Text"}),
    "author": ({"CreativeWork", "Rating"}, {"Organization", "Person"}),
    "datePublished": ({"CreativeWork"}, {"Date", "DateTime"}),
    "identifier": ({"Thing"}, {"Text", "URL", "PropertyValue"}),
    "url": ({"Thing"}, {"URL"}),
    "name": ({"Thing"}, {"Text"}),
    "description": ({"Thing"}, {"Text"}),
    "alternateName": ({"Thing"}, {"Text"}),
    "ratingExplanation": ({"Rating"}, {"Text"}),
    "appearance": ({"Claim"}, {"CreativeWork"}),
    "text": ({"CreativeWork"}, {"Text"}),
    "about": ({"CreativeWork", "Event"}, {"Thing"}),
    "publisher": ({"CreativeWork", "PublicationEvent"}, {"Organization", "Person"}),
    "value": ({"QuantitativeValue", "PropertyValue", "MonetaryAmount"},
              {"Number", "Text", "Boolean", "StructuredValue"}),
    "minValue": ({"QuantitativeValue", "PropertyValue", "MonetaryAmount"}, {"Number"}),
    "maxValue": ({"QuantitativeValue", "PropertyValue", "MonetaryAmount"}, {"Number"}),
    "unitText": ({"QuantitativeValue", "PropertyValue"}, {"Text"}),
}  # fmt: skip
LITERALS = {"Text", "Number", "Boolean", "Date", "DateTime", "URL"}
# The schema.org context, reduced to what applies to these terms.
SCHEMA_CONTEXT = {"@context": {"@vocab": S, "url": {"@id": S + "url", "@type": "@id"}}}


def ancestors(kind: str) -> set[str]:
    seen = {kind}
    while kind in PARENT:
        kind = PARENT[kind]
        seen.add(kind)
    return seen


def offline_loader(url, options=None):
    assert url.rstrip("/") in (CONTEXT, "http://schema.org"), f"would fetch {url}"
    return {"contextUrl": None, "documentUrl": url, "document": SCHEMA_CONTEXT}


def check_node(node: dict, path: str, seen_types: dict[str, set[str]]) -> None:
    """Every property of `node` is schema.org's, on a type it applies to, with a fitting value."""
    assert len(node.get("@type", [])) == 1, f"{path}: one @type expected"
    kind = node["@type"][0].removeprefix(S)
    assert kind in PARENT, f"{path}: unexpected type {kind}"
    seen_types.setdefault(path, set()).add(kind)
    for key, values in node.items():
        if key.startswith("@"):
            continue
        name = key.removeprefix(S)
        assert name in PROPERTIES, f"{path}: {name} is not a property this export should use"
        domains, ranges = PROPERTIES[name]
        assert ancestors(kind) & domains, f"{path}: {name} does not apply to {kind}"
        for value in values:
            if "@type" in value and isinstance(value["@type"], list):
                child = value["@type"][0].removeprefix(S)
                assert ancestors(child) & ranges, f"{path}.{name}: {child} not in {ranges}"
                check_node(value, f"{path}.{name}", seen_types)
            elif "@id" in value:
                assert "URL" in ranges, f"{path}.{name}: an IRI where {ranges} is expected"
            else:
                literal = value["@value"]
                assert ranges & LITERALS, f"{path}.{name}: a literal where a node is expected"
                if ranges == {"Number"}:
                    assert isinstance(literal, int | float), f"{path}.{name}: not a number"


def test_confirmed_findings_export_as_valid_claimreview():
    result = check(SEED)
    findings = result.findings.to_dict("records")
    confirmed = findings[0]["id"]
    for f in findings:
        f["review"] = {"status": "confirmed" if f["id"] == confirmed else "dismissed",
                       "note": "Checked with both agencies", "reviewer": "ana",
                       "updated": "2026-11-28T02:00:00+00:00"}  # fmt: skip
    documents = {d["doc"]: d for d in result.documents.to_dict("records")}
    exported = claim_reviews(findings, documents=documents, organization="Le Desk")
    text = json.dumps(exported, allow_nan=False)  # strict JSON: no NaN or Infinity

    expanded = jsonld.expand(json.loads(text), {"documentLoader": offline_loader})

    assert len(expanded) == 1  # one ClaimReview per confirmed finding, none for the others
    seen: dict[str, set[str]] = {}
    check_node(expanded[0], "review", seen)
    assert seen == {
        "review": {"ClaimReview"},
        "review.author": {"Organization"},
        "review.reviewRating": {"Rating"},
        "review.itemReviewed": {"Claim"},
        "review.itemReviewed.author": {"Organization"},
        "review.itemReviewed.appearance": {"CreativeWork"},
        "review.itemReviewed.appearance.publisher": {"Organization"},
        "review.itemReviewed.about": {"QuantitativeValue"},
    }
    review = expanded[0]
    assert review[S + "identifier"][0]["@value"] == confirmed
    finding = next(f for f in findings if f["id"] == confirmed)
    claims = review[S + "itemReviewed"]
    assert len(claims) == len(finding["claims"])
    assert sorted(c[S + "author"][0][S + "name"][0]["@value"] for c in claims) == sorted(
        c["source"] for c in finding["claims"]
    )
    values = sorted(c[S + "about"][0][S + "value"][0]["@value"] for c in claims)
    assert values == sorted(c["value"] for c in finding["claims"])
    urls = {c[S + "appearance"][0][S + "url"][0]["@id"] for c in claims}
    assert urls == {documents[c["doc"]]["url"] for c in finding["claims"]}
