"""Create a sourcecheck project: rules/, checks/, seeds/ (one example case) and reports/.

The new project runs as it is: `sourcecheck run DIR/checks/seeds.yaml`. Existing files are
never overwritten.
"""

from __future__ import annotations

import argparse
from importlib.resources import files
from importlib.resources.abc import Traversable
from pathlib import Path

from sourcecheck.errors import InputError

NAME = "init"
HELP = "create a project with rules/, checks/, seeds/ and reports/"
TEMPLATE = "project"  # package data: sourcecheck/project/


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("dir", metavar="DIR", type=Path, help="the project folder (may exist)")


def template_files(root: Traversable | None = None, prefix: str = "") -> dict[str, Traversable]:
    """The template's files by relative path ("checks/seeds.yaml" → its resource)."""
    root = root or files("sourcecheck") / TEMPLATE
    found: dict[str, Traversable] = {}
    for item in sorted(root.iterdir(), key=lambda t: t.name):
        if item.name == "__pycache__":
            continue
        if item.is_dir():
            found.update(template_files(item, f"{prefix}{item.name}/"))
        else:
            found[prefix + item.name] = item
    return found


def init_project(target: Path) -> list[Path]:
    """Copy the template into `target`; refuse (InputError) if any file would be overwritten."""
    template = template_files()
    existing = [name for name in template if (target / name).exists()]
    if existing:
        more = f" (and {len(existing) - 1} more)" if len(existing) > 1 else ""
        raise InputError(target / existing[0], None, f"already exists{more}; init never overwrites files")  # fmt: skip
    written = []
    for name, resource in template.items():
        path = target / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(resource.read_bytes())
        written.append(path)
    return written


def main(args: argparse.Namespace) -> int:
    target: Path = args.dir
    if target.exists() and not target.is_dir():
        raise InputError(target, None, "exists and is not a folder")
    written = init_project(target)
    for path in written:
        print(f"created {path}")
    print(f"\nnext: sourcecheck run {target / 'checks' / 'seeds.yaml'}")
    return 0
