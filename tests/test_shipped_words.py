"""Every word list shipped in sourcecheck's data files holds words, not YAML's other scalars.

Why: YAML reads a bare `on`, `no`, `yes` or `off` as a boolean and `1e3` as a number, so a
preposition added as `on` would silently become `True` in a word list (and break or, worse,
quietly drop out of the patterns built from it). Quoting such words is the fix this test asks
for, naming the file and the entry.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

import pytest
import yaml

ROOT = Path(str(resources.files("sourcecheck")))
FILES = sorted(p for p in ROOT.rglob("data/*.yaml"))


def _not_words(node, where: str):
    """(place, value) of every scalar inside a list of `node` that is not a string."""
    if isinstance(node, dict):
        for k, v in node.items():
            yield from _not_words(v, f"{where}.{k}")
    elif isinstance(node, list):
        for i, v in enumerate(node):
            if isinstance(v, (dict, list)):
                yield from _not_words(v, f"{where}[{i}]")
            elif isinstance(v, bool) or v is None:
                yield f"{where}[{i}]", v


@pytest.mark.parametrize("path", FILES, ids=lambda p: str(p.relative_to(ROOT)))
def test_word_lists_hold_words(path):
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert list(_not_words(data, path.name)) == []


def test_an_unquoted_on_would_be_caught():
    assert list(_not_words(yaml.safe_load("en: [of, on, at]"), "x")) == [("x.en[1]", True)]
