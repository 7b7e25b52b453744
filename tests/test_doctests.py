"""Every module's Example runs as written: a docstring that shows a call shows its real result."""

import doctest
import importlib
import pkgutil

import pytest

import sourcecheck

MODULES = sorted(
    m.name
    for m in pkgutil.walk_packages(sourcecheck.__path__, "sourcecheck.")
    if not m.name.endswith("__main__")  # importing it runs the command line
)


@pytest.mark.parametrize("name", MODULES)
def test_examples_run_as_written(name, tmp_path, monkeypatch):
    monkeypatch.chdir(sourcecheck.__path__[0] + "/..")  # examples name seeds/ and reports/
    module = importlib.import_module(name)
    flags = doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE
    result = doctest.testmod(module, optionflags=flags, verbose=False, report=False)
    assert result.failed == 0, f"{name}: {result.failed} of {result.attempted} examples failed"
