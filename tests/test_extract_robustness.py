"""Extraction never fails on odd text, and every claim points at its own words in the body."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sourcecheck.extract import Lexicons, extract_document

ROOT = Path(__file__).resolve().parent.parent
LEX = Lexicons.load()


def _claims(body: str, lang: str | None) -> list[dict]:
    doc = {"doc": "x.md", "body": body, "lang": lang, "publisher": "P", "published": "2020-11-12"}
    return extract_document(doc, LEX)


def _check(body: str, claims: list[dict]) -> None:
    for c in claims:
        assert 0 <= c["start"] < c["end"] <= len(body)
        assert body[c["start"] : c["end"]] == c["text"]
        assert c["text"] in c["quote"]
        assert c["low"] <= c["value"] <= c["high"] or c["qualifier"] in ("more_than", "fewer_than")


@pytest.mark.parametrize("lang", ["fr", "en", "it"])
def test_conformance_inputs_extract_without_error(lang):
    for file in sorted((ROOT / "tests" / "conformance").glob(f"*.{lang}.jsonl")):
        for line in file.read_text(encoding="utf-8").splitlines():
            body = json.loads(line)["input"]
            for language in (lang, None):
                _check(body, _claims(body, language))


PIECES = st.sampled_from(
    [
        "Selon Eurojust, ", "GdF affirme que ", "the CGT said ", "secondo la polizia ",
        "5 500 serveurs", "10,7 millions d'euros", "plus de 700 policiers", "11 pays : la France, "
        "l'Italie et Malte", "12.400 ettari", "le 7 mars", "on Tuesday", " M. ", " S.p.A. ",
        "«ressources informatiques»", ", ", ". ", "\n", "\n\n", "(", ")", "$62 million",
        "oltre 370 cortei", "Italy's", "dont 4 200 à Paris", "— ", "10.5", "n. 3", "…",
    ]
)  # fmt: skip


@settings(max_examples=200, deadline=None)
@given(
    st.lists(PIECES | st.text(max_size=8), max_size=25), st.sampled_from(["fr", "en", "it", None])
)
def test_any_mix_of_pieces_extracts_consistently(pieces, lang):
    body = "".join(pieces)
    _check(body, _claims(body, lang))


def test_an_age_is_read_in_any_language_when_the_document_gives_none():
    """A document without a language reads ages with every language's words: the patterns of
    the three languages are joined into one, and must compile together."""
    from sourcecheck.extract.ages import is_age

    text = "Un Letton de 41 ans et uno spagnolo di 38 anni sono stati fermati."
    assert is_age(text, text.index("41"), text.index("41") + 2, None)
    assert is_age(text, text.index("38"), text.index("38") + 2, None)
