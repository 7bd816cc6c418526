"""The organisation's own parts, read alike from the model and from a cached profile's JSON."""
from __future__ import annotations

import pytest

from helpers import FIXTURES, SEED


@pytest.mark.parametrize("seed, parts, is_list", [
    (SEED, ["1st Mechanized Battalion", "1st Battalion"], True),
    (FIXTURES / "articles" / "wagner_group.txt", ["Assault detachments", "PMC Wagner Centre"], True),
    (FIXTURES / "articles" / "gchq.txt", None, False),
    (FIXTURES / "articles" / "82nd_airborne_division.txt", None, False),
    (FIXTURES / "articles" / "azov.txt", [], False),
])
def test_own_parts_and_lists_read_alike_from_the_model_and_the_cache(seed, parts, is_list):
    """A lone "Headquarters" above the Legion's battalions is not its parts' name; a cached
    profile (`LazyProfile`) answers without validating the model, and answers the same."""
    from briefkit import parts as P
    from briefkit.lazy_profile import LazyProfile, org_tree
    from briefkit.readers import read

    profile = read(seed)
    names = [n.name for n in P.own_parts(profile.org)]
    if parts is not None:
        assert names[:len(parts)] == parts
    assert P.is_list(profile.org) is is_list
    lazy = LazyProfile.load(profile.model_dump_json(), lambda: profile)
    assert lazy is not None
    tree = org_tree(lazy)
    assert lazy._real is None  # not validated
    assert [n.name for n in P.own_parts(tree)] == names and P.is_list(tree) is is_list


def test_a_tree_of_another_shape_asks_the_model():
    from briefkit.parts import PlainNode

    assert PlainNode.of({"name": "A", "children": [{"kind": "subunit"}]}) is None
    assert PlainNode.of("A") is None
    assert PlainNode.of({"name": "A", "kind": "unit"}) == PlainNode("A", "unit", ())


@pytest.mark.parametrize("stem, worth", [("wagner_group", False), ("europol", True), ("gchq", True),
                                         ("azov", False)])
def test_a_brief_draws_no_chart_of_two_names(stem, worth):
    """Round 63: Wagner's brief ended on a page three fifths blank around a chart of two boxes,
    "Assault detachments" and "PMC Wagner Centre". A brief draws a chart of parts within parts
    or of three parts or more (`parts.worth_a_chart`); else it names the parts in a sentence.
    The full profile still draws every chart."""
    import datetime as dt

    from briefkit import parts as P
    from briefkit.compose import ComposeRequest, compose
    from briefkit.lengths import load_lengths
    from briefkit.readers import read

    profile = read(FIXTURES / "articles" / f"{stem}.txt")
    assert P.worth_a_chart(profile.org) is worth
    brief = compose(ComposeRequest(profile, load_lengths()["brief"], 10, dt.date(2025, 6, 6)))
    assert ("::: figure orgchart" in brief) is worth
    if stem == "wagner_group":
        assert "reported to have two parts\\: Assault detachments and PMC Wagner Centre" in brief
        full = compose(ComposeRequest(profile, load_lengths()["full"], 10, dt.date(2025, 6, 6)))
        assert "::: figure orgchart" in full
