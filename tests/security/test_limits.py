"""Every limit on untrusted input gives a clear, located error, quickly: no hang, no
memory blow-up, and each limit can be raised through its environment variable."""
from __future__ import annotations

import io
import json
import os
import threading
import time
import zipfile
from pathlib import Path

import pytest

from briefkit.errors import BuildError, SeedError
from briefkit.readers import read

HEAD = "= Org =\n\nOrg is a group founded in 2001.\n\n"


def quick_read(path):
    start = time.monotonic()
    try:
        return read(path)
    finally:
        assert time.monotonic() - start < 10


def test_fifo_is_refused_without_waiting(tmp_path):
    fifo = tmp_path / "seed.txt"
    os.mkfifo(fifo)
    with pytest.raises(SeedError, match="not a regular file"):
        quick_read(fifo)


def test_device_is_refused(tmp_path):
    link = tmp_path / "zero.txt"
    link.symlink_to("/dev/zero")
    with pytest.raises(SeedError, match="not a regular file"):
        quick_read(link)


def test_big_seed_is_refused_and_the_limit_is_configurable(tmp_path, monkeypatch):
    f = tmp_path / "big.txt"
    f.write_text(HEAD + ("Word word word word word. " * 40 + "\n\n") * 60, encoding="utf-8")
    monkeypatch.setenv("BRIEFKIT_LIMIT_SEED_BYTES", "50000")
    with pytest.raises(SeedError) as info:
        quick_read(f)
    assert "larger than 50000 bytes" in str(info.value) and "BRIEFKIT_LIMIT_SEED_BYTES" in str(info.value)
    monkeypatch.setenv("BRIEFKIT_LIMIT_SEED_BYTES", "100000")
    assert quick_read(f).title == "Org"


def test_default_seed_limit_refuses_a_5_mb_seed(tmp_path):
    f = tmp_path / "huge.txt"
    f.write_bytes(HEAD.encode() + b"Word word. " * 500_000)
    with pytest.raises(SeedError, match="larger than"):
        quick_read(f)


def test_long_line_is_refused_with_its_line(tmp_path):
    f = tmp_path / "long.txt"
    f.write_text(HEAD + "x" * 500_000 + "\n", encoding="utf-8")
    with pytest.raises(SeedError) as info:
        quick_read(f)
    assert info.value.line == 5 and "longer than" in str(info.value)


def test_long_paragraph_in_structured_seed(tmp_path):
    f = tmp_path / "p.json"
    f.write_text(json.dumps({"names": {"title": "Org"}, "lead": [{"text": "Word. " * 10_000}]}), encoding="utf-8")
    with pytest.raises(SeedError, match="longer than"):
        quick_read(f)


def test_deeply_nested_list(tmp_path):
    lines = [f"{'  ' * d}- item {d}" for d in range(60)]
    f = tmp_path / "n.txt"
    f.write_text(HEAD + "== Units ==\n" + "\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(SeedError, match="nested deeper"):
        quick_read(f)


def test_too_many_headings(tmp_path):
    f = tmp_path / "h.txt"
    f.write_text(HEAD + "".join(f"== H{i} ==\nText {i}.\n\n" for i in range(2_100)), encoding="utf-8")
    with pytest.raises(SeedError, match="headings"):
        quick_read(f)


def test_too_many_events(tmp_path, monkeypatch):
    monkeypatch.setenv("BRIEFKIT_LIMIT_EVENTS", "50")
    f = tmp_path / "e.json"
    events = [{"date": {"year": 1900 + i}, "text": f"Event {i}."} for i in range(60)]
    f.write_text(json.dumps({"names": {"title": "Org"}, "events": events}), encoding="utf-8")
    with pytest.raises(SeedError, match="60 dated events"):
        quick_read(f)


def _zip_bomb(path: Path, unpacked: int) -> None:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", "<x/>")
        with zf.open("word/bomb.xml", "w", force_zip64=True) as fh:
            chunk = b"\0" * 1_000_000
            for _ in range(unpacked // len(chunk)):
                fh.write(chunk)


def test_reference_docx_zip_bomb_is_refused_before_decompression(tmp_path, monkeypatch):
    from briefkit.build import BuildOptions, validate

    monkeypatch.setenv("BRIEFKIT_LIMIT_REFERENCE_DOCX_UNPACKED", "10000000")
    bomb = tmp_path / "house.docx"
    _zip_bomb(bomb, 20_000_000)
    assert bomb.stat().st_size < 100_000
    start = time.monotonic()
    with pytest.raises(BuildError) as info:
        validate(BuildOptions(reference_docx=bomb))
    assert time.monotonic() - start < 2 and "unpacks to" in str(info.value) and str(bomb) == info.value.file


@pytest.mark.parametrize("kind, words", [("bomb", "unpacks to"), ("device", "not a regular file"),
                                         ("not-a-zip", "not a Word document"),
                                         ("broken-package", "no item named 'word/document.xml'")])
def test_cli_refuses_a_bad_reference_docx_once_before_building(tmp_path, kind, words):
    """A reference document fails every Word output: it is refused once, in one line naming
    it, with the exit code of a bad reference document (6), and nothing is written (it had
    failed each output with the writer's code, 5, after the output folder was made)."""
    import subprocess
    import sys

    from helpers import SEED

    ref = tmp_path / "house.docx"
    if kind == "bomb":
        _zip_bomb(ref, 20_000_000)
    elif kind == "device":
        ref.symlink_to("/dev/zero")
    elif kind == "broken-package":  # a zip whose relationships name a part it lacks
        import zipfile

        with zipfile.ZipFile(ref, "w") as z:
            z.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/'
                       'package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.'
                       'openxmlformats-package.relationships+xml"/></Types>')
            z.writestr("_rels/.rels", '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/'
                       'package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/'
                       'officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
    else:
        ref.write_bytes(b"not a zip")
    env = {**os.environ, "BRIEFKIT_LIMIT_REFERENCE_DOCX_UNPACKED": "10000000"}
    proc = subprocess.run([sys.executable, "-m", "briefkit.cli", "build", str(SEED), "-l", "snapshot", "-f", "docx",
                           "--reference-docx", str(ref), "-o", str(tmp_path / "out")],
                          capture_output=True, text=True, timeout=300, env=env)
    lines = [ln for ln in proc.stderr.splitlines() if ln.strip()]
    assert proc.returncode == 6 and "Traceback" not in proc.stderr, proc.stderr
    assert len(lines) == 1 and lines[0].startswith(f"briefkit: error: {ref}: ") and words in lines[0], proc.stderr
    assert not (tmp_path / "out").exists()


def test_logo_pixel_bomb_is_refused(tmp_path, monkeypatch):
    from PIL import Image

    from briefkit.theme import load_theme

    monkeypatch.setenv("BRIEFKIT_LIMIT_LOGO_PIXELS", "1000000")
    logo = tmp_path / "logo.png"
    Image.new("1", (2_000, 2_000)).save(logo)  # 4 megapixels in a few kB
    (tmp_path / "t.toml").write_text('logo = "logo.png"\n', encoding="utf-8")
    with pytest.raises(BuildError, match="pixels"):
        load_theme(tmp_path / "t.toml")


@pytest.mark.parametrize("name,text", [("w.txt", HEAD + "== A ==\nStart " + "x" * 19_000 + " end.\n"),
                                       ("w.json", json.dumps({"names": {"title": "Org"}, "lead": [{"text": "y" * 5000}]}))])
def test_giant_word_is_refused(tmp_path, name, text):
    """A 19,000-character word passes the line limit but takes ReportLab minutes to break."""
    f = tmp_path / name
    f.write_text(text, encoding="utf-8")
    with pytest.raises(SeedError, match="a word longer than"):
        quick_read(f)
