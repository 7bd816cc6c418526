"""A list split across pages leaves no item alone on either side of the break."""
from __future__ import annotations

import pytest
from pypdf import PdfReader


def _pdf(tmp_path, lead_paragraphs: int, items: int) -> list[list[str]]:
    from briefkit.document import nodes as N
    from briefkit.writers import WriteOptions, get_writer

    t = N.Text
    blocks = [N.Paragraph([t(f"Filler line {i}.")]) for i in range(lead_paragraphs)]
    blocks.append(N.List([N.ListItem([N.Paragraph([t(f"Item number {i:02d}")])]) for i in range(items)]))
    blocks.append(N.Paragraph([t("After the list.")]))
    doc = N.Document(N.Meta(title="T", short_title="T"), blocks)
    pdf = tmp_path / "x.pdf"
    pdf.write_bytes(get_writer("pdf").write(doc, WriteOptions()))
    pages = []
    for page in PdfReader(str(pdf)).pages:
        pages.append([line for line in page.extract_text().splitlines() if line.strip().startswith(("•", "Item"))
                      or "Item number" in line])
    return pages


def test_no_list_item_stands_alone_at_a_page_break(tmp_path):
    """The list's start moves down a line at a time across the page break."""
    lone = []
    for lead in range(30, 60):
        pages = _pdf(tmp_path, lead, 8)
        counts = [sum("Item number" in line for line in p) for p in pages]
        assert sum(counts) == 8
        if any(c == 1 for c in counts):
            lone.append((lead, counts))
    assert lone == []


def test_a_heading_and_the_line_introducing_a_list_never_end_a_page(tmp_path):
    """'Structure', then 'Headquarters', then the list: moved down a line at a time across the
    page break, neither the heading nor the introducing line is the last line of a page."""
    from briefkit.document import nodes as N
    from briefkit.writers import WriteOptions, get_writer

    t = N.Text
    stranded = []
    for lead in range(28, 40):
        blocks = [N.Paragraph([t(f"Filler line {i}.")]) for i in range(lead)]
        blocks += [N.Heading(1, [t("Structure")], "h-s"), N.Paragraph([t("Headquarters")]),
                   N.List([N.ListItem([N.Paragraph([t(f"Battalion {i}")])]) for i in range(9)])]
        doc = N.Document(N.Meta(title="T", short_title="T"), blocks)
        pdf = tmp_path / "x.pdf"
        pdf.write_bytes(get_writer("pdf").write(doc, WriteOptions()))
        for page in PdfReader(str(pdf)).pages[:-1]:
            body = [line.strip() for line in page.extract_text().splitlines() if line.strip()]
            body = [line for line in body if not line.startswith(("Page ", "T"))]
            if body and body[-1] in ("Structure", "Headquarters"):
                stranded.append((lead, body[-1]))
    assert stranded == []
