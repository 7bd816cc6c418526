"""Tidy-tree layout for organisation charts, independent of any drawing library.

The algorithm is Reingold–Tilford in its non-layered form (as in van der Ploeg's variant of
Walker's algorithm): subtrees are laid out bottom-up, each sibling subtree is pushed right
just far enough that its contour clears the subtrees already placed, and the parent is
centred over its first and last child. Contours here are the explicit lists of rectangles
(boxes and connector segments) of a subtree rather than threaded lists; with charts of at
most a few hundred nodes the quadratic comparison costs microseconds and is easy to trust.
Two properties that make a chart readable are guaranteed by construction:

* no box overlaps another, and no connector crosses a box: connectors are part of the
  contour, so they take part in the separation test like boxes do;
* layout is symmetric (Walker's concern with plain RT, which packs small subtrees to the
  left): positions are the mean of a left-to-right and a right-to-left packing, which is
  again a valid placement because the separation constraints form a convex set.

A family whose children would make a strip too wide to read can instead be *stacked*:
its children hang below it in one column (bus on the left, like an indented list) or two
columns either side of a central spine. Which family uses which arrangement is the
caller's policy (`Policy`), so the chart can try a few and keep the one that fits the page.
All coordinates are in caller units (points for charts), y grows downwards.
"""
from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass, field
from typing import Literal

Mode = Literal["tree", "stack1", "stack2", "cols2", "cols3", "cols4"]


@dataclass
class Node:
    """Input: a box of a given size and its children, in reading order."""

    key: Hashable
    width: float
    height: float
    children: list[Node] = field(default_factory=list)

    def walk(self) -> list[Node]:
        out = [self]
        for c in self.children:
            out.extend(c.walk())
        return out


@dataclass(frozen=True)
class Rect:
    x0: float
    y0: float
    x1: float
    y1: float

    def moved(self, dx: float, dy: float) -> Rect:
        return Rect(self.x0 + dx, self.y0 + dy, self.x1 + dx, self.y1 + dy)

    @property
    def cx(self) -> float:
        return (self.x0 + self.x1) / 2

    @property
    def cy(self) -> float:
        return (self.y0 + self.y1) / 2

    def overlaps(self, other: Rect, tol: float = 1e-6) -> bool:
        """True when the interiors intersect (touching edges do not count)."""
        return (self.x0 < other.x1 - tol and other.x0 < self.x1 - tol
                and self.y0 < other.y1 - tol and other.y0 < self.y1 - tol)


Segment = tuple[tuple[float, float], tuple[float, float]]  # axis-parallel


@dataclass(frozen=True)
class Spacing:
    sibling: float = 10.0  # horizontal clearance between neighbouring subtrees
    level: float = 18.0  # vertical gap between a parent and its children's row
    stack_gap: float = 6.0  # vertical gap between stacked children
    indent: float = 10.0  # one-column stack: spine offset from the parent's left edge
    spine_gap: float = 8.0  # clearance between a spine and the boxes it feeds
    clearance: float = 3.0  # vertical clearance under which contours count as facing


Policy = Callable[[Node, int], Mode]  # (node, depth) -> how its children are arranged


@dataclass
class Layout:
    """Output: a rectangle per node key, connector segments, overall size (origin 0,0)."""

    boxes: dict[Hashable, Rect]
    segments: list[Segment]
    edges: list[tuple[Hashable, Hashable]]
    modes: dict[Hashable, Mode]
    width: float
    height: float


@dataclass
class _Sub:
    """A laid-out subtree in local coordinates: the root box's top-left is (0, 0)."""

    boxes: dict[Hashable, Rect]
    segments: list[Segment]
    edges: list[tuple[Hashable, Hashable]]
    modes: dict[Hashable, Mode]
    bbox: Rect | None = None  # cached bounds; moves with the subtree

    def moved(self, dx: float, dy: float) -> _Sub:
        return _Sub(
            {k: r.moved(dx, dy) for k, r in self.boxes.items()},
            [((a + dx, b + dy), (c + dx, d + dy)) for (a, b), (c, d) in self.segments],
            self.edges,
            self.modes,
            self.bbox.moved(dx, dy) if self.bbox is not None else None,
        )

    def obstacles(self) -> list[Rect]:
        out = list(self.boxes.values())
        for (a, b), (c, d) in self.segments:
            out.append(Rect(min(a, c), min(b, d), max(a, c), max(b, d)))
        return out

    def bounds(self) -> Rect:
        if self.bbox is None:
            obs = self.obstacles()
            self.bbox = Rect(min(r.x0 for r in obs), min(r.y0 for r in obs),
                             max(r.x1 for r in obs), max(r.y1 for r in obs))
        return self.bbox


def default_policy(node: Node, depth: int) -> Mode:
    """Side by side, except four or more leaf children, which go into two columns."""
    if len(node.children) >= 4 and all(not c.children for c in node.children):
        return "stack2"
    return "tree"


def tidy(root: Node, policy: Policy = default_policy, spacing: Spacing = Spacing(),
         equalise_leaves: bool = True) -> Layout:
    """Lay out the tree under `root`; see the module docstring for the guarantees."""
    sub = _layout(root, 0, policy, spacing, equalise_leaves)
    b = sub.bounds()
    sub = sub.moved(-b.x0, -b.y0)
    return Layout(sub.boxes, sub.segments, sub.edges, sub.modes, b.x1 - b.x0, b.y1 - b.y0)


def _layout(node: Node, depth: int, policy: Policy, sp: Spacing, equalise: bool) -> _Sub:
    own = Rect(0.0, 0.0, node.width, node.height)
    if not node.children:
        return _Sub({node.key: own}, [], [], {})
    mode = policy(node, depth)
    children = node.children
    if equalise and mode != "tree" and all(not c.children for c in children):
        # a grid of equal boxes reads as a list; ragged sizes read as noise. One column
        # keeps its own heights: equal heights would only add empty space there.
        w = max(c.width for c in children)
        h = max(c.height for c in children) if mode == "stack2" else None
        children = [Node(c.key, w, h or c.height) for c in children]
    subs = [_layout(c, depth + 1, policy, sp, equalise) for c in children]
    if mode == "tree":
        out = _tree(node, own, children, subs, sp)
    elif mode == "stack1":
        out = _stack1(node, own, children, subs, sp)
    elif mode.startswith("cols"):
        out = _columns(node, own, children, subs, sp, int(mode[4:]))
    else:
        out = _stack2(node, own, children, subs, sp)
    out.modes[node.key] = mode
    return out


def _facing(a: Rect, b: Rect, clearance: float) -> bool:
    return a.y0 < b.y1 + clearance and b.y0 < a.y1 + clearance


def _min_shift(left: list[Rect], right: list[Rect], gap: float, clearance: float) -> float:
    """Smallest dx so that every rect of `right` moved by dx clears `left` by `gap`.

    Only pairs that face each other vertically constrain dx. Vectorised because this
    pairwise test is where the layout spends its time on trees of a hundred nodes or more.
    """
    import numpy as np

    if not left or not right:
        return float("-inf")
    a = np.array([(r.x1, r.y0, r.y1) for r in left])
    b = np.array([(r.x0, r.y0, r.y1) for r in right])
    facing = (a[:, 1:2] < b[None, :, 2] + clearance) & (b[None, :, 1] < a[:, 2:3] + clearance)
    if not facing.any():
        return float("-inf")
    need = a[:, 0:1] + gap - b[None, :, 0]
    return float(need[facing].max())


def _pack(obstacles: list[list[Rect]], sp: Spacing) -> list[float]:
    """Left-to-right greedy packing offsets (first subtree at 0)."""
    xs = [0.0]
    placed: list[Rect] = list(obstacles[0])
    for obs in obstacles[1:]:
        dx = _min_shift(placed, obs, sp.sibling, sp.clearance)
        if dx == float("-inf"):
            dx = xs[-1]
        xs.append(dx)
        placed.extend(r.moved(dx, 0) for r in obs)
    return xs


def _tree(node: Node, own: Rect, children: Sequence[Node], subs: list[_Sub], sp: Spacing) -> _Sub:
    top = own.y1 + sp.level
    subs = [s.moved(0, top) for s in subs]
    obstacles = [s.obstacles() for s in subs]
    lr = _pack(obstacles, sp)
    mirrored = [[Rect(-r.x1, r.y0, -r.x0, r.y1) for r in obs] for obs in reversed(obstacles)]
    rl = [-x for x in reversed(_pack(mirrored, sp))]
    # align the two packings at the first subtree, then average them (Walker-style balance)
    rl = [x - rl[0] for x in rl]
    xs = [(a + b) / 2 for a, b in zip(lr, rl)]
    placed = [s.moved(x, 0) for s, x in zip(subs, xs)]
    centres = [p.boxes[c.key].cx for p, c in zip(placed, children)]
    mid = (centres[0] + centres[-1]) / 2
    dx = own.cx - mid
    placed = [p.moved(dx, 0) for p in placed]
    centres = [c + dx for c in centres]
    bus = own.y1 + sp.level / 2
    segs: list[Segment] = [((own.cx, own.y1), (own.cx, bus))]
    if len(centres) > 1:
        segs.append(((min(centres[0], own.cx), bus), (max(centres[-1], own.cx), bus)))
    elif abs(centres[0] - own.cx) > 1e-9:
        segs.append(((min(centres[0], own.cx), bus), (max(centres[0], own.cx), bus)))
    for p, c, cx in zip(placed, children, centres):
        segs.append(((cx, bus), (cx, p.boxes[c.key].y0)))
    return _merge(node, own, children, placed, segs)


def _stack1(node: Node, own: Rect, children: Sequence[Node], subs: list[_Sub], sp: Spacing) -> _Sub:
    spine = own.x0 + min(sp.indent, (own.x1 - own.x0) / 2)
    y = own.y1 + sp.stack_gap
    placed: list[_Sub] = []
    segs: list[Segment] = []
    for s, c in zip(subs, children):
        b = s.bounds()
        p = s.moved(spine + sp.spine_gap - b.x0, y - b.y0)
        box = p.boxes[c.key]
        segs.append(((spine, box.cy), (box.x0, box.cy)))
        placed.append(p)
        y = p.bounds().y1 + sp.stack_gap
    last = placed[-1].boxes[children[-1].key].cy
    segs.insert(0, ((spine, own.y1), (spine, last)))
    return _merge(node, own, children, placed, segs)


def partition(heights: Sequence[float], k: int) -> list[int]:
    """Split `heights` (in order) into at most k contiguous groups minimising the tallest
    group; returns the start index of each group (linear partition by dynamic programming)."""
    n = len(heights)
    k = max(1, min(k, n))
    pre = [0.0]
    for h in heights:
        pre.append(pre[-1] + h)
    INF = float("inf")
    # best[j][i]: minimal tallest group splitting the first i items into j groups
    best = [[INF] * (n + 1) for _ in range(k + 1)]
    cut = [[0] * (n + 1) for _ in range(k + 1)]
    best[0][0] = 0.0
    for j in range(1, k + 1):
        for i in range(1, n + 1):
            for m in range(j - 1, i):
                v = max(best[j - 1][m], pre[i] - pre[m])
                if v < best[j][i] - 1e-9:
                    best[j][i], cut[j][i] = v, m
    j = min(range(1, k + 1), key=lambda jj: (best[jj][n], jj))
    starts = []
    i = n
    while j > 0:
        starts.append(cut[j][i])
        i = cut[j][i]
        j -= 1
    return sorted(starts)


def _columns(node: Node, own: Rect, children: Sequence[Node], subs: list[_Sub], sp: Spacing,
             k: int) -> _Sub:
    """Children as k one-column lists side by side, each hanging from a shared bus: the
    compact arrangement for a long list that would otherwise run off the page bottom."""
    bus = own.y1 + sp.level / 2
    heights = [s.bounds().y1 - s.bounds().y0 + sp.stack_gap for s in subs]
    starts = partition(heights, k) + [len(subs)]
    groups: list[_Sub] = []
    for a, b in zip(starts, starts[1:]):
        y = bus + sp.stack_gap
        placed: list[_Sub] = []
        segs: list[Segment] = []
        for s, c in zip(subs[a:b], children[a:b]):
            bb = s.bounds()
            p = s.moved(sp.spine_gap - bb.x0, y - bb.y0)
            box = p.boxes[c.key]
            segs.append(((0.0, box.cy), (box.x0, box.cy)))
            placed.append(p)
            y = p.bounds().y1 + sp.stack_gap
        segs.insert(0, ((0.0, bus), (0.0, placed[-1].boxes[children[b - 1].key].cy)))
        merged = _Sub({}, segs, [], {})
        for p in placed:
            merged.boxes.update(p.boxes)
            merged.segments.extend(p.segments)
            merged.edges.extend(p.edges)
            merged.modes.update(p.modes)
        groups.append(merged)
    obstacles = [g.obstacles() for g in groups]
    xs = _pack(obstacles, sp)
    # spines sit at local x=0 of each group; centre the set of spines under the parent
    mid = (xs[0] + xs[-1]) / 2
    groups = [g.moved(x - mid + own.cx, 0) for g, x in zip(groups, xs)]
    spines = [x - mid + own.cx for x in xs]
    segs = [((own.cx, own.y1), (own.cx, bus))]
    if len(spines) > 1:
        segs.append(((min(spines[0], own.cx), bus), (max(spines[-1], own.cx), bus)))
    out = _merge(node, own, children, [], segs)
    for g in groups:
        out.boxes.update(g.boxes)
        out.segments.extend(g.segments)
        out.edges.extend(g.edges)
        out.modes.update(g.modes)
    return out


def _stack2(node: Node, own: Rect, children: Sequence[Node], subs: list[_Sub], sp: Spacing) -> _Sub:
    spine = own.cx
    y = own.y1 + sp.stack_gap
    placed: list[_Sub] = []
    segs: list[Segment] = []
    last = y
    for i in range(0, len(subs), 2):
        row = []
        for j, side in ((i, -1), (i + 1, 1)):
            if j >= len(subs):
                continue
            s, c = subs[j], children[j]
            b = s.bounds()
            dx = (spine - sp.spine_gap - b.x1) if side < 0 else (spine + sp.spine_gap - b.x0)
            p = s.moved(dx, y - b.y0)
            box = p.boxes[c.key]
            edge = box.x1 if side < 0 else box.x0
            segs.append(((min(edge, spine), box.cy), (max(edge, spine), box.cy)))
            last = max(last, box.cy)
            row.append(p)
        placed.extend(row)
        y = max(p.bounds().y1 for p in row) + sp.stack_gap
    segs.insert(0, ((spine, own.y1), (spine, last)))
    return _merge(node, own, children, placed, segs)


def _merge(node: Node, own: Rect, children: Sequence[Node], placed: list[_Sub],
           segs: list[Segment]) -> _Sub:
    boxes = {node.key: own}
    segments = list(segs)
    edges = [(node.key, c.key) for c in children]
    modes: dict[Hashable, Mode] = {}
    for p in placed:
        boxes.update(p.boxes)
        segments.extend(p.segments)
        edges.extend(p.edges)
        modes.update(p.modes)
    return _Sub(boxes, segments, edges, modes)


# ----------------------------------------------------------------------------- checks


def overlapping_boxes(layout: Layout, margin: float = 0.0) -> list[tuple[Hashable, Hashable]]:
    """Pairs of boxes whose interiors overlap (grown by `margin`): should always be empty."""
    items = list(layout.boxes.items())
    out = []
    for i, (ka, a) in enumerate(items):
        ga = Rect(a.x0 - margin, a.y0 - margin, a.x1 + margin, a.y1 + margin)
        for kb, b in items[i + 1:]:
            if ga.overlaps(b):
                out.append((ka, kb))
    return out


def crossing_segments(layout: Layout) -> list[tuple[Segment, Hashable]]:
    """Connector segments that pass through the interior of a box: should be empty."""
    out = []
    for seg in layout.segments:
        (a, b), (c, d) = seg
        r = Rect(min(a, c), min(b, d), max(a, c), max(b, d))
        for k, box in layout.boxes.items():
            if r.overlaps(box, tol=1e-6) or (
                (r.x1 - r.x0 < 1e-9 and box.x0 + 1e-6 < r.x0 < box.x1 - 1e-6
                 and r.y0 < box.y1 - 1e-6 and box.y0 + 1e-6 < r.y1)
                or (r.y1 - r.y0 < 1e-9 and box.y0 + 1e-6 < r.y0 < box.y1 - 1e-6
                    and r.x0 < box.x1 - 1e-6 and box.x0 + 1e-6 < r.x1)
            ):
                out.append((seg, k))
    return out
