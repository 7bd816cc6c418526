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


def test_a_large_number_is_a_value_a_filter_may_print(tmp_path):
    """Integers passed to a filter as widths and counts are capped at 100,000; the value a
    filter is applied to is not one of them (`{{ 1000000 | string }}` had been refused)."""
    out = render(tmp_path, "{{ 1000000 | string }} {{ 250000 | filesizeformat }} {{ 1234567 | round | int }}")
    assert out.strip() == "1000000 250\\.0 kB 1234567"
    with pytest.raises(TemplateError, match="too large"):
        render(tmp_path, "{{ 'x' | center(1000000) }}")


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


# Each of these made a text of 25 to 60 million characters (or a list of that many items)
# before any check saw it; the limit is 5 million. With the size predicted before the value
# is made, the render fails while it holds little more than its inputs.
GROWTH = {
    "translate": "{% set d = {97: 'x' * 10000} %}{{ ('a' * 5000).translate(d) | length }}",
    "concat_tilde": "{% set a = 'x' * 4000000 %}{% set a = a ~ a %}{% set a = a ~ a %}{% set a = a ~ a %}{{ a | length }}",
    "concat_plus": "{% set a = 'x' * 4000000 %}{% set a = a + a %}{% set a = a + a %}{% set a = a + a %}{{ a | length }}",
    "captured_block": "{% set s = 'x' * 4000000 %}{% set b %}{% for i in range(15) %}{{ s }}{% endfor %}{% endset %}"
                      "{{ b | length }}",
    "macro_output": "{% set s = 'x' * 4000000 %}{% macro m() %}{% for i in range(15) %}{{ s }}{% endfor %}{% endmacro %}"
                    "{{ m() | length }}",
    "imported_module_output": "{% import 'big.j2' as m %}{{ m }}",
    "list_output": "{{ ['x' * 1000000] * 50 }}",
    "list_concat": "{{ (['x' * 1000000] * 50) ~ '' }}",
    "list_percent": "{{ '%s' % (['x' * 1000000] * 50,) }}",
    "list_format": "{{ '{}'.format(['x' * 1000000] * 50) }}",
    "list_string_filter": "{{ (['x' * 1000000] * 50) | string | length }}",
    "tojson_indent": "{{ (range(2000) | list) | tojson(indent=20000) | length }}",
    "indent_by_keyword": "{{ ('x\\n' * 10000) | indent(first=True, width=5000) | length }}",
    "indent_other_line_breaks": "{{ ('x\\r' * 10000) | indent(5000) | length }}",
    "wordwrap_other_line_breaks": "{{ ('\\r' * 50000) | wordwrap(100000, wrapstring='y' * 1000) | length }}",
    "indent_md": "{{ ('x\\n' * 10000) | indent_md(5000) | length }}",
    "join_a_generator": "{{ ('x' * 10000) | map('upper') | join('y' * 5000) | length }}",
    "str_join_a_string": "{{ ('y' * 5000).join('x' * 10000) | length }}",
    "bytes_replace": "{{ ('x' * 10000).encode().replace('x'.encode(), ('y' * 5000).encode()) | length }}",
    "bytes_percent": "{{ (('%99999d' * 500).encode() % ((1,) * 500)) | length }}",
    "wordwrap_wrapstring": "{{ ('x ' * 50000) | wordwrap(1, wrapstring='y' * 1000) | length }}",
    # case-insensitive sorting (the default) makes a lower-case copy of every key
    "sort_keys": "{{ (['x' * 1000000] * 50) | sort | length }}",
    "unique_keys": "{{ (['x' * 1000000] * 50) | unique | list | length }}",
    "sort_attribute_keys": "{{ ([{'k': 'x' * 1000000}] * 50) | sort(attribute='k') | length }}",
}


@pytest.mark.parametrize("name", sorted(GROWTH))
def test_a_value_past_the_size_limit_is_refused_before_it_is_made(tmp_path, name):
    import tracemalloc

    (tmp_path / "big.j2").write_text("{% set s = 'x' * 4000000 %}{% for i in range(15) %}{{ s }}{% endfor %}",
                                     encoding="utf-8")
    tracemalloc.start()
    try:
        with pytest.raises(TemplateError) as info:
            render(tmp_path, GROWTH[name])
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert "BRIEFKIT_LIMIT_TEMPLATE_CHARS" in str(info.value) and "\n" not in str(info.value), str(info.value)
    assert info.value.file.endswith(".j2") and type(info.value).exit_code == 3
    assert peak < 20_000_000, f"{peak / 1e6:.0f} MB held"


def test_loops_over_a_string_check_the_clock(tmp_path, monkeypatch):
    """Three nested loops over a 100,000-character string (10^15 empty steps) had run on
    forever: a loop calls nothing per item, and the clock was checked only at calls."""
    import threading

    monkeypatch.setenv("BRIEFKIT_LIMIT_TEMPLATE_SECONDS", "1")
    body = ("{% set s = 'x' * 100000 %}{% for a in s %}{% for b in s %}{% for c in s %}"
            "{% endfor %}{% endfor %}{% endfor %}")
    errors: list[BaseException] = []

    def run() -> None:
        try:
            render(tmp_path, body)
        except TemplateError as exc:
            errors.append(exc)

    worker = threading.Thread(target=run, daemon=True)
    start = time.monotonic()
    worker.start()
    worker.join(15)
    assert not worker.is_alive(), "the loops ran on past their time limit"
    assert time.monotonic() - start < 5
    assert errors and "took longer than 1 s" in str(errors[0]) and errors[0].file.endswith("evil.md.j2")


def test_wordwrap_of_a_long_word_is_refused_before_it_runs(tmp_path):
    """`textwrap` breaks a long word one line at a time, copying the rest each time: a
    million-character word at width 1 had run 20 s in one call, past any clock."""
    start = time.monotonic()
    with pytest.raises(TemplateError, match="wordwrap would copy"):
        render(tmp_path, "{{ ('x' * 1000000) | wordwrap(1) }}")
    assert time.monotonic() - start < 2


def test_sum_of_many_lists_is_linear(tmp_path):
    """`sum(start=[])` copied the growing list at every item: 50,000 one-item lists took
    seconds (100,000 ran past the time limit inside the one call)."""
    start = time.monotonic()
    out = render(tmp_path, "{{ ([[1]] * 50000) | sum(start=[]) | length }} {{ [[1], [2, 3]] | sum(start=[0]) }} "
                           "{{ [(1,), (2,)] | sum(start=()) }} {{ [1, 2.5] | sum }}")
    assert time.monotonic() - start < 1
    assert out.strip() == "50000 \\[0\\, 1\\, 2\\, 3\\] \\(1\\, 2\\) 3\\.5"
    with pytest.raises(TemplateError, match="can only concatenate list"):
        render(tmp_path, "{{ [[1], (2,)] | sum(start=[]) }}")


LEGIT = [
    "{% for i in range(5000) %}{{ loop.index }}{{ '|' if loop.last }}{% endfor %}{{ loop is defined }}",
    "{% for i in range(5000) %}{% if loop.first %}{{ loop.length }} {{ loop.revindex }}{% endif %}{% endfor %}",
    "{% for c in 'x' * 5000 if c == 'x' %}{{ loop.index }}{% else %}none{% endfor %}",
    "{% for c in [] %}x{% else %}empty{% endfor %}",
    "{% for k, v in {'a': 1, 'b': 2} | dictsort %}{{ k }}={{ v }};{% endfor %}",
    "{% for n in tree recursive %}{{ n.name }}({{ loop(n.children) }}){% endfor %}",
    "{{ 'a' ~ 1 ~ none ~ [1, 'b'] ~ {'k': 2} }}",
    "{% autoescape true %}{{ '<i>' ~ ('<b>' | safe) }}|{{ '<i>' ~ '<b>' }}{% endautoescape %}",
    "{% set b %}{% for i in range(3) %}{{ i }}{% endfor %}{% endset %}{{ b }}{% filter upper %}x{{ b }}{% endfilter %}",
    "{% macro m(x) %}<{{ x }}{{ caller() if caller }}>{% endmacro %}{{ m(1) }}{% call m(2) %}c{% endcall %}",
    "{{ ('lorem ipsum dolor sit amet ' * 20) | wordwrap(17) }}|{{ ('a-b-c-d ' * 5) | wordwrap(3, wrapstring='/') }}",
    "{{ ('abcdef' * 30) | wordwrap(7) }}|{{ ('x' * 300 ~ ' y') | wordwrap(79, false) }}",
    "{{ ('ab' * 1000000).replace('a', 'xx') | length }} {{ 'a\\tb'.expandtabs(4) }} {{ ('x' * 3000000).expandtabs() | length }}",
    "{{ 'abc'.translate({97: 'x' * 4000000}) | length }} {{ 'abc'.translate({98: none, 99: 100}) }}",
    "{{ '-'.join(['a', 'b']) }} {{ '-'.join('abc') }} {{ ', '.join(items | map('upper')) }} {{ items | join(', ') }}",
    "{{ items | map('upper') | join }} {{ [1, [2, 'x']] | join('+') }} {{ items | tojson }} {{ items | tojson(2) }}",
    "{{ '%s %s' % (items, 2) }} {{ '{} {}'.format(items, {'a': 1}) }} {{ items | string }} {{ items }}",
    "{{ ('\\n' * 3) | indent(2, first=True) }}|{{ 'a\\nb' | indent(width='> ') }}",
    "{% set x = [1, 2] %}{{ x == [1, 2] }} {{ x != x }} {{ [1] < x }} {{ x > [0] }} {{ 1 < 2 < 3 }} {{ x == x == [1, 2] }}"
    " {{ 'a' in x }} {{ 2 in x }} {{ x is equalto [1, 2] }} {{ {'a': 1} == {'a': 1} }} {{ none == x }} {{ x in [x] }}"
    " {{ x is in [x, 3] }} {{ items | select('in', ['a']) | list }} {{ [3, 1, 2] | sort | join }} {{ items | max }}",
]


@pytest.mark.parametrize("body", LEGIT)
def test_a_legitimate_template_renders_as_in_jinjas_own_sandbox(body):
    """The bounds change what a template may do past its limits, nothing it makes within
    them: loops (long ones too), `~`, captured blocks, macros, `wordwrap`, `join`, `sum`,
    `translate`, `replace` and `tojson` make what Jinja2's own sandbox makes."""
    from jinja2.sandbox import ImmutableSandboxedEnvironment

    from briefkit.sandbox import BoundedEnvironment, TemplateLimits, bounded_filter

    data = {"items": ["a", "b"], "tree": [{"name": "r", "children": [{"name": "c", "children": []}]}]}
    ours = BoundedEnvironment()
    ours.filters = {name: bounded_filter(ours, name, f) for name, f in ours.filters.items()}
    ours.start(TemplateLimits())
    try:
        got = ours.from_string(body).render(**data)
    finally:
        ours.stop()
    assert got == ImmutableSandboxedEnvironment().from_string(body).render(**data)


@pytest.mark.parametrize("comparison", [
    "needle in haystack", "needle not in haystack", "needle is in haystack", "haystack.count(needle)",
    "haystack.index(needle)", "haystack == other", "[haystack] != [other]", "haystack is equalto other",
    "haystack < other", "[] < haystack <= other", "haystack in [other]",
])
def test_a_comparison_or_search_of_lists_is_sized_before_it_runs(tmp_path, comparison):
    """Comparing two lists, or searching one, is one call of C code comparing item with item:
    200,000 references to a string of 100,001 characters, compared with as many of another
    string of that length, compared 2·10^10 characters (a megabyte string and 5 million
    items: hours, past any clock)."""
    body = ("{% set s = 'x' * 100000 %}{% set haystack = [s ~ 'z'] * 200000 %}{% set other = [s ~ 'z'] * 200000 %}"
            "{% set needle = s ~ 'y' %}{{ " + comparison + " }}")
    with pytest.raises(TemplateError, match="would compare") as info:
        render(tmp_path, body)
    assert "BRIEFKIT_LIMIT_TEMPLATE_CHARS" in str(info.value) and info.value.file.endswith("evil.md.j2")
    assert render(tmp_path, "{{ 'b' in ['a', 'b'] * 20 }} {{ 'c' not in ['a'] * 20 }} {{ (['a'] * 20 + ['b']).index('b') }}"
                  ).strip() == "True True 20"


def test_a_select_over_many_items_checks_the_clock(tmp_path, monkeypatch):
    """`select` calls its test for every item inside one filter call, and `list` takes the
    items in C code: 2,000,000 comparisons of 100,000-character strings met no clock."""
    monkeypatch.setenv("BRIEFKIT_LIMIT_TEMPLATE_SECONDS", "1")
    start = time.monotonic()
    with pytest.raises(TemplateError, match="took longer than 1 s"):
        render(tmp_path, "{% set s = 'x' * 100000 %}"
                         "{{ ([s ~ 'y'] * 2000000) | select('equalto', s ~ 'z') | list | length }}")
    assert time.monotonic() - start < 5
