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


SECRET = "SECRET-OUTSIDE-THE-FOLDER"


def _folder_with_links(tmp_path: Path) -> Path:
    """A template folder T holding links out of it (a file, a subfolder) and links that stay
    inside; the files outside hold SECRET."""
    outside, folder = tmp_path / "outside", tmp_path / "T"
    (outside / "sub").mkdir(parents=True)
    folder.mkdir()
    (outside / "secret.txt").write_text(SECRET, encoding="utf-8")
    (outside / "sub" / "x.j2").write_text(SECRET + "{% macro m() %}" + SECRET + "{% endmacro %}", encoding="utf-8")
    (folder / "link.txt").symlink_to(outside / "secret.txt")
    (folder / "sub").symlink_to(outside / "sub")
    (folder / "real.j2").write_text("inside{% macro m() %}macro{% endmacro %}", encoding="utf-8")
    (folder / "inlink.j2").symlink_to("real.j2")
    (folder / "insub").mkdir()
    (folder / "insub" / "y.j2").write_text("in a subfolder", encoding="utf-8")
    (folder / "insub_link").symlink_to("insub")
    return folder


@pytest.mark.parametrize("body", [
    "{% include 'link.txt' %}",
    "{% include 'sub/x.j2' %}",
    "{% extends 'link.txt' %}",
    "{% import 'sub/x.j2' as x %}{{ x.m() }}",
    "{% from 'sub/x.j2' import m %}{{ m() }}",
    "{% include ['missing.j2', 'link.txt'] %}",
    "{% include 'link.txt' ignore missing %}",
])
def test_a_template_file_linked_out_of_its_folder_is_refused(tmp_path, body):
    """A link in a user's template folder to a file outside it (or a linked subfolder) had
    `{% include 'link.txt' %}` print the file it points to (/etc/passwd): whichever way a
    template loads it, it is refused, located at the line that loads it."""
    folder = _folder_with_links(tmp_path)
    with pytest.raises(TemplateError) as info:
        render(folder, body)
    err = info.value
    assert "leads outside its folder" in str(err) and SECRET not in str(err) and "\n" not in str(err)
    assert err.file.endswith("evil.md.j2") and err.line == 1, str(err)
    assert type(err).exit_code == 3


def test_the_lengths_own_template_linked_out_of_its_folder_is_refused(tmp_path):
    folder = _folder_with_links(tmp_path)
    (folder / "lengths.toml").write_text('[evil]\ntemplate = "link.txt"\n', encoding="utf-8")
    with pytest.raises(TemplateError, match="leads outside its folder") as info:
        compose(ComposeRequest(profile(), load_lengths(folder)["evil"], 0, dt.date(2025, 1, 1), str(folder)))
    assert SECRET not in str(info.value)


def test_a_lengths_file_linked_out_of_its_folder_is_refused(tmp_path):
    folder = _folder_with_links(tmp_path)
    (tmp_path / "outside" / "lengths.toml").write_text('[evil]\ntemplate = "real.j2"\n', encoding="utf-8")
    (folder / "lengths.toml").symlink_to(tmp_path / "outside" / "lengths.toml")
    with pytest.raises(TemplateError, match="leads outside its folder"):
        load_lengths(folder)


def test_links_that_stay_inside_the_folder_still_load(tmp_path):
    folder = _folder_with_links(tmp_path)
    out = render(folder, "{% include 'inlink.j2' %}|{% include 'insub_link/y.j2' %}|"
                         "{% from 'inlink.j2' import m %}{{ m() }}")
    assert out.strip() == "inside|in a subfolder|macro"


def test_a_file_linked_out_of_the_folder_is_never_read(tmp_path, monkeypatch):
    """Neither the build cache's key (which hashes the template files) nor the search for the
    template line that wrote a directive reads a file a link leads to outside the folder."""
    from briefkit import caches, document_cache
    from briefkit.compose import locate_directive

    folder = _folder_with_links(tmp_path)
    (tmp_path / "outside" / "d.j2").write_text("::: note outside\n", encoding="utf-8")
    (folder / "d.j2").symlink_to(tmp_path / "outside" / "d.j2")
    read = []
    real_digest = caches.file_digest
    monkeypatch.setattr(caches, "file_digest", lambda path: read.append(Path(path).name) or real_digest(path))
    document_cache._templates_part.__wrapped__([str(folder)])  # the function, not its memo
    assert "real.j2" in read and not {"link.txt", "x.j2", "d.j2"} & set(read)
    assert locate_directive(str(folder), "evil.md.j2", "::: note outside")[0] != str(folder / "d.j2")
