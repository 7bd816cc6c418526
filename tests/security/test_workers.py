"""Worker processes end when the build that started them is killed (`kill -9` of
`briefkit build -j2`), instead of writing on their own for a minute."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from helpers import SEED


def children(pid: int) -> set[int]:
    try:
        text = Path(f"/proc/{pid}/task/{pid}/children").read_text()
    except OSError:
        return set()
    return {int(p) for p in text.split()}


def descendants(pid: int) -> set[int]:
    """Children and their children: workers may come from a fork server, the build's child."""
    out: set[int] = set()
    todo = [pid]
    while todo:
        kids = children(todo.pop())
        out |= kids
        todo += kids
    return out


def helper(pid: int) -> bool:
    """The fork server or the resource tracker of multiprocessing: no worker."""
    try:
        cmd = Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return False
    return b"multiprocessing.forkserver" in cmd or b"resource_tracker" in cmd


def alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().split(")")[-1].split()[0]
    except OSError:
        return False
    return state != "Z"


def test_workers_die_with_their_parent(tmp_path):
    seeds = []
    for n in range(4):
        p = tmp_path / f"s{n}.txt"
        p.write_bytes(SEED.read_bytes())
        seeds.append(str(p))
    proc = subprocess.Popen([sys.executable, "-m", "briefkit.cli", "build", *seeds, "-j", "2", "--no-cache",
                             "-o", str(tmp_path / "out")], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 60
        workers: set[int] = set()
        while time.monotonic() < deadline and len([w for w in workers if not helper(w)]) < 2:
            workers = descendants(proc.pid)
            time.sleep(0.05)
        assert len([w for w in workers if not helper(w)]) >= 2, "workers did not start"
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        deadline = time.monotonic() + 10  # the fork server ends, then its workers, then the tracker
        while time.monotonic() < deadline and any(alive(w) for w in workers):
            time.sleep(0.1)
        assert not any(alive(w) for w in workers)
    finally:
        for w in workers if "workers" in locals() else ():
            if alive(w):
                os.kill(w, signal.SIGKILL)
