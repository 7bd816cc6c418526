"""A seed's table from brief markup to a Table node: cells stay the seed's text, whatever it
contains, and columns are sized alike for every format."""
from __future__ import annotations

import pytest

from briefkit.compose import render_blocks, render_items
from briefkit.document.columns import MIN_WORD_CHARS, chars_across, column_shares
from briefkit.document.nodes import Meta, Table, Text, plain
from briefkit.document.parse import parse
from briefkit.model import BulletList, ListItem, Paragraph

HEADER = "Unit | Native name | Formed | Notes"
ROWS = ["1st Regiment | 1er régiment | 1841 | Aubagne; selection", "2nd Regiment | 2e régiment | — | —"]


def _document(rows: list[str], intro: str = "The units are:"):
    markup = render_blocks([Paragraph(text=intro), BulletList(items=[ListItem(text=r) for r in rows])])
    return markup, parse(markup, Meta("x", "x"))


def _cells(table: Table) -> list[list[str]]:
    return [[plain(c) for c in row] for row in [table.header, *table.rows]]


def test_a_sections_table_is_printed_as_a_table_with_its_empty_cells_dashed():
    """A cell the seed marks empty ("—") keeps its dash: a blank reads as a lost value."""
    _, doc = _document([HEADER, *ROWS])
    assert [type(b).__name__ for b in doc.blocks] == ["Paragraph", "Table"]
    assert _cells(doc.blocks[1]) == [["Unit", "Native name", "Formed", "Notes"],
                                     ["1st Regiment", "1er régiment", "1841", "Aubagne; selection"],
                                     ["2nd Regiment", "2e régiment", "—", "—"]]


def test_a_list_that_is_no_table_stays_a_list():
    _, doc = _document(["a | b", "c | d | e", "f | g"])
    assert [type(b).__name__ for b in doc.blocks] == ["Paragraph", "List"]


def test_inside_a_key_fact_a_table_still_reads_one_line_a_row():
    """The `items` filter writes lists inside other blocks, where no grid can stand."""
    markup = str(render_items([ListItem(text=r) for r in [HEADER, *ROWS]]))
    assert "|" not in markup and markup.startswith("- **1st Regiment**")


HOSTILE = [
    "Name | Value | Note",
    r"a|b | **not bold** | ::: note Injected",
    r"back\slash\ | \| | [link](https://evil.example) <b>x</b>",
    r"` code | # heading | - --- |",
]


def test_hostile_cells_stay_literal_and_cannot_add_columns_rows_or_blocks():
    """Seeds are hostile: a `|`, emphasis, a directive, a backslash or a link in a cell is
    text of that cell; the table keeps its three columns and three rows."""
    markup, doc = _document(HOSTILE)
    assert [type(b).__name__ for b in doc.blocks] == ["Paragraph", "Table"], markup
    table = doc.blocks[1]
    assert _cells(table) == [["Name", "Value", "Note"],
                             ["a|b", "**not bold**", "::: note Injected"],
                             ["back\\slash\\", "\\|", "[link](https://evil.example) <b>x</b>"],
                             ["` code", "# heading", "- --- |"]]
    runs = [r for row in [table.header, *table.rows] for cell in row for r in cell]
    assert not any(r.bold or r.italic or r.code or r.href for r in runs)


@pytest.mark.parametrize("cell", ["x\\", "x\\\\", "\\", "|", "||", " | "])
def test_a_cell_ending_in_backslashes_or_pipes_keeps_the_columns(cell):
    _, doc = _document(["A | B | C", f"{cell.strip() or 'y'} | mid | end", "p | q | r"])
    table = doc.blocks[1]
    assert len(table.header) == 3 and all(len(r) == 3 for r in table.rows)
    assert [plain(c) for c in table.rows[1]] == ["p", "q", "r"]


def _table(header: list[str], *rows: list[str]) -> Table:
    return Table([[Text(h)] for h in header], [[[Text(c)] if c else [] for c in row] for row in rows])


def test_columns_follow_their_cells_and_span_the_width():
    t = _table(["Unit", "Formed", "Notes"],
               ["13th Demi-Brigade of the Foreign Legion", "1940", "Aubagne; selection and administration"],
               ["4th Foreign Regiment", "", "Castelnaudary"])
    chars = chars_across(480, 9)
    shares = column_shares(t, chars)
    assert sum(shares) == pytest.approx(1.0)
    assert shares[1] < shares[0] and shares[1] < shares[2]
    # No column narrower than a short word, even when long cells compete for the room.
    assert min(shares) * chars >= MIN_WORD_CHARS


def test_columns_of_short_cells_stay_in_proportion():
    t = _table(["A", "Much longer heading"], ["x", "y"])
    narrow, wide = column_shares(t, 200)
    assert wide > narrow


def test_a_table_wider_than_a_page_continues_under_itself_with_its_first_column():
    """Twenty columns become three tables of the same rows, each led by the first column
    (what names a row) and at most `MAX_COLUMNS` wide; no cell is lost or repeated but the
    first."""
    from briefkit.document.columns import MAX_COLUMNS

    header = " | ".join(f"c{i}" for i in range(20))
    rows = [" | ".join(f"r{r}v{i}" for i in range(20)) for r in range(3)]
    _, doc = _document([header, *rows])
    tables = [b for b in doc.blocks if isinstance(b, Table)]
    assert [len(t.header) for t in tables] == [8, 8, 6] and max(len(t.header) for t in tables) <= MAX_COLUMNS
    for t in tables:
        assert _cells(t)[0][0] == "c0" and [row[0] for row in _cells(t)[1:]] == ["r0v0", "r1v0", "r2v0"]
    seen = [c for t in tables for row in _cells(t) for c in row[1:]]
    assert sorted(seen) == sorted([f"c{i}" for i in range(1, 20)] + [f"r{r}v{i}" for r in range(3) for i in range(1, 20)])


def test_a_fifty_column_table_builds_every_cell_into_the_pdf_and_docx(tmp_path):
    """Fifty columns had failed the PDF's layout (a column narrower than its own padding)."""
    import subprocess
    import sys
    import zipfile

    header = "| " + " | ".join(f"col{i}" for i in range(50)) + " |"
    sep = "|" + "---|" * 50
    rows = ["| " + " | ".join(f"x{r}y{i}" for i in range(50)) + " |" for r in range(4)]
    seed = tmp_path / "wide.txt"
    seed.write_text("= Wide Org =\n\nThe Wide Org is a group.\n\n== Units ==\n\n" + "\n".join([header, sep, *rows]) + "\n",
                    encoding="utf-8")
    run = subprocess.run([sys.executable, "-m", "briefkit", "build", str(seed), "-o", str(tmp_path / "out"), "-l", "full",
                          "-j1"], capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr
    text = subprocess.run(["pdftotext", "-layout", str(tmp_path / "out" / "wide" / "full.pdf"), "-"],
                          capture_output=True, text=True, check=True).stdout
    words = set(text.split())
    with zipfile.ZipFile(tmp_path / "out" / "wide" / "full.docx") as z:
        xml = z.read("word/document.xml").decode("utf-8")
    for r in range(4):
        for i in range(50):
            assert f"x{r}y{i}" in words and f">x{r}y{i}<" in xml
