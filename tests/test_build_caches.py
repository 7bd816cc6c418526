"""The build caches of fonts and compiled templates give back what computing gives, compute
afresh when the input or the code that made an entry changes, and treat a corrupt entry as a
missing one."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from briefkit import caches
from briefkit.fonts import bundled_font


def entries(folder: Path, suffix: str) -> list[Path]:
    return sorted(folder.rglob(f"*{suffix}"))


def corrupt(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[-1] ^= 0xFF
    path.write_bytes(bytes(data))


# ------------------------------------------------------------------ entries
def test_an_entry_reads_back_and_a_damaged_one_is_missing(tmp_path: Path) -> None:
    path = tmp_path / "ab" / "abcd.bin"
    caches.write_entry(path, b"payload")
    assert caches.read_entry(path) == b"payload"
    corrupt(path)
    assert caches.read_entry(path) is None
    path.write_bytes(path.read_bytes()[:10])  # truncated
    assert caches.read_entry(path) is None
    assert caches.read_entry(tmp_path / "missing.bin") is None
    assert not list(tmp_path.rglob("*.tmp"))  # written atomically, nothing left behind


def test_a_scope_names_the_folders_and_ends(tmp_path: Path) -> None:
    assert caches.folder("fonts") is None
    with caches.scope(tmp_path):
        assert caches.folder("fonts") == tmp_path / "fonts"
        with caches.scope(None):
            assert caches.folder("fonts") is None
    assert caches.folder("fonts") is None
