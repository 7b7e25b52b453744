"""Debian's chromium driven by Playwright, for every browser test (never a browser download).

Why
---
The report and review tests launch the same browser the same way; the flags keep chromium off
the closed network (background networking, component updates, sync) and runnable as root.

Example
-------
    sync_api = chromium.require()          # at module level: skips with the reason if missing
    with chromium.launched(sync_api) as browser:
        page = browser.new_page()
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import ModuleType

import pytest

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]  # fmt: skip


def require() -> ModuleType:
    """playwright.sync_api, or skip the calling test module with what to install."""
    if not CHROMIUM.exists():
        pytest.skip(
            "browser tests need Debian's chromium at /usr/bin/chromium (apt-get install -y chromium)",
            allow_module_level=True,
        )
    return pytest.importorskip(
        "playwright.sync_api",
        reason="browser tests need the playwright package (pip install -e '.[test]')",
    )


@contextmanager
def launched(sync_api: ModuleType) -> Iterator[object]:
    """A headless chromium for the duration of the block."""
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        try:
            yield browser
        finally:
            browser.close()


@contextmanager
def served(reports: Path) -> Iterator[str]:
    """`sourcecheck serve REPORTS --port 0` in its own process; yields its URL, then stops it."""
    import re
    import subprocess
    import sys

    proc = subprocess.Popen(
        [sys.executable, "-m", "sourcecheck", "serve", str(reports), "--port", "0"],
        stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    line = proc.stderr.readline()
    match = re.search(r"at (http://127\.0\.0\.1:\d+/)", line)
    if not match:
        proc.kill()
        pytest.fail(f"serve did not start: {line}{proc.stderr.read()}")
    try:
        yield match.group(1)
    finally:
        if proc.poll() is None:
            proc.terminate()
            proc.wait(timeout=20)
