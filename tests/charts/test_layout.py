"""The tidy-tree layout on its own: no drawing, just rectangles and segments."""
from __future__ import annotations

import random

import pytest

from briefkit.charts import layout as LY


def _tree(rng: random.Random, n: int) -> LY.Node:
    nodes = [LY.Node(0, rng.uniform(20, 90), rng.uniform(10, 30))]
    for k in range(1, n):
        parent = rng.choice(nodes[-8:] if rng.random() < 0.6 else nodes)
        node = LY.Node(k, rng.uniform(20, 90), rng.uniform(10, 30))
        parent.children.append(node)
        nodes.append(node)
    return nodes[0]


def _policies() -> list[LY.Policy]:
    def all_tree(node: LY.Node, depth: int) -> LY.Mode:
        return "tree"

    def lists_below(d: int, cols: int):
        def p(node: LY.Node, depth: int) -> LY.Mode:
            if depth < d:
                return "tree"
            if cols > 1 and len(node.children) > 1 and depth == d:
                return f"cols{min(cols, len(node.children))}"  # type: ignore[return-value]
            if len(node.children) >= 4 and all(not c.children for c in node.children):
                return "stack2"
            return "stack1"
        return p

    return [LY.default_policy, all_tree, lists_below(0, 1), lists_below(1, 2),
            lists_below(2, 3), lists_below(1, 4)]


def _check(root: LY.Node, lay: LY.Layout) -> None:
    keys = [n.key for n in root.walk()]
    assert sorted(lay.boxes, key=str) == sorted(keys, key=str), "every node gets a box"
    assert LY.overlapping_boxes(lay) == []
    assert LY.crossing_segments(lay) == []
    assert LY.stray_families(lay) == []
    assert LY.misjoined_connectors(lay) == []
    sizes = {n.key: (n.width, n.height) for n in root.walk()}
    for k, r in lay.boxes.items():
        assert r.x0 >= -1e-6 and r.y0 >= -1e-6
        assert r.x1 <= lay.width + 1e-6 and r.y1 <= lay.height + 1e-6
        assert r.x1 - r.x0 >= sizes[k][0] - 1e-6, "a box may be widened (equal lists), never shrunk"
    for parent, child in lay.edges:
        assert lay.boxes[parent].y1 <= lay.boxes[child].y0 + 1e-6, "children sit below parents"
        # some connector touches the child's box edge
        c = lay.boxes[child]
        touching = [s for s in lay.segments
                    if any(abs(px - c.x0) < 1e-6 or abs(px - c.x1) < 1e-6 or abs(py - c.y0) < 1e-6
                           for px, py in s if c.x0 - 1e-6 <= px <= c.x1 + 1e-6
                           and c.y0 - 1e-6 <= py <= c.y1 + 1e-6)]
        assert touching, f"no connector reaches {child}"


def _bushy(rng: random.Random, n: int, asides: int = 0) -> LY.Node:
    """A tree with families of leaves deep down (what structure sections give), some of whose
    nodes have boxes beside them."""
    nodes = [LY.Node(0, rng.uniform(40, 120), rng.uniform(10, 40))]
    k = 1
    while k < n:
        parent = rng.choice(nodes)
        leaves = rng.random() < 0.5
        for _ in range(rng.randint(4, 7) if leaves else 1):
            node = LY.Node(k, rng.uniform(20, 140), rng.uniform(10, 30))
            parent.children.append(node)
            if not leaves:
                nodes.append(node)
            k += 1
    for a in range(asides):
        host = rng.choice([nd for nd in nodes if nd.children])
        host.aside.append(LY.Node(f"aside{a}", rng.uniform(30, 100), rng.uniform(10, 40)))
    return nodes[0]


@pytest.mark.parametrize("seed", range(10))
@pytest.mark.parametrize("n", [12, 40])
def test_leaf_families_in_lists_keep_to_their_parent(seed: int, n: int) -> None:
    rng = random.Random(seed * 1000 + n)
    root = _bushy(rng, n, asides=seed % 3)
    for policy in _policies():
        _check(root, LY.tidy(root, policy))


def _list_with_two_column_family(item_width: float) -> LY.Node:
    N = LY.Node
    return N("party", 150, 40, [
        N("council", 70, 14, [N("secretariat", 55, 14)]),
        N("city", item_width, 14, [N(f"district{i}", 120, 14) for i in range(5)]),
        N("region", 80, 14, [N("a", 90, 14), N("b", 70, 14), N("c", 60, 14)])])


def _lists(node: LY.Node, depth: int) -> LY.Mode:
    if len(node.children) >= 4 and all(not c.children for c in node.children):
        return "stack2"
    return "stack1"


def test_a_two_column_family_in_a_list_hangs_inside_its_item() -> None:
    """Two columns around a spine under a list item put the item's first children at the
    list's indentation, beside the trunk, where they read as the trunk's own parts. They go
    into two lists hanging from the item instead: the item keeps the list indentation, its
    first list hangs from its left like any list, the second from a bus under it."""
    root = _list_with_two_column_family(80)
    lay = LY.tidy(root, _lists)
    _check(root, lay)
    box = lay.boxes
    assert lay.modes["city"] == "cols2"
    assert box["city"].x0 == pytest.approx(box["council"].x0), "the item sits at the list indentation"
    firsts = [box[f"district{i}"].x0 for i in range(5)]
    assert min(firsts) > box["city"].x0 + 1
    assert firsts == sorted(firsts), "the first list is read down before the second"
    assert len(set(firsts)) == 2 and firsts.count(firsts[0]) == 3, "the longer list first"


def test_a_two_column_family_is_kept_under_an_item_wide_enough_to_hold_it() -> None:
    root = _list_with_two_column_family(320)
    lay = LY.tidy(root, _lists)
    _check(root, lay)
    assert lay.modes["city"] == "stack2"
    assert min(lay.boxes[f"district{i}"].x0 for i in range(5)) > lay.boxes["city"].x0 + 10


def test_a_side_by_side_family_under_a_list_item_starts_right_of_it() -> None:
    N = LY.Node
    root = N("r", 60, 14, [N("item", 30, 14, [N("x", 60, 14), N("y", 60, 14)]), N("next", 40, 14)])
    lay = LY.tidy(root, lambda n, d: "stack1" if d == 0 else "tree")
    _check(root, lay)
    assert lay.boxes["x"].x0 > lay.boxes["item"].x0


def test_asides_stand_beside_their_node_joined_from_the_side() -> None:
    """A box beside a node is level with it, to its right, clear of the node's family, and
    joined to it by one horizontal line; the node above still hangs over the node itself."""
    N = LY.Node
    unit = N("unit", 80, 30, [N(i, 70, 14) for i in range(3)], aside=[N("board", 60, 24)])
    root = N("parent", 50, 14, [unit])
    lay = LY.tidy(root, lambda n, d: "tree")
    _check(root, lay)
    u, b, p = lay.boxes["unit"], lay.boxes["board"], lay.boxes["parent"]
    assert b.x0 > u.x1 and b.y0 >= u.y0 and b.y1 <= u.y1
    assert p.cx == pytest.approx(u.cx)
    joins = [s for s in lay.segments if s[0][1] == s[1][1] and {s[0][0], s[1][0]} == {u.x1, b.x0}]
    assert len(joins) == 1 and u.y0 < joins[0][0][1] < u.y1
    assert lay.asides == [("unit", "board")]
    assert ("unit", "board") not in lay.edges


def test_several_asides_share_one_comb() -> None:
    N = LY.Node
    root = N("unit", 80, 20, [N("x", 70, 14), N("y", 70, 14)],
             aside=[N("assembly", 60, 24), N("board", 90, 24)])
    for policy in (lambda n, d: "tree", lambda n, d: "stack1"):
        lay = LY.tidy(root, policy)
        _check(root, lay)
        a, b = lay.boxes["assembly"], lay.boxes["board"]
        assert a.y1 <= b.y0 and a.x0 == pytest.approx(b.x0) and a.x0 > lay.boxes["unit"].x1


def test_single_node() -> None:
    lay = LY.tidy(LY.Node("a", 40, 12))
    assert lay.boxes == {"a": LY.Rect(0, 0, 40, 12)}
    assert lay.segments == [] and (lay.width, lay.height) == (40, 12)


@pytest.mark.parametrize("seed", range(12))
@pytest.mark.parametrize("n", [2, 9, 30, 60])
def test_random_trees_no_overlap_no_crossing(seed: int, n: int) -> None:
    rng = random.Random(seed * 100 + n)
    root = _tree(rng, n)
    for policy in _policies():
        _check(root, LY.tidy(root, policy))


def test_parent_centred_over_children_and_children_on_one_row() -> None:
    root = LY.Node("p", 30, 10, [LY.Node(i, 20, 10) for i in range(3)])
    lay = LY.tidy(root, lambda n, d: "tree")
    assert lay.boxes["p"].cx == pytest.approx(lay.boxes[1].cx)
    assert len({lay.boxes[i].y0 for i in range(3)}) == 1
    xs = [lay.boxes[i].x0 for i in range(3)]
    assert xs == sorted(xs), "children keep reading order left to right"


def _mirror(node: LY.Node) -> LY.Node:
    return LY.Node(node.key, node.width, node.height, [_mirror(c) for c in reversed(node.children)])


@pytest.mark.parametrize("seed", range(6))
def test_layout_is_symmetric_under_mirroring(seed: int) -> None:
    """Walker's balance property: a mirrored tree gives the mirrored drawing (plain
    left-greedy Reingold–Tilford fails this by packing small subtrees to the left)."""
    root = _tree(random.Random(seed), 25)
    policy = lambda n, d: "tree"  # noqa: E731
    a, b = LY.tidy(root, policy), LY.tidy(_mirror(root), policy)
    assert a.width == pytest.approx(b.width)
    for k, r in a.boxes.items():
        m = b.boxes[k]
        assert r.x0 == pytest.approx(a.width - m.x1, abs=1e-6)
        assert r.y0 == pytest.approx(m.y0)


def test_small_subtrees_between_big_ones_are_spread_evenly() -> None:
    big = lambda k: LY.Node(k, 20, 10, [LY.Node(f"{k}{i}", 20, 10) for i in range(4)])  # noqa: E731
    root = LY.Node("r", 20, 10, [big("a"), LY.Node("s1", 10, 10), LY.Node("s2", 10, 10), big("b")])
    lay = LY.tidy(root, lambda n, d: "tree")
    a, s1, s2, b = (lay.boxes[k] for k in ("a", "s1", "s2", "b"))
    gaps = [s1.cx - a.cx, s2.cx - s1.cx, b.cx - s2.cx]
    assert gaps[0] == pytest.approx(gaps[2])


def test_wide_leaf_family_wraps_into_two_columns() -> None:
    root = LY.Node("hq", 60, 14, [LY.Node(i, 50 + i, 14) for i in range(9)])
    lay = LY.tidy(root)  # default policy: >= 4 leaves -> two columns
    assert lay.modes["hq"] == "stack2"
    assert len({round(lay.boxes[i].x0, 6) for i in range(9)}) == 2
    assert len({round(lay.boxes[i].y0, 6) for i in range(9)}) == 5
    assert lay.width < 2 * 58 + 40
    widths = {round(lay.boxes[i].x1 - lay.boxes[i].x0, 6) for i in range(9)}
    assert widths == {58.0}, "boxes in a list are equally wide"


def test_partition_minimises_tallest_column() -> None:
    assert LY.partition([1, 1, 1, 1], 2) == [0, 2]
    assert LY.partition([5, 1, 1, 1, 1, 1], 2) == [0, 1]
    assert LY.partition([3], 3) == [0]
    starts = LY.partition([2, 7, 1, 1, 4, 3, 3], 3)
    bounds = starts + [7]
    h = [2, 7, 1, 1, 4, 3, 3]
    assert max(sum(h[a:b]) for a, b in zip(bounds, bounds[1:])) == 9


def test_checker_detects_overlap() -> None:
    """The overlap and crossing checks used above can fail."""
    lay = LY.Layout({"a": LY.Rect(0, 0, 10, 10), "b": LY.Rect(5, 5, 15, 15)},
                    [((-5, 2), (20, 2))], [], {}, 20, 20)
    assert LY.overlapping_boxes(lay) == [("a", "b")]
    assert len(LY.crossing_segments(lay)) == 1


def test_checker_detects_a_family_at_the_trunk() -> None:
    """The drawing the family checks were written against: a list item pushed right over its
    two-column family, whose left column starts at the list indentation beside the trunk."""
    R = LY.Rect
    boxes = {"root": R(0, 0, 100, 20), "a": R(18, 26, 60, 40), "item": R(106, 46, 186, 60),
             "d0": R(18, 66, 138, 80), "d1": R(154, 66, 274, 80), "b": R(18, 86, 60, 100)}
    segs = [((10, 20), (10, 93)), ((10, 33), (18, 33)), ((10, 53), (106, 53)), ((10, 93), (18, 93)),
            ((146, 60), (146, 73)), ((138, 73), (146, 73)), ((146, 73), (154, 73))]
    edges = [("root", "a"), ("root", "item"), ("root", "b"), ("item", "d0"), ("item", "d1")]
    lay = LY.Layout(boxes, segs, edges, {"root": "stack1", "item": "stack2"}, 274, 100)
    assert LY.overlapping_boxes(lay) == [] and LY.crossing_segments(lay) == []
    assert LY.stray_families(lay) == [("item", "d0")]
    assert LY.misjoined_connectors(lay) == []
    # a hook that reaches the trunk instead of its own parent's spine
    lay.segments[5] = ((10, 73), (18, 73))
    assert "no connector joins 'd0' to 'item'" in LY.misjoined_connectors(lay)
    assert any("not one family" in m for m in LY.misjoined_connectors(lay))
