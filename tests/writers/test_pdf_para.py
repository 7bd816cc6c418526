"""A draft's paragraph takes its height from an earlier one with the same markup, style and
widths, breaking its lines only when they are asked for (`pdf_para.Para.wrap`); the layout
is the one ReportLab gives without that."""
from __future__ import annotations

import pytest
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph

from briefkit.writers import pdf_para
from helpers import SEED

TEXT = ("The Freedom of Russia Legion is a <b>Russian</b> formation fighting on the side of Ukraine; "
        "it was formed in the spring of 2022 from defectors and prisoners of war. ") * 3
STYLE = ParagraphStyle("body", fontName="Helvetica", fontSize=10, leading=13)


@pytest.fixture(autouse=True)
def _fresh_memo(monkeypatch):
    monkeypatch.setattr(pdf_para, "_HEIGHTS", {})
    monkeypatch.setattr(pdf_para, "_FRAGS", {})


def _breaks(monkeypatch) -> list[int]:
    calls: list[int] = []
    real = Paragraph.breakLines
    monkeypatch.setattr(Paragraph, "breakLines", lambda self, w: calls.append(1) or real(self, w))
    return calls


def _para(measured: bool = True) -> pdf_para.Para:
    return pdf_para.paragraph(pdf_para.Para, TEXT, STYLE, pdf_para.style_key(STYLE), measured=measured)


def test_a_measured_paragraph_is_broken_once_per_markup_style_and_width(monkeypatch) -> None:
    calls = _breaks(monkeypatch)
    first = _para().wrap(300, 1000)
    assert len(calls) == 1
    again = _para()
    assert again.wrap(300, 1000) == first
    assert len(calls) == 1, "the same paragraph in a later draft takes its height"
    assert "blPara" not in again.__dict__
    assert _para().wrap(200, 1000) != first and len(calls) == 2, "another width is broken"
    plain = _para(measured=False)
    assert plain.wrap(300, 1000) == first and len(calls) == 3, "a final PDF's paragraph always breaks"


def test_lines_asked_for_are_the_lines_a_wrap_makes(monkeypatch) -> None:
    _para().wrap(300, 1000)
    measured, plain = _para(), _para(measured=False)
    assert measured.wrap(300, 1000) == plain.wrap(300, 1000)
    assert measured.height == plain.height
    assert [line.words[0].text for line in measured.blPara.lines] == \
           [line.words[0].text for line in plain.blPara.lines]
    assert measured.height == plain.height, "breaking the lines late keeps the wrap's height"
    assert len(measured.frags) == len(plain.frags)


def test_lines_are_broken_once_and_kept_and_other_attributes_stay_missing(monkeypatch) -> None:
    """The lines of a measured paragraph are broken when first asked for and are its own from
    then on (set, read and deleted as ReportLab does); a paragraph without lines to give, and
    any other attribute it lacks, is found missing as on a plain Paragraph."""
    calls = _breaks(monkeypatch)
    _para().wrap(300, 1000)
    measured = _para()
    measured.wrap(300, 1000)
    assert len(calls) == 1 and "blPara" not in measured.__dict__
    lines = measured.blPara
    assert measured.__dict__["blPara"] is lines and measured.blPara is lines and len(calls) == 2
    del measured.blPara
    assert not hasattr(measured, "blPara") and len(calls) == 2, "asked again, nothing to break"
    fresh = _para(measured=False)
    assert not hasattr(fresh, "blPara")
    for name in ("frameAction", "_postponed", "blParaX"):
        assert not hasattr(measured, name) and not hasattr(fresh, name)
    with pytest.raises(AttributeError):
        fresh.blPara


def test_a_measured_paragraph_splits_as_a_wrapped_one(monkeypatch) -> None:
    _para().wrap(300, 1000)
    measured, plain = _para(), _para(measured=False)
    measured.wrap(300, 40)
    plain.wrap(300, 40)
    m_parts, p_parts = measured.split(300, 40), plain.split(300, 40)
    assert len(m_parts) == len(p_parts) == 2
    for m, p in zip(m_parts, p_parts):
        assert m.wrap(300, 1000) == p.wrap(300, 1000)
        assert m.getPlainText() == p.getPlainText()


def test_a_paragraph_moved_on_whole_is_wrapped_again(monkeypatch) -> None:
    """`split` that finds no room forgets the lines (`del self.blPara`): the next frame wraps
    the paragraph again, as ReportLab's own would be."""
    _para().wrap(300, 1000)
    measured = _para()
    measured.wrap(300, 1000)
    assert measured.split(300, 5) == []
    assert not hasattr(measured, "blPara")


def test_drafts_of_the_seed_give_the_pages_of_unmeasured_drafts(monkeypatch) -> None:
    from briefkit.charts_service import ChartService
    from briefkit.compose import load_lengths, source_date
    from briefkit.fit import build_document
    from briefkit.readers import read
    from briefkit.writers import WriteOptions, get_writer

    profile = read(SEED)
    charts = ChartService(profile, None)
    writer = get_writer("pdf")
    length = load_lengths()["brief"]
    docs = [build_document(profile, length, d, source_date(profile, SEED), charts, None)[0]
            for d in range(length.max_detail + 1)]
    measured = [writer.render(d, WriteOptions(), draft=True) for d in docs]
    assert pdf_para._HEIGHTS, "the drafts measured their paragraphs"
    monkeypatch.setattr(pdf_para.Para, "_bk_measure", None)
    monkeypatch.setattr(pdf_para, "paragraph", _unmeasured(pdf_para.paragraph))
    import briefkit.writers.pdf as pdf_writer

    monkeypatch.setattr(pdf_writer, "paragraph", pdf_para.paragraph)
    plain = [writer.render(d, WriteOptions(), draft=True) for d in docs]
    for m, p in zip(measured, plain):
        assert (m.pages, m.page_map, m.page_fills) == (p.pages, p.page_map, p.page_fills)


def _unmeasured(real):
    return lambda *a, measured=False, **k: real(*a, **k)


def test_contents_entries_are_parsed_once_and_drawn_as_reportlab_draws_them(monkeypatch) -> None:
    """The contents list's entries are ReportLab's paragraphs, made at every wrap of the list;
    their markup is parsed once per process (`pdf_contents._entries_parsed_once`), and the PDF
    is the one ReportLab's own parse at every wrap gives."""
    import contextlib

    from reportlab.platypus import paraparser

    from briefkit.charts_service import ChartService
    from briefkit.compose import load_lengths, source_date
    from briefkit.fit import build_document
    from briefkit.readers import read
    from briefkit.writers import WriteOptions, get_writer, pdf_contents

    profile = read(SEED)
    length = load_lengths()["full"]
    document = build_document(profile, length, length.max_detail, source_date(profile, SEED),
                              ChartService(profile, None), None)[0]
    writer = get_writer("pdf")
    entries: list[str] = []
    real = paraparser.ParaParser.parse

    def parse(self, text, style):
        if "drawTOCEntryEnd" in text:
            entries.append(text)
        return real(self, text, style)

    monkeypatch.setattr(paraparser.ParaParser, "parse", parse)
    first = writer.render(document, WriteOptions()).data
    assert entries and len(entries) == len(set(entries)), "each entry parsed once in the first PDF"
    entries.clear()
    assert writer.render(document, WriteOptions()).data == first
    assert entries == [], "the same entries in the next PDF are not parsed again"
    monkeypatch.setattr(pdf_contents, "_entries_parsed_once", contextlib.nullcontext)
    assert writer.render(document, WriteOptions()).data == first, "the PDF ReportLab's own parse gives"
    assert entries, "(the check above parsed the entries itself)"


def test_markup_remembered_gives_the_same_markup_and_reports_missing_characters_again() -> None:
    """`pdf._markup` is remembered per runs and fonts: a later draft's paragraph gets the very
    markup, and the characters no font has are reported to every caller that asks, so the
    build still warns of them."""
    from briefkit.document.nodes import Text
    from briefkit.theme import Theme
    from briefkit.writers import pdf

    fs = pdf._fontset(Theme().fonts)
    runs = [Text(text="Tom & Jerry "), Text(text="\U00010600 bold", bold=True), Text(text="link", href="https://x.org/?a=1&b=2")]
    first: set[str] = set()
    made = pdf._markup(list(runs), fs, fs.body_path, "#123456", first)
    assert "<b>" in made and "&amp;" in made and "\U00010600" in first
    again: set[str] = set()
    assert pdf._markup([Text(text="Tom & Jerry "), Text(text="\U00010600 bold", bold=True),
                        Text(text="link", href="https://x.org/?a=1&b=2")], fs, fs.body_path, "#123456", again) == made
    assert again == first
    assert pdf._markup(list(runs), fs, fs.body_path, "#654321") != made  # the accent is read


def test_the_themes_styles_are_shared_and_no_layout_changes_them() -> None:
    """Every layout of a theme uses the same style objects, keyed once each; a final PDF of
    the seed's full profile leaves every attribute of every one of them as it was, which the
    sharing relies on."""
    from briefkit.charts_service import ChartService
    from briefkit.compose import load_lengths, source_date
    from briefkit.fit import build_document
    from briefkit.readers import read
    from briefkit.theme import load_theme
    from briefkit.writers import WriteOptions, get_writer
    from briefkit.writers.pdf import _fontset, _styles

    theme = load_theme(None)
    styles = _styles(theme, _fontset(theme.fonts))
    assert _styles(theme, _fontset(theme.fonts)) is styles
    every = [styles.body, styles.lead, styles.small, styles.quote, styles.title, styles.subtitle, styles.caption,
             styles.cell, styles.cell_label, styles.callout_title, *styles.h.values(), *styles.toc]
    before = [dict(vars(s)) for s in every]
    keys = [pdf_para.style_key_of(s) for s in every]
    profile = read(SEED)
    document = build_document(profile, load_lengths()["full"], 10, source_date(profile, SEED),
                              ChartService(profile, None), None)[0]
    get_writer("pdf").render(document, WriteOptions(theme=theme))
    assert [dict(vars(s)) for s in every] == before
    assert [pdf_para.style_key_of(s) for s in every] == keys == [pdf_para.style_key(s) for s in every]
