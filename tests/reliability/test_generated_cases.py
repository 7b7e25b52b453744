"""Generated case folders (random front matter, encodings, file kinds, settings, hand-entered
claims) never crash a run and never hang it: exit 0, 1 or 2, never 3, each run under a time
limit.

Each example is a whole run except the table expectations: great_expectations costs a second
an example and only ever sees the claims table the pipeline typed, so those seconds go to more
examples (SOURCECHECK_FUZZ_EXAMPLES=500 searches longer; 250 with the expectations passed when
this test was written). The bad-input table (test_bad_inputs.py) pins down each known problem;
this test looks for the unknown ones.
"""

from __future__ import annotations

import os
import shutil
import signal
import tempfile
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from reliability_case import run_cli

RUN_LIMIT = 40  # seconds a run may take before it counts as a hang

WORDS = ["Selon", "la", "police", "700", "7 000", "10,7 millions", "milioni", "plus de",
         "about", "1.3 million", "€", "$", "%", "km", "Eurojust", "GdF", "affirme", "said",
         "entre 10 et 12", "2020-02-30", "le 7 mars", "·", "\u2028", "\x00", "»", "\t", "\n"]  # fmt: skip
VALUES = st.one_of(
    st.none(), st.booleans(), st.integers(-10**6, 10**6), st.floats(allow_nan=True),
    st.text(max_size=20), st.sampled_from(["2020-02-30", "2024-03-05", "2024-03-05T10:00", "fr",
                                           "en", "it", "xx", "&a x", "*a", "[", "{"]),
    st.lists(st.text(max_size=5), max_size=3),
)  # fmt: skip
FRONT_KEYS = st.sampled_from(["title", "publisher", "published", "language", "lang", "url", "x"])


@st.composite
def documents(draw) -> bytes:
    body = " ".join(draw(st.lists(st.sampled_from(WORDS) | st.text(max_size=8), max_size=40)))
    front = ""
    if draw(st.booleans()):
        meta = draw(st.dictionaries(FRONT_KEYS, VALUES, max_size=5))
        raw = draw(st.booleans())
        front = "---\n" + (draw(st.text(max_size=40)) if raw else yaml.safe_dump(meta)) + "---\n"
    text = front + body
    encoding = draw(st.sampled_from(["utf-8", "utf-16", "latin-1", "cp1252", "bytes"]))
    if encoding == "bytes":
        return draw(st.binary(max_size=200))
    return text.encode(encoding, errors="replace")


SETTINGS = st.dictionaries(
    st.sampled_from(["title", "notes", "suite", "sources", "x"]),
    st.one_of(
        VALUES,
        st.sampled_from(["strict", "default", "../x.yaml", "nope"]),
        st.dictionaries(
            st.text(max_size=5), st.lists(st.text(max_size=5), max_size=2) | VALUES, max_size=2
        ),
    ),  # fmt: skip
    max_size=4,
)
CLAIMS = st.lists(
    st.lists(
        st.sampled_from(
            [
                "a.md",
                "b.txt",
                "X",
                "",
                "700",
                "nan",
                "inf",
                "²",
                "-1",
                "1e9",
                "5 500",
                "EUR",
                "serveurs",
                "10",
                "99999999999999",
            ]
        ),
        min_size=5,
        max_size=5,
    ),  # fmt: skip
    max_size=4,
)
KINDS = ["file", "file", "file", "fifo", "symlink-inside", "symlink-outside", "symlink-loop",
         "dangling", "folder"]  # fmt: skip


@st.composite
def case_folders(draw) -> list[tuple[str, str, bytes]]:
    names = st.sampled_from(["a.md", "b.txt", "c.MD", "d.md", "notes.pdf", ".hidden.md", "é.md"])
    files = draw(st.lists(st.tuples(names, st.sampled_from(KINDS), documents()), max_size=4,
                          unique_by=lambda f: f[0]))  # fmt: skip
    if draw(st.booleans()):
        text = yaml.safe_dump(draw(SETTINGS)) if draw(st.booleans()) else draw(st.text(max_size=60))
        files.append(("case.yaml", draw(st.sampled_from(["file", "file", "fifo", "symlink-loop"])), text.encode()))  # fmt: skip
    if draw(st.booleans()):
        header = draw(st.sampled_from(["doc,source,text,start,end", "doc,source,value,low,thing",
                                       "doc,source,value,high,currency", "x,y"]))  # fmt: skip
        rows = "\n".join(",".join(r) for r in draw(CLAIMS))
        files.append(("claims.csv", "file", f"{header}\n{rows}\n".encode()))
    return files


def build(root: Path, files) -> Path:
    case = root / "case"
    case.mkdir()
    (root / "outside.md").write_text("Selon Eurojust, 5 500 serveurs.", encoding="utf-8")
    for name, kind, content in files:
        path = case / name
        if kind == "file":
            path.write_bytes(content)
        elif kind == "fifo":
            os.mkfifo(path)
        elif kind == "symlink-inside":
            (case / f"target-{name}.bin").write_bytes(content)
            os.symlink(f"target-{name}.bin", path)
        elif kind == "symlink-outside":
            os.symlink(root / "outside.md", path)
        elif kind == "symlink-loop":
            os.symlink(name, path)
        elif kind == "dangling":
            os.symlink(root / "nowhere", path)
        else:
            path.mkdir()
    return case


class Hung(Exception):
    pass


def _expire(signum, frame):
    raise Hung("a run of a generated case did not end")


@pytest.mark.time_limit(300)
@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs and symlinks")
@settings(max_examples=int(os.environ.get("SOURCECHECK_FUZZ_EXAMPLES", "15")), deadline=None, database=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])  # fmt: skip
@given(files=case_folders())
def test_a_generated_case_exits_0_1_or_2_and_never_hangs(files, capsys):
    import sourcecheck.checks.expectations as expectations

    validate, expectations.validate_tables = expectations.validate_tables, _no_expectations
    root = Path(tempfile.mkdtemp(prefix="sourcecheck-generated-"))
    try:
        case = build(root, files)
        previous = signal.signal(signal.SIGALRM, _expire)
        signal.alarm(RUN_LIMIT)
        try:
            code, _, err = run_cli(
                ["run", case, "--out", root / "out", "--fail-on", "warning", "--wait", "0"], capsys
            )
        finally:
            signal.alarm(0)
            signal.signal(signal.SIGALRM, previous)
        assert code in (0, 1, 2), err
        if code == 2:
            assert len(err.strip().splitlines()) == 1, err
        else:
            assert (root / "out" / "case" / "report.html").is_file()
    finally:
        expectations.validate_tables = validate
        shutil.rmtree(root, ignore_errors=True)


def _no_expectations(*args, **kwargs) -> dict:
    return {"success": True, "results": []}
