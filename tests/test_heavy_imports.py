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


def test_a_warm_whole_process_rebuild_loads_no_model_and_no_reportlab(tmp_path: Path) -> None:
    """A rebuild whose profile, Documents, charts, layouts and PDFs are all in the build's
    cache (`--force` of an unchanged seed) neither validates the profile (pydantic, the
    model) nor lays out a PDF (ReportLab) nor writes a DOCX (python-docx): `lazy_profile`,
    `pdf_cache`, `docx_cache`."""
    code = textwrap.dedent("""
        import sys
        from briefkit.cli import main
        try:
            main(sys.argv[1:-1])  # the last: the modules to look for besides
        except SystemExit as exc:
            assert not exc.code, exc.code
        print(sorted(m for m in ("pydantic", "briefkit.model", "reportlab", "matplotlib", "jinja2",
                                 "importlib.metadata", "docx", *sys.argv[-1].split(",")) if m in sys.modules))
    """)
    env = {**os.environ, "SOURCE_DATE_EPOCH": "1735689600"}
    args = ["build", str(SEED), "-o", str(tmp_path), "-l", "full", "-q", "--force", "-j", "1"]
    # Nor the standard library's helpers it has no use for: `tempfile` (with shutil, bz2, lzma
    # and random; `tempnames`), `importlib.resources` (with zipfile; `lengths`), `traceback`
    # (a bug's report only; `batch.work`), `tomllib` (the built-in lengths ship parsed;
    # `lengths`), `ctypes` (glibc is asked when a stage that makes large blocks loads; `heap`),
    # `typing` (annotations only: `TYPE_CHECKING`), `textwrap` (`cli`), `threading` (`batch.split`),
    # `glob` (`batch.plan`), `shlex` (`document.parse`), `inspect` (with ast, dis and tokenize;
    # dataclasses imports it for docstrings records never need: `lean_dataclasses`), `pickle`
    # (a forked process's results only: `batch.split`).
    light = ("tempfile,shutil,zipfile,importlib.resources,traceback,tomllib,ctypes,typing,textwrap,threading,glob,"
             "shlex,inspect,ast,dis,pickle")
    run = lambda *extra: subprocess.run([sys.executable, "-c", code, *args, *extra, light],  # noqa: E731
                                        capture_output=True, text=True, env=env, check=True).stdout.strip()
    assert "pydantic" in run()  # the first build reads the seed, draws, lays out
    assert run("-f", "pdf") == "[]"
    assert run("-f", "docx") == "[]"


def test_lengths_built_from_a_profile_read_elsewhere_load_no_extractor(tmp_path: Path) -> None:
    """The helper of a cold build (`batch.split.Helper`) builds every length from a profile the
    other process read: composing the lengths' summaries (full names for bare surnames) loads
    neither the event nor the people extractor, whose patterns take a fifth of a second to
    compile, on the build's critical path."""
    from briefkit.readers import dump_profile, read

    data = tmp_path / "profile.json"
    data.write_text(dump_profile(read(SEED), "json"), "utf-8")
    code = textwrap.dedent("""
        import sys
        from pathlib import Path
        from briefkit.charts_service import ChartService
        from briefkit.compose import load_lengths, source_date
        from briefkit.fit import fit
        from briefkit.model import Profile
        from briefkit.writers import WriteOptions
        profile = Profile.model_validate_json(Path(sys.argv[1]).read_text("utf-8"))
        charts = ChartService(profile, None)
        for length in load_lengths().values():
            fit(profile, length, source_date(profile, None), charts, WriteOptions(), need_pdf=False)
        print(sorted(m for m in ("briefkit.extract.events", "briefkit.extract.people") if m in sys.modules))
    """)
    env = {**os.environ, "SOURCE_DATE_EPOCH": "1735689600"}
    out = subprocess.run([sys.executable, "-c", code, str(data)], capture_output=True, text=True, env=env)
    assert out.returncode == 0, out.stderr[-2000:]
    assert out.stdout.strip() == "[]"


def test_library_versions_are_read_without_importlib_metadata() -> None:
    """A first build keys its caches on the installed libraries' versions: read from their
    `.dist-info` folders, the same as importlib.metadata gives, without importing it (35 ms of
    every first build, before any work began); a library not installed reads as such."""
    code = textwrap.dedent("""
        import sys
        from briefkit.batch.state import _versions
        from briefkit.caches import package_version
        got = _versions()
        absent = package_version("briefkit-no-such-distribution")
        loaded = "importlib.metadata" in sys.modules
        from importlib import metadata
        def want(name):
            try:
                return metadata.version(name)
            except metadata.PackageNotFoundError:
                return "-" if name != "briefkit" else "0+unknown"
        print(loaded, absent, all(got[n] == want(n) for n in got), len(got))
    """)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["False", "none", "True", "7"]


def test_dataclasses_is_imported_in_one_place_only() -> None:
    """Every module takes dataclasses' helpers from `records`, which imports the module through
    `lean_dataclasses` (without inspect): a module importing it itself, first, would load
    inspect again on every rebuild."""
    import ast

    src = Path(__file__).resolve().parents[1] / "src" / "briefkit"
    offenders = []
    for path in sorted(src.rglob("*.py")):
        if path.name == "lean_dataclasses.py":
            continue
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else \
                [node.module] if isinstance(node, ast.ImportFrom) and node.level == 0 else []
            if "dataclasses" in names:
                offenders.append(f"{path.relative_to(src)}:{node.lineno}")
    assert offenders == []


def test_dataclasses_without_inspect_behave_as_with_it() -> None:
    """A dataclass with no docstring still gets its signature there: the stand-in for inspect
    imports the real module at its first use, and `import inspect` afterwards is the real one."""
    code = textwrap.dedent("""
        import sys
        from briefkit.records import dataclasses
        before = "inspect" in sys.modules
        @dataclasses.dataclass
        class Point:
            x: int
            y: int = 2
        import inspect
        print(before, Point.__doc__, inspect.signature is sys.modules["inspect"].signature,
              type(sys.modules["inspect"]).__name__)
    """)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["False", "Point(x:", "int,", "y:", "int", "=", "2)", "True", "module"]
