"""Figures: a chart's PNG as an inline picture with alt text, and its numbered caption.

The picture is sized from the chart's own size, never wider than the text (or the table
cell) it sits in; the caption's number is a SEQ field whose cached result is the label the
PDF prints, so both formats number figures alike.
"""
from __future__ import annotations

import io
from typing import TYPE_CHECKING, Any

from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml.ns import qn
from docx.shared import Emu

from ...document.nodes import Figure, Text, plain
from ...errors import RenderError
from . import oxml
from .fields import seq_field

if TYPE_CHECKING:
    from .blocks import Translator


def figure(tr: Translator, c: Any, f: Figure) -> None:
    chart = f.rendered
    if chart is None:
        return
    png = getattr(chart, "png", None)
    if not png:
        raise RenderError(f"{f.label()} ({f.chart}) has no PNG rendering for the DOCX")
    width_in = min(tr.width / oxml.TWIPS_PER_INCH, float(chart.width_in)) * f.scale  # the PDF layout's size
    height_in = float(chart.height_in) * width_in / float(chart.width_in)
    p = tr.para(c, "Figure")
    run = p.add_run()
    try:
        run.add_picture(io.BytesIO(png), width=Emu(round(width_in * oxml.EMU_PER_INCH)),
                        height=Emu(round(height_in * oxml.EMU_PER_INCH)))
    except Exception as exc:
        raise RenderError(f"{f.label()} ({f.chart}): cannot embed its PNG: {exc}") from None
    doc_pr = run._r.find(".//" + qn("wp:docPr"))
    if doc_pr is not None:
        alt = tr.clean(getattr(chart, "alt", "") or plain(f.caption))
        doc_pr.set("descr", alt)
        doc_pr.set("name", f"{f.label()}")
    cap = tr.para(c, "Caption")
    tr.figure_seq += 1
    bold = Text("", bold=True)
    tr.run(cap, bold, "Figure ")
    restart = f.number != tr.figure_seq  # a figure left out: keep Word's count on the label
    if restart:
        tr.figure_seq = f.number
    seq_field(cap, "Figure", f.number, restart, bold=True)
    tr.run(cap, bold, ". ")
    tr.runs(cap, list(f.caption))


def number_drawings(doc: Any) -> None:
    """Give every picture a document-wide unique id (python-docx numbers per part, so a
    logo in a header could share an id with a figure in the body, which Word rejects)."""
    parts = [doc.part] + sorted(
        (rel.target_part for rel in doc.part.rels.values()
         if not rel.is_external and rel.reltype in (RT.HEADER, RT.FOOTER)),
        key=lambda part: str(part.partname),
    )
    n = 0
    for part in parts:
        for doc_pr in part.element.iter(qn("wp:docPr")):
            n += 1
            doc_pr.set("id", str(n))
