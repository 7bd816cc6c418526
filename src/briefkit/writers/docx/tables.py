"""Tables: the key-facts table, a seed's own tables and the callout box (a one-cell table),
sized in shares of the text width.

Widths are percentages (fiftieths of a percent), so a table keeps spanning the page when a
user changes the margins or the paper size in Word; the look comes from named table styles
("Key Facts Table", "Callout Box"), never from cell formatting.
"""
from __future__ import annotations

import contextlib
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from docx.oxml.ns import qn

from ...document.columns import chars_across, column_shares
from ...document.nodes import Callout, FactTable, Table, Text
from . import oxml
from .settings import compat_mode

if TYPE_CHECKING:
    from .blocks import Translator

# Room kept per cell margin when sizing a picture inside a table cell: briefkit's table
# styles use 100 (facts) and 200 (callout, counted twice) twips a side.
CELL_MARGIN_GUESS = 110


# tblLook: which of the style's conditional looks apply (hex flags: 0x20 first row, 0x80
# first column, 0x200 no row bands, 0x400 no column bands).
_LOOK_FIRST_COLUMN = {"w:val": "0680", "w:firstRow": "0", "w:lastRow": "0", "w:firstColumn": "1",
                      "w:lastColumn": "0", "w:noHBand": "1", "w:noVBand": "1"}
_LOOK_FIRST_ROW = {"w:val": "0620", "w:firstRow": "1", "w:lastRow": "0", "w:firstColumn": "0",
                   "w:lastColumn": "0", "w:noHBand": "1", "w:noVBand": "1"}


def _add_table(c: Any, rows: int, cols: int) -> Any:
    """An empty table at the end of `c` (the document or a cell), with no style of its own.

    Not `Document.add_table`: it looks the table's style up, with none given too, and so
    has the styles part parsed (see `lazy_styles`) only for `table` to replace the table's
    properties at once."""
    from docx.document import Document as DocxDocument

    if isinstance(c, DocxDocument):
        return c._body.add_table(rows, cols, c._block_width)
    return c.add_table(rows=rows, cols=cols)


def table(tr: Translator, c: Any, rows: int, widths: list[int], style: str, header_row: bool = False) -> Any:
    """An empty table of `rows` x len(`widths`) in table style `style`; the style's
    first-column look applies (labels down the side), or with `header_row` its first-row
    look (names over the columns)."""
    tr.flush_break(c)
    indent = _table_indent(tr, style)
    t = _add_table(c, rows, len(widths))
    tbl = t._tbl
    tblpr = tbl.tblPr
    for child in list(tblpr):
        tblpr.remove(child)
    tblpr.append(oxml.el("w:tblStyle", **{"w:val": tr.st.id(style)}))
    # Widths are shares of the text width (fiftieths of a percent), so a table keeps
    # spanning the page when a user changes the margins or the paper size in Word.
    shares = [round(5000 * w / sum(widths)) for w in widths[:-1]]
    shares.append(5000 - sum(shares))
    tblpr.append(oxml.el("w:tblW", **{"w:w": "5000", "w:type": "pct"}))
    # The table's edge (and the callout's bar) sits on the page margin, as in the PDF.
    tblpr.append(oxml.el("w:tblInd", **{"w:w": str(indent), "w:type": "dxa"}))
    tblpr.append(oxml.el("w:tblLayout", **{"w:type": "fixed"}))
    tblpr.append(oxml.el("w:tblLook", **(_LOOK_FIRST_ROW if header_row else _LOOK_FIRST_COLUMN)))
    grid = tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(w))
    for row in t.rows:
        for cell, share in zip(row.cells, shares):
            tcpr = cell._tc.get_or_add_tcPr()
            for child in list(tcpr):
                tcpr.remove(child)
            tcpr.append(oxml.el("w:tcW", **{"w:w": str(share), "w:type": "pct"}))
    return t


def _table_indent(tr: Translator, style: str) -> int:
    """tblInd that puts the table's border on the margin.

    Word 2013 (compatibility mode 15) measures tblInd to the border; earlier modes
    measure it to the first cell's text, so there the indent is the style's left cell
    margin (Word's default 108 twips when the style sets none).
    """
    if compat_mode(tr.doc) >= 15:
        return 0
    el = tr.st.root.find(f"{qn('w:style')}[@{qn('w:styleId')}='{tr.st.id(style)}']")
    mar = el.find(f"{qn('w:tblPr')}/{qn('w:tblCellMar')}/{qn('w:left')}") if el is not None else None
    if mar is None and el is not None:
        mar = el.find(f"{qn('w:tblPr')}/{qn('w:tblCellMar')}/{qn('w:start')}")
    try:
        return int(mar.get(qn("w:w"))) if mar is not None else 108
    except (TypeError, ValueError):
        return 108


def _empty_cell(cell: Any) -> None:
    for p in list(cell._tc.findall(qn("w:p"))):
        cell._tc.remove(p)


@contextlib.contextmanager
def narrower(tr: Translator, by: int) -> Iterator[None]:
    """Inside a table cell the text is narrower; a figure there is sized to fit it."""
    saved = tr.width
    tr.width = max(oxml.TWIPS_PER_INCH, saved - by)
    try:
        yield
    finally:
        tr.width = saved


def _after_table(tr: Translator, c: Any) -> None:
    """Word merges two adjacent tables into one; an empty paragraph keeps them apart."""
    tr.para(c, "Spacer")


def facts(tr: Translator, c: Any, t: FactTable) -> None:
    """Label and value per row; a value holds paragraphs and (nested) lists."""
    if t.caption:
        p = tr.para(c, "Facts Heading", [Text(t.caption)])
        tr.bookmark(p, tr.bookmarks[id(t)])
    label_w = min(round(tr.width * 0.3), round(48 / 25.4 * oxml.TWIPS_PER_INCH))
    tab = table(tr, c, len(t.rows), [label_w, tr.width - label_w], "Key Facts Table")
    for row, fact in zip(tab.rows, t.rows):
        label, value = row.cells
        _empty_cell(label)
        _empty_cell(value)
        tr.para(label, "Fact Label", fact.label)
        with narrower(tr, label_w + 2 * CELL_MARGIN_GUESS):
            tr.blocks(value, fact.value, "cell")
        if not value._tc.findall(qn("w:p")):
            tr.para(value, "Fact Value")
    _after_table(tr, c)


def _repeat_as_header(row: Any) -> None:
    """Mark a row as the table's header row, which Word repeats atop every page the table
    runs onto (w:tblHeader), as the PDF does."""
    row._tr.get_or_add_trPr().append(oxml.el("w:tblHeader"))


def _cell_font_pt(tr: Translator) -> float:
    """The size of a cell's text (the "Fact Value" style's, as the PDF's cell style)."""
    return tr.theme.fonts.body_size * 0.9


def grid(tr: Translator, c: Any, t: Table) -> None:
    """A seed's table in "Key Facts Table" with its first-row look: the header row in "Fact
    Label" on the header background, repeated on every page; the cells in "Fact Value";
    columns in the proportions the PDF uses (`document.columns`)."""
    shares = column_shares(t, chars_across(tr.width / 20, _cell_font_pt(tr)))
    widths = [max(1, round(tr.width * share)) for share in shares]
    tab = table(tr, c, 1 + len(t.rows), widths, "Key Facts Table", header_row=True)
    _repeat_as_header(tab.rows[0])
    for row, cells, style in zip(tab.rows, [t.header, *t.rows], ["Fact Label"] + ["Fact Value"] * len(t.rows)):
        for cell, runs in zip(row.cells, cells):
            _empty_cell(cell)
            tr.para(cell, style, runs)
    _after_table(tr, c)


def callout(tr: Translator, c: Any, co: Callout) -> None:
    """A shaded one-cell table with an accent bar, as the PDF draws the summary box."""
    tab = table(tr, c, 1, [tr.width], "Callout Box")
    cell = tab.rows[0].cells[0]
    _empty_cell(cell)
    if co.title:
        tr.para(cell, "Callout Title", [Text(co.title)])
    with narrower(tr, 4 * CELL_MARGIN_GUESS):
        tr.blocks(cell, co.blocks, "callout")
    if not cell._tc.findall(qn("w:p")):
        tr.para(cell, "Callout Text")
    _after_table(tr, c)
