"""The organisation's own parts, read from its tree in whichever form it comes: the model's
`OrgNode`, or the plain JSON of a cached profile (`lazy_profile.org_tree`). Why a module of its
own: the fit asks whether a brief's organisation chart only draws a list (`is_list`) on every
build, a rebuild from the cache included, which must not validate the profile (pydantic and the
model are half of such a rebuild's time); `compose` names the parts with the same rule."""
from __future__ import annotations

from collections.abc import Sequence

from .records import record

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing at run time
if TYPE_CHECKING:
    from typing import Any, Protocol

    class Node(Protocol):
        """What the rules below read of a node of the organisation tree."""

        @property
        def name(self) -> str: ...

        @property
        def kind(self) -> str: ...

        @property
        def children(self) -> Sequence[Any]: ...


_OWN = ("subunit", "governing")


@record(frozen=True)
class PlainNode:
    """A node of the tree as a cached profile's JSON gives it."""

    name: str
    kind: str
    children: tuple[PlainNode, ...]

    @classmethod
    def of(cls, data: Any) -> PlainNode | None:
        """The tree of `data` (the JSON's `org`), or None when it is not of that shape."""
        if not isinstance(data, dict) or not isinstance(data.get("name"), str):
            return None
        kids = [cls.of(c) for c in data.get("children") or []]
        if any(k is None for k in kids):
            return None
        return cls(data["name"], str(data.get("kind", "subunit")), tuple(k for k in kids if k is not None))


def _unit(org: Node) -> Node | None:
    todo = [org]
    while todo:
        node = todo.pop(0)
        if node.kind == "unit":
            return node
        todo.extend(node.children)
    return None


def own_parts(org: Node | None) -> list[Node]:
    """The organisation's own parts (its subunits and governing bodies, not the bodies above
    it), one level below it, or below the one part that holds them all: the Legion's article
    lists its battalions under "Headquarters", its only part."""
    unit = _unit(org) if org is not None else None
    if unit is None:
        return []
    parts = [c for c in unit.children if c.kind in _OWN]
    while len(parts) == 1 and parts[0].children:
        parts = [c for c in parts[0].children if c.kind in _OWN]
    return parts


def is_list(org: Node | None) -> bool:
    """Whether a chart of `org` draws only a list: two or more parts (`own_parts`), none with
    parts of its own. A line naming them tells what such a chart does; a chart of parts within
    parts shows what no line can."""
    parts = own_parts(org)
    return len(parts) >= 2 and not any(c.children for c in parts)
