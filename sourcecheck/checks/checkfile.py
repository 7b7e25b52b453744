"""Check files: which cases a batch run reads, with which suite, where it writes, what fails it.

Why
---
A newsroom runs the same validation every night or in CI (DESIGN §7, §10): the run's settings
belong in a file under version control, not in a shell history. Every path in a check file is
relative to the check file itself, so the run is the same from any working directory.

Example
-------
```yaml
# checks/nightly.yaml
cases: [../seeds/*]            # case folders: paths and globs
suite: ../rules/newsroom.yaml  # a built-in suite name or a path (default: default)
out: ../reports/nightly        # default: reports/<check name> beside checks/
fail_on: warning               # error | warning | info | never (default: error)
jobs: 2                        # default: the number of cores
store: ../reports/reviews.sqlite
expectations:                  # any great_expectations expectation, by name
  - {table: claims, expectation: expect_column_values_to_be_between,
     kwargs: {column: start, min_value: 0}}
```
>>> check = load_check("checks/seeds.yaml")       # doctest: +SKIP
>>> [c.name for c in check.cases]                  # doctest: +SKIP
['perfect-storm', ...]
"""

from __future__ import annotations

import glob
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sourcecheck.errors import InputError
from sourcecheck.limits import DEFAULTS, Limits
from sourcecheck.reading import read_yaml
from sourcecheck.schema import FAIL_ON

KEYS = ("name", "description", "cases", "suite", "out", "fail_on", "jobs", "store", "expectations")
EXPECTATION_KEYS = ("table", "expectation", "kwargs")
TABLES = ("claims", "findings")


@dataclass(frozen=True)
class Check:
    """A loaded check file: everything a batch run needs, paths resolved."""

    path: Path
    name: str
    cases: list[Path]
    suite: str = "default"
    out: Path = Path("reports")
    fail_on: str = "error"
    jobs: int | None = None  # None: the number of cores
    store: Path | None = None  # reviews database; None: OUT/reviews.sqlite
    expectations: list[dict[str, Any]] = field(default_factory=list)


def load_check(path: str | Path, limits: Limits = DEFAULTS) -> Check:
    """Read and validate a check file; any problem is one InputError naming the file."""
    path = Path(path)
    data = read_yaml(path, limits=limits)
    if not isinstance(data, dict):
        raise InputError(path, None, "a check file is a mapping (cases:, suite:, out:, ...)")
    unknown = sorted(map(str, set(data) - set(KEYS)))
    if unknown:
        raise InputError(path, unknown[0], f"unknown key; known keys: {', '.join(KEYS)}")
    base = path.parent
    name = _text(path, data, "name", path.stem)
    fail_on = _text(path, data, "fail_on", "error")
    if fail_on not in FAIL_ON:
        raise InputError(path, "fail_on", f"{fail_on!r} is not one of {', '.join(FAIL_ON)}")
    jobs = data.get("jobs")
    if jobs is not None and (isinstance(jobs, bool) or not isinstance(jobs, int) or jobs < 1):
        raise InputError(path, "jobs", f"{jobs!r} is not a positive whole number")
    suite = _text(path, data, "suite", "default")
    if suite.endswith((".yaml", ".yml")) or "/" in suite:
        suite = str(_resolve(path, "suite", suite, must_exist=True))
    out = data.get("out")
    out_path = _resolve(path, "out", out) if out is not None else _default_out(path, name)
    store = data.get("store")
    return Check(
        path=path,
        name=name,
        cases=_cases(path, data.get("cases"), base),
        suite=suite,
        out=out_path,
        fail_on=fail_on,
        jobs=jobs,
        store=_resolve(path, "store", store) if store is not None else None,
        expectations=_expectations(path, data.get("expectations") or []),
    )


def _text(path: Path, data: dict, key: str, default: str) -> str:
    value = data.get(key, default)
    if not isinstance(value, str) or not value or "\x00" in value:
        raise InputError(path, key, f"expected a non-empty string, got {value!r}")
    return value


def _resolve(path: Path, key: str, value: Any, *, must_exist: bool = False) -> Path:
    if not isinstance(value, str) or not value or "\x00" in value:
        raise InputError(path, key, f"expected a path, got {value!r}")
    resolved = (path.parent / value).resolve()
    if must_exist and not resolved.exists():
        raise InputError(path, key, f"{value!r} does not exist (paths are relative to the check)")
    return resolved


def _default_out(path: Path, name: str) -> Path:
    """reports/<name> in the project: beside checks/ when the check lives there."""
    folder = path.parent.resolve()
    project = folder.parent if folder.name == "checks" else folder
    return project / "reports" / name


def _cases(path: Path, patterns: Any, base: Path) -> list[Path]:
    """Case folders named by paths and globs, in order, each once."""
    if isinstance(patterns, str):
        patterns = [patterns]
    if not patterns or not isinstance(patterns, list):
        raise InputError(path, "cases", "expected a list of case folders (paths or globs)")
    found: dict[Path, None] = {}
    for i, pattern in enumerate(patterns):
        if not isinstance(pattern, str) or not pattern or "\x00" in pattern:
            raise InputError(path, f"cases[{i}]", f"expected a path or glob, got {pattern!r}")
        matches = sorted(Path(p).resolve() for p in glob.glob(str(base / pattern)))
        folders = [m for m in matches if m.is_dir()]
        if not folders:
            raise InputError(path, f"cases[{i}]", f"{pattern!r} matches no case folder")
        found.update(dict.fromkeys(folders))
    cases = list(found)
    names: dict[str, Path] = {}
    for case in cases:
        if case.name in names:
            raise InputError(
                path, "cases", f"two cases named {case.name!r}: {names[case.name]} and {case}"
            )
        names[case.name] = case
    return cases


def _expectations(path: Path, items: Any) -> list[dict[str, Any]]:
    """Extra expectations as records; GX checks names and arguments when the run starts."""
    if not isinstance(items, list):
        raise InputError(path, "expectations", "expected a list of {table, expectation, kwargs}")
    records = []
    for i, item in enumerate(items):
        place = f"expectations[{i}]"
        if not isinstance(item, dict):
            raise InputError(path, place, "expected a mapping {table, expectation, kwargs}")
        unknown = sorted(map(str, set(item) - set(EXPECTATION_KEYS)))
        if unknown:
            raise InputError(path, place, f"unknown key {unknown[0]!r}")
        table = item.get("table", "claims")
        if not isinstance(table, str) or table not in TABLES:
            raise InputError(path, place, f"table {table!r} is not one of {', '.join(TABLES)}")
        name = item.get("expectation")
        if not isinstance(name, str) or not name.startswith("expect_"):
            raise InputError(path, place, f"expectation {name!r} is not an expect_... name")
        kwargs = item.get("kwargs") or {}
        if not isinstance(kwargs, dict):
            raise InputError(path, place, "kwargs must be a mapping")
        records.append(
            {
                "table": table,
                "expectation": name,
                "kwargs": kwargs,
                "file": str(path),
                "place": place,
            }
        )
    return records
