"""List numbering: the abstract definitions briefkit's list styles hang on, and list instances.

Bullets and numbers come from numbering.xml, never from typed characters, so Word's list
tools (indent, restart, continue) work on the brief. Each list style carries a default
instance; an ordered list that starts anew gets its own instance with a start override.
"""
from __future__ import annotations

from typing import Any

from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.parts.numbering import NumberingPart

from ...document.nodes import BULLETS
from ...theme import Theme
from .fonts import docx_fonts
from ..measures import CELL_LIST_INDENT_PT
from .styles import LIST_INDENT, NSDECL, hex_colour, rfonts

LIST_KINDS = ("bullet", "number", "compact")


def numbering_xml(first_id: int, theme: Theme) -> dict[str, str]:
    """Abstract list definitions by kind, nine levels each: bullets, decimals, and compact
    bullets for lists inside key-fact cells (narrower indent, muted marks, as in the PDF)."""
    fn = docx_fonts(theme.fonts)
    out = {}
    for offset, kind in enumerate(LIST_KINDS):
        aid = first_id + offset
        step = round(CELL_LIST_INDENT_PT * 20) if kind == "compact" else LIST_INDENT
        colour = hex_colour(theme.colours.muted if kind == "compact" else theme.colours.accent)
        levels = []
        for lvl in range(9):
            ind = f'<w:pPr><w:ind w:left="{step * (lvl + 1)}" w:hanging="{step}"/></w:pPr>'
            if kind == "number":
                levels.append(
                    f'<w:lvl w:ilvl="{lvl}"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
                    f'<w:lvlText w:val="%{lvl + 1}."/><w:lvlJc w:val="left"/>{ind}</w:lvl>'
                )
            else:
                char = BULLETS[lvl % len(BULLETS)]
                levels.append(
                    f'<w:lvl w:ilvl="{lvl}"><w:start w:val="1"/><w:numFmt w:val="bullet"/>'
                    f'<w:lvlText w:val="{char}"/><w:lvlJc w:val="left"/>{ind}'
                    f'<w:rPr>{rfonts(fn.body)}<w:color w:val="{colour}"/></w:rPr></w:lvl>'
                )
        out[kind] = (
            f'<w:abstractNum {NSDECL} w:abstractNumId="{aid}"><w:multiLevelType w:val="hybridMultilevel"/>'
            + "".join(levels) + "</w:abstractNum>"
        )
    return out


def numbering_part(doc: Any) -> Any:
    """The numbering part, created when a reference document has none (python-docx won't)."""
    try:
        return doc.part.part_related_by(RT.NUMBERING)
    except KeyError:
        part = NumberingPart(PackURI("/word/numbering.xml"), CT.WML_NUMBERING,
                             parse_xml(f"<w:numbering {nsdecls('w')}/>"), doc.part.package)
        doc.part.relate_to(part, RT.NUMBERING)
        return part


class Numbering:
    """List definitions: the defaults briefkit adds and one restartable instance per ordered list."""

    def __init__(self, doc: Any, theme: Theme, fresh: bool):
        self.theme = theme
        self.root = numbering_part(doc).element
        if fresh:
            for child in list(self.root):
                self.root.remove(child)
        self._defaults: dict[str, int] = {}

    def _next_abstract_id(self) -> int:
        ids = [int(e.get(qn("w:abstractNumId"))) for e in self.root.findall(qn("w:abstractNum"))]
        return max(ids, default=-1) + 1

    def _next_num_id(self) -> int:
        ids = [int(e.get(qn("w:numId"))) for e in self.root.findall(qn("w:num"))]
        return max(ids, default=0) + 1

    def _insert_after_last(self, el: Any, *tags: str) -> None:
        """w:numbering is a sequence (numPicBullet, abstractNum, num, numIdMacAtCleanup):
        a new element goes after the last of the kinds that may precede it."""
        for tag in tags:
            found = self.root.findall(qn(tag))
            if found:
                found[-1].addnext(el)
                return
        self.root.insert(0, el)

    def _add_abstract(self, xml: str) -> None:
        self._insert_after_last(parse_xml(xml), "w:abstractNum", "w:numPicBullet")

    def _add_num(self, abstract_id: int, start: tuple[int, int] | None = None) -> int:
        nid = self._next_num_id()
        num = OxmlElement("w:num")
        num.set(qn("w:numId"), str(nid))
        a = OxmlElement("w:abstractNumId")
        a.set(qn("w:val"), str(abstract_id))
        num.append(a)
        if start is not None:
            level, value = start
            over = OxmlElement("w:lvlOverride")
            over.set(qn("w:ilvl"), str(level))
            so = OxmlElement("w:startOverride")
            so.set(qn("w:val"), str(value))
            over.append(so)
            num.append(over)
        self._insert_after_last(num, "w:num", "w:abstractNum", "w:numPicBullet")
        return nid

    def default_num(self, kind: str) -> int:
        if not self._defaults:
            first = self._next_abstract_id()
            for offset, (name, xml) in enumerate(numbering_xml(first, self.theme).items()):
                self._add_abstract(xml)
                self._defaults[name] = self._add_num(first + offset)
        return self._defaults[kind]

    def abstract_of(self, num_id: int) -> int | None:
        for num in self.root.findall(qn("w:num")):
            if num.get(qn("w:numId")) == str(num_id):
                a = num.find(qn("w:abstractNumId"))
                return int(a.get(qn("w:val"))) if a is not None else None
        return None

    def restart(self, num_id: int, level: int, start: int) -> int:
        """A new list instance over the same definition, starting at `start`."""
        abstract = self.abstract_of(num_id)
        if abstract is None:
            abstract = self.abstract_of(self.default_num("number"))
        return self._add_num(abstract, (level, start))
