"""Extraction speed and memory: words per second of the full claims table, against the
quantities-only pass measured in the same run, and peak memory as documents are read.

    .venv/bin/python bench/extract.py [--words 200000] [--seed 1]

Documents are generated from the sentences of the seed cases (every case in seeds/) with
their figures changed, ~300 words each, so the run reads many documents in three languages.
Full extraction = sentences, things, concepts, sources, dates, places, items: what
`extract_claims` does per document. Memory is measured with tracemalloc in a second pass
(tracemalloc slows Python down, so it is not part of the timing).
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sourcecheck.case import load_case  # noqa: E402
from sourcecheck.extract import Lexicons, extract_claims, extract_document  # noqa: E402
from sourcecheck.extract.sentences import split  # noqa: E402
from sourcecheck.quantities import parse_quantities  # noqa: E402

_DIGIT = re.compile(r"\d")


def corpus(words: int, seed: int) -> list[dict]:
    """Documents of ~300 words drawn from the seed cases' sentences, figures changed."""
    rng = random.Random(seed)
    pools: dict[str, list[str]] = {}
    meta = {}
    for case in sorted(p for p in (ROOT / "seeds").iterdir() if p.is_dir()):
        for doc in load_case(case).documents.to_dict("records"):
            body = doc["body"]
            pools.setdefault(doc["lang"], []).extend(
                body[s.start : s.end] for s in split(body) if not s.heading
            )
            meta[doc["lang"]] = doc
    docs, total, n = [], 0, 0
    langs = sorted(pools)
    while total < words:
        lang = langs[n % len(langs)]
        paragraphs, size = [], 0
        while size < 300:
            para = " ".join(rng.choice(pools[lang]) for _ in range(3))
            para = _DIGIT.sub(lambda _m: str(rng.randint(1, 9)), para)
            paragraphs.append(para)
            size += len(para.split())
        body = "\n\n".join(paragraphs) + "\n"
        docs.append({**meta[lang], "doc": f"gen-{n:05d}.md", "body": body})
        total += size
        n += 1
    return docs


def write_case(docs: list[dict], folder: Path) -> Path:
    """The generated documents as a case folder (front matter + body)."""
    folder.mkdir(parents=True)
    for d in docs:
        head = f"---\npublisher: {d['publisher']}\npublished: {d['published']}\n"
        head += f"language: {d['lang']}\n---\n"
        (folder / d["doc"]).write_text(head + d["body"], encoding="utf-8")
    return folder


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--words", type=int, default=200_000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    docs = corpus(args.words, args.seed)
    words = sum(len(d["body"].split()) for d in docs)
    lex = Lexicons.load()
    extract_document(docs[0], lex)  # warm the lexicons (compiled patterns, babel names)

    # Best of `--repeat` runs, quantities and full extraction interleaved. Speeds are per
    # second of CPU time of this process (time.process_time): the machine is shared, and wall
    # time measures the other processes as much as this one. Wall time is printed too.
    quantities_s = full_s = quantities_wall = full_wall = float("inf")
    for _ in range(args.repeat):
        t, w = time.process_time(), time.perf_counter()
        figures = sum(len(parse_quantities(d["body"], d["lang"])) for d in docs)
        quantities_s = min(quantities_s, time.process_time() - t)
        quantities_wall = min(quantities_wall, time.perf_counter() - w)
        t, w = time.process_time(), time.perf_counter()
        claims = sum(len(extract_document(d, lex)) for d in docs)
        full_s = min(full_s, time.process_time() - t)
        full_wall = min(full_wall, time.perf_counter() - w)

    print(
        f"corpus: {len(docs)} documents, {words} words, {figures} figures "
        f"(one per {words / max(figures, 1):.0f} words); best of {args.repeat} runs"
    )
    print(
        f"quantities only : {words / quantities_s:>10,.0f} words/s  "
        f"({quantities_s:.2f} s CPU, {quantities_wall:.2f} s wall)"
    )
    print(
        f"full extraction : {words / full_s:>10,.0f} words/s  "
        f"({full_s:.2f} s CPU, {full_wall:.2f} s wall, {claims} claims)"
    )
    with tempfile.TemporaryDirectory() as tmp:
        folder = write_case(docs, Path(tmp) / "generated")
        table_s = float("inf")
        for _ in range(args.repeat):
            t = time.process_time()
            table = extract_claims(load_case(folder))
            table_s = min(table_s, time.process_time() - t)
    print(
        f"load_case + extract_claims (the table, from files): {words / table_s:>10,.0f} words/s"
        f"  ({table_s:.2f} s CPU, {len(table)} rows)"
    )
    print(
        f"full / quantities time ratio: {full_s / quantities_s:.2f}; "
        f"claims work beyond quantities: {(full_s - quantities_s) / claims * 1e6:.0f} µs/figure"
    )
    slowest = max(full_s, table_s)
    print(f"target 100,000 words/s: {'met' if words / slowest >= 100_000 else 'NOT met'}")

    print("memory while streaming documents (tracemalloc; claims counted, not kept):")
    checkpoints = sorted({len(docs) // 8, len(docs) // 4, len(docs) // 2, len(docs)})
    tracemalloc.start()
    for i, d in enumerate(docs, 1):
        extract_document(d, lex)
        if i in checkpoints:
            current, peak = tracemalloc.get_traced_memory()
            print(
                f"  after {i:>5} documents: retained {current / 1e6:6.2f} MB, "
                f"peak so far {peak / 1e6:6.2f} MB"
            )
    tracemalloc.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
