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


def test_a_state_file_that_is_a_fifo_or_nested_too_deeply_means_a_full_rebuild(tmp_path):
    """The output folder's state file is only a memory: a FIFO there must not block the
    build, and JSON nested past the parser's depth is a missing state, not an internal error."""
    (tmp_path / "org.txt").write_text("= Org =\n\nOrg is a small group. It was formed in 2020.\n", encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    for kind in ("fifo", "deep"):
        state = out / ".briefkit-state.json"
        state.unlink(missing_ok=True)
        if kind == "fifo":
            os.mkfifo(state)
        else:
            state.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
        run = _cli("build", "org.txt", "-o", "out", "-l", "snapshot", "-f", "pdf", "-j1", "--force", cwd=tmp_path)
        assert run.returncode == 0 and "built    1" in run.stdout, (kind, run.stderr)


def test_a_template_folder_that_loops_or_holds_a_disk_is_refused_quickly(tmp_path):
    """A folder linking to its own parent is walked once; a folder past `template_files`
    (`--templates /` by mistake) is one line with exit code 6, not a walk of the disk."""
    (tmp_path / "org.txt").write_text("= Org =\n\nOrg is a small group. It was formed in 2020.\n", encoding="utf-8")
    loop = tmp_path / "T"
    loop.mkdir()
    (loop / "again").symlink_to(loop)
    run = _cli("build", "org.txt", "-o", "out", "-l", "snapshot", "-f", "pdf", "-j1", "--templates", "T", cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    for i in range(30):
        (loop / f"x{i}.txt").write_text("x")
    env_run = subprocess.run([sys.executable, "-m", "briefkit", "build", "org.txt", "-o", "out", "-l", "snapshot",
                              "--templates", "T"], cwd=tmp_path, capture_output=True, text=True, timeout=120,
                             env={**os.environ, "BRIEFKIT_LIMIT_TEMPLATE_FILES": "20"})
    assert env_run.returncode == 6, env_run.stderr
    assert env_run.stderr.strip().endswith("template folder holds more than 20 files and folders; name the folder "
                                           "of your templates (limit: BRIEFKIT_LIMIT_TEMPLATE_FILES)")
