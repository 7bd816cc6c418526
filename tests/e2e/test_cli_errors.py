"""Bad input gives one line naming the file and a non-zero exit code, never a traceback."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from helpers import SEED


def run(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "briefkit.cli", *args], cwd=cwd, capture_output=True,
                          text=True, timeout=300)


def assert_one_line_error(proc, name: str):
    assert proc.returncode != 0
    assert "Traceback" not in proc.stderr
    lines = [ln for ln in proc.stderr.splitlines() if ln.strip()]
    assert len(lines) == 1, proc.stderr
    assert lines[0].startswith("briefkit: error:")
    assert name in lines[0]


def test_missing_file(tmp_path):
    proc = run("build", "nope.txt", "-o", str(tmp_path / "out"), cwd=tmp_path)
    assert_one_line_error(proc, "nope.txt")
    assert not (tmp_path / "out").exists()


def test_directory_without_seeds(tmp_path):
    (tmp_path / "empty").mkdir()
    proc = run("build", "empty", "-o", str(tmp_path / "out"), cwd=tmp_path)
    assert_one_line_error(proc, "empty")


def test_default_seeds_folder_missing(tmp_path):
    proc = run("build", cwd=tmp_path)
    assert_one_line_error(proc, "seeds")


def test_empty_seed(tmp_path):
    (tmp_path / "blank.txt").write_text("", encoding="utf-8")
    proc = run("build", "blank.txt", "-o", str(tmp_path / "out"), cwd=tmp_path)
    assert_one_line_error(proc, "blank.txt")
    assert not list((tmp_path).glob("out/**/*.pdf"))


def test_seed_without_title(tmp_path):
    (tmp_path / "notitle.txt").write_text("Just a paragraph.\n\n== History ==\nMore.\n", encoding="utf-8")
    proc = run("build", "notitle.txt", "-o", str(tmp_path / "out"), cwd=tmp_path)
    assert_one_line_error(proc, "notitle.txt")


@pytest.mark.parametrize("args", [("--length", "huge"), ("--format", "rtf")])
def test_bad_options(tmp_path, args):
    proc = run("build", str(SEED), *args, "-o", str(tmp_path / "out"), cwd=tmp_path)
    assert proc.returncode != 0 and "Traceback" not in proc.stderr


@pytest.mark.parametrize("args", [("build", "--format", "rtf"), ("build", "--bogus"), ("build", "-j", "-1"),
                                  ("build", "-j", "two"), ("frobnicate",), ("lint",), ("--bogus", "build"),
                                  ("markup", str(SEED), "-l", "huge")])
def test_a_bad_command_line_is_one_line_naming_the_help(tmp_path, args):
    """A mistyped command line gets the one-line error every other failure gets (exit code 2,
    the README's "bad command line"), naming the help to read, not a screen of usage."""
    proc = run(*args, cwd=tmp_path)
    assert proc.returncode == 2 and "Traceback" not in proc.stderr, proc.stderr
    assert_one_line_error(proc, "--help")
    assert not any(tmp_path.iterdir())


def test_seeds_and_options_may_come_in_any_order(tmp_path):
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text(f"= Org {name[0].upper()} =\n\nIt was formed in 2020.\n", encoding="utf-8")
    proc = run("build", "a.txt", "-l", "snapshot", "b.txt", "-f", "docx", "-o", "out", "-q", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert sorted(p.relative_to(tmp_path / "out").as_posix() for p in (tmp_path / "out").rglob("*.docx")) == [
        "a/snapshot.docx", "b/snapshot.docx"]


def test_help_lists_every_command_and_the_exit_codes(tmp_path):
    proc = run("--help", cwd=tmp_path)
    assert proc.returncode == 0 and proc.stdout.startswith("Usage: briefkit")
    for word in ("build", "inspect", "lint", "markup", "reference-docx", "schema", "70 internal error"):
        assert word in proc.stdout
    assert run("--version", cwd=tmp_path).stdout.startswith("briefkit ")


def test_build_narrowed_and_reported(tmp_path):
    proc = run("build", str(SEED), "--length", "snapshot", "--format", "pdf", "-o", str(tmp_path / "o"), cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    written = sorted(p.relative_to(tmp_path / "o").as_posix() for p in (tmp_path / "o").rglob("*.pdf"))
    assert written == ["freedom_of_russia_legion/snapshot.pdf"]
    assert "freedom_of_russia_legion/snapshot.pdf" in proc.stdout


def test_build_without_arguments_uses_seeds_folder(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "mini.txt").write_text("= Mini Org =\n\nMini Org is a small group. It was formed in 2020.\n", encoding="utf-8")
    proc = run("build", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    for length in ("snapshot", "brief", "full"):
        for ext in ("pdf", "docx"):
            assert (tmp_path / "dist" / "mini" / f"{length}.{ext}").is_file()


def test_reference_docx_warnings_are_one_line(tmp_path):
    import docx

    docx.Document().save(tmp_path / "plain.docx")  # Word's defaults: no key-facts table style
    proc = run("build", str(SEED), "-l", "snapshot", "-f", "docx", "--reference-docx", "plain.docx",
               "-o", str(tmp_path / "o"), cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    warnings = [ln for ln in proc.stderr.splitlines() if ln.strip()]
    assert warnings and all(ln.startswith("briefkit: warning:") for ln in warnings), proc.stderr
    assert (tmp_path / "o" / "freedom_of_russia_legion" / "snapshot.docx").is_file()


def test_reference_docx_command(tmp_path):
    proc = run("reference-docx", "ref.docx", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    import docx

    names = {s.name for s in docx.Document(str(tmp_path / "ref.docx")).styles}
    assert {"Title", "Heading 1", "Caption", "List Bullet"} <= names
