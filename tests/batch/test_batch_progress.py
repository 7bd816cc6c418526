"""Progress: a bar on a terminal, one line per output elsewhere, printed as each seed finishes."""
from __future__ import annotations

import io
import re
import subprocess
import sys
from pathlib import Path

import pytest

from batch_helpers import mini_corpus
from briefkit.batch import build_many
from briefkit.batch.progress import Progress


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.fixture
def corpus(tmp_path, monkeypatch) -> Path:
    monkeypatch.chdir(tmp_path)
    mini_corpus(tmp_path, 3)
    return tmp_path


def test_terminal_gets_a_bar_with_counts_eta_and_seed(corpus):
    out, err = Terminal(), io.StringIO()
    result = build_many("seeds", out_dir="out", lengths=["snapshot"], formats=["pdf"], jobs=1,
                        progress=Progress(out, err))
    assert result.ok
    text = out.getvalue()
    frames = [f for f in text.split("\r") if f.startswith("[")]
    assert frames[0].startswith("[") and "0/3 outputs" in frames[0] and "eta --:--:--" in frames[0]
    assert any(re.search(r"1/3 outputs +33%  eta \d+:\d\d:\d\d  seeds/org00.txt$", f.rstrip("\x1b[2K")) for f in frames), frames
    assert any("3/3 outputs 100%" in f for f in frames)
    assert "wrote " not in text  # no per-output lines under a bar
    assert "built    3" in text and "failed   0" in text  # the closing summary
    assert err.getvalue() == ""


def test_bar_fits_the_width():
    p = Progress(Terminal(), io.StringIO())
    p.total, p.done, p.current = 3000, 1234, "seeds/" + "x" * 200 + ".txt"
    line = p.render_bar(80)
    assert len(line) <= 80 and "1234/3000 outputs" in line and line.endswith(".txt")


def test_plain_lines_and_verbose_skips(corpus):
    out = io.StringIO()
    build_many("seeds", out_dir="out", lengths=["snapshot"], formats=["pdf"], jobs=1, progress=Progress(out, io.StringIO()))
    lines = out.getvalue().splitlines()
    assert [ln.split(" (")[0] for ln in lines if ln.startswith("wrote ")] == [
        "wrote out/org00/snapshot.pdf", "wrote out/org01/snapshot.pdf", "wrote out/org02/snapshot.pdf"]
    out = io.StringIO()
    build_many("seeds", out_dir="out", lengths=["snapshot"], formats=["pdf"], jobs=1,
               progress=Progress(out, io.StringIO(), verbosity=1))
    assert out.getvalue().splitlines()[:3] == [f"skipped out/org0{i}/snapshot.pdf (up to date)" for i in range(3)]


def test_quiet_prints_only_errors(corpus):
    (corpus / "seeds" / "broken.txt").write_text("nothing\n")
    out, err = Terminal(), io.StringIO()
    build_many("seeds", out_dir="out", lengths=["snapshot"], formats=["pdf"], jobs=1,
               progress=Progress(out, err, verbosity=-1))
    assert "\r[" not in out.getvalue() and "wrote " not in out.getvalue()
    assert err.getvalue().splitlines() == [
        "briefkit: error: seeds/broken.txt:1: no title line: expected '= Title =' but found 'nothing'"]


def test_lines_arrive_as_each_seed_finishes_not_at_the_end(corpus):
    mini_corpus(corpus, 6)
    proc = subprocess.Popen([sys.executable, "-m", "briefkit", "build", "-j", "1", "-l", "snapshot"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        first = proc.stdout.readline()
        assert first.startswith("wrote dist/org00/snapshot."), first
        assert proc.poll() is None, "the first line came only when the build was over"
    finally:
        rest = proc.stdout.read()  # not communicate(): it would skip what readline buffered
        err = proc.stderr.read()
        proc.wait(timeout=300)
    assert proc.returncode == 0, err
    assert sum(ln.startswith("wrote ") for ln in [first, *rest.splitlines()]) == 12
