"""A theme and the files it names (fonts, logo) are untrusted: a device, a pipe, an oversized
file or a file that is not a font is refused when the theme is read, quickly, in one line
naming the file, with the theme's exit code (6), and no parser's complaint quotes the file."""
from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from briefkit.errors import BuildError
from briefkit.theme import load_theme
from helpers import SEED


def quick_load(theme: Path):
    start = time.monotonic()
    try:
        return load_theme(theme)
    finally:
        assert time.monotonic() - start < 10


def theme_naming(tmp_path: Path, text: str) -> Path:
    theme = tmp_path / "t.toml"
    theme.write_text(text, encoding="utf-8")
    return theme


def run_build(tmp_path: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "briefkit.cli", "build", str(SEED), "-l", "snapshot",
                           "-o", str(tmp_path / "out"), *args], capture_output=True, text=True, timeout=300,
                          cwd=tmp_path)


def assert_refused(proc: subprocess.CompletedProcess, tmp_path: Path, *names: str) -> str:
    """One line, the theme's exit code, naming `names`, and no output folder."""
    lines = [ln for ln in proc.stderr.splitlines() if ln.strip()]
    assert proc.returncode == 6 and "Traceback" not in proc.stderr, proc.stderr
    assert len(lines) == 1 and lines[0].startswith("briefkit: error:"), proc.stderr
    assert all(name in lines[0] for name in names), lines[0]
    assert not (tmp_path / "out").exists()
    return lines[0]


# ------------------------------------------------------------------ the theme file
@pytest.mark.parametrize("kind", ["device", "fifo"])
def test_a_theme_that_is_not_a_regular_file_is_refused_without_reading_it(tmp_path, kind):
    theme = tmp_path / "t.toml"
    if kind == "device":
        theme.symlink_to("/dev/zero")  # read to its end, it never ends
    else:
        os.mkfifo(theme)  # opened, it waits for a writer forever
    with pytest.raises(BuildError, match="not a regular file") as info:
        quick_load(theme)
    assert info.value.file == str(theme)


def test_an_oversized_theme_is_refused_and_the_limit_is_configurable(tmp_path, monkeypatch):
    theme = theme_naming(tmp_path, 'author = "x"\n' + "# padding\n" * 2_000)  # 20 kB
    assert quick_load(theme).author == "x"
    monkeypatch.setenv("BRIEFKIT_LIMIT_THEME_BYTES", "10000")
    with pytest.raises(BuildError) as info:
        quick_load(theme)
    assert "larger than 10000 bytes" in str(info.value) and "BRIEFKIT_LIMIT_THEME_BYTES" in str(info.value)


def test_a_theme_nested_past_the_parsers_recursion_is_the_themes_error(tmp_path):
    """tomllib recurses once per bracket: 100,000 of them had been an internal error (70)."""
    theme = theme_naming(tmp_path, "a = " + "[" * 100_000 + "]" * 100_000 + "\n")
    with pytest.raises(BuildError, match="nested too deeply") as info:
        quick_load(theme)
    assert info.value.file == str(theme)


def test_cli_theme_from_dev_zero_is_one_line_exit_6(tmp_path):
    proc = run_build(tmp_path, "--theme", "/dev/zero")
    assert_refused(proc, tmp_path, "/dev/zero", "not a regular file")

