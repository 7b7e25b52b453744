"""What sourcecheck keeps in its cache folder between runs: compiled patterns (the same
patterns as re.compile's, read back in a later process; a damaged or missing file only costs
the compile time) and compiled report templates."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from sourcecheck import regexcache

PATTERNS = [
    (r"(?P<n>\d+(?:[.,]\d+)?)\s*(?P<unit>km|miles?|chilometri)\b", 0),
    (r"(?<![\w'’])(?:selon|secondo|according to)\s+(?:la|il|the)?\s*(?P<who>[A-Z]\w+)", re.I),
    (r"(?P<open>\()?\d+(?(open)\))", 0),
    (
        r"""(?x) (?P<day> lundi | lunedì | monday )   # a weekday
          \s+ (?P<date> \d{1,2} )""",
        0,
    ),
    ("(?:" + "|".join(f"mot{i}" for i in range(300)) + r")\b", re.IGNORECASE),
]
TEXT = (
    "Selon la Préfecture, 42 km de route; secondo il Comune 26,2 miles. (12) 13) "
    "Lundi 4, monday 17, MOT17 et mot299 mais pas mot3000."
)


@pytest.mark.parametrize("pattern, flags", PATTERNS)
def test_a_pattern_built_from_its_parts_is_the_pattern_re_compiles(pattern, flags) -> None:
    ours, parts = regexcache._compile(pattern, int(flags))
    theirs = re.compile(pattern, flags)
    assert (ours.pattern, ours.flags, ours.groups) == (theirs.pattern, theirs.flags, theirs.groups)
    assert ours.groupindex == theirs.groupindex
    assert [m.groupdict() or m.group() for m in ours.finditer(TEXT)] == [
        m.groupdict() or m.group() for m in theirs.finditer(TEXT)
    ]


def test_one_pattern_object_per_pattern_in_a_process() -> None:
    assert regexcache.compile(r"\d+ servers", re.I) is regexcache.compile(r"\d+ servers", re.I)


_CHILD = """
import json, re, sys
from sourcecheck import regexcache
found = [regexcache.compile(p, f).findall(sys.argv[1]) for p, f in json.loads(sys.argv[2])]
print(json.dumps({"found": found, **regexcache.stats()}))
"""


def _run(cache: str, text: str = TEXT) -> dict:
    env = {**os.environ, "SOURCECHECK_CACHE": cache}
    patterns = json.dumps([(p, int(f)) for p, f in PATTERNS])
    done = subprocess.run(
        [sys.executable, "-c", _CHILD, text, patterns],
        env=env, capture_output=True, text=True, check=True,
    )  # fmt: skip
    assert done.stderr == ""
    return json.loads(done.stdout)


def _files(cache: Path) -> list[Path]:
    return [f for f in cache.glob("data/regex-*") if not f.name.startswith(".")]


def _expected() -> list:
    """What re.compile's patterns find, as the child prints it (JSON: tuples become lists)."""
    return json.loads(json.dumps([re.compile(p, f).findall(TEXT) for p, f in PATTERNS]))


def test_a_later_process_reads_the_patterns_back(tmp_path: Path) -> None:
    first = _run(str(tmp_path))
    assert (first["cached"], first["compiled"]) == (0, len(PATTERNS))
    assert len(_files(tmp_path)) == len(PATTERNS)  # one small file per pattern
    second = _run(str(tmp_path))
    assert (second["cached"], second["compiled"]) == (len(PATTERNS), 0)
    assert second["found"] == first["found"] == _expected()


_BYTES_CHILD = """
from sourcecheck import regexcache
a, b = regexcache.compile(b" (?:deux|dix)"), regexcache.compile(" (?:deux|dix)")
print(a.findall(b" deux trois dix"), b.findall(" dix deux"), regexcache.stats())
"""


def test_a_pattern_of_bytes_is_read_back_apart_from_the_same_pattern_of_str(
    tmp_path: Path,
) -> None:
    env = {**os.environ, "SOURCECHECK_CACHE": str(tmp_path)}
    runs = [
        subprocess.run(
            [sys.executable, "-c", _BYTES_CHILD], env=env, capture_output=True, text=True,
            check=True,
        ).stdout
        for _ in range(2)
    ]  # fmt: skip
    found = "[b' deux', b' dix'] [' dix', ' deux']"
    assert runs[0].startswith(found) and "'compiled': 2" in runs[0]
    assert runs[1].startswith(found) and "'cached': 2" in runs[1]
    assert len(_files(tmp_path)) == 2


def test_a_damaged_file_is_recompiled_and_rewritten(tmp_path: Path) -> None:
    _run(str(tmp_path))
    for file in _files(tmp_path):
        file.write_bytes(b"\x00not a marshal file")
    damaged = _run(str(tmp_path))
    assert damaged["compiled"] == len(PATTERNS)
    assert _run(str(tmp_path))["cached"] == len(PATTERNS)


def test_a_damaged_entry_is_refused_by_the_engine_and_recompiled(tmp_path: Path) -> None:
    import marshal

    _run(str(tmp_path))
    for file in _files(tmp_path):
        pattern, (flags, code, *rest) = marshal.loads(file.read_bytes())
        cut = (flags, code[: len(code) // 2], *rest)  # cut short: invalid code
        file.write_bytes(marshal.dumps((pattern, cut)))
    again = _run(str(tmp_path))
    assert again["compiled"] == len(PATTERNS)
    assert again["found"] == _expected()


def test_the_cache_can_be_turned_off(tmp_path: Path) -> None:
    home = tmp_path / "home"
    env = {**os.environ, "SOURCECHECK_CACHE": "off", "XDG_CACHE_HOME": str(home)}
    subprocess.run(
        [sys.executable, "-c", "from sourcecheck import regexcache; regexcache.compile('a+b')"],
        env=env, check=True,
    )  # fmt: skip
    assert not home.exists()


_RUN = """
import sys
from sourcecheck import cli, regexcache
try:
    cli.main(sys.argv[1:])
except SystemExit:
    pass
print(regexcache.stats()["compiled"], file=sys.stderr)
"""


def test_every_process_builds_the_same_patterns(tmp_path: Path) -> None:
    """Patterns made from sets (vocabularies) come out in one order whatever the hash seed, so
    a later run finds each of them in the cache."""
    seeds = Path(__file__).resolve().parent.parent / "seeds" / "perfect-storm"
    compiled = []
    for seed in ("1", "2"):
        env = {**os.environ, "SOURCECHECK_CACHE": str(tmp_path / "cache"), "PYTHONHASHSEED": seed}
        done = subprocess.run(
            [sys.executable, "-c", _RUN, "run", str(seeds), "--out", str(tmp_path / "out"), "-q"],
            env=env, capture_output=True, text=True, check=True,
        )  # fmt: skip
        compiled.append(int(done.stderr.split()[-1]))
    assert compiled[0] > 100 and compiled[1] == 0


_RENDER = """
import sys
from sourcecheck.report.render import environment
print(environment().get_template("case.html.j2").render is not None)
"""


def test_report_templates_are_compiled_once(tmp_path: Path) -> None:
    env = {**os.environ, "SOURCECHECK_CACHE": str(tmp_path)}
    for _ in range(2):
        subprocess.run([sys.executable, "-c", _RENDER], env=env, check=True, capture_output=True)
    kept = list((tmp_path / "templates").iterdir())
    assert kept and all(f.stat().st_size > 1000 for f in kept)


def test_an_unwritable_cache_folder_changes_nothing(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    seeds = Path(__file__).resolve().parent.parent / "seeds" / "perfect-storm"
    env = {**os.environ, "SOURCECHECK_CACHE": str(blocker)}
    done = subprocess.run(
        [sys.executable, "-m", "sourcecheck", "run", str(seeds), "--out", str(tmp_path / "o")],
        env=env, capture_output=True, text=True,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "o" / "perfect-storm" / "report.html").is_file()


def test_a_remembered_result_is_rebuilt_when_its_code_changes(tmp_path: Path, monkeypatch) -> None:
    import importlib

    from sourcecheck import cachedir

    monkeypatch.setenv("SOURCECHECK_CACHE", str(tmp_path / "cache"))
    monkeypatch.syspath_prepend(str(tmp_path))
    module = tmp_path / "made_here.py"
    module.write_text("def build():\n    return {'answer': 1}\n")
    made = importlib.import_module("made_here")
    assert cachedir.remembered("demo", "inputs", made.build) == {"answer": 1}
    module.write_text("def build():\n    return {'answer': 2}  # edited\n")
    made = importlib.reload(made)
    assert cachedir.remembered("demo", "inputs", made.build) == {"answer": 2}
    assert cachedir.remembered("demo", "inputs", lambda: {"answer": 3}) == {"answer": 3}
