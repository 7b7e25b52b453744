"""The folder where sourcecheck keeps what it can rebuild: compiled patterns and templates.

Why
---
Every run compiles the same regular expressions and report templates; keeping them between
runs, as Python keeps compiled modules in `__pycache__`, saves a fifth of a one-case run. The
folder is `$XDG_CACHE_HOME/sourcecheck` (`~/.cache/sourcecheck`); `SOURCECHECK_CACHE` names
another folder, and `SOURCECHECK_CACHE=off` turns caching off. Deleting the folder is always
safe: it only costs the next run the time it saved.

Example
-------
>>> import os
>>> os.environ["SOURCECHECK_CACHE"] = "/tmp/sc-cache"
>>> str(folder("templates"))
'/tmp/sc-cache/templates'
>>> os.environ["SOURCECHECK_CACHE"] = "off"
>>> folder("templates") is None
True
>>> del os.environ["SOURCECHECK_CACHE"]
"""

from __future__ import annotations

import os
from pathlib import Path

_OFF = ("", "off", "0", "no", "false")


def folder(name: str) -> Path | None:
    """The cache subfolder `name` (not created here), or None when caching is off."""
    setting = os.environ.get("SOURCECHECK_CACHE")
    if setting is None:
        home = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
        setting = os.path.join(home, "sourcecheck")
    elif setting.strip().lower() in _OFF:
        return None
    return Path(setting) / name
