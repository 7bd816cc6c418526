"""The command line's own process ends with its command's code as soon as the command is done
(`cli._leave`): its exit handlers run and its output is flushed first, and a process with
another thread still running ends the ordinary way, which waits for it."""
from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

SRC = str(Path(__file__).resolve().parents[2] / "src")
ENV = {**os.environ, "PYTHONPATH": SRC}


def _run(code: str, tmp_path: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", textwrap.dedent(code)], capture_output=True, text=True,
                          cwd=tmp_path, env=ENV, timeout=60)


def test_a_process_leaves_with_its_code_after_its_exit_handlers_and_flushed_output(tmp_path):
    done = _run("""
        import atexit, sys
        from briefkit import cli
        atexit.register(lambda: print("handler ran"))
        print("buffered", end="")
        sys.stdout.write(" and written")
        cli._leave(3)
        print("not reached")
    """, tmp_path)
    assert done.returncode == 3
    assert done.stdout == "buffered and writtenhandler ran\n"


def test_a_process_with_another_thread_running_ends_the_ordinary_way(tmp_path):
    flag = tmp_path / "flag"
    done = _run(f"""
        import threading, time
        from briefkit import cli
        def late():
            time.sleep(0.3)
            open({str(flag)!r}, "w").write("done")
        threading.Thread(target=late).start()
        cli._leave(5)
        print("returned")
    """, tmp_path)
    assert done.returncode == 0 and done.stdout == "returned\n"
    assert flag.read_text() == "done"  # the normal exit waited for the thread


def test_a_build_and_a_failed_build_exit_with_their_codes_and_leave_their_files(tmp_path):
    from helpers import EPOCH, SEED

    env = {**ENV, "SOURCE_DATE_EPOCH": EPOCH}
    ok = subprocess.run([sys.executable, "-m", "briefkit", "build", str(SEED), "-o", str(tmp_path / "out"), "-q"],
                        capture_output=True, text=True, env=env)
    assert ok.returncode == 0, ok.stderr
    assert (tmp_path / "out" / "build-report.json").read_text().rstrip().endswith("}")
    assert len(list((tmp_path / "out").rglob("*.pdf"))) == 3 and len(list((tmp_path / "out").rglob("*.docx"))) == 3
    again = subprocess.run([sys.executable, "-m", "briefkit", "build", str(SEED), "-o", str(tmp_path / "out")],
                           capture_output=True, text=True, env=env)
    assert again.returncode == 0 and "skipped  6 (up to date)" in again.stdout  # the state was saved whole
    missing = subprocess.run([sys.executable, "-m", "briefkit", "build", str(tmp_path / "none.txt"), "-o",
                              str(tmp_path / "o2")], capture_output=True, text=True, env=env)
    assert missing.returncode == 6 and missing.stderr.strip().endswith("seed file not found")
