"""Cases and archives on a real Dask cluster: a scheduler and two workers started with the
`dask scheduler` / `dask worker` commands on 127.0.0.1, in their own working folder.

The cluster must give what a local run gives (same findings.json, same claims), survive a
worker killed mid-run, and write the archive's claims as a Parquet dataset a folder per case.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd
import pytest

from sourcecheck import archive
from sourcecheck.case import load_case
from sourcecheck.cli import main
from sourcecheck.extract import extract_claims, lexicons_for

distributed = pytest.importorskip("distributed")

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ("perfect-storm", "grid-outage", "pension-protests")
START = 120  # seconds the cluster may take to come up on a busy machine

# Small cases written here: two accounts of one story each, figures that drift.
FIXTURES = {
    "bridge-toll": {
        "toll-fr.md": "---\npublisher: Le Courrier du Pont\npublished: 2025-05-02\n"
        "language: fr\n---\nSelon la société concessionnaire, 41 000 véhicules ont franchi "
        "le pont samedi. Le péage a rapporté 1,3 million d'euros en avril.\n",
        "toll-en.md": "---\npublisher: Harbour Wire\npublished: 2025-05-02\nlanguage: en\n"
        "---\nSome 38,000 vehicles crossed the bridge on Saturday, the operator said. The "
        "toll brought in 1.25 million euros in April.\n",
    },
    "market-fire": {
        "incendio-it.md": "---\npublisher: Gazzetta del Porto\npublished: 2025-06-11\n"
        "language: it\n---\nSecondo i vigili del fuoco, 120 bancarelle sono andate distrutte "
        "nel mercato. Oltre 300 commercianti hanno perso la merce.\n",
        "fire-en.md": "---\npublisher: Coast News\npublished: 2025-06-11\nlanguage: en\n---\n"
        "Firefighters said 95 stalls were destroyed at the market. More than 300 traders lost "
        "their goods.\n",
    },
}


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _dask() -> list[str]:
    found = Path(sys.executable).with_name("dask")
    return [str(found)] if found.exists() else [shutil.which("dask") or "dask"]


@pytest.fixture(scope="module")
def cluster(tmp_path_factory):
    """tcp://127.0.0.1:PORT of a scheduler with two workers (one thread each, with nannies
    that restart a killed worker); torn down at the end of the module."""
    here = tmp_path_factory.mktemp("cluster")
    env = os.environ | {"PYTHONPATH": str(ROOT),  # the workers import this checkout
                        "DASK_DISTRIBUTED__WORKER__PROFILE__ENABLED": "False"}  # fmt: skip
    port = _free_port()
    address = f"tcp://127.0.0.1:{port}"
    log = open(here / "cluster.log", "w")  # noqa: SIM115 - closed at teardown
    common = {"cwd": here, "env": env, "stdout": log, "stderr": subprocess.STDOUT}
    procs = [
        subprocess.Popen(
            [*_dask(), "scheduler", "--host", "127.0.0.1", "--port", str(port), "--no-dashboard"],
            **common,
        )  # fmt: skip
    ]
    for name in ("w1", "w2"):
        procs.append(
            subprocess.Popen(
                [
                    *_dask(),
                    "worker",
                    address,
                    "--name",
                    name,
                    "--nthreads",
                    "1",
                    "--host",
                    "127.0.0.1",
                    "--no-dashboard",
                ],
                **common,
            )  # fmt: skip
        )
    try:
        with distributed.Client(address, timeout=START) as client:
            client.wait_for_workers(2, timeout=START)
        yield address
    finally:
        for p in reversed(procs):
            p.send_signal(signal.SIGINT)
        for p in reversed(procs):
            try:
                p.wait(timeout=30)
            except subprocess.TimeoutExpired:
                p.kill()
                p.wait()
        log.close()


@pytest.fixture(scope="module")
def cases(tmp_path_factory) -> list[Path]:
    """Seed cases (their documents) and the small fixture cases, as folders of one archive."""
    root = tmp_path_factory.mktemp("archive")
    for name in SEEDS:
        (root / name).mkdir()
        for doc in (ROOT / "seeds" / name).glob("*.md"):
            shutil.copy(doc, root / name / doc.name)
    for name, docs in FIXTURES.items():
        (root / name).mkdir()
        for doc, text in docs.items():
            (root / name / doc).write_text(text, encoding="utf-8")
    return sorted(p for p in root.iterdir() if p.is_dir())


def _check_file(folder: Path, cases: list[Path], out: Path) -> Path:
    check = folder / "check.yaml"
    listed = "\n".join(f"  - {c}" for c in cases)
    check.write_text(f"cases:\n{listed}\nsuite: {ROOT / 'rules' / 'newsroom.yaml'}\n"
                     f"out: {out}\nfail_on: never\n", encoding="utf-8")  # fmt: skip
    return check


def _findings(out: Path, case: str) -> list[dict]:
    return json.loads((out / case / "findings.json").read_text(encoding="utf-8"))


def test_a_check_on_the_cluster_gives_the_findings_of_a_local_run(cluster, cases, tmp_path):
    local, remote = tmp_path / "local", tmp_path / "remote"
    assert main(["run", str(_check_file(tmp_path, cases, local)), "--no-validate", "-q"]) == 0
    check = _check_file(tmp_path, cases, remote)
    assert main(["run", str(check), "--no-validate", "-q", "--cluster", cluster]) == 0
    found = 0
    for case in cases:
        mine, theirs = _findings(local, case.name), _findings(remote, case.name)
        assert [f["id"] for f in theirs] == [f["id"] for f in mine]
        assert theirs == mine
        found += len(mine)
    assert found > 0  # the comparison compared something
    assert (remote / "index.html").is_file()


def test_a_worker_killed_mid_run_loses_no_case(cluster, cases, tmp_path):
    # Enough cases that the run is still going when a worker dies; the suite is a path
    # relative to the working folder of the run, not of the workers.
    many = []
    for n in range(4):
        for case in cases:
            copy = tmp_path / "cases" / f"{case.name}-{n}"
            shutil.copytree(case, copy)
            many.append(copy)
    out = tmp_path / "out"
    command = ["run", *map(str, many), "--out", str(out), "--suite", "rules/newsroom.yaml",
               "--fail-on", "never"]  # fmt: skip
    run = subprocess.Popen(
        [sys.executable, "-m", "sourcecheck", *command, "--cluster", cluster, "-q"],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    killed = _kill_a_busy_worker(cluster, run)
    output = run.communicate(timeout=900)[0]
    assert killed, "no worker was busy while the run lasted"
    assert run.returncode == 0, output
    for case in many:
        folder = out / case.name
        assert {p.name for p in folder.iterdir()} >= {"report.html", "findings.json", "claims.csv"}
        json.loads((folder / "findings.json").read_text(encoding="utf-8"))
        assert (folder / "report.html").read_text(encoding="utf-8").rstrip().endswith("</html>")
    assert not [p for p in out.iterdir() if ".stage-" in p.name or ".old-" in p.name]


def test_a_result_lost_with_its_worker_is_computed_again(cluster):
    # A task reported finished whose worker then dies is pending again: the run must wait
    # for it to be computed elsewhere, not call its case broken.
    from sourcecheck.cluster import _settle

    with distributed.Client(cluster, timeout=START) as client:
        # Long enough a task to be seen pending while it runs again.
        future = client.submit(time.sleep, 3.0, pure=False)
        distributed.wait(future)
        holder = client.who_has([future])[future.key]
        os.kill(client.run(os.getpid, workers=list(holder))[holder[0]], signal.SIGKILL)
        deadline = time.monotonic() + START
        while future.status == "finished" and time.monotonic() < deadline:
            time.sleep(0.05)  # until the scheduler has seen the worker go
        assert future.status != "finished"
        result, error = _settle(future)
        again = client.who_has([future])[future.key]
        client.wait_for_workers(2, timeout=START)  # the nanny brings it back
    assert error is None
    assert again and again != holder  # computed again, by another worker


def _kill_a_busy_worker(address: str, run: subprocess.Popen) -> bool:
    """SIGKILL the process of a worker while it runs a task of `run`; its nanny restarts it."""
    with distributed.Client(address, timeout=START) as client:
        while run.poll() is None:
            busy = [w for w, keys in client.processing().items() if keys]
            if busy:
                pid = client.run(os.getpid, workers=busy[:1])[busy[0]]
                time.sleep(0.5)  # into the task, not at its start
                os.kill(pid, signal.SIGKILL)
                client.wait_for_workers(2, timeout=START)  # the nanny brings it back
                return True
            time.sleep(0.1)
    return False


def _ctrl_c_as_at_a_terminal() -> None:
    """SIGINT at its default in the child, as a shell leaves it: a process started with SIGINT
    ignored (as it can inherit from a test runner) never turns Ctrl-C into KeyboardInterrupt."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def test_ctrl_c_cancels_the_tasks_on_the_cluster(cluster, cases, tmp_path):
    # Enough cases that the run is still checking them when the signal lands, on a busy
    # machine too (with 15, a run could finish between the scheduler's answer and the signal).
    many = [shutil.copytree(c, tmp_path / "cases" / f"{c.name}-{n}") for n in range(10) for c in cases]  # fmt: skip
    # The watching client connects first: on a busy machine, connecting after the run
    # started could take longer than the run itself.
    with distributed.Client(cluster, timeout=START) as client:
        run = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "sourcecheck",
                "run",
                *map(str, many),
                "--out",
                str(tmp_path / "out"),
                "--cluster",
                cluster,
                "-q",
            ],  # fmt: skip
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            preexec_fn=_ctrl_c_as_at_a_terminal,
        )

        def checking() -> bool:  # this run's cases on the cluster, not another test's tasks
            keys = (str(k) for ks in client.processing().values() for k in ks)
            return any(k.startswith("check_case") for k in keys)

        while run.poll() is None and not checking():
            time.sleep(0.1)
        assert run.poll() is None, "the run ended before it could be interrupted"
        run.send_signal(signal.SIGINT)
        output = run.communicate(timeout=120)[0]
        assert run.returncode == 3 and "interrupted" in output, output
        deadline = time.monotonic() + 60

        def left() -> bool:  # a task running when it was cancelled ends by itself
            return any(client.processing().values()) or bool(client.who_has())

        while left() and time.monotonic() < deadline:
            time.sleep(0.2)
        assert not left(), "tasks left on the cluster"


@pytest.fixture(scope="module")
def dataset(cluster, cases, tmp_path_factory) -> Path:
    """The archive's claims as Parquet, read on the cluster one document per task."""
    out = tmp_path_factory.mktemp("parquet") / "claims.parquet"
    archive_folder = str(cases[0].parent)
    assert main(["claims", archive_folder, "--out", str(out), "--cluster", cluster,
                 "--batch", "1"]) == 0  # fmt: skip
    return out


def _local_claims(case: Path) -> pd.DataFrame:
    loaded = load_case(case)
    from sourcecheck.align import with_subjects

    lex = lexicons_for(loaded)
    return with_subjects(extract_claims(loaded, lex), lex.concepts)


def test_the_parquet_dataset_has_a_folder_per_case(dataset, cases):
    assert sorted(p.name for p in dataset.iterdir()) == sorted(c.name for c in cases)
    assert all((dataset / c.name / archive.PART).is_file() for c in cases)


def test_the_parquet_dataset_reads_back_as_the_claims_table(dataset, cases):
    back = pd.read_parquet(dataset)
    for case in cases:
        claims = _local_claims(case)
        mine = back[back["case"] == case.name].reset_index(drop=True)
        assert list(mine.columns) == list(claims.columns)
        for column in claims.columns:  # text columns that held None too are read as str
            expected = claims[column].dtype
            if pd.api.types.is_object_dtype(expected):
                expected = pd.StringDtype(na_value=float("nan"))
            assert mine[column].dtype == expected, column
        pd.testing.assert_frame_equal(mine, archive.typed(claims))


def test_duckdb_reads_the_same_rows_as_claims_csv(dataset, cases, tmp_path):
    duckdb = pytest.importorskip("duckdb")
    case = cases[-1]
    csv = tmp_path / "claims.csv"
    assert main(["claims", str(case), "-o", str(csv)]) == 0
    files = str(dataset / "*" / "*.parquet")
    query = f"select * from read_parquet('{files}') where \"case\" = ? order by doc, start"
    rows = duckdb.execute(query, [case.name]).df()
    expected = pd.read_csv(csv, keep_default_na=False)
    assert len(rows) == len(expected) > 0
    assert rows["claim_id"].tolist() == expected["claim_id"].tolist()
    assert rows["value"].tolist() == expected["value"].astype(float).tolist()
    assert rows["source"].tolist() == expected["source"].tolist()


def test_each_worker_loads_the_lexicons_once(cluster, cases, dataset, tmp_path):
    """Reading the archive again loads nothing again: lexicons and rates stay in the workers."""
    from sourcecheck.extract import _lexicons
    from sourcecheck.rates import load_ecb

    def loads(client):
        info = client.run(lambda: (_lexicons.cache_info(), load_ecb.cache_info()))
        return {w: (lex.misses, ecb.misses, lex.hits) for w, (lex, ecb) in info.items()}

    with distributed.Client(cluster, timeout=START) as client:
        before = loads(client)
        again = tmp_path / "again.parquet"
        assert main(["claims", str(cases[0].parent), "--out", str(again), "--cluster", cluster,
                     "--batch", "1"]) == 0  # fmt: skip
        after = loads(client)
    assert len(after) == 2 and set(after) == set(before)
    for worker, (lex_misses, ecb_misses, _) in after.items():
        assert (lex_misses, ecb_misses) == before[worker][:2]
        assert ecb_misses == 1
    assert sum(a[2] - before[w][2] for w, a in after.items()) > 0  # the tasks used them


def test_the_archive_read_here_or_on_the_cluster_is_one_dataset(cases, dataset, tmp_path):
    out = tmp_path / "here.parquet"
    assert main(["claims", str(cases[0].parent), "--out", str(out)]) == 0
    pd.testing.assert_frame_equal(pd.read_parquet(out), pd.read_parquet(dataset))


def test_a_wrong_cluster_address_is_bad_input(tmp_path, capsys, cases):
    address = f"tcp://127.0.0.1:{_free_port()}"
    code = main(["claims", str(cases[0]), "--out", str(tmp_path / "c.parquet"), "--cluster",
                 address])  # fmt: skip
    assert code == 2
    assert address in capsys.readouterr().err
    assert not (tmp_path / "c.parquet").exists()


def test_a_broken_case_is_reported_and_the_others_written(tmp_path, capsys):
    for name, docs in FIXTURES.items():
        (tmp_path / "archive" / name).mkdir(parents=True)
        for doc, text in docs.items():
            (tmp_path / "archive" / name / doc).write_text(text, encoding="utf-8")
    bad = tmp_path / "archive" / "bad-date"
    bad.mkdir()
    (bad / "a.md").write_text("---\npublished: yesterday\n---\n12 boats sank.\n", "utf-8")
    out = tmp_path / "c.parquet"
    assert main(["claims", str(tmp_path / "archive"), "--out", str(out)]) == 2
    assert "bad-date" in capsys.readouterr().err
    assert sorted(p.name for p in out.iterdir()) == sorted(FIXTURES)
