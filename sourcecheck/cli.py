"""The `sourcecheck` command line: one subcommand per module in `sourcecheck.commands`.

Why
---
Each subcommand lives in its own module with `NAME`, `HELP`, `add_arguments(parser)` and
`main(args) -> int`, listed in one explicit tuple below. Modules import their heavy
dependencies (great_expectations, pandas) inside `main`, so `sourcecheck --help` stays fast.

Example
-------
    sourcecheck run seeds/perfect-storm --out reports
    sourcecheck claims seeds/perfect-storm --format json
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from sourcecheck.errors import InputError
from sourcecheck.schema import EXIT_BAD_INPUT, EXIT_INTERNAL

# Explicit registry of subcommands: module names under sourcecheck.commands.
COMMANDS: tuple[str, ...] = ("run", "claims", "quantities", "init", "review", "serve")


def _load(name: str):
    return importlib.import_module(f"sourcecheck.commands.{name}")


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with every registered subcommand."""
    parser = argparse.ArgumentParser(
        prog="sourcecheck",
        description="Check that the figures of several accounts of one story agree.",
    )
    parser.add_argument("--version", action="version", version=_version())
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMANDS:
        try:
            module = _load(name)
        except ModuleNotFoundError as exc:  # a command not built yet in this checkout
            if exc.name != f"sourcecheck.commands.{name}":
                raise
            continue
        p = sub.add_parser(module.NAME, help=module.HELP, description=module.__doc__)
        module.add_arguments(p)
        p.set_defaults(_main=module.main)
    return parser


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return f"sourcecheck {version('sourcecheck')}"
    except PackageNotFoundError:
        return "sourcecheck (not installed)"


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code (0, 1, 2 or 3: see docs/tables.md)."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "_main", None):
        parser.print_help()
        return EXIT_BAD_INPUT
    try:
        return int(args._main(args) or 0)
    except InputError as exc:
        print(f"sourcecheck: error: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        print("sourcecheck: interrupted", file=sys.stderr)
        return EXIT_INTERNAL
    except BrokenPipeError:
        return 0
    except Exception as exc:  # noqa: BLE001 - the contract says: exit 3 on an internal error
        import traceback

        traceback.print_exc()
        print(f"sourcecheck: internal error: {exc}", file=sys.stderr)
        return EXIT_INTERNAL


if __name__ == "__main__":
    sys.exit(main())
