"""What a reviewer flagged on the page: infobox leftovers, link gaps, doubled headings,
empty sections, labels cut mid-phrase."""
from __future__ import annotations

from pathlib import Path

import pytest

from briefkit import digest
from briefkit.readers import read
from briefkit.text import tidy_fragment, tidy_gaps

ARTICLES = Path(__file__).resolve().parent / "fixtures" / "articles"


def test_numbered_infobox_pairs_read_as_one_fact():
    au = {f.label: f.text for f in digest.infobox_facts(read(ARTICLES / "african_union.txt"))}
    assert au["Chairperson of the Commission"] == "Mahmoud Ali Youssouf"
    assert au["Deputy Chairperson of the Commission"] == "Selma Malika Haddadi"
    assert not any(label.startswith("Leader") for label in au)
    gd = {f.label: f.text for f in digest.infobox_facts(read(ARTICLES / "georgian_dream.txt"))}
    assert gd["Seats"] == "Parliament: 89 / 150" and "Seats1 Title" not in gd
    fx = {f.label: f.text for f in digest.infobox_facts(read(ARTICLES / "frontex.txt"))}
    assert fx["Executive Director"] == "Hans Leijtens"
    assert "Agency name" in fx, "an unnumbered 'Name' key is left as it is (in one case)"


@pytest.mark.parametrize("raw, tidy", [
    ("Leaders agreed that , the last secretary-general", "Leaders agreed that, the last secretary-general"),
    ("Manana Kobakhidze (, interim)", "Manana Kobakhidze (interim)"),
    ("the Legion ( ) was formed", "the Legion was formed"),
    ("Commander (–)", "Commander"),
    ("Paris, , France", "Paris, France"),
    ("No gap here: none.", "No gap here: none."),
])
def test_link_gaps_are_closed_with_punctuation_only(raw, tidy):
    assert tidy_gaps(raw) == tidy
    assert set(tidy_gaps(raw).split()) <= set(raw.replace(",", " , ").replace("(", "( ").split()) | set(tidy.split())


def test_an_alias_keeps_no_stray_separator():
    assert tidy_fragment("interim,") == "interim" and tidy_fragment(", interim") == "interim"


def _document(seed: Path, length_name: str):
    from briefkit.charts_service import ChartService
    from briefkit.compose import load_lengths, source_date
    from briefkit.fit import build_document

    profile = read(seed)
    length = load_lengths()[length_name]
    doc, _ = build_document(profile, length, length.max_detail, source_date(profile, seed),
                            ChartService(profile, None), None)
    return doc


@pytest.mark.parametrize("name", ["african_union", "georgian_dream", "frontex", "msf"])
def test_a_brief_prints_each_heading_once_and_none_empty(name):
    from briefkit.document.nodes import Heading, plain

    for length in ("brief", "full"):
        blocks = _document(ARTICLES / f"{name}.txt", length).blocks
        titles = [plain(b.runs) for b in blocks if isinstance(b, Heading) and b.level == 1]
        if length == "brief":
            assert len(titles) == len(set(titles)), titles
        for i, b in enumerate(blocks):
            if isinstance(b, Heading):
                nxt = blocks[i + 1] if i + 1 < len(blocks) else None
                assert nxt is not None and not (isinstance(nxt, Heading) and nxt.level <= b.level), \
                    f"{name} {length}: empty section {plain(b.runs)!r}"


@pytest.mark.parametrize("name", ["african_union", "msf", "nokia", "93rd_mechanized_brigade"])
def test_timeline_labels_are_never_cut_with_an_ellipsis(name):
    from briefkit.charts import timeline

    profile = read(ARTICLES / f"{name}.txt")
    for n in (12, None):
        tf = timeline.build(timeline.chosen_events(profile, {"max_events": n}))
        assert tf is not None
        assert not any("…" in s for s in tf.label_strings), tf.label_strings
