"""No heading ends a page of the PDF: a heading travels with what follows it."""
from __future__ import annotations

import pytest
from pypdf import PdfReader

from helpers import headings_ending_pages


def _outline_titles(path) -> list[str]:
    reader = PdfReader(str(path))
    out: list[str] = []

    def visit(items):
        for it in items:
            if isinstance(it, list):
                visit(it)
            else:
                out.append(" ".join(it.title.split()))

    visit(reader.outline)
    return out


@pytest.mark.parametrize("length", ["snapshot", "brief", "full"])
def test_no_heading_ends_a_pdf_page(seed_build, length):
    pdf = seed_build[(length, "pdf")]
    headings = _outline_titles(pdf)
    assert headings, "the PDF has an outline of its headings"
    assert headings_ending_pages(pdf, headings) == []


def test_the_check_sees_a_heading_at_a_page_foot(tmp_path):
    """The check can fail: a heading stranded by a page break is reported."""
    from briefkit.document import nodes as N
    from briefkit.writers import WriteOptions, get_writer

    t = N.Text
    doc = N.Document(N.Meta(title="T", short_title="T"), [
        N.Paragraph([t("Intro text.")]), N.Heading(1, [t("Stranded heading")], "h"), N.PageBreak(),
        N.Paragraph([t("Next page.")])])
    pdf = tmp_path / "x.pdf"
    pdf.write_bytes(get_writer("pdf").write(doc, WriteOptions()))
    assert headings_ending_pages(pdf, ["Stranded heading"]) == [(1, "Stranded heading")]
