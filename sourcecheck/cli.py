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
import gc
import importlib
import sys
from collections.abc import Sequence

from sourcecheck.errors import InputError
from sourcecheck.schema import EXIT_BAD_INPUT, EXIT_INTERNAL

# Explicit registry of subcommands: module names under sourcecheck.commands.
COMMANDS: tuple[str, ...] = ("run", "claims", "quantities", "init", "review", "serve")


DOCS = (
    "Documentation: docs/ in the sourcecheck repository — cli.md (commands, output, exit "
    "codes), cases.md (case folder), checks.md (suites, check files), tables.md (claims, "
    "findings.json)."
)


def _load(name: str):
    return importlib.import_module(f"sourcecheck.commands.{name}")


class _Parser(argparse.ArgumentParser):
    """argparse, with a usage error as one line (exit code 2) like every other user error."""

    def error(self, message: str):
        self.exit(2, f"{self.prog}: error: {one_line(message)} (--help lists the options)\n")


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with every registered subcommand."""
    parser = _Parser(
        prog="sourcecheck",
        description="Check that the figures of several accounts of one story agree.",
        epilog=DOCS,
    )
    parser.add_argument("--version", action=_Version, nargs=0, help="print the version and exit")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMANDS:
        try:
            module = _load(name)
        except ModuleNotFoundError as exc:  # a command not built yet in this checkout
            if exc.name != f"sourcecheck.commands.{name}":
                raise
            continue
        p = sub.add_parser(
            module.NAME,
            help=module.HELP,
            description=module.__doc__,
            epilog=DOCS,
            formatter_class=argparse.RawDescriptionHelpFormatter,  # docstrings keep their lines
        )
        module.add_arguments(p)
        p.set_defaults(_main=module.main)
    return parser


class _Version(argparse.Action):
    """--version, looked up only when asked (importlib.metadata costs every other command)."""

    def __call__(self, parser, namespace, values, option_string=None):
        parser.exit(0, _version() + "\n")


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return f"sourcecheck {version('sourcecheck')}"
    except PackageNotFoundError:
        return "sourcecheck (not installed)"


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code (0, 1, 2 or 3: see docs/cli.md)."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "_main", None):
        parser.print_help()
        return EXIT_BAD_INPUT
    try:
        return int(args._main(args) or 0)
    except InputError as exc:
        print(f"sourcecheck: error: {one_line(str(exc))}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        print("sourcecheck: interrupted", file=sys.stderr)
        return EXIT_INTERNAL
    except BrokenPipeError:
        return 0
    except OSError as exc:  # the system said no: a path, a permission, a full disk
        where = exc.filename if exc.filename is not None else "sourcecheck"
        print(f"sourcecheck: error: {one_line(f'{where}: {exc.strerror or exc}')}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except Exception as exc:  # noqa: BLE001 - the contract says: exit 3 on an internal error
        print(f"sourcecheck: internal error (a bug): {one_line(f'{type(exc).__name__}: {exc}')}; "
              f"{traceback_note(exc)}", file=sys.stderr)  # fmt: skip
        return EXIT_INTERNAL


def script() -> int:
    """The `sourcecheck` program (the console script, `python -m sourcecheck`): `main`, and
    then an exit that skips the collector's last passes.

    Why: when the interpreter exits, the garbage collector walks every object still alive
    before it frees them; pandas and the lexicons leave about 70,000, and the walk costs a
    one-case `claims` a fifth of its time (0.2-0.3 s) after its output is written.
    `gc.freeze()` sets them aside: memory goes back to the system with the process, files are
    still flushed and closed, `atexit` work still runs. In-process callers (tests, scripts)
    use `main`, which leaves the collector alone.

    Example: `sourcecheck claims seeds/perfect-storm` ends right after the CSV is written.
    """
    code = main()
    gc.freeze()
    return code


def one_line(text: str, limit: int = 500) -> str:
    """A message as one line: newlines folded, lone surrogates shown escaped, cut at `limit`."""
    text = " ".join(text.split())
    text = text.encode("utf-8", "backslashreplace").decode("utf-8")
    return text if len(text) <= limit else text[: limit - 1] + "…"


def traceback_note(exc: BaseException) -> str:
    """Write the traceback of `exc` to a file; say where (or print it when no file can be made)."""
    import tempfile
    import traceback

    text = "".join(traceback.format_exception(exc))
    try:
        fd, path = tempfile.mkstemp(prefix="sourcecheck-traceback-", suffix=".txt")
        with open(fd, "w", encoding="utf-8", errors="backslashreplace") as f:
            f.write(text)
    except OSError:
        sys.stderr.write(text)
        return "traceback above; please report it"
    return f"traceback written to {path}; please report it"


if __name__ == "__main__":
    sys.exit(main())
