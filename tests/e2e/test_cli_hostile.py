"""Ordinary mistakes and internal bugs at the command line: one `briefkit: error: FILE: ...`
line each, with the exit code README documents; a bug says so and never stops the batch."""
from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from helpers import EPOCH, ROOT, SEED

SMALL = "= Small Org =\n\nSmall Org is a group founded in 2001.\n\n== History ==\nOn 5 May 2003, it grew.\n"


def run(*args: str, cwd: Path, code: str | None = None) -> subprocess.CompletedProcess:
    env = {**os.environ, "SOURCE_DATE_EPOCH": EPOCH}
    cmd = [sys.executable, "-c", code] if code else [sys.executable, "-m", "briefkit.cli"]
    return subprocess.run([*cmd, *args], cwd=cwd, capture_output=True, text=True, timeout=300, env=env)


def error_lines(proc) -> list[str]:
    assert "Traceback" not in proc.stderr, proc.stderr
    lines = [ln for ln in proc.stderr.splitlines() if ln.strip()]
    assert lines and all(re.match(r"briefkit: error: \S", ln) for ln in lines), proc.stderr
    return lines


def test_output_that_is_a_file(tmp_path):
    (tmp_path / "s.txt").write_text(SMALL, encoding="utf-8")
    (tmp_path / "out").write_text("x", encoding="utf-8")
    proc = run("build", "s.txt", "-o", "out", cwd=tmp_path)
    assert proc.returncode == 6 and error_lines(proc) == ["briefkit: error: out: output path exists and is not a folder"]


def test_output_in_an_unwritable_place(tmp_path):
    (tmp_path / "s.txt").write_text(SMALL, encoding="utf-8")
    proc = run("build", "s.txt", "-o", "/proc/briefkit-out", cwd=tmp_path)
    assert proc.returncode == 6 and "/proc/briefkit-out" in error_lines(proc)[0]


def test_seed_error_is_not_the_usage_code(tmp_path):
    (tmp_path / "bad.json").write_text('{"names": {"title": 5}, "colour": 1}', encoding="utf-8")
    proc = run("build", "bad.json", "-o", "out", cwd=tmp_path)
    lines = error_lines(proc)
    assert proc.returncode == 7
    assert len(lines) == 2 and all(ln.startswith("briefkit: error: bad.json:1: ") for ln in lines)


@pytest.mark.parametrize("theme,words", [
    ('[colours]\naccent = "red"\n', "colours.accent"),
    ('margins_mm = "wide"\n', "margins_mm"),
    ("page_size = 5\n", "page_size"),
    ('colours = "blue"\n', "colours"),
    ('marking = "TOP\\u0007SECRET"\n', "marking"),
])
def test_bad_theme_values(tmp_path, theme, words):
    (tmp_path / "s.txt").write_text(SMALL, encoding="utf-8")
    (tmp_path / "t.toml").write_text(theme, encoding="utf-8")
    proc = run("build", "s.txt", "--theme", "t.toml", "-o", "out", cwd=tmp_path)
    (line,) = error_lines(proc)
    assert proc.returncode == 6 and line.startswith("briefkit: error: t.toml: ") and words in line


BUGGY = """
import sys
import briefkit.batch.work as work
real = work._prepare
def buggy(unit):
    if unit.seed.endswith("a.txt"):
        raise KeyError("boom")
    return real(unit)
work._prepare = buggy
from briefkit.cli import main
sys.argv = ["briefkit", *sys.argv[1:]]
main()
"""


def test_internal_error_says_so_and_the_batch_goes_on(tmp_path):
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text(SMALL, encoding="utf-8")
    # -j1: the bug is injected in this process; pool workers start from a fork server without it
    proc = run("build", "a.txt", "b.txt", "-o", "out", "-l", "snapshot", "-f", "docx", "-j", "1", cwd=tmp_path,
               code=BUGGY)
    assert proc.returncode == 70
    (line,) = error_lines(proc)
    assert line.startswith("briefkit: error: a.txt: internal error, please report")
    assert (tmp_path / "out" / "b" / "snapshot.docx").is_file()
    debug = run("--debug", "build", "a.txt", "-o", "out", "-l", "snapshot", "-f", "docx", cwd=tmp_path, code=BUGGY)
    assert "Traceback" in debug.stderr and "KeyError" in debug.stderr and debug.returncode == 70


def test_long_title_builds_docx(tmp_path):
    """A title near Word's 255-character core-property limit (with the subject line past it)."""
    title = "The " + "Very Long Organisation Name " * 7
    (tmp_path / "t.txt").write_text(SMALL.replace("Small Org", title.strip()), encoding="utf-8")
    proc = run("build", "t.txt", "-o", "out", "-l", "snapshot", "-f", "docx", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    import docx

    props = docx.Document(str(tmp_path / "out" / "t" / "snapshot.docx")).core_properties
    assert props.title == title.strip() and len(props.subject) <= 255


def test_readme_python_example_runs(tmp_path):
    """The Python block of README.md, run as written from a folder holding `seeds/`."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    code = re.search(r"### Python API\s+```python\n(.*?)```", readme, re.S).group(1)
    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / SEED.name).write_bytes(SEED.read_bytes())
    assert SEED.name in code
    proc = run(cwd=tmp_path, code=code + "\nprint(type(profile).__name__, path, [o.path for o in outputs])\n")
    assert proc.returncode == 0, proc.stderr
    assert (tmp_path / "dist" / SEED.stem / "snapshot.pdf").is_file()
    assert (tmp_path / "out" / SEED.stem / "brief.docx").is_file()
