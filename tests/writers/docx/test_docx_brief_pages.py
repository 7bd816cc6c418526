"""A brief's DOCX, as LibreOffice lays it out, has the pages of its PDF (`fit.docx_reserve`).

The drafts of a budgeted length keep a little of every page free for the word processor's
taller lines; too little and the DOCX spills a line onto a page the PDF does not have, too
much and the fit step sees a page more than either format prints (Azov's brief ended on a page
of two lines).
"""
from __future__ import annotations

import warnings

import pytest

from briefkit.build import BuildOptions, build_seed
from docx_fixtures import convert_to_pdf, libreoffice
from helpers import FIXTURES, page_fill

STEMS = ("azov", "human_rights_watch", "gchq", "nokia")
# Briefs whose DOCX LibreOffice had set on a fourth page: GSG 9's, whose summary box's list
# items wrapped a line more (the DOCX indented lists 18 pt, the PDF 13 pt); the Civic
# Platform's, whose DOCX opened page 3 with the timeline as the PDF did after LibreOffice had
# carried page 1's last lines over (`fit.opened_in_both`); UNICEF's, a line of which the PDF
# fitted by shrinking its spaces (`writers.pdf.NO_SHRINK`). Articles of the held-out set,
# used here for their layout only.
HELD_OUT = ("gsg_9", "civic_platform", "unicef")


@pytest.mark.parametrize("folder,stems", [("articles", STEMS), ("heldout", HELD_OUT)])
def test_libreoffice_gives_each_brief_the_pages_of_its_pdf(tmp_path, monkeypatch, folder, stems):
    from pypdf import PdfReader

    from briefkit.fit import LAST_PAGE_MIN

    assert libreoffice(), "LibreOffice is not installed"
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1717200000")
    docx, pdf = {}, {}
    for stem in stems:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            outs = build_seed(FIXTURES / folder / f"{stem}.txt",
                              BuildOptions(out_dir=tmp_path / "dist", lengths=("brief",), cache=False)).outputs
        for o in outs:
            if o.format == "docx":
                docx[stem] = tmp_path / f"{stem}.docx"
                docx[stem].write_bytes(o.path.read_bytes())
            else:
                pdf[stem] = o.path
    converted = convert_to_pdf(list(docx.values()), tmp_path / "lo", tmp_path / "profile")
    for stem in stems:
        ours = len(PdfReader(str(pdf[stem])).pages)
        theirs = len(PdfReader(str(converted[docx[stem]])).pages)
        assert theirs == ours, f"{stem}: PDF {ours} pages, DOCX in LibreOffice {theirs}"
        fills = page_fill(pdf[stem])
        assert len(fills) == 1 or fills[-1] >= LAST_PAGE_MIN, f"{stem}: {fills}"
        # and the sections open on the same pages: Nokia's "Divisions" had stayed at the foot
        # of page 2 in the DOCX, its chart overleaf, where the PDF moved the section whole
        assert _heading_pages(converted[docx[stem]], docx[stem]) == _heading_pages(pdf[stem], docx[stem]), stem


def _heading_pages(pdf, docx) -> dict[str, int]:
    from pypdf import PdfReader

    from helpers import docx_headings

    titles = set(docx_headings(docx))
    pages: dict[str, int] = {}
    for number, page in enumerate(PdfReader(str(pdf)).pages, 1):
        for line in (page.extract_text() or "").splitlines():
            if line.strip() in titles:
                pages.setdefault(line.strip(), number)
    return pages


def test_a_section_the_word_processor_carries_over_leaves_no_page_a_quarter_blank(tmp_path, monkeypatch):
    """Gulf Air's brief ends page 1 of its PDF on the Leadership list and the paragraph after
    it, 2 pt above the foot; LibreOffice's taller lines need those 2 pt more, and with the
    list's last items kept with that paragraph it moved heading, list and paragraph to page 2
    and left page 1 a quarter blank. Where the draft with the reserve opened a page with the
    section (`PageMap.carried`), the DOCX lets the paragraph break instead."""
    from briefkit.fit import PAGE_MIN
    from helpers import page_fill

    assert libreoffice(), "LibreOffice is not installed"
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1717200000")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        outs = build_seed(FIXTURES / "heldout" / "gulf_air.txt",
                          BuildOptions(out_dir=tmp_path / "dist", lengths=("brief",), cache=False)).outputs
    docx = next(o.path for o in outs if o.format == "docx")
    pdf = next(o.path for o in outs if o.format == "pdf")
    converted = convert_to_pdf([docx], tmp_path / "lo", tmp_path / "profile")[docx]
    fills = page_fill(converted)
    assert len(fills) == len(page_fill(pdf))
    assert all(f >= PAGE_MIN for f in fills[:-1]), fills
