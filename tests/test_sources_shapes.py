"""Issue 10, source part: who speaks for a body (fr/en/it).

Each sentence (tests/fixtures/sources_shapes.yaml) is written for this test, in a shape news copy uses: a spokesperson speaks for
the body (named in the noun or after it), an office for its town's hall, a pronoun or a dropped
subject for the organisation last named, and no fragment is ever a source.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from sourcecheck.extract import Lexicons, extract_document

LEX = Lexicons.load()


def sources(body: str, lang: str, publisher: str = "Wire") -> dict[str, str]:
    """Figure as written → its source."""
    doc = {"doc": "x", "body": body, "lang": lang, "publisher": publisher, "published": None}
    return {c["text"]: c["source"] for c in extract_document(doc, LEX)}


def check(body: str, lang: str, expected: dict[str, str], publisher: str = "Wire") -> None:
    got = sources(body, lang, publisher)
    assert {k: got.get(k) for k in expected} == expected


CASES = yaml.safe_load(
    (Path(__file__).parent / "fixtures" / "sources_shapes.yaml").read_text(encoding="utf-8")
)


@pytest.mark.parametrize(
    "case",
    [
        pytest.param(c, id=f"{group}-{n}")
        for group, cases in CASES.items()
        for n, c in enumerate(cases)
    ],
)
def test_who_speaks_for_a_body(case):
    check(case["body"], case["lang"], case["expected"], case["publisher"])


def test_a_generic_actor_far_down_a_long_story_still_names_the_latest_body() -> None:
    """Every "the agency" looks back over the sentences before it (kept per noun, read once):
    far down a long story it still names the body last named, and a body named in between
    takes over from there."""
    filler = " ".join(f"Trucks carried {100 + k} pallets on day {k}." for k in range(40))
    body = (
        "Britain's National Crime Agency arrested 9 people in London. "
        f"{filler} The agency said 40 phones were seized. "
        "Later the Scottish Crime Agency arrested 5 people in Glasgow. "
        f"{filler} The agency said 70 laptops were seized."
    )
    got = sources(body, "en")
    assert (got["40"], got["70"]) == ("National Crime Agency", "Scottish Crime Agency")


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("La Société forestière du Mont-Sarel (SFMS) a mobilisé 16 bûcherons.",
         "la Société forestière du Mont-Sarel"),
        ("La Compagnie fluviale de Varonne a affrété 9 barges pour les sinistrés.",
         "la Compagnie fluviale de Varonne"),
        ("Le groupe suédois d'emballage Trevik a annoncé 230 suppressions de postes.", "Trevik"),
    ],
)  # fmt: skip
def test_a_company_named_after_its_place_is_named_in_full(body: str, expected: str) -> None:
    """A capitalised company noun, its adjective and an "of" before a place name it in full:
    the place is part of its own name, not a name the noun describes (as a lower-case noun's
    trade and name are: "le groupe suédois d'emballage Trevik")."""
    from sourcecheck.extract.attribution import Speakers
    from sourcecheck.extract.sources import load_sources

    sp = Speakers(body, "fr", "Wire", load_sources())
    assert [sp.resolved(a).source for a in sp.attributions(0)] == [expected]
