"""Benchmark: the rule suite alone on synthetic claims tables of growing size.

Cost must grow with the number of claims, never with the number of pairs (DESIGN §8): the
script times `run_suite` on tables 10× apart and prints the time ratio next to the size
ratio (≈10 when linear or n·log n; ≈100 would mean all pairs), plus the number of findings,
which must not grow with the number of documents repeating the same positions.

    .venv/bin/python bench/rules.py
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sourcecheck.engine import run_suite  # noqa: E402
from sourcecheck.rates import load_ecb  # noqa: E402
from sourcecheck.suite import load_suite  # noqa: E402

# One document's claims: (source, text, value, low, high, qualifier, currency, unit, concept,
# concept_path, scale, items, sentence)
STORY = [
    ("Eurojust", "5 500 serveurs", 5500, 5450, 5550, "exact", "", "", "server", "it-resource/server", "", "", 1),
    ("GdF", "5 500 ressources", 5500, 5450, 5550, "exact", "", "", "it-resource", "it-resource", "", "", 2),
    ("Eurojust", "700 policiers", 700, 700, 700, "exact", "", "", "police-officer", "police-officer", "", "", 3),
    ("Eurojust", "11 pays", 11, 11, 11, "exact", "", "", "country", "country", "", "A; B; C; D; E; F; G; H; I; J; K", 3),
    ("Eurojust", "10,7 millions", 10.7e6, 10.65e6, 10.75e6, "exact", "EUR", "", "profit", "profit", "million", "", 4),
    ("GdF", "10 619 000 €", 10_619_000, 10_618_500, 10_619_500, "exact", "EUR", "", "profit", "profit", "", "", 5),
    ("GdF", "12 495 271 $", 12_495_271, 12_495_271, 12_495_271, "exact", "USD", "", "profit", "profit", "", "", 5),
    ("GdF", "350 chaînes", 350, 350, 350, "exact", "", "", "telegram-channel", "telegram-channel", "", "", 6),
    ("Eurojust", "40 km", 40, 39.5, 40.5, "exact", "", "kilometer", "route", "route", "", "", 7),
    ("Eurojust", "25 miles", 25, 24.5, 25.5, "exact", "", "mile", "route", "route", "", "", 7),
]  # fmt: skip
COLUMNS = (
    "source text value low high qualifier currency unit concept concept_path scale items sentence"
).split()


def claims_for(n_docs: int) -> pd.DataFrame:
    """`n_docs` documents telling the story; every fifth one says 370 channels instead."""
    rows = []
    for d in range(n_docs):
        for k, claim in enumerate(STORY):
            row = dict(zip(COLUMNS, claim, strict=True))
            if row["concept"] == "telegram-channel" and d % 5 == 0:
                row.update(text="370 channels", value=370, low=370, high=370)
            start = 100 * k
            rows.append(
                {
                    **row,
                    "claim_id": f"doc{d:05d}.md#{start}",
                    "doc": f"doc{d:05d}.md",
                    "start": start,
                    "published": "2020-11-12",
                    "case": "bench",
                }
            )
    return pd.DataFrame(rows)


def main() -> int:
    suite, data = load_suite("default"), {"rates": load_ecb()}
    previous = None
    print(f"{'documents':>10}{'claims':>10}{'findings':>10}{'seconds':>10}{'time ×':>9}")
    for n_docs in (100, 1_000, 10_000):
        claims = claims_for(n_docs)
        start = time.perf_counter()
        findings = run_suite(claims, suite, data=data)
        seconds = time.perf_counter() - start
        ratio = f"{seconds / previous:9.1f}" if previous else f"{'':9}"
        print(f"{n_docs:10}{len(claims):10}{len(findings):10}{seconds:10.2f}{ratio}")
        previous = seconds
    return 0


if __name__ == "__main__":
    sys.exit(main())
