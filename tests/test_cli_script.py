"""The `sourcecheck` program: `cli.script` runs `main` and sets the collector's last walk aside."""

from __future__ import annotations

import gc
import io
import subprocess
import sys
from contextlib import redirect_stdout
from pathlib import Path

from sourcecheck.cli import main

SEED = Path(__file__).resolve().parent.parent / "seeds" / "perfect-storm"


def _program(*args: str, code: str | None = None) -> subprocess.CompletedProcess:
    argv = [sys.executable, "-c", code] if code else [sys.executable, "-m", "sourcecheck"]
    return subprocess.run([*argv, *args], capture_output=True, text=True, timeout=300)


def test_the_program_writes_what_main_writes_and_exits_with_its_code() -> None:
    done = _program("claims", str(SEED))
    here = io.StringIO()
    with redirect_stdout(here):
        code = main(["claims", str(SEED)])
    assert (done.returncode, code) == (0, 0), done.stderr
    assert done.stdout == here.getvalue()
    assert done.stdout.count("\n") > 10  # every claim, written before the process ended


def test_a_user_error_still_exits_2_with_one_line(tmp_path: Path) -> None:
    done = _program("run", str(tmp_path / "no-such-case"))
    assert done.returncode == 2
    assert len(done.stderr.strip().splitlines()) == 1
    assert "no-such-case" in done.stderr


def test_the_program_freezes_what_is_left_and_main_does_not(tmp_path: Path) -> None:
    out = tmp_path / "claims.csv"
    probe = (
        "import gc, sys; from sourcecheck.cli import script; "
        f"sys.argv = ['sourcecheck', 'claims', {str(SEED)!r}, '-o', {str(out)!r}]; "
        "code = script(); print(code, gc.get_freeze_count())"
    )
    done = _program(code=probe)
    code, frozen = done.stdout.split()
    assert (code, done.returncode) == ("0", 0), done.stderr
    assert int(frozen) > 10_000  # pandas and the lexicons, set aside for the exit
    assert out.read_text(encoding="utf-8").startswith("claim_id,")
    before = gc.get_freeze_count()
    assert main(["claims", str(SEED), "-o", str(tmp_path / "again.csv")]) == 0
    assert gc.get_freeze_count() == before  # in-process callers keep their collector
