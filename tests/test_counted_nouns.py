"""The counted noun of each figure (issue 10, "Noun"): one shape per test, in French, English
and Italian, with sentences written for these tests (none is taken from a case or a gold set).

Each shape is a list of (language, body, figure, thing, concept): the figure's noun as written
(None: not checked) and its concept (None: not checked).
"""

from __future__ import annotations

import pytest

from sourcecheck.extract import Lexicons, extract_document
from sourcecheck.extract.sentences import split

PUBLISHED = "2024-05-16"

SHAPES = {
    # a percentage counts what it is a share of, or what its change noun is of
    "share-of": [
        (
            "fr",
            "Près de 12 % des votants ont choisi la liste verte.",
            "Près de 12 %",
            "votants",
            None,
        ),
        (
            "it",
            "Secondo l'Istat il 40% delle imprese ha ridotto gli orari.",
            "40%",
            "imprese",
            None,
        ),
        ("en", "The survey found a 5% rise in prices over the year.", "5%", "prices", None),
    ],
    # the change of an amount counts what the amount is of
    "change-of-amount": [
        (
            "fr",
            "Le chiffre d'affaires atteint 2 milliards d'euros, en hausse de 8 %.",
            "8 %",
            None,
            "revenue",
        ),
        ("en", "Net profit reached $3bn, up 11% from a year earlier.", "11%", None, "profit"),
        ("it", "Il fatturato è salito a 900 milioni di euro (+4 %).", "4 %", None, "revenue"),
    ],
    # a bare percentage goes on with the last sentence's share
    "bare-share": [
        (
            "fr",
            "La liste avait obtenu 42 % des suffrages au premier tour. Au second, elle n'a recueilli que 38 %.",
            "38 %",
            "suffrages",
            "vote",
        ),
    ],
    # money counts the subject a verb sets to it
    "money-subject": [
        (
            "it",
            "Il fatturato è salito a 900 milioni di euro.",
            "900 milioni di euro",
            "fatturato",
            "revenue",
        ),
        (
            "fr",
            "Le chiffre d'affaires atteint 2 milliards d'euros.",
            "2 milliards d'euros",
            "chiffre d'affaires",
            "revenue",
        ),
        ("en", "Net profit reached $3bn in the quarter.", "$3bn", "profit", "profit"),
    ],
    # a sentence ending in "no." lends nothing to the next one
    "abbreviation-end": [
        (
            "en",
            "Most residents voted no. Turnout was 44%, against 39% in 2021.",
            "44%",
            None,
            "turnout",
        ),
    ],
}


@pytest.fixture(scope="module")
def lex():
    return Lexicons.load()


def nouns(lex, lang: str, body: str) -> dict[str, tuple[str, str]]:
    """(thing, concept) of each figure of a one-document body, by figure text."""
    doc = {"doc": "t.md", "body": body, "lang": lang, "publisher": "Wire", "published": PUBLISHED}
    return {r["text"]: (r["thing"], r["concept"]) for r in extract_document(doc, lex)}


@pytest.mark.parametrize(
    ("lang", "body", "figure", "thing", "concept"),
    [pytest.param(*row, id=f"{shape}-{row[0]}") for shape, rows in SHAPES.items() for row in rows],
)
def test_each_shape_reads_its_noun(lex, lang, body, figure, thing, concept):
    found = nouns(lex, lang, body)[figure]
    if thing is not None:
        assert thing in found[0], found
    if concept is not None:
        assert found[1] == concept, found


@pytest.mark.parametrize(
    ("body", "count"),
    [
        ("Under rule no. 7, 120 officers were sent.", 1),
        ("Il decreto n. 45 prevede 300 assunzioni.", 1),
        ("Selon M. Dupont, 3 000 agents étaient mobilisés.", 1),
        ("Voters said no. Turnout was 44%.", 2),
    ],
)
def test_a_number_abbreviation_holds_only_before_its_number(body, count):
    assert len(split(body)) == count
