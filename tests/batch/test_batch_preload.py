"""The fork server batch workers come from (`briefkit.batch.preload`) loads what a unit needs and
compiles the built-in templates, so a fresh worker compiles none and imports no build stage."""
from __future__ import annotations

import subprocess
import sys
import textwrap

from helpers import SEED


def _run(code: str) -> str:
    return subprocess.run([sys.executable, "-c", textwrap.dedent(code)], capture_output=True, text=True,
                          check=True).stdout.strip()


def test_a_process_forked_after_preload_compiles_no_template_and_imports_no_stage(tmp_path) -> None:
    out = _run(f"""
        import os, sys
        import briefkit.batch.preload
        import jinja2
        compiled = []
        real = jinja2.Environment.compile
        jinja2.Environment.compile = lambda self, *a, **k: compiled.append(1) or real(self, *a, **k)
        loaded = set(sys.modules)
        from pathlib import Path
        from briefkit.build import BuildOptions, build_seed
        build_seed(Path({str(SEED)!r}), BuildOptions(out_dir=Path({str(tmp_path)!r}), cache=False))
        stages = ("briefkit.extract", "briefkit.compose", "briefkit.digest", "briefkit.charts.timeline",
                  "briefkit.charts.orgchart", "pydantic", "jinja2", "markdown_it")
        print(len(compiled), sorted(m for m in set(sys.modules) - loaded if m.startswith(stages)))
    """)
    assert out == "0 []"


def test_templates_precompiled_are_the_sandboxed_ones_and_user_templates_still_compile(tmp_path) -> None:
    (tmp_path / "snapshot.md.j2").write_text("{{ p.title }} {{ ''.__class__ }}\\n", "utf-8")
    out = _run(f"""
        import briefkit.batch.preload
        from briefkit.compose import ComposeRequest, _environment, compose, load_lengths, source_date
        from briefkit.errors import TemplateError
        from briefkit.lengths import template_dirs
        from briefkit.readers import read
        from briefkit.sandbox import BoundedEnvironment
        env = _environment(tuple(str(d) for d in template_dirs(None)))
        cached = sorted(name for (_loader, name) in env.cache.keys())
        profile = read({str(SEED)!r})
        length = load_lengths({str(tmp_path)!r})["snapshot"]
        try:
            compose(ComposeRequest(profile, length, 0, source_date(profile, {str(SEED)!r}), {str(tmp_path)!r}))
            refused = False
        except TemplateError:
            refused = True
        print(isinstance(env, BoundedEnvironment), cached, refused)
    """)
    assert out == ("True ['_macros.md.j2', 'brief.md.j2', 'full.md.j2', 'snapshot.md.j2'] True")
