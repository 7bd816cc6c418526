"""Hand-written YAML/JSON profiles: round trip, schema, and errors with file, line and field."""
from __future__ import annotations

import json
import textwrap

import pytest
import yaml

from briefkit.errors import SeedError
from briefkit.model import Profile, profile_json_schema
from briefkit.readers import dump_profile, read


def _write(tmp_path, name, text):
    f = tmp_path / name
    f.write_text(textwrap.dedent(text).lstrip("\n"), encoding="utf-8")
    return f


@pytest.mark.parametrize("fmt", ["json", "yaml"])
def test_seed_round_trips(seed_profile, tmp_path, fmt):
    f = tmp_path / f"profile.{fmt}"
    f.write_text(dump_profile(seed_profile, fmt), encoding="utf-8")
    again = read(f)
    assert again == seed_profile
    # and a second round trip is byte-identical (stable output)
    assert dump_profile(again, fmt) == dump_profile(seed_profile, fmt)


@pytest.mark.parametrize("name", ["other_org.txt", "nested_lists.txt", "source_block.txt", "wiki_leftovers.txt"])
def test_fixtures_round_trip(fixture_path, tmp_path, name):
    p = read(fixture_path(name))
    for fmt in ("json", "yaml"):
        f = tmp_path / f"p.{fmt}"
        f.write_text(dump_profile(p, fmt), encoding="utf-8")
        assert read(f) == p


def test_dump_is_parseable_and_keeps_block_kinds(seed_profile):
    data = yaml.safe_load(dump_profile(seed_profile, "yaml"))
    assert data["names"]["title"] == "Freedom of Russia Legion"
    assert all(b["kind"] == "paragraph" for b in data["lead"])
    assert json.loads(dump_profile(seed_profile, "json"))["see_also"] == seed_profile.see_also


def test_dump_rejects_unknown_format(seed_profile):
    with pytest.raises(ValueError):
        dump_profile(seed_profile, "toml")


def test_minimal_hand_written_yaml(tmp_path):
    f = _write(tmp_path, "min.yaml", """
        names:
          title: Minimal Org
          aliases: [{text: MO, kind: abbreviation}]
        as_of: 2024-05-01
        lead:
          - kind: paragraph
            text: Minimal Org is small.
        events:
          - date: {year: 2020, month: 3}
            text: Founded.
            importance: 0.9
        """)
    p = read(f)
    assert isinstance(p, Profile)
    assert p.names.aliases[0].text == "MO"
    assert p.as_of == "2024-05-01"  # an unquoted date stays a string
    assert p.events[0].date.iso == "2020-03"
    assert p.seed_file == str(f)


def test_json_seed(tmp_path):
    f = _write(tmp_path, "p.json", '{"names": {"title": "J Org"}, "see_also": ["X"]}')
    p = read(f)
    assert p.names.title == "J Org" and p.see_also == ["X"]


def test_all_errors_at_once_with_lines_and_fields(tmp_path):
    f = _write(tmp_path, "bad.yaml", """
        names:
          title: Bad Org
          aliases:
            - text: BO
              kind: acronym
        facts:
          - label: Type
            text: 12
            colour: red
        lead:
          - kind: paragraph
          - kind: table
            text: x
        events:
          - date: {year: "twenty"}
            text: Something
          - date: {year: 2022, month: 2, day: 30}
            text: Leap?
        """)
    with pytest.raises(SeedError) as err:
        read(f)
    msg = str(err.value)
    expected = [
        (5, "names.aliases[0].kind"),
        (8, "facts[0].text"),
        (9, "facts[0].colour"),
        (11, "lead[0].text"),
        (12, "lead[1]"),
        (15, "events[0].date.year"),
        (17, "events[1].date"),
    ]
    for line, field in expected:
        assert f"{f}:{line}: {field}:" in msg, (line, field, msg)
    assert f"{len(expected)} problems" in msg
    assert err.value.file == str(f) and err.value.line == 5


def test_missing_title_points_at_names(tmp_path):
    f = _write(tmp_path, "t.yaml", """
        see_also: [A]
        names:
          aliases: []
        """)
    with pytest.raises(SeedError) as err:
        read(f)
    assert f"{f}:2: names.title: Field required" in str(err.value)


def test_duplicate_keys_are_errors(tmp_path):
    f = _write(tmp_path, "d.yaml", """
        names:
          title: A
          title: B
        """)
    with pytest.raises(SeedError) as err:
        read(f)
    assert "names.title: duplicate key (first on line 2)" in str(err.value)
    assert err.value.line == 3


def test_json_errors_have_lines(tmp_path):
    f = _write(tmp_path, "bad.json", """
        {
          "names": {"title": "J"},
          "events": [
            {"date": {"year": 2020, "month": 13}, "text": "x"},
            {"text": "y"}
          ]
        }
        """)
    with pytest.raises(SeedError) as err:
        read(f)
    msg = str(err.value)
    assert f"{f}:4: events[0].date: not a calendar date" in msg
    assert f"{f}:5: events[1].date: Field required" in msg


@pytest.mark.parametrize(
    "name, text, line",
    [
        ("s.yaml", "names:\n  title: [unclosed\n", 3),
        ("s.json", '{"names": {"title": "x"},\n "facts": [}\n', 2),
        ("l.yaml", "- a\n- b\n", 1),
        ("e.yaml", "   \n", 1),
        ("e.json", "", 1),
        ("n.yaml", "null\n", 1),
    ],
)
def test_syntax_and_shape_errors(tmp_path, name, text, line):
    f = tmp_path / name
    f.write_text(text, encoding="utf-8")
    with pytest.raises(SeedError) as err:
        read(f)
    assert err.value.file == str(f)
    assert err.value.line == line


def test_schema_describes_profile():
    schema = profile_json_schema()
    assert schema["title"] == "Profile"
    assert "names" in schema["required"]
    assert schema["additionalProperties"] is False


def test_hand_written_blocks_may_omit_kind(tmp_path):
    f = _write(tmp_path, "k.yaml", """
        names: {title: K}
        lead:
          - text: A paragraph.
        sections:
          - title: S
            blocks:
              - items: [{text: one}, {text: two}]
            children:
              - title: Sub
                blocks: [{text: Deep.}]
        """)
    p = read(f)
    assert p.lead[0].kind == "paragraph"
    assert p.sections[0].blocks[0].kind == "list"
    assert p.sections[0].children[0].blocks[0].text == "Deep."


def test_alias_bomb_is_refused(tmp_path):
    lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
    for i in range(1, 9):
        lines.append(f"a{i}: &a{i} [" + ", ".join([f"*a{i-1}"] * 10) + "]")
    lines.append("names: {title: *a8}")
    f = tmp_path / "bomb.yaml"
    f.write_text("\n".join(lines) + "\n")
    with pytest.raises(SeedError, match="too large"):
        read(f)


def test_anchors_are_allowed(tmp_path):
    f = _write(tmp_path, "anchor.yaml", """
        names: {title: Anchored}
        see_also: &links [A, B]
        """)
    assert read(f).see_also == ["A", "B"]


def test_json_with_tab_indentation_keeps_line_numbers(tmp_path):
    f = tmp_path / "tab.json"
    f.write_text('{\n\t"names": {\n\t\t"title": 5\n\t}\n}\n')
    with pytest.raises(SeedError) as err:
        read(f)
    assert f"{f}:3: names.title: Input should be a valid string" in str(err.value)


def test_left_out_fields_are_derived_stated_ones_kept(tmp_path):
    text = """
        names: {title: Hand Unit}
        facts:
          - {label: Commander, text: Ann Lee}
        lead:
          - text: The Hand Unit (HU) was formed in March 2020. On 4 May, it held a parade.
        """
    p = read(_write(tmp_path, "derive.yaml", text))
    assert [a.text for a in p.names.aliases] == ["HU"]
    assert [(e.date.iso, e.year_inferred) for e in p.events] == [("2020-03", False), ("2020-05-04", True)]
    assert [x.name for x in p.people] == ["Ann Lee"]
    assert p.org.kind == "unit" and [x.name for x in p.org.leaders] == ["Ann Lee"]

    stated = text.rstrip(" ") + "        events: []\n        people: []\n"
    q = read(_write(tmp_path, "stated.yaml", stated))
    assert q.events == [] and q.people == []
    assert [a.text for a in q.names.aliases] == ["HU"]


def test_emptied_derived_fields_survive_a_round_trip(tmp_path, seed_profile):
    emptied = seed_profile.model_copy(deep=True)
    emptied.events = []
    emptied.people = []
    emptied.org = None
    emptied.names.aliases = []
    for fmt in ("json", "yaml"):
        f = tmp_path / f"emptied.{fmt}"
        f.write_text(dump_profile(emptied, fmt), encoding="utf-8")
        assert read(f) == emptied
