"""`sourcecheck init DIR`: a project that runs as it is, and never an overwritten file."""

from __future__ import annotations

import json

import pandas as pd

from sourcecheck import cli


def test_init_creates_a_runnable_project(tmp_path, capsys):
    project = tmp_path / "newsroom"
    assert cli.main(["init", str(project)]) == 0
    for folder in ("rules", "checks", "seeds", "reports"):
        assert (project / folder).is_dir(), folder
    assert list((project / "seeds").glob("*/*.md")), "an example case"
    code = cli.main(["run", str(project / "checks" / "seeds.yaml"), "--jobs", "1"])
    out = project / "reports" / "seeds"
    assert (out / "index.html").is_file()
    case = next(p for p in out.iterdir() if p.is_dir())
    findings = json.loads((case / "findings.json").read_text())
    validation = json.loads((case / "validation.json").read_text())
    assert validation["success"]
    # The example planted one divergence, which this project's suite makes an error; the
    # project's concepts lexicon makes "sacs de sable" and "sandbags" one thing (no term-drift).
    assert [(f["rule"], f["severity"]) for f in findings] == [("value-conflict", "error")]
    claims = pd.read_csv(case / "claims.csv", keep_default_na=False)
    assert (claims["concept"] == "sandbag").sum() == 2
    assert code == 1


def test_init_never_overwrites(tmp_path, capsys):
    project = tmp_path / "newsroom"
    (project / "checks").mkdir(parents=True)
    (project / "checks" / "seeds.yaml").write_text("mine\n")
    assert cli.main(["init", str(project)]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith(f"sourcecheck: error: {project / 'checks' / 'seeds.yaml'}")
    assert "already exists" in err and len(err.splitlines()) == 1
    assert (project / "checks" / "seeds.yaml").read_text() == "mine\n"
    assert not (project / "rules").exists()  # nothing written when anything would be overwritten
