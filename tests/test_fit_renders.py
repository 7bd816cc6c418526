"""A budgeted fit weighs its candidates by drafts and writes only the PDF it keeps."""
from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import pytest

from briefkit.charts_service import ChartService
from briefkit.compose import source_date
from briefkit.fit import fit
from briefkit.lengths import load_lengths
from briefkit.readers import read
from briefkit.theme import load_theme
from briefkit.writers import WriteOptions
from briefkit.writers.pdf import PdfWriter

ART = Path(__file__).parent / "fixtures" / "articles"


def _fit_counting(monkeypatch, stem: str, need_pdf: bool):
    finals: list[bool] = []
    real = PdfWriter.render

    def counted(self, document, options, draft=False, **kw):
        result = real(self, document, options, draft=draft, **kw)
        if not draft:
            finals.append(bool(result.floats))  # whether its layout moved a figure section
        return result

    monkeypatch.setattr(PdfWriter, "render", counted)
    path = ART / f"{stem}.txt"
    p = read(path)
    options = WriteOptions(theme=load_theme(None))
    fitted = fit(p, load_lengths()["brief"], source_date(p, path), ChartService(p, None), options, need_pdf=need_pdf)
    # the PDFs written whose layout moved no figure section (a candidate whose layout did is
    # measured by writing it, see the test below)
    return fitted, sum(not moved for moved in finals), options


@pytest.mark.parametrize("stem", ["82nd_airborne_division", "world_athletics"])
def test_a_budgeted_fit_writes_one_final_pdf(monkeypatch, stem):
    """The 82nd Airborne Division's brief weighed its ways to a finished page by writing seven
    final PDFs and World Athletics' nine (13 ms each once the charts are drawn, a draft 6 ms): a
    draft with no reserve has the final PDF's pages, fills and figure moves, so only the PDF
    kept is written, with the pages measured; a DOCX-only build writes none, and gets the same
    Document. (A candidate whose layout moved a figure section is still written when measured.)"""
    from pypdf import PdfReader
    import io

    from briefkit.layout_cache import draft
    from briefkit.pdf_cache import render

    fitted, finals, options = _fit_counting(monkeypatch, stem, need_pdf=True)
    assert finals == 1
    assert fitted.pdf is not None and len(PdfReader(io.BytesIO(fitted.pdf)).pages) == fitted.pages
    measured, written = draft(fitted.document, options, reserve=0.0), render(fitted.document, options)
    assert (measured.pages, measured.page_map, measured.page_fills) == \
        (written.pages, written.page_map, written.page_fills)
    docx_only, none, _ = _fit_counting(monkeypatch, stem, need_pdf=False)
    assert none == 0 and docx_only.pdf is None
    assert (docx_only.markup, docx_only.pages) == (fitted.markup, fitted.pages)


def test_a_budget_nothing_fits_is_a_clean_error():
    """A length whose budget the seed overflows even at the lowest detail level (a user's
    lengths file giving the full profile one page) is a RenderError naming the budget and the
    pages the lowest level took, never a KeyError from the fit's own bookkeeping."""
    from briefkit.errors import RenderError

    path = ART / "long.txt"
    p = read(path)
    length = dataclasses.replace(load_lengths()["full"], max_pages=1)
    with pytest.raises(RenderError, match=r"does not fit the full budget of 1 page\(s\) even at the lowest detail") as e:
        fit(p, length, source_date(p, path), ChartService(p, None), WriteOptions(theme=load_theme(None)))
    # the pages it takes, not the page past the budget where a candidate's draft stops
    assert int(re.search(r"\((\d+) pages\)", str(e.value)).group(1)) > 2, e.value


def test_drafts_of_candidates_past_the_budget_stop_at_the_page_past_it(monkeypatch):
    """A brief's fit laid out whole drafts of detail levels that overflowed its three pages (nine
    pages for the long fixture's first candidate), to learn only that they did: a quarter of
    the pages the drafts of a corpus brief laid out. Now a candidate's draft stops at the first
    box on the page past the budget, and the fit keeps a Document whose whole draft has the
    pages it measured."""
    from briefkit.layout_cache import draft
    from briefkit.writers import pdf as pdfmod

    reached: list[int] = []
    real = pdfmod._Doc.handle_pageBegin

    def counted(self):
        real(self)
        reached.append(self.page)

    monkeypatch.setattr(pdfmod._Doc, "handle_pageBegin", counted)
    path = ART / "long.txt"
    p = read(path)
    options = WriteOptions(theme=load_theme(None))
    brief = load_lengths()["brief"]
    fitted = fit(p, brief, source_date(p, path), ChartService(p, None), options, need_pdf=False)
    assert max(reached) == brief.max_pages + 1, max(reached)  # some candidate overflowed, and stopped there
    # the Document kept measures as it did: its whole draft is the one the fit measured
    whole = draft(fitted.document, options, reserve=0.02)
    assert whole.pages == fitted.pages <= brief.max_pages


def test_a_draft_within_its_limit_is_the_whole_draft_and_one_past_it_says_so():
    """`page_limit` changes nothing for a Document within it; one past it comes back as one page
    more than the limit, whatever its length."""
    from briefkit.fit import build_document

    path = ART / "world_athletics.txt"
    p = read(path)
    full = load_lengths()["full"]
    options = WriteOptions(theme=load_theme(None))
    document, _ = build_document(p, full, full.max_detail, source_date(p, path), ChartService(p, None), None)
    whole = PdfWriter().render(document, options, draft=True)
    assert whole.pages >= 3
    assert PdfWriter().render(document, options, draft=True, page_limit=whole.pages) == whole
    past = PdfWriter().render(document, options, draft=True, page_limit=1)
    assert past.pages == 2 and len(past.page_fills) == 2


@pytest.mark.parametrize("stem", ["82nd_airborne_division", "world_athletics", "greenpeace"])
def test_a_one_page_length_lays_out_the_candidate_it_writes_once(monkeypatch, stem):
    """A snapshot has one page: no tail to trim, no page before the last to mend, so the one
    candidate it measures with no reserve is the one it writes, and measuring it by a draft
    first was the same layout made twice. Its PDF is written when measured, and is the PDF
    a draft would have measured (the same pages and fills)."""
    from briefkit.layout_cache import draft

    calls: list[tuple[bool, float]] = []
    real = PdfWriter.render

    def counted(self, document, options, draft=False, reserve=0.0, **kw):
        calls.append((draft, reserve))
        return real(self, document, options, draft=draft, reserve=reserve, **kw)

    monkeypatch.setattr(PdfWriter, "render", counted)
    p = read(ART / f"{stem}.txt")
    options = WriteOptions(theme=load_theme(None))
    fitted = fit(p, load_lengths()["snapshot"], source_date(p, ART / f"{stem}.txt"), ChartService(p, None), options)
    assert fitted.pdf is not None and fitted.pages == 1
    assert [c for c in calls if not c[0]] == [(False, 0.0)]  # one final PDF
    assert not [c for c in calls if c[0] and c[1] == 0.0]  # and no draft without the reserve
    measured = draft(fitted.document, options, reserve=0.0)
    assert (measured.pages, measured.page_fills) == (fitted.pages, fitted.page_fills)
