"""The Result of checking one case: its documents, claims and findings as tables.

Why
---
`sourcecheck.check(case)` (DESIGN §8) and every writer (JSON, CSV, HTML, JUnit, review) pass
this one record around, so they never re-read files to learn what a run found.

Example
-------
>>> import pandas as pd
>>> r = Result(case="demo", path="seeds/demo", documents=pd.DataFrame(), claims=pd.DataFrame(),
...            findings=pd.DataFrame())
>>> r.case
'demo'
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import pandas as pd


@dataclass
class Result:
    """What a run of one case produced."""

    case: str  # the case name (its folder name)
    path: str  # the case folder
    documents: pd.DataFrame  # doc, title, publisher, published, lang, url, body, path
    claims: pd.DataFrame  # schema.CLAIM_COLUMNS + schema.EXTRA_CLAIM_COLUMNS
    findings: pd.DataFrame  # schema.FINDING_COLUMNS
    suite: str = "default"  # suite name or path
    ran_at: str = ""  # ISO 8601 time of the run (UTC)
    validation: dict[str, Any] | None = None  # table expectation results (great_expectations)
    notices: list[str] = field(default_factory=list)  # non-fatal problems met while loading
    gone: list[dict[str, Any]] = field(default_factory=list)  # reviewed findings no longer found
