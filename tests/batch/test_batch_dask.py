"""Dask: the same work units on a real distributed cluster, surviving a worker killed mid-build."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from batch_helpers import mini_corpus
from briefkit.batch import build_many
from helpers import SEED

import distributed  # noqa: F401  (in the test extra: these tests run in CI, never skip)


@pytest.fixture(scope="module")
def cluster():
    from distributed import LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None,
                      silence_logs=40) as c:
        yield c


def pdf_ok(path: Path) -> bool:
    from pypdf import PdfReader

    return len(PdfReader(str(path)).pages) >= 1


def test_build_on_a_cluster_via_the_cli(cluster, tmp_path):
    mini_corpus(tmp_path, 3)
    proc = subprocess.run([sys.executable, "-m", "briefkit", "build", "-l", "snapshot", "-f", "pdf",
                           "--executor", "dask", "--scheduler", cluster.scheduler_address],
                          cwd=tmp_path, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    assert sorted(p.parent.name for p in (tmp_path / "dist").rglob("*.pdf")) == ["org00", "org01", "org02"]


def test_worker_killed_mid_build_is_retried_never_half_written(cluster, tmp_path, monkeypatch):
    from distributed import Client

    monkeypatch.chdir(tmp_path)
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for i in range(3):  # real seeds: several seconds each, so a kill lands inside a build
        (seeds / f"big{i}.txt").write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    killed: list[int] = []
    with Client(cluster.scheduler_address) as client:
        def killer() -> None:
            deadline = time.monotonic() + 120
            while time.monotonic() < deadline and not killed:
                busy = [w for w, tasks in client.processing().items() if tasks]
                if busy:
                    time.sleep(1.0)  # well inside the build, after reading the seed
                    pid = client.run(os.getpid, workers=[busy[0]])[busy[0]]
                    os.kill(pid, signal.SIGKILL)
                    killed.append(pid)
                time.sleep(0.1)

        t = threading.Thread(target=killer)
        t.start()
        result = build_many("seeds", out_dir="out", lengths=["snapshot", "brief"], formats=["pdf", "docx"],
                            executor=client.get_executor(pure=False))
        t.join()
    assert killed, "no worker was busy long enough to be killed"
    # every output is accounted for: built after the retry, or reported failed with a reason
    assert len(result.outputs) == 12
    for o in result.outputs:
        assert o.status == "built" or (o.status == "failed" and o.error.startswith("worker lost")), o
    assert result.ok, [o.error for o in result.failed]
    assert not list((tmp_path / "out").rglob("*.part"))
    for o in result.outputs:
        if o.format == "pdf":
            assert pdf_ok(Path(o.path))


def test_a_scheduler_address_of_an_unknown_scheme_is_one_line(tmp_path):
    mini_corpus(tmp_path, 1)
    run = subprocess.run([sys.executable, "-m", "briefkit", "build", "seeds", "-o", "out", "-l", "snapshot",
                          "--scheduler", "file:///etc/passwd"], cwd=tmp_path, capture_output=True, text=True,
                         timeout=120)
    assert run.returncode == 6, run.stderr
    assert run.stderr.count("\n") == 1 and "cannot reach the Dask scheduler at file:///etc/passwd" in run.stderr
