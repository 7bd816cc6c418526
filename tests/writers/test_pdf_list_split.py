"""A list split across pages leaves no item alone on either side of the break."""
from __future__ import annotations

import io

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


def _closing_blocks(lead: int, items: int, closing: str):
    from briefkit.document import nodes as N

    t = N.Text
    blocks = [N.Paragraph([t(f"Filler line {i}.")]) for i in range(lead)]
    blocks += [N.Heading(1, [t("Leadership")], "h-l"),
               N.List([N.ListItem([N.Paragraph([t(f"Leader number {i:02d}")])]) for i in range(items)]),
               N.Paragraph([t(closing)]), N.Heading(1, [t("History")], "h-h"), N.Paragraph([t("The end.")])]
    return N.Document(N.Meta(title="T", short_title="T"), blocks)


@pytest.mark.parametrize("items", [3, 5, 8])
def test_the_paragraph_closing_a_list_never_opens_a_page(tmp_path, items):
    """The Leadership list at a page foot and what the article says of its leaders on the
    next page, under no heading: read as a stray sentence (four briefs). The list's last
    items go with it; a short list may then break, three items before and two after."""
    from briefkit.writers import WriteOptions, get_writer

    closing = "Closing words about the leaders above, " + "said at some length " * 6 + "to the end."
    opened, lone = [], []
    for lead in range(24, 52):
        pdf = tmp_path / "x.pdf"
        pdf.write_bytes(get_writer("pdf").write(_closing_blocks(lead, items, closing), WriteOptions()))
        pages = [[line.strip() for line in page.extract_text().splitlines() if line.strip()
                  and not line.strip().startswith(("Page ", "T"))] for page in PdfReader(str(pdf)).pages]
        for n, body in enumerate(pages[1:], start=2):
            if body and body[0].startswith("Closing words"):
                opened.append((lead, n))
        counts = [sum("Leader number" in line for line in p) for p in pages]
        if any(c == 1 for c in counts) or sum(counts) != items:
            lone.append((lead, counts))
    assert opened == []
    assert lone == []


def test_the_docx_keeps_the_same_items_with_the_closing_paragraph():
    """The word processor keeps what the PDF keeps: the last two entries keep with the next
    paragraph, which keeps its lines together, so LibreOffice moves them as the PDF does."""
    import io
    import zipfile

    from briefkit.writers import WriteOptions, get_writer

    data = get_writer("docx").write(_closing_blocks(2, 5, "A short closing paragraph."), WriteOptions())
    xml = zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml").decode()
    paras = xml.split("<w:p>")
    kept = [p for p in paras if "Leader number" in p and "<w:keepNext/>" in p]
    assert [p.split("Leader number ")[1][:2] for p in kept] == ["00", "01", "03", "04"]
    closing = next(p for p in paras if "A short closing paragraph" in p)
    assert "<w:keepLines/>" in closing


@pytest.mark.parametrize("lead, split", [(5, False), (31, True), (40, False)])
def test_the_layout_says_which_lists_it_broke_across_a_page(lead, split):
    """The PDF layout reports the lists whose entries it set on more than one page
    (`PdfResult.split_lists`, by block index), in a draft as in the final PDF: the fit step
    reads it to keep a brief's Leadership list on one page."""
    from briefkit.document import nodes as N
    from briefkit.writers import WriteOptions, get_writer

    t = N.Text
    blocks = [N.Paragraph([t(f"Filler line {i}.")]) for i in range(lead)]
    blocks.append(N.List([N.ListItem([N.Paragraph([t(f"Item number {i:02d}")])]) for i in range(8)]))
    blocks.append(N.Paragraph([t("After the list.")]))
    doc = N.Document(N.Meta(title="T", short_title="T"), blocks)
    for draft in (True, False):
        result = get_writer("pdf").render(doc, WriteOptions(), draft=draft)
        assert result.split_lists == ((lead,) if split else ()), (draft, result.pages)


def test_a_short_sub_list_never_breaks_across_a_page(tmp_path):
    """A parent item's six sub-items (Europol's Operations Directorate, MSF's operational
    centres) move down a line at a time across the page break: all six stand on one page
    (`list_keeps.SHORT_NESTED`), where three and three had split."""
    from briefkit.document import nodes as N
    from briefkit.writers import WriteOptions, get_writer

    t = N.Text
    split = []
    for lead in range(22, 40):
        blocks = [N.Paragraph([t(f"Filler line {i}.")]) for i in range(lead)]
        subs = N.List([N.ListItem([N.Paragraph([t(f"Centre number {i}")])]) for i in range(6)])
        outer = [N.ListItem([N.Paragraph([t(f"Directorate {k}")])] + ([subs] if k == 1 else [])) for k in range(8)]
        blocks.append(N.List(outer))
        doc = N.Document(N.Meta(title="T", short_title="T"), blocks)
        pdf = tmp_path / "x.pdf"
        pdf.write_bytes(get_writer("pdf").write(doc, WriteOptions()))
        on = [sum(f"Centre number {i}" in page.extract_text() for i in range(6)) for page in PdfReader(str(pdf)).pages]
        if sorted(on)[-1] != 6:
            split.append((lead, on))
    assert split == []


def test_a_list_ending_its_section_may_use_the_pages_reserve(tmp_path):
    """The reserve a full profile keeps at every page foot for a word processor's taller lines
    (`fit.DOCX_RESERVE`) is open to a list's last items and the sentence closing it when the
    next section's heading follows (`pdf_keep.may_use_reserve`): that heading starts the next
    page whether or not the word processor needs the headroom, so no page number changes. MSF's
    full profile had carried its last structure entries and that sentence to page 5 with a
    fifth of page 4 blank, where LibreOffice kept them on page 4 (round 64)."""
    from briefkit.document import nodes as N
    from briefkit.writers import WriteOptions, get_writer

    def pages_of(doc, reserve: float) -> dict[str, int]:
        result = get_writer("pdf").render(doc, WriteOptions(), reserve=reserve)
        found: dict[str, int] = {}
        for n, page in enumerate(PdfReader(io.BytesIO(result.data)).pages, start=1):
            text = page.extract_text()
            for key in ("Leader number 04", "A short closing", "History"):
                if key in text:
                    found.setdefault(key, n)
        return found

    moved, used = [], 0
    for words in range(620, 680, 6):  # the list's end moves across the page foot half a line at a time
        doc = _closing_blocks(0, 5, "A short closing paragraph.")
        doc.blocks.insert(0, N.Paragraph([N.Text("Filler " * words)]))
        with_reserve, without = pages_of(doc, 0.04), pages_of(doc, 0.0)
        if with_reserve["History"] == without["History"] == 2:
            if with_reserve["A short closing"] != without["A short closing"]:
                moved.append(words)
            used += without["A short closing"] == 1
    assert used  # the range reaches the case
    assert moved == []
