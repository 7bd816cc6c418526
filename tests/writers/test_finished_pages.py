"""Pages a reader would call finished, and budgets that say what they cost.

Measured from the PDF as a reader sees it (the lowest text line of each page), on the seed
and on fixture articles of different shapes: a unit with a tall timeline and org chart, an
NGO, a company, a union of states.
"""
from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest

from helpers import FIXTURES, SEED, build, headings_ending_pages, page_fill, pdf_pages

ARTICLES = FIXTURES / "articles"
SEEDS = [SEED, ARTICLES / "msf.txt", ARTICLES / "nokia.txt", ARTICLES / "african_union.txt",
         ARTICLES / "93rd_mechanized_brigade.txt", ARTICLES / "azov.txt", ARTICLES / "georgian_dream.txt"]
MIN_FILL = 0.75


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> dict[str, dict[str, object]]:
    """Every length of every seed as PDF: {seed stem: {length: Output}}."""
    out = tmp_path_factory.mktemp("finished")
    result: dict[str, dict[str, object]] = {}
    for seed in SEEDS:
        result[seed.stem] = {o.length: o for o in build(seed, out, formats=("pdf",))}
    return result


@pytest.mark.parametrize("seed", [s.stem for s in SEEDS])
def test_every_page_but_the_last_is_three_quarters_filled(built, seed):
    for length in ("brief", "full"):
        fills = page_fill(built[seed][length].path)
        short = [(n + 1, f) for n, f in enumerate(fills[:-1]) if f < MIN_FILL]
        assert not short, f"{seed} {length}: pages filled less than {MIN_FILL:.0%}: {short}"


@pytest.mark.parametrize("seed", [s.stem for s in SEEDS])
def test_a_brief_never_ends_on_a_page_of_a_few_lines(built, seed):
    """Azov's brief had a third page of two lines and the source note: the drafts kept the
    word processor's headroom of a long profile and saw three pages at every detail level."""
    from briefkit.fit import LAST_PAGE_MIN

    fills = page_fill(built[seed]["brief"].path)
    assert len(fills) == 1 or fills[-1] >= LAST_PAGE_MIN, f"{seed}: {fills}"


def test_azovs_brief_ends_a_page_sooner_and_says_where_its_commanders_were_sent(built):
    """Azov's brief had a third page of two lines; its History told that the commanders
    "returned from Turkey" without the sentence that sent them there."""
    from pypdf import PdfReader

    reader = PdfReader(str(built["azov"]["brief"].path))
    text = " ".join(" ".join(p.extract_text().split()) for p in reader.pages)
    assert len(reader.pages) == 2
    assert "returned from Turkey" not in text or "sent to Turkey" in text


@pytest.mark.parametrize("seed", [s.stem for s in SEEDS])
def test_the_snapshot_is_one_page_and_the_brief_at_most_three(built, seed):
    assert built[seed]["snapshot"].pages == 1
    assert built[seed]["brief"].pages <= 3


@pytest.mark.parametrize("seed", [s.stem for s in SEEDS])
def test_no_heading_is_the_last_line_of_a_pdf_page(built, seed):
    from pypdf import PdfReader

    for length in ("brief", "full"):
        path = built[seed][length].path
        headings = [item.title for item in PdfReader(str(path)).outline if hasattr(item, "title")]
        assert not headings_ending_pages(path, headings), f"{seed} {length}"


def test_the_full_profiles_contents_share_page_one_with_the_text(built):
    from pypdf import PdfReader

    first = PdfReader(str(built["african_union"]["full"].path)).pages[0].extract_text()
    assert "Contents" in first and "Overview" in first.split("Contents", 1)[1].split("See also", 1)[1]


def test_a_budget_that_drops_content_says_so(built):
    from briefkit.lengths import load_lengths

    snapshot = built[SEED.stem]["snapshot"]
    assert snapshot.detail < load_lengths()["snapshot"].max_detail, "the seed's snapshot needs a lower detail level to fit"
    assert snapshot.dropped, "what was left out is reported"
    assert any("key facts" in d or "chart" in d or "At a glance" in d for d in snapshot.dropped)
    assert built[SEED.stem]["full"].dropped == ()


def test_the_batch_report_and_output_list_what_was_dropped(tmp_path, monkeypatch, capsys):
    from briefkit.batch import build_many

    monkeypatch.chdir(tmp_path)
    (tmp_path / "seeds").mkdir()
    shutil.copy(SEED, tmp_path / "seeds" / SEED.name)
    build_many("seeds", out_dir="out", lengths=["snapshot"], formats=["pdf"], jobs=1)
    report = json.loads((tmp_path / "out" / "build-report.json").read_text())
    entry = report["outputs"][0]
    assert entry["detail"] < entry["max_detail"] and entry["dropped"]


def test_a_figure_that_does_not_fit_lets_the_next_section_fill_the_page(built):
    """A brief whose timeline does not fit under the key facts (Azov's, among these) sets the
    next section there instead, and the figures still follow in their numbered order. Azov's
    page 1 ends on its Overview since its Leadership list is kept on one page (`fit.unbroken`):
    the page is four fifths full all the same."""
    from pypdf import PdfReader

    from briefkit.fit import PAGE_MIN

    moved = 0
    for seed in built:
        pages = [p.extract_text() for p in PdfReader(str(built[seed]["brief"].path)).pages]
        text = " ".join(pages)
        if "Figure 1." not in text or "Figure 1." in pages[0]:
            continue
        moved += 1
        assert "Leadership" in pages[0] or "History" in pages[0] or "Overview" in pages[0], seed
        assert page_fill(built[seed]["brief"].path)[0] >= PAGE_MIN - 0.02, seed
        if "Figure 2." in text:
            assert text.index("Figure 1.") < text.index("Figure 2."), seed
    assert moved >= 1, "no brief here has a figure that moved: the test checks nothing"


@pytest.mark.parametrize("seed", [s.stem for s in SEEDS])
def test_a_moved_figure_never_follows_the_source_line(built, seed):
    from helpers import page_body_lines

    for length in ("snapshot", "brief", "full"):
        last = [line for page in page_body_lines(built[seed][length].path) for line in page][-1]
        assert last.endswith("adapts it."), f"{seed} {length}: ends with {last!r}"


def test_a_figure_section_before_the_source_note_is_still_one():
    """Moved to the end, the organisation chart's section is followed by the source note, not a
    heading: it stays a figure section, so the timeline moved after it cannot pass it and print
    Figure 1 after Figure 2 (Georgian Dream's brief did)."""
    from briefkit.document.floats import float_units
    from briefkit.document.nodes import Figure, Heading, Paragraph, Text

    blocks = [Heading(1, [Text("History")]), Paragraph([Text("Text.")]),
              Heading(1, [Text("Timeline")]), Figure(chart="timeline"),
              Heading(1, [Text("Organisation chart")]), Figure(chart="orgchart"),
              Paragraph([Text("Source: ...")], style="small")]
    assert float_units(blocks) == {2: 3, 4: 5}


def test_a_chart_ending_a_text_section_floats_without_its_heading():
    """The organisation chart printed under the article's "Structure", after its sentences, is
    a unit of its own (it may let the next section fill the page); so is a figure with text
    after it in its section (it may let that text go first, `floats.within_section`); a
    figure section's chart is not counted twice."""
    from briefkit.document.floats import float_units, within_section
    from briefkit.document.nodes import Figure, Heading, Paragraph, Text

    long = "It has parts. " * 30
    blocks = [Heading(1, [Text("Timeline")]), Figure(chart="timeline"),
              Heading(1, [Text("Structure")]), Paragraph([Text(long)]), Figure(chart="orgchart"),
              Heading(1, [Text("History")]), Paragraph([Text("Text.")]), Figure(chart="x"), Paragraph([Text("More.")]),
              Paragraph([Text("Source: ...")], style="small")]
    assert float_units(blocks) == {0: 1, 4: 4, 7: 7}
    assert [within_section(blocks, last) for last in (1, 4, 7)] == [False, False, True]


def test_a_chart_within_its_sections_text_lets_that_text_fill_the_page_first(tmp_path):
    """Wagner's full profile set its organisation chart after the Leadership list, before
    "Reporting on the group describes these components:" and the list it introduces; too tall
    for the page's foot, the chart opened page 4 and left a quarter of page 3 blank (round 64:
    the figure "comes before the sentence that introduces it" and leaves a hole). The rest of
    the section fills the page instead and the chart closes the section, in the DOCX as in the
    PDF. Told here by a Document made for it: a page of text, a chart too tall for what is
    left of it, and the section's closing sentences."""
    import sys

    from briefkit.document import nodes as N
    from briefkit.writers import WriteOptions, get_writer

    sys.path.insert(0, str(Path(__file__).parent / "docx"))
    from docx_fixtures import FakeChart, tiny_png

    t = N.Text
    words = "The regional offices report to the headquarters, which sets their budgets every year. "
    blocks = [N.Heading(1, [t("Structure")], "h-structure"), *[N.Paragraph([t(words * 6)]) for _ in range(7)],
              N.Figure(chart="orgchart", rendered=FakeChart(tiny_png(), 6.0, 3.4, "Organisation", name="orgchart"),
                       caption=[t("Organisation: Blue and its parts.")], number=1),
              N.Paragraph([t("Reporting on the group describes these components, which closes the section. " * 4)]),
              N.Heading(1, [t("People")], "h-people"), N.Paragraph([t("Its people are listed above.")])]
    document = N.Document(meta=N.Meta(title="Blue", short_title="Blue", subject="Blue", keywords=[], language="en",
                                      date="2024-06-01", length="full"), blocks=blocks)
    result = get_writer("pdf").render(document, WriteOptions())
    assert result.floats.moves, "the chart was not set after its section's closing text"
    path = tmp_path / "blue.pdf"
    path.write_bytes(result.data)
    pages = [" ".join(p.split()) for p in pdf_pages(path)]
    on = next(n for n, p in enumerate(pages) if "Figure 1." in p)
    assert " ".join(pages).index("closes the section") < " ".join(pages).index("Figure 1.")
    assert page_fill(path)[on - 1] >= 0.9
    from briefkit.document import floats

    floats.apply(document, result.floats)  # the order the DOCX is written in
    assert document.blocks.index(blocks[9]) < document.blocks.index(blocks[8])  # the closing text, then the chart


def test_wagners_full_profile_leaves_no_page_before_its_chart_a_fifth_blank(tmp_path):
    """Wagner's full profile, the case that prompted the rule above, in both formats: the page
    before the organisation chart is filled to at least `fit.PAGE_MIN`, and the DOCX sets the
    chart where the PDF does. (Its lines now wrap as a word processor's do, without shrinking
    spaces, and the list after the chart would reach the page's foot: the chart opens the page
    and the text follows it, the page before four-fifths full or more.)"""
    import io
    import zipfile

    from briefkit.fit import PAGE_MIN

    outs = build(ARTICLES / "wagner_group.txt", tmp_path, formats=("pdf", "docx"), lengths=("full",))
    pdf = next(o for o in outs if o.path.suffix == ".pdf")
    pages = [" ".join(p.split()) for p in pdf_pages(pdf.path)]
    on = next(n for n, p in enumerate(pages) if "Figure 2." in p)
    assert page_fill(pdf.path)[on - 1] >= PAGE_MIN
    text = " ".join(pages)
    docx = next(o for o in outs if o.path.suffix == ".docx")
    xml = zipfile.ZipFile(io.BytesIO(docx.path.read_bytes())).read("word/document.xml").decode()
    pdf_first = text.index("not part of Wagner") < text.index("Figure 2.")
    assert pdf_first == (xml.index("not part of Wagner") < xml.index("Organisation: Wagner Group and its"))


def test_a_short_section_ending_on_a_chart_goes_whole_with_it_but_never_moves():
    """"Structure", one sentence and the organisation chart: at a page foot the heading and the
    sentence went alone and the chart they introduce opened the next page (Europol's brief).
    Heading, sentence and chart are one unit; being text, it still never moves behind the next
    section."""
    from briefkit.document.floats import float_units, is_figure_section
    from briefkit.document.nodes import Figure, Heading, Paragraph, Text

    blocks = [Heading(1, [Text("Timeline")]), Figure(chart="timeline"),
              Heading(1, [Text("Structure")]), Paragraph([Text("It has parts.")]), Figure(chart="orgchart"),
              Heading(1, [Text("History")]), Paragraph([Text("Text.")]),
              Paragraph([Text("Source: ...")], style="small")]
    assert float_units(blocks) == {0: 1, 2: 4}
    assert is_figure_section(blocks, 0, 1) and not is_figure_section(blocks, 2, 4)


def test_an_article_section_left_with_only_its_chart_never_moves():
    """A brief's "Structure" whose sentences the chart draws is a heading and the chart only,
    like the template's Timeline; but it is the article's section, and set after the next one
    it reordered the article (the seed's Structure behind Symbols and Ideology). The template
    marks it `place=here`: it may shrink as a unit, never move."""
    from briefkit.document.floats import float_units, is_figure_section
    from briefkit.document.nodes import Meta
    from briefkit.document.parse import parse

    doc = parse("# Timeline\n\n::: figure timeline\nT.\n:::\n\n# Structure\n\n"
                "::: figure orgchart place=here\nO.\n:::\n\n# Symbols\n\nText.\n", Meta("t", "t"))
    blocks = doc.blocks
    assert float_units(blocks) == {0: 1, 2: 3}
    assert is_figure_section(blocks, 0, 1) and not is_figure_section(blocks, 2, 3)
    assert "place" not in blocks[3].options  # not a chart option: the chart would refuse it
    with pytest.raises(Exception, match="place must be float or here"):
        parse("::: figure orgchart place=there\nO.\n:::\n", Meta("t", "t"))


def test_the_chart_stands_in_the_structure_section_near_its_text(seed_build):
    """Full profile and brief print the organisation chart under the article's own section
    about its parts, after that section's text: not in a section of its own pages away. The
    brief gives up the chart of the Legion's one list of parts for sentences
    (`fit.CHART_WORTH`), and with it the section, as the Legion's own claim about its parts
    stands against the list (see the next test)."""
    text = "\n".join(pdf_pages(seed_build[("full", "pdf")]))
    assert "Organisation chart" not in text
    at = text.index("Figure 2. Organisation")
    assert text.rindex("\nStructure\n", 0, at) > text.rindex("\nHistory\n", 0, at)
    assert "Symbols and leadership" in text[at:]
    # the brief, against the Legion's own claim about its parts, leaves them and the section
    # to the full profile (`test_a_brief_gives_up_a_chart_of_one_list_for_the_sentences_it_displaced`)
    brief = "\n".join(pdf_pages(seed_build[("brief", "pdf")]))
    assert "Organisation chart" not in brief and "\nStructure\n" not in brief


def test_a_last_page_of_a_few_lines_gives_way_to_smaller_charts(monkeypatch):
    """A length without a budget whose last page holds two lines takes its charts at their
    smallest allowed size when that saves the page, and keeps them whole when it does not."""
    from types import SimpleNamespace

    from briefkit import fit
    from briefkit.document.floats import MIN_FIGURE_SCALE
    from briefkit.document.nodes import Document, Figure, Meta

    def document():
        return Document(meta=Meta("t", "t"), blocks=[Figure(chart="timeline")])

    for pages_when_squeezed, scale in ((2, MIN_FIGURE_SCALE), (3, 1.0)):
        # the squeezed Document is measured by a draft (`layout_cache.draft`, as `fit.draft`)
        monkeypatch.setattr(fit, "draft", lambda d, o, reserve=0.0, n=pages_when_squeezed:
                            SimpleNamespace(pages=n, last_fill=0.5))
        doc = document()
        got = fit._no_lone_tail(doc, SimpleNamespace(pages=3, last_fill=0.05), None)
        assert got.pages == min(3, pages_when_squeezed)
        assert doc.blocks[0].scale == scale
        # the final PDF's way: the draft decides, and only a PDF that is kept is written
        written = []
        monkeypatch.setattr(fit, "final_pdf", lambda d, o, reserve=0.0, n=pages_when_squeezed:
                            written.append(n) or SimpleNamespace(pages=n, last_fill=0.5))
        doc = document()
        got = fit._final_without_lone_tail(doc, None, SimpleNamespace(pages=3, last_fill=0.05))
        assert got.pages == min(3, pages_when_squeezed)
        assert doc.blocks[0].scale == scale
        assert written == ([2] if pages_when_squeezed < 3 else [])
    # a last page that is a page's worth is left alone
    doc = document()
    assert fit._no_lone_tail(doc, SimpleNamespace(pages=3, last_fill=0.6), None).pages == 3


def test_a_snapshot_spends_the_room_its_next_level_leaves_on_one_line_items(built, tmp_path):
    """Nokia's snapshot left a tenth of its page blank with its Leadership list at two names:
    the next level's At a glance statement took two lines it did not have. A leader more and a
    fact more, a line each, filled it. (Nokia's chief executive's line has since lost a post at
    Intel, read as one of Nokia's, and its next level fits whole: the page is full either way.)
    The Black Sea Fleet's snapshot stops levels from the top, where each level adds two lines:
    its page is full all the same, and its commander leads its Leadership list. (Its fill step
    had listed four commanders where the level had room for two; since its Battles row nests
    each war's battles under it, a line each, the room went to a key event instead.)"""
    nokia = built["nokia"]["snapshot"]
    assert nokia.pages == 1
    assert page_fill(nokia.path)[0] >= 0.94
    (fleet,) = build(FIXTURES / "articles" / "black_sea_fleet.txt", tmp_path, formats=("pdf",), lengths=("snapshot",))
    assert fleet.pages == 1 and page_fill(fleet.path)[0] >= 0.94
    text = " ".join(pdf_pages(fleet.path))
    leadership = text[text.index("Leadership"):text.index("Source:")]
    assert leadership.count("•") >= 2 and leadership.split("•")[1].strip().startswith("Sergei Pinchuk — Commander"), \
        leadership


def test_a_gap_page_is_not_mended_by_a_page_fewer_that_loses_a_third_of_the_text(tmp_path):
    """Europol's brief at its highest detail left page 2 part blank before its organisation
    chart; a detail low enough to end on two pages mended it by dropping a third of the text,
    and its History stopped in 1999. A page fewer must keep `FEWER_KEEP` of the text."""
    from briefkit.fit import FEWER_KEEP

    assert FEWER_KEEP >= 0.75
    [brief] = [o for o in build(ARTICLES / "europol.txt", tmp_path, formats=("pdf",), lengths=("brief",))]
    text = " ".join(" ".join(pdf_pages(brief.path)).split())
    assert brief.pages <= 3
    assert "became a full agency of the European Union" in text
    assert not brief.dropped or not any("History" in d for d in brief.dropped)


@pytest.mark.parametrize("stem", ["french_foreign_legion", "no_617_squadron_raf"])
def test_a_brief_does_not_end_on_a_page_of_its_source_line(tmp_path, stem):
    """The Foreign Legion's brief, and No. 617 Squadron's once its table gave its branch, ended
    on a third page holding only the source line: no lower detail nor trimmed summary ended a
    page sooner with its charts at full size, nor its charts at their smallest alone; a trim or
    a lower detail with the charts at their smallest does."""
    [brief] = [o for o in build(ARTICLES / f"{stem}.txt", tmp_path, formats=("pdf",), lengths=("brief",))]
    last = pdf_pages(brief.path)[-1]
    body = [line for line in last.splitlines() if line.strip() and not line.startswith(("Information as of", "Page "))
            and not line.strip().startswith(("French Foreign Legion", "No. 617"))]
    assert brief.pages <= 3 and not (len(body) <= 3 and any("Source: Wikipedia" in line for line in body)), body
    assert page_fill(brief.path)[-1] >= 0.15


def test_a_brief_that_runs_a_third_of_a_page_over_ends_a_page_sooner_when_that_loses_little(tmp_path):
    """Ericsson's brief ran onto a third page of one sentence and its chart; a lower detail that
    keeps nine tenths of the text ends it on two pages. A way that loses more than `GAP_KEEP` of
    the text is not taken for it. (The article as it stands now keeps its founding in the
    Overview, and its History tells the Islamic State disclosure in the room that leaves: no
    way of two pages keeps nine tenths of that. Without the lead's founding sentence the History
    tells the founding, as it did when this brief ran over.)"""
    from briefkit.fit import GAP_KEEP, SHORT_LAST

    assert GAP_KEEP >= 0.9 and SHORT_LAST <= 0.35
    seed = tmp_path / "ericsson.txt"
    seed.write_text((ARTICLES / "ericsson.txt").read_text(encoding="utf-8").replace(
        " The company was founded in 1876 by Lars Magnus Ericsson as a workshop repairing telegraph instruments.", ""),
        encoding="utf-8")
    [brief] = [o for o in build(seed, tmp_path / "out", formats=("pdf",), lengths=("brief",))]
    assert brief.pages == 2
    assert all(fill >= MIN_FILL for fill in page_fill(brief.path))


def test_a_page_fewer_keeps_every_key_event_its_brief_told(tmp_path):
    """A smaller organisation chart let Solidarity's brief end a page sooner at a lower detail
    that kept four fifths of the characters and lost its History: the strike, the Gdańsk
    agreement, martial law and the Nobel Peace Prize. A page fewer keeps every sentence of a key
    event (`KEY_EVENT`) the brief told."""
    [brief] = [o for o in build(ARTICLES / "solidarity.txt", tmp_path, formats=("pdf",), lengths=("brief",))]
    text = " ".join(" ".join(pdf_pages(brief.path)).split())
    assert "declared martial law" in text and "Nobel Peace Prize" in text
    assert "signed an agreement with a government commission" in text


# (Airbus's brief, whose History now tells its founding in the words the At-a-glance box does
# not give, runs half a page over: it ends on a third page 32% full and keeps its chart, as
# two pages would cost it an eighth of its text, more than `GAP_KEEP` allows.)
@pytest.mark.parametrize("stem", ["ericsson", "nabu", "oxfam", "solidarity", "bp"])
def test_a_brief_gives_up_its_organisation_chart_before_ending_on_a_runt_page(tmp_path, stem):
    """Ericsson's brief ended on a third page holding its closing section's one sentence and a
    chart of four boxes (29% of the page), NABU's, Oxfam's and Solidarity's on a page a quarter
    to two fifths full. Without the organisation chart, which the full profile draws whole, each
    ends on two full pages with every sentence (Oxfam's and Solidarity's with the sentences
    more that filled their second page); Airbus's and BP's, a third of a page over, also with
    a sentence or two less. The build says what it left out, and the parts the chart drew are
    named where it stood: round 49 found Ericsson's "Business segments" a heading over one
    sentence about its competitors."""
    from briefkit.compose import org_parts
    from briefkit.fit import CHART_GIVEN_UP
    from briefkit.readers import read

    assert CHART_GIVEN_UP >= 0.4
    [brief] = [o for o in build(ARTICLES / f"{stem}.txt", tmp_path, formats=("pdf",), lengths=("brief",))]
    assert brief.pages == 2
    assert all(fill >= MIN_FILL for fill in page_fill(brief.path))
    assert "the organisation chart" in brief.dropped and not any("History" in d and "of" not in d
                                                                  for d in brief.dropped)
    text = " ".join(" ".join(pdf_pages(brief.path)).split())
    parts = org_parts(read(ARTICLES / f"{stem}.txt"))
    # "Ericsson has four business segments: Networks; ...": the article's word for them
    assert re.search(rf" has \w+ [a-z ]+: {re.escape(parts[0])}", text) and parts[1] in text, parts


def test_a_trim_that_ends_a_page_sooner_keeps_every_key_event(built):
    """Round 49: Azov's brief ended on two pages by trimming every summary three steps, and its
    History lost the defenders taken prisoner at Azovstal, so the prisoner exchange and the
    commanders "sent to Turkey" came out of nowhere. A trim, like a page fewer that mends a
    gap, keeps every sentence of a key event (`KEY_EVENT`) the brief told."""
    from pypdf import PdfReader

    reader = PdfReader(str(built["azov"]["brief"].path))
    text = " ".join(" ".join(p.extract_text().split()) for p in reader.pages)
    assert len(reader.pages) == 2
    assert "were taken prisoner" in text and "sent to Turkey" in text


@pytest.mark.parametrize("stem", ["82nd_airborne_division", "council_of_europe", "europol", "wagner_group"])
def test_a_full_profiles_organisation_chart_leaves_no_page_a_quarter_blank(tmp_path, stem):
    """A tall organisation chart set after its section's list did not fit the room the list
    left and moved whole to the next page: the 82nd Airborne Division's page 3 was half empty,
    the Council of Europe's 57% full, Europol's 73% (round 49). Set after the section's opening
    sentences and before its list, it fills that page and stays under its heading."""
    [full] = [o for o in build(ARTICLES / f"{stem}.txt", tmp_path, formats=("pdf",), lengths=("full",))]
    fills = page_fill(full.path)
    assert all(f >= MIN_FILL for f in fills[:-1]), fills


def test_a_sentence_that_introduces_a_list_stays_with_it_after_the_chart():
    from briefkit.compose import before_lists
    from briefkit.model import BulletList, Paragraph

    blocks = [Paragraph(text="A board oversees the agency."), Paragraph(text="The director heads three directorates:"),
              BulletList(items=[]), Paragraph(text="After.")]
    assert before_lists(blocks) == 1
    assert before_lists(blocks[:1]) == 1
    # never right under the heading (round 58: Wagner's chart at a page foot under its
    # heading, the section's text on the next page): after a list the section opens on, or
    # after the one sentence that introduces the list
    assert before_lists(blocks[2:]) == 1
    assert before_lists(blocks[1:]) == 1


def test_a_brief_that_gave_up_its_chart_gives_the_room_left_back_to_sentences(tmp_path):
    """The Foreign Legion's brief, two pages without its organisation chart, ended on a page 72%
    full, and round 50 missed Camerone's meaning and the regiments raised in 1920 and 1940: the
    room the chart left goes back to the sections, as far as the pages hold."""
    [brief] = [o for o in build(ARTICLES / "french_foreign_legion.txt", tmp_path, formats=("pdf",),
                                lengths=("brief",))]
    text = " ".join(" ".join(pdf_pages(brief.path)).split())
    assert brief.pages == 2 and all(f >= MIN_FILL for f in page_fill(brief.path)[:-1])
    assert "Camerone Day" in text and "13th Demi-Brigade was formed in 1940" in text


def test_a_brief_gives_up_a_chart_of_one_list_for_the_sentences_it_displaced(built):
    """The Legion's brief drew its nine battalions as nine boxes under "Headquarters", left its
    History without how the unit formed (round 51: "The cut took the wrong ones") and ended on
    a page a quarter blank, because a sentence more pushed the chart on. A chart that only draws
    a list of parts gives way when the brief then tells a tenth more (`fit.CHART_WORTH`); where
    it stood, the Legion's own claim about its parts, which the full profile's chart and list
    answer (a parts line beside it read as a contradiction, rounds 62-70), and the build output
    names the chart as left out."""
    from briefkit.fit import CHART_WORTH

    assert 0 < CHART_WORTH <= 0.2
    brief = built[SEED.stem]["brief"]
    text = " ".join(" ".join(pdf_pages(brief.path)).split())
    assert brief.pages == 3 and all(f >= MIN_FILL for f in page_fill(brief.path)[:-1])
    assert "was formed from a company of the Russian army who defected" in text
    # the claim they stand beside (round 55: nine listed, "Size: two battalions" above), then
    # the parts as the article lists them (rounds 62-64 read "is reported to have nine parts:
    # ... The group claims to comprise two battalions." as a contradiction left unexplained;
    # round 65 "Reports name nine parts" as an attribution the article does not make)
    # (rounds 65-66: the latest claim, which the five battalions listed contradict least)
    # (rounds 68-70: "are listed" named no lister, "The source lists" spoke of the document's
    # making, "According to Wikipedia" stated an unsourced list as fact: the brief gives the
    # claim, and the parts are left to the full profile's chart and list)
    # (round 71: the claim alone under "Structure" read as a size claim under a structure
    # heading, which At a glance gives: the section goes)
    assert "Two battalions (as claimed by the Legion)" in text
    assert "1st Mechanized Battalion" not in text and " Structure " not in text
    assert "the Structure section" in brief.dropped  # its chart with it, as the build output says


@pytest.mark.parametrize("stem, caption", [("yabloko", "Organisation: Yabloko and its parts"),
                                           ("memorial_society", "Organisation: Memorial (society) and its parts")])
def test_a_chart_of_parts_within_parts_stays_though_sentences_would_fill_its_room(tmp_path, stem, caption):
    """Yabloko's and Memorial's charts draw parts with parts of their own, which no line of text
    shows: without them the briefs would tell a tenth more, but they keep the chart
    (`parts.is_list` is false)."""
    [brief] = [o for o in build(ARTICLES / f"{stem}.txt", tmp_path, formats=("pdf",), lengths=("brief",))]
    text = " ".join(" ".join(pdf_pages(brief.path)).split())
    assert caption in text, text[-600:]
    assert "the organisation chart" not in brief.dropped


@pytest.mark.parametrize("stem", ["82nd_airborne_division", "council_of_europe", "world_athletics"])
def test_a_brief_gives_up_its_chart_rather_than_leave_a_page_a_quarter_blank(tmp_path, stem):
    """The 82nd Airborne Division's brief left page 2 two-thirds full (the Council of Europe's
    and World Athletics' 72%) because its chart did not fit the page's foot and moved on to a
    third page of its own. Without the chart each ends on two pages, every page but the last
    three quarters full, with as much text or more, and names its parts where the chart stood."""
    [brief] = [o for o in build(ARTICLES / f"{stem}.txt", tmp_path, formats=("pdf",), lengths=("brief",))]
    fills = page_fill(brief.path)
    assert brief.pages == 2 and all(f >= MIN_FILL for f in fills[:-1]), fills
    assert "the organisation chart" in brief.dropped
    assert re.search(r" has \w+ [a-z ]+: ", " ".join(" ".join(pdf_pages(brief.path)).split()))


def test_wagners_brief_tells_the_prison_recruitment_and_fills_its_last_page(tmp_path):
    """Round 51: Wagner's brief left out that the group recruited in Russian prisons (its War in
    Ukraine section's opening, `digest.OPENING`) and ended on a third page a quarter full.
    Round 52: "Prigozhin ... paid for it" without the company named before it, and "The Africa
    Corps replied" to nothing. The room of a last page under `CHART_GIVEN_UP` goes to the
    section that tells most, at the most detailed level too, and a sentence leaning on the
    one before comes with it or not at all. Its chart of two parts stays: the text without it
    is measured against the brief with it and its room so refilled (`told_instead` after
    `refilled`), which it does not outdo; measured against the brief before the refill, it
    had won and left a last page under a third.

    Round 67: At a glance no longer gives the Mali exit without its reply (`digest.answered`)
    but the crash that killed both founders, which the Mutiny section then does not repeat:
    the last page holds a third (0.33, from 0.39), still far from round 51's quarter."""
    from briefkit.fit import CHART_GIVEN_UP

    [brief] = [o for o in build(ARTICLES / "wagner_group.txt", tmp_path, formats=("pdf",), lengths=("brief",))]
    text = " ".join(" ".join(pdf_pages(brief.path)).split())
    fills = page_fill(brief.path)
    assert brief.pages == 3 and fills[-1] >= CHART_GIVEN_UP - 0.13, fills
    assert "recruited heavily in Russian prisons" in text
    assert "Organisation: Wagner Group and its reported parts" in text
    assert "paid for it" not in text or "took its name from his radio call sign" in text
    assert "The Africa Corps replied" not in text or "leaving Mali with its mission accomplished. The Africa" in text


def test_msfs_brief_names_the_association_before_its_first_president(built):
    """Round 52: "…had worked in Biafra for the Red Cross. Marcel Delcourt was its first
    president." made him the Red Cross's; the founding sentence comes with it."""
    text = " ".join(" ".join(pdf_pages(built["msf"]["brief"].path)).split())
    assert "Marcel Delcourt was its first president" not in text or \
        "founded the association in Paris. Marcel Delcourt was its first president" in text


def test_a_brief_at_its_most_detailed_level_gives_the_room_of_its_last_page_to_more_sentences(built):
    """Rounds 51-58: MSF's brief told the 1979 split over "A Boat for Vietnam" and not its end,
    Kouchner's supporters founding Médecins du Monde, on a brief of three pages whose last was
    two thirds full, its summaries at their share of each section. A brief whose last page is
    under four fifths (`fit.PAGE_MIN`) at its most detailed level gives that room to the
    section that tells most (`refilled`), in no more pages and none a quarter blank: here its
    page 2, 87% full above a chart that moved on, fills too."""
    from briefkit.fit import PAGE_MIN

    brief = built["msf"]["brief"]
    text = " ".join(" ".join(pdf_pages(brief.path)).split())
    assert "Kouchner and his supporters left, and in 1980 they founded Médecins du Monde." in text
    fills = page_fill(brief.path)
    assert brief.pages == 3 and all(f >= PAGE_MIN + 0.1 for f in fills[:-1]), fills


@pytest.mark.parametrize("stem", ["iaea", "african_national_congress", "cdu"])
def test_a_briefs_page_before_a_chart_that_moved_on_is_four_fifths_full(tmp_path, stem):
    """Round 52 found pages of three-page briefs a fifth to a quarter empty above a chart that
    had moved to the next page (IAEA's page 2 at 75%): the fill step gives the room to more
    sentences until such a page is four fifths full (`fit.PAGE_MIN`). (IAEA's and the ANC's
    now end on two pages without the chart that had opened their third, below.) When nothing
    fills such a page, the fill that came closest stands within `fit.GAP_SLACK` of it: the
    ANC's page 2 is 76% full, its History giving all the sentences a fill may take, since the
    sentence that only pointed at its list of leaders ("The ANC has been led by:") is no
    longer printed without the list (it had filled the page to 79% with "The ANC has been led
    by.")."""
    from briefkit.fit import GAP_SLACK, PAGE_MIN

    assert PAGE_MIN >= 0.8 and GAP_SLACK <= 0.05
    [brief] = [o for o in build(ARTICLES / f"{stem}.txt", tmp_path, formats=("pdf",), lengths=("brief",))]
    fills = page_fill(brief.path)
    assert brief.pages in (2, 3) and all(f >= PAGE_MIN - GAP_SLACK for f in fills[:-1]), fills
    text = " ".join(" ".join(pdf_pages(brief.path)).split())
    assert not re.search(r"\b(?:led|headed|chaired) by\.", text)


@pytest.mark.parametrize("stem, gives_up", [("europol", "They are Operations, Governance and Capabilities."),
                                            ("iaea", " parts: "), ("frontex", " parts: "), ("georgian_dream", "")])
def test_a_brief_whose_last_page_is_its_chart_section_ends_a_page_sooner(tmp_path, stem, gives_up):
    """Round 59: Europol's and Nokia's briefs ended on a page holding only their structure
    section, a sentence and a tree: "runs to three pages when two would do". A brief whose last
    page opens with the section of its organisation chart gives the chart up when that ends a
    page sooner with nine tenths of the text it told with it, every key event and every page
    but the last filled (`fit.chart_opens_last_page`); the parts are named in a sentence.
    Georgian Dream's would lose a fifth of its History, and keeps its chart."""
    from briefkit.fit import PAGE_MIN

    [brief] = [o for o in build(ARTICLES / f"{stem}.txt", tmp_path, formats=("pdf",), lengths=("brief",))]
    fills = page_fill(brief.path)
    text = " ".join(" ".join(pdf_pages(brief.path)).split())
    assert all(f >= PAGE_MIN - 0.02 for f in fills[:-1]), fills
    if gives_up:
        assert brief.pages == 2 and "the organisation chart" in brief.dropped, (brief.pages, brief.dropped)
        assert gives_up in text and "Figure 2. Organisation" not in text
    else:
        assert brief.pages == 3 and "Organisation: Georgian Dream" in text


@pytest.mark.parametrize("stem, told", [
    ("wagner_group", "took its name from his radio call sign"),
    ("gchq", "came into being on 1 November 1919"),
    ("ericsson", "opened a small workshop in central Stockholm"),
])
def test_a_brief_tells_a_founding_story_the_at_a_glance_box_only_dates(tmp_path, stem, told):
    """Rounds 51 to 54: Wagner's brief never said where its name came from, so "the man who
    had given the group its name" was nobody; GCHQ's History began "the school left its London
    premises"; Ericsson's had no workshop of 1876. Each told the founding At a glance had given
    in other words ("Founded in 2014 by ..."), and a telling of a happening in words the box
    does not give is news below it (`digest._told_above`)."""
    [brief] = [o for o in build(ARTICLES / f"{stem}.txt", tmp_path, formats=("pdf",), lengths=("brief",))]
    assert told in " ".join(" ".join(pdf_pages(brief.path)).split())


def test_a_gap_a_chart_leaves_is_mended_without_it_and_with_a_trim(tmp_path):
    """Transparency International's brief, its chart kept, had page 2 at 69% and a third page;
    without the chart and with summaries trimmed two steps it is two full pages."""
    [brief] = [o for o in build(ARTICLES / "transparency_international.txt", tmp_path, formats=("pdf",),
                                lengths=("brief",))]
    fills = page_fill(brief.path)
    assert brief.pages == 2 and all(f >= MIN_FILL for f in fills[:-1]), fills


def test_the_legions_ideology_gives_its_own_words_and_how_others_describe_it(built):
    """Rounds 51-52 found the Legion's brief Ideology with Forbes's "far-right" and without its
    spokesman's past in the neo-Nazi Russian Imperial Movement; rounds 58, 59 and 61 found it
    with his "moderate centrist views" and without "far-right". Both, in the brief's PDF."""
    text = " ".join(" ".join(pdf_pages(built[SEED.stem]["brief"].path)).split())
    ideology = text[text.index("Ideology The Legion's manifesto"):]
    ideology = ideology[:ideology.index("Relationship to other")]
    assert "Russian Imperial Movement" in ideology and "moderate centrist views" in ideology
    assert 'described the group as "far-right"' in ideology


@pytest.mark.parametrize("stem, head", [("nokia", "Justin Hotard"), ("azov", "Denys Prokopenko"),
                                        ("ericsson", "Börje Ekholm"), ("greenpeace", "Mads Christensen")])
def test_a_briefs_leadership_list_is_not_broken_across_a_page(tmp_path, stem, head):
    """Rounds 57 to 62, first among the briefs' defects every time: the Leadership list broken
    across pages 1 and 2 (Nokia's, Azov's, Ericsson's: two names at the top of page 2, then the
    paragraph about them). The fit shortens the list, its earliest former heads first, when that
    keeps it on one page (`fit.unbroken`); the head stays, and the build output names what went."""
    [brief] = [o for o in build(ARTICLES / f"{stem}.txt", tmp_path, formats=("pdf",), lengths=("brief",))]
    pages = pdf_pages(brief.path)
    # the Leadership list's entries, "• Name — role, term" (the bullet a line of its own in
    # the PDF's text), and the pages they stand on
    entries = [(i, b) for i, page in enumerate(pages) for a, b in zip(page.splitlines(), page.splitlines()[1:])
               if a.strip() == "•" and " — " in b]
    on = {i for i, _ in entries}
    assert len(on) == 1, entries
    listed = [b for _, b in entries]
    assert any(head in line for line in listed), listed
    assert all(f >= MIN_FILL for f in page_fill(brief.path)[:-1])
    assert any(d.endswith("items of Leadership") for d in brief.dropped), brief.dropped


def test_europols_list_stands_on_the_page_of_the_sentence_that_introduces_it(tmp_path):
    """Round 63 (both reviewers' first defect): Europol's full profile ended page 3 with "The
    executive director heads three directorates:", then its chart, and began the list on page
    4. The sentence now stands above its list, the chart before it (`compose.chart_split`)."""
    [full] = [o for o in build(ARTICLES / "europol.txt", tmp_path, formats=("pdf",), lengths=("full",))]
    pages = [" ".join(p.split()) for p in pdf_pages(full.path)]
    [intro] = [i for i, p in enumerate(pages) if "heads three directorates:" in p]
    assert "European Financial and Economic Crime Centre" in pages[intro], pages[intro][-400:]
    text = " ".join(pages)
    assert text.index("Figure 2.") < text.index("heads three directorates:")
