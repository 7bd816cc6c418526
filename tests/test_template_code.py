"""The built-in templates' code shipped as modules (`briefkit.template_code`)."""
from __future__ import annotations

import types
from pathlib import Path

import pytest
from jinja2.compiler import CodeGenerator

from briefkit import template_code
from briefkit.compose import builtin_environment
from briefkit.lengths import builtin_template_dir

PACKAGE_DIR = Path(template_code.__file__).parent / "compiled_templates"


def test_the_committed_modules_are_what_the_templates_and_environment_generate() -> None:
    """Edit a built-in template (or the environment) and this fails until
    `python -m briefkit.template_code` has written the modules again; the build itself would
    not use stale code (its stamp no longer matches) but would compile every time."""
    expected = template_code.generate(builtin_environment(), builtin_template_dir())
    committed = {p.name: p.read_text("utf-8") for p in PACKAGE_DIR.glob("*.py")}
    assert sorted(committed) == sorted(expected), "run: python -m briefkit.template_code"
    for name, text in expected.items():
        assert committed[name] == text, f"{name} is stale: run python -m briefkit.template_code"


def _same_code(a: types.CodeType, b: types.CodeType) -> None:
    assert a.co_code == b.co_code and a.co_names == b.co_names and a.co_filename == b.co_filename
    assert a.co_firstlineno == b.co_firstlineno and a.co_linetable == b.co_linetable
    assert len(a.co_consts) == len(b.co_consts)
    for x, y in zip(a.co_consts, b.co_consts):
        if isinstance(x, types.CodeType):
            _same_code(x, y)
        else:
            assert x == y


@pytest.mark.parametrize("name", ["_macros.md.j2", "snapshot.md.j2", "brief.md.j2", "full.md.j2"])
def test_a_built_in_template_takes_the_code_jinja_would_compile_without_compiling(name: str, monkeypatch) -> None:
    """The same code object Jinja2 compiles from the template (named by the template's file, so
    a template error points at the template's line), and Jinja2's compiler is not run."""
    env = builtin_environment()
    source, filename, _ = env.loader.get_source(env, name)
    compiled = env.compile(source, name, filename)
    shipped = template_code.code_for(env, name, filename, source)
    assert shipped is not None
    _same_code(shipped, compiled)

    calls = []
    real = env.compile
    monkeypatch.setattr(env, "compile", lambda *a, **k: calls.append(a[1]) or real(*a, **k))
    env.cache.clear()
    template = env.get_template(name)
    assert calls == [] and template.filename == filename


def test_a_changed_or_user_template_is_compiled_as_before(tmp_path, monkeypatch) -> None:
    """A template whose text no longer matches its stamp, or a user's template of the same
    name, is compiled from its text: shipped code is never used for any other text."""
    from briefkit.compose import _environment

    env = builtin_environment()
    source, filename, _ = env.loader.get_source(env, "brief.md.j2")
    assert template_code.code_for(env, "brief.md.j2", filename, source + "\n{# edited #}") is None

    (tmp_path / "brief.md.j2").write_text("User brief: {{ 1 + 1 }}\n", "utf-8")
    user = _environment((str(tmp_path), str(builtin_template_dir())))
    calls = []
    real = user.compile
    monkeypatch.setattr(user, "compile", lambda *a, **k: calls.append(a[1]) or real(*a, **k))
    assert user.get_template("brief.md.j2").render().strip() == "User brief: 2"
    assert calls == ["brief.md.j2"]
    user.get_template("_macros.md.j2")  # the built-in one, found behind the user's folder
    assert calls == ["brief.md.j2"]


def test_a_stamp_covers_the_settings_that_shape_the_code() -> None:
    env = builtin_environment()
    base = template_code.stamp(env, "{{ x }}")
    assert template_code.stamp(env, "{{ y }}") != base
    other = env.overlay(trim_blocks=not env.trim_blocks)
    assert template_code.stamp(other, "{{ x }}") != base
    plain = env.overlay()
    plain.code_generator_class = CodeGenerator  # loops, `~` and comparisons no longer bounded
    assert template_code.stamp(plain, "{{ x }}") != base
