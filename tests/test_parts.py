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
