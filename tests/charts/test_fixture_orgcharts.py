"""Organisation charts of fixture articles whose shapes once misled readers."""
from __future__ import annotations

from pathlib import Path

import pytest

from briefkit.charts import layout as LY
from briefkit.charts import orgchart

from test_orgchart import _check

ARTICLES = Path(__file__).resolve().parents[1] / "fixtures" / "articles"


def _chart(name: str):
    from briefkit.readers import read

    profile = read(str(ARTICLES / f"{name}.txt"))
    assert profile.org is not None
    of = orgchart.build(profile.org)
    assert of is not None
    _check(of, profile.org)
    boxes = {b.node.name: of.layout.boxes[k] for k, b in of.boxes.items()}
    return profile, of, boxes


@pytest.mark.parametrize("name, item, first", [
    ("georgian_dream", "Tbilisi organisation", "Gldani district organisation"),
    ("msf", "Operational centres", "Operational Centre Amsterdam"),
])
def test_a_family_in_a_list_is_indented_under_its_own_item(name: str, item: str, first: str) -> None:
    """A family drawn in two columns under a list item once began at the list's indentation,
    beside the trunk, and readers took its first column for parts of the whole organisation."""
    _, of, boxes = _chart(name)
    siblings = [boxes[n].x0 for n in boxes if n != item and abs(boxes[n].x0 - boxes[item].x0) < 1e-6]
    assert siblings, "the item sits at the list indentation with the other parts"
    assert boxes[first].x0 > boxes[item].x0 + 5
    assert LY.stray_families(of.layout) == []


@pytest.mark.parametrize("name, body, unit", [
    ("georgian_dream", "Congress", "Georgian Dream"),
    ("europol", "Management Board", "Europol"),
])
def test_a_governing_body_is_drawn_beside_its_unit(name: str, body: str, unit: str) -> None:
    """'The org chart puts Congress above the party as its parent': the body stands beside
    the unit, level with it, and the alt text calls it the unit's own."""
    profile, of, boxes = _chart(name)
    b, u = boxes[body], boxes[unit]
    assert b.x0 > u.x1 and u.y0 <= b.cy <= u.y1
    parents = [n for n in boxes if boxes[n].y1 <= u.y0]
    assert body not in parents
    alt = orgchart.alt_text(profile.org)
    assert f"beside {unit}, its own {body}, which " in alt
    assert f"{body} >" not in alt and f"> {body}" not in alt
