"""Bench: the report at the scale of one large case (issue 14, item 5) against the seed case.

Builds cases as tables (documents, claims) and runs the real engine over them, so the findings
are what sourcecheck would report; then writes each case's report set (report.html,
findings.json, claims.csv) the way `sourcecheck run` does, and measures:

- the seed case (normal prose: the baseline of this run);
- cases of 1,250, 2,500 and 5,000 findings (two sources disagreeing on each quantity, two claims
  a finding, spread over 300 documents): render time (budget: 5,000 findings in < 10 s) and
  output size per claim + finding, which must stay flat (size linear in claims + findings);
- one finding of 10,000 claims (1,000 documents repeating one of two figures, 2,000 sources):
  the finding shows a summary and pages, so its part of report.html stays the size of a small
  finding's.

    .venv/bin/python bench/stress.py [--findings 5000] [--keep DIR]

Then extraction at scale, in words per second of CPU against normal prose read in the same
run (the seed cases' sentences, as bench/extract.py generates them):

- a 5 MB document of dense figures (`--dense-mb`), written as long lines of figures separated
  by commas, no full stop (the shape that once took minutes): near the normal speed;
- Italian "milioni" against French "millions" in the same sentences: as fast.
"""

from __future__ import annotations

import argparse
import re
import shutil
import sys
import tempfile
import time
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests"), str(ROOT / "bench")]

from extract import corpus  # noqa: E402

from sourcecheck.engine import run_suite  # noqa: E402
from sourcecheck.extract import Lexicons, extract_document  # noqa: E402
from sourcecheck.outputs import write_case  # noqa: E402
from sourcecheck.pipeline import check  # noqa: E402
from sourcecheck.report.render import render_case  # noqa: E402
from sourcecheck.result import Result  # noqa: E402
from sourcecheck.suite import load_suite  # noqa: E402

SEED = ROOT / "seeds" / "perfect-storm"
WORDS = ("le conseil régional indique que", "selon la préfecture", "d'après le syndicat",
         "la mairie a précisé que", "le ministère affirme que")  # fmt: skip


def documents(n: int) -> list[dict]:
    return [
        {"doc": f"doc-{d:04d}.md", "title": f"Article {d}", "publisher": f"Journal {d % 40}",
         "published": "2024-03-05", "lang": "fr", "url": None, "body": "", "path": ""}
        for d in range(n)
    ]  # fmt: skip


def claim(doc: dict, n: int, source: str, value: float, subject: str, label: str) -> dict:
    """One claim: a sentence appended to the document's body, the figure inside it."""
    text = f"{int(value):,}".replace(",", " ")
    sentence = f"{WORDS[n % len(WORDS)].capitalize()}, {text} personnes ont été comptées ({label}). "  # fmt: skip
    start = len(doc["body"]) + sentence.index(text)
    doc["body"] += sentence
    return {
        "claim_id": f"{doc['doc']}#{start}", "doc": doc["doc"], "publisher": doc["publisher"],
        "published": doc["published"], "lang": "fr", "source": source, "source_text": "",
        "text": text, "start": start, "end": start + len(text), "quote": sentence.strip(),
        "value": value, "low": value, "high": value, "low_open": False, "high_open": False,
        "qualifier": "exact", "currency": "", "unit": "", "thing": "personnes",
        "concept": "person", "refers_to": "", "method": "extracted", "source_stated": True,
        "rate": "", "subject": subject, "subject_label": label, "subject_evidence": "bench",
        "sentence": n, "case": "stress", "kind": "count", "scale": None, "scope": "",
        "items": "", "ambiguity": "", "day_from": "", "source_role": "", "concept_path": "person",
    }  # fmt: skip


def case_of(findings: int, docs: int = 300) -> Result:
    """`findings` quantities, each stated by two sources that disagree (one claim each)."""
    documents_ = documents(docs)
    rows = []
    for i in range(findings):
        label = f"people at site {i}"
        for k, (source, value) in enumerate((("Préfecture", 1000 + i), ("Syndicat", 5000 + i))):
            doc = documents_[(2 * i + k) % docs]
            rows.append(claim(doc, 2 * i + k, f"{source} {i % 50}", value, f"s{i}", label))
    return result_of(f"stress-{findings}", documents_, rows)


def big_finding(claims: int = 10_000, docs: int = 1_000) -> Result:
    """One quantity stated `claims` times across `docs` documents: two figures in conflict."""
    documents_ = documents(docs)
    rows = [
        claim(
            documents_[i % docs],
            i,
            f"Source {i % 2000}",
            700 if i % 2 else 7000,
            "s0",
            "people in the march",
        )  # fmt: skip
        for i in range(claims)
    ]
    return result_of(f"big-{claims}", documents_, rows)


def result_of(name: str, documents_: list[dict], rows: list[dict]) -> Result:
    claims = pd.DataFrame(rows)
    findings = run_suite(claims, load_suite("default"))
    return Result(case=name, path=name, documents=pd.DataFrame(documents_), claims=claims,
                  findings=findings, ran_at="2026-11-30T00:00:00+00:00")  # fmt: skip


def measure(result: Result, out: Path) -> dict:
    """Render the report alone, then write the whole set; times and sizes."""
    started, cpu = time.perf_counter(), time.process_time()
    html = render_case(result)
    render, render_cpu = time.perf_counter() - started, time.process_time() - cpu
    started = time.perf_counter()
    folder = write_case(result, out)
    write = time.perf_counter() - started
    sizes = {p.name: p.stat().st_size for p in folder.iterdir()}
    items = len(result.claims) + len(result.findings)
    return {
        "case": result.case,
        "claims": len(result.claims),
        "findings": len(result.findings),
        "render_s": render,
        "render_cpu_s": render_cpu,
        "write_s": write,
        "html_bytes": len(html.encode()),
        "set_bytes": sum(sizes.values()),
        "html_per_item": len(html.encode()) / items,
        "html": html,
    }


def article_sizes(html: str) -> list[int]:
    """The size of each finding's <article> in the page."""
    return [len(a) for a in re.findall(r'<article class="finding.*?</article>', html, flags=re.S)]


def shown(html: str) -> int:
    """How many claims the page shows in full (each has a quote)."""
    return html.count("<blockquote>")


def dense_document(megabytes: float) -> str:
    """Lines of ~100 kB, each a run of figures separated by commas, up to `megabytes`."""
    parts, size, n = [], 0, 0
    while size < megabytes * 1e6:
        chunk = (
            f"{n % 900 + 1} 000 manifestants, {n % 97},5 % des {n % 40 + 2} 400 inscrits, "
            f"{n % 9 + 1},2 millions d'euros, {n % 300 + 10} blessés"
        )
        parts.append(chunk + (",\n" if n % 800 == 799 else ", "))
        size += len(chunk.encode()) + 2
        n += 1
    return "".join(parts).rstrip(", ") + ".\n"


def scale_sentences(lang: str, n: int) -> str:
    """The same sentences with Italian "milioni" or French "millions"."""
    if lang == "it":
        shape = "Secondo la Cgil, {a} milioni di persone hanno manifestato, e {b} milioni di euro sono stati spesi. "  # fmt: skip
    else:
        shape = "Selon la CGT, {a} millions de personnes ont manifesté, et {b} millions d'euros ont été dépensés. "  # fmt: skip
    return "".join(shape.format(a=i % 9 + 1, b=i % 90 + 10) for i in range(n))


def extraction_speed(body: str, lang: str, lex: Lexicons) -> tuple[int, float, int]:
    """(words, CPU seconds, claims) of extracting `body` as one document."""
    doc = {"doc": "a.md", "body": body, "lang": lang, "publisher": "X", "published": "2024-03-05"}  # fmt: skip
    started = time.process_time()
    claims = len(extract_document(doc, lex))
    return len(body.split()), time.process_time() - started, claims


def extraction(dense_mb: float) -> None:
    """Words per second of the adversarial texts against normal prose, in one run."""
    lex = Lexicons.load()
    prose = corpus(30_000, 1)
    extract_document(prose[0], lex)  # warm the lexicons
    started = time.process_time()
    normal_claims = sum(len(extract_document(d, lex)) for d in prose)
    normal_words = sum(len(d["body"].split()) for d in prose)
    normal = normal_words / (time.process_time() - started)
    print(f"normal prose: {normal_words:,} words, {normal_claims:,} claims: {normal:,.0f} words/s (CPU)")  # fmt: skip
    words, seconds, claims = extraction_speed(dense_document(dense_mb), "fr", lex)
    print(f"{dense_mb:g} MB document of dense figures: {words:,} words, {claims:,} claims: "
          f"{words / seconds:,.0f} words/s ({words / seconds / normal:.2f}× normal prose)")  # fmt: skip
    speeds = {}
    for lang in ("fr", "it"):
        words, seconds, claims = extraction_speed(scale_sentences(lang, 4000), lang, lex)
        speeds[lang] = words / seconds
        print(f"{lang} scale words ({'millions' if lang == 'fr' else 'milioni'}): {words:,} words, "
              f"{claims:,} claims: {speeds[lang]:,.0f} words/s ({speeds[lang] / normal:.2f}× normal prose)")  # fmt: skip
    print(f'Italian "milioni" / French "millions" speed: {speeds["it"] / speeds["fr"]:.2f}')


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--findings", type=int, default=5000, help="the largest case (5000)")
    parser.add_argument("--keep", type=Path, help="write the reports here and keep them")
    parser.add_argument("--dense-mb", type=float, default=5.0, help="the dense document (5 MB)")
    parser.add_argument("--no-report", action="store_true", help="extraction figures only")
    args = parser.parse_args()
    extraction(args.dense_mb)
    if args.no_report:
        return 0
    print()
    out = args.keep or Path(tempfile.mkdtemp(prefix="sourcecheck-stress-"))
    try:
        seed = measure(check(SEED), out)
        render_case(case_of(10))  # warm the templates and the rule docstrings
        rows = [seed] + [measure(case_of(n), out) for n in (args.findings // 4, args.findings // 2, args.findings)]  # fmt: skip
        big = measure(big_finding(), out)
    finally:
        if not args.keep:
            shutil.rmtree(out, ignore_errors=True)
    print(f"{'case':<14}{'claims':>8}{'findings':>9}{'render s':>10}{'(cpu s)':>9}{'write s':>9}"
          f"{'html MB':>9}{'set MB':>8}{'html B/(claim+finding)':>24}{'ms/finding':>12}")  # fmt: skip
    for r in [*rows, big]:
        per = 1000 * r["render_s"] / max(r["findings"], 1)
        print(f"{r['case']:<14}{r['claims']:>8,}{r['findings']:>9,}{r['render_s']:>10.2f}"
              f"{r['render_cpu_s']:>9.2f}{r['write_s']:>9.2f}{r['html_bytes'] / 1e6:>9.2f}"
              f"{r['set_bytes'] / 1e6:>8.2f}{r['html_per_item']:>24,.0f}{per:>12.2f}")  # fmt: skip
    top = rows[-1]
    print()
    print(f"{top['findings']:,} findings: report rendered in {top['render_s']:.2f} s "
          f"({top['render_cpu_s']:.2f} s of CPU) "
          f"(budget 10 s: {'met' if top['render_s'] < 10 else 'MISSED'} on wall time, "
          f"{'met' if top['render_cpu_s'] < 10 else 'MISSED'} on CPU time); "
          f"whole set written in {top['write_s']:.2f} s")  # fmt: skip
    per_item = [r["html_per_item"] for r in rows[1:]]
    counts = ", ".join(f"{r['findings']:,}" for r in rows[1:])
    print(f"size per claim+finding at {counts} findings: "
          f"{', '.join(f'{p:,.0f} B' for p in per_item)} (ratio largest/smallest "
          f"{max(per_item) / min(per_item):.2f}; linear when near 1)")  # fmt: skip
    print(f"against the seed (normal prose, {seed['findings']} findings): "
          f"{top['render_s'] / max(seed['render_s'], 1e-9):.0f}× the render time for "
          f"{top['findings'] / max(seed['findings'], 1):.0f}× the findings; "
          f"ms per finding {1000 * seed['render_s'] / max(seed['findings'], 1):.1f} (seed) vs "
          f"{1000 * top['render_s'] / top['findings']:.1f}")  # fmt: skip
    sizes = article_sizes(big["html"])
    small = article_sizes(rows[1]["html"])
    print(f"one finding of {big['claims']:,} claims: {len(sizes)} finding, its article "
          f"{max(sizes) / 1e3:.1f} kB ({max(sizes) / (sum(small) / len(small)):.1f}× a 2-claim "
          f"finding's), claims shown in full: {shown(big['html'])}; "
          f"the rest paged from the page data")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
