"""Helpers of the reliability tests: a tiny case and the command line in-process."""

from __future__ import annotations

from pathlib import Path

TINY = """---
title: Tiny
publisher: Agence A
published: 2024-03-05
language: fr
---
Selon la police, 700 manifestants ont défilé. Selon les syndicats, 7 000 manifestants ont défilé.
"""


def tiny_case(folder: Path, name: str = "tiny", text: str = TINY) -> Path:
    """A case of one short document whose two sources disagree (one finding)."""
    case = folder / name
    case.mkdir(parents=True)
    (case / "a.md").write_text(text, encoding="utf-8")
    return case


def run_cli(argv: list[str], capsys) -> tuple[int, str, str]:
    """`sourcecheck ARGV` in this process: (exit code, stdout, stderr)."""
    from sourcecheck.cli import main

    try:
        code = main([str(a) for a in argv])
    except SystemExit as exc:  # argparse
        code = exc.code
    out, err = capsys.readouterr()
    return code, out, err
