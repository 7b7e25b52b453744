"""Print the quantities found in one document (a file, or standard input with "-").

Why
---
The quickest way to see what sourcecheck reads in a text, figure by figure, with the interval
each one stands for — before any claim, source or rule is involved.

Example
-------
    sourcecheck quantities seeds/perfect-storm/perfect-storm-fr.md
    echo "plus de 700 policiers" | sourcecheck quantities - --lang fr --format json
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
from pathlib import Path

from sourcecheck import regexcache
from sourcecheck.errors import InputError

NAME = "quantities"
HELP = "print the quantities found in a document"

_FRONT_MATTER = regexcache.compile(r"\A---[ \t]*\r?\n(.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", re.DOTALL)
_LANGUAGE = regexcache.compile(r"^language:[ \t]*['\"]?([A-Za-z-]+)", re.MULTILINE)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", help="a text or Markdown file, or - for standard input")
    parser.add_argument("--lang", choices=("fr", "en", "it"), help="the document's language")
    parser.add_argument("--format", choices=("table", "json"), default="table")


def split_front_matter(text: str) -> tuple[str | None, str, int]:
    """(language from the front matter or None, body, offset of the body in `text`)."""
    m = _FRONT_MATTER.match(text)
    if not m:
        return None, text, 0
    lang = _LANGUAGE.search(m.group(1))
    return (lang.group(1).lower() if lang else None), text[m.end() :], m.end()


def main(args: argparse.Namespace) -> int:
    from sourcecheck.quantities import parse_quantities

    if args.file == "-":
        text = sys.stdin.read()
    else:
        from sourcecheck.reading import read_text

        path = Path(args.file)
        if not os.path.lexists(path):
            raise InputError(path, None, "no such file")
        text = read_text(path)  # a regular file within the document size limit
    front_lang, body, _ = split_front_matter(text)
    lang = args.lang or front_lang
    quantities = parse_quantities(body, lang)
    if args.format == "json":
        json.dump([q.as_dict() for q in quantities], sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
        return 0
    _print_table(quantities, lang)
    return 0


def _print_table(quantities, lang: str | None) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(title=f"{len(quantities)} quantities (language: {lang or 'unknown'})")
    for col in ("start", "text", "value", "interval", "qualifier", "currency/unit", "flags"):
        table.add_column(col, justify="right" if col in ("start", "value") else "left")
    for q in quantities:
        lo, hi = ("(" if q.low_open else "["), (")" if q.high_open else "]")
        table.add_row(
            str(q.start),
            q.text,
            f"{q.value:,.10g}",
            f"{lo}{q.low:,.10g}, {q.high:,.10g}{hi}",
            q.qualifier,
            q.currency or q.unit or "",
            ", ".join(q.ambiguity),
        )
    Console(soft_wrap=True, width=None if sys.stdout.isatty() else 160).print(table)
