"""Score the frames (source, noun, day, place, rate of each figure) against hand-written gold.

    .venv/bin/python bench/gold.py             # blind set: open cases with misses, frozen totals
    .venv/bin/python bench/gold.py --quiet     # without the misses
    .venv/bin/python bench/gold.py --seeds     # the older gold of seeds/ (tests/gold/<case>.csv)

The blind set (bench/gold/{open,frozen}, see bench/gold/README.md) prints, per open case and
in total for each half: figures found (gold figures a claim reads, by overlapping span), and
per-field accuracy of the found figures:
  source  the gold source or one of its aliases (no fragments)
  stated  whether the text names who gave the figure (`source_stated`)
  noun    the counted thing (concept = the gold English gloss, or the thing as written
          matches the gold noun); money is left out (its gold noun is the currency)
  day     `refers_to`, over figures whose clause or document states a day
  place   `scope` (empty for the story's whole scope)
  rate    per_day / per_week / per_month / per_year, or none
Each half then counts its source misses by kind (publisher given for a named source, a source
named where the copy names no one, another body, another publisher name): totals that say
which way attribution errs without naming a figure.
The frozen half prints totals only: its misses are never read while tuning. Targets (issue 10,
frozen half): source >= 0.95, noun >= 0.90, day >= 0.90.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from goldset import (
    FIELDS,
    HALVES,
    ROOT,
    SOURCE_MISSES,
    Scored,
    by_wave,
    cases,
    ratio,
    score_case,
)  # noqa: E402


def main(argv: list[str]) -> int:
    if "--seeds" in argv:
        return seeds([a for a in argv if not a.startswith("--")])
    quiet = "--quiet" in argv
    print(f"{'half':<7} {'case':<30} {'found':>9} " + " ".join(f"{f:>7}" for f in FIELDS))
    for half in HALVES:
        scored = [score_case(folder, half) for folder in cases(half)]
        if half == "open":
            for s in scored:
                _line(half, s.case, [s])
                if not quiet:
                    for miss in s.misses:
                        if miss.split()[0] in ("missed", *FIELDS):
                            print(f"      {miss}")
        _line(half, "TOTAL", scored)
        for wave, part in by_wave(scored):
            _line(half, f"  {wave}", part)
        kinds = {k: sum(s.source_misses[k] for s in scored) for k in SOURCE_MISSES}
        print(
            f"{half:<7} source misses by kind: " + ", ".join(f"{k} {n}" for k, n in kinds.items())
        )
    return 0


def _line(half: str, name: str, scored: list[Scored]) -> None:
    found = sum(s.found for s in scored)
    gold = sum(s.gold for s in scored)
    cells = []
    for f in FIELDS:
        right = sum(s.fields[f][0] for s in scored)
        counted = sum(s.fields[f][1] for s in scored)
        cells.append(f"{ratio([right, counted]):>7.3f}")
    print(f"{half:<7} {name:<30} {found:>4}/{gold:<4} " + " ".join(cells))


def seeds(names: list[str]) -> int:
    """The older per-seed gold: precision, recall, source and concept accuracy."""
    from sourcecheck.case import load_case
    from sourcecheck.extract import extract_claims
    from sourcecheck.extract.gold import read_gold, score

    gold_dir = ROOT / "tests" / "gold"
    names = names or sorted(p.stem for p in gold_dir.glob("*.csv"))
    print(
        f"{'case':<20} {'gold':>5} {'found':>6} {'precision':>10} {'recall':>7} "
        f"{'source':>7} {'concept':>8}"
    )
    for name in names:
        claims = extract_claims(load_case(ROOT / "seeds" / name))
        s = score(claims, read_gold(gold_dir / f"{name}.csv"))
        print(
            f"{name:<20} {s['gold']:>5} {s['predicted']:>6} {s['precision']:>10.3f} "
            f"{s['recall']:>7.3f} {s['source']:>7.3f} {s['concept']:>8.3f}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
