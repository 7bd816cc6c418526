"""Real files are messy: each case has a fixture seed in tests/fixtures/seeds/."""
from __future__ import annotations

import pytest

from briefkit.errors import SeedError
from briefkit.model import BulletList, Paragraph
from briefkit.readers import SEED_SUFFIXES, read, read_with_findings


def _codes(findings):
    return sorted((f.code, f.line) for f in findings)


def test_bom_and_crlf(fixture_path):
    p, findings = read_with_findings(fixture_path("bom_crlf.txt"))
    assert p.names.title == "Northwind Relief Society"  # no BOM glued to the title
    assert [(f.label, f.text) for f in p.facts] == [("Founded", "4 May 2011"), ("Type", "Charity")]
    assert p.lead[0].text.endswith("field kitchens.")
    assert "\r" not in p.model_dump_json()
    assert p.sections[0].blocks[0].source.line == 10
    assert findings == []


def test_tabs_and_trailing_spaces(fixture_path):
    p = read(fixture_path("tabs_trailing.txt"))
    assert p.names.title == "Tab Unit"
    assert p.facts[0].text == "Militia"
    assert p.lead[0].text == "The Tab Unit is a militia."
    lst = p.sections[0].blocks[1]
    assert isinstance(lst, BulletList)
    assert [i.text for i in lst.items] == ["Alpha Company", "Bravo Company"]
    assert [c.text for c in lst.items[0].children] == ["First Platoon"]


def test_empty_infobox_values(fixture_path):
    p, findings = read_with_findings(fixture_path("empty_values.txt"))
    assert [f.label for f in p.facts] == ["Type", "Size"]
    assert _codes(findings) == [("empty-value", 5), ("empty-value", 6)]


def test_duplicate_keys(fixture_path):
    p, findings = read_with_findings(fixture_path("duplicate_keys.txt"))
    assert [(f.label, f.text) for f in p.facts] == [("Leader", "Anna Berg; Carl Dunn"), ("Type", "Front")]
    assert _codes(findings) == [("duplicate-key", 5), ("duplicate-key", 7)]
    assert "Carl Dunn" in findings[0].message


def test_empty_sections(fixture_path):
    p, findings = read_with_findings(fixture_path("empty_sections.txt"))
    titles = [(s.title, s.level) for s in p.all_sections()]
    assert titles == [("History", 1), ("Equipment", 1), ("Vehicles", 2), ("Reactions", 1)]
    # Equipment has a subsection, so only History and Vehicles are empty.
    assert _codes(findings) == [("empty-section", 5), ("empty-section", 8)]


def test_unbalanced_headings(fixture_path):
    p, findings = read_with_findings(fixture_path("unbalanced_headings.txt"))
    assert p.names.title == "Crooked Corps"
    assert [(s.title, s.level) for s in p.all_sections()] == [("History", 1), ("Operations", 2), ("Legacy", 1)]
    assert p.sections[0].children[0].blocks[0].text == "It fought in 2003."
    assert ("unbalanced-heading", 5) in _codes(findings)
    assert ("unbalanced-heading", 8) in _codes(findings)
    assert ("unbalanced-heading", 11) in _codes(findings)  # "==Legacy": no closing run


def test_no_infobox(fixture_path):
    p = read(fixture_path("no_infobox.txt"))
    assert p.facts == []
    assert [a.text for a in p.names.aliases] == ["PA"]
    assert p.sections[0].title == "Activities"


def test_no_sections(fixture_path):
    p = read(fixture_path("no_sections.txt"))
    assert p.sections == []
    assert [b.text for b in p.lead] == [
        "The Lone Paragraph Club is a club.",
        "It was established on 2 February 2002. On 3 March, it held its first meeting.",
    ]
    assert [e.date.iso for e in p.events] == ["2002-02-02", "2002-03-03"]


def test_wiki_leftovers(fixture_path):
    p, findings = read_with_findings(fixture_path("wiki_leftovers.txt"))
    facts = {f.label: f for f in p.facts}
    assert facts["Branch"].text == "Grand Army of the North"
    assert facts["Motto"].text == "Forward"
    battles = facts["Battles"].items
    assert [i.text for i in battles] == ["Northern War"]
    assert [c.text for c in battles[0].children] == ["First campaign", "Second campaign"]
    assert [c.text for c in battles[0].children[0].children] == ["Siege of Alpha"]
    assert facts["Commander-in-chief"].text == "Ivan Petrov"
    assert "Patch" not in facts and "Insignia" not in facts and "Flag Label" not in facts
    codes = _codes(findings)
    assert ("empty-after-cleaning", 9) in codes
    assert ("orphan-label", 11) in codes
    assert ("wiki-markup", 12) in codes  # {{citation needed}} could not be cleaned


def test_nested_and_ordered_lists(fixture_path):
    p = read(fixture_path("nested_lists.txt"))
    bullets, ordered = p.sections[0].blocks
    assert not bullets.ordered and ordered.ordered
    top = bullets.items
    assert [i.text for i in top] == ["Top one", "Top two", "Star top"]
    assert [c.text for c in top[0].children] == ["Child one", "Child two"]
    assert top[0].children[0].children[0].text == "Grandchild one"
    assert top[2].children[0].children[0].text == "Star grandchild"
    assert [i.text for i in ordered.items] == ["First step", "Second step"]


def test_source_block_overrides_default_provenance(fixture_path):
    p = read(fixture_path("source_block.txt"))
    assert p.source.publisher == "Harbour Archive"
    assert p.source.url == "https://archive.example.org/harbour-watch"
    assert p.source.licence == "CC BY 4.0"
    assert p.source.licence_url == "https://creativecommons.org/licenses/by/4.0/"
    assert p.as_of == "2025-01-31"
    assert [f.label for f in p.facts] == ["Type"]


def test_utf16_with_bom(fixture_path):
    assert read(fixture_path("utf16.txt")).names.title == "Wide Society"


def test_paragraph_lines_join_and_list_items_continue(tmp_path):
    seed = tmp_path / "wrap.txt"
    seed.write_text("= Wrap =\n\nFirst line\nsecond line.\n\n== S ==\n- item one\n  continued\n- two\nAfter.\n")
    p = read(seed)
    assert p.lead[0].text == "First line second line."
    lst, after = p.sections[0].blocks
    assert [i.text for i in lst.items] == ["item one continued", "two"]
    assert isinstance(after, Paragraph) and after.text == "After."


@pytest.mark.parametrize(
    "name, needle, line",
    [
        ("empty.txt", "empty", 1),
        ("whitespace_only.txt", "empty", 1),
        ("no_title.txt", "no title", 1),
        ("latin1.txt", "UTF-8", 1),
    ],
)
def test_bad_files_raise_seed_error_with_file_and_line(fixture_path, name, needle, line):
    path = fixture_path(name)
    with pytest.raises(SeedError) as err:
        read(path)
    assert needle in err.value.message
    assert err.value.file == str(path)
    assert err.value.line == line
    assert str(path) in str(err.value)


def test_missing_file_and_directory(tmp_path):
    with pytest.raises(SeedError, match="not found"):
        read(tmp_path / "nope.txt")
    for name in ("dir.txt", "plain_dir"):
        d = tmp_path / name
        d.mkdir()
        with pytest.raises(SeedError, match="directory"):
            read(d)


def test_unknown_suffix(tmp_path):
    f = tmp_path / "seed.docx"
    f.write_text("= T =")
    with pytest.raises(SeedError, match="unknown seed format"):
        read(f)


def test_undecodable_byte_line_number(tmp_path):
    f = tmp_path / "bad.txt"
    f.write_bytes(b"= T =\n\nok\n\xff\xfe bad\n")
    with pytest.raises(SeedError) as err:
        read(f)
    assert err.value.line == 4


def test_seed_suffixes():
    assert {".txt", ".md", ".wiki", ".yaml", ".yml", ".json"} == set(SEED_SUFFIXES)


def test_other_suffixes_read_as_articles(tmp_path, fixture_path):
    text = fixture_path("no_infobox.txt").read_text(encoding="utf-8")
    for suffix in (".md", ".wiki", ".TXT"):
        f = tmp_path / f"seed{suffix}"
        f.write_text(text, encoding="utf-8")
        assert read(f).names.title == "Plain Association"


def test_control_characters_are_dropped_and_reported(tmp_path):
    f = tmp_path / "ctl.txt"
    f.write_text("= Ctl =\n\nBell\x07 here.\n", encoding="utf-8")
    p, findings = read_with_findings(f)
    assert p.lead[0].text == "Bell here."
    assert [(x.code, x.line) for x in findings] == [("control-char", 3)]


def test_bare_infobox_marker_is_not_lead_text(tmp_path):
    f = tmp_path / "bare.txt"
    f.write_text("= Bare =\n\nInfobox\n\nBare is a group.\n")
    p, findings = read_with_findings(f)
    assert [b.text for b in p.lead] == ["Bare is a group."]
    assert [(x.code, x.line) for x in findings] == [("empty-value", 3)]


def test_wiki_style_infobox_entries(tmp_path):
    f = tmp_path / "wiki.txt"
    f.write_text("= W =\n\n{{Infobox unit\n| type = Militia\n| current_commander = Ann Lee\n\nW is a militia.\n")
    p = read(f)
    assert [(x.label, x.text) for x in p.facts] == [("Type", "Militia"), ("Current commander", "Ann Lee")]
    # "Current" is the period, not the role.
    assert [(x.name, x.role, x.current) for x in p.people] == [("Ann Lee", "Commander", True)]


def test_indented_sub_items_under_an_infobox_entry(tmp_path):
    f = tmp_path / "sub.txt"
    f.write_text("= Sub =\n\nInfobox\n- Battles: Great War\n  - First battle\n    - Skirmish\n  * Second battle\n- Type: Army\n\nSub is an army.\n")
    p = read(f)
    battles = p.facts[0]
    assert battles.text == ""
    [war] = battles.items
    assert war.text == "Great War"
    assert [c.text for c in war.children] == ["First battle", "Second battle"]
    assert [c.text for c in war.children[0].children] == ["Skirmish"]
    assert war.children[0].children[0].source.line == 6
    assert p.facts[1].text == "Army"


def test_lead_line_starting_with_source_is_text(tmp_path):
    f = tmp_path / "src.txt"
    f.write_text("= S =\n\nSource of funding\n- Donors: many\n\nS is a fund.\n")
    p = read(f)
    assert p.source.publisher == "Wikipedia"
    assert p.lead[0].text == "Source of funding"
    assert p.lead[1].items[0].text == "Donors: many"


def test_wrapped_infobox_value_and_malformed_line(tmp_path):
    f = tmp_path / "wrap.txt"
    f.write_text("= W =\n\nInfobox\n- Motto: Always\n    forward\n- no colon here\n- Type: Club\n\nW is a club.\n")
    p, findings = read_with_findings(f)
    assert [(x.label, x.text) for x in p.facts] == [("Motto", "Always forward"), ("Type", "Club")]
    assert [(x.code, x.line) for x in findings] == [("malformed-infobox", 6)]


def test_label_keys(tmp_path):
    f = tmp_path / "lab.txt"
    f.write_text(
        "= L =\n\nInfobox\n- Record label: Sony\n- Commander2: Ann Lee\n- Commander2 Label: Chief\n"
        "- Commander2 Label: Boss\n\nL is a band.\n"
    )
    p, findings = read_with_findings(f)
    assert [(x.label, x.text) for x in p.facts] == [("Record label", "Sony"), ("Chief", "Ann Lee")]
    assert [(x.code, x.line) for x in findings] == [("duplicate-key", 7)]
    assert "Boss" in findings[0].message


def test_a_table_without_outer_bars_reads_as_the_list_shaped_table(tmp_path):
    """Utti Jaeger Regiment's " Commander | In command" over " Colonel Ali Mättölä | in 2017" (no
    outer bars) had been one run-on paragraph, and the commanders' terms were lost; a sentence
    with one bar in it, or lines of different shapes, stay prose."""
    from briefkit.readers import read

    f = tmp_path / "a.txt"
    f.write_text("= Blue Regiment =\n\nThe Blue Regiment is a unit.\n\n== Commanders ==\n\n"
                 " Commander               | In command\n Colonel Anna Berg       | in 2017\n"
                 " Colonel Carl Dunn       | from June 2022\n\nThe motto is Brave | Bold.\nIt means a | b | c.\n",
                 encoding="utf-8")
    p = read(f)
    blocks = p.all_sections()[0].blocks
    assert [i.text for i in blocks[0].items] == ["Commander | In command", "Colonel Anna Berg | in 2017",
                                                 "Colonel Carl Dunn | from June 2022"]
    assert blocks[1].text == "The motto is Brave | Bold. It means a | b | c."
    assert {x.name: x.period for x in p.leaders}["Carl Dunn"] == "from June 2022"
