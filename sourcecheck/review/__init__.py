"""Editorial review: decisions on findings that persist across runs (DESIGN §9).

Why
---
An editor's "dismissed: same count, different words" must still be there after the next run,
whoever made it and from wherever (command line, the local web page, an import).

Example
-------
>>> import sourcecheck.review as review
>>> store = review.open_store("reports/reviews.sqlite")   # doctest: +SKIP
>>> findings, gone = review.apply_reviews(findings, store, "perfect-storm")   # doctest: +SKIP
>>> review.counts_for_fail(findings)   # doctest: +SKIP
{'info': 0, 'warning': 1, 'error': 0}
"""

from __future__ import annotations

from sourcecheck.review.apply import CLOSED_STATUSES, apply_reviews, counts_for_fail, is_closed
from sourcecheck.review.store import ReviewStore, open_store

STORE_NAME = "reviews.sqlite"  # the default store, beside the case folders: OUT_DIR/reviews.sqlite

__all__ = [
    "CLOSED_STATUSES",
    "STORE_NAME",
    "ReviewStore",
    "apply_reviews",
    "counts_for_fail",
    "is_closed",
    "open_store",
]
