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

In an indented list a reader finds a box's parent by looking left along the line it hangs
from: everything at the list's indentation is read as hanging from the list's trunk. So a
list item's own family always starts to the right of the item's box, never at or left of
it (a third guarantee, `stray_families`):

* the item's box sits at the list indentation and its children hang from it further right;
* two columns around a centred spine are kept only when the left column clears the item's
  left edge by a list indentation (a box much wider than its children); otherwise the
  children go into two lists side by side, the first hanging from the item's left like any
  indented list, the second from a bus under the item (`cols2`, anchored on the left);
* a side-by-side family under a list item is moved right of the item's left edge.

A node may also have *asides*: boxes drawn beside it to its right, joined to it by a
horizontal line, not hanging below it. They are for bodies that belong with a node without
being under it or over it (a governing board beside the organisation it governs); a line
from the side reads as "goes with", where a line from above reads as "comes under".
All coordinates are in caller units (points for charts), y grows downwards.
"""
from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from ..records import field
from typing import Literal

from ..records import record


Mode = Literal["tree", "stack1", "stack2", "cols2", "cols3", "cols4"]


@record
class Node:
    """Input: a box of a given size and its children, in reading order."""

    key: Hashable
    width: float
    height: float
    children: list[Node] = field(default_factory=list)
    aside: list[Node] = field(default_factory=list)  # drawn beside it, joined from the side

    def walk(self) -> list[Node]:
        out = [self]
        for a in self.aside:
            out.extend(a.walk())
        for c in self.children:
            out.extend(c.walk())
        return out


@record(frozen=True)
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


@record(frozen=True)
class Spacing:
    sibling: float = 10.0  # horizontal clearance between neighbouring subtrees
    level: float = 18.0  # vertical gap between a parent and its children's row
    stack_gap: float = 6.0  # vertical gap between stacked children
    indent: float = 10.0  # one-column stack: spine offset from the parent's left edge
    spine_gap: float = 8.0  # clearance between a spine and the boxes it feeds
    clearance: float = 3.0  # vertical clearance under which contours count as facing


Policy = Callable[[Node, int], Mode]  # (node, depth) -> how its children are arranged


@record
class Layout:
    """Output: a rectangle per node key, connector segments, overall size (origin 0,0).
    `edges` are (parent, child) pairs, `asides` (node, aside) pairs."""

    boxes: dict[Hashable, Rect]
    segments: list[Segment]
    edges: list[tuple[Hashable, Hashable]]
    modes: dict[Hashable, Mode]
    width: float
    height: float
    asides: list[tuple[Hashable, Hashable]] = field(default_factory=list)


@record
class _Sub:
    """A laid-out subtree in local coordinates: the root box's top-left is (0, 0)."""

    boxes: dict[Hashable, Rect]
    segments: list[Segment]
    edges: list[tuple[Hashable, Hashable]]
    modes: dict[Hashable, Mode]
    bbox: Rect | None = None  # cached bounds; moves with the subtree
    asides: list[tuple[Hashable, Hashable]] = field(default_factory=list)

    def moved(self, dx: float, dy: float) -> _Sub:
        return _Sub(
            {k: r.moved(dx, dy) for k, r in self.boxes.items()},
            [((a + dx, b + dy), (c + dx, d + dy)) for (a, b), (c, d) in self.segments],
            self.edges,
            self.modes,
            self.bbox.moved(dx, dy) if self.bbox is not None else None,
            self.asides,
        )

    def absorb(self, other: _Sub) -> None:
        """Take in the boxes and connectors of `other` (already placed in these coordinates)."""
        self.boxes.update(other.boxes)
        self.segments.extend(other.segments)
        self.edges.extend(other.edges)
        self.modes.update(other.modes)
        self.asides.extend(other.asides)
        self.bbox = None

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
    sub = _layout(root, 0, policy, spacing, equalise_leaves, False)
    b = sub.bounds()
    sub = sub.moved(-b.x0, -b.y0)
    return Layout(sub.boxes, sub.segments, sub.edges, sub.modes, b.x1 - b.x0, b.y1 - b.y0,
                  sub.asides)


def _indent(own: Rect, sp: Spacing) -> float:
    """Where a one-column list hangs from its parent box: a little in from its left edge."""
    return own.x0 + min(sp.indent, (own.x1 - own.x0) / 2)


def _layout(node: Node, depth: int, policy: Policy, sp: Spacing, equalise: bool,
            in_list: bool) -> _Sub:
    """The subtree under `node`; `in_list` when `node` is an item of an indented list, whose
    family must then start right of its own box (module docstring)."""
    own = Rect(0.0, 0.0, node.width, node.height)
    if not node.children:
        out = _Sub({node.key: own}, [], [], {})
        return _attach_asides(node, out, depth, policy, sp, equalise)
    mode = policy(node, depth)
    children = node.children
    if equalise and mode != "tree" and all(not c.children for c in children):
        # a grid of equal boxes reads as a list; ragged sizes read as noise. One column
        # keeps its own heights: equal heights would only add empty space there.
        w = max(c.width for c in children)
        h = max(c.height for c in children) if mode == "stack2" else None
        children = [Node(c.key, w, h or c.height, aside=c.aside) for c in children]
    # children of a stack2 family inside a list may end up as list items (see below)
    items = mode == "stack1" or mode.startswith("cols") or (in_list and mode == "stack2")
    subs = [_layout(c, depth + 1, policy, sp, equalise, items) for c in children]
    if in_list and mode == "stack2":
        left = max(s.bounds().x1 - s.bounds().x0 for s in subs[::2])
        if own.cx - sp.spine_gap - left < _indent(own, sp) + sp.spine_gap - 1e-9:
            mode = "cols2"  # the left column would reach back to the list's indentation
    if mode == "tree":
        out = _tree(node, own, children, subs, sp, in_list)
    elif mode == "stack1":
        out = _stack1(node, own, children, subs, sp)
    elif mode.startswith("cols"):
        out = _columns(node, own, children, subs, sp, int(mode[4:]), in_list)
    else:
        out = _stack2(node, own, children, subs, sp)
    out.modes[node.key] = mode
    return _attach_asides(node, out, depth, policy, sp, equalise)


def _attach_asides(node: Node, out: _Sub, depth: int, policy: Policy, sp: Spacing,
                   equalise: bool) -> _Sub:
    """Place `node.aside` in a column to the right of the node's box, level with it, each
    joined to the box by a horizontal line from its right edge (through a short comb when
    there are several), and far enough right to clear the node's own family."""
    if not node.aside:
        return out
    own = out.boxes[node.key]
    subs = [_layout(a, depth, policy, sp, equalise, False) for a in node.aside]
    col: list[_Sub] = []
    y = 0.0
    for s in subs:
        b = s.bounds()
        col.append(s.moved(-b.x0, y - b.y0))
        y = col[-1].bounds().y1 + sp.stack_gap
    total = y - sp.stack_gap
    top = own.cy - total / 2 if total <= own.y1 - own.y0 else own.y0
    col = [c.moved(0, top) for c in col]
    boxes = [c.boxes[a.key] for c, a in zip(col, node.aside)]
    if len(boxes) == 1:
        b = boxes[0]
        join = (max(own.y0, b.y0) + min(own.y1, b.y1)) / 2
        comb: list[Segment] = []
        start = 0.0
    else:
        join = own.cy
        spine = -sp.spine_gap
        ys = [b.cy for b in boxes] + [join]
        comb = [((spine, min(ys)), (spine, max(ys)))] + [((spine, b.cy), (b.x0, b.cy)) for b in boxes]
        start = spine
    obstacles = [r for c in col for r in c.obstacles()]
    obstacles += [Rect(min(a, c), min(b, d), max(a, c), max(b, d)) for (a, b), (c, d) in comb]
    dx = max(own.x1 + sp.sibling - start,
             _min_shift(out.obstacles(), obstacles, sp.sibling, sp.clearance))
    out = _Sub(dict(out.boxes), list(out.segments), list(out.edges), dict(out.modes), None,
               list(out.asides))
    for c in col:
        out.absorb(c.moved(dx, 0))
    out.segments.append(((own.x1, join), (dx + (start if comb else boxes[0].x0), join)))
    out.segments.extend(((a + dx, b), (c + dx, d)) for (a, b), (c, d) in comb)
    out.asides.extend((node.key, a.key) for a in node.aside)
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


def _tree(node: Node, own: Rect, children: Sequence[Node], subs: list[_Sub], sp: Spacing,
          in_list: bool = False) -> _Sub:
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
    if in_list:  # a list item's family starts right of where its own children would hang
        lo = min(p.bounds().x0 for p in placed)
        dx = max(dx, _indent(own, sp) + sp.spine_gap - lo)
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
    spine = _indent(own, sp)
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
    group; returns the start index of each group (linear partition by dynamic programming).
    Among equally good splits the earlier groups are the longer ones, as in a printed list
    of columns, where a reader expects the last column to run out first."""
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
                if v <= best[j][i] + 1e-9:
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
             k: int, in_list: bool = False) -> _Sub:
    """Children as k one-column lists side by side, each hanging from a shared bus: the
    compact arrangement for a long list that would otherwise run off the page bottom.
    Centred under the parent, except for a list item: there the first list hangs where a
    one-column list would, near the item's left edge, and the others follow to its right."""
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
            merged.absorb(p)
        groups.append(merged)
    obstacles = [g.obstacles() for g in groups]
    xs = _pack(obstacles, sp)
    # spines sit at local x=0 of each group; centre the set of spines under the parent,
    # or, in a list, start them where a one-column list would hang
    if in_list:
        drop = _indent(own, sp)
        spines = [x - xs[0] + drop for x in xs]
    else:
        drop, mid = own.cx, (xs[0] + xs[-1]) / 2
        spines = [x - mid + own.cx for x in xs]
    groups = [g.moved(x, 0) for g, x in zip(groups, spines)]
    segs = [((drop, own.y1), (drop, bus))]
    if len(spines) > 1:
        segs.append(((min(spines[0], drop), bus), (max(spines[-1], drop), bus)))
    out = _merge(node, own, children, [], segs)
    for g in groups:
        out.absorb(g)
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
    out = _Sub({node.key: own}, list(segs), [(node.key, c.key) for c in children], {})
    for p in placed:
        out.absorb(p)
    return out


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


def _families(layout: Layout) -> tuple[dict[Hashable, list[Hashable]], dict[Hashable, list[Hashable]]]:
    kids: dict[Hashable, list[Hashable]] = {}
    for p, c in layout.edges:
        kids.setdefault(p, []).append(c)
    side: dict[Hashable, list[Hashable]] = {}
    for n, a in layout.asides:
        side.setdefault(n, []).append(a)
    return kids, side


def stray_families(layout: Layout, tol: float = 1e-6) -> list[tuple[Hashable, Hashable]]:
    """(item, box) pairs where a box of an indented-list item's family starts at or left of
    the item's own box, where a reader would take it for a part hanging from the list's
    trunk (module docstring): should be empty."""
    kids, side = _families(layout)

    def below(k: Hashable) -> list[Hashable]:
        out = []
        for c in kids.get(k, []) + side.get(k, []):
            out.append(c)
            out.extend(below(c))
        return out

    out = []
    for parent, mode in layout.modes.items():
        if mode == "stack1" or mode.startswith("cols"):
            for item in kids.get(parent, []):
                x = layout.boxes[item].x0
                out.extend((item, k) for k in below(item) if layout.boxes[k].x0 <= x + tol)
    return out


def misjoined_connectors(layout: Layout, tol: float = 1e-6) -> list[str]:
    """What is wrong with the connectors as a reader follows them: each run of touching
    segments must join one parent to some of its own children (or one node to its asides)
    and nothing else, and every child and aside must be joined to its parent by such a run.
    Should be empty."""
    segs = layout.segments
    rects = [Rect(min(a, c), min(b, d), max(a, c), max(b, d)) for (a, b), (c, d) in segs]
    root = list(range(len(segs)))

    def find(i: int) -> int:
        while root[i] != i:
            root[i] = root[root[i]]
            i = root[i]
        return i

    for i, r in enumerate(rects):
        for j in range(i + 1, len(rects)):
            q = rects[j]
            if r.x0 <= q.x1 + tol and q.x0 <= r.x1 + tol and r.y0 <= q.y1 + tol and q.y0 <= r.y1 + tol:
                root[find(i)] = find(j)

    def on_edge(px: float, py: float, b: Rect) -> bool:
        return (b.x0 - tol <= px <= b.x1 + tol and b.y0 - tol <= py <= b.y1 + tol
                and min(abs(px - b.x0), abs(px - b.x1), abs(py - b.y0), abs(py - b.y1)) < tol)

    touched: dict[int, set[Hashable]] = {}
    for i, seg in enumerate(segs):
        t = touched.setdefault(find(i), set())
        for px, py in seg:
            t.update(k for k, b in layout.boxes.items() if on_edge(px, py, b))
    kids, side = _families(layout)
    family = {("child", p): {p, *cs} for p, cs in kids.items()}
    family.update({("aside", n): {n, *a} for n, a in side.items()})
    out = []
    for t in touched.values():
        if len(t) < 2 or not any(t <= g for g in family.values()):
            out.append(f"a connector joins {sorted(map(str, t))}, not one family")
    runs = list(touched.values())
    for how, pairs in (("child", layout.edges), ("aside", layout.asides)):
        for p, c in pairs:
            if not any(p in t and c in t and t <= family[(how, p)] for t in runs):
                out.append(f"no connector joins {c!r} to {p!r}")
    return out
