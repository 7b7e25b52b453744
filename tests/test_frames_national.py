"""A national body's share is its country's (sourcecheck/frames/national.py): the figures,
bodies and stories here are invented for these tests."""

from __future__ import annotations

import pytest

from sourcecheck.case import load_case
from sourcecheck.extract import extract_claims
from sourcecheck.extract.sources import load_sources
from sourcecheck.frames.national import national_scopes, source_country

_HEAD = "---\npublisher: {p}\npublished: 2026-02-10T18:00\nlanguage: {lang}\n---\n"
DOCS = {
    "a.md": ("Wire One", "en", "On Tuesday, 64 arrests were made in six countries, Europol said.\n"),
    "b.md": ("Gazzetta", "it", "In Italia i Carabinieri hanno eseguito martedì 21 arresti.\n"),
    "c.md": ("Wire Two", "en", "On Tuesday, Norway's federal police reported seven arrests.\n"),
    "d.md": ("Journal", "fr", "Mardi, la police fédérale suisse a procédé à 64 arrestations"
             " en tout, dans toute l'Europe.\n"),
}  # fmt: skip


def test_a_national_force_gives_its_countrys_share(tmp_path):
    for name, (publisher, lang, body) in DOCS.items():
        (tmp_path / name).write_text(_HEAD.format(p=publisher, lang=lang) + body)
    claims = extract_claims(load_case(tmp_path)).set_index(["doc", "value"])
    share, whole = claims.loc[("c.md", 7)], claims.loc[("a.md", 64)]
    assert (share["scope"], share["part_of"]) == ("Norway", whole["claim_id"])
    # the same body repeating the whole operation's total: no part, the whole's place
    assert claims.loc[("d.md", 64), ["scope", "part_of"]].tolist() == ["", ""]


def _row(i: int, value: int, scope: str, source: str) -> dict:
    return {"claim_id": f"a.md#{i}", "doc": "a.md", "start": i, "value": value,
            "concept": "arrest", "scope": scope, "part_of": "", "source": source}  # fmt: skip


def test_one_country_story_keeps_its_figures_unplaced():
    rows = [_row(1, 40, "", "Wire"), _row(9, 12, "", "Carabinieri")]
    assert national_scopes(rows, load_sources()) == ["", ""]
    rows.append(_row(20, 5, "Austria", "Wire"))
    assert national_scopes(rows, load_sources()) == ["", "Italy", "Austria"]


@pytest.mark.parametrize(
    ("source", "country"),
    [
        ("Finland's federal police", "Finland"),
        ("la polizia federale svizzera", "Switzerland"),
        ("Dutch police", "Netherlands"),
        ("Guardia di Finanza", "Italy"),
        ("Gazzetta Italiana", ""),  # a publisher's name: no force's country
        ("federal police", ""),  # any country's force
        ("la protection civile grecque", ""),  # sent abroad, or a region's: not a police's
    ],
)
def test_the_country_of_a_source(source, country):
    assert source_country(source, load_sources()) == country


def test_a_national_forces_count_of_countries_is_no_share_of_its_own():
    """A national force counting the countries an operation involved ("l'operazione ha
    coinvolto 9 Paesi") counts the operation's countries: its figure takes no country."""
    rows = [_row(1, 40, "", "Wire"), _row(9, 12, "", "Carabinieri"), _row(20, 5, "Austria", "Wire")]
    rows.append({**_row(30, 9, "", "Carabinieri"), "concept": "country"})
    rows.append({**_row(40, 11, "", "Wire"), "concept": "country"})
    assert national_scopes(rows, load_sources()) == ["", "Italy", "Austria", "", ""]


def test_a_national_force_giving_its_countrys_share_gives_its_unplaced_figure_whole():
    # "In Italia i Carabinieri hanno arrestato 6 persone … In tutto gli arresti sono stati 19",
    # beside a wire's larger count: the 19 is the operation's whole, not a second Italian share
    rows = [
        _row(1, 40, "", "Wire"),
        _row(2, 9, "Austria", "Wire"),
        {**_row(3, 6, "Italy", "Carabinieri"), "doc": "b.md"},
        {**_row(4, 19, "", "Carabinieri"), "doc": "b.md"},
    ]
    assert national_scopes(rows, load_sources()) == ["", "Austria", "Italy", ""]
    # the same figure at no place and at its country is one share, told twice
    rows[3]["value"] = 6
    assert national_scopes(rows, load_sources())[3] == "Italy"
