"""What briefkit prints never carries a control character from a file name or a seed: an
escape sequence in a name could retitle, clear or rewrite the user's terminal."""
from __future__ import annotations

import subprocess
import sys

import pytest

from briefkit.errors import shown

EVIL = "ev\x1b]0;pwned\x07il\x1b[2J"


def test_shown_escapes_controls_and_keeps_everything_else():
    assert shown(f"{EVIL}.txt") == "ev\\x1b]0;pwned\\x07il\\x1b[2J.txt"
    assert shown("Légion «Свобода России» ლეგიონი") == "Légion «Свобода России» ლეგიონი"
    assert shown("a\nb\tc\u2028d\x9b") == "a\\x0ab\\x09c\\u2028d\\x9b"


@pytest.mark.parametrize("command", ["build", "lint", "bad-seed"])
def test_a_file_name_with_an_escape_sequence_is_printed_escaped(tmp_path, command):
    seed = tmp_path / f"{EVIL}.txt"
    text = "= Org =\n\nOrg is a small group. It was formed in 2020\n" if command != "bad-seed" else "\x00\x01"
    seed.write_text(text, encoding="utf-8")
    args = ["lint", seed.name] if command == "lint" else ["build", seed.name, "-o", "out", "-l", "snapshot",
                                                            "-f", "pdf", "-j1"]
    run = subprocess.run([sys.executable, "-m", "briefkit", *args], cwd=tmp_path, capture_output=True, text=True,
                         timeout=120)
    assert "\x1b" not in run.stdout + run.stderr and "\x07" not in run.stdout + run.stderr
    if command == "build":  # a successful build names its outputs by the seed's slug
        assert "ev-0-pwned-il-2j/snapshot.pdf" in run.stdout
    else:
        assert "\\x1b]0;pwned\\x07il" in run.stdout + run.stderr, (run.stdout, run.stderr)
