"""Dropped: what a length left out to meet its page budget, in words a reader can check.

The fit step lowers the detail level until the PDF fits; whatever the most detailed Document
had and the fitted one lacks was dropped for room. Comparing the two Documents (not the
templates' numbers) keeps this true for any template, a house's own included, and for both
formats, which share the fitted Document.

Each part of a Document is compared under its heading: a whole section, a chart, key-fact
rows, list items (events, leaders, statements) and the words of its paragraphs.
"""
from __future__ import annotations

from .records import field

from .document.nodes import Block, Callout, Document, FactTable, Figure, Heading, List, Paragraph, Table, plain
from .records import record

CHART_NAMES = {"timeline": "timeline chart", "orgchart": "organisation chart"}


@record
class _Part:
    """What one headed part of a Document holds."""

    figures: list[str] = field(default_factory=list)
    rows: int = 0
    items: int = 0
    words: int = 0


def _count(blocks: list[Block], part: _Part) -> None:
    for b in blocks:
        if isinstance(b, Figure):
            part.figures.append(b.chart)
        elif isinstance(b, FactTable):
            part.rows += len(b.rows)
        elif isinstance(b, List):
            part.items += len(b.items)
        elif isinstance(b, Table):  # a table's rows are the items a shorter list would show
            part.items += len(b.rows)
        elif isinstance(b, Paragraph) and b.style != "small":
            part.words += len(plain(b.runs).split())
        elif isinstance(b, Callout):
            _count(b.blocks, part)


def parts(document: Document) -> dict[str, _Part]:
    """The Document's parts by title, in reading order: a top-level heading opens one (its
    subheadings belong to it), and a titled box or fact table is one of its own."""
    out: dict[str, _Part] = {}
    current = out.setdefault("", _Part())
    for b in document.blocks:
        if isinstance(b, Heading) and b.level <= 1:
            current = out.setdefault(plain(b.runs), _Part())
        elif isinstance(b, FactTable) and b.caption:
            out.setdefault(b.caption, _Part()).rows += len(b.rows)
        elif isinstance(b, Callout) and b.title:
            _count(b.blocks, out.setdefault(b.title, _Part()))
        else:
            _count([b], current)
    return out


def _unit(title: str, n: int, of: int, rows: bool = False) -> str:
    noun = "rows" if rows else "items"
    if title.casefold() == "key facts":
        return f"{of - n} of {of} key facts"
    return f"{of - n} of {of} {noun} of {title}"


def dropped(full: Document, fitted: Document) -> list[str]:
    """What `fitted` lacks of `full`, one short phrase each, in reading order."""
    have = parts(fitted)
    out: list[str] = []
    for title, was in parts(full).items():
        now = have.get(title)
        if now is None:
            out.append(f"the {title} section" if title else "the opening")
            continue
        for chart in was.figures:
            if chart not in now.figures:
                out.append(f"the {CHART_NAMES.get(chart, chart + ' chart')}")
        if now.rows < was.rows:
            out.append(_unit(title, now.rows, was.rows, rows=True))
        if now.items < was.items:
            out.append(_unit(title, now.items, was.items))
        if now.words < was.words * 0.9 and was.words - now.words >= 10:
            out.append(f"{was.words - now.words} of {was.words} words of {title or 'the opening'}")
    return out

