"""Benchmark: one story told by 1,000 documents, checked end to end.

Builds a case from the seed cases' documents (each copied under many publishers, with text
added around the figures), runs `sourcecheck run`'s path on it (load, extract, rules,
reports), and prints time, peak memory, counts and the size of findings.json, next to the
same figures for the seed documents alone (the baseline, measured in the same run).

One finding per divergence: the 1,000-document case must give as many findings as the
baseline, each listing more claims; findings.json grows with the claims listed (bytes per
claim stay flat), never with pairs of claims.

    .venv/bin/python bench/run.py [--docs 1000] [--keep DIR]
"""

from __future__ import annotations

import argparse
import re
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sourcecheck.outputs import write_case  # noqa: E402
from sourcecheck.pipeline import check  # noqa: E402

LEADS = (
    "Dépêche mise à jour dans la matinée.",
    "Updated with reactions from the authorities.",
    "Aggiornamento con le reazioni delle autorità.",
    "",
)


def seed_documents() -> list[Path]:
    return sorted(p for p in (ROOT / "seeds").glob("*/*.md"))


def build_case(folder: Path, n_docs: int) -> Path:
    """`n_docs` documents cycling through the seed documents, each under its own publisher."""
    folder.mkdir(parents=True)
    seeds = seed_documents()
    for i in range(n_docs):
        source = seeds[i % len(seeds)]
        text = source.read_text(encoding="utf-8")
        _, head, body = text.split("---\n", 2)
        head = re.sub(r"(?m)^publisher: .*$", f"publisher: Agency {i:04d}", head)
        lead = LEADS[i % len(LEADS)]
        (folder / f"{i:04d}-{source.name}").write_text(
            f"---\n{head}---\n{lead}\n{body}", encoding="utf-8"
        )
    return folder


def measure(case: Path, out: Path) -> dict:
    start = time.perf_counter()
    result = check(case)
    write_case(result, out)
    seconds = time.perf_counter() - start
    size = (out / result.case / "findings.json").stat().st_size
    claims_per_finding = result.findings["claims"].map(len)
    listed = int(claims_per_finding.sum())
    return {
        "documents": len(result.documents),
        "claims": len(result.claims),
        "findings": len(result.findings),
        "max claims in a finding": int(claims_per_finding.max() or 0)
        if len(result.findings)
        else 0,
        "claims listed in findings": listed,
        "findings.json KiB": size / 1024,
        "findings.json bytes/claim": size / listed if listed else 0.0,
        "seconds": seconds,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=1000)
    parser.add_argument("--keep", type=Path, help="keep the generated case and reports here")
    args = parser.parse_args()
    work = Path(args.keep or tempfile.mkdtemp(prefix="sourcecheck-bench-"))
    try:
        seeds = build_case(work / "baseline", len(seed_documents()))
        measure(seeds, work / "warm-up")  # imports, lexicons, rates, templates: loaded once
        baseline = measure(seeds, work / "out")
        big = measure(build_case(work / f"story-{args.docs}", args.docs), work / "out")
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB → MiB (Linux)
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    print(f"{'':28}{'baseline':>12}{'case':>12}{'ratio':>10}")
    for key in big:
        ratio = big[key] / baseline[key] if baseline[key] else float("nan")
        print(f"{key:28}{baseline[key]:12.1f}{big[key]:12.1f}{ratio:10.1f}")
    print(f"{'peak memory MiB (process)':28}{peak:24.0f}")
    print(
        f"budget: < 60 s and < 1024 MiB → {'ok' if big['seconds'] < 60 and peak < 1024 else 'OVER'}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
