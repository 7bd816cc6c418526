"""Low-level WordprocessingML helpers every other module of the DOCX writer shares.

python-docx covers the common cases; briefkit needs elements it has no API for (fields,
bookmarks, numbering overrides, table widths in percent), so those are built here, one
element at a time, in the schema's order.
"""
from __future__ import annotations

import re
from typing import Any

from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph as DocxParagraph

# Characters XML 1.0 cannot carry at all; python-docx would raise on them.
FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
EMU_PER_INCH = 914400
TWIPS_PER_INCH = 1440


def el(tag: str, **attrs: str) -> Any:
    """A new element `tag` ("w:p") with namespaced attributes ({"w:val": "1"})."""
    e = OxmlElement(tag)
    for k, v in attrs.items():
        e.set(qn(k), v)
    return e


def set_pstyle(p: DocxParagraph, style_id: str) -> None:
    """Name the paragraph's style by id (pStyle is the first child of pPr)."""
    ppr = p._p.get_or_add_pPr()
    ps = ppr.find(qn("w:pStyle"))
    if ps is None:
        ps = el("w:pStyle")
        ppr.insert(0, ps)
    ps.set(qn("w:val"), style_id)
