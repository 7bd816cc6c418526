"""Word fields: page numbers (PAGE, NUMPAGES), figure numbers (SEQ) and the contents (TOC).

A field is an instruction plus a cached result. Word recomputes the result when it updates
fields; every other reader (LibreOffice, previewers, converters) shows the cached result as
it is. So each field here carries the result a reader should see before any update.
"""
from __future__ import annotations

import copy
from typing import TYPE_CHECKING, Any

from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.text.paragraph import Paragraph as DocxParagraph

from ...document.nodes import TOC, Text
from . import oxml
from .inline import TocEntry

if TYPE_CHECKING:
    from .blocks import Translator

_XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"


def field_runs(instr: str, result: str, rpr: Any = None, dirty: bool = False) -> list[Any]:
    """A complex field (begin / instruction / separate / cached result / end) as runs."""
    def run(*children: Any) -> Any:
        r = oxml.el("w:r")
        if rpr is not None:
            r.append(copy.deepcopy(rpr))
        for c in children:
            r.append(c)
        return r

    begin = oxml.el("w:fldChar", **{"w:fldCharType": "begin"})
    if dirty:
        begin.set(qn("w:dirty"), "true")
    it = oxml.el("w:instrText")
    it.set(_XML_SPACE, "preserve")
    it.text = f" {instr} "
    t = oxml.el("w:t")
    t.set(_XML_SPACE, "preserve")
    t.text = result
    return [run(begin), run(it), run(oxml.el("w:fldChar", **{"w:fldCharType": "separate"})), run(t),
            run(oxml.el("w:fldChar", **{"w:fldCharType": "end"}))]


def page_of_pages(p: DocxParagraph) -> None:
    """Append "N of M" as PAGE and NUMPAGES fields (each page shows its own number)."""
    for r in field_runs("PAGE \\* ARABIC", "1"):
        p._p.append(r)
    p.add_run(" of ")
    for r in field_runs("NUMPAGES \\* ARABIC", "1"):
        p._p.append(r)


def seq_field(p: DocxParagraph, sequence: str, number: int, restart: bool, bold: bool = False) -> None:
    """Append a SEQ field showing `number`; `restart` pins Word's count to it (used when
    an earlier item of the sequence was left out, so Word's count agrees with the label)."""
    instr = f"SEQ {sequence} \\r {number} \\* ARABIC" if restart else f"SEQ {sequence} \\* ARABIC"
    rpr = None
    if bold:
        rpr = oxml.el("w:rPr")
        rpr.append(oxml.el("w:b"))
    for r in field_runs(instr, str(number), rpr):
        p._p.append(r)


def toc(tr: Translator, c: Any, t: TOC) -> None:
    """A real TOC field. Its cached result is what Word itself would write: each heading,
    linked to its bookmark, a dot leader (the TOC styles' tab) and a PAGEREF field whose
    cached page is where the PDF of the same Document put that heading (`PageMap`), so
    LibreOffice and previewers show the page numbers before Word touches the file. Word
    still rebuilds it on open (the field is marked dirty and settings ask for updateFields),
    since its own layout is the one its reader will page through. Like Word's own, it sits
    in a "Table of Contents" content control, so Word offers its "Update Table" button."""
    heading = tr.para(c, "TOC Heading", [Text(t.title)])
    depth = max(1, min(t.depth, 9))
    entries = tr.toc_entries or [TocEntry(1, "", "")]
    field = field_runs(f'TOC \\o "1-{depth}" \\h \\z \\u', "", dirty=True)
    begin, instr, sep, _result, end = field
    for i, (level, text, name, page) in enumerate(entries):
        p = tr.para(c, f"TOC {min(level, 3)}")
        if i == 0:
            for r in (begin, instr, sep):
                p._p.append(r)
        if text:
            link = oxml.el("w:hyperlink", **{"w:anchor": name, "w:history": "1"})
            p._p.append(link)
            tr.run(p, Text(text), text, parent=link)
            if page is not None:
                tab = oxml.el("w:r")
                tab.append(oxml.el("w:tab"))
                link.append(tab)
                for r in field_runs(f"PAGEREF {name} \\h", str(page)):
                    link.append(r)

        if i == len(entries) - 1:
            p._p.append(end)
    sdt = parse_xml(
        f'<w:sdt {nsdecls("w")}><w:sdtPr><w:docPartObj><w:docPartGallery w:val="Table of Contents"/>'
        "<w:docPartUnique/></w:docPartObj></w:sdtPr><w:sdtContent/></w:sdt>"
    )
    heading._p.addprevious(sdt)
    content = sdt.find(qn("w:sdtContent"))
    while sdt.getnext() is not None and sdt.getnext().tag == qn("w:p"):
        content.append(sdt.getnext())
    tr.para(c, "Spacer")  # the PDF's gap between the contents and what follows
