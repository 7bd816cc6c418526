"""The organisation chart: the parent chain, the unit, its subunits, leaders in their box.

Each node is a box sized to its wrapped text: the name (bold for the unit itself), then,
under a thin rule, one line per leader ("Name — role"). The tree is laid out by
`layout.tidy` (a Reingold–Tilford tidy tree, with wide leaf families stacked into two
columns). The chart must fit a page frame about 6.3 in wide without being scaled below
7 pt, so a few layout policies are tried, from the most tree-like to the most compact, and
the first that fits is kept; a large tree (60 nodes) ends up as a tree on top with
indented lists below. Boxes are styled by role: the parent chain pale with a dashed edge
(context, not the subject), the unit dark with white text (the subject), subunits light.

A governing body of the unit (its board, assembly or congress, which oversees or elects its
head) is drawn white *beside* the unit's box, to its right and level with it, joined to it
by a horizontal line, with what the article says it does in its box ("oversees the agency",
"elects the chairman"). Every vertical line in the chart means "comes under": among the
unit's parts, under the head's box, the body read as a department the head runs; above the
unit, where company charts put a board over the chief executive, it read as the unit's
parent, something the unit belongs to. A line from the side says neither: the body belongs
with the unit. The parent chain stays above, so "above" keeps one meaning. The alt text says
the same in words ("beside Georgian Dream, its own Congress, which elects the chairman").
"""
from __future__ import annotations

from .. import recache as re
from collections.abc import Mapping
from ..records import field
from typing import Any

from ..model import SECONDARY_ROLE, OrgNode, Profile, as_former
from ..records import record
from . import layout as LY

VERSION = "orgchart-8"
MAX_WIDTH_IN = 6.3
MAX_HEIGHT_IN = 8.6
NAME_PT = 7.5
LEADER_PT = 7.0
LINE = 1.22  # line height in em
PAD_X, PAD_Y = 4.5, 3.5
WRAP_PT = 140.0  # text width at which names wrap
LEADER_WRAP_PT = 180.0  # leader lines: "Name — role" breaks only when really long
MARGIN = 3.0

INK = "#222222"
BLUE = "#1f4e79"
LIGHT = "#e8eff7"
EDGE = "#6f8fb0"
LINK = "#7a7a7a"


def _strip_sources(data: Any) -> Any:
    if isinstance(data, dict):
        return {k: _strip_sources(v) for k, v in data.items() if k != "source"}
    if isinstance(data, list):
        return [_strip_sources(v) for v in data]
    return data


def inputs(profile: Profile, options: Mapping[str, Any]) -> Any:
    """The org tree without source positions: the only profile data the chart reads."""
    if profile.org is None:
        return None
    return _strip_sources(profile.org.model_dump(mode="json"))


# ----------------------------------------------------------------------------- content


@record
class Box:
    """A node's drawn content and size (points)."""

    key: int
    node: OrgNode
    name_lines: list[str]
    leader_lines: list[str]
    note: str | None
    width: float
    height: float
    children: list[Box] = field(default_factory=list)
    aside: list[Box] = field(default_factory=list)  # the unit's governing bodies, drawn beside it


def wrap(text: str, width: float, size: float, bold: bool = False) -> list[str]:
    """Greedy word wrap by measured width; a word wider than `width` gets its own line."""
    from . import render

    words = text.split()
    lines: list[str] = []
    cur = ""
    for w in words:
        trial = f"{cur} {w}" if cur else w
        if cur and render.text_width(trial, size, bold) > width:
            lines.append(cur)
            cur = w
        else:
            cur = trial
    if cur:
        lines.append(cur)
    return lines or [""]


def _leader_text(p: Any) -> str:
    role = as_former(p)  # a leader the text says left reads "Former ...", as in the People list
    return f"{p.name} — {role}" if role else p.name


# Table columns that name a unit again or date it: the box shows the name and the chart is no
# timeline ("Native name", "Formed").
_NOT_A_NOTE = re.compile(r"(?i)\b(?:name|native|abbreviation|acronym|formed|founded|established|created|date|"
                         r"year|since|dissolved|governs|hedge|group|among|insignia|image|flag|logo)\b")
NOTE_LINES = 2


def subunit_note(node: OrgNode) -> str | None:
    """What a part's row in its structure table says about it beyond its name: the first column
    that is neither a name nor a date ("Notes: Calvi, Corsica", "Main business: Core network
    software and managed services"), so a brief whose chart stands in for the table keeps where
    each regiment is and what each segment does. None when there is no such column or it is
    longer than `NOTE_LINES` lines of a box: a chart box is no paragraph."""
    if node.kind != "subunit":
        return None
    for key, value in node.attributes.items():
        value = " ".join(str(value).split())
        if not value or _NOT_A_NOTE.search(key) or re.fullmatch(r"[\d\s–—\-/.,]+", value):
            continue
        return value
    return None


def _subject_depth(root: OrgNode) -> int:
    """Depth of the node of kind 'unit' (the profile's subject), 0 when there is none."""
    stack = [(root, 0)]
    while stack:
        node, d = stack.pop()
        if node.kind == "unit":
            return d
        stack.extend((c, d + 1) for c in node.children)
    return 0


def build_boxes(root: OrgNode, max_depth: int | None) -> Box:
    """Measure every node's text and size its box; prune below `max_depth` levels under the unit."""
    from . import fonts, render

    limit = None if max_depth is None else _subject_depth(root) + max_depth
    counter = iter(range(1 << 30))

    def make(node: OrgNode, depth: int) -> Box:
        bold = node.kind == "unit"
        name = wrap(fonts.drawable(node.name, bold), WRAP_PT, NAME_PT, bold)
        leaders: list[str] = []
        # its heads first: a chief of staff or a spokesperson listed first reads as who leads it
        for p in sorted(node.leaders, key=lambda p: bool(SECONDARY_ROLE.search(p.role or ""))):
            leaders.extend(wrap(fonts.drawable(_leader_text(p)), LEADER_WRAP_PT, LEADER_PT))
        pruned = limit is not None and depth >= limit and node.children
        note = node.attributes.get("governs") if node.kind == "governing" else \
            node.attributes.get("hedge") if node.kind == "parent" else None
        described = subunit_note(node)
        if described and not node.leaders:
            lines = wrap(fonts.drawable(described), WRAP_PT, LEADER_PT)
            note = "\n".join(lines) if len(lines) <= NOTE_LINES else None
        if pruned:
            n = len(node.walk()) - 1
            note = f"+ {n} subunit{'s' if n != 1 else ''} not shown"
        note_lines = note.split("\n") if note else []
        widths = [render.text_width(s, NAME_PT, bold) for s in name]
        widths += [render.text_width(s, LEADER_PT) for s in leaders]
        widths += [render.text_width(s, LEADER_PT) for s in note_lines]
        w = max(widths) + 2 * PAD_X
        h = len(name) * NAME_PT * LINE + 2 * PAD_Y
        if leaders:
            h += 3.0 + len(leaders) * LEADER_PT * LINE
        if note_lines:
            h += 2.0 + len(note_lines) * LEADER_PT * LINE
        box = Box(next(counter), node, name, leaders, note, w, h)
        if not pruned:
            beside = node.kind == "unit"
            box.aside = [make(c, depth + 1) for c in node.children if beside and c.kind == "governing"]
            box.children = [make(c, depth + 1) for c in node.children
                            if not (beside and c.kind == "governing")]
        return box

    return make(root, 0)


def cannot_fit(top: Box, max_w: float, max_h: float) -> bool:
    """Whether boxes of these sizes could not fit `max_w` x `max_h` however they were laid out:
    a box wider than the frame, a chain of boxes (each below its parent, in every layout
    policy) taller than it, or boxes whose areas add up to more than it (boxes never overlap).

    Why: the chart of a tree too big for a page is found by laying out fewer and fewer levels
    (`_build`), and laying out thousands of boxes takes minutes (each family is packed against
    everything placed before it). These are necessary conditions only, so a tree they pass is
    laid out as before, and one they fail would have failed the layout too."""
    area = 0.0
    stack = [(top, 0.0)]
    while stack:
        box, above = stack.pop()
        down = above + box.height
        if box.width > max_w or down > max_h:
            return True
        area += box.width * box.height + sum(a.width * a.height for a in box.aside)
        if area > max_w * max_h:
            return True
        stack.extend((c, down) for c in box.children)
    return False


def _to_layout_node(box: Box) -> LY.Node:
    return LY.Node(box.key, box.width, box.height, [_to_layout_node(c) for c in box.children],
                   [_to_layout_node(a) for a in box.aside])


def _sizes(root: LY.Node) -> dict[Any, int]:
    """Number of nodes in every subtree, by key (computed once per tree, not per query)."""
    out: dict[Any, int] = {}

    def walk(n: LY.Node) -> int:
        for a in n.aside:
            walk(a)
        out[n.key] = 1 + sum(walk(c) for c in n.children)
        return out[n.key]

    walk(root)
    return out


def _policy(tree_depth: int, stack2_from: int, cols: int, big: int, leaf_cols: int,
            sizes: dict[Any, int]) -> LY.Policy:
    """Tree mode above `tree_depth`, lists from there down; a list-region node with more
    than `big` nodes under it spreads its children over `cols` columns. Leaf families of
    `stack2_from` or more go into two columns either side of a spine, or, when long, into
    `leaf_cols` columns."""

    def policy(node: LY.Node, depth: int) -> LY.Mode:
        n = len(node.children)
        if n >= stack2_from and all(not c.children for c in node.children):
            if leaf_cols > 2 and n >= 3 * leaf_cols:
                return f"cols{leaf_cols}"  # type: ignore[return-value]
            return "stack2"
        if depth < tree_depth:
            return "tree"
        if cols > 1 and n > 1 and sizes[node.key] > big:
            return f"cols{min(cols, n)}"  # type: ignore[return-value]
        return "stack1"

    return policy


def candidate_policies(root: LY.Node) -> list[LY.Policy]:
    """Policies from the most tree-like to the most compact, in order of preference."""
    sizes = _sizes(root)
    widest_leaf_family = max(
        (len(n.children) for n in root.walk()
         if n.children and all(not c.children for c in n.children)), default=0)
    leaf_cols_options = (2, 3, 4) if widest_leaf_family >= 9 else (2,)
    out = []
    # "all tree" (depth of the deepest parent), then list regions from level 6 upwards
    internal = [d for k, d in _depths(root).items() if sizes[k] > 1]
    deepest = max(internal, default=0)
    for tree_depth in sorted({deepest + 1, *range(min(deepest, 6), -1, -1)}, reverse=True):
        for cols, big in ((1, 0), (2, 24), (3, 24), (2, 12), (3, 12), (2, 6)):
            for stack2_from in (4, 3):
                for leaf_cols in leaf_cols_options:
                    out.append(_policy(tree_depth, stack2_from, cols, big, leaf_cols, sizes))
    return out


def choose_layout(root: LY.Node, max_w: float, max_h: float) -> LY.Layout:
    """The most tree-like layout that fits `max_w` x `max_h` points.

    Candidates go from all-tree to all-list; the first that fits wins. When none fits
    both ways, the lowest of those that fit the width (a page is taller than wide), else
    the narrowest.
    """
    candidates: list[LY.Layout] = []
    for policy in candidate_policies(root):
        lay = LY.tidy(root, policy)
        candidates.append(lay)
        if lay.width <= max_w and lay.height <= max_h:
            return lay
    fitting = [c for c in candidates if c.width <= max_w]
    if fitting:
        return min(fitting, key=lambda c: c.height)
    return min(candidates, key=lambda c: c.width)


def _node_depths(root: OrgNode) -> list[int]:
    out = []
    stack = [(root, 0)]
    while stack:
        n, d = stack.pop()
        out.append(d)
        stack.extend((c, d + 1) for c in n.children)
    return out


def _depths(root: LY.Node) -> dict[Any, int]:
    out: dict[Any, int] = {}
    stack = [(root, 0)]
    while stack:
        n, d = stack.pop()
        out[n.key] = d
        stack.extend((c, d + 1) for c in n.children)
        stack.extend((a, d) for a in n.aside)  # laid out level with the node they go with
    return out


# ----------------------------------------------------------------------------- figure


@record
class OrgFigure:
    fig: Any
    width_in: float
    height_in: float
    layout: LY.Layout
    boxes: dict[int, Box]
    texts: dict[int, list[Any]]  # text artists per box key
    patches: dict[int, Any]
    offset: tuple[float, float]  # layout origin in figure points (x, y from top)
    max_depth: int | None = None  # levels below the unit actually shown (None: all)


def governing_beside(root: OrgNode) -> tuple[OrgNode, OrgNode | None, list[OrgNode]]:
    """The tree as drawn below and above the unit, the unit, and its governing bodies, which
    are drawn beside it rather than among its parts (rule in the module docstring)."""
    found: list[tuple[OrgNode, list[OrgNode]]] = []

    def walk(node: OrgNode) -> OrgNode:
        if node.kind == "unit":
            governing = [c for c in node.children if c.kind == "governing"]
            unit = node.model_copy(update={"children": [c for c in node.children if c.kind != "governing"]})
            found.append((unit, governing))
            return unit
        return node.model_copy(update={"children": [walk(c) for c in node.children]})

    tree = walk(root)
    unit, governing = found[0] if found else (None, [])
    return tree, unit, governing


def build(root: OrgNode | None, max_depth: int | None = None) -> OrgFigure | None:
    if root is None:
        return None
    from . import render

    with render.chart_style():
        return _build(root, max_depth)


def _build(root: OrgNode, max_depth: int | None) -> OrgFigure:
    from matplotlib.lines import Line2D
    from matplotlib.patches import FancyBboxPatch
    from matplotlib.transforms import Affine2D

    from . import render

    max_w, max_h = MAX_WIDTH_IN * 72 - 2 * MARGIN, MAX_HEIGHT_IN * 72 - 2 * MARGIN
    base = _subject_depth(root)
    levels = max(_node_depths(root)) - base
    if max_depth is not None:
        levels = min(levels, max_depth)
    # A tree too big for one page at 7 pt loses its lowest levels (each cut node says how
    # many units it hides) instead of being shrunk below legibility by the writer.
    # Fewer levels never make the chart bigger, so binary-search the most that fit.
    def attempt(n: int | None, measure: bool = False) -> tuple[Box, LY.Layout | None, bool]:
        top = build_boxes(root, n)
        if not measure and n and cannot_fit(top, max_w, max_h):
            return top, None, False  # not laid out: no layout could fit it
        lay = choose_layout(_to_layout_node(top), max_w, max_h)
        return top, lay, lay.width <= max_w and lay.height <= max_h

    top, lay, ok = attempt(levels)
    if not ok and levels > 0:
        lo, hi = 0, levels - 1  # answer in [lo, hi]; 0 is kept even if it does not fit
        best = None
        while lo <= hi:
            mid = (lo + hi) // 2
            got = attempt(mid)
            if got[2]:
                best, lo = (mid, got), mid + 1
            else:
                hi = mid - 1
        if best is None:
            best = (0, attempt(0, measure=True))
        levels, (top, lay, ok) = best
    assert lay is not None  # a kept attempt was laid out
    boxes: dict[int, Box] = {}

    def index(b: Box) -> None:
        boxes[b.key] = b
        for c in b.aside + b.children:
            index(c)

    index(top)
    shown_depth = None if max(_node_depths(root)) - base <= levels else levels
    W, H = lay.width + 2 * MARGIN, lay.height + 2 * MARGIN
    W_in, H_in = W / 72.0, H / 72.0
    fig = render.new_figure(W_in, H_in)
    T = Affine2D().translate(MARGIN, MARGIN).scale(1 / 72.0, -1 / 72.0).translate(0, H_in) \
        + fig.dpi_scale_trans
    out = OrgFigure(fig, W_in, H_in, lay, boxes, {}, {}, (MARGIN, MARGIN), shown_depth)

    for (x0, y0), (x1, y1) in lay.segments:
        fig.add_artist(Line2D([x0, x1], [y0, y1], transform=T, color=LINK, lw=0.8, zorder=1,
                              solid_capstyle="projecting"))
    for key, r in lay.boxes.items():
        b = boxes[key]
        kind = b.node.kind
        face, edge, color, ls = {
            "parent": ("#f4f4f4", "#9a9a9a", "#333333", (0, (3, 1.5))),
            "governing": ("#ffffff", EDGE, INK, "solid"),
            "unit": (BLUE, BLUE, "white", "solid"),
            # a grouping the infobox names ("Subsidiaries"): a heading over parts, not a part
            # of its own, so it is drawn open, like no unit box
            "group": ("#ffffff", "#9a9a9a", INK, (0, (3, 1.5))),
        }.get("group" if b.node.attributes.get("group") else kind, (LIGHT, EDGE, INK, "solid"))
        patch = FancyBboxPatch((r.x0, r.y0), r.x1 - r.x0, r.y1 - r.y0,
                               boxstyle="round,pad=0,rounding_size=2", transform=T,
                               facecolor=face, edgecolor=edge, lw=0.7, ls=ls, zorder=2)
        fig.add_artist(patch)
        out.patches[key] = patch
        # text block centred vertically in the (possibly equalised) box
        content = len(b.name_lines) * NAME_PT * LINE
        if b.leader_lines:
            content += 3.0 + len(b.leader_lines) * LEADER_PT * LINE
        note_lines = b.note.split("\n") if b.note else []
        if note_lines:
            content += 2.0 + len(note_lines) * LEADER_PT * LINE
        y = r.cy - content / 2
        arts = []
        bold = kind == "unit"
        for line in b.name_lines:
            arts.append(render.add_text(fig, r.cx, y + NAME_PT * LINE / 2, line, transform=T, ha="center",
                                 va="center_baseline", fontsize=NAME_PT, color=color,
                                 fontweight="bold" if bold else "normal", zorder=3))
            y += NAME_PT * LINE
        if b.leader_lines:
            rule_c = "#9fb6cf" if kind == "unit" else "#b8c4d0"
            fig.add_artist(Line2D([r.x0 + PAD_X, r.x1 - PAD_X], [y + 1.5, y + 1.5], transform=T,
                                  color=rule_c, lw=0.5, zorder=3))
            y += 3.0
            for line in b.leader_lines:
                arts.append(render.add_text(fig, r.cx, y + LEADER_PT * LINE / 2, line, transform=T,
                                     ha="center", va="center_baseline", fontsize=LEADER_PT,
                                     color=color, zorder=3))
                y += LEADER_PT * LINE
        if note_lines:
            y += 2.0
            for line in note_lines:
                arts.append(render.add_text(fig, r.cx, y + LEADER_PT * LINE / 2, line, transform=T,
                                     ha="center", va="center_baseline", fontsize=LEADER_PT,
                                     fontstyle="italic", color=color, zorder=3))
                y += LEADER_PT * LINE
        out.texts[key] = arts
    return out


# ----------------------------------------------------------------------------- chart


def _join(names: list[str], limit: int = 12) -> str:
    if len(names) > limit:
        return ", ".join(names[:limit]) + f" and {len(names) - limit} more"
    if len(names) > 1:
        return ", ".join(names[:-1]) + " and " + names[-1]
    return names[0] if names else ""


def prune(root: OrgNode, max_depth: int | None) -> tuple[OrgNode, int]:
    """The tree as drawn: nodes more than `max_depth` levels below the unit cut off.
    Returns the pruned copy and the number of nodes left out."""
    if max_depth is None:
        return root, 0
    limit = _subject_depth(root) + max_depth

    def cut(node: OrgNode, depth: int) -> OrgNode:
        if depth >= limit:
            return node.model_copy(update={"children": []})
        return node.model_copy(update={"children": [cut(c, depth + 1) for c in node.children]})

    pruned = cut(root, 0)
    return pruned, len(root.walk()) - len(pruned.walk())


_DOES = re.compile(r"(?:elects?|appoints?|oversees?|supervises?|governs?|chooses)\b")


def _governing_words(unit: OrgNode, governing: list[OrgNode]) -> str:
    """'beside Europol, its own Management Board, which oversees the agency': the bodies drawn
    beside the unit, said to be its own so that no reader of the text takes them for a parent."""
    parts = []
    for g in governing:
        does = g.attributes.get("governs")
        said = f"its own {g.name}"
        if does:
            said += f", which {does}" if _DOES.match(does) else f", the {does}"
        parts.append(said)
    return f"beside {unit.name}, " + (", and ".join(parts) if len(parts) > 1 else parts[0])


def alt_text(root: OrgNode, max_depth: int | None = None) -> str:
    """'Organisation chart: A > B > C with 9 units: ...; beside B, its own Board, which elects
    its head; leaders — ...': what the chart shows."""
    full, hidden = prune(root, max_depth)
    root, unit, governing = governing_beside(full)
    chain = [root]
    node = root
    while len(node.children) == 1 or (node.kind == "parent" and node.children):
        nxt = next((c for c in node.children if c.kind in ("parent", "unit")), node.children[0])
        chain.append(nxt)
        node = nxt
        if node.kind == "unit" and len(node.children) != 1:
            break
    text = "Organisation chart: " + " > ".join(
        n.name + (f" ({n.attributes['hedge']})" if n.attributes.get("hedge") else "")
        for n in chain)
    # A grouping ("Subsidiaries", from the infobox) is no unit: "Nokia with 4 units: ...; and
    # Subsidiaries: ...", not "with 5 units" beside a text that says four business groups.
    parts = [c for c in node.children if not c.attributes.get("group")]
    groups = [c for c in node.children if c.attributes.get("group")]
    if parts:
        n = len(parts)
        text += f" with {n} unit{'s' if n != 1 else ''}: " + _join(
            [c.name + (f" ({d})" if (d := subunit_note(c)) else "") for c in parts])
    for g in groups:
        text += f"{'; and ' if parts else ' with '}{g.name}: " + _join([c.name for c in g.children])
    total = sum(1 for n in full.walk() if not n.attributes.get("group"))
    shown = len(chain) + len(node.children) + len(governing) + sum(len(g.children) for g in groups)
    if total > shown:
        text += f" ({total} units in all)"
    if hidden:
        text += f" ({hidden} lower unit{'s' if hidden != 1 else ''} not shown)"
    if unit is not None and governing:
        text += "; " + _governing_words(unit, governing)
    led = [n for n in full.walk() if n.leaders]
    if led:
        parts = [f"{n.name}: " + _join([_leader_text(p).replace(' — ', ' (', 1) +
                                        (')' if p.role else '') for p in n.leaders])
                 for n in led[:6]]
        text += "; leaders — " + "; ".join(parts)
    return text + "."


def draw(profile: Profile, options: Mapping[str, Any]) -> Any:
    """Chart for `profile`, or None without an org tree."""
    from . import Chart, render

    if profile.org is None:
        return None
    root = _without_leaders(profile.org, options.get("max_leaders"))
    with render.chart_style():
        of = build(root, options.get("max_depth"))
        assert of is not None
        svg, png = render.deferred_save(of.fig)
    return Chart("orgchart", svg, png, round(of.width_in, 4), round(of.height_in, 4),
                 alt_text(root, of.max_depth))


def _without_leaders(root: OrgNode, most: int | None) -> OrgNode:
    """The tree with at most `most` leaders in each box (None: all of them). A brief whose
    Leadership list names its heads draws the chart without them (`max_leaders=0`): the list
    printed again in the chart's top box read as the brief repeating itself."""
    if most is None:
        return root
    copy = root.model_copy(deep=True)
    for node in copy.walk():
        node.leaders = node.leaders[:most]
    return copy
