"""Limits for untrusted case folders: what is skipped (with a notice), what is read, and the
flags that raise each limit. `sourcecheck claims` reads a case as `run` does."""

from __future__ import annotations

import doctest
import itertools
import os

import pytest
from reliability_case import TINY, run_cli, tiny_case

from sourcecheck import limits, reading
from sourcecheck.case import load_case
from sourcecheck.errors import InputError
from sourcecheck.limits import Limits

SECRET = "Selon la banque, 31 337 comptes secrets."


def test_docstring_examples():
    from sourcecheck import outfolder
    from sourcecheck.review import policy

    for module in (limits, reading, outfolder, policy):
        assert doctest.testmod(module, optionflags=doctest.ELLIPSIS).failed == 0, module


def claims_of(argv, capsys):
    code, out, err = run_cli(["claims", *argv], capsys)
    assert code == 0, err
    return out, err


def test_a_document_over_the_size_limit_is_skipped_with_a_notice(tmp_path, capsys):
    case = tiny_case(tmp_path)
    (case / "big.md").write_text(TINY + "x" * 6_000_000, encoding="utf-8")
    out, err = claims_of([case], capsys)
    assert "big.md" in err and "more than the 5 MB limit" in err and "--max-document-size" in err
    assert "big.md" not in out and "a.md" in out
    out, err = claims_of([case, "--max-document-size", "7MB"], capsys)
    assert "big.md" in out


def test_only_regular_files_are_read(tmp_path, capsys):
    case = tiny_case(tmp_path)
    os.mkfifo(case / "x.md")  # would hang any reader that opens it the plain way
    out, err = claims_of([case], capsys)
    assert "x.md: not a regular file (a FIFO), skipped" in err


def test_symlinks_are_followed_inside_the_case_only(tmp_path, capsys):
    case = tiny_case(tmp_path)
    (tmp_path / "secret.md").write_text(SECRET, encoding="utf-8")
    os.symlink(tmp_path / "secret.md", case / "secret.md")
    (case / "kept").mkdir()
    (case / "kept" / "copy.txt").write_text("Selon la police, 4 200 personnes.", encoding="utf-8")
    os.symlink("kept/copy.txt", case / "inside.md")
    os.symlink("loop.md", case / "loop.md")
    out, err = claims_of([case], capsys)
    assert "31 337" not in out and "outside" in err and "--follow-symlinks" in err
    assert "4 200" in out  # a link that stays in the case is read
    assert "loop.md: is a symlink loop, skipped" in err
    out, _ = claims_of([case, "--follow-symlinks"], capsys)
    assert "31 337" in out


def test_a_case_folder_that_is_itself_a_symlink_is_fine(tmp_path):
    case = tiny_case(tmp_path / "real")
    os.symlink(case, tmp_path / "linked")
    assert len(load_case(tmp_path / "linked").documents) == 1


def test_yaml_depth_has_a_flag(tmp_path):
    case = tiny_case(tmp_path)
    (case / "case.yaml").write_text("a: " + "[" * 40 + "]" * 40, encoding="utf-8")
    with pytest.raises(InputError, match="nested more than 32"):
        load_case(case)
    assert load_case(case, Limits(max_yaml_depth=64)).settings["a"]


def test_an_alias_bomb_is_refused_before_it_grows(tmp_path):
    """A billion laughs: refused at the first alias, whatever the limits."""
    bomb = "a: &a ['lol','lol','lol','lol','lol','lol','lol','lol','lol']\n" + "".join(
        f"{n}: &{n} [{', '.join(['*' + p] * 9)}]\n"
        for p, n in zip("abcdefgh", "bcdefghi", strict=True)  # fmt: skip
    )
    with pytest.raises(InputError, match=r"line 2: aliases \(\*a\) are not allowed"):
        reading.load_yaml(bomb, "case.yaml", max_depth=1000)


def test_read_bytes_refuses_growing_files_past_the_limit(tmp_path):
    path = tmp_path / "x.md"
    path.write_bytes(b"x" * 100)
    assert len(reading.read_bytes(path, max_bytes=100)) == 100
    with pytest.raises(reading.Refused, match="more than the 99 bytes limit"):
        reading.read_bytes(path, max_bytes=99)


def test_sizes_read_as_people_write_them():
    assert limits.parse_size("5MB") == 5_000_000
    assert limits.parse_size("2.5m") == 2_500_000
    with pytest.raises(ValueError):
        limits.parse_size("lots")


# Front matter and case files go through libyaml's parser when PyYAML has it; the pure-Python
# loader words the errors, so both give the same data and the same one-line error.
YAML_TEXTS = [
    "title: Crue\npublished: 2024-10-22\nn: 1_000\nr: 0x1F\nok: yes\nnone: ~\nf: 1.5e3\n",
    'when: 2020-01-01 10:00:00\nquoted: "Émilie \\u00e9"\nlist: [a, {b: 1}]\n',
    "a: &x [1]\nb: *x\n",
    "published: 2021-02-29\n",
    "a: " + "[" * 300 + "]" * 300,
    "".join(f"{' ' * i}k:\n" for i in range(60)),
    "n: " + "7" * 5000,
    "a: b: c\n",
    "a: [1, 2\n",
    "a: {b: 1\n",
    "a:\n\t- x\n",
    "a: \x07b\n",
    "a: \ud800\n",
    "key: 'never closed\n",
    "  a: 1\nb: 2\n",
    "? [1]\n: x\n",
    "x: !!python/object/apply:os.getcwd []\n",
    "---\na: 1\n---\nb: 2\n",
    "",
]


def _outcome(text: str, loader) -> str:
    try:
        return repr(reading.load_yaml(text, "x.yaml", first_line=2, loader=loader))
    except InputError as exc:
        return f"error: {exc}"


@pytest.mark.skipif(reading._Loader is reading._PyLoader, reason="PyYAML built without libyaml")
@pytest.mark.parametrize("text", YAML_TEXTS)
def test_the_fast_yaml_loader_reads_and_refuses_as_the_pure_python_one(text):
    assert _outcome(text, None) == _outcome(text, reading._PyLoader)
    # libyaml alone accepts and refuses the same texts (its own words for the refusal)
    fast = _outcome(text, reading._CLoader)
    assert fast.startswith("error") == _outcome(text, None).startswith("error")
    if not fast.startswith("error"):
        assert fast == _outcome(text, None)


def test_a_project_lexicon_is_read_as_untrusted_yaml(tmp_path):
    from sourcecheck.extract.lexicon import load_concepts
    from sourcecheck.extract.sources import load_sources

    bomb = tmp_path / "sources-bomb.yaml"
    bomb.write_text("sources:\n  X: &a [a, a]\n  Y: [*a, *a]\n", encoding="utf-8")
    with pytest.raises(InputError, match="line 3: aliases"):
        load_sources([bomb])
    latin = tmp_path / "concepts-latin.yaml"
    latin.write_bytes(b"concepts:\n  caf\xe9: {}\n")
    with pytest.raises(InputError, match="not UTF-8"):
        load_concepts([latin])
    os.mkfifo(tmp_path / "concepts-fifo.yaml")
    with pytest.raises(InputError, match="not a regular file"):
        load_concepts([tmp_path / "concepts-fifo.yaml"])


def test_a_claim_keeps_a_window_of_a_long_sentence_around_its_figure():
    from sourcecheck.extract import Lexicons, extract_document

    body = "Selon la préfecture, " + ", ".join(f"{n} 000 manifestants à Lyon" for n in range(1, 800)) + "."  # fmt: skip
    claims = extract_document({"doc": "a.md", "body": body, "lang": "fr"}, Lexicons.load())
    assert len(claims) > 700
    for c in claims:
        assert len(c["quote"]) <= limits.QUOTE_CHARS
        at = body.find(c["quote"], max(0, c["start"] - len(c["quote"])))
        assert at <= c["start"] and c["end"] <= at + len(c["quote"])  # the figure is inside
    short = extract_document({"doc": "b.md", "body": "Selon la CGT, 700 000 manifestants.", "lang": "fr"}, Lexicons.load())  # fmt: skip
    assert short[0]["quote"] == "Selon la CGT, 700 000 manifestants."


@pytest.mark.parametrize(
    "body",
    [
        ", ".join(f"{n} 000 manifestants à Lyon" for n in range(1, 400)),
        " ".join(f"{n} 000 {n + 1} 000" for n in range(1, 400)),  # no comma, figures only
        "deux millions trois cent mille " * 200,
        "x" * 5000,  # no space at all
    ],
)
def test_a_long_run_of_text_is_read_in_pieces_never_cutting_a_figure(body):
    from sourcecheck.quantities import parse_quantities

    figures = [(q.start, q.end) for q in parse_quantities(body, "fr")]
    spans = limits.pieces(body, 0, len(body), figures, size=500)
    assert spans[0][0] == 0 and spans[-1][1] == len(body)
    assert all(a[1] == b[0] for a, b in itertools.pairwise(spans))  # consecutive, nothing lost
    for lo, hi in spans:
        assert not any(s < lo < e for s, e in figures)  # no figure is cut
        assert hi - lo <= 500 or any(s <= lo and hi <= e + 1 for s, e in figures)
    assert limits.pieces("Une phrase courte, 12 000 manifestants.", 0, 39, figures) == [(0, 39)]
