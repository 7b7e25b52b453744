"""`sourcecheck claims` run again on an unchanged case answers from the cache: the same text,
the same notices, without reading the case; any change to the case, its project's rules or the
options reads it again, and a case that failed to read is never kept."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from sourcecheck.cli import main
from sourcecheck.commands import claims as command

SEED = Path(__file__).resolve().parent.parent / "seeds" / "emilia-floods"


@pytest.fixture
def reads(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> list[str]:
    """The cases `claims` actually read, with the cache in a folder of this test."""
    monkeypatch.setenv("SOURCECHECK_CACHE", str(tmp_path / "cache"))
    done: list[str] = []
    read = command._read

    def counted(path, limits, fmt):
        done.append(fmt)
        return read(path, limits, fmt)

    monkeypatch.setattr(command, "_read", counted)
    return done


def _case(tmp_path: Path) -> Path:
    case = tmp_path / "cases" / "floods"
    shutil.copytree(SEED, case)
    return case


def _claims(case: Path, out: Path, *options: str) -> str:
    assert main(["claims", str(case), "-o", str(out), *options]) == 0
    return out.read_text(encoding="utf-8")


def test_an_unchanged_case_is_answered_again_without_reading_it(tmp_path, reads) -> None:
    case = _case(tmp_path)
    first = _claims(case, tmp_path / "a.csv")
    again = _claims(case, tmp_path / "b.csv")
    assert again == first and "claim_id" in first.splitlines()[0]
    assert reads == ["csv"]


def test_a_document_rewritten_with_as_many_bytes_is_read_again(tmp_path, reads) -> None:
    case = _case(tmp_path)
    document = next(case.glob("*-en.md"))
    before = _claims(case, tmp_path / "a.csv")
    text = document.read_text(encoding="utf-8")
    assert "38 provincial roads" in text
    document.write_text(text.replace("38 provincial", "39 provincial"), encoding="utf-8")
    after = _claims(case, tmp_path / "b.csv")
    assert len(reads) == 2
    assert ",38.0," in before and ",39.0," in after


def test_another_format_or_a_project_lexicon_reads_the_case_again(tmp_path, reads) -> None:
    case = _case(tmp_path)
    _claims(case, tmp_path / "a.csv")
    _claims(case, tmp_path / "a.json", "--format", "json")
    rules = tmp_path / "cases" / "rules"
    rules.mkdir()
    (rules / "concepts-newsroom.yaml").write_text("{}\n", encoding="utf-8")
    _claims(case, tmp_path / "b.csv")
    assert reads == ["csv", "json", "csv"]


def test_notices_are_told_again_from_the_cache(tmp_path, reads, capsys) -> None:
    case = _case(tmp_path)
    (case / "scan.pdf").write_bytes(b"%PDF-1.4")
    for name in ("a.csv", "b.csv"):
        _claims(case, tmp_path / name)
        assert "scan.pdf: ignored" in capsys.readouterr().err
    assert len(reads) == 1


def test_a_case_that_failed_is_not_kept(tmp_path, reads, capsys) -> None:
    case = _case(tmp_path)
    settings = (case / "case.yaml").read_text(encoding="utf-8")
    (case / "case.yaml").write_text("title: [unclosed\n", encoding="utf-8")
    for _ in range(2):
        assert main(["claims", str(case), "-o", str(tmp_path / "a.csv")]) == 2
        assert "case.yaml" in capsys.readouterr().err
    (case / "case.yaml").write_text(settings, encoding="utf-8")
    _claims(case, tmp_path / "a.csv")
    assert len(reads) == 3


def test_with_the_cache_off_every_run_reads_the_case(tmp_path, reads, monkeypatch) -> None:
    monkeypatch.setenv("SOURCECHECK_CACHE", "off")
    case = _case(tmp_path)
    _claims(case, tmp_path / "a.csv")
    _claims(case, tmp_path / "b.csv")
    assert len(reads) == 2 and not (tmp_path / "cache").exists()


def test_one_document_is_read_as_a_case_of_one(tmp_path, reads, capsys) -> None:
    document = _case(tmp_path) / "italy-floods-en.md"
    first = _claims(document, tmp_path / "a.csv")
    assert "italy-floods-en.md#" in first and "inondations" not in first
    assert main(["claims", str(document.with_name("case.yaml"))]) == 2
    assert "not a case folder nor a .md or .txt document" in capsys.readouterr().err
    assert len(reads) == 2
