"""An interrupted batch (Ctrl-C, or SIGTERM from `kill` or a CI timeout) stops cleanly: one line,
exit code 130 or 143, no traceback from a worker that was starting, no worker or semaphore
left behind, and every seed's documents whole (its old set or its new one)."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from helpers import SEED


def _corpus(tmp_path: Path, n: int = 6) -> None:
    (tmp_path / "many").mkdir()
    for i in range(n):
        (tmp_path / "many" / f"s{i}.txt").write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")


def _interrupted(tmp_path: Path, delay: float, sig: int) -> subprocess.CompletedProcess:
    proc = subprocess.Popen([sys.executable, "-m", "briefkit", "build", "many", "-o", "out", "-l", "snapshot",
                             "-j2", "--no-cache"], cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, start_new_session=True)
    time.sleep(delay)
    if sig == signal.SIGINT:  # as a terminal sends Ctrl-C: to every process of the group
        os.killpg(proc.pid, sig)
    else:  # as `kill` does: to the command's process alone
        proc.send_signal(sig)
    out, err = proc.communicate(timeout=120)  # the pipes close only when every worker has gone too
    return subprocess.CompletedProcess(proc.args, proc.returncode, out, err)


def _whole_sets(out: Path) -> None:
    for folder in (p for p in out.iterdir() if p.is_dir() and not p.name.startswith(".")):
        names = sorted(p.name for p in folder.iterdir())
        assert names in ([], ["snapshot.docx", "snapshot.pdf"]), (folder, names)


@pytest.mark.parametrize("delay", [0.3, 1.6])
def test_ctrl_c_is_one_line_whenever_it_comes(tmp_path, delay):
    _corpus(tmp_path)
    run = _interrupted(tmp_path, delay, signal.SIGINT)
    if run.returncode == 0:
        pytest.skip("the batch finished before the signal")
    assert run.returncode == 130 and run.stderr == "briefkit: interrupted\n", run.stderr
    _whole_sets(tmp_path / "out")


@pytest.mark.parametrize("delay", [1.2])
def test_sigterm_stops_workers_and_leaks_nothing(tmp_path, delay):
    _corpus(tmp_path)
    run = _interrupted(tmp_path, delay, signal.SIGTERM)
    if run.returncode == 0:
        pytest.skip("the batch finished before the signal")
    assert run.returncode == 143 and run.stderr == "briefkit: terminated\n", run.stderr
    assert "leaked" not in run.stderr
    _whole_sets(tmp_path / "out")
    assert not list((tmp_path / "out").rglob("*.part"))
