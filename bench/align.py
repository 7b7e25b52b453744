"""Alignment against the blind gold set, and alignment speed at scale.

    .venv/bin/python bench/align.py              # open cases one by one (with misses), frozen totals
    .venv/bin/python bench/align.py --quiet      # no misses
    .venv/bin/python bench/align.py --pairs      # also each open pair missed (-) or wrongly joined (+)
    .venv/bin/python bench/align.py --splits     # also which subject key splits gold pairs
    .venv/bin/python bench/align.py --scale      # align 100,000 claims; baseline: the old blocking

Prints, per open case and in total for each half: same-quantity pair precision and recall
(pairs of gold figures that state the same quantity, against pairs that got one subject),
required findings found, and false positives (warning and error findings that match no gold
finding; info findings are counted apart). The frozen half prints totals only: its misses are
never read while tuning. Targets (issue 11, frozen half): pair precision >= 0.90, pair recall
>= 0.85, required findings >= 0.85, at most 1 false positive per case.

A second table counts time and ownership (issue 17), as "count/out of": updates (and pairs
the gold marks `not_conflicts`) reported as warning or error findings (target 0), same-day
conflicts found in coverage over several days (target >= 0.85), pairs of figures of different
owners given one subject (target 0), currency swaps across documents found (target: every
one), and, for information, updates found as `update` findings and parts larger than their
whole found.
"""

from __future__ import annotations

import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from goldset import HALVES, TIME_MEASURES, Scored, by_wave, cases, ratio, score_case  # noqa: E402


def main(argv: list[str]) -> int:
    if "--scale" in argv:
        return scale(100_000)
    quiet = "--quiet" in argv
    shown = {"finding", "false", "update", "owners"} | (
        {"pair-", "pair+"} if "--pairs" in argv else set()
    )
    print(
        f"{'half':<7} {'case':<30} {'pair P':>7} {'pair R':>7} {'required':>9} "
        f"{'false +':>8} {'info':>5}"
    )
    every = {}
    for half in HALVES:
        scored = every[half] = [score_case(folder, half) for folder in cases(half)]
        if half == "open":
            for s in scored:
                _line(half, s.case, [s])
                if not quiet:
                    for miss in s.misses:
                        if miss.split()[0] in shown:
                            print(f"      {miss}")
        _line(half, "TOTAL", scored)
        for wave, part in by_wave(scored):
            _line(half, f"  {wave}", part)
    if "--splits" in argv:
        _splits(every)
    print(f"\n{'half':<7} {'case':<30} " + " ".join(f"{TIME_HEADS[m]:>12}" for m in TIME_MEASURES))
    for half, scored in every.items():
        if half == "open":
            for s in scored:
                _time_line(half, s.case, [s])
        _time_line(half, "TOTAL", scored)
        for wave, part in by_wave(scored):
            _time_line(half, f"  {wave}", part)
    print()
    for half, scored in every.items():
        _kinds_line(half, scored)
    return 0


def _kinds_line(half: str, scored: list[Scored]) -> None:
    """A half's required findings found per kind, and its false positives per rule: totals
    that say which findings are missed and which rules cry wolf, naming no figure."""
    kinds: dict[str, list[int]] = {}
    for s in scored:
        for kind, (found, required) in s.required_kinds.items():
            kinds.setdefault(kind, [0, 0])
            kinds[kind][0] += found
            kinds[kind][1] += required
    rules = Counter(f["rule"] for s in scored for f in s.false_positives)
    shown = ", ".join(f"{k} {f}/{r}" for k, (f, r) in sorted(kinds.items()))
    print(f"{half:<7} required found by kind: {shown}")
    print(
        f"{half:<7} false positives by rule: "
        + ", ".join(f"{r} {n}" for r, n in rules.most_common())
    )


def _splits(every: dict[str, list[Scored]]) -> None:
    """Per half and wave, the gold same-quantity pairs given two subjects, counted by each
    subject key that differs (a pair split by two keys counts for both; `alone` counts the
    pairs only that key splits): the largest splitter is the first cause of lost recall."""
    print(f"\n{'half':<7} {'wave':<8} {'key':<12} {'splits':>7} {'alone':>6}")
    for half, scored in every.items():
        for wave, part in [("all", scored), *by_wave(scored)]:
            total: Counter = Counter()
            for s in part:
                total.update(s.splits)
            for key, n in total.most_common():
                alone = sum(s.splits_alone[key] for s in part)
                print(f"{half:<7} {wave:<8} {key:<12} {n:>7} {alone:>6}")


TIME_HEADS = {
    "updates_as_conflicts": "upd→conflict",
    "same_day": "same-day",
    "owners_merged": "owners-merged",
    "swaps": "fx-swaps",
    "updates": "updates",
    "part_whole": "part>whole",
}


def _time_line(half: str, name: str, scored: list[Scored]) -> None:
    cells = []
    for m in TIME_MEASURES:
        count, total = (sum(s.time[m][k] for s in scored) for k in (0, 1))
        cells.append(f"{f'{count}/{total}':>12}")
    print(f"{half:<7} {name:<30} " + " ".join(cells))


def _line(half: str, name: str, scored: list[Scored]) -> None:
    both = sum(s.pairs[0] for s in scored)
    predicted = sum(s.pairs[1] for s in scored)
    gold = sum(s.pairs[2] for s in scored)
    found = sum(s.required[0] for s in scored)
    required = sum(s.required[1] for s in scored)
    false = sum(len(s.false_positives) for s in scored)
    info = sum(s.info for s in scored)
    per_case = f" ({false / len(scored):.1f}/case)" if len(scored) > 1 else ""
    print(
        f"{half:<7} {name:<30} {ratio([both, predicted]):>7.3f} {ratio([both, gold]):>7.3f} "
        f"{found:>4}/{required:<4} {false:>8}{per_case} {info:>5}"
    )


def scale(n: int) -> int:
    """Align `n` claims made from the seed cases' claims, against the old blocking: with text
    columns as Python strings, as the commands run it (`textstorage.python_strings`), and with
    pandas' default (Arrow) strings, as a program that imports sourcecheck without that setting."""
    import pandas as pd

    from sourcecheck.align import align_claims
    from sourcecheck.extract.lexicon import load_concepts
    from sourcecheck.textstorage import python_strings

    concepts = load_concepts()
    with python_strings():
        big = _claims(n)
        t = time.perf_counter()
        old = big.groupby(["case", "concept", "scope", "refers_to"], sort=False).ngroup()
        baseline = time.perf_counter() - t
        t, cpu = time.perf_counter(), time.process_time()
        aligned = align_claims(big, concepts)
        took, took_cpu = time.perf_counter() - t, time.process_time() - cpu
    arrow = _claims(n)
    t, cpu = time.perf_counter(), time.process_time()
    align_claims(arrow, concepts)
    took_arrow, arrow_cpu = time.perf_counter() - t, time.process_time() - cpu
    print(f"claims                      {len(big):>10,}")
    print(f"baseline (old blocking)     {baseline:>10.2f} s   {old.nunique():,} blocks")
    print(
        f"alignment                   {took:>10.2f} s   {aligned['subject'].nunique():,} subjects"
        "   (as the commands run it: Python strings)"
    )
    print(f"alignment, CPU              {took_cpu:>10.2f} s   (the machine's load left out)")
    print(f"ratio                       {took / baseline:>10.1f}x the baseline")
    print(f"claims per second           {len(big) / took:>10,.0f}")
    print(
        f"alignment, Arrow strings    {took_arrow:>10.2f} s   CPU {arrow_cpu:.2f} s"
        f"   (pandas {pd.__version__}'s default)"
    )
    return 0


def _claims(n: int):
    """`n` claims: the seed cases' claims repeated over 100 cases of 1,000 claims; one claim
    in three counts a noun no lexicon knows (300 such nouns per case), so cognate matching has
    real work."""
    import pandas as pd

    from sourcecheck.case import load_case
    from sourcecheck.extract import extract_claims

    root = Path(__file__).resolve().parent.parent
    tables = [
        extract_claims(load_case(p)) for p in sorted((root / "seeds").iterdir()) if p.is_dir()
    ]
    base = pd.concat(tables, ignore_index=True)
    copies = -(-n // len(base))
    big = pd.concat([base] * copies, ignore_index=True).head(n)
    big["case"] = [f"case{i % 100}" for i in range(len(big))]
    big["claim_id"] = [f"d{i}#0" for i in range(len(big))]
    big["concept"] = ["" if i % 3 == 0 else c for i, c in enumerate(big["concept"])]
    big["thing"] = [_word(i % 300) if i % 3 == 0 else t for i, t in enumerate(big["thing"])]
    return big


def _word(n: int) -> str:
    """A made-up noun for number n: "bacadelo", "cacadelo", …"""
    letters = "bcdfglmnprstvz"
    return "".join(letters[(n // 14**k) % 14] + "aeio"[k % 4] for k in range(3)) + "lo"


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
