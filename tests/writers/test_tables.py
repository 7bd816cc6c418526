"""A seed's table as readers get it: a grid in the full profile's PDF and DOCX, its header
on every page it runs onto, every cell of the seed in it, in the theme's fonts."""
from __future__ import annotations

import io
import zipfile

import pytest
from lxml import etree
from pypdf import PdfReader

from briefkit.document import nodes as N
from briefkit.readers import read
from briefkit.writers import WriteOptions, get_writer
from helpers import FIXTURES, build, norm, page_body_lines, pdf_body_text

FFL = FIXTURES / "articles" / "french_foreign_legion.txt"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
NS = {"w": W[1:-1]}


@pytest.fixture(scope="module")
def ffl_full(tmp_path_factory) -> dict[str, object]:
    out = tmp_path_factory.mktemp("ffl")
    return {o.format: o.path for o in build(FFL, out, lengths=("full",))}


def _seed_rows() -> list[list[str]]:
    structure = next(s for s in read(FFL).sections if s.title == "Structure")
    items = next(b for b in structure.blocks if hasattr(b, "items")).items
    return [[c.strip() for c in item.text.split(" | ")] for item in items]


def test_the_full_pdf_prints_the_legions_units_as_rows_of_a_table(ffl_full):
    lines = [line for page in page_body_lines(ffl_full["pdf"]) for line in page]
    # A row's cells share a baseline: the unit, its native name and its year read across.
    assert "Unit Native name Formed Notes" in lines
    assert any(line.startswith("1st Foreign Regiment 1er régiment étranger 1841 Aubagne") for line in lines)
    # (its native name wraps within its cell: the PDF breaks lines where a word processor does,
    # with no spaces shrunk to fit a word more, `writers.pdf.NO_SHRINK`)
    assert any(line.startswith("2nd Foreign Engineer 2e régiment étranger de") and "1999 Saint-Christol" in line
               for line in lines)
    text = pdf_body_text(ffl_full["pdf"])
    assert "native name:" not in text.lower()


def test_every_cell_of_the_seeds_table_reaches_the_full_pdf(ffl_full):
    text = pdf_body_text(ffl_full["pdf"])
    cells = {c for row in _seed_rows() for c in row if c != "—"}
    assert len(cells) > 30
    assert not [c for c in cells if norm(c) not in text]


def test_the_full_docx_has_a_word_table_with_a_repeating_header_and_ten_rows(ffl_full):
    with zipfile.ZipFile(ffl_full["docx"]) as z:
        body = etree.fromstring(z.read("word/document.xml"))

    def cells(tr) -> list[str]:
        return [norm("".join(t.text or "" for t in tc.iter(W + "t"))) for tc in tr.findall("w:tc", NS)]

    tables = [t for t in body.iter(W + "tbl") if cells(t.find("w:tr", NS))[:1] == ["Unit"]]
    assert len(tables) == 1
    rows = tables[0].findall("w:tr", NS)
    assert cells(rows[0]) == ["Unit", "Native name", "Formed", "Notes"]
    assert rows[0].find("w:trPr/w:tblHeader", NS) is not None
    assert all(r.find("w:trPr/w:tblHeader", NS) is None for r in rows[1:])
    assert len(rows) == 11
    assert cells(rows[1]) == ["1st Foreign Regiment", "1er régiment étranger", "1841",
                              "Aubagne; selection and administration"]
    # the seed's "—" for a year or note not given stays, as a reader of the article sees it (round 51)
    assert cells(rows[8]) == ["1st Foreign Engineer Regiment", "1er régiment étranger de génie", "—", "—"]


def _long_table(rows: int = 70) -> N.Document:
    t = N.Text
    table = N.Table([[t("Подразделение")], [t("ქართული")], [t("Year")]],
                    [[[t(f"Батальон {i}")], [t(f"ბატალიონი {i}")], [t(str(1900 + i))]] for i in range(rows)])
    return N.Document(N.Meta("Table", "Table"), [N.Heading(1, [t("Units")], "h-units"), table,
                                                 N.Paragraph([t("After the table.")])])


def test_a_long_pdf_table_repeats_its_header_on_every_page_in_the_themes_fonts():
    data = get_writer("pdf").write(_long_table(), WriteOptions())
    reader = PdfReader(io.BytesIO(data))
    assert len(reader.pages) >= 2
    for page in reader.pages:
        text = page.extract_text()
        assert "Подразделение" in text and "ქართული" in text
        fonts = {str(f["/BaseFont"]) for f in page["/Resources"]["/Font"].values()}
        assert not any("Helvetica" in f for f in fonts), fonts
    body = " ".join(p.extract_text() for p in reader.pages)
    assert all(f"Батальон {i}" in body for i in range(70))
    assert "After the table." in body


def test_pdf_and_docx_give_the_columns_the_same_proportions():
    """Both formats size the columns by `document.columns`; the DOCX's grid has the PDF's
    proportions (the PDF's are read back from the writer's ReportLab table)."""
    from briefkit.theme import DEFAULT_THEME
    from briefkit.writers.pdf import _Translator

    doc = _long_table(3)
    grid = _Translator(doc, DEFAULT_THEME).grid(doc.blocks[1], 480.0)[0]
    pdf = [w / sum(grid._colWidths) for w in grid._colWidths]
    data = get_writer("docx").write(doc, WriteOptions())
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        body = etree.fromstring(z.read("word/document.xml"))
    cols = [int(g.get(W + "w")) for g in body.find(".//w:tbl/w:tblGrid", NS)]
    docx = [w / sum(cols) for w in cols]
    assert docx == pytest.approx(pdf, abs=0.01)
