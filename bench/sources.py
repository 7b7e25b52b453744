"""Score who gave each figure against a blind gold of short fr/en/it documents.

    .venv/bin/python bench/sources.py            # accuracy per half and language, open misses
    .venv/bin/python bench/sources.py --quiet    # without the misses

Why
---
Attribution is the question editors ask first ("says who?"), and the multi-document cases of
bench/gold.py measure it only inside long stories. These one-to-four-sentence documents isolate
the shapes wire copy uses to say who gave a figure: "a indiqué la préfecture", "according to
mayor X", "secondo la Questura", a label in parentheses, the source in the next sentence, a
generic "the company", a quote with the speaker after, and no source at all (the publisher).

Gold (bench/sources_gold/{open,frozen}.yaml, written blind before the extractor was run): each
document lists its figures (`text` as written, `nth` when it repeats) with `source` and optional
`also` (other acceptable names of the same body or person). A gold figure is matched to the
extracted figure whose span overlaps it; a figure not extracted counts as wrong. A source is
right when, lower-cased, without accents and without a leading article, it (or an alias
sourcecheck ships for the name it printed) equals the gold source or one of `also`. The first
run scored the printed name alone: open 0.729, frozen 0.744.

Example
-------
open     fr     0.742  (23/31)
open     TOTAL  0.729  (62/85)
    fr-04  '130'  got 'Le Courrier du Midi'  gold 'Étienne Dalmas'

The open half lists each miss (id, figure, got, gold); the frozen half prints totals only: its
misses are never read while tuning.
"""

from __future__ import annotations

import functools
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

GOLD = ROOT / "bench" / "sources_gold"
HALVES = ("open", "frozen")
PUBLISHED = "2025-03-12"

# A leading article does not make a name: "la préfecture" and "préfecture" name one body.
_ARTICLE = re.compile(r"^(?:(?:the|le|la|les|il|lo|gli|i)\s+|l')")


def main(argv: list[str]) -> int:
    """Print accuracy per half and language; the open misses unless --quiet."""
    from sourcecheck.extract import Lexicons

    quiet = "--quiet" in argv
    lexicons = Lexicons.load()
    for half in HALVES:
        results = [score(doc, lexicons) for doc in load(half)]
        right: Counter[str] = Counter()
        total: Counter[str] = Counter()
        for lang, hits in results:
            for key in (lang, "TOTAL"):
                right[key] += sum(ok for ok, _ in hits)
                total[key] += len(hits)
        for key in [*sorted(k for k in total if k != "TOTAL"), "TOTAL"]:
            print(f"{half:<8} {key:<6} {right[key] / total[key]:.3f}  ({right[key]}/{total[key]})")
        if half == "open" and not quiet:
            for _, hits in results:
                for ok, miss in hits:
                    if not ok:
                        print(f"    {miss}")
    return 0


def load(half: str) -> list[dict]:
    """The gold documents of one half."""
    return yaml.safe_load((GOLD / f"{half}.yaml").read_text(encoding="utf-8"))


def score(doc: dict, lexicons) -> tuple[str, list[tuple[bool, str]]]:
    """The document's language and, per gold figure, whether its source is right and a miss line.

    Example: a figure extracted with source "la Préfecture du Var" against gold "préfecture du
    Var" is right; a gold figure no extracted span overlaps is wrong, shown as got "(not found)".
    """
    from sourcecheck.extract import extract_document

    extracted = extract_document(
        {
            "doc": doc["id"],
            "body": doc["body"],
            "lang": doc["lang"],
            "publisher": doc["publisher"],
            "published": PUBLISHED,
        },
        lexicons,
    )
    hits = []
    for fig in doc["figures"]:
        start, end = span(doc["body"], fig["text"], fig.get("nth", 1))
        over = [f for f in extracted if f["start"] < end and start < f["end"]]
        got = over[0]["source"] if over else None
        names = {name(fig["source"]), *(name(a) for a in fig.get("also") or ())}
        ok = got is not None and bool(shipped().get(name(got), {name(got)}) & names)
        shown = "(not found)" if got is None else repr(got)
        hits.append((ok, f"{doc['id']}  {fig['text']!r}  got {shown}  gold {fig['source']!r}"))
    return doc["lang"], hits


def span(body: str, text: str, nth: int = 1) -> tuple[int, int]:
    """Where the nth occurrence of a figure's text stands, not inside a longer number.

    Example: span("3 morts et 34 blessés", "3") -> (0, 1); the "3" of "34" is not an occurrence.
    """
    pattern = r"(?<!\w)(?<!\d[.,])" + re.escape(text) + r"(?!\w)(?![.,]\d)"
    found = [m.span() for m in re.finditer(pattern, body)]
    if len(found) < nth:
        raise ValueError(f"gold text {text!r} (occurrence {nth}) not in {body[:40]!r}…")
    return found[nth - 1]


@functools.lru_cache(maxsize=1)
def shipped() -> dict[str, set[str]]:
    """Canonical name → the aliases sourcecheck ships for it (`sourcecheck/data/sources.yaml`):
    a printed name is right when the gold gives any of them ("organisers" for "organisateurs"),
    as in bench/gold.py."""
    from sourcecheck.extract.lexicon import package_data

    entries = package_data("sources.yaml")["sources"]
    return {
        name(k): {name(k), *(name(a) for a in (v or {}).get("aliases") or ())}
        for k, v in entries.items()
    }


def name(text: str) -> str:
    """A source name compared loosely: lower case, no accents, no leading article.

    Example: name("L’Autorité de la concurrence") -> "autorite de la concurrence"
    """
    text = unicodedata.normalize("NFKD", str(text).lower().replace("’", "'"))
    text = " ".join("".join(c for c in text if not unicodedata.combining(c)).split())
    return _ARTICLE.sub("", text, count=1)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
