"""Any string returns, without error, in time linear in its length (issue 2, acceptance 3).

Each hostile input runs in a subprocess with a generous timeout: a regex that backtracks
catastrophically would blow far past it (quadratic on 100 000 characters is minutes), while
no timing is asserted. The child also checks that every span points into the text.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
TIMEOUT = 120  # seconds; the slowest input (5 MB) takes a few seconds

CHILD = """
import sys
sys.path.insert(0, {root!r})
sys.path.insert(0, {bench!r})
from sourcecheck.quantities import parse_quantities
from prose import news_prose

inputs = {{
    "empty": "",
    "5 MB of news prose": (news_prose(40_000, seed=7) + "\\n") * 1,
    "control characters": "".join(chr(c) + "5 500" for c in list(range(32)) + [127]) * 600,
    "bidi marks": "".join(m + "10,7" + m + " millions " + m + "€" for m in
                          "\\u200e\\u200f\\u202a\\u202b\\u202c\\u202d\\u202e\\u2066\\u2067\\u2068\\u2069") * 2000,
    "1 x 100000": "1" * 100_000,
    "'1 ' x 50000": "1 " * 50_000,
    "'1,' x 50000": "1," * 50_000,
    "'1.' x 50000": "1." * 50_000,
    "'1 000 ' x 20000": "1 000 " * 20_000,
    "'1'000' x 20000": "1'000" * 20_000,
    "number words": "vingt-" * 30_000 + "trois " * 10_000 + "tremila" * 10_000,
    "articles and joiners": "un et une e a and " * 20_000,
    "currency symbols": "$€£" * 30_000 + "US$ " * 20_000,
    "qualifiers": "plus de " * 20_000 + "entre 1 et " * 20_000,
    "phone-like": "+33 1 23 45 67 89 " * 10_000 + "(555) " * 20_000,
    "dates and slashes": "12/11/2020/" * 20_000 + "2020-11-12-" * 20_000,
    "scale words": "millions " * 20_000 + "10 milioni e " * 8_000,
    "surrogates and odd unicode": "\\ud800\\udfff\\ufffd\\u0000" * 20_000 + "٣٤٥ ۱۲۳ १२३" * 10_000,
}}
name = sys.argv[1]
text = inputs[name]
if name.startswith("5 MB"):
    text = (text * (5_000_000 // max(1, len(text)) + 1))[:5_000_000]
for lang in ("fr", None):
    found = parse_quantities(text, lang)
    for q in found:
        assert text[q.start:q.end] == q.text, (q.start, q.end)
        assert q.low <= q.high
    if name == "5 MB of news prose":
        break
print(len(found))
"""

NAMES = [
    "empty",
    "5 MB of news prose",
    "control characters",
    "bidi marks",
    "1 x 100000",
    "'1 ' x 50000",
    "'1,' x 50000",
    "'1.' x 50000",
    "'1 000 ' x 20000",
    "'1'000' x 20000",
    "number words",
    "articles and joiners",
    "currency symbols",
    "qualifiers",
    "phone-like",
    "dates and slashes",
    "scale words",
    "surrogates and odd unicode",
]


@pytest.mark.parametrize("name", NAMES)
def test_hostile_input_returns(name):
    code = CHILD.format(root=str(ROOT), bench=str(ROOT / "bench"))
    done = subprocess.run(
        [sys.executable, "-c", code, name],
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert int(done.stdout.strip()) >= 0


def test_empty_text_has_no_quantities():
    from sourcecheck.quantities import parse_quantities

    assert parse_quantities("", "fr") == [] and parse_quantities("", None) == []
