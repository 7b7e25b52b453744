"""The HTML discrepancy report: one self-contained page per case, and an index for a batch.

Why
---
The report is what an editor opens. It must show, in one page that works from file:// with
no network, where the sources diverge and why (DESIGN §8), and it must never run a document's
text as markup.

Example
-------
>>> from sourcecheck.report import render_index
>>> "perfect-storm" in render_index([{"case": "perfect-storm", "href": "perfect-storm/report.html",
...     "counts": {"error": 1, "warning": 2, "info": 0}, "status": "failed", "error": None,
...     "validation_failures": 0}])
True
"""

from __future__ import annotations

from sourcecheck.report.render import render_case, render_index

__all__ = ["render_case", "render_index"]
