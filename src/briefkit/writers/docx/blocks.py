"""Blocks: the Translator that walks a Document and writes one Word block per node.

Only translation lives here; content was decided before (the same Document feeds the PDF
writer). Every paragraph names a style, never direct formatting, so restyling "Heading 1"
in Word restyles every heading. Paragraphs, headings, lists and page breaks are written
here; tables, figures and the contents have modules of their own.
"""
from __future__ import annotations

from typing import Any

from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph as DocxParagraph

from ...document.nodes import (
    TOC, Block, Callout, Document, FactTable, Figure, Heading, List, PageBreak, Paragraph, Rule,
    Table, Text, TitleBlock,
)
from ...errors import RenderError
from ...theme import Theme
from . import fields, figures, keeps, oxml, tables
from ...document.floats import float_units
from ..list_keeps import closes_list, kept_whole
from ..heading_keeps import opens_with_one_line
from .inline import InlineWriter
from .stylemap import StyleMap
from .styles import LIST_LEVELS, list_end_style

_PARA_STYLE = {"body": "Body Text", "lead": "Lead", "small": "Small Text", "quote": "Quote"}


def _moves_whole(following: list[Block]) -> bool:
    """Whether what follows a heading starts with something that moves to the next page
    whole rather than splitting: a drawn figure, or a list (its first items keep together),
    maybe after the line introducing it (which keeps with it)."""
    first = following[0] if following else None
    if (isinstance(first, Paragraph) and first.style == "body" and len(following) > 1
            and isinstance(following[1], List)):
        first = following[1]
    return isinstance(first, List) or (isinstance(first, Figure) and first.rendered is not None)


def _section_heading(blocks: list[Block], i: int) -> Block | None:
    """The heading whose section `blocks[i]` is in: the last one before it."""
    return next((b for b in reversed(blocks[:i]) if isinstance(b, Heading)), None)


class Translator(InlineWriter):
    """Writes the blocks of `document` into `doc`; `width` is the text width in twips."""

    def __init__(self, doc: Any, document: Document, theme: Theme, styles: StyleMap, width_twips: int):
        self.doc = doc
        self.theme = theme
        self.width = width_twips
        self.figure_seq = 0
        self.break_pending = False
        self.top_pending = False  # the page break pending opens the page at its very top (`blocks`)
        self.closing_lists: set[int] = set()  # lists kept with the paragraph after them (`blocks`)
        super().__init__(document, styles)

    # -- containers: python-docx's BlockItemContainer (document body, table cell)
    def para(self, container: Any, style: str, runs: list[Text] | None = None) -> DocxParagraph:
        p = container.add_paragraph()
        oxml.set_pstyle(p, self.st.id(style))
        if self.break_pending and container is self.doc:
            # A PageBreak node becomes "page break before" on the next paragraph: unlike a
            # break character it never leaves a blank page when the previous page is full.
            p._p.pPr.find(qn("w:pStyle")).addnext(oxml.el("w:pageBreakBefore"))
            if self.top_pending:
                p._p.pPr.append(oxml.el("w:spacing", **{"w:before": "0"}))
            self.break_pending = self.top_pending = False
        if runs:
            self.runs(p, runs)
        return p

    def blocks(self, container: Any, blocks: list[Block], ctx: str = "body") -> None:
        # A short section ending on its chart (`floats.float_units`: a heading, a sentence or
        # two, the figure) goes to the next page whole in the PDF; its text keeps with the
        # chart here too, or the word processor leaves heading and text at a page foot and the
        # chart overleaf (Nokia's brief, "Divisions").
        units = float_units(blocks) if container is self.doc else {}
        lead_ins = {n for first, last in units.items()
                    if isinstance(blocks[first], Heading) and not isinstance(blocks[first + 1], Figure)
                    for n in range(first + 1, last + 1) if isinstance(blocks[n], Paragraph)}
        # a list whose last items keep with the paragraph after it, as the PDF keeps them
        # outside a figure section (`list_keeps`); not in a section a word processor may carry
        # over to the next page (`PageMap.carried`), where the keeps would move its heading,
        # list and paragraph on together and leave the page before a quarter blank: there the
        # paragraph may break, as a word processor breaks any other
        if container is self.doc:
            in_units = {n for first, last in units.items() for n in range(first, last + 1)}
            self.closing_lists = {id(b) for i, b in enumerate(blocks) if i not in in_units and closes_list(blocks, i)
                                  and id(_section_heading(blocks, i)) not in self.carried}
        for i, b in enumerate(blocks):
            nxt = blocks[i + 1] if i + 1 < len(blocks) else None
            prev = blocks[i - 1] if i else None
            if container is self.doc and id(b) in self.page_openers \
                    and (not isinstance(prev, Figure) or id(b) in self.roomy_openers):
                # The PDF opened a page with this heading: so does the DOCX, whatever font
                # metrics the word processor fills its pages with (see PageMap.tops). Not
                # after a figure on a full page: a chart the word processor could not fit at
                # the foot of the page before moves to a page of its own, and a break after it
                # would leave that page four-fifths blank (Azov's organisation chart); on a
                # page with a tenth to spare it fits (`inline.AFTER_CHART_FILL`).
                self.break_pending = True
            if container is self.doc and id(b) in self.chart_openers and not isinstance(prev, Figure):
                # A heading right over its chart that the PDF moved to a new page with it, after
                # text: LibreOffice, which honours its keep-with-next there by no rule a keep
                # anchor could set (GCHQ's brief left "Timeline" at the foot of page 1, its
                # chart overleaf; the 82nd Airborne's did so with an anchor), opens the page
                # with it too. Without the space above it, which a page's top drops where the
                # page turns by itself: kept after a forced break, it had pushed Human Rights
                # Watch's brief onto a third page.
                self.break_pending = self.top_pending = True
            if (container is self.doc and isinstance(b, Heading) and isinstance(prev, Figure)
                    and prev.rendered is not None and _moves_whole(blocks[i + 1:i + 3])):
                # See the "Keep Anchor" style: LibreOffice drops keep-with-next from a heading
                # right after a figure's caption when what follows cannot split to fit under
                # it: its own figure, or a list's first items (CDU's "People"). Over text, which
                # splits, it needs none, and the anchor's point of height can push a line on
                # (the seed's brief). After text it needs none, and an anchor there makes
                # LibreOffice leave the heading alone at a page foot.
                self.para(container, "Keep Anchor")
            if ctx == "body" and isinstance(b, Paragraph) and b.style == "body" and isinstance(nxt, (List, Table)):
                self.para(container, "List Intro", b.runs)  # keeps with the list or table it introduces
                continue
            self.block(container, b, ctx)
            if container is self.doc and isinstance(prev, List) and id(prev) in self.closing_lists and kept_whole(b):
                keeps.keep_lines(container.element.body.findall(qn("w:p"))[-1])  # as the PDF keeps it
            if i in lead_ins or (container is self.doc and i not in in_units and opens_with_one_line(
                    blocks, i, self.width / 20, self.theme.fonts.body_size)):
                keeps.keep_with_next(container.element.body.findall(qn("w:p"))[-1])

    def block(self, c: Any, b: Block, ctx: str = "body") -> None:
        """One node; `ctx` ("body", "cell", "callout") picks the paragraph styles."""
        if isinstance(b, TitleBlock):
            self.para(c, "Title", b.title)
            for line in b.subtitle:
                self.para(c, "Subtitle", line)
            self.para(c, "Title Rule")
        elif isinstance(b, Heading):
            p = self.para(c, f"Heading {min(max(b.level, 1), 6)}", b.runs)
            self.bookmark(p, self.bookmarks[id(b)])
        elif isinstance(b, Paragraph):
            style = _PARA_STYLE.get(b.style, "Body Text")
            if ctx == "callout" and style == "Body Text":
                style = "Callout Text"
            elif ctx == "cell" and style == "Body Text":
                style = "Fact Value"
            self.para(c, style, b.runs)
        elif isinstance(b, List):
            self.list(c, b, 0, ctx)
        elif isinstance(b, FactTable):
            tables.facts(self, c, b)
        elif isinstance(b, Table):
            tables.grid(self, c, b)
        elif isinstance(b, Figure):
            figures.figure(self, c, b)
        elif isinstance(b, Callout):
            tables.callout(self, c, b)
        elif isinstance(b, PageBreak):
            self.break_pending = True
        elif isinstance(b, TOC):
            fields.toc(self, c, b)
        elif isinstance(b, Rule):
            self.para(c, "Horizontal Rule")
        else:
            raise RenderError(f"the DOCX writer has no translation for {type(b).__name__}")

    def flush_break(self, c: Any) -> None:
        """A pending page break before a table: tables cannot carry pageBreakBefore, so an
        empty paragraph holding a page break character goes first."""
        if self.break_pending and c is self.doc:
            self.break_pending = False
            p = self.para(c, "Normal")
            p.add_run()._r.append(oxml.el("w:br", **{"w:type": "page"}))

    def list(self, c: Any, lst: List, depth: int, ctx: str) -> tuple[list[Any], tuple[DocxParagraph, str] | None]:
        """List items as paragraphs of the list styles (bullets and numbers come from
        numbering.xml); an ordered list restarts at its own start number. The outermost
        list's last paragraph takes its style's "End" variant, which carries the space after
        the whole list (see `styles.list_end_style`); a nested list returns its last
        paragraph and style for that, or None when it ends with something else. In the body,
        its paragraphs keep with the next where the PDF's items do (`keeps.keep_list`).
        Returns the paragraph elements written, for the list around a nested one."""
        level = min(depth, LIST_LEVELS - 1)
        suffix = "" if level == 0 else f" {level + 1}"
        if ctx == "cell" and not lst.ordered:
            style = "Fact List" + suffix
        else:
            style = ("List Number" if lst.ordered else "List Bullet") + suffix
        cont = "List Continue" + suffix
        numpr = None
        if lst.ordered:
            base = self.st.list_numbering(style)
            if base is not None:
                num_id, ilvl = base
                numpr = (self.st.numbering.restart(num_id, ilvl, lst.start), ilvl)
        last: tuple[DocxParagraph, str] | None = None
        entries: list[list[Any]] = []  # as the PDF lays the list out: see `list_keeps`
        nested: list[bool] = []
        for item in lst.items:
            blocks = list(item.blocks)
            # The item's bullet or number sits on its first paragraph; an item that opens
            # with something else (a nested list) gets an empty numbered paragraph first.
            first = blocks.pop(0) if blocks and isinstance(blocks[0], Paragraph) else Paragraph([])
            p = self.para(c, style, first.runs)
            last = (p, style)
            entries.append([p._p])
            nested.append(False)
            if numpr is not None:
                ppr = p._p.get_or_add_pPr()
                num = oxml.el("w:numPr")
                num.append(oxml.el("w:ilvl", **{"w:val": str(numpr[1])}))
                num.append(oxml.el("w:numId", **{"w:val": str(numpr[0])}))
                anchor = ppr.find(qn("w:pageBreakBefore"))
                (anchor if anchor is not None else ppr.find(qn("w:pStyle"))).addnext(num)
            for blk in blocks:
                if isinstance(blk, Paragraph):
                    last = (self.para(c, cont, blk.runs), cont)
                    entries.append([last[0]._p])
                    nested.append(False)
                elif isinstance(blk, List):
                    written, last = self.list(c, blk, depth + 1, ctx)
                    entries.append(written)
                    nested.append(True)
                else:  # a table or figure in an item keeps its own space after
                    self.block(c, blk, ctx)
                    last = None
                    entries.append([])
                    nested.append(False)
        if c is self.doc:
            keeps.keep_list(entries, nested, followed=not depth and id(lst) in self.closing_lists, inner=depth > 0)
        written = [p for entry in entries for p in entry]
        if depth or last is None:
            return written, last
        end = list_end_style(last[1])
        if end in self.st.ids:  # a cell's "Fact List" has none: the cell's padding follows it
            oxml.set_pstyle(last[0], self.st.id(end))
        return written, None
