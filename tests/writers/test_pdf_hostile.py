"""Layout of hostile documents: a heading taller than a page splits across pages (ReportLab
re-creates split paragraphs with its own keyword arguments), and layout has a time budget."""
from __future__ import annotations

import io

import pytest
from pypdf import PdfReader

import briefkit.document.nodes as N
from briefkit.errors import RenderError
from briefkit.theme import DEFAULT_THEME
from briefkit.writers import WriteOptions, get_writer


def _doc(heading_words: int, paragraphs: int = 1) -> N.Document:
    blocks = [N.Heading(1, [N.Text("Heading " * heading_words)], "h-long")]
    blocks += [N.Paragraph([N.Text(f"Paragraph {i} of plain text.")]) for i in range(paragraphs)]
    return N.Document(N.Meta("Hostile", "Hostile"), blocks)


def test_heading_taller_than_a_page_splits():
    result = get_writer("pdf").render(_doc(3_000), WriteOptions(theme=DEFAULT_THEME))
    reader = PdfReader(io.BytesIO(result.data))
    assert result.pages >= 2 and len(reader.outline) == 1  # one bookmark, on the first part


def test_layout_time_budget(monkeypatch):
    monkeypatch.setenv("BRIEFKIT_LIMIT_LAYOUT_SECONDS", "0")
    with pytest.raises(RenderError, match="BRIEFKIT_LIMIT_LAYOUT_SECONDS"):
        get_writer("pdf").render(_doc(2, paragraphs=50), WriteOptions(theme=DEFAULT_THEME))
