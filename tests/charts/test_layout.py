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
    assert sorted(lay.boxes) == sorted(keys), "every node gets a box"
    assert LY.overlapping_boxes(lay) == []
    assert LY.crossing_segments(lay) == []
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
