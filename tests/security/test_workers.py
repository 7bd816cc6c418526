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
        while time.monotonic() < deadline and len(workers) < 2:
            workers = children(proc.pid)
            time.sleep(0.05)
        assert len(workers) >= 2, "workers did not start"
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        deadline = time.monotonic() + 5
        while time.monotonic() < deadline and any(alive(w) for w in workers):
            time.sleep(0.1)
        assert not any(alive(w) for w in workers)
    finally:
        for w in children(proc.pid):
            os.kill(w, signal.SIGKILL)
