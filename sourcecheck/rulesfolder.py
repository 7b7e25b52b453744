"""The project's `rules/` folder: lexicons of a newsroom's own, beside its cases.

Why
---
A project keeps its own concepts and source aliases in `rules/` (see `sourcecheck init`);
every case below it reads them. Finding that folder touches only the file system, so the
quick paths (the result cache) can stamp it without loading the extractor.

Example
-------
>>> import tempfile, pathlib
>>> project = pathlib.Path(tempfile.mkdtemp())
>>> (project / "rules").mkdir(); (project / "cases" / "a").mkdir(parents=True)
>>> _ = (project / "rules" / "concepts-local.yaml").write_text("{}")
>>> [f.name for f in project_files(project / "cases" / "a", "concepts*.yaml")]
['concepts-local.yaml']
"""

from __future__ import annotations

from pathlib import Path


def rules_folder(case_path: Path) -> Path | None:
    """The nearest `rules/` folder at or above `case_path`, or None."""
    for folder in [case_path.resolve(), *case_path.resolve().parents]:
        rules = folder / "rules"
        if rules.is_dir():
            return rules
    return None


def project_files(case_path: Path, pattern: str) -> list[Path]:
    """`rules/<pattern>` files of the project holding the case (nearest `rules/` upwards)."""
    rules = rules_folder(case_path)
    return sorted(rules.glob(pattern)) if rules is not None else []
