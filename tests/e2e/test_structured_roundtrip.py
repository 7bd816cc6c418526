"""Inspect the article, save the YAML, build from it: the same documents as from the article."""
from __future__ import annotations

import subprocess
import sys

import pytest

from helpers import SEED, build, docx_text, pdf_body_text


@pytest.mark.parametrize("fmt", ["yaml", "json"])
def test_build_from_inspected_profile_matches_article(tmp_path, fmt):
    proc = subprocess.run([sys.executable, "-m", "briefkit.cli", "inspect", str(SEED), "--format", fmt],
                          capture_output=True, text=True, check=True)
    structured = tmp_path / f"frl.{fmt}"
    structured.write_text(proc.stdout, encoding="utf-8")
    a = {(o.length, o.format): o.path for o in build(SEED, tmp_path / "a", lengths=("snapshot", "brief"))}
    b = {(o.length, o.format): o.path for o in build(structured, tmp_path / "b", lengths=("snapshot", "brief"))}
    assert a.keys() == b.keys()
    for key in a:
        if key[1] == "pdf":
            assert a[key].read_bytes() == b[key].read_bytes(), key
            assert pdf_body_text(a[key]) == pdf_body_text(b[key])
        else:
            assert docx_text(a[key]) == docx_text(b[key]), key
