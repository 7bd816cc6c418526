"""A build loads only the libraries its outputs need: a DOCX-only full-length build with the
chart cache warm does not load matplotlib, nor ReportLab once its draft layout (the pages the
DOCX contents shows) is in the cache, an article seed no YAML parser, and no writer the network
stack (`xml.sax.saxutils` imports `urllib.request`)."""
from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

from helpers import SEED


def test_docx_only_full_build_with_cached_charts_skips_matplotlib(tmp_path: Path) -> None:
    code = textwrap.dedent("""
        import sys
        from pathlib import Path
        from briefkit.build import BuildOptions, build_seed
        options = BuildOptions(out_dir=Path(sys.argv[2]), lengths=("full",), formats=("docx",))
        build_seed(Path(sys.argv[1]), options)
        print(sorted(m for m in ("reportlab", "matplotlib", "yaml", "urllib.request") if m in sys.modules))
    """)
    env = {**os.environ, "SOURCE_DATE_EPOCH": "1735689600"}
    run = lambda: subprocess.run([sys.executable, "-c", code, str(SEED), str(tmp_path)],  # noqa: E731
                                 capture_output=True, text=True, env=env, check=True).stdout.strip()
    assert run() == "['matplotlib', 'reportlab']", "the first build draws the charts and lays out a draft"
    assert run() == "[]"
    assert list(tmp_path.rglob("full.docx"))


def test_cli_import_loads_no_heavy_library() -> None:
    """`briefkit --help` answers at once: importing the command line loads none of the
    libraries a build needs."""
    heavy = ("matplotlib", "reportlab", "docx", "pydantic", "jinja2", "markdown_it", "yaml", "lxml")
    code = f"import sys, briefkit.cli; print(sorted(m for m in {heavy!r} if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
