"""Reference documents: the base package a DOCX is written into, and the one users restyle.

A user's reference document wins, as Pandoc's ``--reference-doc`` does: it is opened as
the base package, its body is cleared, and its styles, page setup, headers and footers are
kept (a Word template, .dotx/.dotm, is accepted too). Without one, python-docx's default
package is the base, stripped of what would contradict briefkit's styles.
`reference_sample` is the document `briefkit reference-docx` writes: every briefkit style,
shown once in sample text that names it.
"""
from __future__ import annotations

import io
from functools import lru_cache
from pathlib import Path
from typing import Any

import docx
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml.ns import qn

from ...document.nodes import (
    TOC, Callout, Document, FactRow, FactTable, Figure, Heading, List, ListItem, Meta, Paragraph, Rule,
    Table, Text, TitleBlock,
)
from ...errors import RenderError
from ...records import record
from ...theme import Theme
from .. import WriteOptions
from .fonts import theme_fonts
from .furniture import page_setup
from .settings import modern_compat, set_language
from .from_parts import open_parts, parts_of
from .lazy_styles import lazy_styles
from .package import package_entries, write_zip
from .scrub import scrub
from .stylemap import StyleMap, StyleState

_TEMPLATE_TYPES = (
    b"application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml",
    b"application/vnd.ms-word.template.macroEnabledTemplate.main+xml",
)
_DOCUMENT_TYPE = b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"


def _as_document_package(data: bytes) -> bytes:
    """A Word template (.dotx/.dotm) is a document package with another main content type;
    house styles often live in one, so it is accepted by relabelling that one part (a .dotm's
    macros are dropped with the rest of what `scrub` drops)."""
    import zipfile

    with zipfile.ZipFile(io.BytesIO(data)) as src:
        types = src.read("[Content_Types].xml")
        if not any(t in types for t in _TEMPLATE_TYPES):
            return data
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
            for info in src.infolist():
                content = src.read(info.filename)
                if info.filename == "[Content_Types].xml":
                    for t in _TEMPLATE_TYPES:
                        content = content.replace(t, _DOCUMENT_TYPE)
                dst.writestr(info, content)
        return out.getvalue()


def open_reference(path: Path) -> Any:
    """The reference document as python-docx opens it, or a RenderError naming it."""
    from ...limits import UnusableFile, read_checked, reference_problem

    problem = reference_problem(path)  # sizes read from the zip directory, before decompressing
    if problem:
        raise RenderError(problem, file=path)
    try:  # read at most its limit, whatever happened to the file since it was checked
        data = read_checked(path, "reference_docx_bytes", "reference document", "reference document")
    except UnusableFile as exc:
        raise RenderError(str(exc), file=path) from None
    try:
        return docx.Document(io.BytesIO(_as_document_package(data)))
    except Exception as exc:  # python-docx raises zip, KeyError and package errors alike
        reason = "not a Word document" if not data.startswith(b"PK") else str(exc)
        raise RenderError(f"cannot read reference document: {reason}", file=path) from None


def _clear_body(doc: Any) -> None:
    """Remove the reference's content but keep its final section (page setup, headers)."""
    body = doc.element.body
    for child in list(body):
        if child.tag != qn("w:sectPr"):
            body.remove(child)


def _drop_template_leftovers(doc: Any) -> None:
    """python-docx's template carries a thumbnail of its own (a brief must not show it) and
    a Word 2010 copy of its styles (stylesWithEffects) that would disagree with ours."""
    rels = doc.part.package.rels
    for rid, rel in list(rels.items()):
        if rel.reltype == RT.THUMBNAIL:
            del rels[rid]
    for rid, rel in list(doc.part.rels.items()):
        if rel.reltype.endswith("/stylesWithEffects"):
            del doc.part.rels[rid]


@record(frozen=True)
class _Prototype:
    """The default base of one theme, ready to be written into: its package as an
    uncompressed zip and what its style map found."""

    package: bytes
    styles: StyleState


@lru_cache(maxsize=8)
def _prototype(theme: Theme, language: str) -> _Prototype:
    """Preparing the default base (python-docx's template opened, its styles replaced by the
    theme's, list definitions, page setup and the spell-checking language added) costs more
    than writing a brief's body; its result depends only on the theme and the language, so
    it is prepared once per process and each document opens a copy of it, whose styles part
    is parsed only if the document reads it (see `lazy_styles`). It is kept in the build's
    cache too, for the next process (see `prototype_cache`)."""
    from . import prototype_cache

    cached = prototype_cache.load(theme, language)
    if cached is not None:
        return _Prototype(*cached)
    doc, styles = _default_base(theme)
    set_language(doc, language)
    proto = _Prototype(write_zip(package_entries(doc), deflate=False), styles.snapshot())
    prototype_cache.store(theme, language, proto.package, proto.styles)
    return proto


def _default_base(theme: Theme) -> tuple[Any, StyleMap]:
    doc = docx.Document()
    _drop_template_leftovers(doc)
    modern_compat(doc)
    theme_fonts(doc, theme)
    _clear_body(doc)
    styles = StyleMap(doc, theme, replace_all=True, source=None)
    page_setup(doc.sections[-1], theme)
    return doc, styles


def prepare(options: WriteOptions, language: str) -> None:
    """Make ready what `base` takes for `options` and `language`, ahead of the first document:
    for a process that has the time before its first Document comes (`batch.work`)."""
    if options.reference_docx is not None:
        return  # a user's reference is opened for each document
    try:
        _prototype(options.theme, language)
    except TypeError:  # a theme that does not hash: prepared with each document
        pass


def base(options: WriteOptions, language: str) -> tuple[Any, StyleMap, bool]:
    """(empty document with the spell-checking `language` set, its style map, whether it
    came from the user's reference)."""
    theme = options.theme
    if options.reference_docx is not None:
        path = Path(options.reference_docx)
        doc = open_reference(path)
        _clear_body(doc)
        scrub(doc)  # no macros, controls or external links from the reference (`scrub`)
        sect_pr = doc.element.body.get_or_add_sectPr()
        if sect_pr.find(qn("w:pgSz")) is None:  # no page setup of its own: the theme's
            page_setup(doc.sections[-1], theme)
        styles = StyleMap(doc, theme, replace_all=False, source=path)
        set_language(doc, language)
        return doc, styles, True
    try:
        hash(theme)
    except TypeError:  # a Theme made in code with a list in it: prepared for this document only
        doc, styles = _default_base(theme)
        set_language(doc, language)
        return doc, styles, False
    proto = _prototype(theme, language)
    with lazy_styles():
        doc = open_parts(parts_of(proto.package))  # the base's zip read once (`from_parts`)
    return doc, StyleMap.reopen(doc, theme, proto.styles), False


@record(frozen=True)
class _Swatch:
    png: bytes
    width_in: float = 2.0
    height_in: float = 0.5
    alt: str = "Figure style: a picture sits in a paragraph of this style"


def reference_sample(theme: Theme) -> Document:
    """Every briefkit style once, in sample text that names it."""
    t = Text
    return Document(
        Meta(title="briefkit reference document", short_title="Reference", subject="Styles", date="2000-01-01"),
        [
            TitleBlock([t("Title")], [[t("Subtitle")]]),
            TOC("TOC Heading", 3),
            Heading(1, [t("Heading 1")], "h1"),
            Paragraph([t("Lead")], "lead"),
            Paragraph([t("Body Text with a "), t("Hyperlink", href="https://example.org"),
                       t(", "), t("Verbatim Char", code=True), t(", "), t("bold", bold=True), t(" and "),
                       t("italic", italic=True), t(" text.")]),
            Heading(2, [t("Heading 2")], "h2"),
            Heading(3, [t("Heading 3")], "h3"),
            Paragraph([t("List Intro")]),
            # A list's last paragraph is in its style's "End" variant (the space after the list).
            List([ListItem([Paragraph([t("List Bullet")]),
                            List([ListItem([Paragraph([t("List Bullet 2")]),
                                            List([ListItem([Paragraph([t("List Bullet 3")])])])])])]),
                  ListItem([Paragraph([t("List Bullet End")])])]),
            List([ListItem([Paragraph([t("List Number")]), Paragraph([t("List Continue")]),
                            List([ListItem([Paragraph([t("List Number 2")])])], ordered=True)]),
                  ListItem([Paragraph([t("List Number End")])])],
                 ordered=True),
            Paragraph([t("Quote")], "quote"),
            Figure("swatch", {}, [t("Caption")], 1, _Swatch(_swatch_png(theme.colours.accent))),
            FactTable([FactRow([t("Fact Label")], [Paragraph([t("Fact Value")]),
                                                   List([ListItem([Paragraph([t("Fact List")])])])])],
                      "Facts Heading"),
            # The same table style, its header row over the columns (a seed's own tables).
            Table([[t("Fact Label")], [t("Fact Label")]], [[[t("Fact Value")], [t("Fact Value")]]]),
            Callout("summary", "Callout Title", [Paragraph([t("Callout Text")])]),
            Paragraph([t("Small Text")], "small"),
            Rule(),
        ],
    )


def _swatch_png(colour: str) -> bytes:
    """A small solid PNG in the accent colour, so the reference shows the Figure style."""
    import struct
    import zlib

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    rgb = bytes.fromhex(colour.lstrip("#")[:6].ljust(6, "0"))
    width, height = 80, 20
    raw = (b"\x00" + rgb * width) * height
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))
