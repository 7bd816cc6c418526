"""Organisation chart geometry measured on the rendered figure."""
from __future__ import annotations

import pytest

from briefkit.charts import layout as LY
from briefkit.charts import orgchart, render_chart
from briefkit.model import OrgNode, Person

from chart_geometry import extent, figure_box, inside, overlapping_pairs, renderer
from chart_profiles import SEED_UNITS, big_org, military_org, profile, seed_org, wide_org


def _check(of: orgchart.OrgFigure, root: OrgNode, pruned: bool = False) -> None:
    fig = of.fig
    r = renderer(fig)
    page = figure_box(fig)
    boxes = {k: extent(p, r) for k, p in of.patches.items()}
    # every node is drawn once, or counted in the note of the box it hangs from
    if not pruned and of.max_depth is None:
        assert len(boxes) == len(root.walk())
    hidden = sum(int(b.note.split()[1]) for b in of.boxes.values() if b.note and b.note.startswith("+ "))
    assert len(boxes) + hidden == len(root.walk())
    assert overlapping_pairs([(str(k), b) for k, b in boxes.items()]) == []
    texts = []
    for key, arts in of.texts.items():
        for t in arts:
            bb = extent(t, r)
            assert inside(bb, boxes[key]), f"{t.get_text()!r} sticks out of its box"
            assert t.get_fontsize() >= 7.0
            texts.append((t.get_text(), bb))
    assert overlapping_pairs(texts) == []
    for b in boxes.values():
        assert inside(b, page)
    # connectors (layout coordinates) never run through a box
    assert LY.crossing_segments(of.layout) == []
    assert LY.overlapping_boxes(of.layout) == []
    # every box is joined to its own parent, and a list item's family stays inside it
    assert LY.misjoined_connectors(of.layout) == []
    assert LY.stray_families(of.layout) == []
    # every node's name appears in its box (joining wrapped lines)
    for key, box in of.boxes.items():
        drawn = " ".join(t.get_text() for t in of.texts[key])
        assert " ".join(box.node.name.split()) in drawn
    assert of.width_in <= 6.3 + 1e-9


def test_no_org_no_chart() -> None:
    assert render_chart(profile(), "orgchart") is None
    assert orgchart.build(None) is None


def test_seed_orgchart() -> None:
    root = seed_org()
    of = orgchart.build(root)
    assert of is not None
    _check(of, root)
    names = {b.node.name: k for k, b in of.boxes.items()}
    for u in SEED_UNITS:
        assert u in names
    unit = of.boxes[names["Freedom of Russia Legion"]]
    drawn = " ".join(t.get_text() for t in of.texts[unit.key])
    assert "Maximilian Andronnikov — spokesperson/speaker" in drawn
    assert "Kostiantyn Denysov — Spokesperson" in drawn
    # parent chain above the unit above Headquarters above the nine
    lay = of.layout
    y = {n: lay.boxes[k].y0 for n, k in names.items()}
    assert y["International Legion of the Defence Intelligence of Ukraine"] < \
        y["Freedom of Russia Legion"] < y["Headquarters"] < min(y[u] for u in SEED_UNITS)
    # nine children are not a strip: at most two per row
    rows: dict[float, int] = {}
    for u in SEED_UNITS:
        rows[round(y[u], 3)] = rows.get(round(y[u], 3), 0) + 1
    assert max(rows.values()) <= 2
    assert of.height_in < 6


def test_seed_alt_text() -> None:
    chart = render_chart(profile(org=seed_org()), "orgchart")
    assert chart is not None
    assert chart.alt.startswith(
        "Organisation chart: International Legion of the Defence Intelligence of Ukraine > "
        "Freedom of Russia Legion > Headquarters with 9 units: 1st Mechanized Battalion, ")
    assert "Maximilian Andronnikov (spokesperson/speaker)" in chart.alt


@pytest.mark.parametrize("make", [
    lambda: OrgNode(name="Lone Unit", kind="unit"),
    lambda: OrgNode(name="Lone Unit with a rather long name that must wrap onto lines",
                    kind="unit", leaders=[Person(name="Anna Example", role="commander")]),
    wide_org,
    military_org,
    big_org,
], ids=["one", "one-long", "wide9", "military60", "random60"])
def test_synthetic_trees(make) -> None:
    root = make()
    of = orgchart.build(root)
    assert of is not None
    _check(of, root)


def test_sixty_node_regular_tree_fits_a_page() -> None:
    root = military_org(4, 4, (3, 2, 2))
    assert 55 <= len(root.walk()) <= 65
    of = orgchart.build(root)
    assert of is not None
    assert of.width_in <= 6.3 and of.height_in <= orgchart.MAX_HEIGHT_IN


def test_max_depth_prunes_with_a_note() -> None:
    root = seed_org()
    of = orgchart.build(root, max_depth=1)
    assert of is not None
    _check(of, root, pruned=True)
    assert len(of.boxes) == 3
    notes = [b.note for b in of.boxes.values() if b.note]
    assert notes == ["+ 9 subunits not shown"]
    chart = render_chart(profile(org=root), "orgchart", {"max_depth": 1})
    assert chart is not None and "Headquarters (9 lower units not shown)" in chart.alt


def test_tree_too_big_for_a_page_loses_lowest_levels_with_notes() -> None:
    root = big_org(200)
    of = orgchart.build(root)
    assert of is not None and of.max_depth is not None
    _check(of, root)
    assert of.height_in <= orgchart.MAX_HEIGHT_IN and of.width_in <= 6.3
    assert "lower units not shown" in orgchart.alt_text(root, of.max_depth)


def test_flat_sixty_goes_into_columns() -> None:
    root = OrgNode(name="Root", kind="unit",
                   children=[OrgNode(name=f"Child {i} with some name") for i in range(60)])
    of = orgchart.build(root)
    assert of is not None and of.max_depth is None
    _check(of, root)
    assert of.height_in <= orgchart.MAX_HEIGHT_IN


def test_a_governing_body_stands_beside_the_unit_and_says_what_it_does() -> None:
    """A board under the unit box would read as a department its head runs, and above it as
    the unit's parent: it is drawn beside the unit, level with it and joined from the side,
    with the unit's parent still above the unit, and its box says what it does."""
    board = OrgNode(name="Management Board", kind="governing", attributes={"governs": "oversees the agency"})
    unit = OrgNode(name="Agency", kind="unit", children=[board, OrgNode(name="Operations"), OrgNode(name="Audit")])
    root = OrgNode(name="Union", kind="parent", children=[unit])
    of = orgchart.build(root)
    assert of is not None
    _check(of, root)
    box = next(b for b in of.boxes.values() if b.node.name == "Management Board")
    assert box.note == "oversees the agency"
    texts = [t.get_text() for arts in of.texts.values() for t in arts]
    assert "oversees the agency" in texts
    lay = of.layout
    key = {b.node.name: k for k, b in of.boxes.items()}
    r = {name: lay.boxes[k] for name, k in key.items()}
    assert r["Union"].y1 < r["Agency"].y0 < r["Operations"].y0
    assert r["Management Board"].x0 > r["Agency"].x1
    assert r["Agency"].y0 <= r["Management Board"].cy <= r["Agency"].y1
    assert (key["Union"], key["Management Board"]) not in lay.edges
    assert lay.asides == [(key["Agency"], key["Management Board"])]
    # nothing comes down onto the board: every line that touches it is horizontal
    touching = [s for s in lay.segments if any(
        r["Management Board"].x0 - 1e-6 <= x <= r["Management Board"].x1 + 1e-6
        and r["Management Board"].y0 - 1e-6 <= y <= r["Management Board"].y1 + 1e-6 for x, y in s)]
    assert touching and all(a[1] == b[1] for a, b in touching)
    alt = orgchart.alt_text(root)
    assert alt.startswith("Organisation chart: Union > Agency with 2 units: Operations and Audit; ")
    assert alt.endswith("; beside Agency, its own Management Board, which oversees the agency.")
    # the profile's tree is not changed: the writers and fidelity read it as the text gives it
    assert [c.name for c in unit.children] == ["Management Board", "Operations", "Audit"]


def test_several_governing_bodies_are_named_in_words() -> None:
    unit = OrgNode(name="Society", kind="unit", children=[
        OrgNode(name="Assembly", kind="governing", attributes={"governs": "highest body"}),
        OrgNode(name="Board", kind="governing", attributes={"governs": "appoints the director"}),
        OrgNode(name="Secretariat")])
    of = orgchart.build(unit)
    assert of is not None
    _check(of, unit)
    assert orgchart.alt_text(unit) == (
        "Organisation chart: Society > Secretariat; beside Society, its own Assembly, the highest "
        "body, and its own Board, which appoints the director.")


def test_a_box_names_its_heads_before_a_chief_of_staff() -> None:
    from briefkit.model import Person

    unit = OrgNode(name="Group", kind="unit", leaders=[
        Person(name="Ann Holm", role="Chief of staff in Syria"), Person(name="Carl Berg", role="Field commander")])
    of = orgchart.build(unit)
    box = next(b for b in of.boxes.values() if b.node.name == "Group")
    assert box.leader_lines[0].startswith("Carl Berg") and box.leader_lines[-1].startswith("Ann Holm")


def test_a_part_keeps_what_its_table_row_says_beyond_its_name() -> None:
    """A brief shows the chart in place of the structure table: each box keeps the row's first
    column that is neither a name nor a date (where a regiment is, what a segment does), in the
    box and in the alt text; a long one is left to the full length's table."""
    parts = [OrgNode(name="1st Regiment", attributes={"Native name": "1er régiment", "Formed": "1841",
                                                      "Notes": "Calvi, Corsica"}),
             OrgNode(name="Networks", attributes={"Main business": "Radio access and transport equipment for operators"}),
             OrgNode(name="Archive", attributes={"Notes": " ".join(["a very long description"] * 12)}),
             OrgNode(name="Depot", attributes={"Formed": "1999"}),
             # a grouping's internal marker is not for the reader
             OrgNode(name="Subsidiaries", attributes={"group": "infobox"})]
    root = OrgNode(name="Legion", kind="unit", children=parts)
    of = orgchart.build(root)
    assert of is not None
    _check(of, root)
    notes = {b.node.name: b.note for b in of.boxes.values()}
    assert notes["1st Regiment"] == "Calvi, Corsica"
    assert notes["Networks"] and notes["Networks"].replace("\n", " ") == "Radio access and transport equipment for operators"
    assert notes["Archive"] is None and notes["Depot"] is None and notes["Subsidiaries"] is None
    texts = [t.get_text() for arts in of.texts.values() for t in arts]
    assert "Calvi, Corsica" in texts
    assert "1st Regiment (Calvi, Corsica)" in orgchart.alt_text(root)


def test_an_infobox_grouping_is_no_unit_in_the_alt_text_nor_drawn_as_one() -> None:
    """A company "organised into four business groups" had "Nokia with 5 units" in its alt text:
    the infobox's "Subsidiaries" heading counted as a fifth part, and was drawn as one."""
    subs = OrgNode(name="Subsidiaries", kind="subunit", attributes={"group": "infobox"},
                   children=[OrgNode(name="Acme Labs", kind="subunit"), OrgNode(name="Acme Cables", kind="subunit")])
    root = OrgNode(name="Acme", kind="unit", children=[
        OrgNode(name=f"Group {c}", kind="subunit") for c in "ABCD"] + [subs])
    alt = orgchart.alt_text(root)
    assert " with 4 units: Group A, Group B, Group C and Group D; and Subsidiaries: Acme Labs and Acme Cables" in alt
    assert "units in all" not in alt
    of = orgchart.build(root)
    grouping = next(p for k, p in of.patches.items() if of.boxes[k].node is subs)
    part = next(p for k, p in of.patches.items() if of.boxes[k].node.name == "Group A")
    assert grouping.get_linestyle() != part.get_linestyle()
    assert grouping.get_facecolor() != part.get_facecolor()


def test_a_brief_that_lists_its_leaders_draws_the_chart_without_them() -> None:
    """Wagner's brief printed its Leadership list and the same three names again in the top box
    of its organisation chart. `max_leaders=0` draws the boxes without leaders."""
    org = seed_org()
    org.children[0].leaders = [Person(name="Jane Roe", role="Commander", leader=True)]
    full = render_chart(profile(org=org), "orgchart")
    bare = render_chart(profile(org=org), "orgchart", {"max_leaders": 0})
    assert "Jane Roe" in full.alt and "Jane Roe" not in bare.alt
    assert bare.height_in < full.height_in or bare.png != full.png
    with pytest.raises(Exception):
        render_chart(profile(org=org), "orgchart", {"max_leaders": "many"})


def _wide_and_deep(width: int, depth: int) -> OrgNode:
    """A unit with `width` subunits, each heading a chain `depth` levels deep."""
    def chain(i: int, level: int) -> OrgNode:
        kids = [chain(i, level + 1)] if level < depth else []
        return OrgNode(name=f"Unit {i}.{level} of the formation", children=kids)
    return OrgNode(name="Headquarters", kind="unit", children=[chain(i, 1) for i in range(width)])


def test_a_tree_of_hundreds_is_cut_to_a_page_without_laying_out_what_cannot_fit(monkeypatch) -> None:
    """Levels whose boxes cannot fit a page whatever the layout (their areas, or a chain of
    them, exceed it: `cannot_fit`) are never laid out; the chart kept is the one a full
    search keeps, and only levels that could fit are measured."""
    root = _wide_and_deep(60, 12)  # 721 nodes
    laid: list[int] = []
    real = orgchart.choose_layout

    def counting(node, max_w, max_h):
        laid.append(len(orgchart._sizes(node)))
        return real(node, max_w, max_h)

    monkeypatch.setattr(orgchart, "choose_layout", counting)
    of = orgchart.build(root)
    assert of is not None and of.max_depth is not None
    _check(of, root)
    assert max(laid) < 400, laid  # never the thousands of boxes of the deeper levels


@pytest.mark.parametrize("width, depth", [(3, 3), (12, 2), (40, 1)])
def test_cannot_fit_never_refuses_a_chart_that_fits(width: int, depth: int) -> None:
    root = _wide_and_deep(width, depth)
    top = orgchart.build_boxes(root, None)
    lay = orgchart.choose_layout(orgchart._to_layout_node(top), 6.3 * 72 - 6, 8.6 * 72 - 6)
    fits = lay.width <= 6.3 * 72 - 6 and lay.height <= 8.6 * 72 - 6
    assert fits and not orgchart.cannot_fit(top, 6.3 * 72 - 6, 8.6 * 72 - 6)
