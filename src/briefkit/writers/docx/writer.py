"""The DOCX writer: one Document in, one Word package out, in the order the parts depend on.

The base package (a user's reference or the default, with the document's language), its
style map, the body, the page furniture, the document-level parts (properties, fonts,
settings), then the normalised zip. Each step lives in its own module; this one only sequences them.
"""
from __future__ import annotations

import warnings
from typing import Any

from ...document.nodes import TOC, Document
from ...theme import DEFAULT_THEME, Theme
from .. import WriteOptions
from .blocks import Translator
from .figures import number_drawings
from .fonts import declare_fonts
from .furniture import furniture as page_furniture
from .furniture import reference_has_furniture
from .inline import DocxTextWarning
from .package import app_properties, core_properties, save
from .reference import base, reference_sample
from .settings import update_fields_on_open
from .styles import text_width_twips


def _width_twips(section: Any, theme: Theme) -> int:
    """Text width of the section (a reference document's margins count), in twips."""
    try:
        w = section.page_width - section.left_margin - section.right_margin
        return max(1440, round(w / 635))  # EMU -> twips
    except TypeError:
        return text_width_twips(theme)


class DocxWriter:
    suffix = ".docx"

    def write(self, document: Document, options: WriteOptions) -> bytes:
        return self._write(document, options, furniture=True)

    def _write(self, document: Document, options: WriteOptions, furniture: bool,
               update_fields: bool = True) -> bytes:
        theme = options.theme
        doc, styles, from_reference = base(options, document.meta.language or theme.language)
        section = doc.sections[-1]
        tr = Translator(doc, document, theme, styles, _width_twips(section, theme))
        tr.blocks(doc, document.blocks)
        if furniture and not (from_reference and reference_has_furniture(section)):
            page_furniture(tr, section, document, theme)
        core_properties(doc, document, theme, tr.clean)
        app_properties(doc, theme, tr.clean)
        declare_fonts(doc, theme)
        number_drawings(doc)
        if update_fields and any(isinstance(b, TOC) for b in document.blocks):
            update_fields_on_open(doc)
        if tr.dropped:
            warnings.warn(
                f"dropped {tr.dropped} character(s) that XML cannot carry from "
                f"{document.meta.short_title or document.meta.title!r}",
                DocxTextWarning, stacklevel=3,
            )
        return save(doc)


def default_reference_docx(theme: Theme = DEFAULT_THEME) -> bytes:
    """The reference document to restyle: every briefkit style, shown once in sample text
    that names it.

    Its body is cleared when it is used, so the samples only help a user find and edit the
    styles; its headers are left empty so briefkit fills them per document, and it asks
    Word for no field update (nothing in it needs one).
    """
    return DocxWriter()._write(reference_sample(theme), WriteOptions(theme=theme), furniture=False,
                               update_fields=False)
