"""The DOCX contents reads right before Word touches it: each entry shows the page the PDF
of the same Document put that heading on, as the cached result of a PAGEREF field.

A reader opening the DOCX in LibreOffice or a previewer sees the cached results; Word still
recomputes them on open. The page numbers come from the PDF's layout (a `PageMap` the fit
step attaches to the Document), so the numbers are checked against the PDF itself.
"""
from __future__ import annotations

import io
import re
import subprocess
from pathlib import Path

from lxml import etree
from pypdf import PdfReader

from briefkit.document import nodes as N
from briefkit.writers import WriteOptions
from briefkit.writers.pdf import PdfWriter
from docx_fixtures import NS, W, body, convert_to_pdf, every_node_document, libreoffice, para_text, style_names, write


def docx_toc(data: bytes) -> list[tuple[str, str | None]]:
    """(entry text, cached page or None) of every contents entry, in order."""
    names = style_names(data)
    out = []
    for p in body(data).iter(W + "p"):
        ps = p.find("w:pPr/w:pStyle", NS)
        if ps is None or not names.get(ps.get(W + "val"), "").startswith("toc "):
            continue
        link = p.find("w:hyperlink", NS)
        if link is None:
            continue
        text, page, in_field, after_sep = [], None, False, False
        for r in link.findall("w:r", NS):
            fc = r.find("w:fldChar", NS)
            if fc is not None:
                kind = fc.get(W + "fldCharType")
                in_field, after_sep = kind != "end", kind == "separate" or (after_sep and kind != "end")
                continue
            instr = r.find("w:instrText", NS)
            if instr is not None:
                assert re.fullmatch(r"\s*PAGEREF _Toc\d+ \\h\s*", instr.text), instr.text
                continue
            t = "".join(x.text or "" for x in r.findall("w:t", NS))
            if in_field and after_sep:
                page = t
            elif not in_field:
                text.append(t)
        out.append(("".join(text), page))
    return out


def pdf_toc(path: Path) -> list[tuple[str, str]]:
    """(entry text, page) of the contents a PDF prints on its first page (poppler's layout
    text keeps each entry, its dot leader and its number on one line)."""
    text = subprocess.run(["pdftotext", "-layout", "-f", "1", "-l", "1", str(path), "-"],
                          capture_output=True, text=True, check=True).stdout
    out = []
    for line in text.splitlines():
        m = re.fullmatch(r"(.*?\S)\s*(?:\.\s*){3,}(\d+)", line.strip())
        if m:
            out.append((m[1], m[2]))
    return out


def test_contents_entries_carry_the_page_map():
    doc = every_node_document()
    # Outline: Key facts, Heading one, Heading two, Heading three (depth 2 lists the first three).
    assert [N.plain(b.runs) if isinstance(b, N.Heading) else b.caption for b in doc.outline()] == [
        "Key facts", "Heading one", "Heading two", "Heading three"]
    doc.pages = N.PageMap((1, 2, 4, 4))
    assert docx_toc(write(doc)) == [("Key facts", "1"), ("Heading one", "2"), ("Heading two", "4")]


def test_contents_without_a_layout_has_no_page_numbers():
    doc = every_node_document()
    assert doc.pages is None
    assert docx_toc(write(doc)) == [("Key facts", None), ("Heading one", None), ("Heading two", None)]


def test_entry_the_layout_did_not_place_has_no_number():
    doc = every_node_document()
    doc.pages = N.PageMap((1, None))  # shorter than the outline, and a gap
    assert docx_toc(write(doc)) == [("Key facts", "1"), ("Heading one", None), ("Heading two", None)]


def test_pdf_page_map_is_where_the_headings_land():
    doc = every_node_document()
    result = PdfWriter().render(doc, WriteOptions())
    assert len(result.page_map.pages) == len(doc.outline())
    reader = PdfReader(io.BytesIO(result.data))
    for entry, page in zip(doc.outline(), result.page_map.pages):
        text = N.plain(entry.runs) if isinstance(entry, N.Heading) else entry.caption
        assert page is not None
        # The heading's own line is on that page (the contents on page 1 lists them all).
        lines = [ln.strip() for ln in (reader.pages[page - 1].extract_text() or "").splitlines()]
        assert text in lines, (text, page)
    assert result.page_map.pages[2] > result.page_map.pages[1]  # after a page break


def test_seed_docx_contents_shows_the_pdf_page_numbers(seed_build):
    pdf = pdf_toc(seed_build[("full", "pdf")])
    assert len(pdf) >= 8 and len({p for _, p in pdf}) >= 3, pdf
    docx = docx_toc(seed_build[("full", "docx")].read_bytes())
    assert [(t, p) for t, p in docx] == pdf


def test_docx_only_build_shows_the_pages_of_the_pdf_of_the_same_document(tmp_path, seed_build):
    """A DOCX-only full build lays out a draft of the PDF it did not ask for, so its contents
    carry the same page numbers as the DOCX built beside a PDF."""
    from briefkit.build import BuildOptions, build_seed
    from helpers import SEED

    out = build_seed(SEED, BuildOptions(out_dir=tmp_path, lengths=("full",), formats=("docx",), cache=False))
    entries = docx_toc(out.outputs[0].path.read_bytes())
    assert entries and all(page is not None for _, page in entries)
    assert entries == docx_toc(seed_build[("full", "docx")].read_bytes())


def test_libreoffice_shows_the_page_numbers_and_puts_the_headings_there(seed_build, tmp_path):
    """The cached numbers show in LibreOffice, and they are true there: the DOCX opens a
    page with each heading that opened one in the PDF, so LibreOffice breaks where it did."""
    assert libreoffice(), "LibreOffice is not installed"
    src = tmp_path / "full.docx"
    src.write_bytes(seed_build[("full", "docx")].read_bytes())
    profile = tmp_path / "profile"
    converted = convert_to_pdf([src], tmp_path / "pdf", profile)[src]
    entries = pdf_toc(seed_build[("full", "pdf")])
    assert pdf_toc(converted) == entries
    found = _heading_pages(converted, [t for t, _ in entries])
    wrong = [(t, p, found[t]) for t, p in entries if int(p) not in found[t]]
    assert not wrong, wrong


def test_pdf_page_map_says_which_headings_open_a_page():
    doc = every_node_document()
    result = PdfWriter().render(doc, WriteOptions())
    pm = result.page_map
    assert len(pm.tops) == len(pm.pages)
    # "Heading two" follows a page break: it opens page 2; "Heading one" follows text on page 1.
    assert pm.starts_page(2) and not pm.starts_page(1)
    assert not pm.starts_page(0)  # nothing on page 1 counts: the DOCX has no break to add there


def test_docx_breaks_before_the_headings_that_opened_a_pdf_page():
    doc = every_node_document()
    n = len(doc.outline())
    doc.pages = N.PageMap((1,) * (n - 1) + (2,), (False,) * (n - 1) + (True,))
    last = N.plain(doc.outline()[-1].runs)
    breaks = [para_text(p) for p in body(write(doc)).iter(W + "p") if p.find("w:pPr/w:pageBreakBefore", NS) is not None]
    assert last in breaks
    doc.pages = N.PageMap((1,) * n, (False,) * n)
    assert last not in [para_text(p) for p in body(write(doc)).iter(W + "p")
                        if p.find("w:pPr/w:pageBreakBefore", NS) is not None]


def _heading_pages(pdf: Path, titles: list[str]) -> dict[str, list[int]]:
    reader = PdfReader(str(pdf))
    found: dict[str, list[int]] = {t: [] for t in titles}
    for number, page in enumerate(reader.pages, 1):
        for line in (page.extract_text() or "").splitlines():
            if line.strip() in found:
                found[line.strip()].append(number)
    return found


def test_a_heading_right_after_a_figure_gets_no_forced_break():
    """A chart the word processor cannot fit at a page foot moves to a page of its own; a
    break before the heading after it would leave that page mostly blank."""
    from briefkit.document.nodes import Figure, Heading, Paragraph, Text

    doc = N.Document(N.Meta(title="T", short_title="T"), [
        Heading(1, [Text("Charts")], "h-charts"), Figure("orgchart", {}, [Text("An org chart.")], 1),
        Heading(1, [Text("History")], "h-history"), Paragraph([Text("Text.")])])
    n = len(doc.outline())
    doc.pages = N.PageMap((1,) * (n - 1) + (2,), (False,) * (n - 1) + (True,))
    breaks = [para_text(p) for p in body(write(doc)).iter(W + "p") if p.find("w:pPr/w:pageBreakBefore", NS) is not None]
    assert "History" not in breaks


def test_a_heading_after_a_chart_on_a_page_with_room_opens_its_page_as_in_the_pdf():
    """With a tenth of the chart's page to spare in the PDF (`AFTER_CHART_FILL`), the word
    processor fits the chart there too, so the heading the PDF opened the next page with opens
    it in the DOCX: GCHQ's and MSF's contents gave People a page LibreOffice had set it a page
    earlier. A fuller page keeps no forced break."""
    from briefkit.document.nodes import Figure, Heading, Paragraph, Text
    from briefkit.writers.docx.inline import AFTER_CHART_FILL

    def breaks(fill: float) -> list[str]:
        doc = N.Document(N.Meta(title="T", short_title="T"), [
            N.TOC(depth=1), Heading(1, [Text("Charts")], "h-charts"), Figure("orgchart", {}, [Text("An org chart.")], 1),
            Heading(1, [Text("History")], "h-history"), Paragraph([Text("Text.")])])
        n = len(doc.outline())
        doc.pages = N.PageMap((1,) * (n - 1) + (2,), (False,) * (n - 1) + (True,), (fill,))
        return [para_text(p) for p in body(write(doc)).iter(W + "p") if p.find("w:pPr/w:pageBreakBefore", NS) is not None]

    assert "History" in breaks(AFTER_CHART_FILL - 0.05)
    assert "History" not in breaks(min(1.0, AFTER_CHART_FILL + 0.06))


def test_libreoffice_puts_people_where_gchqs_contents_says(tmp_path):
    """GCHQ's full profile: the PDF opened page 4 with People after the organisation chart on a
    page 90% full; LibreOffice had set People at the foot of page 3 under a contents entry "4"."""
    from helpers import FIXTURES, build

    outputs = {o.path.suffix: o.path for o in build(FIXTURES / "articles" / "gchq.txt", tmp_path / "out",
                                                     formats=("pdf", "docx"), lengths=("full",))}
    converted = convert_to_pdf([outputs[".docx"]], tmp_path / "pdf", tmp_path / "profile")[outputs[".docx"]]
    entries = pdf_toc(outputs[".pdf"])
    assert ("People", "4") in entries
    found = _heading_pages(converted, [t for t, _ in entries])
    wrong = [(t, p, found[t]) for t, p in entries if int(p) not in found[t]]
    assert not wrong, wrong
