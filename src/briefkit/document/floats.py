"""Floats: figure sections that may move, or shrink, so pages look finished.

A section that is only a heading and a chart (Timeline, Organisation) cannot be split over a
page. Left where the template put it, one that does not fit the space left on a page moves
whole to the next page and leaves a third of a page blank. A layout may therefore
  1. shrink its chart, down to `MIN_FIGURE_SCALE` of its natural size (smaller, a chart's
     labels fall under print legibility), and otherwise
  2. defer it: the following text section is set first, filling the page, and the figure
     section follows it (consecutive figure sections move together, so figures keep their
     numbers' order).

The PDF layout makes these decisions (it knows where a page ends) and reports them as
`FloatLayout`; `apply` gives the Document the same order and chart sizes, so the DOCX shows
what the PDF shows and its contents list keeps the PDF's page numbers.
"""
from __future__ import annotations

from ..records import field

from ..records import record
from .nodes import Block, Document, Figure, Heading, PageMap, Paragraph

# The smallest share of its natural size a chart may be shrunk to: charts are drawn with 7 pt
# labels at natural size, so 0.9 keeps them above 6 pt: readers of printed pages found 5.6 pt too small.
MIN_FIGURE_SCALE = 0.9
# A figure section is set at the foot of a page only with this share of the page's text height
# to spare: a word processor sets the text before it a line or two longer than the PDF does, and
# a chart that fits the PDF exactly then moves to a page of its own in the DOCX, leaving the
# page before it short and the one it lands on mostly blank.
FIT_MARGIN = 0.03
# How many text sections a figure without a heading of its own may let go first: none. It
# belongs to the text above it, and moved past the next section it lands among what the
# template adds at the end (People, See also), pages from its text.
HEADLESS_MOVES = 0
# How many times a chart within its section's text may let the rest of its section go first:
# once, to the section's end, where it stays (`within_section`); never past a heading.
WITHIN_MOVES = 1
# A section whose text before its closing figures is at most this many paragraphs and
# characters (about three lines) keeps that text with the figures (`_short_lead_in`).
SHORT_LEAD_IN = (2, 320)


def _source_note(blocks: list[Block], j: int) -> bool:
    return isinstance(blocks[j], Paragraph) and blocks[j].style == "small" and j == len(blocks) - 1


def _short_lead_in(blocks: list[Block], i: int) -> int:
    """Where the unit of the figures starting at `i` begins: at their section's heading when the
    text between is short (`SHORT_LEAD_IN`: a heading and a sentence or two), else at `i`.
    Such a section goes whole to the next page with its chart, rather than leaving its heading
    and one sentence at the foot of a page and the chart they introduce overleaf."""
    k = i - 1
    while k >= 0 and isinstance(blocks[k], Paragraph) and blocks[k].style != "small":
        k -= 1
    if k < 0 or not isinstance(blocks[k], Heading) or i - k - 1 > SHORT_LEAD_IN[0]:
        return i
    text = sum(len(r.text) for n in range(k + 1, i) for r in blocks[n].runs)
    return k if text <= SHORT_LEAD_IN[1] else i


def is_figure_section(blocks: list[Block], first: int, last: int) -> bool:
    """A unit that is a heading and figures only, each free to float: a section of its own
    (the template's Timeline), which may be set after the next text section. A unit with text
    (figures ending a text section, or a short section taken whole) stays where its section
    is, and so does an article's own section left with only its chart (a brief's "Structure"
    whose sentences the chart draws, `Figure.floats` False): moved, it would reorder the
    article's sections."""
    return isinstance(blocks[first], Heading) and all(
        isinstance(blocks[n], Figure) and blocks[n].floats for n in range(first + 1, last + 1))


def within_section(blocks: list[Block], last: int) -> bool:
    """Whether the figure unit ending at `last` has text of its own section after it: a chart
    set among its section's paragraphs and lists (the full profile's chart before a section's
    lists, `compose.before_lists`). Such a unit that does not fit the space left lets the rest
    of its section go first and closes the section (`WITHIN_MOVES`): left in place, it moved
    whole to the next page and left a quarter of the page blank, and stood above the sentence
    that introduced what it draws (Wagner's full profile, round 64)."""
    nxt = last + 1
    return nxt < len(blocks) and not isinstance(blocks[nxt], (Heading, Figure)) and not _source_note(blocks, nxt)


def float_units(blocks: list[Block]) -> dict[int, int]:
    """Figure sections among top-level `blocks`: start index -> last index. A figure section
    is a heading followed only by figures, up to the next heading of the same or a higher
    level, the closing source note, or the end. The figures that end a text section (the
    organisation chart under the article's "Structure", after its sentences) are a unit too,
    without a heading (or with its heading and text when these are short, `_short_lead_in`):
    they may shrink but stay in their section (`HEADLESS_MOVES`); so are the figures set
    within a section's text, which may move to its end (`within_section`); and a
    figure section is not moved behind a section that ends on one, so figures keep the order
    of their numbers and each stays with its own text."""
    out: dict[int, int] = {}
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Figure) and i and not isinstance(blocks[i - 1], (Figure, Heading)):
            j = i
            while j < len(blocks) and isinstance(blocks[j], Figure):
                j += 1
            if j == len(blocks) or isinstance(blocks[j], Heading) or _source_note(blocks, j):
                out[_short_lead_in(blocks, i)] = j - 1
            else:
                out[i] = j - 1  # a chart within its section's text (`within_section`)
            i = j
            continue
        if isinstance(b, Heading):
            j = i + 1
            while j < len(blocks) and isinstance(blocks[j], Figure):
                j += 1
            # the closing source note ends the last section as the end of the text would: a
            # figure section moved before it is still one (and a figure behind it cannot pass it)
            ends_section = j == len(blocks) or (isinstance(blocks[j], Heading) and blocks[j].level <= b.level) \
                or _source_note(blocks, j)
            if j > i + 1 and ends_section:
                out[i] = j - 1
                i = j
                continue
        i += 1
    return out


@record(frozen=True)
class Move:
    """Blocks `first`..`last` (a run of figure sections) were set before block `before`
    (None: at the end), indices of the Document as composed."""

    first: int
    last: int
    before: int | None


@record
class FloatLayout:
    """What a layout did with figure sections: moves in the order made, and the scale each
    shrunk figure got (by its top-level block index)."""

    moves: list[Move] = field(default_factory=list)
    scales: dict[int, float] = field(default_factory=dict)

    def __bool__(self) -> bool:
        return bool(self.moves or self.scales)


def squeeze(document: Document) -> bool:
    """Every chart of `document` at `MIN_FIGURE_SCALE`; False when it has none to shrink.
    A budgeted length tries this before it drops text: a smaller chart costs less than a
    missing section."""
    charts = [b for b in document.walk() if isinstance(b, Figure) and b.scale > MIN_FIGURE_SCALE]
    for f in charts:
        f.scale = MIN_FIGURE_SCALE
    return bool(charts)


def unsqueeze(document: Document) -> None:
    for b in document.walk():
        if isinstance(b, Figure):
            b.scale = 1.0


def apply(document: Document, layout: FloatLayout) -> None:
    """Give `document` the order and figure sizes of `layout`, keeping its page map (indexed
    by outline entry) pointing at the same headings."""
    if not layout:
        return
    blocks = list(document.blocks)
    for index, scale in layout.scales.items():
        if 0 <= index < len(blocks) and isinstance(blocks[index], Figure):
            blocks[index].scale = scale
    outline = document.outline()
    pages = {id(entry): document.pages.page(i) for i, entry in enumerate(outline)} if document.pages else None
    tops = {id(entry) for i, entry in enumerate(outline) if document.pages and i < len(document.pages.tops)
            and document.pages.tops[i]}

    order = list(range(len(blocks)))
    for move in layout.moves:
        for i in range(move.first, move.last + 1):
            if isinstance(blocks[i], Figure):
                blocks[i].moved += 1
        run = [i for i in order if move.first <= i <= move.last]
        order = [i for i in order if not move.first <= i <= move.last]
        at = order.index(move.before) if move.before is not None and move.before in order else len(order)
        order[at:at] = run
    document.blocks = [blocks[i] for i in order]
    if pages is not None:
        entries = document.outline()
        document.pages = PageMap(tuple(pages.get(id(e)) for e in entries), tuple(id(e) in tops for e in entries),
                                 document.pages.fills if document.pages is not None else ())
