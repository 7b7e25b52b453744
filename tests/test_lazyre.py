"""Lazy patterns (sourcecheck.lazyre): compiled on first use, then the compiled pattern's own."""

from __future__ import annotations

import re

import pytest

from sourcecheck.lazyre import lazy


def test_a_pattern_never_used_is_never_compiled():
    p = lazy(r"(unclosed")  # would raise at compile time
    assert "search" not in vars(p)
    with pytest.raises(re.error):
        p.search("text")


def test_after_first_use_calls_go_straight_to_the_compiled_pattern():
    p = lazy(r"\bselon\b", re.IGNORECASE)
    assert p.search("245 000 SELON la CGT").start() == 8
    compiled = re.compile(r"\bselon\b", re.IGNORECASE)
    assert vars(p)["search"].__self__ == compiled  # a bound method of the compiled pattern
    assert (p.pattern, p.flags, p.groups) == (compiled.pattern, compiled.flags, 0)


@pytest.mark.parametrize(
    ("method", "args", "expected"),
    [
        ("match", ("12 dead",), "12"),
        ("fullmatch", ("12",), "12"),
        ("findall", ("3 of 11",), ["3", "11"]),
        ("sub", ("#", "3 of 11"), "# of #"),
        ("split", ("a1b22c",), ["a", "b", "c"]),
    ],
)
def test_it_answers_as_the_compiled_pattern_does(method, args, expected):
    got = getattr(lazy(r"\d+"), method)(*args)
    assert (got.group() if isinstance(got, re.Match) else got) == expected
