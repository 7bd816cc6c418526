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
