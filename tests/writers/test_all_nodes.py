"""Every node type through every writer: a writer that forgets a node fails here."""
from __future__ import annotations

import dataclasses
import io

import pytest

from briefkit.document import nodes as N
from briefkit.writers import WRITERS, WriteOptions, get_writer


@dataclasses.dataclass(frozen=True)
class FakeChart:
    name: str
    svg: bytes
    png: bytes
    width_in: float
    height_in: float
    alt: str


def _png() -> bytes:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(2, 1))
    ax.plot([0, 1], [0, 1])
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=50, metadata={"Software": None})
    plt.close(fig)
    return buf.getvalue()


def every_node_document() -> N.Document:
    t = N.Text
    chart = FakeChart("timeline", b"", _png(), 2.0, 1.0, "A line from 0 to 1")
    blocks = [
        N.TitleBlock([t("Node Test")], [[t("Also known as NT")]]),
        N.TOC("Contents", 2),
        N.Heading(1, [t("Heading one")], "h-one"),
        N.Paragraph([t("Plain "), t("bold", bold=True), t(" italic", italic=True), t(" code", code=True),
                     t(" link", href="https://example.org")]),
        N.Paragraph([t("Lead paragraph.")], style="lead"),
        N.Paragraph([t("Quoted words.")], style="quote"),
        N.Paragraph([t("Small print.")], style="small"),
        N.List([N.ListItem([N.Paragraph([t("outer")]), N.List([N.ListItem([N.Paragraph([t("inner")])])])])]),
        N.List([N.ListItem([N.Paragraph([t("first")])]), N.ListItem([N.Paragraph([t("second")])])], ordered=True),
        N.FactTable([N.FactRow([t("Label")], [N.Paragraph([t("Value")]),
                                              N.List([N.ListItem([N.Paragraph([t("sub value")])])])])], "Key facts"),
        N.Table([[t("Column head")], [t("Other head")]], [[[t("cell one")], [t("cell two")]], [[t("cell three")], []]]),
        N.Figure("timeline", {}, [t("A caption.")], 1, chart),
        N.Callout("summary", "Bottom line", [N.Paragraph([t("Summary text.")])]),
        N.Rule(),
        N.PageBreak(),
        N.Heading(2, [t("Heading two")], "h-two"),
        N.Heading(3, [t("Heading three")], "h-three"),
        N.Paragraph([t("After the break.")]),
    ]
    return N.Document(N.Meta("Node Test", "Node Test", date="2024-06-01"), blocks)


def test_document_covers_every_node_type():
    doc = every_node_document()
    seen = {type(b).__name__ for b in doc.walk()}
    assert seen == {k.__name__ for k in N.Block.__args__}


@pytest.mark.parametrize("fmt", sorted(WRITERS))
def test_every_node_is_written(fmt):
    data = get_writer(fmt).write(every_node_document(), WriteOptions())
    assert len(data) > 1000
    text = _text(fmt, data)
    for phrase in ("Node Test", "Heading one", "Heading two", "Heading three", "bold", "italic", "outer",
                   "inner", "first", "second", "Label", "Value", "sub value", "Figure 1", "A caption.",
                   "Summary text.", "After the break.", "Lead paragraph.", "Quoted words.", "Small print.",
                   "Column head", "Other head", "cell one", "cell two", "cell three"):
        assert phrase in text, (fmt, phrase)


def _text(fmt: str, data: bytes) -> str:
    import tempfile
    from pathlib import Path

    from helpers import docx_text, pdf_body_text

    with tempfile.TemporaryDirectory() as d:
        p = Path(d) / f"x.{fmt}"
        p.write_bytes(data)
        return pdf_body_text(p) if fmt == "pdf" else docx_text(p)
