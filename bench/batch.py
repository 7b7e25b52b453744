"""Benchmark a batch check: 200 cases of 5 documents each, --jobs 1 against --jobs 2.

Why
---
Cases are independent, so a check should scale with the cores it is given. This script builds
the cases from the seed documents in a temporary folder, runs the same check with --jobs 1 (the
baseline) and --jobs 2 in this one run, and prints wall time, peak memory (the run's own
process and its worker processes) and the speed-up. It also prints the cost of importing
great_expectations, which only validating commands pay.

Example
-------
    .venv/bin/python bench/batch.py                 # 200 cases × 5 documents
    .venv/bin/python bench/batch.py --cases 20      # a quick look
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# Runs one check in a fresh interpreter, so each figure is that run's alone.
DRIVER = """
import json, resource, sys, time
from sourcecheck.cli import main
started = time.perf_counter()
code = main(["run", sys.argv[1], "--jobs", sys.argv[2]])
wall = time.perf_counter() - started
me = resource.getrusage(resource.RUSAGE_SELF)
workers = resource.getrusage(resource.RUSAGE_CHILDREN)
cpu = me.ru_utime + me.ru_stime + workers.ru_utime + workers.ru_stime
print(json.dumps({"exit": code, "wall": wall, "cpu": cpu, "self_kib": me.ru_maxrss,
                  "workers_kib": workers.ru_maxrss}))
"""

IMPORT_GX = """
import time; t = time.perf_counter()
import great_expectations
print(time.perf_counter() - t)
"""


def make_cases(folder: Path, cases: int, docs: int) -> list[Path]:
    """`cases` case folders of `docs` documents each, drawn in turn from the seed documents."""
    pool = sorted(p for p in (ROOT / "seeds").glob("*/*") if p.suffix in (".md", ".txt"))
    made = []
    for i in range(cases):
        case = folder / f"case-{i:03d}"
        case.mkdir(parents=True)
        for k in range(docs):
            source = pool[(i * docs + k) % len(pool)]
            (case / f"{k}-{source.name}").write_text(source.read_text(encoding="utf-8"))
        made.append(case)
    return made


def run(check: Path, jobs: int) -> dict:
    done = subprocess.run(
        [sys.executable, "-c", DRIVER, str(check), str(jobs)],
        capture_output=True,
        text=True,
        cwd=check.parent,
    )
    figures = json.loads(done.stdout.strip().splitlines()[-1]) if done.returncode == 0 else {}
    if figures.get("exit") != 0:  # fail_on: never, so anything else is a broken case
        sys.exit(f"the run with --jobs {jobs} failed:\n{done.stdout[-3000:]}{done.stderr[-2000:]}")
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--cases", type=int, default=200)
    parser.add_argument("--docs", type=int, default=5)
    args = parser.parse_args()
    gx = float(subprocess.run([sys.executable, "-c", IMPORT_GX], capture_output=True, text=True, check=True).stdout)  # fmt: skip
    started = time.perf_counter()
    help_done = subprocess.run([sys.executable, "-m", "sourcecheck", "--help"], capture_output=True)
    print(f"import great_expectations: {gx:.2f} s; sourcecheck --help: "
          f"{time.perf_counter() - started:.2f} s (exit {help_done.returncode})")  # fmt: skip
    with tempfile.TemporaryDirectory(prefix="sourcecheck-bench-") as tmp:
        folder = Path(tmp)
        make_cases(folder / "cases", args.cases, args.docs)
        for jobs in (1, 2):
            check = folder / f"jobs{jobs}.yaml"
            check.write_text(f"cases: [cases/*]\nout: reports-{jobs}\nfail_on: never\n")
        print(f"{args.cases} cases × {args.docs} documents")
        figures = {jobs: run(folder / f"jobs{jobs}.yaml", jobs) for jobs in (1, 2)}
        for jobs, f in figures.items():
            print(
                f"--jobs {jobs}: {f['wall']:7.1f} s wall, {f['wall'] / args.cases * 1000:6.0f} ms/case, "
                f"{f['cpu']:7.1f} s CPU, "
                f"peak memory {f['self_kib'] / 1024:5.0f} MiB (main) "
                f"{f['workers_kib'] / 1024:5.0f} MiB (largest worker), exit {f['exit']}"
            )
        print(f"speed-up --jobs 2 vs --jobs 1: {figures[1]['wall'] / figures[2]['wall']:.2f}×")


if __name__ == "__main__":
    main()
