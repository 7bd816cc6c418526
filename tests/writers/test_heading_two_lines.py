"""A heading stands over at least two lines of its section, in the PDF and the DOCX
(`writers.heading_keeps`): a section opening on a one-line paragraph keeps that line with the
paragraph after it (round 72: the seed's brief closed page 2 on "Symbols and leadership" and
its one-line first paragraph)."""
from __future__ import annotations

import io
import sys
from pathlib import Path

from pypdf import PdfReader

from briefkit.document import nodes as N
from briefkit.writers import WriteOptions, get_writer

sys.path.insert(0, str(Path(__file__).parent / "docx"))
from docx_fixtures import NS, W, body, write  # noqa: E402

LONG = ("The second paragraph of the section runs over several lines, so that it can be split where the "
        "page ends and leave some of its lines on the page with the heading and some on the next one. ") * 3


def _doc(fillers: int) -> N.Document:
    t = N.Text
    blocks = [N.Paragraph([t(f"Filler line {n} of the page before the section.")]) for n in range(fillers)]
    blocks += [N.Heading(1, [t("Symbols")], "s"), N.Paragraph([t("The group uses a white flag.")]),
               N.Paragraph([t(LONG)])]
    return N.Document(N.Meta(title="T", short_title="T"), blocks)


def _lines_after_heading(pdf: bytes) -> int:
    """Lines of text under the heading on the page where it stands."""
    for page in PdfReader(io.BytesIO(pdf)).pages:
        lines = [ln for ln in page.extract_text().splitlines() if ln.strip()]
        if "Symbols" in lines:
            rest = lines[lines.index("Symbols") + 1:]
            return len([ln for ln in rest if ln.strip() != "T" and not ln.startswith("Page ")])
    raise AssertionError("heading not found")


def test_a_heading_over_a_one_line_paragraph_keeps_two_lines_at_every_place_on_the_page():
    for fillers in range(18, 34):
        pdf = get_writer("pdf").write(_doc(fillers), WriteOptions())
        assert _lines_after_heading(pdf) >= 2, fillers
    assert len(PdfReader(io.BytesIO(get_writer("pdf").write(_doc(33), WriteOptions()))).pages) == 2


def test_the_docx_keeps_the_same_one_line_paragraph_with_the_next():
    doc = _doc(3)
    kept = [p for p in body(write(doc)).iter(W + "p") if p.find("w:pPr/w:keepNext", NS) is not None]
    texts = ["".join(x.text or "" for x in p.iter(W + "t")) for p in kept]
    assert "The group uses a white flag." in texts, texts
    assert not any(t.startswith("The second paragraph") for t in texts)
    # a longer first paragraph splits by itself and keeps nothing more
    t = N.Text
    longer = N.Document(N.Meta(title="T", short_title="T"), [
        N.Heading(1, [t("Symbols")], "s"), N.Paragraph([t(LONG)]), N.Paragraph([t(LONG)])])
    kept = [p for p in body(write(longer)).iter(W + "p") if p.find("w:pPr/w:keepNext", NS) is not None]
    assert all("second paragraph" not in "".join(x.text or "" for x in p.iter(W + "t")) for p in kept)
