"""Nested lists from depth-tagged items, shared by article lists and flattened infobox lists."""
from __future__ import annotations


from ..model import ListItem, Source
from ..records import record


@record(frozen=True)
class RawItem:
    depth: int  # 0 = top level
    text: str
    line: int


def build_tree(raw: list[RawItem], file: str | None) -> list[ListItem]:
    """Nest items by depth. A jump of more than one level attaches to the deepest open item,
    so `A, *** B` still keeps B under A instead of losing it."""
    roots: list[ListItem] = []
    stack: list[tuple[int, ListItem]] = []
    for r in raw:
        item = ListItem(text=r.text, source=Source(file=file, line=r.line))
        while stack and stack[-1][0] >= r.depth:
            stack.pop()
        if stack:
            stack[-1][1].children.append(item)
        else:
            roots.append(item)
        stack.append((r.depth, item))
    return roots


def depths(marks: list[tuple[int, int]]) -> list[int]:
    """Depth of each bullet from its (indentation, extra stars): each deeper indentation than
    the one above opens a level, returning to a shallower one closes levels; `**` adds one."""
    out: list[int] = []
    indents: list[int] = []
    for indent, stars in marks:
        while indents and indents[-1] > indent:
            indents.pop()
        if not indents or indents[-1] < indent:
            indents.append(indent)
        out.append(len(indents) - 1 + stars)
    return out
