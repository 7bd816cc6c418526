"""Figure sections in the PDF layout: shrink a chart within its minimum, else let text flow
before it (the rules and why are in `document.floats`).

`FloatGroup` is one figure section (heading, chart, caption) as a single unsplittable
flowable that can draw its chart smaller; `defer` is called by the document template before
it places a flowable, and moves a group that does not fit behind the next text section.
"""
from __future__ import annotations

from typing import Any

from reportlab.platypus import Flowable
from reportlab.platypus.paragraph import Paragraph

from ..document.floats import FIT_MARGIN, HEADLESS_MOVES, MIN_FIGURE_SCALE, WITHIN_MOVES, FloatLayout, Move
from .pdf_keep import is_heading

MAX_DEFERRALS = 4  # a figure moves past at most this many text sections, so it stays near its place


class FloatGroup(Flowable):
    """Heading, chart and caption of one figure section, placed together; the chart (every
    part that is not a paragraph) may be drawn at `MIN_FIGURE_SCALE` of its size or more."""

    def __init__(self, parts: list[Flowable], first: int, last: int, figures: list[int], base: float = 1.0,
                 moved: int = 0, headed: bool = True, within: bool = False):
        super().__init__()
        self.moved = moved  # times an earlier layout of this Document already moved it
        self.base = base  # the scale the Document already gives its charts (parts are drawn at it)
        self.parts = parts
        self.bk_first, self.bk_last = first, last  # Document block indices it stands for
        self.bk_figures = figures  # block index of each chart, in the order of its charts
        self.scale = 1.0
        self._sizes: list[tuple[float, float]] = []
        self.headed = headed  # a figure section has its heading; figures ending a text section have none
        self.within = within  # set within its section's text (`floats.within_section`)

    # -- measuring
    def _measure(self, aw: float) -> tuple[float, float]:
        """(height of the paragraphs and spaces, natural height of the charts)."""
        fixed = charts = 0.0
        self._sizes = []
        for n, part in enumerate(self.parts):
            w, h = part.wrap(aw, 1e6)
            self._sizes.append((w, h))
            gap = part.getSpaceBefore() if n else 0.0
            gap = max(gap, self.parts[n - 1].getSpaceAfter()) if n else gap
            fixed += gap
            if isinstance(part, Paragraph):
                fixed += h
            else:
                charts += h
        return fixed, charts

    def natural_height(self, aw: float) -> float:
        fixed, charts = self._measure(aw)
        return fixed + charts

    def fits(self, aw: float, ah: float) -> bool:
        """Whether the group fits `ah` points, at its smallest allowed size."""
        fixed, charts = self._measure(aw)
        return fixed + charts * self.least <= ah + 1e-6

    @property
    def least(self) -> float:
        """The smallest scale left to this group: charts already drawn smaller shrink less."""
        return min(1.0, MIN_FIGURE_SCALE / self.base)

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        fixed, charts = self._measure(aw)
        frame = getattr(self, "_frame", None)
        at_top = bool(frame is not None and getattr(frame, "_atTop", False))
        self.scale = 1.0
        if fixed + charts > ah and charts:
            room = (ah - fixed) / charts
            # At the top of an empty page nothing is gained by waiting: shrink as needed.
            if room >= self.least or (at_top and room > 0.2):
                self.scale = min(1.0, room)
        self.width = aw
        self.height = fixed + charts * self.scale
        return aw, self.height

    def split(self, aw: float, ah: float) -> list[Flowable]:
        return []  # a figure section is never split: it moves or shrinks

    def getSpaceBefore(self) -> float:
        return self.parts[0].getSpaceBefore() if self.parts else 0.0

    def getSpaceAfter(self) -> float:
        return self.parts[-1].getSpaceAfter() if self.parts else 0.0

    # -- drawing
    def draw(self) -> None:
        canv = self.canv
        y = self.height
        for n, (part, (w, h)) in enumerate(zip(self.parts, self._sizes)):
            if n:
                y -= max(part.getSpaceBefore(), self.parts[n - 1].getSpaceAfter())
            if isinstance(part, Paragraph):
                y -= h
                part.drawOn(canv, 0, y)
                continue
            sw, sh = w * self.scale, h * self.scale
            y -= sh
            x = (self.width - sw) / 2 if getattr(part, "hAlign", "CENTER") == "CENTER" else 0.0
            canv.saveState()
            canv.translate(x, y)
            canv.scale(self.scale, self.scale)
            part.drawOn(canv, 0, 0)
            canv.restoreState()


def _starts_section(f: Flowable) -> bool:
    """A section's first flowable, or a figure unit between sections (a chart within a
    section's text is part of that section, as any block of it)."""
    return (isinstance(f, FloatGroup) and not f.within) or bool(getattr(f, "bk_start", False))


def defer(doc: Any, flowables: list[Flowable], layout: FloatLayout, deferrals: dict[int, int]) -> None:
    """Before `flowables[0]` is placed: a figure section that does not fit the space left on
    this page, even shrunk, goes (with the figure sections right after it) behind the next
    text section, which fills the page instead. Recorded in `layout` for the other formats."""
    group = flowables[0]
    frame = doc.frame
    limit = MAX_DEFERRALS if group.headed else WITHIN_MOVES if group.within else HEADLESS_MOVES
    if getattr(frame, "_atTop", True) or deferrals.get(group.bk_first, group.moved) >= limit:
        return
    space = max(group.getSpaceBefore() - getattr(frame, "_prevASpace", 0.0), 0.0)
    # the word processor's headroom (`floats.FIT_MARGIN`); a chart within its section's text
    # is set where it fits as any block of text is, the page's reserve being headroom enough
    margin = 0.0 if group.within else FIT_MARGIN * (frame._y2 - frame._y1p)
    if group.fits(frame._getAvailableWidth(), frame._y - frame._y1p - space - margin):
        return
    if group.within:
        _to_section_end(flowables, layout, deferrals, doc.canv, frame._getAvailableWidth(),
                        frame._y - frame._y1p - margin)
        return
    k = 1
    while k < len(flowables) and isinstance(flowables[k], FloatGroup):
        k += 1
    if k >= len(flowables) or getattr(flowables[k], "bk_start", False) is not True:
        return  # no text section follows (at most the source line): the figure takes the next page
    j = k + 1
    while j < len(flowables) and not _starts_section(flowables[j]):
        j += 1
    if j < len(flowables) and isinstance(flowables[j], FloatGroup) and not flowables[j].headed:
        # that section ends on a figure of its own: set before it, this one would stand between
        # the section's text and its figure, and after it, figures would lose their numbers' order
        return
    run = flowables[:k]
    before = getattr(flowables[j], "bk_block", None) if j < len(flowables) else None
    if j < len(flowables) and isinstance(flowables[j], FloatGroup):
        before = flowables[j].bk_first
    flowables[j:j] = run
    del flowables[:k]
    for g in run:
        deferrals[g.bk_first] = deferrals.get(g.bk_first, g.moved) + 1
    layout.moves.append(Move(run[0].bk_first, run[-1].bk_last, before))


def _to_section_end(flowables: list[Flowable], layout: FloatLayout, deferrals: dict[int, int], canv: Any,
                    width: float, room: float) -> None:
    """A chart within its section's text goes behind the rest of that text, before the next
    heading (of any level) or the closing source line: that text fills the `room` the chart
    could not, and the chart closes the section, on this page or the next. Not when a list or
    a table of it would reach the page's foot: it would break there, where the chart set
    before it keeps it whole on the next page (MSF's structure list), and the chart would
    land after it, a page or more from where it was set; nor past another figure."""
    group = flowables[0]
    j = 1
    while j < len(flowables) and not (isinstance(flowables[j], FloatGroup) or is_heading(flowables[j])
                                      or getattr(flowables[j], "bk_start", False)):
        j += 1
    if j < len(flowables) and isinstance(flowables[j], FloatGroup):
        return
    used, after = 0.0, 0.0
    for n, f in enumerate(flowables[1:j]):
        used += f.wrapOn(canv, width, room)[1] + (max(f.getSpaceBefore(), after) if n else f.getSpaceBefore())
        after = f.getSpaceAfter()
        if used > room:
            if not isinstance(f, Paragraph):
                return  # a list or table would break at this page's foot
            break  # a paragraph runs on overleaf by its lines, and the chart follows it there
    before = getattr(flowables[j], "bk_block", None) if j < len(flowables) else None
    flowables.insert(j, group)
    del flowables[0]
    deferrals[group.bk_first] = deferrals.get(group.bk_first, group.moved) + 1
    layout.moves.append(Move(group.bk_first, group.bk_last, before))


def record_scale(group: FloatGroup, layout: FloatLayout) -> None:
    """After a group is placed: the scale its charts got, for the other formats."""
    total = round(group.base * group.scale, 3)
    for index in group.bk_figures:
        if total < 1.0:
            layout.scales[index] = total
        else:
            layout.scales.pop(index, None)
