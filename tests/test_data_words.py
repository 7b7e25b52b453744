"""The package's word lists hold words: no YAML 1.1 boolean in a list or as a key.

Why: PyYAML reads unquoted `on`, `off`, `yes`, `no` (any case) as booleans, so a word list
written `[in, on, at]` silently loses "on" and gains True. Such a word must be quoted.
"""

from pathlib import Path

import pytest
import yaml

DATA = sorted(Path(__file__).resolve().parent.parent.joinpath("sourcecheck").rglob("*.yaml"))


def booleans(node, where: str = ""):
    """Where a boolean stands in a list or as a key of `node`: ["path: value", …]."""
    found = []
    if isinstance(node, dict):
        for key, value in node.items():
            if isinstance(key, bool):
                found.append(f"{where}: key {key}")
            found += booleans(value, f"{where}/{key}")
    elif isinstance(node, list):
        for item in node:
            if isinstance(item, bool):
                found.append(f"{where}: item {item}")
            found += booleans(item, where)
    return found


def test_a_boolean_in_a_word_list_is_found():
    assert booleans(yaml.safe_load("words: [in, on, at]\nflags: {off: 1}")) == [
        "/words: item True",
        "/flags: key False",
    ]


@pytest.mark.parametrize("path", DATA, ids=lambda p: p.name)
def test_word_lists_hold_words(path):
    assert booleans(yaml.safe_load(path.read_text(encoding="utf-8"))) == []
