"""The PDF as a reader and a PDF tool see it: text, structure, fonts, metadata, bytes."""
from __future__ import annotations

import re

from pypdf import PdfReader

from helpers import SEED, build, norm, pdf_body_text
from briefkit.text import split_sentences

INFOBOX_LINE = re.compile(r"^\s*-\s*[^:]{1,60}:\s")


def seed_prose_sentences(path) -> list[str]:
    """Every sentence of the article's prose and lists (not the infobox or headings)."""
    from briefkit.text import mark_gaps

    out: list[str] = []
    in_infobox = False
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line:
            in_infobox = False
            continue
        if line.lower() == "infobox":
            in_infobox = True
            continue
        if in_infobox or line.startswith("="):
            continue
        line = re.sub(r"^[-*]+\s*", "", line)
        # as a reader sees it: a lost name gives way to its description, or is marked "[…]"
        out.extend(mark_gaps(s) for s in split_sentences(line))
    return out


def test_full_contains_every_sentence_of_the_seed(seed_build):
    text = pdf_body_text(seed_build[("full", "pdf")])
    sentences = seed_prose_sentences(SEED)
    assert len(sentences) > 60
    missing = [s for s in sentences if norm(s) not in text]
    assert not missing, missing[:5]


def test_full_contains_every_infobox_value(seed_build):
    from briefkit.readers import read

    text = pdf_body_text(seed_build[("full", "pdf")])
    profile = read(SEED)

    def values(items):
        for it in items:
            yield it.text
            yield from values(it.children)

    for fact in profile.facts:
        # the label in the table's one case ("Unit Name" reads "Unit name"), its words all there
        assert norm(fact.label).casefold() in text.casefold()
        for v in [fact.text, *values(fact.items)]:
            # "Current commander: Unknown, Maximilian Andronnikov (speaker)" is printed as two
            # rows, "Unknown" and "Spokesperson: Maximilian Andronnikov" (a placeholder row is
            # split so that it cannot be read as naming a commander): each name is there
            parts = [v] if norm(v) in text else [re.sub(r"\s*\([^()]*\)", "", p) for p in v.split(", ")]
            for part in parts:
                assert norm(part) in text, v


def test_outline_has_every_heading(seed_build):
    reader = PdfReader(str(seed_build[("full", "pdf")]))

    def titles(outline):
        for item in outline:
            if isinstance(item, list):
                yield from titles(item)
            else:
                yield item.title

    outline = list(titles(reader.outline))
    for heading in ("History", "Structure", "Symbols and leadership", "Reactions",
                    "Scepticism regarding the unit's existence", "Key facts"):
        assert heading in outline, heading


def test_full_has_clickable_table_of_contents(seed_build):
    reader = PdfReader(str(seed_build[("full", "pdf")]))
    first = reader.pages[0]
    text = first.extract_text()
    assert "Contents" in text and "History" in text
    links = [a.get_object() for a in first.get("/Annots", []) if a.get_object().get("/Subtype") == "/Link"]
    assert len(links) >= 8


def test_metadata(seed_build):
    reader = PdfReader(str(seed_build[("brief", "pdf")]))
    meta = reader.metadata
    assert meta.title == "Freedom of Russia Legion"
    assert meta.author
    assert "brief" in (meta.subject or "")
    assert "FRL" in meta.get("/Keywords", "")
    assert reader.trailer["/Root"].get("/Lang") in ("en", "(en)") or str(reader.trailer["/Root"].get("/Lang")) == "en"


def test_fonts_embedded_and_subset(seed_build):
    reader = PdfReader(str(seed_build[("full", "pdf")]))
    fonts = {}
    for page in reader.pages:
        for font in (page["/Resources"].get("/Font") or {}).values():
            font = font.get_object()
            fonts[font["/BaseFont"]] = font
    assert fonts
    for name, font in fonts.items():
        assert re.match(r"/[A-Z]{6}\+", name), f"{name} is not a subset"
        desc = font["/DescendantFonts"][0].get_object()["/FontDescriptor"] if "/DescendantFonts" in font else font["/FontDescriptor"]
        desc = desc.get_object()
        assert any(k in desc for k in ("/FontFile2", "/FontFile", "/FontFile3")), name


def test_headings_never_last_on_a_page(seed_build):
    for length in ("brief", "full"):
        reader = PdfReader(str(seed_build[(length, "pdf")]))
        headings = set()

        def collect(outline):
            for item in outline:
                if isinstance(item, list):
                    collect(item)
                else:
                    headings.add(item.title)

        collect(reader.outline)
        for page in reader.pages:
            lines = [ln.strip() for ln in page.extract_text().splitlines() if ln.strip()]
            if any(re.search(r"(\.\s+){4}", ln) for ln in lines):
                continue  # the table of contents lists headings by design
            body = [ln for ln in lines if not re.match(r"^(Page \d+ of \d+|Information as of .*)$", ln)]
            assert body and body[-1] not in headings, (length, body[-1])


def test_byte_identical_rebuild(tmp_path):
    a = build(SEED, tmp_path / "a", lengths=("brief",), formats=("pdf",))[0].path.read_bytes()
    b = build(SEED, tmp_path / "b", lengths=("brief",), formats=("pdf",), cache=False)[0].path.read_bytes()
    assert a == b


def test_marking_and_page_x_of_y(tmp_path):
    theme = tmp_path / "theme.toml"
    theme.write_text('marking = "UNCLASSIFIED // FOR PUBLIC RELEASE"\norganisation = "Example Institute"\npage_size = "Letter"\n')
    out = build(SEED, tmp_path, lengths=("full",), formats=("pdf",), theme=theme)[0].path
    reader = PdfReader(str(out))
    n = len(reader.pages)
    for i, page in enumerate(reader.pages, 1):
        text = page.extract_text()
        assert "UNCLASSIFIED // FOR PUBLIC RELEASE" in text
        assert f"Page {i} of {n}" in text
    w, h = float(reader.pages[0].mediabox.width), float(reader.pages[0].mediabox.height)
    assert (round(w), round(h)) == (612, 792)


def test_default_is_a4_without_marking(seed_build):
    reader = PdfReader(str(seed_build[("snapshot", "pdf")]))
    page = reader.pages[0]
    assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) == (595, 842)
    assert "UNCLASSIFIED" not in page.extract_text()


def test_source_and_licence_line(seed_build):
    for length in ("snapshot", "brief", "full"):
        text = pdf_body_text(seed_build[(length, "pdf")])
        assert "Wikipedia" in text and "CC BY-SA" in text, length


def test_a_layout_failure_is_one_short_line_without_python_addresses():
    from briefkit.writers.pdf import _layout_reason

    raw = ("raised by class KeepWithStart(briefkit.writers.pdf_keep)@0x7f15472ea210 wrap\n<Table@0x7F153D08FAD0 201 rows"
           " x 50 cols> with cell(0,0) containing '<Para at 0x7f153d7c7650>c0': flowable given negative availWidth")
    reason = _layout_reason(Exception(raw + " x" * 400))
    assert "0x" not in reason and "\n" not in reason and len(reason) <= 240
    assert reason.startswith("raised by a box wrap <Table> with cell(0,0) containing '<Para>c0'")
