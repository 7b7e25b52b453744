"""The examples in the loading and extraction modules' docstrings run and hold."""

from __future__ import annotations

import doctest
import importlib

import pytest

MODULES = [
    "sourcecheck.case",
    "sourcecheck.manual_claims",
    "sourcecheck.extract",
    "sourcecheck.extract.context",
    "sourcecheck.extract.dates",
    "sourcecheck.extract.document",
    "sourcecheck.extract.gold",
    "sourcecheck.extract.lexicon",
    "sourcecheck.extract.manual",
    "sourcecheck.extract.places",
    "sourcecheck.extract.sentences",
    "sourcecheck.extract.sources",
    "sourcecheck.extract.things",
    "sourcecheck.extract.attribution",
    "sourcecheck.extract.speakers",
    "sourcecheck.extract.framing",
    "sourcecheck.frames",
    "sourcecheck.frames.attribution",
    "sourcecheck.lazyre",
]


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name):
    result = doctest.testmod(importlib.import_module(name), optionflags=doctest.ELLIPSIS)
    assert result.failed == 0


@pytest.mark.parametrize("name", MODULES)
def test_module_docstring_says_why_with_an_example(name):
    doc = importlib.import_module(name).__doc__ or ""
    assert "Why\n---" in doc and "Example\n-------" in doc
