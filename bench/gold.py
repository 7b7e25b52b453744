"""Score extraction against the hand-written gold claims of every case that has one.

    .venv/bin/python bench/gold.py            # all cases with tests/gold/<case>.csv
    .venv/bin/python bench/gold.py perfect-storm

Prints, per case: figures found (precision, recall: span overlap + same value), source
accuracy and concept accuracy of the found figures, and every miss.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sourcecheck.case import load_case  # noqa: E402
from sourcecheck.extract import extract_claims  # noqa: E402
from sourcecheck.extract.gold import read_gold, score  # noqa: E402


def main(names: list[str]) -> int:
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
        for g in s["missed"]:
            print(f"   missed   {g['doc']}@{g['start']} {g['text']!r}")
        for p in s["extra"]:
            print(f"   extra    {p['doc']}@{p['start']} {p['text']!r}")
        for g, p in s["wrong_source"]:
            print(
                f"   source   {g['doc']}@{g['start']} {g['text']!r}: {p['source']!r}, gold {g['source']!r}"
            )
        for g, p in s["wrong_concept"]:
            print(
                f"   concept  {g['doc']}@{g['start']} {g['text']!r}: {p['concept']!r}, gold {g['concept']!r}"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
