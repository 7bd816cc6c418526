"""Page furniture: page setup from the theme, running headers and footers, the logo.

The first page shows only the marking (the title block is right there) and names the
organisation in the footer; later pages carry the short title and organisation in the
header. Footers read "Information as of <date>" and "Page X of Y", worded as the PDF words
them (`Meta.footer_line`). A reference document with furniture of its own keeps it.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from docx.enum.section import WD_ORIENT
from docx.oxml.ns import qn
from docx.shared import Emu, Mm
from docx.text.paragraph import Paragraph as DocxParagraph

from ...document.nodes import Document, Text
from ...errors import RenderError
from ...theme import Theme
from . import oxml
from .fields import page_of_pages

if TYPE_CHECKING:
    from .blocks import Translator


def _has_content(part_el: Any) -> bool:
    return any(el.text for el in part_el.iter(qn("w:t"))) or any(
        True for tag in ("w:instrText", "w:fldSimple", "w:drawing") for _ in part_el.iter(qn(tag))
    )


def reference_has_furniture(section: Any) -> bool:
    """Whether a reference document's section has a header or footer with anything in it."""
    for hf in (section.header, section.footer, section.first_page_header, section.first_page_footer,
               section.even_page_header, section.even_page_footer):
        if not hf.is_linked_to_previous and _has_content(hf._element):
            return True
    return False


def page_setup(section: Any, theme: Theme) -> None:
    """Paper size and margins from the theme, as the PDF's page."""
    w, h = theme.page_mm
    top, right, bottom, left = theme.margins_mm
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Mm(w), Mm(h)
    section.top_margin, section.right_margin = Mm(top), Mm(right)
    section.bottom_margin, section.left_margin = Mm(bottom), Mm(left)
    section.header_distance = Mm(max(4.0, top - 12.0))
    section.footer_distance = Mm(max(4.0, bottom - 14.0))
    section.gutter = 0


def _logo(p: DocxParagraph, path: str) -> None:
    """The theme's logo, fitted into 25 x 10 mm like the PDF's first-page logo."""
    from docx.image.image import Image as DocxImage

    try:
        img = DocxImage.from_file(path)
        w_in = img.px_width / (img.horz_dpi or 72)
        h_in = img.px_height / (img.vert_dpi or 72)
        scale = min(25 / 25.4 / w_in, 10 / 25.4 / h_in)
        p.add_run().add_picture(path, width=Emu(round(w_in * scale * oxml.EMU_PER_INCH)),
                                height=Emu(round(h_in * scale * oxml.EMU_PER_INCH)))
    except Exception as exc:  # unsupported or broken image file
        raise RenderError(f"cannot place the logo in the DOCX: {exc}", file=path) from None
    doc_pr = p._p.find(".//" + qn("wp:docPr"))
    if doc_pr is not None:
        doc_pr.set("descr", "Logo")
        doc_pr.set("name", "Logo")


def furniture(tr: Translator, section: Any, document: Document, theme: Theme) -> None:
    """Header: short title and organisation; footer: date of information, Page X of Y."""
    meta = document.meta
    section.different_first_page_header_footer = True

    def fill(hf: Any, first: bool, footer: bool) -> None:
        hf.is_linked_to_previous = False
        el = hf._element
        for child in list(el):
            el.remove(child)
        if theme.marking and not footer:
            tr.para(hf, "Marking", [Text(theme.marking)])
        if first and not footer and theme.logo:
            _logo(tr.para(hf, "Header Logo"), theme.logo)
        if footer:
            left = meta.footer_line(theme.organisation, first_page=first)
            page_of_pages(tr.para(hf, "Footer", [Text(left + "\t" + "Page ")]))
        elif not first:
            text = meta.short_title + (f"\t{theme.organisation}" if theme.organisation else "")
            tr.para(hf, "Header", [Text(text)])
        if theme.marking and footer:
            tr.para(hf, "Marking", [Text(theme.marking)])
        if not el.findall(qn("w:p")):  # Word needs one paragraph in every header and footer
            tr.para(hf, "Normal")

    fill(section.header, False, False)
    fill(section.first_page_header, True, False)
    fill(section.footer, False, True)
    fill(section.first_page_footer, True, True)
