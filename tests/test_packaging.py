"""The installed package carries what it needs: templates and lengths inside the wheel."""
from __future__ import annotations

import subprocess
import sys
from importlib import resources
from pathlib import Path

import briefkit
from briefkit.compose import builtin_template_dir
from helpers import ROOT


def test_builtin_templates_found():
    d = builtin_template_dir()
    for name in ("lengths.toml", "snapshot.md.j2", "brief.md.j2", "full.md.j2"):
        assert (d / name).is_file(), name


def test_wheel_install_ships_templates():
    installed_from_source = Path(briefkit.__file__).resolve().is_relative_to(ROOT / "src")
    packaged = resources.files("briefkit") / "templates" / "lengths.toml"
    # A regular (non-editable) install must have them inside the package; CI installs that way.
    assert installed_from_source or packaged.is_file()
    if packaged.is_file():
        assert packaged.read_text(encoding="utf-8") == (ROOT / "templates" / "lengths.toml").read_text(encoding="utf-8")


def test_cli_help_does_not_import_heavy_libraries():
    code = ("import sys, briefkit.cli; "
            "heavy = [m for m in ('reportlab', 'docx', 'matplotlib', 'jinja2', 'pydantic', 'markdown_it') if m in sys.modules]; "
            "print(','.join(heavy))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()
    assert out == ""


def test_version_is_written_once_in_pyproject():
    import tomllib

    declared = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
    assert briefkit.__version__ == declared
    sources = [p for p in (ROOT / "src" / "briefkit").rglob("*.py") if declared in p.read_text(encoding="utf-8")]
    assert sources == []


def test_typed_and_extras():
    import tomllib

    assert (Path(briefkit.__file__).parent / "py.typed").is_file()
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert not any(d.startswith("svglib") for d in project["dependencies"])
    assert project["optional-dependencies"]["vector"] == ["svglib>=1.5"]
    assert any(d.startswith("dask[distributed]") for d in project["optional-dependencies"]["dask"])


def test_ci_runs_the_readme_test_command_verbatim():
    import re

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    m = re.search(r"\*\*Install and run the test suite\*\*.*?```sh\n(.+?)\n```", readme, flags=re.S)
    assert m, "README lost its test command"
    command = m.group(1)
    assert "\n" not in command and "apt-get" in command and "libreoffice" in command and "sudo" in command
    assert command in (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()


def test_builtin_templates_found_once_per_process(monkeypatch):
    """Every composition asks where the built-in templates are; the folder is found once, not
    with a `stat` of the packaged folder and a walk up from the module at every asking."""
    from briefkit import lengths

    first = lengths.builtin_template_dir()
    looked: list[Path] = []
    real_is_dir, real_resolve = Path.is_dir, Path.resolve
    monkeypatch.setattr(Path, "is_dir", lambda self: looked.append(self) or real_is_dir(self))
    monkeypatch.setattr(Path, "resolve", lambda self, strict=False: looked.append(self) or real_resolve(self, strict))
    assert [lengths.builtin_template_dir() for _ in range(3)] == [first] * 3
    assert lengths.template_dirs(None) == [first]
    assert looked == []
    monkeypatch.setattr(lengths, "_BUILTIN", [])  # a fresh process finds it again, the same
    assert lengths.builtin_template_dir() == first and looked
