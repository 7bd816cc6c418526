"""User templates are untrusted code: each attack from the field does nothing but fail with a
TemplateError naming the template file and line, quickly and without eating memory."""
from __future__ import annotations

import datetime as dt
import time
from pathlib import Path

import pytest

from briefkit.compose import ComposeRequest, compose, load_lengths
from briefkit.errors import TemplateError
from briefkit.model import Names, Profile


def profile() -> Profile:
    return Profile(names=Names(title="Example Unit"), seed_file="x.txt")


def render(tmp_path: Path, body: str) -> str:
    (tmp_path / "lengths.toml").write_text('[evil]\ntemplate = "evil.md.j2"\nmax_detail = 0\n', encoding="utf-8")
    (tmp_path / "evil.md.j2").write_text(body, encoding="utf-8")
    length = load_lengths(tmp_path)["evil"]
    return compose(ComposeRequest(profile(), length, 0, dt.date(2025, 1, 1), str(tmp_path)))


ATTACKS = {
    "shell": '{{ cycler.__init__.__globals__.os.popen("touch PWNED").read() }}',
    "file_read": "{{ lipsum.__globals__['os'].popen('cat /etc/passwd').read() }}",
    "class_walk": "{{ ''.__class__.__mro__[1].__subclasses__() }}",
    "model_class": "{{ p.__class__.__init__.__globals__ }}",
    "format_escape": "{{ '{0.__class__}'.format(p) }}",
    "big_range": "{% for i in range(10**9) %}x{% endfor %}",
    "str_mul": '{{ "A" * 10**10 }}',
    "str_mul_reversed": '{{ 10**10 * "A" }}',
    "huge_power": "{{ 10**(10**10) }}",
    "power_tower": "{{ ((10**1000)**1000)**1000 }}",
    "center": '{{ "x" | center(10**9) }}',
    "indent": '{{ ("\\n" * 1000000) | indent(1000) }}',
    "format_width": '{{ "%999999999d" % 1 }}',
    "brace_width": '{{ "{:>999999999}".format(1) }}',
    "replace_growth": '{{ ("a" * 1000000).replace("a", "aaaaaaaaaa") }}',
    "join_growth": '{{ range(100000) | join("x" * 1000) }}',
    "doubling_macro": "{% macro f(s, n) %}{{ f(s ~ s, n - 1) if n else s }}{% endmacro %}{{ f('ab', 60) }}",
    "recursion": "{% macro f() %}{{ f() }}{% endmacro %}{{ f() }}",
    "nested_loops": "{% for i in range(100000) %}{% for j in range(100000) %}{% endfor %}{% endfor %}",
    "output_flood": "{% for i in range(100000) %}{% for j in range(100000) %}xxxxxxxxxx{% endfor %}{% endfor %}",
    "zero_division": "line one\n{{ 1/0 }}",
    "type_error": "line one\n{{ p.title + 1 }}",
    "undefined": "{{ nope.x }}",
    "syntax": "{% for %}",
    "list_mutation": "{% set xs = [1] %}{{ xs.append(2) }}",
    # pydantic's own API on the profile: unpickling runs code, `parse_file` reads any file
    "model_pickle": "{{ p.parse_raw(\"cos\\nsystem\\n(S'touch PWNED'\\ntR.\", proto='pickle', allow_pickle=True) }}",
    "model_parse_file": "{{ p.parse_file('/etc/passwd') }}",
    "model_copy": "{{ p.model_copy(update={'seed_file': '/etc/passwd'}).seed_file }}",
    "model_schema": "{{ p.model_json_schema() }}",
    "model_dump_of_a_part": "{{ p.names.model_dump() }}",
}


@pytest.mark.parametrize("name", sorted(ATTACKS))
def test_attack_is_a_located_template_error(tmp_path, monkeypatch, name):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("BRIEFKIT_LIMIT_TEMPLATE_SECONDS", "3")
    start = time.monotonic()
    with pytest.raises(TemplateError) as info:
        render(tmp_path, ATTACKS[name])
    assert time.monotonic() - start < 8
    assert not (tmp_path / "PWNED").exists()
    err = info.value
    assert err.file and err.file.endswith("evil.md.j2"), str(err)
    assert "\n" not in str(err)


@pytest.mark.parametrize("name,line", [("zero_division", 2), ("type_error", 2), ("syntax", 1)])
def test_error_names_the_line(tmp_path, name, line):
    with pytest.raises(TemplateError) as info:
        render(tmp_path, ATTACKS[name])
    assert info.value.line == line, str(info.value)


def test_the_models_own_fields_and_helpers_stay_readable(tmp_path):
    """Only what pydantic's `BaseModel` brings is refused: the model's fields, properties and
    the helpers briefkit's templates call (`walk`, `all_sections`) read as before."""
    out = render(tmp_path, "{{ p.title }}|{{ p.names.title }}|{{ p.all_sections() | length }}|{{ p.leaders | length }}")
    assert out.strip() == "Example Unit|Example Unit|0|0"


def test_reasonable_template_still_works(tmp_path):
    out = render(tmp_path, "# {{ p.title }}\n{% for i in range(3) %}{{ i }}{% endfor %}\n"
                           "{{ '%d items' % 3 }} {{ 'x' | center(5) }} {{ '{:>4}'.format(7) }}\n")
    assert out.startswith("# Example Unit") and "012" in out and "3 items" in out


@pytest.mark.parametrize("directive", ["::: toc T depth=abc", "::: note \"unterminated", "::: figure"])
def test_bad_directive_is_located_in_the_template(tmp_path, directive):
    from briefkit.charts_service import ChartService
    from briefkit.fit import build_document

    body = "# Title\n\nSome text.\n\n" + directive + "\nInside.\n:::\n"
    (tmp_path / "lengths.toml").write_text('[evil]\ntemplate = "evil.md.j2"\nmax_detail = 0\n', encoding="utf-8")
    (tmp_path / "evil.md.j2").write_text(body, encoding="utf-8")
    length = load_lengths(tmp_path)["evil"]
    with pytest.raises(TemplateError) as info:
        build_document(profile(), length, 0, dt.date(2025, 1, 1), ChartService(profile(), None), str(tmp_path))
    assert info.value.file.endswith("evil.md.j2") and info.value.line == 5, str(info.value)


def test_remembered_attribute_checks_answer_as_jinja_does():
    """The sandbox remembers Jinja2's attribute check per type and name (a render asks it at
    every attribute a template reads): asked twice, for a battery of objects a template can
    reach, it answers as Jinja2's own check does, and an attack met after a harmless template
    warmed the memory is refused the same."""
    import types

    from jinja2.sandbox import ImmutableSandboxedEnvironment

    from briefkit.sandbox import BoundedEnvironment

    env, plain = BoundedEnvironment(), ImmutableSandboxedEnvironment()

    def gen():
        yield 1

    objects = [[1], {"a": 1}, {1}, "text", 3, profile(), render, str.upper, "x".upper, type, str, gen(),
               types.SimpleNamespace(a=1)]
    names = ["append", "index", "clear", "keys", "pop", "upper", "mro", "__class__", "_private", "__globals__",
             "gi_frame", "__code__", "title", "a", "func_globals", "__self__"]
    model = objects[5]
    for _ in range(2):
        for obj in objects:
            for name in names:
                ours, jinjas = env.is_safe_attribute(obj, name, None), plain.is_safe_attribute(obj, name, None)
                # on a model the sandbox is stricter: pydantic's own API is refused too
                assert ours == jinjas if obj is not model else (not ours or jinjas), (type(obj), name)
        assert env.is_safe_attribute(model, "title", None)
        assert not any(env.is_safe_attribute(model, name, None) for name in ("parse_raw", "model_copy", "mro"))


def test_an_attack_after_a_harmless_template_is_still_refused(tmp_path):
    render(tmp_path, "{% set xs = [1] %}{{ xs.index(1) }} {{ ''.upper() }} {{ p.title }}")
    for name in ("list_mutation", "class_walk", "model_class"):
        with pytest.raises(TemplateError):
            render(tmp_path, ATTACKS[name])


@pytest.mark.parametrize("name", ["../../../tmp/escaped/evil", "a/b", "..", ".hidden", "x\nnewline", "é" * 3, "a" * 41])
def test_a_length_name_that_could_leave_the_output_folder_is_refused(tmp_path, name):
    """A length's name is part of its outputs' file names: a user's lengths.toml naming one
    "../../../tmp/escaped/evil" had written its PDF and DOCX outside the output folder."""
    import json

    (tmp_path / "lengths.toml").write_text(f'[{json.dumps(name)}]\ntemplate = "x.md.j2"\nmax_detail = 1\n',
                                          encoding="utf-8")
    with pytest.raises(TemplateError) as info:
        load_lengths(tmp_path)
    assert "invalid length name" in str(info.value) and "\n" not in str(info.value)
    (tmp_path / "lengths.toml").write_text('[short-2_x]\ntemplate = "x.md.j2"\n', encoding="utf-8")
    assert "short-2_x" in load_lengths(tmp_path)
