"""The article reader on the real seed: names, facts, lead, sections, see-also, provenance."""
from __future__ import annotations

from briefkit.model import BulletList, Paragraph
from briefkit.readers import read


def _fact(profile, label):
    matches = [f for f in profile.facts if f.label == label]
    assert matches, f"no fact {label!r} in {[f.label for f in profile.facts]}"
    return matches[0]


def test_title_and_aliases(seed_profile):
    names = seed_profile.names
    assert names.title == "Freedom of Russia Legion"
    texts = [a.text for a in names.aliases]
    for expected in ["FRL", "Легион «Свобода России»", "ЛСР", "LSR", "Free Russia Legion"]:
        assert expected in texts
    kinds = {a.text: a.kind for a in names.aliases}
    assert kinds["FRL"] == "abbreviation"
    assert kinds["LSR"] == "abbreviation"
    assert kinds["ЛСР"] == "abbreviation"
    assert kinds["Легион «Свобода России»"] == "native"
    assert kinds["Free Russia Legion"] == "alias"
    scripts = {a.text: a.script for a in names.aliases}
    assert scripts["ЛСР"] == "Cyrillic" and scripts["FRL"] == "Latin"
    # Other bodies' abbreviations in the lead (RVC) are not names of the Legion.
    assert "RVC" not in texts
    assert names.title not in texts


def test_facts_are_cleaned_of_wiki_leftovers(seed_profile):
    for fact in seed_profile.facts:
        for text in [fact.text] + [i.text for i in fact.items]:
            assert "px" not in text, fact
            assert "|" not in text, fact
    assert _fact(seed_profile, "Branch").text == "International Legion of the Defence Intelligence of Ukraine"
    assert _fact(seed_profile, "March").text == '"Patrioticheskaya Pesnya"'


def test_flattened_battles_list_becomes_nested(seed_profile):
    battles = _fact(seed_profile, "Battles")
    assert battles.text == ""
    [war] = battles.items
    assert war.text == "Russo-Ukrainian War"
    [invasion] = war.children
    assert invasion.text == "Russian invasion of Ukraine"
    [attacks] = invasion.children
    assert attacks.text == "2022–2023 Western Russia attacks"
    assert [c.text for c in attacks.children] == ["2023 Belgorod Oblast attack", "March 2024 Western Russia incursion"]


def test_label_pairs_are_merged(seed_profile):
    labels = [f.label for f in seed_profile.facts]
    assert _fact(seed_profile, "Spokesperson").text == "Kostiantyn Denysov"
    assert _fact(seed_profile, "Song").text == '"Rise Up" («Поднимись»)'
    assert not any("Label" in label for label in labels)
    assert "Commander2" not in labels and "Identification Symbol 2" not in labels
    # Empty once cleaned (only image stubs): dropped, reported by lint.
    assert "Flags" not in labels and "Identification Symbol" not in labels
    # Order follows the infobox.
    assert labels.index("Branch") < labels.index("Battles") < labels.index("Spokesperson") < labels.index("Song")


def test_empty_symbol_fact_is_a_finding(seed_findings):
    codes = [(f.code, f.line) for f in seed_findings]
    assert ("empty-after-cleaning", 15) in codes


def test_lead_blocks_keep_text(seed_profile, seed_path):
    lead = seed_profile.lead
    assert [type(b) for b in lead] == [Paragraph, Paragraph]
    raw = seed_path.read_text(encoding="utf-8").splitlines()
    assert lead[0].text == raw[19]
    assert lead[0].source.line == 20
    assert lead[1].text.startswith("Since 22 May 2023") and lead[1].source.line == 22


def test_section_tree(seed_profile):
    tops = [s.title for s in seed_profile.sections]
    assert tops == [
        "History", "Structure", "Symbols and leadership", "Ideology",
        "Relationship to other armed anti-Putin units in Russia", "Estimated strength and training", "Reactions",
    ]
    reactions = seed_profile.sections[-1]
    assert [c.title for c in reactions.children] == ["Scepticism regarding the unit's existence"]
    assert reactions.children[0].level == 2 and reactions.level == 1
    history = seed_profile.sections[0]
    assert len(history.blocks) == 12 and all(isinstance(b, Paragraph) for b in history.blocks)
    assert history.source.line == 24


def test_structure_section_keeps_its_blocks(seed_profile):
    structure = seed_profile.sections[1]
    assert isinstance(structure.blocks[0], Paragraph) and structure.blocks[0].text == "Headquarters"
    assert isinstance(structure.blocks[1], BulletList)
    assert len(structure.blocks[1].items) == 9
    assert structure.blocks[1].items[0].source.line == 52


def test_see_also(seed_profile):
    assert seed_profile.see_also == [
        "Russian Insurgent Army", "Dzhokhar Dudayev Battalion", "Sheikh Mansur Battalion",
        "Kastuś Kalinoŭski Regiment", 'Tactical group "Belarus"', "Georgian Legion",
        "Civic Council (Armed Forces of Ukraine)", "Combat Organization of Anarcho-Communists",
    ]
    assert "See also" not in [s.title for s in seed_profile.all_sections()]


def test_source_info(seed_profile):
    src = seed_profile.source
    assert src.publisher == "Wikipedia"
    assert src.url == "https://en.wikipedia.org/wiki/Freedom_of_Russia_Legion"
    assert src.licence == "CC BY-SA 4.0"
    assert src.licence_url == "https://creativecommons.org/licenses/by-sa/4.0/"


def test_every_block_item_and_event_has_a_source(seed_profile, seed_path):
    def items(its):
        for it in its:
            yield it
            yield from items(it.children)

    blocks = list(seed_profile.lead) + [b for s in seed_profile.all_sections() for b in s.blocks]
    for b in blocks:
        assert b.source and b.source.line and b.source.file == str(seed_path)
        if isinstance(b, BulletList):
            for it in items(b.items):
                assert it.source and it.source.line
    for f in seed_profile.facts:
        assert f.source and f.source.line
        for it in items(f.items):
            assert it.source and it.source.line
    for e in seed_profile.events:
        assert e.source and e.source.line
    for s in seed_profile.all_sections():
        assert s.source and s.source.line


def test_sources_point_at_the_right_lines(seed_profile, seed_path):
    """A block's source line holds the start of its text in the seed."""
    raw = seed_path.read_text(encoding="utf-8").splitlines()
    for s in seed_profile.all_sections():
        assert s.title in raw[s.source.line - 1]
        for b in s.blocks:
            if isinstance(b, Paragraph):
                assert " ".join(raw[b.source.line - 1].split()) == b.text[: len(" ".join(raw[b.source.line - 1].split()))]


def test_every_sentence_of_the_seed_is_in_the_model(seed_profile, seed_path):
    """The full brief must contain every sentence: every paragraph line is some block's text."""
    texts = {b.text for b in seed_profile.lead if isinstance(b, Paragraph)}
    texts |= {b.text for s in seed_profile.all_sections() for b in s.blocks if isinstance(b, Paragraph)}
    lines = seed_path.read_text(encoding="utf-8").splitlines()
    body_start = next(i for i, l in enumerate(lines) if l.startswith("The Freedom of Russia Legion ("))
    see_also = next(i for i, l in enumerate(lines) if "See also" in l)
    for line in lines[body_start:see_also]:
        line = " ".join(line.split())
        if line and not line.startswith(("=", "- ")):
            assert line in texts, line


def test_reading_twice_gives_equal_profiles(seed_path):
    assert read(seed_path) == read(str(seed_path))
