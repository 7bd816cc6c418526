"""Nothing is written outside the output folder, a set of lengths is written whole or not at
all, outputs get the umask's mode, and stale `.part` files do not pile up."""
from __future__ import annotations

import errno
import os
import subprocess
import sys
from pathlib import Path

import pytest

from briefkit.build import check_distinct_outputs, seed_slug
from briefkit.errors import BuildError
from briefkit.outputs import clean_stale_parts, prepare_out_dir, safe_subdir, write_set


def test_symlinked_seed_folder_is_refused(tmp_path):
    outside = tmp_path / "outside"
    outside.mkdir()
    out = tmp_path / "out"
    out.mkdir()
    (out / "x").symlink_to(outside)
    with pytest.raises(BuildError) as info:
        safe_subdir(out, "x")
    assert "symbolic link" in str(info.value) and str(out / "x") in str(info.value)


def test_symlinked_cache_is_refused(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    (out / ".cache").symlink_to(tmp_path)
    with pytest.raises(BuildError):
        safe_subdir(out, ".cache", "charts")


def test_symlink_in_place_of_a_file_is_replaced_not_followed(tmp_path):
    target = tmp_path / "victim.txt"
    target.write_text("keep", encoding="utf-8")
    folder = tmp_path / "out"
    folder.mkdir()
    (folder / "brief.pdf").symlink_to(target)
    write_set([(folder / "brief.pdf", b"%PDF")])
    assert target.read_text(encoding="utf-8") == "keep"
    assert not (folder / "brief.pdf").is_symlink() and (folder / "brief.pdf").read_bytes() == b"%PDF"


def test_mode_follows_umask(tmp_path):
    old = os.umask(0o022)
    try:
        write_set([(tmp_path / "a.pdf", b"x")])
    finally:
        os.umask(old)
    assert (tmp_path / "a.pdf").stat().st_mode & 0o777 == 0o644


def test_full_disk_leaves_previous_set_and_no_part(tmp_path, monkeypatch):
    import briefkit.outputs as outputs

    for name in ("snapshot.pdf", "brief.pdf"):
        (tmp_path / name).write_bytes(b"old")
    real = outputs._write_part
    calls = []

    def failing(path, data, mode):
        calls.append(path)
        if len(calls) == 2:
            raise OSError(errno.ENOSPC, "No space left on device")
        return real(path, data, mode)

    monkeypatch.setattr(outputs, "_write_part", failing)
    with pytest.raises(BuildError) as info:
        write_set([(tmp_path / "snapshot.pdf", b"new"), (tmp_path / "brief.pdf", b"new")])
    assert "no space left" in str(info.value) and "brief.pdf" in str(info.value)
    assert [p.read_bytes() for p in (tmp_path / "snapshot.pdf", tmp_path / "brief.pdf")] == [b"old", b"old"]
    assert not list(tmp_path.glob("*.part"))


def test_stale_parts_of_dead_processes_are_removed(tmp_path):
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True,
                          text=True).stdout.strip()
    stale = tmp_path / f".brief.pdf.{dead}.abc123.part"
    live = tmp_path / f".brief.pdf.{os.getpid()}.abc123.part"
    stale.write_bytes(b"x")
    live.write_bytes(b"x")
    assert clean_stale_parts(tmp_path) == 1
    assert not stale.exists() and live.exists()


def test_out_dir_that_is_a_file(tmp_path):
    (tmp_path / "f").write_text("x", encoding="utf-8")
    with pytest.raises(BuildError, match="not a folder"):
        prepare_out_dir(tmp_path / "f")


def test_out_dir_too_long(tmp_path):
    with pytest.raises(BuildError, match="too long"):
        prepare_out_dir(tmp_path / ("x" * 300))


def test_long_seed_names_stay_short_and_distinct():
    a, b = Path("a" * 300 + "1.txt"), Path("a" * 300 + "2.txt")
    assert len(seed_slug(a)) <= 80 and seed_slug(a) != seed_slug(b)


@pytest.mark.parametrize("names", [("a b.txt", "a-b.txt"), ("x.txt", "x.yaml"), ("one/x.txt", "two/x.txt")])
def test_seeds_sharing_an_output_name_are_an_error_naming_both(tmp_path, names):
    seeds = []
    for n in names:
        p = tmp_path / n
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text("= X =\n", encoding="utf-8")
        seeds.append(p)
    with pytest.raises(BuildError) as info:
        check_distinct_outputs(seeds)
    assert str(seeds[0]) in str(info.value) and str(seeds[1]) in str(info.value)
