"""The DOCX writer as Word sees it: styles, fields, pictures, links, properties, bytes."""
from __future__ import annotations

import dataclasses
import datetime as dt
import io
import re
import warnings
import zipfile
from pathlib import Path

import docx
import pytest

from briefkit.document import nodes as N
from briefkit.errors import RenderError
from briefkit.theme import DEFAULT_THEME
from briefkit.writers import WRITERS, WriteOptions, get_writer
from briefkit.writers.docx import DocxStyleWarning, DocxTextWarning, DocxWriter, default_reference_docx
from briefkit.writers.docx.styles import style_defs
from docx_fixtures import (
    NS, W, FakeChart, body, every_node_document, header_footer_parts, instr_texts, meta, minimal_docx,
    nested_lists_document, para_text, paragraphs_by_style, parsed_document, part, part_names, style_names, style_of,
    tiny_png, write,
)

R_ID = "{%s}id" % NS["r"]
# The footer words the date of information as the PDF does.
AS_OF = getattr(meta(), "date_text", meta().date)


@pytest.fixture(scope="module")
def every() -> bytes:
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # the default build must not warn
        return write(every_node_document())


# ------------------------------------------------------------------ registry and nodes
def test_registered_and_loadable():
    assert WRITERS["docx"] == "briefkit.writers.docx:DocxWriter"
    assert get_writer("docx").suffix == ".docx"


def test_python_docx_opens_every_node_document(every):
    d = docx.Document(io.BytesIO(every))
    text = "\n".join(p.text for p in d.paragraphs)
    for phrase in ("Node Test Organisation", "Heading one", "Heading two", "Heading three",
                   "Lead paragraph of the brief.", "Quoted words.", "outer bullet", "inner bullet",
                   "innermost bullet", "continuation paragraph", "first numbered", "fifth numbered",
                   "After the break.", "Source: Example, CC BY-SA 4.0."):
        assert phrase in text, phrase
    cells = [c.text for t in d.tables for row in t.rows for c in row.cells]
    for phrase in ("Founded", "March 2022", "Ukraine", "sub value", "sub sub value", "Bottom line",
                   "Summary sentence one. Summary sentence two.", "callout item", "A note without a title."):
        assert any(phrase in c for c in cells), phrase


@pytest.mark.parametrize("text, style", [
    ("Node Test Organisation", "Title"),
    ("Also known as NTO", "Subtitle"),
    ("Contents", "TOC Heading"),
    ("Heading one", "heading 1"),
    ("Heading two", "heading 2"),
    ("Heading three", "heading 3"),
    ("Lead paragraph of the brief.", "Lead"),
    ("Quoted words.", "Quote"),
    ("After the break.", "Body Text"),
    ("Source: Example, CC BY-SA 4.0.", "Small Text"),
    ("outer bullet", "List Bullet"),
    ("inner bullet", "List Bullet 2"),
    ("innermost bullet", "List Bullet 3"),
    ("continuation paragraph", "List Continue End"),  # the last paragraph of its list
    ("first numbered", "List Number"),
    ("Founded", "Fact Label"),
    ("March 2022", "Fact Value"),
    ("sub value", "Fact List"),
    ("sub sub value", "Fact List 2"),
    ("Key facts", "Facts Heading"),
    ("Bottom line", "Callout Title"),
    ("Summary sentence one. Summary sentence two.", "Callout Text"),
    ("Figure 1. A caption for the chart.", "caption"),
])
def test_paragraph_styles(every, text, style):
    assert style_of(every, text) == style


def test_headings_use_word_builtin_heading_ids(every):
    ids = {p.find("w:pPr/w:pStyle", NS).get(W + "val") for p in body(every).iter(W + "p")
           if p.find("w:pPr/w:pStyle", NS) is not None}
    assert {"Heading1", "Heading2", "Heading3", "Title", "Subtitle", "Caption", "ListBullet", "Quote"} <= ids
    d = docx.Document(io.BytesIO(every))
    assert {"Heading 1", "Heading 2", "Heading 3"} <= {p.style.name for p in d.paragraphs}


def test_tables_span_the_text_width_whatever_the_page(every):
    for tbl in body(every).iter(W + "tbl"):
        w = tbl.find("w:tblPr/w:tblW", NS)
        assert (w.get(W + "type"), w.get(W + "w")) == ("pct", "5000")
        shares = [int(c.find("w:tcPr/w:tcW", NS).get(W + "w")) for c in tbl.find("w:tr", NS).findall("w:tc", NS)]
        assert sum(shares) == 5000


def test_tables_use_named_table_styles(every):
    names = style_names(every)
    used = [names[t.find("w:tblPr/w:tblStyle", NS).get(W + "val")] for t in body(every).iter(W + "tbl")]
    assert used == ["Callout Box", "Key Facts Table", "Key Facts Table", "Callout Box"]


def test_figure_left_out_when_nothing_rendered(every):
    texts = [t for _, t in paragraphs_by_style(every)]
    assert not any("Nothing to draw" in t for t in texts)
    # The third figure keeps its number (the PDF shows "Figure 3" too).
    assert "Figure 3. The third figure." in texts


def test_ordered_lists_restart_and_honour_start(every):
    root = part(every, "word/numbering.xml")
    paras = {t: p for p in body(every).iter(W + "p") if (t := "".join(x.text or "" for x in p.iter(W + "t")))}

    def num_id(text):
        return paras[text].find("w:pPr/w:numPr/w:numId", NS).get(W + "val")

    first, fifth = num_id("first numbered"), num_id("fifth numbered")
    assert first != fifth
    starts = {n.get(W + "numId"): n.find("w:lvlOverride/w:startOverride", NS).get(W + "val")
              for n in root.findall("w:num", NS) if n.find("w:lvlOverride/w:startOverride", NS) is not None}
    assert starts[first] == "1" and starts[fifth] == "5"
    # "second numbered" continues the first list rather than starting another.
    assert num_id("second numbered") == first


def test_bullets_come_from_the_list_styles(every):
    styles = part(every, "word/styles.xml")
    for sid in ("ListBullet", "ListBullet2", "ListBullet3", "FactList"):
        s = styles.find(f"w:style[@w:styleId='{sid}']", NS)
        assert s.find("w:pPr/w:numPr/w:numId", NS) is not None, sid


# ------------------------------------------------------------------ styles, not direct formatting
# A PageBreak node is structure, not look; so is where a list may break (keepNext on the list
# paragraphs the PDF keeps together, `docx/keeps.py`; keepLines on a short paragraph that goes
# with a list's last items, `list_keeps.kept_whole`): restyling a list cannot move either.
ALLOWED_PPR = {"pStyle", "keepNext", "keepLines", "numPr", "pageBreakBefore"}
ALLOWED_RPR = {"rStyle", "b", "i"}
ALLOWED_TBLPR = {"tblStyle", "tblW", "tblInd", "tblLayout", "tblLook"}


def _local(el) -> str:
    return el.tag.rsplit("}", 1)[1]


@pytest.mark.parametrize("where", ["body", "headers and footers"])
def test_no_direct_formatting(every, where):
    roots = [body(every)] if where == "body" else list(header_footer_parts(every).values())
    for b in roots:
        _assert_styles_only(b)


def _assert_styles_only(b) -> None:
    for p in b.iter(W + "p"):
        ppr = p.find("w:pPr", NS)
        assert ppr is not None and ppr.find("w:pStyle", NS) is not None, "paragraph without a style"
        kinds = {_local(c) for c in ppr}
        spacing = ppr.find("w:spacing", NS)
        if spacing is not None:
            # a page a heading opens with a break starts at its very top, as when the page
            # turns by itself (`Translator.blocks`): no space before, and nothing else
            assert "pageBreakBefore" in kinds and dict(spacing.attrib) == {W + "before": "0"}
            kinds.discard("spacing")
        assert kinds <= ALLOWED_PPR, kinds
    for rpr in b.iter(W + "rPr"):
        if rpr.getparent().tag == W + "pPr":
            continue
        assert {_local(c) for c in rpr} <= ALLOWED_RPR, {_local(c) for c in rpr}
    for tblpr in b.iter(W + "tblPr"):
        assert {_local(c) for c in tblpr} <= ALLOWED_TBLPR
    for tcpr in b.iter(W + "tcPr"):
        assert {_local(c) for c in tcpr} == {"tcW"}


def test_every_referenced_style_exists(every):
    names = style_names(every)
    referenced = set()
    for root in [part(every, "word/document.xml"), *header_footer_parts(every).values()]:
        for tag in ("pStyle", "rStyle", "tblStyle"):
            referenced |= {e.get(W + "val") for e in root.iter(W + tag)}
    assert referenced <= set(names), referenced - set(names)


def test_style_definitions_follow_the_theme():
    theme = dataclasses.replace(DEFAULT_THEME, colours=dataclasses.replace(DEFAULT_THEME.colours, accent="#aa0011"))
    data = write(every_node_document(), theme=theme)
    h1 = part(data, "word/styles.xml").find("w:style[@w:styleId='Heading1']", NS)
    assert h1.find("w:rPr/w:color", NS).get(W + "val") == "AA0011"
    # ...and nothing in the body repeats the colour.
    assert b"AA0011" not in zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml").upper()


def test_callout_title_text_unchanged_caps_from_style(every):
    assert style_of(every, "Bottom line") == "Callout Title"
    s = part(every, "word/styles.xml").find("w:style[@w:styleId='CalloutTitle']", NS)
    assert s.find("w:rPr/w:caps", NS) is not None


# ------------------------------------------------------------------ reference document
def _house_reference(tmp_path: Path, drop: tuple[str, ...] = ()) -> Path:
    """The default reference, restyled the way a user would: red Heading 1, Letter
    landscape-free page with wide margins, a house header; optionally with styles removed."""
    d = docx.Document(io.BytesIO(default_reference_docx()))
    h1 = d.styles["Heading 1"]
    h1.font.color.rgb = docx.shared.RGBColor(0xCC, 0x00, 0x00)
    h1.font.name = "Liberation Sans"
    sec = d.sections[0]
    sec.page_width, sec.page_height = docx.shared.Inches(8.5), docx.shared.Inches(11)
    sec.left_margin = sec.right_margin = docx.shared.Inches(1.5)
    sec.header.is_linked_to_previous = False
    sec.header.paragraphs[0].text = "HOUSE HEADER"
    for name in drop:
        el = d.styles[name].element
        el.getparent().remove(el)
    path = tmp_path / "house.docx"
    d.save(str(path))
    return path


def test_reference_styles_page_and_header_are_used(tmp_path):
    ref = _house_reference(tmp_path)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        data = write(every_node_document(), reference=ref)
    h1 = part(data, "word/styles.xml").find("w:style[@w:styleId='Heading1']", NS)
    assert h1.find("w:rPr/w:color", NS).get(W + "val") == "CC0000"
    d = docx.Document(io.BytesIO(data))
    sec = d.sections[-1]
    assert sec.page_width == docx.shared.Inches(8.5)
    assert sec.left_margin == docx.shared.Inches(1.5)
    assert "HOUSE HEADER" in sec.header.paragraphs[0].text
    # The reference's sample body is gone; the document's content is there.
    texts = [t for _, t in paragraphs_by_style(data)]
    assert "List Bullet 3" not in texts and "Heading one" in texts
    assert style_of(data, "Heading one") == "heading 1"


def test_reference_missing_styles_are_added_with_one_warning(tmp_path):
    ref = _house_reference(tmp_path, drop=("Callout Box", "Fact Label", "List Bullet 2"))
    with pytest.warns(DocxStyleWarning) as record:
        data = write(every_node_document(), reference=ref)
    assert len(record) == 1
    message = str(record[0].message)
    for name in ("Callout Box", "Fact Label", "List Bullet 2"):
        assert name in message
    assert str(ref) in message
    assert style_of(data, "Founded") == "Fact Label"
    assert style_of(data, "inner bullet") == "List Bullet 2"
    # Existing restyled styles are kept as they are.
    h1 = part(data, "word/styles.xml").find("w:style[@w:styleId='Heading1']", NS)
    assert h1.find("w:rPr/w:color", NS).get(W + "val") == "CC0000"


def test_plain_word_document_as_reference(tmp_path):
    """A reference made by Word itself (here python-docx's stock template) lacks briefkit's
    custom styles: they are added, Word's own built-ins are kept."""
    path = tmp_path / "plain.docx"
    docx.Document().save(str(path))
    with pytest.warns(DocxStyleWarning, match="Key Facts Table"):
        data = write(every_node_document(), reference=path)
    d = docx.Document(io.BytesIO(data))
    assert "Heading 1" in {p.style.name for p in d.paragraphs}
    # Furniture is added because the plain reference has no header or footer of its own.
    assert any("PAGE" in i for r in header_footer_parts(data).values() for i in instr_texts(r))


def test_minimal_reference_without_styles_or_numbering(tmp_path):
    path = tmp_path / "minimal.docx"
    path.write_bytes(minimal_docx())
    with pytest.warns(DocxStyleWarning):
        data = write(every_node_document(), reference=path)
    assert "word/numbering.xml" in part_names(data)
    assert style_of(data, "outer bullet") == "List Bullet"
    docx.Document(io.BytesIO(data))  # and it still opens


@pytest.mark.parametrize("content", [b"not a zip", b""])
def test_unreadable_reference_is_a_render_error_naming_the_file(tmp_path, content):
    path = tmp_path / "broken.docx"
    path.write_bytes(content)
    with pytest.raises(RenderError) as exc:
        write(every_node_document(), reference=path)
    assert exc.value.file == str(path)
    assert "broken.docx" in str(exc.value)


def test_default_reference_has_every_style_and_no_furniture():
    data = default_reference_docx()
    names = set(style_names(data).values())
    for d in style_defs(DEFAULT_THEME):
        assert d.name.lower() in {n.lower() for n in names}, d.name
    # Samples show each style once so a user finds them; headers stay empty to be filled.
    assert style_of(data, "Heading 1") == "heading 1"
    for root in header_footer_parts(data).values():
        assert not instr_texts(root) and not "".join(t.text or "" for t in root.iter(W + "t"))


def test_default_reference_samples_name_their_styles():
    """Each sample paragraph says which style it shows, so a user restyles the right one."""
    data = default_reference_docx()
    shown = {}
    for style, text in paragraphs_by_style(data):
        if text and not style.startswith("toc ") and style not in ("Body Text", "caption"):
            assert text.lower() == style.lower(), (style, text)
        shown[style.lower()] = text
    for name in ("Title", "Subtitle", "TOC Heading", "Heading 1", "Heading 2", "Heading 3", "Lead", "Body Text",
                 "List Intro", "List Bullet", "List Bullet 2", "List Bullet 3", "List Number", "List Number 2", "List Continue",
                 "Quote", "Small Text", "Figure", "Caption", "Facts Heading", "Fact Label", "Fact Value", "Fact List",
                 "Callout Title", "Callout Text", "Horizontal Rule", "Title Rule", "Spacer"):
        assert name.lower() in shown, name
    assert part(data, "word/settings.xml").find("w:updateFields", NS) is None


def test_default_reference_round_trips_without_warnings(tmp_path):
    path = tmp_path / "reference.docx"
    path.write_bytes(default_reference_docx())
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        via_ref = write(every_node_document(), reference=path)
    direct = write(every_node_document())
    assert paragraphs_by_style(via_ref) == paragraphs_by_style(direct)


# ------------------------------------------------------------------ header, footer, fields
def test_footer_has_page_and_numpages_fields_and_date(every):
    parts = header_footer_parts(every)
    footers = [r for n, r in parts.items() if "footer" in n]
    assert footers
    for f in footers:
        instr = instr_texts(f)
        assert any(i.startswith("PAGE") for i in instr) and any(i.startswith("NUMPAGES") for i in instr)
        text = "".join(t.text or "" for t in f.iter(W + "t"))
        assert f"Information as of {AS_OF}" in text and "Page " in text and " of " in text


def test_header_has_short_title_and_no_marking_by_default(every):
    d = docx.Document(io.BytesIO(every))
    sec = d.sections[-1]
    assert sec.different_first_page_header_footer
    assert "Node Test" in "".join(p.text for p in sec.header.paragraphs)
    all_text = "".join(t.text or "" for r in header_footer_parts(every).values() for t in r.iter(W + "t"))
    assert "UNCLASSIFIED" not in all_text


def test_marking_line_in_every_header_and_footer():
    theme = dataclasses.replace(DEFAULT_THEME, marking="UNCLASSIFIED // FOR PUBLIC RELEASE", organisation="Example Institute")
    data = write(every_node_document(), theme=theme)
    d = docx.Document(io.BytesIO(data))
    sec = d.sections[-1]
    for hf in (sec.header, sec.footer, sec.first_page_header, sec.first_page_footer):
        texts = [p.text for p in hf.paragraphs]
        assert "UNCLASSIFIED // FOR PUBLIC RELEASE" in texts
        assert all(p.style.name in ("Marking", "Header", "Footer") for p in hf.paragraphs)
    assert "Example Institute" in "".join(p.text for p in sec.header.paragraphs)
    assert f"Example Institute · Information as of {AS_OF}" in "".join(p.text for p in sec.first_page_footer.paragraphs)


def test_toc_field_with_cached_entries_and_update_on_open(every):
    b = body(every)
    instr = instr_texts(b)
    assert any(re.fullmatch(r'TOC \\o "1-2" \\h \\z \\u', i) for i in instr), instr
    begin = next(f for f in b.iter(W + "fldChar") if f.get(W + "fldCharType") == "begin")
    assert begin.get(W + "dirty") == "true"
    settings = part(every, "word/settings.xml")
    assert settings.find("w:updateFields", NS).get(W + "val") == "true"
    entries = [(s, t) for s, t in paragraphs_by_style(every) if s.startswith("toc ")]
    assert [t for _, t in entries] == ["Key facts", "Heading one", "Heading two"]
    # Entries link to bookmarks that exist at the headings.
    bookmarks = {bm.get(W + "name") for bm in b.iter(W + "bookmarkStart")}
    anchors = [h.get(W + "anchor") for h in b.iter(W + "hyperlink") if h.get(W + "anchor")]
    assert anchors and set(anchors) <= bookmarks


def test_no_toc_field_or_update_prompt_without_toc_node():
    doc = every_node_document()
    doc.blocks = [b for b in doc.blocks if not isinstance(b, N.TOC)]
    data = write(doc)
    assert not any(i.startswith("TOC") for i in instr_texts(body(data)))
    assert part(data, "word/settings.xml").find("w:updateFields", NS) is None


def test_figure_caption_has_seq_field_and_picture_alt_text(every):
    b = body(every)
    doc_prs = list(b.iter("{%s}docPr" % NS["wp"]))
    assert len(doc_prs) == 2
    assert {d.get("descr") for d in doc_prs} == {"A blue bar standing for a timeline"}
    assert len({d.get("id") for d in doc_prs}) == 2
    seq = [i for i in instr_texts(b) if i.startswith("SEQ Figure")]
    # The first figure counts normally; the third restarts Word's count at 3 because the
    # second was left out (nothing to draw), so Word's numbers agree with the labels.
    assert seq == ["SEQ Figure \\* ARABIC", "SEQ Figure \\r 3 \\* ARABIC"]
    media = [n for n in part_names(every) if n.startswith("word/media/")]
    assert len(media) == 1  # the same PNG twice is stored once
    with zipfile.ZipFile(io.BytesIO(every)) as z:
        assert z.read(media[0]) == tiny_png()


def test_figure_size_follows_the_chart_and_the_text_width():
    small = FakeChart(tiny_png(), 2.0, 1.0, "small")
    wide = FakeChart(tiny_png(), 20.0, 5.0, "wide")
    for chart, width_in in ((small, 2.0), (wide, DEFAULT_THEME.frame_width_mm / 25.4)):
        doc = N.Document(meta(), [N.Figure("x", {}, [N.Text("c")], 1, chart)])
        ext = body(write(doc)).find(".//wp:extent", NS)
        cx, cy = int(ext.get("cx")), int(ext.get("cy"))
        assert abs(cx / 914400 - width_in) < 0.01
        assert abs(cx / cy - chart.width_in / chart.height_in) < 0.01


def test_figure_without_png_is_a_render_error():
    doc = N.Document(meta(), [N.Figure("x", {}, [], 1, FakeChart(b"", 2, 1, "alt"))])
    with pytest.raises(RenderError, match="Figure 1"):
        write(doc)


def test_hyperlinks_external_and_internal(every):
    b = body(every)
    links = list(b.iter(W + "hyperlink"))
    rels = part(every, "word/_rels/document.xml.rels")
    targets = {r.get("Id"): (r.get("Target"), r.get("TargetMode")) for r in rels}
    external = [l for l in links if l.get(R_ID)]
    assert [targets[l.get(R_ID)] for l in external] == [("https://example.org/page?a=1&b=2", "External")]
    assert "".join(t.text for t in external[0].iter(W + "t")) == " external link"
    assert external[0].find(".//w:rStyle", NS).get(W + "val") == "Hyperlink"
    internal = [l for l in links if l.get(W + "anchor") and "internal link" in "".join(t.text for t in l.iter(W + "t"))]
    assert len(internal) == 1
    target = internal[0].get(W + "anchor")
    heading = [p for p in b.iter(W + "p") if "".join(t.text or "" for t in p.iter(W + "t")) == "Heading two"][-1]
    assert heading.find("w:pPr/w:pStyle", NS).get(W + "val") == "Heading2"
    assert target in {bm.get(W + "name") for bm in heading.iter(W + "bookmarkStart")}


def test_inline_emphasis_and_code(every):
    d = docx.Document(io.BytesIO(every))
    p = next(p for p in d.paragraphs if p.text.startswith("Plain bold"))
    runs = {r.text: r for r in p.runs}
    assert runs["bold"].bold and not runs["bold"].italic
    assert runs[" italic"].italic
    assert runs[" code"].style.name == "Verbatim Char"


def test_seed_text_is_literal_in_docx():
    doc = parsed_document("# Heading\n\nA seed with \\<b\\>tags\\</b\\> \\& \\*stars\\* and \\[x\\](y).\n")
    d = docx.Document(io.BytesIO(write(doc)))
    assert "A seed with <b>tags</b> & *stars* and [x](y)." in [p.text for p in d.paragraphs]


# ------------------------------------------------------------------ forbidden characters
def test_characters_xml_forbids_are_dropped_with_a_warning():
    doc = every_node_document()
    doc.meta.title = "Bad\x00Title"
    doc.blocks.append(N.Paragraph([N.Text("ctrl\x01a\x0bb\x0cc\x1fd\ud800e\ufffef end")]))
    doc.blocks.append(N.Heading(1, [N.Text("Head\x08ing")], "h-x"))
    doc.blocks.append(N.Paragraph([N.Text("link", href="https://example.org/\x02x")]))
    with pytest.warns(DocxTextWarning, match="dropped"):
        data = write(doc)
    d = docx.Document(io.BytesIO(data))
    texts = [p.text for p in d.paragraphs]
    assert "ctrlabcdef end" in texts and "Heading" in texts
    assert d.core_properties.title == "BadTitle"
    # Tabs and newlines are allowed in XML and survive as Word tabs and breaks.
    doc2 = N.Document(meta(), [N.Paragraph([N.Text("a\tb\nc")])])
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        p = body(write(doc2)).find("w:p", NS)
    assert p.find(".//w:tab", NS) is not None and p.find(".//w:br", NS) is not None


# ------------------------------------------------------------------ properties and page
def test_core_properties(every, monkeypatch):
    theme = dataclasses.replace(DEFAULT_THEME, author="Example Institute")
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1717200000")
    d = docx.Document(io.BytesIO(write(every_node_document(), theme=theme)))
    cp = d.core_properties
    assert cp.title == "Node Test Organisation"
    assert cp.subject == "Test brief"
    assert cp.author == "Example Institute" and cp.last_modified_by == "Example Institute"
    assert cp.keywords == "alpha, beta"
    assert cp.language == "en"
    when = dt.datetime(2024, 6, 1, 0, 0, tzinfo=dt.timezone.utc)
    assert cp.created == when and cp.modified == when
    lang = part(every, "word/styles.xml").find("w:docDefaults/w:rPrDefault/w:rPr/w:lang", NS)
    assert lang.get(W + "val") == "en"


def test_dates_come_from_the_date_of_information_without_epoch(monkeypatch):
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    d = docx.Document(io.BytesIO(write(every_node_document())))
    assert d.core_properties.created == dt.datetime(2024, 6, 1, tzinfo=dt.timezone.utc)


@pytest.mark.parametrize("page_size, width_mm, height_mm", [("A4", 210.0, 297.0), ("Letter", 215.9, 279.4)])
def test_page_setup_from_theme(page_size, width_mm, height_mm):
    theme = dataclasses.replace(DEFAULT_THEME, page_size=page_size, margins_mm=(25.0, 15.0, 30.0, 35.0))
    sec = docx.Document(io.BytesIO(write(every_node_document(), theme=theme))).sections[-1]
    assert abs(sec.page_width.mm - width_mm) < 0.1 and abs(sec.page_height.mm - height_mm) < 0.1
    assert abs(sec.top_margin.mm - 25) < 0.1 and abs(sec.right_margin.mm - 15) < 0.1
    assert abs(sec.bottom_margin.mm - 30) < 0.1 and abs(sec.left_margin.mm - 35) < 0.1


# ------------------------------------------------------------------ reproducibility
def test_byte_identical_rebuild(monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1717200000")
    a = write(every_node_document())
    b = DocxWriter().write(every_node_document(), WriteOptions())
    assert a == b


def test_byte_identical_rebuild_with_reference(tmp_path):
    ref = tmp_path / "ref.docx"
    ref.write_bytes(default_reference_docx())
    assert write(every_node_document(), reference=ref) == write(every_node_document(), reference=ref)
    assert default_reference_docx() == default_reference_docx()


def test_zip_entries_are_fixed_and_ordered(every):
    with zipfile.ZipFile(io.BytesIO(every)) as z:
        infos = z.infolist()
    names = [i.filename for i in infos]
    assert names[:2] == ["[Content_Types].xml", "_rels/.rels"]
    assert names[2:] == sorted(names[2:])
    assert {i.date_time for i in infos} == {(1980, 1, 1, 0, 0, 0)}
    assert not any("thumbnail" in n or "stylesWithEffects" in n for n in names)


def test_epoch_changes_only_the_dates(monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1717200000")
    a = write(every_node_document())
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1717300000")
    b = write(every_node_document())
    assert a != b
    za, zb = zipfile.ZipFile(io.BytesIO(a)), zipfile.ZipFile(io.BytesIO(b))
    differing = [n for n in za.namelist() if za.read(n) != zb.read(n)]
    assert differing == ["docProps/core.xml"]


# ------------------------------------------------------------------ page breaks
def _paragraph(data: bytes, text: str):
    return [p for p in body(data).iter(W + "p") if "".join(t.text or "" for t in p.iter(W + "t")) == text][-1]


def test_page_break_is_break_before_the_next_paragraph(every):
    heading = _paragraph(every, "Heading two")
    assert heading.find("w:pPr/w:pStyle", NS).get(W + "val") == "Heading2"
    assert heading.find("w:pPr/w:pageBreakBefore", NS) is not None
    assert not [br for br in body(every).iter(W + "br") if br.get(W + "type") == "page"]


def test_page_break_before_a_table_is_a_break_character():
    """A table cannot carry "page break before": a paragraph holding a break goes first."""
    doc = N.Document(meta(), [N.Paragraph([N.Text("before")]), N.PageBreak(),
                              N.Callout("summary", "Box", [N.Paragraph([N.Text("inside")])])])
    breaks = [br for br in body(write(doc)).iter(W + "br") if br.get(W + "type") == "page"]
    assert len(breaks) == 1
    assert breaks[0].getparent().getparent().getnext().tag == W + "tbl"


def test_page_break_before_a_numbered_list_keeps_schema_order():
    doc = N.Document(meta(), [N.Paragraph([N.Text("before")]), N.PageBreak(),
                              N.List([N.ListItem([N.Paragraph([N.Text("item")])])], ordered=True)])
    ppr = _paragraph(write(doc), "item").find("w:pPr", NS)
    assert [c.tag.rsplit("}", 1)[1] for c in ppr] == ["pStyle", "pageBreakBefore", "numPr"]


def test_trailing_page_break_adds_no_empty_page():
    doc = N.Document(meta(), [N.Paragraph([N.Text("only")]), N.PageBreak()])
    data = write(doc)
    assert len(list(body(data).iter(W + "p"))) == 1
    assert not [br for br in body(data).iter(W + "br")]


def test_normal_is_the_default_paragraph_style(every):
    normal = part(every, "word/styles.xml").find("w:style[@w:styleId='Normal']", NS)
    assert normal.get(W + "default") == "1"


def test_extended_properties_name_briefkit_not_a_template(every):
    app = zipfile.ZipFile(io.BytesIO(every)).read("docProps/app.xml").decode()
    assert "<Application>briefkit</Application>" in app
    assert "Macintosh" not in app and "<Pages>" not in app
    core = zipfile.ZipFile(io.BytesIO(every)).read("docProps/core.xml").decode()
    assert "lastPrinted" not in core


def test_word_opens_without_compatibility_mode(every):
    settings = part(every, "word/settings.xml")
    mode = [c for c in settings.iter(W + "compatSetting") if c.get(W + "name") == "compatibilityMode"]
    assert [c.get(W + "val") for c in mode] == ["15"]


# ------------------------------------------------------------------ schema order (Word is strict)
PPR_ORDER = (
    "pStyle keepNext keepLines pageBreakBefore framePr widowControl numPr suppressLineNumbers pBdr shd "
    "tabs suppressAutoHyphens kinsoku wordWrap overflowPunct topLinePunct autoSpaceDE autoSpaceDN bidi "
    "adjustRightInd snapToGrid spacing ind contextualSpacing mirrorIndents suppressOverlap jc textDirection "
    "textAlignment textboxTightWrap outlineLvl divId cnfStyle rPr sectPr pPrChange"
).split()
RPR_ORDER = (
    "rStyle rFonts b bCs i iCs caps smallCaps strike dstrike outline shadow emboss imprint noProof "
    "snapToGrid vanish webHidden color spacing w kern position sz szCs highlight u effect bdr shd fitText "
    "vertAlign rtl cs em lang eastAsianLayout specVanish oMath"
).split()
TBLPR_ORDER = (
    "tblStyle tblpPr tblOverlap bidiVisual tblStyleRowBandSize tblStyleColBandSize tblW jc tblCellSpacing "
    "tblInd tblBorders shd tblLayout tblCellMar tblLook"
).split()
STYLE_ORDER = (
    "name aliases basedOn next link autoRedefine hidden uiPriority semiHidden unhideWhenUsed qFormat locked "
    "personal personalCompose personalReply rsid pPr rPr tblPr trPr tcPr tblStylePr"
).split()
LVL_ORDER = "start numFmt lvlRestart pStyle isLgl suff lvlText lvlPicBulletId legacy lvlJc pPr rPr".split()


def _check_order(root, tag: str, order: list[str]) -> list[str]:
    problems = []
    for el in root.iter(W + tag):
        names = [c.tag.rsplit("}", 1)[1] for c in el if c.tag.startswith(W)]
        known = [n for n in names if n in order]
        if known != sorted(known, key=order.index):
            problems.append(f"{tag}: {names}")
    return problems


def test_elements_in_schema_order(every):
    """Word refuses files whose property elements are out of the schema's order."""
    problems = []
    for name in ["word/document.xml", "word/styles.xml", "word/numbering.xml",
                 *[n for n in part_names(every) if n.startswith(("word/header", "word/footer"))]]:
        root = part(every, name)
        problems += [f"{name}: {p}" for p in _check_order(root, "pPr", PPR_ORDER)]
        problems += [f"{name}: {p}" for p in _check_order(root, "rPr", RPR_ORDER)]
        problems += [f"{name}: {p}" for p in _check_order(root, "tblPr", TBLPR_ORDER)]
        problems += [f"{name}: {p}" for p in _check_order(root, "style", STYLE_ORDER)]
        problems += [f"{name}: {p}" for p in _check_order(root, "lvl", LVL_ORDER)]
    assert not problems, problems[:10]


def test_logo_on_the_first_page_header(tmp_path):
    logo = tmp_path / "logo.png"
    logo.write_bytes(tiny_png(200, 50, (200, 30, 30)))
    theme = dataclasses.replace(DEFAULT_THEME, logo=str(logo))
    d = docx.Document(io.BytesIO(write(every_node_document(), theme=theme)))
    sec = d.sections[-1]
    first = sec.first_page_header._element
    pics = list(first.iter("{%s}docPr" % NS["wp"]))
    assert [p.get("descr") for p in pics] == ["Logo"]
    ext = first.find(".//wp:extent", NS)
    w_mm, h_mm = int(ext.get("cx")) / 36000, int(ext.get("cy")) / 36000
    assert w_mm <= 25.01 and h_mm <= 10.01 and abs(w_mm / h_mm - 4) < 0.01
    assert not list(sec.header._element.iter("{%s}docPr" % NS["wp"]))


def test_broken_logo_is_a_render_error(tmp_path):
    logo = tmp_path / "logo.png"
    logo.write_bytes(b"not an image")
    theme = dataclasses.replace(DEFAULT_THEME, logo=str(logo))
    with pytest.raises(RenderError) as exc:
        write(every_node_document(), theme=theme)
    assert exc.value.file == str(logo)


def test_picture_ids_unique_across_body_and_headers(tmp_path):
    logo = tmp_path / "logo.png"
    logo.write_bytes(tiny_png())
    data = write(every_node_document(), theme=dataclasses.replace(DEFAULT_THEME, logo=str(logo)))
    ids = [d.get("id") for name in ["word/document.xml", *header_footer_parts(data)]
           for d in part(data, name).iter("{%s}docPr" % NS["wp"])]
    assert len(ids) == 3 and len(set(ids)) == 3


def test_word_template_as_reference(tmp_path):
    """House styles often live in a .dotx; it differs from a .docx only in one content type."""
    src = zipfile.ZipFile(io.BytesIO(default_reference_docx()))
    dotx = tmp_path / "house.dotx"
    with zipfile.ZipFile(dotx, "w") as z:
        for name in src.namelist():
            content = src.read(name)
            if name == "[Content_Types].xml":
                content = content.replace(b"document.main+xml", b"template.main+xml")
                assert b"template.main+xml" in content
            z.writestr(name, content)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        data = write(every_node_document(), reference=dotx)
    assert b"document.main+xml" in zipfile.ZipFile(io.BytesIO(data)).read("[Content_Types].xml")
    assert style_of(data, "Heading one") == "heading 1"


def test_missing_reference_file_is_a_render_error(tmp_path):
    path = tmp_path / "nope.docx"
    with pytest.raises(RenderError) as exc:
        write(every_node_document(), reference=path)
    assert exc.value.file == str(path)


def test_theme_font_files_name_the_docx_fonts():
    from briefkit import fonts

    theme = dataclasses.replace(DEFAULT_THEME, fonts=dataclasses.replace(
        DEFAULT_THEME.fonts, body=str(fonts.bundled_font("sans")), heading=str(fonts.bundled_font("serif-bold"))))
    styles = part(write(every_node_document(), theme=theme), "word/styles.xml")
    normal = styles.find("w:style[@w:styleId='Normal']/w:rPr/w:rFonts", NS)
    h1 = styles.find("w:style[@w:styleId='Heading1']/w:rPr/w:rFonts", NS)
    assert normal.get(W + "ascii") == "DejaVu Sans"
    assert h1.get(W + "ascii") == "DejaVu Serif"


def test_toc_is_a_word_table_of_contents_control(every):
    sdt = body(every).find("w:sdt", NS)
    assert sdt.find("w:sdtPr/w:docPartObj/w:docPartGallery", NS).get(W + "val") == "Table of Contents"
    texts = ["".join(t.text or "" for t in p.iter(W + "t")) for p in sdt.iter(W + "p")]
    assert texts == ["Contents", "Key facts", "Heading one", "Heading two"]
    assert any(i.startswith("TOC ") for i in instr_texts(sdt))


def test_word_theme_fonts_and_no_stale_linked_styles(every):
    theme_xml = zipfile.ZipFile(io.BytesIO(every)).read("word/theme/theme1.xml").decode()
    assert re.search(r'<a:majorFont>\s*<a:latin typeface="DejaVu Sans"', theme_xml)
    assert re.search(r'<a:minorFont>\s*<a:latin typeface="DejaVu Serif"', theme_xml)
    names = set(style_names(every).values())
    assert "Heading 1 Char" not in names and "Title Char" not in names
    styles = part(every, "word/styles.xml")
    ids = {s.get(W + "styleId") for s in styles.findall("w:style", NS)}
    for link in styles.iter(W + "link"):
        assert link.get(W + "val") in ids


def test_reference_with_localised_style_ids(tmp_path):
    """German Word stores Heading 1 as styleId "berschrift1" (name "heading 1"): styles are
    found by name, and the document uses the reference's ids."""
    d = docx.Document(io.BytesIO(default_reference_docx()))
    h1 = d.styles["Heading 1"].element
    h1.set(W + "styleId", "berschrift1")
    for el in d.styles.element.iter(W + "basedOn", W + "next", W + "link"):
        if el.get(W + "val") == "Heading1":
            el.set(W + "val", "berschrift1")
    path = tmp_path / "de.docx"
    d.save(str(path))
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        data = write(every_node_document(), reference=path)
    heading = _paragraph(data, "Heading one")
    assert heading.find("w:pPr/w:pStyle", NS).get(W + "val") == "berschrift1"
    toc_heading = part(data, "word/styles.xml").find("w:style[@w:styleId='TOCHeading']/w:basedOn", NS)
    assert toc_heading.get(W + "val") == "berschrift1"


@pytest.mark.parametrize("name, following", [("Title", "Subtitle"), ("Callout Title", "Callout Text"),
                                             ("Heading 1", "Body Text"), ("Figure", "Caption")])
def test_style_for_following_paragraph(every, name, following):
    styles = part(every, "word/styles.xml")
    names = style_names(every)
    ids = {v.lower(): k for k, v in names.items()}
    el = styles.find(f"w:style[@w:styleId='{ids[name.lower()]}']", NS)
    assert names[el.find("w:next", NS).get(W + "val")].lower() == following.lower()


def test_byte_identical_across_processes():
    """Nothing depends on hash order or the process: two interpreters, two hash seeds."""
    import os
    import subprocess
    import sys

    script = (
        "import hashlib, sys; sys.path[:0] = sys.argv[1:]\n"
        "from docx_fixtures import every_node_document, write\n"
        "print(hashlib.sha256(write(every_node_document())).hexdigest())\n"
    )
    here = str(Path(__file__).resolve().parent)
    digests = set()
    for seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": seed, "SOURCE_DATE_EPOCH": "1717200000"}
        out = subprocess.run([sys.executable, "-c", script, here, str(Path(here).parent)],
                             capture_output=True, text=True, env=env, check=True)
        digests.add(out.stdout.strip())
    assert len(digests) == 1


def test_numbering_in_schema_order_with_reference_numbering(tmp_path):
    """A reference whose numbering ends with numIdMacAtCleanup (Word for Mac writes it)
    gets new list definitions and instances in their places, not after it."""
    ref = tmp_path / "ref.docx"
    d = docx.Document(io.BytesIO(default_reference_docx()))
    numbering = d.part.numbering_part.element
    numbering.append(docx.oxml.parse_xml(f'<w:numIdMacAtCleanup xmlns:w="{NS["w"]}" w:val="3"/>'))
    for name in ("List Number", "List Number 2", "List Number 3"):
        el = d.styles[name].element
        el.getparent().remove(el)
    d.save(str(ref))
    with pytest.warns(DocxStyleWarning):
        data = write(every_node_document(), reference=ref)
    order = [c.tag.rsplit("}", 1)[1] for c in part(data, "word/numbering.xml")]
    kinds = ["numPicBullet", "abstractNum", "num", "numIdMacAtCleanup"]
    ranks = [kinds.index(k) for k in order if k in kinds]
    assert ranks == sorted(ranks) and order[-1] == "numIdMacAtCleanup"


def test_reference_without_any_section_takes_the_theme_page(tmp_path):
    path = tmp_path / "nosection.docx"
    path.write_bytes(minimal_docx(section=False))
    theme = dataclasses.replace(DEFAULT_THEME, page_size="Letter")
    with pytest.warns(DocxStyleWarning):
        data = write(every_node_document(), theme=theme, reference=path)
    sec = docx.Document(io.BytesIO(data)).sections[-1]
    assert abs(sec.page_width.mm - 215.9) < 0.1
    assert any("PAGE" in i for r in header_footer_parts(data).values() for i in instr_texts(r))


def test_byte_identical_with_a_reference_lacking_parts(tmp_path):
    """Parts python-docx creates for a bare reference (core properties, settings) carry no
    clock time either."""
    import time

    path = tmp_path / "minimal.docx"
    path.write_bytes(minimal_docx())
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        a = write(every_node_document(), reference=path)
        time.sleep(1.1)
        b = write(every_node_document(), reference=path)
    assert a == b


def test_figure_inside_a_callout_fits_its_box():
    wide = FakeChart(tiny_png(), 20.0, 5.0, "wide")
    doc = N.Document(meta(), [N.Callout("note", "Box", [N.Figure("x", {}, [N.Text("c")], 1, wide)])])
    data = write(doc)
    cx = int(body(data).find(".//wp:extent", NS).get("cx"))
    grid_w = int(body(data).find(".//w:gridCol", NS).get(W + "w"))
    assert cx / 914400 * 1440 <= grid_w - 400


def test_every_node_kind_leaves_its_mark(every):
    """Nodes without text (rule, figure, page break, TOC) are checked by what they leave."""
    used = {s for s, _ in paragraphs_by_style(every)}
    assert {"Horizontal Rule", "Title Rule", "Spacer", "Figure", "toc 1", "TOC Heading"} <= used
    figures = [p for p in body(every).iter(W + "p")
               if p.find("w:pPr/w:pStyle", NS).get(W + "val") == "Figure"]
    assert len(figures) == 2 and all(p.find(".//w:drawing", NS) is not None for p in figures)
    assert any(p.find("w:pPr/w:pageBreakBefore", NS) is not None for p in body(every).iter(W + "p"))
    seen = {type(b).__name__ for b in every_node_document().walk()}
    assert seen == {k.__name__ for k in N.Block.__args__}  # the fixture really has every kind


def test_bookmark_names_unique_even_for_repeated_nodes():
    doc = parsed_document()
    doc.blocks = doc.blocks * 3  # the same node objects three times
    names = [b.get(W + "name") for b in body(write(doc)).iter(W + "bookmarkStart")]
    assert names and len(names) == len(set(names))


def test_list_item_opening_with_a_nested_list_keeps_its_bullet_first():
    doc = N.Document(meta(), [N.List([
        N.ListItem([N.List([N.ListItem([N.Paragraph([N.Text("nested only")])])])]),
        N.ListItem([N.Paragraph([N.Text("second")])]),
    ], ordered=True)])
    got = paragraphs_by_style(write(doc))
    assert got == [("List Number", ""), ("List Bullet 2", "nested only"), ("List Number End", "second")]


def test_a_fourth_level_list_keeps_its_own_indent():
    """A seed nests 'March 2024 incursion' under '2022-2023 attacks' under 'Russo-Ukrainian War'
    under the battles: four levels, each indented one step further, as the PDF shows them."""
    from briefkit.document import nodes as N

    def item(text, inner=None):
        return N.ListItem([N.Paragraph([N.Text(text)])] + ([inner] if inner else []))

    doc = every_node_document()
    doc.blocks.append(N.List([item("level one", N.List([item("level two", N.List([item("level three", N.List([
        item("level four")]))]))]))]))
    styles = dict((t, s) for s, t in paragraphs_by_style(write(doc)))
    assert [styles[f"level {n}"] for n in ("one", "two", "three", "four")] == [
        "List Bullet", "List Bullet 2", "List Bullet 3", "List Bullet 4 End"]  # the list's last paragraph
    ilvl = part(write(doc), "word/styles.xml").find("w:style[@w:styleId='ListBullet4']/w:pPr/w:numPr/w:ilvl", NS)
    assert ilvl.get(W + "val") == "3"  # ...based on "List Bullet 4", whose numbering indents it


def test_the_line_introducing_a_list_keeps_with_it():
    """'Headquarters' before the unit list: in Word and LibreOffice a page never ends on it."""
    t = N.Text
    doc = N.Document(N.Meta(title="T", short_title="T"), [
        N.Heading(1, [t("Structure")], "h"), N.Paragraph([t("Headquarters")]),
        N.List([N.ListItem([N.Paragraph([t("1st Battalion")])])]), N.Paragraph([t("After.")])])
    pairs = paragraphs_by_style(write(doc))
    assert ("List Intro", "Headquarters") in pairs and ("Body Text", "After.") in pairs


# ------------------------------------------------------------------ list spacing
def _space_after(styles, style_id: str, next_id: str | None) -> int:
    """Twips Word puts after a paragraph of `style_id` followed by one of `next_id`: the
    style's w:after, following basedOn, unless contextualSpacing drops it between two
    paragraphs of the same style."""
    after = contextual = None
    sid: str | None = style_id
    while sid is not None and (after is None or contextual is None):
        s = styles.find(f"w:style[@w:styleId='{sid}']", NS)
        spacing = s.find("w:pPr/w:spacing", NS)
        if after is None and spacing is not None and spacing.get(W + "after") is not None:
            after = int(spacing.get(W + "after"))
        cs = s.find("w:pPr/w:contextualSpacing", NS)
        if contextual is None and cs is not None:
            contextual = cs.get(W + "val", "1") not in ("0", "false")
        based = s.find("w:basedOn", NS)
        sid = based.get(W + "val") if based is not None else None
    return 0 if contextual and style_id == next_id else after or 0


def _gaps(data: bytes) -> list[tuple[str, int]]:
    """(text, space after it) of each body paragraph."""
    styles = part(data, "word/styles.xml")
    paras = [(p.find("w:pPr/w:pStyle", NS).get(W + "val"), para_text(p)) for p in body(data).iter(W + "p")]
    return [(text, _space_after(styles, sid, paras[i + 1][0] if i + 1 < len(paras) else None))
            for i, (sid, text) in enumerate(paras)]


def _assert_lists_spaced_like_the_pdf(data: bytes) -> None:
    gaps = dict(_gaps(data))
    body_gap = gaps["Before."]
    inside = [gaps[t] for t in ("alpha", "bravo", "charlie", "delta", "echo", "echo continued", "foxtrot",
                                "hotel", "india")]
    # Every paragraph of a list, whatever its level, is followed by the same small space
    # (the PDF's), where the level changes too; the list as a whole by a body paragraph's.
    assert len(set(inside)) == 1 and 0 < inside[0] < body_gap, gaps
    assert gaps["golf"] == gaps["juliet"] == body_gap, gaps


def test_nested_list_items_sit_evenly_and_the_list_keeps_its_space_after():
    data = write(nested_lists_document())
    _assert_lists_spaced_like_the_pdf(data)
    # The last paragraph of each outermost list is its level style's "End" variant.
    assert style_of(data, "golf") == "List Bullet End" and style_of(data, "juliet") == "List Bullet 2 End"
    assert style_of(data, "echo continued") == "List Continue" and style_of(data, "delta") == "List Bullet 3"
    _assert_styles_only(body(data))


def test_a_list_ending_in_a_continuation_paragraph_keeps_its_space_after():
    t = N.Text
    doc = N.Document(meta(), [N.List([N.ListItem([N.Paragraph([t("item")]), N.Paragraph([t("more")])])]),
                              N.Paragraph([t("After.")])])
    data = write(doc)
    gaps = dict(_gaps(data))
    assert style_of(data, "more") == "List Continue End" and gaps["more"] == gaps["After."] > gaps["item"]


def test_style_defs_made_once_per_theme_and_the_same_as_made_afresh(monkeypatch):
    """Every DOCX's style map asks for the theme's styles; they are made once per theme. The
    list is the caller's own, equal to one made afresh; an equal theme shares it, another
    theme gets its own, and a theme that cannot be hashed still gets its styles."""
    from briefkit.writers.docx import stylemap

    stylemap._THEME_DEFS.clear()
    first = stylemap.theme_style_defs(DEFAULT_THEME)
    assert first == style_defs(DEFAULT_THEME)
    made = []
    monkeypatch.setattr(stylemap, "style_defs", lambda theme: made.append(theme) or style_defs(theme))
    again = stylemap.theme_style_defs(DEFAULT_THEME)
    again.append("mine")  # the caller's own list: the next asking does not see it
    assert stylemap.theme_style_defs(dataclasses.replace(DEFAULT_THEME)) == first and made == []
    accent = dataclasses.replace(DEFAULT_THEME, colours=dataclasses.replace(DEFAULT_THEME.colours, accent="#aa0011"))
    assert stylemap.theme_style_defs(accent) != first and made == [accent]
    unhashable = dataclasses.replace(DEFAULT_THEME)
    object.__setattr__(unhashable, "margins_mm", [20.0, 20.0, 20.0, 20.0])
    assert stylemap.theme_style_defs(unhashable) == first and len(made) == 2


def test_list_end_styles_take_their_look_and_numbering_from_the_level_style():
    """"List Number 2 End" is "List Number 2" plus the space after a list: restyling the
    level in Word restyles its last item too, and the bullets are the level's own."""
    names = {d.name: d for d in style_defs(DEFAULT_THEME)}
    for base in ("List Bullet", "List Number", "List Continue"):
        for name in (base, *(f"{base} {n}" for n in range(2, 6))):
            end = names[f"{name} End"]
            assert (end.based_on, end.list_kind, end.next) == (name, None, "Body Text")
    styles = part(write(nested_lists_document()), "word/styles.xml")
    end = styles.find("w:style[@w:styleId='ListBullet2End']", NS)
    assert end.find("w:basedOn", NS).get(W + "val") == "ListBullet2"
    assert end.find("w:pPr/w:numPr", NS) is None and end.find("w:pPr/w:contextualSpacing", NS) is None


def test_reference_lacking_the_list_end_styles_still_spaces_lists(tmp_path):
    """A house reference made before the "End" styles existed: they are added, based on the
    reference's own list styles (its look and bullets kept), with the usual one warning."""
    ends = tuple(d.name for d in style_defs(DEFAULT_THEME) if d.name.endswith(" End"))
    ref = _house_reference(tmp_path, drop=ends)
    with pytest.warns(DocxStyleWarning, match="List Bullet End") as record:
        data = write(nested_lists_document(), reference=ref)
    assert len(record) == 1
    _assert_lists_spaced_like_the_pdf(data)
    assert style_of(data, "golf") == "List Bullet End"
    styles = part(data, "word/styles.xml")
    end = styles.find("w:style[@w:styleId='ListBulletEnd']", NS)
    assert end.find("w:basedOn", NS).get(W + "val") == "ListBullet" and end.find("w:pPr/w:numPr", NS) is None



def test_list_text_is_indented_as_in_the_pdf(every):
    """A list item's lines are as wide as the PDF's, so a word processor wraps them at the
    same words: GSG 9's summary box had taken a line more in LibreOffice, its lists indented
    Word's customary 18 pt a level against the PDF's 13 pt. Measured on the PDF the writer
    draws of the same Document: where each level's text starts, right of the body's."""
    from pypdf import PdfReader

    pdf = get_writer("pdf").write(every_node_document(), WriteOptions())
    starts: dict[str, float] = {}

    def visit(text, cm, tm, font, size):
        for word in ("Plain", "outer bullet", "inner bullet", "innermost bullet"):
            if text.startswith(word) and word not in starts:
                starts[word] = cm[4] + tm[4]

    for page in PdfReader(io.BytesIO(pdf)).pages:
        page.extract_text(visitor_text=visit)
    styles = part(every, "word/styles.xml")
    numbering = part(every, "word/numbering.xml")
    for level, word in enumerate(("outer bullet", "inner bullet", "innermost bullet")):
        style = styles.find(f"w:style[@w:styleId='ListBullet{'' if not level else level + 1}']", NS)
        num_id = style.find("w:pPr/w:numPr/w:numId", NS).get(W + "val")
        abstract = numbering.find(f"w:num[@w:numId='{num_id}']/w:abstractNumId", NS).get(W + "val")
        lvl = numbering.find(f"w:abstractNum[@w:abstractNumId='{abstract}']/w:lvl[@w:ilvl='{level}']", NS)
        left_pt = int(lvl.find("w:pPr/w:ind", NS).get(W + "left")) / 20
        assert left_pt == pytest.approx(starts[word] - starts["Plain"], abs=0.5), word
