"""sourcecheck: do the figures of several accounts of one story agree?

Python API (DESIGN §8):

    >>> import sourcecheck
    >>> [q.value for q in sourcecheck.parse_quantities("5 500 serveurs", "fr")]
    [5500.0]
    >>> result = sourcecheck.check("seeds/perfect-storm")   # doctest: +SKIP
    >>> result.claims, result.findings                      # doctest: +SKIP

Heavy modules load on first use, so `import sourcecheck` stays cheap.
"""

from __future__ import annotations

from typing import Any

__all__ = ["parse_quantities", "check", "Quantity", "Result"]


def __getattr__(name: str) -> Any:
    if name in ("parse_quantities", "Quantity"):
        from sourcecheck import quantities

        return getattr(quantities, name)
    if name in ("check", "Result"):
        from sourcecheck import pipeline

        return getattr(pipeline, name)
    raise AttributeError(f"module 'sourcecheck' has no attribute {name!r}")
