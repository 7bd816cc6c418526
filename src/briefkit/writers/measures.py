"""Measures both writers set alike, in points.

Why one place: a word processor breaks a line where the PDF does only when the line is as
wide in both. The DOCX's lists had kept Word's customary quarter inch (18 pt) per level where
the PDF indents 13 pt: every list item's lines were 5 pt narrower in the DOCX, a wrapped
item in the summary box took a line more, and GSG 9's brief, laid out by LibreOffice, ran
onto a fourth page that its PDF does not have.
"""
from __future__ import annotations

# The indent of a list's text from its bullet or number, per nesting level.
LIST_INDENT_PT = 13.0
# The same for the compact lists inside a key-fact cell.
CELL_LIST_INDENT_PT = 10.0
