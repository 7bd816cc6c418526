"""briefkit.toml: found in the working folder or given with --config, validated with line numbers."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from batch_helpers import mini_corpus
from briefkit.batch.manifest import ManifestError, load_manifest
from briefkit.batch.run import resolve_settings


def manifest(tmp_path: Path, text: str) -> Path:
    p = tmp_path / "briefkit.toml"
    p.write_text(text, encoding="utf-8")
    return p


def test_full_manifest_is_typed_and_paths_are_relative_to_it(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "site").mkdir()
    m = manifest(tmp_path / "site", 'seeds = ["profiles/**/*.txt"]\nrecursive = true\nlengths = "brief"\n'
                 'formats = ["pdf"]\ntheme = "house.toml"\noutput = "public"\nname = "{slug}-{length}.{ext}"\njobs = 3\n')
    got = load_manifest(Path("site/briefkit.toml"))
    assert got["seeds"] == ["site/profiles/**/*.txt"]
    assert got["lengths"] == ["brief"] and got["formats"] == ["pdf"] and got["jobs"] == 3
    assert got["theme"] == "site/house.toml" and got["output"] == "site/public"
    assert m.is_file()


@pytest.mark.parametrize("text, line, words", [
    ('seeds = ["a"]\nlenghts = ["brief"]\n', 2, "lenghts: unknown key"),
    ('seeds = ["a"]\n\njobs = "four"\n', 3, "jobs"),
    ('seeds = ["a"]\nformats = ["pdf", "rtf"]\n', 2, "formats.1"),
    ('seeds = ["a"]\njobs = -1\n', 2, "jobs"),
    ('seeds = ["a"\nlengths = 3\n', 2, "invalid TOML"),
])
def test_errors_name_the_line(tmp_path, text, line, words):
    m = manifest(tmp_path, text)
    with pytest.raises(ManifestError) as err:
        load_manifest(m)
    assert err.value.line == line, str(err.value)
    assert str(err.value).startswith(f"{m}:{line}: ") and words in str(err.value)


def test_unknown_length_names_its_manifest_line(tmp_path):
    m = manifest(tmp_path, 'output = "out"\nlengths = ["brief", "huge"]\n')
    with pytest.raises(ManifestError) as err:
        resolve_settings(m)
    assert err.value.line == 2 and "huge" in str(err.value)


def test_command_line_overrides_manifest(tmp_path):
    m = manifest(tmp_path, 'seeds = ["x/*.txt"]\nlengths = ["brief"]\nformats = ["docx"]\njobs = 4\n')
    s = resolve_settings(m, lengths=("snapshot",), jobs=1)
    assert s.lengths == ("snapshot",) and s.formats == ("docx",) and s.jobs == 1
    assert s.seeds == [str(tmp_path / "x/*.txt")]


def run(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "briefkit", *args], cwd=cwd, capture_output=True, text=True,
                          timeout=300)


def test_cli_finds_manifest_in_working_folder(tmp_path):
    mini_corpus(tmp_path, 2, "profiles")
    manifest(tmp_path, 'seeds = ["profiles/*.txt"]\nlengths = ["snapshot"]\nformats = ["pdf"]\n'
             'output = "public"\nname = "{slug}-{length}.{ext}"\njobs = 1\n')
    proc = run("build", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert sorted(p.name for p in (tmp_path / "public").glob("*.pdf")) == ["org00-snapshot.pdf", "org01-snapshot.pdf"]
    # --config from elsewhere, and a command-line option overriding the manifest
    proc = run("build", "--config", str(tmp_path / "briefkit.toml"), "-f", "docx", cwd=tmp_path.parent)
    assert proc.returncode == 0, proc.stderr
    assert sorted(p.name for p in (tmp_path / "public").glob("*.docx")) == ["org00-snapshot.docx", "org01-snapshot.docx"]


def test_cli_manifest_error_is_one_line(tmp_path):
    manifest(tmp_path, 'seeds = ["a"]\nformats = ["pdf"]\nthemes = "x.toml"\n')
    proc = run("build", cwd=tmp_path)
    assert proc.returncode != 0 and "Traceback" not in proc.stderr
    assert proc.stderr.strip().splitlines() == [f"briefkit: error: {tmp_path / 'briefkit.toml'}:3: themes: unknown key"]


@pytest.mark.parametrize("line", ['output = "/"', 'output = "../elsewhere"', 'output = "public/../../x"',
                                  'report = "/tmp/r.json"', 'report = "../../.profile"', 'output = ""'])
def test_a_manifest_writes_only_inside_its_folder(tmp_path, line):
    """A manifest read from a checkout must not send outputs or the report outside it; the
    error names the manifest's line."""
    m = manifest(tmp_path, f'seeds = ["x"]\n{line}\n')
    with pytest.raises(ManifestError) as info:
        load_manifest(m)
    assert info.value.line == 2 and "must be a relative path inside the manifest's folder" in info.value.message


def test_a_manifest_may_name_a_report_in_a_subfolder(tmp_path):
    got = load_manifest(manifest(tmp_path, 'output = "public"\nreport = "logs/report.json"\n'))
    assert got["report"] == str(tmp_path / "logs/report.json")


def test_a_manifest_nested_too_deeply_is_one_line(tmp_path):
    m = manifest(tmp_path, "x = " + "[" * 100_000 + "]" * 100_000 + "\n")
    with pytest.raises(ManifestError) as info:
        load_manifest(m)
    assert "nested too deeply" in info.value.message
