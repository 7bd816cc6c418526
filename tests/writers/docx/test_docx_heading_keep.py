"""No heading ends a page in the DOCX as LibreOffice lays it out.

Word keeps a heading with the paragraph after it ("keep with next"). LibreOffice drops that
keep for a heading that directly follows a figure caption when what follows the heading
does not fit below it: the heading stays alone at the foot of the page and its picture (or
list) moves on. The writer puts a 1 pt "Keep Anchor" paragraph before every heading that
follows a figure, with which LibreOffice keeps them together (checked on the seed, whose
full profile showed the fault, and in a sweep of themes and articles while the fix was
made; CDU's full profile, in test_docx_list_keeps, has a list under such a heading).
"""
from __future__ import annotations


from briefkit.document import nodes as N
from docx_fixtures import FakeChart, convert_to_pdf, libreoffice, meta, paragraphs_by_style, tiny_png, write
from helpers import docx_headings, headings_ending_pages

CHART = FakeChart(tiny_png(), 4.0, 3.0, "A chart")


def _styles(blocks: list) -> list[tuple[str, str]]:
    return paragraphs_by_style(write(N.Document(meta(), blocks)))


def test_anchor_before_a_heading_that_follows_a_figure():
    """After a figure's caption LibreOffice drops keep-with-next from the heading when what
    the heading is over cannot split to fit under it (its own figure; a list, whose first
    items keep together: CDU's "People" after its organisation chart) unless an anchor
    stands between. Over text it needs none (the anchor's point of height pushed a line of
    the seed's brief on, and a page break before the next heading left that page nearly
    empty); after text an anchor is what makes it leave the heading alone."""
    t = N.Text
    got = _styles([
        N.Paragraph([t("Text.")]),
        N.Heading(1, [t("Timeline")], "tl"),
        N.Figure("timeline", {}, [t("Events.")], 1, CHART),
        N.Heading(1, [t("Organisation")], "org"),
        N.Figure("orgchart", {}, [t("Chart.")], 2, CHART),
        N.Heading(1, [t("People")], "people"),
        N.List([N.ListItem([N.Paragraph([t("A name")])])]),
        N.Figure("orgchart", {}, [t("Another chart.")], 3, CHART),
        N.Heading(1, [t("Structure")], "structure"),
        N.Paragraph([t("The units are:")]),
        N.List([N.ListItem([N.Paragraph([t("A unit")])])]),
        N.Figure("orgchart", {}, [t("A third chart.")], 4, CHART),
        N.Heading(1, [t("History")], "hist"),
        N.Paragraph([t("More text.")]),
        N.Heading(1, [t("Nothing drawn")], "none"),
        N.Figure("orgchart", {}, [t("Left out.")], 5, None),
    ])
    styles = [s for s, _ in got]
    for heading in ("Organisation", "People", "Structure"):
        i = [n for n, (s, text) in enumerate(got) if text == heading][0]
        assert styles[i - 1] == "Keep Anchor", heading
        assert got[i - 1][1] == ""  # it carries no text: readers and word counts never see it
    # not before a heading over text, nor after text, nor before a figure left out
    assert styles.count("Keep Anchor") == 3


def test_no_anchor_inside_a_box():
    t = N.Text
    got = _styles([N.Callout("note", "Box", [N.Heading(2, [t("Inside")], "in"),
                                              N.Figure("x", {}, [t("c")], 1, CHART)])])
    assert "Keep Anchor" not in [s for s, _ in got]


def test_no_heading_ends_a_page_in_libreoffice(seed_build, tmp_path):
    assert libreoffice(), "LibreOffice is not installed"
    named = []
    for length in ("snapshot", "brief", "full"):
        q = tmp_path / f"{length}.docx"
        q.write_bytes(seed_build[(length, "docx")].read_bytes())
        named.append(q)
    profile = tmp_path / "profile"
    pdfs = convert_to_pdf(named, tmp_path / "pdf", profile)
    headings = docx_headings(named[-1])
    assert "Structure" in headings and len(headings) >= 8
    for q in named:
        assert headings_ending_pages(pdfs[q], docx_headings(q)) == [], q.stem


def _chart_opener_ppr(fill_before: float):
    """The pPr of "Timeline" in a DOCX whose PDF opened page 2 with it over its chart, the page
    before filled to `fill_before`."""
    import io
    import zipfile

    t = N.Text
    doc = N.Document(meta(), [N.Heading(1, [t("Leadership")], "l"), N.Paragraph([t("Text.")]),
                              N.Heading(1, [t("Timeline")], "tl"),
                              N.Figure("timeline", {}, [t("Events.")], 1, CHART)])
    doc.pages = N.PageMap((1, 2), (True, True), (fill_before, 0.6))
    xml = zipfile.ZipFile(io.BytesIO(write(doc))).read("word/document.xml").decode()
    at = xml.index(">Timeline<")
    return xml[xml.rindex("<w:p>", 0, at):at]


def test_a_heading_over_its_chart_opens_the_page_the_pdf_opened_with_it():
    """GCHQ's brief left "Timeline" at the foot of page 1 in LibreOffice, its chart overleaf,
    where the PDF had moved both to page 2; a keep anchor fixed that and broke the 82nd
    Airborne's. The heading opens the page with a break, without the space above it that a
    page's top drops (kept, it pushed Human Rights Watch's brief onto a third page); not when
    the PDF's page before was full, which the word processor's looser lines would overflow."""
    ppr = _chart_opener_ppr(0.88)
    assert "<w:pageBreakBefore/>" in ppr and 'w:before="0"' in ppr
    assert "KeepAnchor" not in ppr
    full = _chart_opener_ppr(0.99)
    assert "<w:pageBreakBefore/>" not in full and "w:spacing" not in full


def test_a_page_map_says_how_full_the_page_before_an_entry_came():
    pm = N.PageMap((1, 2, 3), (False, True, True), (0.9, 0.8, 0.4))
    assert [pm.fill_before(i) for i in range(3)] == [1.0, 0.9, 0.8]
    assert N.PageMap((1, 2), (False, True)).fill_before(1) == 1.0  # not known
