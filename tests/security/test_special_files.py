"""Inputs that are not regular files (a FIFO, a device) are refused in one line, never read:
a FIFO blocks whoever opens it until a writer comes, /dev/zero never ends."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest


def _cli(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "briefkit", *args], cwd=cwd, capture_output=True, text=True,
                          timeout=120)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_a_fifo_and_a_link_to_a_device_as_seeds_fail_in_one_line_each(tmp_path):
    os.mkfifo(tmp_path / "pipe.txt")
    (tmp_path / "zero.txt").symlink_to("/dev/zero")
    run = _cli("build", "pipe.txt", "zero.txt", "-o", "out", "-l", "snapshot", "-f", "pdf", "-j1", cwd=tmp_path)
    assert run.returncode == 7, run.stderr
    errors = [line for line in run.stderr.splitlines() if line.startswith("briefkit: error")]
    assert errors == ["briefkit: error: pipe.txt: is not a regular file (a pipe or device cannot be a seed)",
                      "briefkit: error: zero.txt: is not a regular file (a pipe or device cannot be a seed)"]
    assert not list((tmp_path / "out").glob("*/*.pdf"))
