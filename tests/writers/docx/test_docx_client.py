"""The DOCX in a real client, and the DOCX against the PDF of the same Document.

LibreOffice stands in for Word: every DOCX we can produce must convert to PDF without
error, with its fields (PAGE, NUMPAGES) evaluated and its picture drawn, and the seed's
snapshot must stay on one page there too. Separately, the DOCX must say exactly what the
PDF says: the same words in the same order once page furniture and list marks are set aside.
"""
from __future__ import annotations

import re
import warnings
from pathlib import Path

import pytest
from pypdf import PdfReader

from briefkit.theme import DEFAULT_THEME
from briefkit.writers import WriteOptions
from briefkit.writers.docx import default_reference_docx
from briefkit.document.nodes import BULLETS
from briefkit.writers.pdf import PdfWriter
from docx_fixtures import (
    convert_to_pdf, docx_body_text, every_node_document, libreoffice, minimal_docx, nested_lists_document,
    parsed_document, tiny_png, write,
)

def _require_libreoffice() -> None:
    """LibreOffice is a test prerequisite (.ci/run installs it): its absence fails, never skips."""
    assert libreoffice() is not None, "LibreOffice is not installed: apt-get install libreoffice-writer-nogui"


needs_libreoffice = pytest.mark.usefixtures("_libreoffice")


@pytest.fixture
def _libreoffice() -> None:
    _require_libreoffice()

# Bullet glyphs the PDF draws as text; in the DOCX they come from list numbering.
LIST_MARKS = {*BULLETS, "·"}


def pdf_page_texts(path: Path, top_mm: float, bottom_mm: float) -> list[str]:
    """Text inside the page frame only, per page: headers, footers and marking lines live
    in the margins and are left out."""
    reader = PdfReader(str(path))
    pages = []
    for page in reader.pages:
        height = float(page.mediabox.height)
        low, high = bottom_mm / 25.4 * 72 - 2, height - top_mm / 25.4 * 72 + 2
        kept: list[str] = []

        def visit(text, cm, tm, font, size, kept=kept, low=low, high=high):
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            if low <= y <= high:
                kept.append(text)

        page.extract_text(visitor_text=visit)
        pages.append("".join(kept))
    return pages


def pdf_body_text(path: Path, top_mm: float, bottom_mm: float) -> str:
    return " ".join(pdf_page_texts(path, top_mm, bottom_mm))


def words(text: str) -> list[str]:
    """Comparable words: case folded (the PDF upper-cases the callout title in its drawing,
    the DOCX does it with the style's all-caps), without the PDF's contents leaders and
    page numbers, list marks and list numbers (both DOCX lists draw from numbering)."""
    text = re.sub(r"(?:\s*\.){3,}\s*\d+", " ", text)
    return [w for w in text.casefold().split() if w not in LIST_MARKS and not re.fullmatch(r"\d+\.", w)]


def assert_same_words(pdf_words: list[str], docx_words: list[str]) -> None:
    if pdf_words != docx_words:
        import difflib

        diffs = [(pdf_words[max(0, a - 3):b + 3], docx_words[max(0, c - 3):d + 3])
                 for op, a, b, c, d in difflib.SequenceMatcher(None, pdf_words, docx_words, autojunk=False).get_opcodes()
                 if op != "equal"]
        raise AssertionError(f"PDF and DOCX differ: {diffs[:5]}")


# ------------------------------------------------------------------ same content as the PDF
@pytest.mark.parametrize("make", [every_node_document, parsed_document], ids=["every-node", "parsed"])
def test_docx_says_what_the_pdf_says(tmp_path, make):
    doc_pdf, doc_docx = make(), make()
    pdf = tmp_path / "x.pdf"
    pdf.write_bytes(PdfWriter().write(doc_pdf, WriteOptions()))
    docx_path = tmp_path / "x.docx"
    docx_path.write_bytes(write(doc_docx))
    top, _, bottom, _ = DEFAULT_THEME.margins_mm
    pdf_words = words(pdf_body_text(pdf, top, bottom))
    assert len(pdf_words) > 40
    assert_same_words(pdf_words, words(docx_body_text(docx_path)))


def test_word_comparison_can_fail(tmp_path):
    doc = parsed_document()
    pdf = tmp_path / "x.pdf"
    pdf.write_bytes(PdfWriter().write(doc, WriteOptions()))
    doc.blocks.pop()  # the DOCX loses its last block
    docx_path = tmp_path / "x.docx"
    docx_path.write_bytes(write(doc))
    top, _, bottom, _ = DEFAULT_THEME.margins_mm
    with pytest.raises(AssertionError):
        assert_same_words(words(pdf_body_text(pdf, top, bottom)), words(docx_body_text(docx_path)))


@pytest.mark.parametrize("length", ["snapshot", "brief", "full"])
def test_seed_docx_says_what_its_pdf_says(seed_build, length):
    top, _, bottom, _ = DEFAULT_THEME.margins_mm
    pdf_words = words(pdf_body_text(seed_build[(length, "pdf")], top, bottom))
    assert len(pdf_words) > 100
    assert_same_words(pdf_words, words(docx_body_text(seed_build[(length, "docx")])))


# ------------------------------------------------------------------ LibreOffice
@pytest.fixture(scope="module")
def converted(tmp_path_factory) -> dict[str, Path]:
    """Every kind of DOCX the writer makes, converted in one LibreOffice run: {name: pdf}."""
    _require_libreoffice()
    import dataclasses

    import docx

    d = tmp_path_factory.mktemp("lo-docx")
    ref = d / "reference.docx"
    ref.write_bytes(default_reference_docx())
    plain_ref = d / "plain-ref.docx"
    docx.Document().save(str(plain_ref))
    minimal_ref = d / "minimal-ref.docx"
    minimal_ref.write_bytes(minimal_docx())
    logo = d / "logo.png"
    logo.write_bytes(tiny_png(200, 50, (200, 30, 30)))
    marked = dataclasses.replace(DEFAULT_THEME, marking="UNCLASSIFIED // FOR PUBLIC RELEASE",
                                 organisation="Example Institute", page_size="Letter", logo=str(logo))
    docs = {
        "every-node": write(every_node_document()),
        "parsed": write(parsed_document()),
        "marked-letter": write(every_node_document(), theme=marked),
        "via-reference": write(every_node_document(), reference=ref),
        "default-reference": ref.read_bytes(),
    }
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # missing-style warnings are tested elsewhere
        docs["via-plain-reference"] = write(every_node_document(), reference=plain_ref)
        docs["via-minimal-reference"] = write(every_node_document(), reference=minimal_ref)
    paths = []
    for name, data in docs.items():
        p = d / f"{name}.docx"
        p.write_bytes(data)
        paths.append(p)
    profile = d / "profile"
    pdfs = convert_to_pdf(paths, d / "pdf", profile)
    return {p.stem: pdf for p, pdf in pdfs.items()}


def _line_tops(path: Path) -> dict[str, list[float]]:
    """Text fragment -> baselines (points from the page foot) where it is drawn, page one."""
    lines: dict[str, list[float]] = {}

    def visit(text, cm, tm, font, size):
        if text.strip():
            lines.setdefault(text.strip(), []).append(tm[4] * cm[1] + tm[5] * cm[3] + cm[5])

    PdfReader(str(path)).pages[0].extract_text(visitor_text=visit)
    return lines


@needs_libreoffice
def test_libreoffice_sets_nested_lists_as_the_pdf_does(tmp_path):
    """Reviewers saw a gap in the DOCX wherever a list changed level (between an item and
    its sub-list, and after the sub-list): the items of a list, at any level, sit as
    close as in the PDF, and the list as a whole keeps a body paragraph's space after it."""
    pdf = tmp_path / "lists.pdf"
    pdf.write_bytes(PdfWriter().write(nested_lists_document(), WriteOptions()))
    docx_path = tmp_path / "lists.docx"
    docx_path.write_bytes(write(nested_lists_document()))
    profile = tmp_path / "profile"
    lo = convert_to_pdf([docx_path], tmp_path / "lo", profile)[docx_path]
    order = ["Before.", "alpha", "bravo", "charlie", "delta", "echo", "echo continued", "foxtrot", "golf",
             "Between.", "hotel", "india", "juliet", "After."]
    ref, got = _line_tops(pdf), _line_tops(lo)
    step = {a: got[a][0] - got[b][0] for a, b in zip(order, order[1:])}
    inside = [step[a] for a in ("alpha", "bravo", "charlie", "delta", "echo", "echo continued", "foxtrot",
                                "hotel", "india")]
    pdf_item_step = ref["bravo"][0] - ref["charlie"][0]  # two items of one level
    assert max(inside) - min(inside) < 0.2 and abs(inside[0] - pdf_item_step) < 0.5, (step, pdf_item_step)
    for last, after in (("golf", "Between."), ("juliet", "After.")):
        # The PDF leaves 4.5 to 7 pt after a list (less when it ends in a sub-list); the
        # DOCX a body paragraph's 6 pt either way.
        pdf_step = ref[last][0] - ref[after][0]
        assert step[last] > inside[0] + 3 and abs(step[last] - pdf_step) < 2, (last, step, pdf_step)
    # Every item keeps its bullet or number, the last of each list (its "End" style) too.
    marks = [y for text, ys in got.items() if text in {*BULLETS, "1.", "2."} for y in ys]
    items = ["alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel", "india", "juliet"]
    assert all(any(abs(y - got[t][0]) < 0.5 for y in marks) for t in items), (got, marks)


def _pdf_text(path: Path) -> str:
    return " ".join((p.extract_text() or "") for p in PdfReader(str(path)).pages)


@needs_libreoffice
@pytest.mark.parametrize("name", ["every-node", "parsed", "marked-letter", "via-reference", "default-reference",
                                  "via-plain-reference", "via-minimal-reference"])
def test_libreoffice_converts(converted, name):
    reader = PdfReader(str(converted[name]))
    assert len(reader.pages) >= 1
    assert len(_pdf_text(converted[name])) > 100


@needs_libreoffice
@pytest.mark.parametrize("name", ["every-node", "marked-letter", "via-plain-reference"])
def test_libreoffice_has_no_blank_pages(converted, name):
    """A page break after a full page must not leave an empty page behind (Letter is
    shorter than A4, so the marked Letter document ends its second page full)."""
    top, _, bottom, _ = DEFAULT_THEME.margins_mm
    reader = PdfReader(str(converted[name]))
    for i, text in enumerate(pdf_page_texts(converted[name], top, bottom)):
        assert text.strip() or reader.pages[i].images, f"page {i + 1} of {name} is blank"


@needs_libreoffice
def test_libreoffice_evaluates_fields_and_draws_the_figure(converted):
    reader = PdfReader(str(converted["every-node"]))
    n = len(reader.pages)
    assert n >= 2  # the page break
    text = _pdf_text(converted["every-node"])
    for i in range(1, n + 1):
        assert f"Page {i} of {n}" in text
    assert "Figure 1. A caption for the chart." in text and "Figure 3. The third figure." in text
    assert "BOTTOM LINE" in text  # the callout title's all-caps style is applied
    assert any(page.images for page in reader.pages)


@needs_libreoffice
def test_libreoffice_shows_marking_and_letter_page(converted):
    reader = PdfReader(str(converted["marked-letter"]))
    page = reader.pages[0]
    assert abs(float(page.mediabox.width) - 612) < 2 and abs(float(page.mediabox.height) - 792) < 2
    assert "UNCLASSIFIED // FOR PUBLIC RELEASE" in (page.extract_text() or "")
    assert page.images  # the logo (the first page has no figure)


def _convert_and_count(named: list[Path], tmp_path: Path) -> tuple[dict[Path, Path], dict[str, int]]:
    """Convert DOCX files in a private LibreOffice profile; return the PDFs and their page counts."""
    profile = tmp_path / "profile"
    pdfs = convert_to_pdf(named, tmp_path / "pdf", profile)
    return pdfs, {p.stem: len(PdfReader(str(pdf)).pages) for p, pdf in pdfs.items()}


@needs_libreoffice
def test_seed_docx_converts_and_snapshot_is_one_page(seed_build, tmp_path):
    paths = [seed_build[(length, "docx")] for length in ("snapshot", "brief", "full")]
    # Same stem for all three lengths in different folders would clash: copy with names.
    named = []
    for p, length in zip(paths, ("snapshot", "brief", "full")):
        q = tmp_path / f"{length}.docx"
        q.write_bytes(p.read_bytes())
        named.append(q)
    pdfs, pages = _convert_and_count(named, tmp_path)
    assert pages["snapshot"] == 1, pages
    assert pages["brief"] <= pages["full"]
    assert "Свобода России" in _pdf_text(pdfs[named[0]])


@needs_libreoffice
def test_fixture_snapshots_stay_one_page_in_libreoffice(tmp_path, monkeypatch):
    """The fit step measures the PDF; the DOCX of the same snapshot must fit one page too,
    from a tiny article to a very long one and scripts the main font lacks."""
    from briefkit.build import BuildOptions, build_seed
    from helpers import FIXTURES

    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1717200000")
    articles = sorted((FIXTURES / "articles").glob("*.txt"))
    assert len(articles) >= 3
    named = []
    for seed in articles:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            outputs = build_seed(seed, BuildOptions(out_dir=tmp_path / "dist", lengths=("snapshot",),
                                                    formats=("docx",), cache=False)).outputs
        q = tmp_path / f"{seed.stem}.docx"
        q.write_bytes(outputs[0].path.read_bytes())
        named.append(q)
    pdfs, pages = _convert_and_count(named, tmp_path)
    assert set(pages.values()) == {1}, {k: v for k, v in pages.items() if v != 1}
