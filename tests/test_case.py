"""Loading a case (DESIGN §3): documents, encodings, and every kind of bad input."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from sourcecheck.case import detect_language, load_case
from sourcecheck.cli import main
from sourcecheck.errors import InputError

GOOD = "---\ntitle: Bon\npublisher: Eurojust\npublished: 2020-11-12\nlanguage: fr\n---\n"
BODY = "Selon Eurojust, 5 500 serveurs ont été fermés dans 11 pays.\n"


@pytest.fixture
def case(tmp_path: Path) -> Path:
    """A case folder with one good document, to which each test adds a bad input."""
    folder = tmp_path / "case"
    folder.mkdir()
    (folder / "good.md").write_text(GOOD + BODY, encoding="utf-8")
    return folder


def test_seed_case_loads(seed_case):
    case = load_case(seed_case)
    assert case.name == "perfect-storm"
    doc = case.documents.iloc[0]
    assert (doc["doc"], doc["lang"], doc["published"]) == (
        "perfect-storm-fr.md",
        "fr",
        "2020-11-12",
    )
    assert doc["body"].startswith("Accueil > Anti-piratage")
    assert case.settings["title"].startswith("The Perfect Storm")
    assert case.notices == [] and case.manual_claims.empty


def test_bom_and_crlf_give_the_same_body_as_plain_utf8(case):
    (case / "windows.md").write_bytes(
        b"\xef\xbb\xbf" + (GOOD + BODY).replace("\n", "\r\n").encode()
    )
    docs = load_case(case).documents.set_index("doc")
    assert docs.loc["windows.md", "body"] == docs.loc["good.md", "body"] == BODY
    assert docs.loc["windows.md", "publisher"] == "Eurojust"


def test_cp1252_document_is_read_with_a_notice(case):
    (case / "latin.txt").write_bytes(
        "Selon la police, 700 policiers ont été déployés.".encode("cp1252")
    )
    loaded = load_case(case)
    body = loaded.documents.set_index("doc").loc["latin.txt", "body"]
    assert "déployés" in body
    assert any("latin.txt" in n and "cp1252" in n for n in loaded.notices)


def test_unclosed_front_matter_names_file_and_line(case):
    (case / "broken.md").write_text("---\ntitle: x\npublished: 2020-01-01\nbody without end\n")
    with pytest.raises(InputError) as err:
        load_case(case)
    assert err.value.file.endswith("broken.md") and err.value.place == "line 1"
    assert "never closed" in str(err.value)


def test_malformed_front_matter_yaml_names_the_line(case):
    (case / "broken.md").write_text("---\ntitle: x\npublisher: [Eurojust\n---\nTexte.\n")
    with pytest.raises(InputError) as err:
        load_case(case)
    assert err.value.file.endswith("broken.md")
    assert err.value.place in ("line 3", "line 4")
    assert "front matter" in err.value.problem


def test_bad_published_date_is_an_input_error(case):
    (case / "date.md").write_text("---\ntitle: x\npublished: 12 novembre 2020\n---\nTexte.\n")
    with pytest.raises(InputError, match=r"date\.md: line 3: published"):
        load_case(case)


def test_broken_front_matter_exits_2_with_one_line(case, capsys):
    (case / "broken.md").write_text("---\ntitle: x\n")
    assert main(["claims", str(case)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "broken.md: line 1:" in err[0]


def test_binary_file_named_txt_is_skipped_and_others_load(case):
    (case / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    loaded = load_case(case)
    assert list(loaded.documents["doc"]) == ["good.md"]
    assert any("image.txt" in n and "binary" in n for n in loaded.notices)


def test_empty_document_is_skipped_and_others_load(case):
    (case / "empty.md").write_text("")
    (case / "only-front-matter.md").write_text("---\ntitle: vide\n---\n\n")
    loaded = load_case(case)
    assert list(loaded.documents["doc"]) == ["good.md"]
    assert sum("empty document" in n for n in loaded.notices) == 2


def test_unknown_language_is_flagged_and_others_load(case):
    (case / "de.md").write_text(
        "Die Polizei sagte, dass 700 Beamte in elf Ländern im Einsatz waren und die Server "
        "abgeschaltet wurden.\n"
    )
    (case / "es.md").write_text("---\nlanguage: es\n---\nLa policía dijo que 700 agentes.\n")
    loaded = load_case(case)
    langs = dict(zip(loaded.documents["doc"], loaded.documents["lang"], strict=True))
    assert langs == {"de.md": None, "es.md": None, "good.md": "fr"}
    assert any("de.md" in n and "not recognised" in n for n in loaded.notices)
    assert any("es.md" in n and "'es'" in n for n in loaded.notices)


def test_language_is_detected_when_absent():
    assert detect_language("The police said that 700 officers were deployed in the city.") == "en"
    assert (
        detect_language("Secondo la polizia, sono stati schierati 700 agenti nella città.") == "it"
    )
    assert detect_language("Selon la police, 700 policiers ont été déployés dans la ville.") == "fr"


def test_other_files_are_ignored_with_a_notice(case):
    (case / "photo.jpg").write_bytes(b"\xff\xd8")
    (case / "sub").mkdir()
    loaded = load_case(case)
    assert len(loaded.documents) == 1
    assert sum("ignored" in n for n in loaded.notices) == 2


def test_missing_folder_is_an_input_error(tmp_path):
    with pytest.raises(InputError, match="no such case folder"):
        load_case(tmp_path / "nope")


def test_malformed_case_yaml_names_the_line(case):
    (case / "case.yaml").write_text("title: x\nsources:\n  CGT: [a, b\n")
    with pytest.raises(InputError) as err:
        load_case(case)
    assert err.value.file.endswith("case.yaml") and err.value.place.startswith("line ")


@pytest.mark.parametrize(
    ("csv", "place", "problem"),
    [
        ("doc,source,text\ngood.md,Eurojust,5 500,extra\n", "line 2", "expected 3 fields"),
        (
            "doc,source,value,thing\ngood.md,Eurojust,abc,serveurs\n",
            "line 2",
            "value 'abc' is not a number",
        ),
        ("doc,source,text\nother.md,Eurojust,5 500\n", "line 2", "not a document"),
        ("doc,text\ngood.md,5 500\n", "line 1", "missing column 'source'"),
        ("doc,source,colour\ngood.md,x,red\n", "line 1", "unknown column"),
        ('doc,source,text\ngood.md,Eurojust,"5 500\n', "line 2", "malformed CSV"),
    ],
)
def test_bad_claims_csv_names_file_and_line(case, csv, place, problem):
    (case / "claims.csv").write_text(csv)
    with pytest.raises(InputError) as err:
        load_case(case)
    assert err.value.file.endswith("claims.csv")
    assert err.value.place == place and problem in err.value.problem


def test_good_claims_csv_is_read(case):
    (case / "claims.csv").write_text("doc,source,text,thing\ngood.md,GdF,5 500 serveurs,serveurs\n")
    manual = load_case(case).manual_claims
    assert manual[["doc", "source", "text"]].iloc[0].tolist() == [
        "good.md",
        "GdF",
        "5 500 serveurs",
    ]


def test_seed_copy_loads_from_anywhere(tmp_path, seed_case):
    copy = tmp_path / "perfect-storm"
    shutil.copytree(seed_case, copy)
    assert load_case(copy).documents["doc"].tolist() == ["perfect-storm-fr.md"]


def test_case_yaml_sources_must_map_names_to_aliases(case):
    (case / "case.yaml").write_text("sources:\n  - CGT\n")
    with pytest.raises(InputError) as err:
        load_case(case)
    assert err.value.file.endswith("case.yaml") and err.value.place == "sources"
