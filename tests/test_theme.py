"""Themes: every key optional, bad files give errors naming the file, never a traceback."""
from __future__ import annotations

import subprocess
import sys

import pytest

from briefkit.errors import BuildError
from briefkit.theme import DEFAULT_THEME, load_theme
from helpers import SEED


def test_partial_theme_keeps_defaults(tmp_path):
    f = tmp_path / "t.toml"
    f.write_text('page_size = "Letter"\n[colours]\naccent = "#7a1f1f"\n')
    theme = load_theme(f)
    assert theme.page_size == "Letter" and theme.colours.accent == "#7a1f1f"
    assert theme.colours.text == DEFAULT_THEME.colours.text
    assert theme.marking is None


@pytest.mark.parametrize("content, needle", [
    ("page_size = 'A3'", "page_size"),
    ("colour = 'red'", "colour"),
    ("[fonts]\nbody = 'missing.ttf'", "missing.ttf"),
    ("margins_mm = [1, 2]", "margins_mm"),
    ("this is not toml", "TOML"),
])
def test_bad_theme(tmp_path, content, needle):
    f = tmp_path / "t.toml"
    f.write_text(content)
    with pytest.raises(BuildError) as exc:
        load_theme(f)
    assert needle in str(exc.value) and "t.toml" in str(exc.value)


def test_cli_bad_theme_is_one_line(tmp_path):
    f = tmp_path / "t.toml"
    f.write_text("page_size = 'A3'")
    proc = subprocess.run([sys.executable, "-m", "briefkit.cli", "build", str(SEED), "--theme", str(f), "-o",
                           str(tmp_path / "o")], capture_output=True, text=True)
    assert proc.returncode != 0 and "Traceback" not in proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1 and "t.toml" in proc.stderr
    assert not (tmp_path / "o").exists()
