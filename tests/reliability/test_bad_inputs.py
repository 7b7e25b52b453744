"""Every user error is one line and exit code 2: a table of bad inputs (file, place, problem).

Each row builds its bad input in a fresh folder, runs the command line in this process and
expects exit code 2 with one line on standard error naming the file, the place (line or key)
and the problem; never a traceback, never exit code 3.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest
from reliability_case import TINY, run_cli, tiny_case

BOMB = "a: &a [x, x, x, x, x, x, x, x, x]\n" + "".join(
    f"{b}: &{b} [*{a}, *{a}, *{a}, *{a}, *{a}, *{a}, *{a}, *{a}, *{a}]\n"
    for a, b in zip("abcdefgh", "bcdefghi", strict=True)
)


def case_with(tmp: Path, files: dict[str, str | bytes], doc: str = TINY) -> Path:
    case = tiny_case(tmp, text=doc)
    for name, content in files.items():
        path = case / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
    return case


def run_case_with(files, doc=TINY):
    return lambda tmp: ["run", case_with(tmp, files, doc), "--out", tmp / "out"]


def suite_file(text: str | bytes):
    def build(tmp):
        suite = tmp / "suite.yaml"
        suite.write_bytes(text if isinstance(text, bytes) else text.encode())
        return ["run", tiny_case(tmp), "--suite", suite, "--out", tmp / "out"]

    return build


def check_file(text: str | bytes):
    def build(tmp):
        tiny_case(tmp)
        check = tmp / "nightly.yaml"
        check.write_bytes(text if isinstance(text, bytes) else text.encode())
        return ["run", check]

    return build


def front_matter(lines: str):
    doc = f"---\n{lines}\n---\nSelon la police, 700 manifestants.\n"
    return run_case_with({}, doc)


def symlink_loop(tmp):
    case = tiny_case(tmp)
    os.symlink("case.yaml", case / "case.yaml")
    return ["run", case, "--out", tmp / "out"]


def fifo_settings(tmp):
    case = tiny_case(tmp)
    os.mkfifo(case / "case.yaml")
    return ["run", case, "--out", tmp / "out"]


def claims_outside(tmp):
    case = tiny_case(tmp)
    (tmp / "secret.csv").write_text("doc,source,text\na.md,X,700\n")
    os.symlink(tmp / "secret.csv", case / "claims.csv")
    return ["run", case, "--out", tmp / "out"]


def suite_outside(tmp):
    (tmp / "elsewhere.yaml").write_text("extends: default\n")
    return ["run", case_with(tmp, {"case.yaml": "suite: ../elsewhere.yaml\n"}), "--out", tmp / "out"]  # fmt: skip


def out_is_a_file(tmp):
    (tmp / "out").write_text("not a folder")
    return ["run", tiny_case(tmp), "--out", tmp / "out"]


def case_is_a_file(tmp):
    """A file that is not a document: `run story.md` checks a case of one, a .pdf is refused."""
    (tmp / "case.pdf").write_text(TINY)
    return ["run", tmp / "case.pdf", "--out", tmp / "out"]


def quantities_of_a_folder(tmp):
    return ["quantities", tiny_case(tmp)]


def claims_to_a_folder(tmp):
    (tmp / "here").mkdir()
    return ["claims", tiny_case(tmp), "-o", tmp / "here"]


def reports_with_store(store_bytes: bytes | None, *tail):
    def build(tmp):
        out = tmp / "out"
        (out / "tiny").mkdir(parents=True)
        (out / "tiny" / "findings.json").write_text('[{"id": "abc123", "rule": "r"}]')
        if store_bytes is not None:
            (out / "reviews.sqlite").write_bytes(store_bytes)
        return [*(a if a != "OUT" else out for a in tail)]

    return build


def store_is_a_folder(tmp):
    (tmp / "out" / "tiny").mkdir(parents=True)
    (tmp / "out" / "tiny" / "findings.json").write_text("[]")
    (tmp / "out" / "reviews.sqlite").mkdir()
    return ["review", "list", tmp / "out"]


def import_file(text: str | bytes):
    def build(tmp):
        path = tmp / "decisions.json"
        path.write_bytes(text if isinstance(text, bytes) else text.encode())
        return ["review", "import", path, "--store", tmp / "s.sqlite"]

    return build


CORRUPT = b"SQLite format 3\x00" + b"\xff" * 4000

# id, argv builder, expected exit code, fragments of the one-line message (file, place, problem)
ROWS = [
    (
        "front-matter-impossible-date",
        front_matter("published: 2020-02-30"),
        2,
        ["a.md", "line 2", "not a real date"],
    ),  # fmt: skip
    (
        "front-matter-alias",
        front_matter("title: &t x\npublisher: *t"),
        2,
        ["a.md", "line 3", "aliases"],
    ),  # fmt: skip
    (
        "front-matter-deep",
        front_matter("title: " + "[" * 500 + "]" * 500),
        2,
        ["a.md", "line 2", "nested more than 32"],
    ),  # fmt: skip
    (
        "front-matter-never-closed",
        run_case_with({}, "---\ntitle: x\nbody"),
        2,
        ["a.md", "line 1", "never closed"],
    ),  # fmt: skip
    (
        "case-yaml-impossible-date",
        run_case_with({"case.yaml": "title: x\ndate: 2020-02-30\n"}),
        2,
        ["case.yaml", "line 2", "not a real date"],
    ),  # fmt: skip
    (
        "case-yaml-nested-deep",
        run_case_with({"case.yaml": "a: " + "[" * 5000 + "]" * 5000}),
        2,
        ["case.yaml", "line 1", "nested more than 32"],
    ),  # fmt: skip
    (
        "case-yaml-block-nested-deep",
        run_case_with({"case.yaml": "".join(f"{' ' * i}k:\n" for i in range(200))}),
        2,
        ["case.yaml", "nested more than 32"],
    ),  # fmt: skip
    (
        "case-yaml-alias-bomb",
        run_case_with({"case.yaml": "sources:\n  X: *i\n" + BOMB}),
        2,
        ["case.yaml", "line 2", "aliases (*i)"],
    ),  # fmt: skip
    (
        "case-yaml-huge-integer",
        run_case_with({"case.yaml": "n: " + "9" * 5000}),
        2,
        ["case.yaml", "line 1", "cannot read"],
    ),  # fmt: skip
    (
        "case-yaml-not-utf8",
        run_case_with({"case.yaml": b"title: caf\xe9\n"}),
        2,
        ["case.yaml", "not UTF-8"],
    ),  # fmt: skip
    (
        "case-yaml-not-a-mapping",
        run_case_with({"case.yaml": "- a\n- b\n"}),
        2,
        ["case.yaml", "line 1", "mapping"],
    ),  # fmt: skip
    (
        "case-yaml-aliases-not-text",
        run_case_with({"case.yaml": "sources:\n  X: [[1, 2]]\n"}),
        2,
        ["case.yaml", "sources", "alias"],
    ),  # fmt: skip
    (
        "case-yaml-suite-not-text",
        run_case_with({"case.yaml": "suite: [strict]\n"}),
        2,
        ["case.yaml", "suite", "expected a suite"],
    ),  # fmt: skip
    ("case-yaml-symlink-loop", symlink_loop, 2, ["case.yaml", "symlink loop"]),
    ("case-yaml-fifo", fifo_settings, 2, ["case.yaml", "not a regular file (a FIFO)"]),
    ("case-suite-outside-the-case", suite_outside, 2, ["elsewhere.yaml", "outside"]),
    (
        "claims-csv-outside-the-case",
        claims_outside,
        2,
        ["claims.csv", "outside", "--follow-symlinks"],
    ),  # fmt: skip
    (
        "claims-csv-nan-bound",
        run_case_with({"claims.csv": "doc,source,value,low,thing\na.md,X,5,nan,chairs\n"}),
        2,
        ["claims.csv", "line 2", "low 'nan' is not a finite number"],
    ),  # fmt: skip
    (
        "claims-csv-inf-bound",
        run_case_with({"claims.csv": "doc,source,value,high,thing\na.md,X,5,inf,chairs\n"}),
        2,
        ["claims.csv", "line 2", "high 'inf' is not a finite number"],
    ),  # fmt: skip
    (
        "claims-csv-superscript-offset",
        run_case_with({"claims.csv": "doc,source,text,start\na.md,X,700,²\n"}),
        2,
        ["claims.csv", "line 2", "start '²' is not an offset"],
    ),  # fmt: skip
    (
        "claims-csv-not-utf8",
        run_case_with({"claims.csv": b"doc,source,text\na.md,X,caf\xe9\n"}),
        2,
        ["claims.csv", "not UTF-8"],
    ),  # fmt: skip
    (
        "claims-csv-nul",
        run_case_with({"claims.csv": "doc,source,text\na.md,X,7\x0000\n"}),
        2,
        ["claims.csv", "NUL"],
    ),  # fmt: skip
    (
        "suite-impossible-date",
        suite_file("extends: default\ndescription: 2020-02-30\n"),
        2,
        ["suite.yaml", "line 2", "not a real date"],
    ),  # fmt: skip
    (
        "suite-not-utf8",
        suite_file(b"extends: default\ndescription: caf\xe9\n"),
        2,
        ["suite.yaml", "not UTF-8"],
    ),  # fmt: skip
    (
        "suite-alias",
        suite_file("extends: default\nenable: &r [rounding]\ndisable: *r\n"),
        2,
        ["suite.yaml", "line 3", "aliases"],
    ),  # fmt: skip
    (
        "suite-unhashable-entry",
        suite_file("extends: default\nenable: [{rounding: x}]\n"),
        2,
        ["suite.yaml", "enable", "unknown rule"],
    ),  # fmt: skip
    (
        "suite-unhashable-key",
        suite_file("extends: default\nrules:\n  ? [rounding]\n  : disable\n"),
        2,
        ["suite.yaml", "line 3", "unhashable key"],
    ),  # fmt: skip
    (
        "suite-mixed-type-keys",
        suite_file("1: x\nfoo: y\n"),
        2,
        ["suite.yaml", "1", "unknown key"],
    ),  # fmt: skip
    (
        "suite-extends-not-text",
        suite_file("extends: [default]\n"),
        2,
        ["suite.yaml", "extends", "expected a suite name"],
    ),  # fmt: skip
    (
        "suite-option-type",
        suite_file("extends: default\nrules:\n  fx-rate: {tolerance: [1]}\n"),
        2,
        ["suite.yaml", "rules.fx-rate.tolerance", "expected float"],
    ),  # fmt: skip
    (
        "suite-is-a-folder",
        lambda tmp: ["run", tiny_case(tmp), "--suite", str(tmp) + "/", "--out", tmp / "out"],
        2,
        ["no such suite"],
    ),  # fmt: skip
    (
        "check-not-utf8",
        check_file(b"cases: [tiny]\ndescription: caf\xe9\n"),
        2,
        ["nightly.yaml", "not UTF-8"],
    ),  # fmt: skip
    (
        "check-mixed-type-keys",
        check_file("cases: [tiny]\n1: x\nzz: y\n"),
        2,
        ["nightly.yaml", "1", "unknown key"],
    ),  # fmt: skip
    (
        "check-alias",
        check_file("cases: &c [tiny]\ndescription: *c\n"),
        2,
        ["nightly.yaml", "line 2", "aliases"],
    ),  # fmt: skip
    (
        "check-unhashable-case",
        check_file("cases: [[tiny]]\n"),
        2,
        ["nightly.yaml", "cases[0]", "expected a path"],
    ),  # fmt: skip
    (
        "check-expectation-table",
        check_file("cases: [tiny]\nexpectations: [{table: [claims], expectation: expect_x}]\n"),
        2,
        ["nightly.yaml", "expectations[0]", "table"],
    ),  # fmt: skip
    (
        "check-impossible-date",
        check_file("cases: [tiny]\nname: 2020-02-30\n"),
        2,
        ["nightly.yaml", "line 2", "not a real date"],
    ),  # fmt: skip
    ("out-is-a-file", out_is_a_file, 2, ["out", "not a folder"]),
    ("case-is-a-file", case_is_a_file, 2, ["case.pdf", "not a case folder"]),
    (
        "case-missing",
        lambda tmp: ["run", tmp / "nowhere", "--out", tmp / "out"],
        2,
        ["nowhere", "no such case folder"],
    ),  # fmt: skip
    (
        "quantities-of-a-folder",
        quantities_of_a_folder,
        2,
        ["tiny", "not a regular file (a folder)"],
    ),  # fmt: skip
    ("claims-output-is-a-folder", claims_to_a_folder, 2, ["here", "Is a directory"]),
    (
        "review-list-corrupt-store",
        reports_with_store(CORRUPT, "review", "list", "OUT"),
        2,
        ["reviews.sqlite", "not a usable review store"],
    ),  # fmt: skip
    (
        "review-set-corrupt-store",
        reports_with_store(
            CORRUPT, "review", "set", "abc", "--status", "dismissed", "--out", "OUT"
        ),
        2,
        ["reviews.sqlite", "not a usable review store"],
    ),  # fmt: skip
    ("review-store-is-a-folder", store_is_a_folder, 2, ["reviews.sqlite", "review store"]),
    (
        "review-note-surrogate",
        reports_with_store(
            None,
            "review",
            "set",
            "abc",
            "--status",
            "dismissed",
            "--note",
            "caf\udce9",
            "--out",
            "OUT",
        ),
        2,
        ["--note", "not valid text"],
    ),  # fmt: skip
    (
        "review-reviewer-surrogate",
        reports_with_store(
            None,
            "review",
            "set",
            "abc",
            "--status",
            "dismissed",
            "--reviewer",
            "\udcff",
            "--out",
            "OUT",
        ),
        2,
        ["--reviewer", "not valid text"],
    ),  # fmt: skip
    (
        "review-import-not-utf8",
        import_file(b"case,finding_id,status,updated\ncaf\xe9,a,open,2024-01-01\n"),
        2,
        ["decisions.json", "not UTF-8"],
    ),  # fmt: skip
    (
        "review-import-deep-json",
        import_file("[" * 100_000 + "]" * 100_000),
        2,
        ["decisions.json", "nested too deeply"],
    ),  # fmt: skip
    (
        "review-import-bad-history",
        import_file('[{"case": "c", "finding_id": "f", "history": 5}]'),
        2,
        ["decisions.json", "item 1", "history"],
    ),  # fmt: skip
    (
        "review-import-not-text",
        import_file(
            '[{"case": "c", "finding_id": "f", "status": "open", "updated": "2024-01-01", "note": {"a": 1}}]'
        ),
        2,
        ["decisions.json", "item 1", "note must be text"],
    ),  # fmt: skip
    (
        "review-import-impossible-time",
        import_file(
            '[{"case": "c", "finding_id": "f", "status": "open", "updated": "2020-02-30"}]'
        ),
        2,
        ["decisions.json", "item 1", "not ISO 8601"],
    ),  # fmt: skip
    (
        "max-document-size-not-a-size",
        lambda tmp: ["run", tiny_case(tmp), "--max-document-size", "lots"],
        2,
        ["--max-document-size", "not a size"],
    ),  # fmt: skip
]


@pytest.mark.parametrize(("build", "code", "fragments"), [r[1:] for r in ROWS], ids=[r[0] for r in ROWS])  # fmt: skip
def test_a_bad_input_is_one_line_and_exit_2(tmp_path, capsys, build, code, fragments):
    argv = build(tmp_path)
    got, _, err = run_cli(argv, capsys)
    lines = [line for line in err.splitlines() if line.strip() and "waiting for" not in line]
    assert got == code, err
    message = lines[-1]
    assert "Traceback" not in err and "internal error" not in err, err
    for fragment in fragments:
        assert fragment in message, (fragment, message)
    if argv[0] != "run" or not str(argv[1]).endswith(".yaml"):  # a batch prints a summary table
        assert len(lines) == 1, err


def test_the_table_names_every_kind_of_bad_input_the_issue_lists():
    ids = " ".join(r[0] for r in ROWS)
    for kind in ("impossible-date", "nested-deep", "not-utf8", "unhashable", "mixed-type",
                 "nan-bound", "inf-bound", "superscript", "symlink-loop", "out-is-a-file",
                 "quantities-of-a-folder", "corrupt-store", "surrogate", "alias"):  # fmt: skip
        assert kind in ids


def test_a_corrupt_store_still_writes_the_reports_and_says_reviews_were_not_applied(tmp_path, capsys, monkeypatch):  # fmt: skip
    import sourcecheck.checks.expectations as expectations

    # the table expectations (seconds of great_expectations) have nothing to do with the store
    monkeypatch.setattr(expectations, "validate_tables", lambda *a, **k: {"success": True, "results": []})  # fmt: skip
    out = tmp_path / "out"
    out.mkdir()
    (out / "reviews.sqlite").write_bytes(CORRUPT)
    code, stdout, err = run_cli(["run", tiny_case(tmp_path), "--out", out], capsys)
    assert code in (0, 1), err
    assert (out / "tiny" / "report.html").is_file() and (out / "tiny" / "findings.json").is_file()
    assert "reviews not applied" in stdout and "not a usable review store" in stdout


def test_a_store_that_is_not_a_sourcecheck_store_is_named(tmp_path, capsys):
    store = tmp_path / "other.sqlite"
    with sqlite3.connect(store) as db:
        db.execute("CREATE TABLE reviews (x)")
    code, _, err = run_cli(["review", "export", "--store", store], capsys)
    assert code == 2 and "other.sqlite" in err and len(err.splitlines()) == 1, err
