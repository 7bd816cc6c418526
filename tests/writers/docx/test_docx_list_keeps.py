"""A list's paragraphs keep with the next where the PDF's items do (`writers/list_keeps.py`).

A heading keeps with the paragraph after it in Word and LibreOffice alike, so over a list it
kept with the first bullet only: LibreOffice left Ericsson's "People" and one name at a page
foot where the PDF had moved the heading on with three, and the contents (the PDF's pages)
then named the wrong page. A parent item keeps with its first sub-item.
"""
from __future__ import annotations

import warnings

from briefkit.document import nodes as N
from docx_fixtures import NS, W, body, convert_to_pdf, libreoffice, meta, para_text, write
from helpers import FIXTURES, docx_headings, headings_ending_pages, page_body_lines
from test_docx_toc_pages import docx_toc

t = N.Text


def _item(text: str, *inner: N.Block) -> N.ListItem:
    return N.ListItem([N.Paragraph([t(text)]), *inner])


def _kept(blocks: list[N.Block]) -> list[str]:
    """Text of every body paragraph that keeps with the next by itself (not by its style)."""
    return [para_text(p) for p in body(write(N.Document(meta(), blocks))).iter(W + "p")
            if p.find("w:pPr/w:keepNext", NS) is not None]


def test_a_long_list_keeps_its_first_three_items_and_its_last_three_together():
    names = [f"name {i}" for i in range(9)]
    kept = _kept([N.Heading(1, [t("People")], "p"), N.List([_item(n) for n in names])])
    assert kept == ["name 0", "name 1", "name 6", "name 7"]


def test_a_short_list_stays_whole():
    kept = _kept([N.Heading(1, [t("People")], "p"), N.List([_item(f"n{i}") for i in range(4)])])
    assert kept == ["n0", "n1", "n2"]


def _closed_list(carried: bool) -> N.Document:
    doc = N.Document(meta(), [N.Heading(1, [t("Overview")], "o"), N.Paragraph([t("Text.")]),
                              N.Heading(1, [t("Leadership")], "l"), N.List([_item(f"n{i}") for i in range(4)]),
                              N.Paragraph([t("The chairmen of the board represent the owners.")])])
    doc.pages = N.PageMap((1, 1), (False, False), (1.0,), (False, carried))
    return doc


def _keeps_lines(doc: N.Document) -> list[str]:
    return [para_text(p) for p in body(write(doc)).iter(W + "p") if p.find("w:pPr/w:keepLines", NS) is not None]


def test_a_list_closed_by_a_paragraph_keeps_with_it_unless_the_section_may_be_carried_over():
    """As the PDF keeps them, a list's last items keep with the short paragraph after it, which
    keeps its lines together; where the draft with the word processor's reserve opened a page
    with the section (`PageMap.carried`), a word processor would move heading, list and
    paragraph on together (Gulf Air's brief, page 1 a quarter blank in LibreOffice), so the
    list keeps only its own items together and the paragraph may break."""
    kept = _kept_doc(_closed_list(False))
    assert kept == ["n0", "n1", "n2", "n3"]
    assert _keeps_lines(_closed_list(False)) == ["The chairmen of the board represent the owners."]
    assert _kept_doc(_closed_list(True)) == ["n0", "n1", "n2"]
    assert _keeps_lines(_closed_list(True)) == []


def _kept_doc(doc: N.Document) -> list[str]:
    return [para_text(p) for p in body(write(doc)).iter(W + "p") if p.find("w:pPr/w:keepNext", NS) is not None]


def test_a_parent_item_keeps_with_its_first_sub_item():
    subs = [_item(f"district {i}") for i in range(5)]
    lst = N.List([_item("Congress"), _item("Council"), _item("Tbilisi", N.List(subs)),
                  _item("Adjara", N.List([_item("Batumi"), _item("Kobuleti")])), _item("Guria"),
                  _item("Imereti"), _item("Kakheti")])
    # Outer entries: Congress, Council, Tbilisi, its sub-list, Adjara, its sub-list, Guria,
    # Imereti, Kakheti: the first three and last three keep together, and each parent keeps
    # with its sub-list; a sub-list keeps its own items by the same rule (a short one whole).
    assert _kept([lst]) == ["Congress", "Council", "Tbilisi", "district 0", "district 1", "district 2",
                            "district 3", "Adjara", "Batumi", "Guria", "Imereti"]


def test_a_sub_list_kept_with_the_next_item_keeps_its_last_item_with_it():
    subs = "abcdefghi"
    lst = N.List([_item("one", N.List([_item(x) for x in subs])), _item("two")])
    kept = _kept([lst])
    assert "i" in kept and "one" in kept and "two" not in kept
    assert "c" not in kept  # a sub-list longer than eight may still break inside, after its first three


def test_a_sub_list_of_eight_or_fewer_stays_whole():
    """Rounds 61-62: Europol's Operations Directorate and MSF's operational centres, six
    sub-items each, broke three and three across a page in the full profiles; the tail at the
    top of the next page read as items of the outer list (`list_keeps.SHORT_NESTED`)."""
    lst = N.List([_item("one", N.List([_item(x) for x in "abcdef"])), _item("two"), _item("three"),
                  _item("four"), _item("five"), _item("six"), _item("seven")])
    kept = _kept([lst])
    assert [x for x in "abcdef" if x in kept] == list("abcdef")


def test_keep_sits_where_the_schema_puts_it():
    """keepNext follows pStyle and comes before numPr and spacing in pPr."""
    data = write(N.Document(meta(), [N.List([_item("a"), _item("b")], ordered=True)]))
    for p in body(data).iter(W + "p"):
        ppr = p.find("w:pPr", NS)
        if ppr is not None and ppr.find("w:keepNext", NS) is not None:
            tags = [c.tag.split("}")[1] for c in ppr]
            assert tags.index("keepNext") == tags.index("pStyle") + 1
            assert tags.index("keepNext") < tags.index("numPr")


def test_no_keeps_in_a_table_cell():
    rows = [N.FactRow([t("Units")], [N.List([_item(f"u{i}") for i in range(4)])])]
    assert _kept([N.FactTable(rows)]) == []


def test_libreoffice_keeps_a_heading_with_its_list_and_the_contents_pages(tmp_path, monkeypatch):
    """Europol's full profile: LibreOffice left "Executive directors", its intro and one
    name at the foot of page 2, where the PDF (and so the contents) put it on page 3. Georgian
    Dream's has a nested list. CDU's "People" follows its organisation chart, and LibreOffice
    left it alone at the foot of page 4 (see the "Keep Anchor" style). In LibreOffice every
    contents entry's cached page is the page its heading is on, no heading ends a page, and
    no page ends on a heading and one item."""
    from briefkit.build import BuildOptions, build_seed

    assert libreoffice(), "LibreOffice is not installed"
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1717200000")
    named = []
    for stem in ("europol", "georgian_dream", "cdu"):
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            out = build_seed(FIXTURES / "articles" / f"{stem}.txt",
                             BuildOptions(out_dir=tmp_path / "dist", lengths=("full",), formats=("docx",), cache=False))
        q = tmp_path / f"{stem}.docx"
        q.write_bytes(out.outputs[0].path.read_bytes())
        named.append(q)
    profile = tmp_path / "profile"
    pdfs = convert_to_pdf(named, tmp_path / "pdf", profile)
    for q in named:
        headings = docx_headings(q)
        pages = page_body_lines(pdfs[q])
        assert headings_ending_pages(pdfs[q], headings) == [], q.stem
        lone = [(n + 1, lines[-2:]) for n, lines in enumerate(pages[:-1])
                if len(lines) >= 2 and lines[-2] in headings
                and not lines[-1].startswith("Figure ")]  # a heading, its chart, the chart's caption
        assert lone == [], (q.stem, lone)
        entries = [(title, int(page)) for title, page in docx_toc(q.read_bytes()) if page]
        assert len(entries) >= 6
        wrong = [(title, page, [n + 1 for n, lines in enumerate(pages) if title in lines])
                 for title, page in entries if title not in pages[page - 1]]
        assert wrong == [], (q.stem, wrong)


def test_a_brief_without_contents_flows_in_libreoffice_within_its_three_pages(tmp_path, monkeypatch):
    """A heading that opened a page of the PDF opens one in the DOCX only where a contents list
    gives the PDF's page numbers: the Legion's brief, whose "Ideology" opened the PDF's third
    page, ran to four pages in LibreOffice, which filled its second sooner and then broke before
    "Ideology" with three lines on the third."""
    from briefkit.build import BuildOptions, build_seed
    from helpers import SEED

    assert libreoffice(), "LibreOffice is not installed"
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1717200000")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        out = build_seed(SEED, BuildOptions(out_dir=tmp_path / "dist", lengths=("brief",), formats=("pdf", "docx"),
                                            cache=False))
    q = tmp_path / "brief.docx"
    q.write_bytes(next(o.path for o in out.outputs if o.path.suffix == ".docx").read_bytes())
    profile = tmp_path / "profile"
    pdfs = convert_to_pdf([q], tmp_path / "pdf", profile)
    assert len(page_body_lines(pdfs[q])) <= 3


def test_a_short_section_ending_on_its_chart_keeps_its_text_with_the_chart():
    """Nokia's brief DOCX left "Divisions" and its two sentences at the foot of page 2 and the
    chart overleaf, where the PDF had moved the section whole to page 3."""
    from docx_fixtures import FakeChart, tiny_png

    fig = N.Figure(chart="orgchart", rendered=FakeChart(tiny_png(), 4.0, 3.0, "chart"), number=1,
                   caption=[t("Organisation.")])
    kept = _kept([N.Heading(1, [t("History")], "h"), N.Paragraph([t("A long story.")]),
                  N.Heading(1, [t("Divisions")], "d"), N.Paragraph([t("One sentence.")]),
                  N.Paragraph([t("Another.")]), fig])
    assert kept == ["One sentence.", "Another."], kept
