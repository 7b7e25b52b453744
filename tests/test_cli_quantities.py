"""`sourcecheck quantities FILE|-`: the quantities of one document, table or JSON."""

from __future__ import annotations

import io
import json
import sys

from sourcecheck.cli import main


def run(argv, stdin: str | None = None, monkeypatch=None, capsys=None):
    if stdin is not None:
        monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    code = main(argv)
    out = capsys.readouterr()
    return code, out.out, out.err


def test_seed_document_as_json_uses_front_matter_language(seed_case, capsys, monkeypatch):
    code, out, _ = run(
        ["quantities", str(seed_case / "perfect-storm-fr.md"), "--format", "json"],
        monkeypatch=monkeypatch,
        capsys=capsys,
    )
    assert code == 0
    rows = json.loads(out)
    texts = [r["text"] for r in rows]
    assert "10 619 000 €" in texts and "12 495 271 $ US" in texts
    assert all(r["ambiguity"] == [] for r in rows if r["text"] == "5 500")  # language known
    body_start = (seed_case / "perfect-storm-fr.md").read_text("utf-8").index("Accueil")
    body = (seed_case / "perfect-storm-fr.md").read_text("utf-8")[body_start:]
    assert all(body[r["start"] : r["end"]] == r["text"] for r in rows)  # body offsets


def test_stdin_with_language_option_prints_a_table(capsys, monkeypatch):
    code, out, _ = run(
        ["quantities", "-", "--lang", "it"],
        stdin="Sequestrati 10 milioni e 619mila euro e oltre 5.500 server.",
        monkeypatch=monkeypatch,
        capsys=capsys,
    )
    assert code == 0
    assert "2 quantities (language: it)" in out
    assert "10 milioni e 619mila euro" in out and "oltre 5.500" in out


def test_unknown_language_flags_separators(capsys, monkeypatch):
    code, out, _ = run(
        ["quantities", "-", "--format", "json"],
        stdin="5.500 servers",
        monkeypatch=monkeypatch,
        capsys=capsys,
    )
    assert code == 0 and json.loads(out)[0]["ambiguity"] == ["separator"]


def test_missing_file_is_bad_input(tmp_path, capsys, monkeypatch):
    code, _, err = run(
        ["quantities", str(tmp_path / "nope.md")], monkeypatch=monkeypatch, capsys=capsys
    )
    assert code == 2 and "nope.md" in err and "no such file" in err
