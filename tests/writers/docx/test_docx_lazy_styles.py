"""A document written into a copy of the prepared base leaves its styles part as the base
has it, unparsed, and the bytes are those parsing and serializing it would give."""
from __future__ import annotations

import io
import zipfile

import docx
from docx.opc.oxml import serialize_part_xml
from docx.oxml.parser import parse_xml
from docx.parts.styles import StylesPart

from briefkit.theme import load_theme
from briefkit.writers import WriteOptions
from briefkit.writers.docx import lazy_styles
from briefkit.writers.docx.reference import _prototype, reference_sample
from briefkit.writers.docx.writer import DocxWriter


def _styles_xml(package: bytes) -> bytes:
    with zipfile.ZipFile(io.BytesIO(package)) as z:
        return z.read("word/styles.xml")


def test_written_styles_are_the_prepared_ones_and_never_parsed(monkeypatch):
    theme = load_theme(None)
    parsed = []
    real = lazy_styles.parse_xml
    monkeypatch.setattr(lazy_styles, "parse_xml", lambda blob: parsed.append(1) or real(blob))
    # every kind of block: lists, tables, callouts, a figure, a contents list
    document = reference_sample(theme)
    out = DocxWriter().write(document, WriteOptions(theme=theme))
    prepared = _styles_xml(_prototype(theme, document.meta.language or theme.language).package)
    assert parsed == []
    assert _styles_xml(out) == prepared == serialize_part_xml(parse_xml(prepared))


def test_only_packages_opened_inside_get_the_lazy_part():
    assert type(docx.Document().part._styles_part) is StylesPart
    with lazy_styles.lazy_styles():
        part = docx.Document().part._styles_part
    assert type(part) is lazy_styles.LazyStylesPart and not part.parsed
    source = part.blob
    assert part.styles.element is not None and part.parsed  # reading it parses it
    assert part.blob == serialize_part_xml(parse_xml(source))
    assert type(docx.Document().part._styles_part) is StylesPart
