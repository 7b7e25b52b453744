"""Of what whole, across a case: a count given for one place is a part of the case's count.

Why
---
A multinational operation or a disaster is told by many sources, each giving its own
place's share: the Europol release counts 52 arrests in the operation; a national police
release counts "31 arresti in Italia" and never states the total, or states it sentences
later ("In tutto, gli arresti sono stati 52"). The national figure is a part of the total,
not a rival reading of it, yet no part word ("dont", "of which") ties the two: only the
place does. A count with a place of its own (`scope`) whose concept the case also counts for
its whole scope (no `scope`), larger and of the same day when both state one, is a part of
that count: of the one most documents state (the case's total, not a past operation's that
one document recalls), the one nearest in its own document on a tie, else the first.

Only counts are read: the concept of an amount is too loose ("cash", "assets", "seizures")
to tell a national share of one total from another sum. A part the clause already gives its
whole keeps it.

Example
-------
>>> rows = [
...     {"claim_id": "a.md#10", "doc": "a.md", "start": 10, "value": 52, "concept": "arrest",
...      "scope": "", "part_of": "", "unit": "", "currency": "", "refers_to": "2026-05-04"},
...     {"claim_id": "b.md#40", "doc": "b.md", "start": 40, "value": 31, "concept": "arrest",
...      "scope": "Italy", "part_of": "", "unit": "", "currency": "", "refers_to": "2026-05-04"},
... ]
>>> placed_parts(rows)
['', 'a.md#10']
"""

from __future__ import annotations

from collections import defaultdict

from sourcecheck.frames.origin import is_country


def placed_parts(rows: list[dict]) -> list[str]:
    """The `part_of` of each row of a case's claims (`claim_id`, `doc`, `start`, `value`,
    `concept`, `scope`, `part_of`, `unit`, `currency`, `refers_to`): its own, else the
    claim id of the whole-scope count of its concept it is a part of (module docstring)."""
    wholes: dict[tuple, list[int]] = defaultdict(list)
    for i, row in enumerate(rows):
        if _count(row) and not field_text(row, "scope") and not field_text(row, "part_of"):
            wholes[_key(row)].append(i)
    found = []
    for row in rows:
        whole = ""
        if not field_text(row, "part_of") and is_country(field_text(row, "scope")) and _count(row):
            fits = [j for j in wholes.get(_key(row), ()) if _holds(rows[j], row)]
            if fits:
                whole = rows[_best(rows, fits, row)]["claim_id"]
        found.append(field_text(row, "part_of") or whole)
    return found


def _best(rows: list[dict], fits: list[int], part: dict) -> int:
    """Of the wholes that fit `part`, the value most documents state, then one of `part`'s
    own document, nearest it, else the first stated."""
    docs: dict[float, set[str]] = defaultdict(set)
    for j in fits:
        docs[float(rows[j]["value"])].add(rows[j]["doc"])

    def rank(j: int) -> tuple:
        row = rows[j]
        own = row["doc"] == part["doc"]
        near = abs(row["start"] - part["start"]) if own else j  # else the first stated
        return (-len(docs[float(row["value"])]), not own, near)

    return min(fits, key=rank)


def _holds(whole: dict, part: dict) -> bool:
    """Whether `whole` is larger than `part`, and of its day when both state one."""
    days = field_text(whole, "refers_to"), field_text(part, "refers_to")
    if all(days) and days[0] != days[1]:
        return False
    try:
        return float(whole["value"]) > float(part["value"])
    except (TypeError, ValueError):
        return False


def _count(row: dict) -> bool:
    """A count of a known concept: no currency, no unit (a share is no count), no duration
    ("pendant cinq jours" in one country is no part of a stay elsewhere)."""
    from sourcecheck.extract.framedata import durations  # extract's package imports frames

    concept = field_text(row, "concept")
    return (
        bool(concept)
        and concept not in durations()
        and not field_text(row, "currency")
        and not field_text(row, "unit")
    )


def _key(row: dict) -> str:
    return field_text(row, "concept")


def field_text(row: dict, name: str) -> str:
    """`row[name]` when it is text, else "" (a missing or NaN field)."""
    value = row.get(name)
    return value if isinstance(value, str) else ""


__all__ = ["field_text", "placed_parts"]
