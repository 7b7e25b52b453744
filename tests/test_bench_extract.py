"""bench/extract.py --quantities: the floor and parse_quantities alone, taken in turn."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_quantities_only_prints_the_floor_and_parse_quantities(capsys, monkeypatch):
    monkeypatch.syspath_prepend(str(ROOT / "bench"))
    sys.modules.pop("extract", None)
    import extract

    docs = [
        {"body": "Castelbruno a recensé 412 puits et 3 250 forages.", "lang": "fr"},
        {"body": "Agence Norvale counted about 64 wells in 2031.", "lang": "en"},
    ]
    assert extract.quantities_only(docs, 16, 2) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [line.split()[0] for line in lines] == ["floor:", "parse_quantities"]
    assert "best of 2 in turn" in lines[1]
