"""`tempnames.mkstemp`: `tempfile.mkstemp`'s file, without importing tempfile."""
from __future__ import annotations

import os
import stat
from pathlib import Path

from briefkit import outputs
from briefkit.tempnames import mkstemp


def test_a_new_private_file_of_its_own_name(tmp_path: Path) -> None:
    made = set()
    for _ in range(20):
        fd, path = mkstemp(prefix=".full.pdf.123.", suffix=".part", dir=tmp_path)
        os.close(fd)
        assert Path(path).parent == tmp_path and path not in made
        made.add(path)
        assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
        assert outputs._PART.match(Path(path).name).group(1) == "123"  # the writer's pid is read back


def test_an_existing_name_is_never_reused(tmp_path: Path, monkeypatch) -> None:
    taken = tmp_path / "x.aaaaaaaaaaaa.tmp"
    taken.write_bytes(b"old")
    draws = iter([bytes.fromhex("aaaaaaaaaaaa"), bytes.fromhex("bbbbbbbbbbbb")])
    monkeypatch.setattr(os, "urandom", lambda n: next(draws))
    fd, path = mkstemp(prefix="x.", suffix=".tmp", dir=tmp_path)
    os.close(fd)
    assert path == str(tmp_path / "x.bbbbbbbbbbbb.tmp") and taken.read_bytes() == b"old"
