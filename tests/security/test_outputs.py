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


def _cli(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "briefkit", *args], cwd=cwd, capture_output=True, text=True,
                          timeout=300)


def _files_under(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*"))


def _mini(tmp_path: Path) -> Path:
    seed = tmp_path / "org.txt"
    seed.write_text("= Org =\n\nOrg is a small group. It was formed in 2020.\n", encoding="utf-8")
    return seed


def test_a_linked_seed_folder_gets_no_document_from_a_build(tmp_path):
    """The command line's build (not only `safe_subdir`) refuses the link: one line naming it,
    exit code 6, nothing written where it points."""
    _mini(tmp_path)
    outside, out = tmp_path / "outside", tmp_path / "out"
    outside.mkdir()
    out.mkdir()
    (out / "org").symlink_to(outside)
    run = _cli("build", "org.txt", "-o", "out", "-l", "snapshot", "-j1", cwd=tmp_path)
    assert run.returncode == 6, run.stderr
    assert _files_under(outside) == []
    errors = [line for line in run.stderr.splitlines() if line.startswith("briefkit: error")]
    assert errors and all("out/org: is a symbolic link inside the output folder" in e for e in errors)
    assert "Traceback" not in run.stderr


def test_a_folder_named_by_the_name_pattern_that_is_a_link_is_refused(tmp_path):
    _mini(tmp_path)
    outside, out = tmp_path / "outside", tmp_path / "out"
    (out / "org").mkdir(parents=True)
    outside.mkdir()
    (out / "org" / "sub").symlink_to(outside)
    run = _cli("build", "org.txt", "-o", "out", "-l", "snapshot", "-f", "pdf", "-j1",
               "--name", "{slug}/sub/{length}{ext}", cwd=tmp_path)
    assert run.returncode == 6, run.stderr
    assert _files_under(outside) == []


def test_a_linked_cache_is_refused_before_any_work(tmp_path):
    _mini(tmp_path)
    outside, out = tmp_path / "outside", tmp_path / "out"
    outside.mkdir()
    out.mkdir()
    (out / ".cache").symlink_to(outside)
    run = _cli("build", "org.txt", "-o", "out", "-l", "snapshot", "-j1", cwd=tmp_path)
    assert run.returncode == 6 and "out/.cache: is a symbolic link" in run.stderr, run.stderr
    assert _files_under(outside) == [] and not (out / "org").exists()


def test_linked_cache_kinds_and_subfolders_receive_no_entry(tmp_path):
    """Every kind's folder (and one of its subfolders) linked elsewhere: the build still
    succeeds, and its cache entries go nowhere rather than through the links."""
    _mini(tmp_path)
    first = _cli("build", "org.txt", "-o", "ref", "-l", "snapshot", "-j1", cwd=tmp_path)
    assert first.returncode == 0, first.stderr
    kinds = sorted(p.name for p in (tmp_path / "ref" / ".cache").iterdir() if p.is_dir())
    assert len(kinds) >= 5
    outside, cache = tmp_path / "outside", tmp_path / "out" / ".cache"
    outside.mkdir()
    cache.mkdir(parents=True)
    for kind in kinds[1:]:
        (cache / kind).symlink_to(outside)
    sub = next(p.name for p in (tmp_path / "ref" / ".cache" / kinds[0]).iterdir() if p.is_dir())
    (cache / kinds[0]).mkdir()
    (cache / kinds[0] / sub).symlink_to(outside)
    run = _cli("build", "org.txt", "-o", "out", "-l", "snapshot", "-j1", cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    assert _files_under(outside) == []
    assert (tmp_path / "out" / "org" / "snapshot.pdf").read_bytes()[:5] == b"%PDF-"


@pytest.mark.parametrize("kind", ["device", "folder", "seed", "empty"])
def test_the_report_never_replaces_a_device_a_folder_or_an_input(tmp_path, kind):
    seed = _mini(tmp_path)
    before = seed.read_bytes()
    if kind == "device":  # a FIFO stands for any special file: never one of the system's own
        os.mkfifo(tmp_path / "pipe")
        report = "pipe"
    elif kind == "folder":
        (tmp_path / "r").mkdir()
        report = "r"
    elif kind == "seed":
        report = "org.txt"
    else:
        report = ""
    run = _cli("build", "org.txt", "-o", "out", "-l", "snapshot", "-f", "pdf", "-j1", "--report", report, cwd=tmp_path)
    assert run.returncode == 6, run.stderr
    assert run.stderr.count("\n") == 1 and "report path" in run.stderr
    assert seed.read_bytes() == before and not (tmp_path / "out" / "org").exists()
    assert kind != "device" or (tmp_path / "pipe").is_fifo()


def test_a_seed_whose_set_cannot_be_written_keeps_every_previous_output(tmp_path):
    """A batch writes a seed's outputs as one set: when one of them cannot be written (its name
    taken by a folder), none is replaced, so no new PDF stands beside an old DOCX."""
    seed = _mini(tmp_path)
    first = _cli("build", "org.txt", "-o", "out", "-l", "snapshot", "-j1", cwd=tmp_path)
    assert first.returncode == 0, first.stderr
    folder = tmp_path / "out" / "org"
    old_pdf = (folder / "snapshot.pdf").read_bytes()
    seed.write_text("= Org =\n\nOrg is a larger group. It was formed in 2021.\n", encoding="utf-8")
    (folder / "snapshot.docx").unlink()
    (folder / "snapshot.docx").mkdir()
    run = _cli("build", "org.txt", "-o", "out", "-l", "snapshot", "-j1", cwd=tmp_path)
    assert run.returncode == 6 and "output file name is taken by a folder" in run.stderr, run.stderr
    assert (folder / "snapshot.pdf").read_bytes() == old_pdf
    assert not [p.name for p in folder.iterdir() if p.name.endswith(".part")]
