"""Score each figure's day and counted noun against short hand-written documents.

    .venv/bin/python bench/frames.py            # per half and language, with the open misses
    .venv/bin/python bench/frames.py --quiet    # without the misses

Why
---
Issue 10 asks that a figure take the day its own clause states ("le 19 janvier", "mardi",
"the day before") and the noun it counts, even when elided ("700 000 selon la CGT et 81 000
selon la police"). The case-level gold (bench/gold.py) mixes these with sources and alignment;
this bench isolates the two fields on one- to four-sentence documents written blind
(bench/frames_gold/{open,frozen}.yaml, conventions in the header of open.yaml).

Each document goes through `extract_document` alone. A gold figure is matched to the extracted
figure whose span overlaps its own (its nth standalone occurrence in the body: "3" inside
"1 300" is not one); a figure not found is wrong on both fields.
  day   `refers_to` equals the gold day, over gold figures with a day; "false days" counts the
        gold figures with no day that were given one
  noun  `_same_noun` of bench/goldset.py (concept = gold English gloss, or the thing as written
        matches the gold noun), over gold figures with a noun. The unit is left out: here the
        gold noun of money or a measure is what it is of ("amende", "gasdotto"), not the unit.
The frozen half prints totals only: its misses are never read while tuning.

Example
-------
    half    lang  figures   found     day  false-days    noun
    open    fr         30  30/30    0.917     5/6       0.833
"""

from __future__ import annotations

import re
import sys
from collections import defaultdict
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))

from goldset import HALVES, ROOT, _same_noun, ratio  # noqa: E402

from sourcecheck.extract import Lexicons, extract_document  # noqa: E402

GOLD = ROOT / "bench" / "frames_gold"
LANGS = ("fr", "en", "it")


def main(argv: list[str]) -> int:
    quiet = "--quiet" in argv
    lexicons = Lexicons.load()
    print(
        f"{'half':<7} {'lang':<5} {'figures':>7} {'found':>7} {'day':>7} {'false-days':>11} {'noun':>7}"
    )
    for half in HALVES:
        docs = yaml.safe_load((GOLD / f"{half}.yaml").read_text(encoding="utf-8"))
        tallies: dict[str, dict[str, list[int]]] = defaultdict(_tally)
        misses: list[str] = []
        for doc in docs:
            score_document(doc, lexicons, tallies[doc["lang"]], misses)
        for lang in LANGS:
            if lang in tallies:
                _line(half, lang, [tallies[lang]])
        _line(half, "all", list(tallies.values()))
        if half == "open" and not quiet:
            for miss in misses:
                print(f"      {miss}")
    return 0


def _tally() -> dict[str, list[int]]:
    return {"found": [0, 0], "day": [0, 0], "false_day": [0, 0], "noun": [0, 0]}


def score_document(doc: dict, lexicons, tally: dict[str, list[int]], misses: list[str]) -> None:
    """Add one document's figures to `tally` ([right, counted] per field) and its misses."""
    figures = extract_document(
        {
            "doc": doc["id"],
            "body": doc["body"],
            "lang": doc["lang"],
            "publisher": "Wire",
            "published": doc["published"],
        },
        lexicons,
    )
    for g in doc["figures"]:
        span = gold_span(doc["body"], g["text"], g.get("nth", 1))
        got = best_overlap(figures, span)
        tally["found"][1] += 1
        tally["found"][0] += got is not None
        label = f"{doc['id']} {g['text']!r}"
        if got is None:
            misses.append(f"missed   {label}")
        day = str(got.get("refers_to") or "") if got else ""
        if g.get("day"):
            right = day == str(g["day"])
            _count(tally["day"], right)
            if got is not None and not right:
                misses.append(f"day      {label}: {day!r}, gold {g['day']}")
        else:
            _count(tally["false_day"], bool(day))
            if day:
                misses.append(f"day      {label}: {day!r}, gold none")
        if g.get("noun"):
            right = got is not None and _same_noun({**got, "unit": ""}, g)
            _count(tally["noun"], right)
            if got is not None and not right:
                misses.append(
                    f"noun     {label}: {got.get('thing')!r}/{got.get('concept')!r}, "
                    f"gold {g['noun']!r}/{g.get('noun_en')!r}"
                )


def gold_span(body: str, text: str, nth: int) -> tuple[int, int]:
    """The nth standalone occurrence of `text` in `body`: not inside a longer number.

    Example: gold_span("1 300 fans; 3 arrested", "3", 1) -> (12, 13)
    """
    edge = r"(?<!\d)(?<!\d[ \u00a0\u202f.,])"
    tail = r"(?!\d)(?![ \u00a0\u202f.,]\d)"
    found = list(re.finditer(edge + re.escape(text) + tail, body))
    if len(found) < nth:
        raise ValueError(f"{text!r} does not occur {nth} time(s) in {body!r}")
    return found[nth - 1].span()


def best_overlap(figures: list[dict], span: tuple[int, int]) -> dict | None:
    """The extracted figure sharing the most characters with `span`, or None."""
    best, most = None, 0
    for f in figures:
        shared = min(int(f["end"]), span[1]) - max(int(f["start"]), span[0])
        if shared > most:
            best, most = f, shared
    return best


def _count(pair: list[int], right: bool) -> None:
    pair[1] += 1
    pair[0] += right


def _line(half: str, lang: str, tallies: list[dict[str, list[int]]]) -> None:
    total = {k: [sum(t[k][i] for t in tallies) for i in (0, 1)] for k in _tally()}
    found, false_day = total["found"], total["false_day"]
    print(
        f"{half:<7} {lang:<5} {found[1]:>7} {found[0]:>3}/{found[1]:<3} "
        f"{ratio(total['day']):>7.3f} {false_day[0]:>5}/{false_day[1]:<5} "
        f"{ratio(total['noun']):>7.3f}"
    )


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
