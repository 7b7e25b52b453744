"""Benchmark the Dask cluster against plain processes: a batch of cases, and an archive.

Why
---
`--cluster local:2` must cost little over `--jobs 2` on one machine (the cluster earns its
keep on many machines), and the client's memory must stay flat as the number of cases grows.
This script builds cases from the seed documents in a temporary folder and, in one run,
measures:

- a check of `--cases` cases with `--jobs 1` (the baseline), `--jobs 2` and `--cluster local:2`:
  wall time, speed-up over one process, cases per second per worker, peak memory of the
  submitting process, and the cluster's overhead per task (its wall time over `--jobs 2`'s,
  per case);
- the client's peak memory with `--cluster local:2` at each size of `--sizes`;
- `claims` of a flat archive of `--documents` documents into Parquet, here and on `local:2`.

Example
-------
    .venv/bin/python bench/cluster.py                                   # 2,000 cases, 20,000 documents
    .venv/bin/python bench/cluster.py --cases 40 --sizes 10,20,40 --documents 400   # a quick look
    .venv/bin/python bench/cluster.py --parts ways,memory --ways jobs2,local2    # no archive, no --jobs 1
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
from batch import make_cases  # noqa: E402 - the batch bench's cases, drawn from the seeds

# Runs one command in a fresh interpreter, so each figure is that run's alone.
DRIVER = """
import json, resource, sys, time
from sourcecheck.cli import main
started = time.perf_counter()
code = main(sys.argv[1:])
wall = time.perf_counter() - started
me = resource.getrusage(resource.RUSAGE_SELF)
print(json.dumps({"exit": code, "wall": wall, "self_kib": me.ru_maxrss}))
"""


def measure(args: list[str], cwd: Path) -> dict:
    env = os.environ | {"PYTHONPATH": str(ROOT)}  # this checkout, in the workers too
    done = subprocess.run([sys.executable, "-c", DRIVER, *args], capture_output=True, text=True,
                          cwd=cwd, env=env)  # fmt: skip
    lines = done.stdout.strip().splitlines()
    figures = json.loads(lines[-1]) if done.returncode == 0 and lines else {}
    if figures.get("exit") != 0:
        sys.exit(f"{' '.join(args)} failed:\n{done.stdout[-3000:]}{done.stderr[-2000:]}")
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--cases", type=int, default=2000)
    parser.add_argument("--sizes", default="500,1000,2000", help="case counts for the memory curve")
    parser.add_argument("--documents", type=int, default=20000)
    parser.add_argument("--ways", default="jobs1,jobs2,local2",
                        help="which ways the 'ways' part runs (leave out jobs1, the slowest, to "
                             "compare the cluster with --jobs 2 alone)")  # fmt: skip
    parser.add_argument("--parts", default="ways,memory,archive",
                        help="what to measure: ways (the three ways on --cases), memory (the "
                             "curve over --sizes), archive (claims of --documents documents)")  # fmt: skip
    args = parser.parse_args()
    parts = set(args.parts.split(","))
    sizes = [int(n) for n in args.sizes.split(",")]
    with tempfile.TemporaryDirectory(prefix="sourcecheck-bench-") as tmp:
        folder = Path(tmp)
        make_cases(folder / "cases", max(args.cases, *sizes), 2)
        cases = sorted((folder / "cases").iterdir())
        common = ["--fail-on", "never", "-q", "--no-validate"]
        ways = {"jobs1": ("--jobs 1", ["--jobs", "1"]), "jobs2": ("--jobs 2", ["--jobs", "2"]),
                "local2": ("--cluster local:2", ["--cluster", "local:2"])}  # fmt: skip
        chosen = [ways[w] for w in args.ways.split(",")] if "ways" in parts else []
        wall, figures = {}, {}
        if chosen:
            print(f"{args.cases} cases × 2 documents")
        for name, how in chosen:
            run = ["run", *map(str, cases[: args.cases]), "--out", f"out-{how[-1]}", *common, *how]
            f = figures[name] = measure(run, folder)
            wall[name] = f["wall"]
            workers = 1 if name == "--jobs 1" else 2
            over = f", {wall['--jobs 1'] / f['wall']:4.2f}× over one process" if "--jobs 1" in wall else ""  # fmt: skip
            print(f"{name:18} {f['wall']:7.1f} s wall{over}, "
                  f"{args.cases / f['wall'] / workers:5.2f} cases/s per worker, "
                  f"client peak {f['self_kib'] / 1024:5.0f} MiB")  # fmt: skip
        if {"--jobs 2", "--cluster local:2"} <= set(wall):
            extra = (wall["--cluster local:2"] - wall["--jobs 2"]) / args.cases * 1000
            print(f"cluster overhead over --jobs 2: {extra:+.0f} ms per case "
                  f"({wall['--cluster local:2'] / wall['--jobs 2'] - 1:+.0%} wall)")  # fmt: skip
        for n in sizes if "memory" in parts else ():
            f = figures.get("--cluster local:2") if n == args.cases else None  # measured above
            f = f or measure(["run", *map(str, cases[:n]), "--out", f"mem-{n}", *common,
                              "--cluster", "local:2"], folder)  # fmt: skip
            print(f"--cluster local:2, {n:6} cases: client peak {f['self_kib'] / 1024:5.0f} MiB, "
                  f"{f['wall']:7.1f} s wall")  # fmt: skip
        if "archive" not in parts:
            return
        flat = folder / "archive"
        flat.mkdir()
        docs = [p for c in cases for p in sorted(c.iterdir())]
        for i, doc in zip(
            range(args.documents), itertools.cycle(docs)
        ):  # the cases' documents, again if need be
            (flat / f"{i:06d}-{doc.name}").write_text(doc.read_text(encoding="utf-8"))
        count = len(list(flat.iterdir()))
        for name, how in {"here": [], "--cluster local:2": ["--cluster", "local:2"]}.items():
            f = measure(["claims", str(flat), "--out", f"claims-{len(how)}.parquet", *how], folder)
            print(f"claims of {count} documents, {name:18} {f['wall']:7.1f} s wall, "
                  f"{count / f['wall']:6.1f} documents/s, client peak {f['self_kib'] / 1024:5.0f} MiB")  # fmt: skip


if __name__ == "__main__":
    main()
