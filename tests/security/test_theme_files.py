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

# A password file's first line; ReportLab quoted its first four bytes ("hush", 0x68757368).
SECRET = b"hush:$6$saltsalt$SECRETHASHSECRETHASH:19000:0:99999:7:::\n"


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


# ------------------------------------------------------------------ font files
def test_a_sparse_3_gb_font_is_refused_unread_and_the_limit_is_configurable(tmp_path, monkeypatch):
    font = tmp_path / "huge.ttf"
    with open(font, "wb") as fh:
        fh.truncate(3 * 1024**3)  # sparse: no disk used, but 3 GB to read
    theme = theme_naming(tmp_path, '[fonts]\nbody = "huge.ttf"\n')
    with pytest.raises(BuildError) as info:
        quick_load(theme)
    message = str(info.value)
    assert "fonts.body" in message and str(font) in message and "BRIEFKIT_LIMIT_FONT_BYTES" in message
    assert "larger than 64000000 bytes" in message
    monkeypatch.setenv("BRIEFKIT_LIMIT_FONT_BYTES", "1000")
    real = theme_naming(tmp_path, f'[fonts]\nbody = "{_bundled()}"\n')
    with pytest.raises(BuildError, match="larger than 1000 bytes"):
        quick_load(real)


@pytest.mark.parametrize("target", ["/dev/zero", "fifo", "folder"])
def test_a_font_that_is_not_a_regular_file_is_refused(tmp_path, target):
    if target == "fifo":
        os.mkfifo(tmp_path / "fifo")
    elif target == "folder":
        (tmp_path / "folder").mkdir()
    theme = theme_naming(tmp_path, f'[fonts]\nheading = "{target}"\n')
    with pytest.raises(BuildError) as info:
        quick_load(theme)
    assert "fonts.heading" in str(info.value) and ("not a regular file" in str(info.value) or "folder" in str(info.value))


@pytest.mark.parametrize("content", [SECRET, b"\x00\x01\x00\x00\xff\xff" + b"\0" * 100, b"OTTO" + b"\0" * 100, b""],
                         ids=["password-file", "truncated-directory", "cff", "empty"])
def test_a_file_that_is_not_a_truetype_font_is_named_never_quoted(tmp_path, content):
    """Not a font (a password file), a TrueType header over nothing, a CFF font, an empty
    file: each refused at load, by name; ReportLab had answered 'version=0x68757368'."""
    font = tmp_path / "shadow"
    font.write_bytes(content)
    theme = theme_naming(tmp_path, '[fonts]\nfallbacks = ["shadow"]\n')
    with pytest.raises(BuildError) as info:
        quick_load(theme)
    message = str(info.value)
    assert "fonts.fallbacks" in message and str(font) in message and "TrueType" in message
    assert "hush" not in message and "68757368" not in message.upper() and "SECRET" not in message


def test_cli_non_font_is_one_line_exit_6_without_its_content(tmp_path):
    (tmp_path / "shadow.ttf").write_bytes(SECRET)
    theme = theme_naming(tmp_path, 'fonts.body = "shadow.ttf"\n')
    line = assert_refused(run_build(tmp_path, "--theme", str(theme)), tmp_path, "t.toml", "shadow.ttf")
    assert "hush" not in line and "68757368" not in line.upper()


def test_real_fonts_still_load():
    from briefkit.font_files import font_file_problem

    assert font_file_problem(Path(_bundled())) is None


def _bundled() -> str:
    from briefkit.fonts import bundled_font

    return str(bundled_font("serif"))


# ------------------------------------------------------------------ the logo
def test_a_logo_that_is_not_a_regular_file_is_refused(tmp_path):
    theme = theme_naming(tmp_path, 'logo = "/dev/zero"\n')
    with pytest.raises(BuildError, match="not a regular file") as info:
        quick_load(theme)
    assert "/dev/zero" in str(info.value)


def test_an_eps_logo_is_refused_before_ghostscript_could_run_it(tmp_path):
    (tmp_path / "logo.eps").write_text("%!PS-Adobe-3.0 EPSF-3.0\n%%BoundingBox: 0 0 100 100\n"
                                       "(/etc/passwd) (r) file pop\nshowpage\n", encoding="ascii")
    theme = theme_naming(tmp_path, 'logo = "logo.eps"\n')
    with pytest.raises(BuildError, match="not a readable PNG or JPEG image"):
        quick_load(theme)


def test_a_png_logo_cut_short_is_the_themes_error(tmp_path):
    """Its header and checksums are right, its image data is not: refused when the theme is
    read (exit code 6), not in the middle of every PDF's layout (exit code 5)."""
    import struct
    import zlib

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    (tmp_path / "logo.png").write_bytes(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 100, 100, 8, 2, 0, 0, 0))
                                        + chunk(b"IDAT", b"garbage") + chunk(b"IEND", b""))
    theme = theme_naming(tmp_path, 'logo = "logo.png"\n')
    with pytest.raises(BuildError, match="not a readable PNG or JPEG image"):
        quick_load(theme)
