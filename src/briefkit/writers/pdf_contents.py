"""The PDF's contents list, drawn once the layout has placed every heading.

Why: ReportLab's `TableOfContents` draws its entries and their page numbers where it stands,
on its own page, before the headings after it are laid out. So a document with a contents
list was laid out twice: a draft first, to learn where every heading lands and in what order
the sections end up (a figure section too tall for the room left moves past the next
section), then the final pass drawn with those pages, in that order (`multiBuild` makes the
same two passes). A full profile's PDF was two layouts.

How: the list is laid out with its entries given before the layout (`writers.pdf`'s
`_prefill_toc`), which fixes its height: each entry is a row of its own, as tall as its title
wraps, whatever its page number and wherever it stands in the list. Where the list is drawn,
it leaves an empty slot in its page's operators and notes the canvas's state there. The
page's operators are kept until the canvas is saved (`writers.pdf`'s canvas defers every
page for its "Page X of Y" footer); by then the layout has told the list every heading it
placed, in the order it placed them, with its page (`TOCEntry` notices). The list is then
built from those entries and drawn into the slot, in the state noted there: exactly what
ReportLab would have drawn on a second pass, dot leaders, numbers, links and all, from one
layout.

A list too long for its page is split by the layout into tables of its rows as given, drawn
where they stand; the writer then lays the Document out a second time, the pages and order of
the first given to the list beforehand (`split_over_pages`), as `multiBuild` would.
"""
from __future__ import annotations

import contextlib
from collections.abc import Iterator
from typing import Any

from reportlab.platypus import Paragraph, tableofcontents
from reportlab.platypus.tableofcontents import TableOfContents

from ..records import dataclass
from .pdf_para import paragraph, style_key

# The canvas attribute listing the contents lists to draw when it is saved (`Slot`); a canvas
# without it (a draft's, which draws nothing) draws a list where it stands.
PENDING = "bk_contents_slots"
# Canvas state that stays as the save found it while a list is drawn into its slot (the rest is
# the slot's): the document-wide count that names annotations.
_KEEP = ("_annotationCount",)


@dataclass
class Slot:
    """Where a contents list was drawn: the operators of its page and the index kept in them,
    the canvas's state at that point, and the arguments of its `drawOn`."""

    contents: "ContentsList"
    code: list[str]
    index: int
    state: dict
    x: float
    y: float
    extra: float


class ContentsList(TableOfContents):
    """A `TableOfContents` drawn when the canvas is saved (see the module docstring); its
    entries are given before the layout."""

    bk_width: float = 0.0
    bk_height: float = 0.0
    bk_split = False

    def wrap(self, availWidth, availHeight):
        self.bk_width, self.bk_height = availWidth, availHeight
        with _entries_parsed_once():
            return super().wrap(availWidth, availHeight)

    def split(self, availWidth, availHeight):
        self.bk_split = True  # its parts are tables of the rows as given (see `split_over_pages`)
        return super().split(availWidth, availHeight)

    def drawOn(self, canvas, x, y, _sW=0):
        slots = getattr(canvas, PENDING, None)
        if slots is None:
            return super().drawOn(canvas, x, y, _sW)
        code = canvas._code
        code.append("")  # the list's operators go here, in drawing order
        slots.append(Slot(self, code, len(code) - 1, dict(canvas.__dict__), x, y, _sW))

    def placed(self) -> list[tuple]:
        """The entries as the layout placed them (each heading once), with their pages."""
        seen: set = set()
        out = []
        for entry in self._entries:
            if entry[3] not in seen:
                seen.add(entry[3])
                out.append(entry)
        return out


def _entry(text: str, style: Any) -> Paragraph:
    """An entry's paragraph as `TableOfContents.wrap` makes it, from the fragments of an
    earlier parse of the same markup (`pdf_para.paragraph`)."""
    return paragraph(Paragraph, text, style, style_key(style), shape=False)


@contextlib.contextmanager
def _entries_parsed_once() -> Iterator[None]:
    """`TableOfContents.wrap` with each entry's markup parsed once per process, not at every
    wrap. Why: the list is wrapped where it is placed, again when the canvas is saved, and
    once more in every build of the same headings; ReportLab parses each entry's markup
    (link, title, page-number callback) with its HTML parser each time it makes the entry's
    paragraph, 36 parses and 4 ms of the seed's 66 ms full PDF. The entries' text and style
    are what ReportLab would parse, so the fragments, and the PDF, are the same."""
    made = tableofcontents.Paragraph
    tableofcontents.Paragraph = _entry
    try:
        yield
    finally:
        tableofcontents.Paragraph = made


def split_over_pages(story: list[Any]) -> bool:
    """Whether a contents list of `story` was split over pages by the layout: its parts are
    tables of its rows as given, drawn where they stand, before the headings' pages are known
    (see the module docstring)."""
    return any(isinstance(f, ContentsList) and f.bk_split for f in story)


def draw_pending(canvas: Any) -> None:
    """Draw every contents list left on `canvas` into its slot, from the entries the layout
    placed, each in the canvas state its slot noted."""
    slots: list[Slot] = getattr(canvas, PENDING, [])
    if not slots:
        return
    now = dict(canvas.__dict__)
    try:
        for slot in slots:
            toc = slot.contents
            placed = toc.placed()
            given = {e[3] for e in toc._lastEntries}
            if {e[3] for e in placed} != given:  # a heading not placed: the list as given, with the pages found
                pages = {e[3]: e[2] for e in placed}
                placed = [(lv, text, pages.get(key, page), key) for lv, text, page, key in toc._lastEntries]
            canvas.__dict__.update(slot.state)
            canvas.__dict__.update({k: now[k] for k in _KEEP if k in now})
            out: list[str] = []
            canvas._code = out
            toc._lastEntries = placed
            toc.canv = canvas
            with _entries_parsed_once():
                TableOfContents.wrap(toc, toc.bk_width, toc.bk_height)
            TableOfContents.drawOn(toc, canvas, slot.x, slot.y, slot.extra)
            slot.code[slot.index] = "\n".join(out)
            now.update({k: canvas.__dict__[k] for k in _KEEP if k in canvas.__dict__})
    finally:
        canvas.__dict__.clear()
        canvas.__dict__.update(now)
        slots.clear()
