"""Low-level WordprocessingML helpers every other module of the DOCX writer shares.

python-docx covers the common cases; briefkit needs elements it has no API for (fields,
bookmarks, numbering overrides, table widths in percent), so those are built here, one
element at a time, in the schema's order.
"""
from __future__ import annotations

from ... import recache as re
from functools import lru_cache
from typing import Any

from docx.oxml.ns import NamespacePrefixedTag, qn
from docx.oxml.parser import oxml_parser
from docx.text.paragraph import Paragraph as DocxParagraph
from lxml import etree

# Characters XML 1.0 cannot carry at all; python-docx would raise on them.
FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
EMU_PER_INCH = 914400
TWIPS_PER_INCH = 1440


@lru_cache(maxsize=None)
def _tag(tag: str) -> tuple[str, dict[str, str]]:
    """Clark name and namespace declaration of a prefixed tag, worked out once per tag."""
    nsptag = NamespacePrefixedTag(tag)
    return nsptag.clark_name, nsptag.nsmap


@lru_cache(maxsize=None)
def _attr(name: str) -> str:
    return qn(name)


def el(tag: str, **attrs: str) -> Any:
    """A new element `tag` ("w:p") with namespaced attributes ({"w:val": "1"}): what
    python-docx's `OxmlElement` makes, without parsing the prefixed tag every time (the
    writer makes thousands)."""
    clark, nsmap = _tag(tag)
    e = oxml_parser.makeelement(clark, nsmap=nsmap)
    for k, v in attrs.items():
        e.set(_attr(k), v)
    return e


_W_PPR, _W_PSTYLE = qn("w:pPr"), qn("w:pStyle")


def set_pstyle(p: DocxParagraph, style_id: str) -> None:
    """Name the paragraph's style by id (pStyle is the first child of pPr)."""
    p_el = p._p
    if len(p_el) == 0:  # a new paragraph: pPr is its first child, pStyle pPr's
        etree.SubElement(etree.SubElement(p_el, _W_PPR), _W_PSTYLE).set(_W_VAL, style_id)
        return
    ppr = p_el.get_or_add_pPr()
    ps = ppr.find(_W_PSTYLE)
    if ps is None:
        ps = el("w:pStyle")
        ppr.insert(0, ps)
    ps.set(_W_VAL, style_id)


_W_R, _W_RPR, _W_RSTYLE, _W_B, _W_I = qn("w:r"), qn("w:rPr"), qn("w:rStyle"), qn("w:b"), qn("w:i")
_W_T, _W_TAB, _W_BR, _W_VAL, _XML_SPACE = qn("w:t"), qn("w:tab"), qn("w:br"), qn("w:val"), qn("xml:space")
_BREAKS = re.compile("[\t\r\n]")


def add_run(parent: Any, text: str, style_id: str | None = None, bold: bool = False,
            italic: bool = False) -> Any:
    """Append `<w:r>` with `text` to `parent` (a paragraph or a hyperlink) and return it.

    Why not python-docx's `add_run().text = ...`: it feeds the text through a state machine
    one character at a time and looks up each child's schema position, which was most of the
    time spent writing a body. The elements are the ones it writes, in the same order: rPr
    (rStyle, b, i), then each stretch of text as a `w:t` (space preserved when the stretch
    begins or ends with white space), a tab as `w:tab`, a line end as `w:br`.
    """
    r = etree.SubElement(parent, _W_R)
    if style_id is not None or bold or italic:
        rpr = etree.SubElement(r, _W_RPR)
        if style_id is not None:
            etree.SubElement(rpr, _W_RSTYLE).set(_W_VAL, style_id)
        if bold:
            etree.SubElement(rpr, _W_B)
        if italic:
            etree.SubElement(rpr, _W_I)
    start = 0
    for m in _BREAKS.finditer(text):
        if m.start() > start:
            _add_t(r, text[start:m.start()])
        etree.SubElement(r, _W_TAB if m.group() == "\t" else _W_BR)
        start = m.end()
    if start < len(text):
        _add_t(r, text[start:])
    return r


def _add_t(r: Any, text: str) -> None:
    t = etree.SubElement(r, _W_T)
    t.text = text
    if len(text.strip()) < len(text):
        t.set(_XML_SPACE, "preserve")
