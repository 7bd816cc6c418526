"""The organisation tree: parent formations above the unit, subunits below it.

* Parents come from infobox facts whose label names a parent (`Branch`, `Command structure`,
  `Part of`, `Parent`,
  `Parent organisation`, `Higher unit`, `Subordinate to`), broadest first in that order; each is
  one `parent` node above the next, the unit (the profile's title, kind `unit`) at the bottom.
* Leaders: people whose role is a leadership role (commander, spokesperson, founder, ...) and who
  were named in the infobox or introduced by a role of the subject in the text ("The Legion's
  spokesperson X", not "the RVC's commander Y") are attached to the unit.
* Subunits come from a section whose title says it describes the structure (`Structure`,
  `Organisation`, `Composition`, `Order of battle`, `Units`, `Subunits`, ...):
  a short label line followed by a list ("Headquarters" + `- 1st Battalion` ...) is a node with
  the list items as children; a list on its own adds its items under the unit; nested items nest;
  a subsection is a node named by its title with its own content below it. Prose sentences in
  the section are not units and are skipped (they stay in `Profile.sections`).
"""
from __future__ import annotations

import re

from ..model import BulletList, ListItem, OrgNode, Paragraph, Person, Profile, Section, Source
from .people import LEADER_ROLE

PARENT_LABELS = ["branch", "service branch", "command structure", "part of", "parent", "parent organisation",
                 "parent organization", "parent unit", "higher unit", "subordinate to"]
_STRUCTURE_TITLE = re.compile(
    r"\b(?:structure|organi[sz]ation|composition|order of battle|units|sub-?units|subdivisions|components|"
    r"formations|branches)\b", re.I)
_LABEL_LINE_WORDS = 8


def _is_label(text: str) -> bool:
    """A unit name on its own line, not a sentence: short and without sentence punctuation."""
    stripped = text.rstrip(":")
    return len(stripped.split()) <= _LABEL_LINE_WORDS and not re.search(r"[.!?;]\s|[.!?]$", stripped)


def _items_to_nodes(items: list[ListItem]) -> list[OrgNode]:
    return [OrgNode(name=it.text, kind="subunit", children=_items_to_nodes(it.children), source=it.source)
            for it in items]


def _section_nodes(section: Section) -> list[OrgNode]:
    nodes: list[OrgNode] = []
    blocks = section.blocks
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Paragraph) and _is_label(b.text):
            node = OrgNode(name=b.text.rstrip(":").strip(), kind="subunit", source=b.source)
            nxt = blocks[i + 1] if i + 1 < len(blocks) else None
            if isinstance(nxt, BulletList):
                node.children = _items_to_nodes(nxt.items)
                i += 1
            nodes.append(node)
        elif isinstance(b, BulletList):
            nodes.extend(_items_to_nodes(b.items))
        i += 1
    for child in section.children:
        nodes.append(OrgNode(name=child.title, kind="subunit", children=_section_nodes(child), source=child.source))
    return nodes


def structure_sections(profile: Profile) -> list[Section]:
    return [s for s in profile.all_sections() if _STRUCTURE_TITLE.search(s.title)]


def extract_org(profile: Profile, people: list[Person], title_source: Source | None = None,
                leaders: set[str] | None = None) -> OrgNode:
    """The tree for `profile`. `leaders` (casefolded names) restricts which of `people` lead
    the unit; by default everyone whose role is a leadership role."""
    facts = {f.label.casefold(): f for f in profile.facts}
    unit = OrgNode(name=profile.names.title, kind="unit", source=title_source)
    unit.leaders = [
        p.model_copy(deep=True) for p in people
        if p.role and LEADER_ROLE.search(p.role) and (leaders is None or p.name.casefold() in leaders)
    ]
    seen: set[str] = set()
    for s in structure_sections(profile):
        if any(s is d for top in structure_sections(profile) if top is not s for d in top.walk()):
            continue  # nested under another structure section: already covered by it
        for node in _section_nodes(s):
            unit.children.append(node)
    root = unit
    chain: list[OrgNode] = []
    for label in PARENT_LABELS:
        f = facts.get(label)
        if f is None:
            continue
        name = f.text or (f.items[0].text if f.items else "")
        if name and name.casefold() not in seen and name.casefold() != unit.name.casefold():
            seen.add(name.casefold())
            chain.append(OrgNode(name=name, kind="parent", source=f.source))
    for parent in reversed(chain):
        parent.children.append(root)
        root = parent
    return root
