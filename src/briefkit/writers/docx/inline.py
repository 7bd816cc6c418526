"""Inline content: runs of text with emphasis, code and links, and the bookmarks links point to.

Inline emphasis (bold, italic) is the only direct run formatting the DOCX carries; code and
links name character styles ("Verbatim Char", "Hyperlink"), so restyling them in Word
restyles every one. Text reaches the XML only through `clean`, which drops what XML 1.0
cannot carry (counted, for one warning per document) instead of failing.
"""
from __future__ import annotations

from typing import Any, NamedTuple

from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph as DocxParagraph

from ...document.nodes import TOC, Document, FactTable, Figure, Heading, Text, plain
from . import oxml
from .stylemap import StyleMap


# A heading over its chart opens the page the PDF opened with it (`Translator.blocks`) only
# where the PDF's page before came no fuller than this: a word processor sets text a little
# looser, and a full page before (the CDU's brief, its Leadership list to the foot) overflowed
# onto a page of two lines that the break then ended.
CHART_BREAK_FILL = 0.95
# A heading that opened a PDF page right after a chart opens it in the DOCX too only where the
# PDF's page before, the chart's, came no fuller than this: with a tenth of the page to spare
# the word processor sets the chart there as well (GCHQ's, MSF's and Greenpeace's full
# profiles), and their contents' page numbers, the PDF's, hold for People. A fuller page's
# chart may move on in the word processor, and a break after it would leave its page blank.
AFTER_CHART_FILL = 0.9


class DocxTextWarning(UserWarning):
    """Characters XML cannot carry were dropped from the text."""


class TocEntry(NamedTuple):
    """One line of the contents: outline level, text, the bookmark it links to, and the page
    the PDF of the same Document put it on (None when the Document was never laid out)."""

    level: int
    text: str
    bookmark: str
    page: int | None = None


class InlineWriter:
    """Writes runs, hyperlinks and bookmarks into paragraphs of one document.

    Every heading's bookmark is named before any text is written, because the contents
    (which links to them) comes before the headings it lists.
    """

    def __init__(self, document: Document, styles: StyleMap):
        self.document = document
        self.st = styles
        self.dropped = 0
        self.bookmarks: dict[int, str] = {}
        self.anchor_names: dict[str, str] = {}
        self._bookmark_id = 0
        self._placed: set[str] = set()
        self.toc_entries: list[TocEntry] = []
        self.page_openers: set[int] = set()  # headings that opened a page of the PDF
        self.roomy_openers: set[int] = set()  # of those, the ones whose page before had a tenth spare
        self.chart_openers: set[int] = set()  # headings right over a chart that opened a page of the PDF
        self.carried: set[int] = set()  # headings a word processor may carry over (`PageMap.carried`)
        self.toc_depth = next((b.depth for b in document.blocks if isinstance(b, TOC)), 0)
        self._prepare_bookmarks()

    def clean(self, text: str) -> str:
        """Drop what XML cannot carry (counted for one warning) and make every line end one
        line break: python-docx would turn the two characters of "\r\n" into two breaks."""
        cleaned, n = oxml.FORBIDDEN.subn("", text)
        self.dropped += n
        return cleaned.replace("\r\n", "\n").replace("\r", "\n")

    def _prepare_bookmarks(self) -> None:
        """Name every heading's bookmark up front: the TOC comes before the headings it lists."""
        n = 0
        blocks = self.document.blocks
        over_chart = {id(b) for b, nxt in zip(blocks, blocks[1:])
                      if isinstance(b, Heading) and isinstance(nxt, Figure) and nxt.rendered is not None}
        for b in self.document.walk():
            if isinstance(b, Heading) or (isinstance(b, FactTable) and b.caption):
                # The n-th outline entry (Document.outline()), whose page the PageMap knows.
                page = self.document.pages.page(n) if self.document.pages is not None else None
                if isinstance(b, Heading) and self.document.pages is not None and self.document.pages.carried_over(n):
                    self.carried.add(id(b))
                if id(b) in over_chart and self.document.pages is not None and self.document.pages.starts_page(n) \
                        and self.document.pages.fill_before(n) <= CHART_BREAK_FILL:
                    self.chart_openers.add(id(b))
                if isinstance(b, Heading) and self.toc_depth and self.document.pages is not None \
                        and self.document.pages.starts_page(n):
                    # Only where a contents list gives page numbers (taken from the PDF) does a
                    # heading open the page it opened in the PDF; elsewhere a word processor that
                    # fills a page sooner would be made to leave the next one nearly blank (the
                    # Legion's brief ran to a fourth page with three lines on its third).
                    self.page_openers.add(id(b))
                    if self.document.pages.fill_before(n) <= AFTER_CHART_FILL:
                        self.roomy_openers.add(id(b))
                n += 1
                name = f"_Toc{n:08d}"
                self.bookmarks[id(b)] = name
                if isinstance(b, Heading):
                    if b.anchor:
                        self.anchor_names[b.anchor] = name
                    if b.level <= self.toc_depth:
                        self.toc_entries.append(TocEntry(b.level, self.clean(plain(b.runs)), name, page))
                elif self.toc_depth >= 1:
                    self.toc_entries.append(TocEntry(1, self.clean(b.caption or ""), name, page))

    def runs(self, p: DocxParagraph, runs: list[Text]) -> None:
        for r in runs:
            text = self.clean(r.shown)
            if not text:
                continue
            if r.href:
                self.hyperlink(p, r, text)
            else:
                self.run(p, r, text)

    def run(self, p: DocxParagraph, r: Text, text: str, parent: Any = None, style: str | None = None) -> Any:
        """One `<w:r>` of `text` with `r`'s emphasis, appended to `p` or to `parent` (a
        link); code takes the "Verbatim Char" style, other runs the character `style`."""
        style_id = self.st.id("Verbatim Char") if r.code else self.st.id(style) if style else None
        return oxml.add_run(p._p if parent is None else parent, text, style_id, r.bold, r.italic)

    def hyperlink(self, p: DocxParagraph, r: Text, text: str) -> None:
        """An external link (a relationship) or an internal one ("#anchor" -> bookmark)."""
        href = self.clean(r.href or "")
        link = oxml.el("w:hyperlink")
        if href.startswith("#"):
            link.set(qn("w:anchor"), self.anchor_names.get(href[1:], href[1:]))
        else:
            rid = p.part.relate_to(href, RT.HYPERLINK, is_external=True)
            link.set(qn("r:id"), rid)
        link.set(qn("w:history"), "1")
        p._p.append(link)
        self.run(p, Text(text, r.bold, r.italic, r.code), text, parent=link, style="Hyperlink")

    def bookmark(self, p: DocxParagraph, name: str) -> None:
        """Wrap the paragraph's content in bookmark `name` (the target of TOC links)."""
        if name in self._placed:  # the same node object placed twice: one bookmark only
            return
        self._placed.add(name)
        self._bookmark_id += 1
        bid = str(self._bookmark_id)
        start = oxml.el("w:bookmarkStart", **{"w:id": bid, "w:name": name})
        end = oxml.el("w:bookmarkEnd", **{"w:id": bid})
        ppr = p._p.find(qn("w:pPr"))
        if ppr is not None:
            ppr.addnext(start)
        else:
            p._p.insert(0, start)
        p._p.append(end)
