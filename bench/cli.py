"""Benchmark: wall time of the interactive commands, against `python -c pass` in the same run.

Each command runs in a fresh process, as an editor types it (best of `--repeat`, default 3;
the check file once). Reports go to a temporary folder, so the committed example is untouched.
The commands run with Python's bytecode cache on, as after `pip install` (which compiles
it): an environment that sets PYTHONDONTWRITEBYTECODE would otherwise make every run
recompile every module, and a warm-up run fills the cache first. The warm-up also fills
sourcecheck's own cache folder (compiled patterns and templates, parsed word lists, and the
answer of `claims` for the unchanged seed case, which a repeated `claims` prints without
reading the case); the same commands with `SOURCECHECK_CACHE=off` show what it saves, and
`claims` with the cache off is the time of reading the case; `claims` of a case not seen
before (a copy of the seed a byte apart) is what a first run costs with the cache on.

| command | target |
|---|---|
| `sourcecheck --help` | < 0.5 s |
| `sourcecheck claims seeds/perfect-storm` | < 1 s |
| `sourcecheck run seeds/perfect-storm` | < 2 s |
| `sourcecheck run checks/seeds.yaml` | recorded |
| `claims` and `run` with `SOURCECHECK_CACHE=off` | recorded |

`python -c 'import pandas'` is printed as a second floor: the claims table is a pandas
DataFrame, and importing pandas (with numpy and pyarrow) is most of a one-case `claims`.

    .venv/bin/python bench/cli.py [--repeat 3] [--skip-check]
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def wall(argv: list[str], repeat: int, env: dict | None = None) -> tuple[float, float]:
    """The best (wall, CPU) seconds of `repeat` runs of `argv`; a failing command stops here.

    CPU time (user + system of the child) is printed too: on a machine shared with other
    jobs, wall time measures the load as much as the command.
    """
    best = (float("inf"), float("inf"))
    for _ in range(repeat):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        done = subprocess.run(
            argv, cwd=ROOT, capture_output=True, text=True, env={**ENV, **(env or {})}
        )
        seconds = time.perf_counter() - start
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
        best = min(best, (seconds, cpu))
        if done.returncode not in (0, 1):  # 1: findings at or above the threshold
            sys.exit(f"{' '.join(argv)} exited {done.returncode}: {done.stderr.strip()}")
    return best


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--skip-check", action="store_true", help="leave out checks/seeds.yaml")
    args = parser.parse_args()
    py, sc = sys.executable, [sys.executable, "-m", "sourcecheck"]
    with tempfile.TemporaryDirectory(prefix="sourcecheck-bench-cli-") as out:
        rows = [
            ("python -c pass", [py, "-c", "pass"], None, args.repeat),
            ("python -c 'import pandas'", [py, "-c", "import pandas"], None, args.repeat),
            ("--help", [*sc, "--help"], 0.5, args.repeat),
            (
                "claims seeds/perfect-storm",
                [*sc, "claims", "seeds/perfect-storm"],
                1.0,
                args.repeat,
            ),  # fmt: skip
            (
                "run seeds/perfect-storm",
                [*sc, "run", "seeds/perfect-storm", "--out", out, "-q"],
                2.0,
                args.repeat,
            ),  # fmt: skip
            (
                "run seeds/perfect-storm --validate",
                [*sc, "run", "seeds/perfect-storm", "--out", out, "-q", "--validate"],
                None,
                1,
            ),  # fmt: skip
        ]
        cold = {"SOURCECHECK_CACHE": "off"}  # what the cache folder saves, in the same run
        rows += [
            (
                "claims seeds/perfect-storm, cache off",
                [*sc, "claims", "seeds/perfect-storm"],
                None,
                args.repeat,
                cold,
            ),  # fmt: skip
            (
                "run seeds/perfect-storm, cache off",
                [*sc, "run", "seeds/perfect-storm", "--out", out, "-q"],
                None,
                args.repeat,
                cold,
            ),  # fmt: skip
        ]
        fresh = _fresh_copies(Path(out), args.repeat)  # the answer not yet in the cache
        rows.append(("claims, a case not seen before", fresh, None, 1))
        if not args.skip_check:
            rows.append(("run checks/seeds.yaml", [*sc, "run", "checks/seeds.yaml", "--out", out, "-q"], None, 1))  # fmt: skip
        wall([*sc, "run", "seeds/perfect-storm", "--out", out, "-q"], 1)  # warm-up: bytecode
        base = None
        print(f"{'command':38}{'wall s':>9}{'- python':>10}{'CPU s':>8}{'target':>10}")
        for name, argv, target, repeat, *env in rows:
            if name == "claims, a case not seen before":  # one run of each fresh copy
                seconds, cpu = min(wall([*sc, "claims", str(c)], 1) for c in argv)
            else:
                seconds, cpu = wall(argv, repeat, *env)
            base = seconds if base is None else base
            extra = "" if name == "python -c pass" else f"{seconds - base:10.2f}"
            floor = name.startswith("python")
            goal = ("< " + format(target, "g")) if target else ("floor" if floor else "recorded")
            print(f"{name:38}{seconds:9.2f}{extra:>10}{cpu:8.2f}{goal:>10}")
        print(f"load average (1 min) {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    return 0


def _fresh_copies(out: Path, n: int) -> list[Path]:
    """`n` copies of the seed case, each a byte apart (a trailing blank line more): the same
    claims, but an answer `claims` has not kept yet, so each run reads its case."""
    import shutil

    copies = []
    for i in range(n):
        copy = out / f"fresh-{i}" / "perfect-storm"
        shutil.copytree(ROOT / "seeds" / "perfect-storm", copy)
        for document in copy.glob("*.md"):
            with document.open("a", encoding="utf-8") as f:
                f.write("\n" * (i + 1))
        copies.append(copy)
    return copies


if __name__ == "__main__":
    sys.exit(main())
