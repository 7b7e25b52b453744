"""Bench: the HTML report of a 1,000-document case — file size and time to open in chromium.

Builds a case of 1,000 documents from the seed cases (each a copy of a seed document under
another publisher), checks it, renders its report, then loads it and the seed case's report
(the baseline, measured in the same run) in Debian's chromium through Playwright.

    .venv/bin/python bench/report.py [--docs 1000] [--keep DIR]

Prints: documents, claims, findings, render time, file size (budget 5 MB), load event and first
paint (budget 3 s), and the ratios against the seed report.
"""

from __future__ import annotations

import argparse
import random
import re
import shutil
import sys
import tempfile
import time
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from report_case import case_result, seed_result  # noqa: E402

from sourcecheck.report import render_case  # noqa: E402

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]  # fmt: skip


def scramble(body: str, rng: random.Random) -> str:
    """The body with the words of every sentence that holds no figure shuffled.

    Copies of one text would compress to nothing and flatter the page's size; shuffled words
    keep the vocabulary (and so the compression ratio) of real prose, and the sentences with
    figures stay as written so the same claims are found in every copy.
    """
    out = []
    for sentence in re.split(r"(?<=[.!?»])\s+", body):
        if re.search(r"\d", sentence):
            out.append(sentence)
        else:
            words = sentence.split()
            rng.shuffle(words)
            out.append(" ".join(words))
    return "\n".join(out) + "\n"


def make_case(folder: Path, n: int) -> Path:
    """A case of `n` documents: the seed documents, each copy under its own publisher, with
    its sentences that hold no figure shuffled (so no two copies are the same text)."""
    case = folder / f"bench-{n}"
    case.mkdir(parents=True)
    sources = sorted(ROOT.glob("seeds/*/*.md"))
    for i in range(n):
        src = sources[i % len(sources)]
        _, front, body = src.read_text(encoding="utf-8").split("---\n", 2)
        meta = yaml.safe_load(front)
        body = scramble(body, random.Random(i))
        meta.update(publisher=f"Outlet {i % 97}", title=f"{meta.get('title', src.stem)} ({i})")
        front = yaml.safe_dump(meta, allow_unicode=True, sort_keys=False)
        (case / f"{i:04d}-{src.name}").write_text(f"---\n{front}---\n{body}", encoding="utf-8")
    return case


def load_times(pages: list[Path]) -> list[dict[str, float]]:
    """Per page: wall time to the load event, and the page's own load and first-paint times."""
    from playwright.sync_api import sync_playwright

    out = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        for page_path in pages:
            best = None
            for _ in range(3):  # the best of three, to keep the machine's noise out
                page = browser.new_page(viewport={"width": 1280, "height": 900})
                t = time.perf_counter()
                page.goto(page_path.as_uri(), wait_until="load")
                wall = time.perf_counter() - t
                page.wait_for_function(
                    "() => performance.getEntriesByName('first-contentful-paint').length > 0"
                )
                timing = page.evaluate(
                    """() => {
                      const nav = performance.getEntriesByType('navigation')[0];
                      const paint = performance.getEntriesByName('first-contentful-paint')[0];
                      return {load: nav.loadEventEnd, paint: paint ? paint.startTime : null};
                    }"""
                )
                page.wait_for_function(
                    "document.querySelectorAll('#claims-table tbody tr').length > 0"
                )
                ready = time.perf_counter() - t
                page.close()
                run = {"wall": wall, "ready": ready, "load": timing["load"] / 1000,
                       "paint": (timing["paint"] or 0) / 1000}  # fmt: skip
                best = run if best is None or run["wall"] < best["wall"] else best
            out.append(best)
        browser.close()
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=1000)
    parser.add_argument("--keep", type=Path, help="write the reports here instead of a temp dir")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="sourcecheck-bench-"))
    out = args.keep or work
    out.mkdir(parents=True, exist_ok=True)
    try:
        seed = seed_result()
        render_case(seed)  # warm up: imports and the first figure are not the report's cost
        t = time.perf_counter()
        seed_html = render_case(seed)
        seed_render = time.perf_counter() - t
        big = case_result(make_case(work, args.docs))
        t = time.perf_counter()
        big_html = render_case(big)
        big_render = time.perf_counter() - t
        seed_page, big_page = out / "seed-report.html", out / f"bench-{args.docs}-report.html"
        seed_page.write_text(seed_html, encoding="utf-8")
        big_page.write_text(big_html, encoding="utf-8")
        seed_t, big_t = load_times([seed_page, big_page])
        size = big_page.stat().st_size
        print(f"case: {len(big.documents)} documents, {len(big.claims)} claims, "
              f"{len(big.findings)} findings")  # fmt: skip
        print(f"render:      {big_render:6.2f} s   (seed {seed_render:.2f} s)")
        print(f"size:        {size / 1e6:6.2f} MB  (budget 5 MB; seed {seed_page.stat().st_size / 1e3:.0f} kB,"
              f" ratio {size / seed_page.stat().st_size:.1f}x)")  # fmt: skip
        for key, label in (("wall", "load (wall)"), ("load", "load event"), ("paint", "first paint"),
                           ("ready", "claims shown")):  # fmt: skip
            ratio = big_t[key] / seed_t[key] if seed_t[key] else float("nan")
            print(
                f"{label + ':':13}{big_t[key]:6.2f} s   (seed {seed_t[key]:.2f} s, ratio {ratio:.1f}x)"
            )
        verdict = size < 5e6 and big_t["wall"] < 3
        print("within budget (< 5 MB, load < 3 s):", "yes" if verdict else "NO")
        return 0 if verdict else 1
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
