"""PDF writer: translates a Document into ReportLab flowables and lays them out.

Only translation lives here. Content (which events, how many sentences) is decided before;
the fit step in `briefkit.fit` asks this writer how many pages a Document takes.

Seed text reaches ReportLab's paragraph mini-markup only through `_markup`, which escapes
`&`, `<` and `>` so nothing a seed contains can become a tag.
"""
from __future__ import annotations

import copy
import io
import time
import warnings
from contextlib import contextmanager
from ..records import field
from functools import lru_cache

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_JUSTIFY, TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch, mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import (
    BaseDocTemplate, Flowable, Frame, ListFlowable,
    ListItem as RLListItem, PageBreak as RLPageBreak, PageTemplate, Paragraph as RLParagraph,
    Spacer, Table, TableStyle,
)

from .. import fonts as _fonts
from ..document.columns import chars_across, column_shares
from ..document.nodes import (
    BULLETS, TOC, Block, Callout, Document, FactTable, Figure, Heading, List, PageBreak, PageMap, Paragraph,
    Rule, Table as TableNode, Text, TitleBlock, plain,
)
from ..document.floats import FloatLayout, float_units, is_figure_section, within_section
from ..errors import RenderError
from ..heap import large_blocks_ahead, per_unit
from ..records import record
from ..text import xml_escape as _xml_escape
from ..theme import Theme
from . import WriteOptions
from .measures import CELL_LIST_INDENT_PT, LIST_INDENT_PT
from .pdf_contents import PENDING, ContentsList, draw_pending, split_over_pages
from .pdf_fontcache import load_font_lazily
from .pdf_float import FloatGroup, defer, record_scale
from .pdf_image import ChartImage
from .list_keeps import closes_list, kept_whole
from .heading_keeps import opens_with_one_line
from .pdf_keep import KeepWithStart, KeptList, may_use_reserve, no_lone_items, open_list_after_heading
from .pdf_para import Para, paragraph, style_key_of
from .pdf_scripts import available as shaping_available, display_order

large_blocks_ahead()  # a PDF's streams are the blocks of megabytes `heap` has mapped on their own
rl_config.invariant = 1  # fixed document ID and dates: byte-identical rebuilds
# Binary streams: ASCII85 makes files a quarter bigger and costs a pure-Python pass per stream.
rl_config.useA85 = 0


@record(frozen=True)
class PdfResult:
    data: bytes
    pages: int
    page_map: PageMap = PageMap()  # where each outline entry landed
    floats: FloatLayout = field(default_factory=FloatLayout)  # figure sections moved or shrunk
    last_fill: float = 1.0  # share of the last page's body height in use
    page_fills: tuple[float, ...] = ()  # the same share for every page, in order
    # the block indexes of the lists whose entries the layout set on more than one page
    split_lists: tuple[int, ...] = ()


# ------------------------------------------------------------------ fonts
@record(frozen=True)
class _FontSet:
    body: str
    heading: str
    mono: str
    fallbacks: tuple[tuple[str, str], ...]  # (path, registered family name)
    body_path: str
    heading_path: str


def _register(name: str, path: str) -> str:
    if name not in pdfmetrics.getRegisteredFontNames():
        try:
            pdfmetrics.registerFont(load_font_lazily(name, path))
        except Exception:
            raise _fonts.unusable_font(path) from None
    return name


def _family(prefix: str, regular: str, bold: str, italic: str, bold_italic: str) -> str:
    from reportlab.lib.fonts import addMapping

    """Register a family; a file used for several faces is parsed and registered once (a
    TrueType parse costs tens of milliseconds, and a mono or fallback font often serves all
    four faces), and the faces map to that one name."""
    by_path: dict[str, str] = {}
    names = []
    for suffix, path in zip(("", "-B", "-I", "-BI"), (regular, bold, italic, bold_italic)):
        if path not in by_path:
            by_path[path] = _register(prefix + suffix, path)
        names.append(by_path[path])
    addMapping(prefix, 0, 0, names[0])
    addMapping(prefix, 1, 0, names[1])
    addMapping(prefix, 0, 1, names[2])
    addMapping(prefix, 1, 1, names[3])
    return prefix


def _digest(*parts: str) -> str:
    """A stable short name for a set of font files (str hash() differs between processes)."""
    import hashlib

    return hashlib.sha256("\0".join(parts).encode()).hexdigest()[:10]


@lru_cache(maxsize=8)
def _fontset(theme_fonts) -> _FontSet:
    from ..heap import long_lived

    with long_lived():  # parsed fonts stay registered for the life of the process
        return _make_fontset(theme_fonts)


def _make_fontset(theme_fonts) -> _FontSet:
    f = theme_fonts
    b = _fonts.bundled_font
    body = [f.body or b("serif"), f.body_bold or b("serif-bold"), f.body_italic or b("serif-italic"),
            f.body_bold_italic or b("serif-bold-italic")]
    head = [f.heading or b("sans"), f.heading_bold or b("sans-bold"), b("sans-italic"), b("sans-bold-italic")]
    body = [str(p) for p in body]
    head = [str(p) for p in head]
    body_name = _family("BK-Body" if not f.body else f"BK-Body-{_digest(*body)}", *body)
    head_name = _family("BK-Head" if not f.heading else f"BK-Head-{_digest(*head)}", *head)
    mono_path = str(f.mono or b("mono"))
    mono = _family("BK-Mono", mono_path, mono_path, mono_path, mono_path)
    fallbacks = []
    for i, path in enumerate(_fonts.available_fallbacks(tuple(f.fallbacks))):
        if path == head[0] and head[1:] == [str(b(k)) for k in ("sans-bold", "sans-italic", "sans-bold-italic")]:
            name = head_name  # the bundled sans is already registered as the heading family
        elif path == str(b("sans")):
            name = _family("BK-FB-Sans", path, str(b("sans-bold")), str(b("sans-italic")), str(b("sans-bold-italic")))
        else:
            name = _family(f"BK-FB-{i}", path, path, path, path)
        fallbacks.append((path, name))
    return _FontSet(body_name, head_name, mono, tuple(fallbacks), body[0], head[0])


def prepare_fonts(theme: Theme) -> None:
    """Register `theme`'s fonts and parse the six faces a briefing sets its text in (the body's
    four and the heading's regular and bold), ahead of the first layout. For a process with
    time to spare before its first Document (`batch.split.Helper`, which waits for the seed to
    be read) and whose forked child then has them too: each had parsed them on its own (about
    50 ms each in a cold build of the seed). A face that cannot be read is left to the layout,
    which says why."""
    from reportlab.lib.fonts import tt2ps

    fs = _fontset(theme.fonts)
    for family, bold, italic in ((fs.body, 0, 0), (fs.body, 1, 0), (fs.body, 0, 1), (fs.body, 1, 1),
                                 (fs.heading, 0, 0), (fs.heading, 1, 0)):
        font = pdfmetrics.getFont(tt2ps(family, bold, italic))
        if hasattr(font, "parse"):  # a `LazyTTFont`
            font.parse()


# ------------------------------------------------------------------ styles
@record
class _Styles:
    body: ParagraphStyle
    lead: ParagraphStyle
    small: ParagraphStyle
    quote: ParagraphStyle
    title: ParagraphStyle
    subtitle: ParagraphStyle
    h: dict[int, ParagraphStyle]
    caption: ParagraphStyle
    cell: ParagraphStyle
    cell_label: ParagraphStyle
    callout_title: ParagraphStyle
    toc: list[ParagraphStyle]


# ReportLab lets a line run up to 5% of its spaces' width past the frame, shrinking the spaces
# to fit (`rl_config.spaceShrinkage`); a word processor never does, and breaks such a line a
# word sooner. Every style sets none, so the PDF wraps where Word and LibreOffice wrap: with it,
# UNICEF's brief had a line of "... and Anthony Lake," 1.5 pt wider than the text, which
# LibreOffice broke before "Lake,", and the paragraph's extra line moved its timeline overleaf.
NO_SHRINK = 0


@lru_cache(maxsize=8)
def _styles(theme: Theme, fs: _FontSet) -> _Styles:
    """The paragraph styles of a theme's PDF, made once per theme and font set and shared by
    every layout, draft or final. Why: each translation made these thirty styles afresh and
    keyed each by its attributes (`pdf_para.style_key`), about 1% of a batch; no style is
    changed once made (a variant is a new style: a list level's, a callout's, a shaped one),
    so sharing them changes nothing a layout reads."""
    c = theme.colours
    size = theme.fonts.body_size
    lead = size * 1.38
    text = colors.HexColor(c.text)
    accent = colors.HexColor(c.accent)
    muted = colors.HexColor(c.muted)
    body = ParagraphStyle(
        "body", fontName=fs.body, fontSize=size, leading=lead, textColor=text,
        alignment=TA_JUSTIFY, spaceAfter=size * 0.6, allowWidows=0, allowOrphans=0,
        bulletFontName=fs.body, hyphenationLang=None, embeddedHyphenation=0, spaceShrinkage=NO_SHRINK,
    )
    h = {}
    for level, (scale, before, after) in {1: (1.45, 1.3, 0.45), 2: (1.2, 1.0, 0.35), 3: (1.05, 0.9, 0.3)}.items():
        h[level] = ParagraphStyle(
            f"h{level}", fontName=fs.heading + ("-B" if level < 3 else "-B"), fontSize=size * scale,
            leading=size * scale * 1.25, textColor=accent if level < 3 else text,
            spaceBefore=size * before, spaceAfter=size * after, keepWithNext=1, alignment=TA_LEFT,
            spaceShrinkage=NO_SHRINK,
        )
    for level in (4, 5, 6):
        h[level] = h[3]
    toc = [
        ParagraphStyle("toc1", fontName=fs.body, fontSize=size, leading=lead * 1.05, leftIndent=0, firstLineIndent=0, spaceShrinkage=NO_SHRINK),
        ParagraphStyle("toc2", fontName=fs.body, fontSize=size * 0.92, leading=lead * 0.98, leftIndent=14, firstLineIndent=0, textColor=muted, spaceShrinkage=NO_SHRINK),
        ParagraphStyle("toc3", fontName=fs.body, fontSize=size * 0.9, leading=lead * 0.95, leftIndent=28, firstLineIndent=0, textColor=muted, spaceShrinkage=NO_SHRINK),
    ]
    return _Styles(
        body=body,
        lead=ParagraphStyle("lead", parent=body, fontSize=size * 1.08, leading=lead * 1.08),
        small=ParagraphStyle("small", parent=body, fontSize=size * 0.8, leading=size * 1.05, textColor=muted, alignment=TA_LEFT, spaceBefore=size * 0.6),
        quote=ParagraphStyle("quote", parent=body, leftIndent=14, rightIndent=14, fontName=fs.body + "-I"),
        title=ParagraphStyle("title", fontName=fs.heading + "-B", fontSize=size * 2.3, leading=size * 2.75, textColor=accent, spaceAfter=size * 0.3, spaceShrinkage=NO_SHRINK),
        subtitle=ParagraphStyle("subtitle", fontName=fs.heading, fontSize=size * 0.98, leading=size * 1.3, textColor=muted, spaceAfter=size * 0.15, spaceShrinkage=NO_SHRINK),
        h=h,
        caption=ParagraphStyle("caption", parent=body, fontName=fs.body + "-I", fontSize=size * 0.85, leading=size * 1.12, textColor=muted, alignment=TA_LEFT, spaceBefore=size * 0.3, spaceAfter=size * 0.9),
        cell=ParagraphStyle("cell", parent=body, fontSize=size * 0.9, leading=size * 1.18, alignment=TA_LEFT, spaceAfter=0),
        cell_label=ParagraphStyle("cell_label", fontName=fs.heading + "-B", fontSize=size * 0.85, leading=size * 1.18, textColor=text, spaceShrinkage=NO_SHRINK),
        callout_title=ParagraphStyle("callout_title", fontName=fs.heading + "-B", fontSize=size * 0.85, leading=size * 1.2, textColor=accent, spaceAfter=size * 0.25, spaceShrinkage=NO_SHRINK),
        toc=toc,
    )


# ------------------------------------------------------------------ inline markup
# Runs already turned into markup, by the runs (frozen, compared by value) and everything else
# the markup reads; with the characters no font has that the runs hold. Emptied per seed.
_MARKUPS: dict[tuple, tuple[str, frozenset[str]]] = {}
_MARKUPS_MAX = 20000
per_unit(_MARKUPS.clear)


def _markup(runs: list[Text], fs: _FontSet, primary_path: str, accent: str, missing: set[str] | None = None) -> str:
    """Runs -> ReportLab paragraph markup; the only door seed text goes through. Characters
    no font has are added to `missing` (they are drawn as the primary font's empty box).

    Why remembered: the drafts of a fit lay out documents that share most of their paragraphs
    (a detail level differs from the next by a few sentences), each parsed afresh, and every
    paragraph's runs were turned into markup again for every draft, about 16,000 times in ten
    profiles' builds. The markup depends only on the runs, the fonts and the accent colour."""
    try:
        key = (tuple(runs), fs.mono, tuple(fs.fallbacks), primary_path, accent, shaping_available())
        hit = _MARKUPS.get(key)
    except TypeError:  # a run that does not hash (a value no field should hold): made afresh
        key, hit = None, None
    if hit is None:
        found: set[str] = set()
        hit = (_make_markup(runs, fs, primary_path, accent, found), frozenset(found))
        if key is not None:
            if len(_MARKUPS) >= _MARKUPS_MAX:
                _MARKUPS.clear()
            _MARKUPS[key] = hit
    if missing is not None and hit[1]:
        missing.update(hit[1])
    return hit[0]


def _make_markup(runs: list[Text], fs: _FontSet, primary_path: str, accent: str, missing: set[str]) -> str:
    """`_markup`, made."""
    fallbacks = [p for p, _ in fs.fallbacks]
    names = dict(fs.fallbacks)
    parts: list[str] = []
    for r in runs:
        segs = []
        shown = display_order(r.shown) if shaping_available() else r.shown
        for seg, font in _fonts.split_by_font(shown, primary_path, fallbacks):
            if font is None:
                have = _fonts.coverage(primary_path)
                if not have.issuperset(map(ord, seg)):  # (tested in C: most runs lack nothing)
                    missing.update(ch for ch in seg if ord(ch) not in have and not ch.isspace() and ch.isprintable())
            s = _xml_escape(seg).replace("\n", "<br/>")
            segs.append(f'<font name="{names[font]}">{s}</font>' if font else s)
        s = "".join(segs)
        if r.code:
            s = f'<font name="{fs.mono}">{s}</font>'
        if r.italic:
            s = f"<i>{s}</i>"
        if r.bold:
            s = f"<b>{s}</b>"
        if r.href:
            s = f'<a href="{_xml_escape(r.href, quote=True)}" color="{accent}">{s}</a>'
        parts.append(s)
    return "".join(parts)


class _HeadingPara(Para):
    """A heading paragraph that knows its outline level and anchor."""

    def __init__(self, text: str, style: ParagraphStyle, level: int = 1, title: str = "", anchor: str = "",
                 toc: bool = False, key: int | None = None, **kwargs):
        # ReportLab splits a paragraph taller than a frame by making new instances of its class
        # with its own keyword arguments (bulletText, ...), so those must pass through.
        super().__init__(text, style, **kwargs)
        self.bk_key = key  # index in Document.outline(), for the PageMap
        self.bk_level = level
        self.bk_title = title
        self.bk_anchor = anchor
        self.bk_toc = toc

    def split(self, availWidth, availHeight):
        """A heading taller than the space left is split like any paragraph; only its first
        part carries the bookmark, outline and contents entry."""
        parts = super().split(availWidth, availHeight)
        for n, part in enumerate(parts):
            if isinstance(part, _HeadingPara):
                part.bk_level, part.bk_title, part.bk_toc = self.bk_level, self.bk_title, self.bk_toc
                part.bk_anchor = self.bk_anchor if n == 0 else ""
                part.bk_key = self.bk_key if n == 0 else None
        return parts


def _outline_level(heading_level: int, previous: int) -> int:
    """Outline level of a heading: levels must not skip (ReportLab refuses a jump from 0 to 2)."""
    return min(heading_level - 1, previous + 1)


def _prefill_toc(story: list[Flowable], pages: PageMap | None = None) -> None:
    """Give the contents list its entries before the layout: the top-level headings, as
    `_Doc.afterFlowable` will record them, with their pages from `pages` (a layout of the same
    Document) where known, else 0. Their pages and final order are drawn once the layout has
    placed them (`pdf_contents`); the entries fix the list's height, so the one pass lays
    every page after it where it will stay. A list split over pages is drawn where it stands,
    with the pages given here (`split_over_pages`)."""
    tocs = [f for f in story if isinstance(f, ContentsList)]
    if not tocs:
        return
    entries, level = [], -1
    flat = [p for f in story for p in (f.parts if isinstance(f, FloatGroup) else [f])]
    for f in flat:
        if isinstance(f, _HeadingPara):
            level = _outline_level(f.bk_level, level)
            if f.bk_toc:
                page = pages.page(f.bk_key) if pages is not None and f.bk_key is not None else None
                entries.append((level, _xml_escape(f.bk_title), page or 0, f.bk_anchor))
    for toc in tocs:
        toc._entries = list(entries)


def _one_pass(doc: BaseDocTemplate, story: list[Flowable], maker) -> None:
    """`multiBuild`'s first pass alone: the contents list hears of each heading placed, and the
    final PDF's canvas draws it from them when it is saved (`pdf_contents`), where
    `multiBuild` would lay the document out again to draw them."""
    doc._indexingFlowables = [f for f in story if f.isIndexing()]  # as multiBuild: they hear of each heading
    for f in doc._indexingFlowables:
        f.beforeBuild()
    doc.build(story[:], canvasmaker=maker)


class PastLimit(Exception):
    """A draft laid out with a page limit set a box on the page after it (`_Doc.afterFlowable`).

    Why a draft may stop there: a budgeted length's fit asks of most detail levels and fill
    steps only whether they fit its pages, and a quarter of the pages its drafts laid out were
    pages past the budget (151 of 602 for a corpus brief's drafts, 65 of 165 for a snapshot's):
    whatever follows the first box on the page past the limit can no longer bring the Document
    within it. What such a draft says is that it took more pages than the limit; its fills and
    figure moves are those of the pages laid out."""


class _Doc(BaseDocTemplate):
    """Records headings as bookmarks, outline entries and TOC entries as they are placed."""

    bk_page_limit: int | None = None  # a draft stops past this page (`PastLimit`)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.keepTogetherClass = KeepWithStart  # a heading keeps with its text's start, not all of it
        self._outline_level = -1
        self.outline_pages: dict[int, int] = {}
        self.outline_tops: set[int] = set()  # outline entries that were first on their page
        self.bk_on_page = 0
        from ..limits import current

        self.bk_seconds = current().layout_seconds
        self.bk_deadline = time.monotonic() + self.bk_seconds
        self.bk_floats = FloatLayout()
        self.bk_deferrals: dict[int, int] = {}
        self.bk_fill = 1.0
        self.bk_page_fills: list[float] = []
        self.bk_list_pages: dict[int, set[int]] = {}

    def handle_keepWithNext(self, flowables):
        open_list_after_heading(flowables)
        super().handle_keepWithNext(flowables)
        may_use_reserve(flowables)

    def handle_flowable(self, flowables):
        if flowables and isinstance(flowables[0], FloatGroup):
            defer(self, flowables, self.bk_floats, self.bk_deferrals)
        super().handle_flowable(flowables)

    def afterFlowable(self, flowable: Flowable) -> None:
        if self.bk_page_limit is not None and self.page > self.bk_page_limit:
            raise PastLimit
        frame = getattr(self, "frame", None)
        if frame is not None:  # how far down the page the text has come: the last page's fill
            self.bk_fill = (frame._y1 + frame._height - frame._y) / frame._height if frame._height else 1.0
        if self.bk_deadline is not None and time.monotonic() > self.bk_deadline:
            raise RenderError(f"PDF layout took longer than {self.bk_seconds:g} s "
                              "(limit: BRIEFKIT_LIMIT_LAYOUT_SECONDS)")
        if isinstance(flowable, FloatGroup):
            record_scale(flowable, self.bk_floats)
            for part in flowable.parts:
                if isinstance(part, _HeadingPara):
                    self.afterFlowable(part)
            self.bk_on_page += 1
            return
        listed = getattr(flowable, "bk_list", None)
        if listed is not None:  # an entry of a list (`KeptList`, `no_lone_items`): its page
            self.bk_list_pages.setdefault(listed, set()).add(self.page)
        if isinstance(flowable, _HeadingPara) and flowable.bk_key is not None and flowable.bk_anchor:
            self.outline_pages[flowable.bk_key] = self.page
            if self.bk_on_page == 0:
                self.outline_tops.add(flowable.bk_key)
        if getattr(flowable, "height", 1):  # a zero-height mark (an anchor) opens nothing
            self.bk_on_page += 1
        if isinstance(flowable, _HeadingPara) and flowable.bk_anchor:
            c = self.canv
            c.bookmarkPage(flowable.bk_anchor)
            level = self._outline_level = _outline_level(flowable.bk_level, self._outline_level)
            c.addOutlineEntry(flowable.bk_title, flowable.bk_anchor, level=level, closed=level > 0)
            if flowable.bk_toc:
                self.notify("TOCEntry", (level, _xml_escape(flowable.bk_title), self.page, flowable.bk_anchor))

    def handle_pageBegin(self):
        if self.page:  # the page just ended: how far down its text came
            self.bk_page_fills.append(max(0.0, min(1.0, self.bk_fill)))
        self.bk_on_page = 0
        self.bk_fill = 0.0
        super().handle_pageBegin()

    def handle_documentBegin(self):
        self.bk_page_fills = []
        self.bk_list_pages = {}
        self._outline_level = -1
        self.outline_pages = {}
        self.outline_tops = set()
        self.bk_floats = FloatLayout()
        self.bk_deferrals = {}
        super().handle_documentBegin()


# ------------------------------------------------------------------ translation
class _Translator:
    def __init__(self, doc: Document, theme: Theme, draft: bool = False):
        self.draft = draft
        self.doc = doc
        self.theme = theme
        self.fs = _fontset(theme.fonts)
        self.st = _styles(theme, self.fs)
        self.frame_w = theme.frame_width_mm * mm
        self.has_toc = any(isinstance(b, TOC) for b in doc.blocks)
        self.toc_depth = next((b.depth for b in doc.blocks if isinstance(b, TOC)), 2)
        self.outline_keys = {id(b): i for i, b in enumerate(doc.outline())}
        self.missing: set[str] = set()  # characters no font has (`PdfGlyphWarning`)

    def para(self, runs: list[Text], style: ParagraphStyle, primary: str | None = None) -> RLParagraph:
        text = _markup(runs, self.fs, primary or self.fs.body_path, self.theme.colours.accent, self.missing)
        return paragraph(Para, text, style, self._style_key(style), measured=self.draft)

    def _style_key(self, style: ParagraphStyle) -> int:
        """`pdf_para.style_key`, once per style object (`pdf_para.style_key_of`)."""
        return style_key_of(style)

    def story(self, blocks: list[Block]) -> list[Flowable]:
        """The top-level flowables: each figure section one `FloatGroup`, and the first
        flowable of every block tagged with its index (`bk_block`) and, where a section
        starts, `bk_start`, so a figure section can be moved behind the next one."""
        units = float_units(blocks)
        out: list[Flowable] = []
        i = 0
        while i < len(blocks):
            if i in units:
                last = units[i]
                parts = [f for b in blocks[i:last + 1] for f in self.block(b, self.frame_w)]
                figures = [j for j in range(i, last + 1) if isinstance(blocks[j], Figure) and blocks[j].rendered]
                base = min((blocks[j].scale for j in figures), default=1.0)
                moved = max((blocks[j].moved for j in figures), default=0)
                out.append(FloatGroup(parts, i, last, figures, base, moved, is_figure_section(blocks, i, last),
                                      within_section(blocks, last)))
                i = last + 1
                continue
            flows = self.block(blocks[i], self.frame_w)
            if flows and isinstance(blocks[i], Paragraph) and i + 1 < len(blocks) \
                    and isinstance(blocks[i + 1], (TableNode, List)):
                # The sentence that introduces a table or a list ("The regiments are:",
                # "Headquarters") keeps with its first rows or items: a page never ends on it
                # with what it introduces on the next.
                flows[-1].keepWithNext = 1
            if flows and opens_with_one_line(blocks, i, self.frame_w, self.theme.fonts.body_size):
                flows[-1].keepWithNext = 1  # its heading stands over two lines (`heading_keeps`)
            if flows and isinstance(blocks[i], List) and isinstance(flows[0], KeptList):
                flows[0].bk_list = i  # its entries tell the layout which pages they landed on
            if flows and closes_list(blocks, i) and isinstance(flows[0], KeptList):
                # its last items keep with the paragraph after it (`list_keeps`): given as its
                # items, as a list is never part of a kept-together group
                flows[:1] = no_lone_items(list(flows[0]._content), followed=True, listed=i)
                flows[-1].keepWithNext = 1  # the space after the list
            if flows and i and closes_list(blocks, i - 1) and kept_whole(blocks[i]):
                flows[-1].bk_whole = True  # not split from its list (`KeepWithStart`)
            if flows:
                b = blocks[i]
                flows[0].bk_block = i
                # True: a section a figure may let go first; "end": the closing source line,
                # before which a figure may go but which it never lets go first.
                flows[0].bk_start = ((isinstance(b, Heading) and b.level <= 1) or isinstance(b, Callout)
                                     or (isinstance(b, FactTable) and bool(b.caption))
                                     or ("end" if isinstance(b, Paragraph) and b.style == "small" else False))
            out.extend(flows)
            i += 1
        return out

    def blocks(self, blocks: list[Block], width: float | None = None) -> list[Flowable]:
        out: list[Flowable] = []
        for b in blocks:
            out.extend(self.block(b, width or self.frame_w))
        return out

    def block(self, b: Block, width: float) -> list[Flowable]:
        st = self.st
        if isinstance(b, TitleBlock):
            out: list[Flowable] = [self.para(b.title, st.title, self.fs.heading_path)]
            out += [self.para(line, st.subtitle, self.fs.heading_path) for line in b.subtitle]
            out.append(_RuleFlowable(self.theme.colours.accent, 1.2, space=8))
            return out
        if isinstance(b, Heading):
            level = min(b.level, 3)
            text = _markup(b.runs, self.fs, self.fs.heading_path, self.theme.colours.accent, self.missing)
            return [paragraph(_HeadingPara, text, st.h[level], self._style_key(st.h[level]), b.level, plain(b.runs),
                              b.anchor or f"h{id(b)}", self.has_toc and b.level <= self.toc_depth,
                              self.outline_keys.get(id(b)), measured=self.draft)]
        if isinstance(b, Paragraph):
            style = {"lead": st.lead, "small": st.small, "quote": st.quote}.get(b.style, st.body)
            return [self.para(b.runs, style)]
        if isinstance(b, List):
            return [self.list(b, width, 0), Spacer(1, self.theme.fonts.body_size * 0.45)]
        if isinstance(b, FactTable):
            return self.facts(b, width)
        if isinstance(b, TableNode):
            return self.grid(b, width)
        if isinstance(b, Figure):
            return self.figure(b, width)
        if isinstance(b, Callout):
            return self.callout(b, width)
        if isinstance(b, PageBreak):
            return [RLPageBreak()]
        if isinstance(b, TOC):
            toc = ContentsList(levelStyles=st.toc[: max(1, b.depth)], dotsMinLevel=0,
                                  tableStyle=TableStyle([("FONTNAME", (0, 0), (-1, -1), self.fs.body),
                                                         ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                                         ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
            return [RLParagraph(_xml_escape(b.title), st.h[1]), toc, Spacer(1, self.theme.fonts.body_size)]
        if isinstance(b, Rule):
            return [_RuleFlowable(self.theme.colours.rule, 0.6, space=6)]
        raise RenderError(f"the PDF writer has no translation for {type(b).__name__}")

    def list(self, lst: List, width: float, depth: int) -> ListFlowable:
        items = []
        for it in lst.items:
            flow: list[Flowable] = []
            for blk in it.blocks:
                if isinstance(blk, List):
                    flow.append(self.list(blk, width - 14, depth + 1))
                elif isinstance(blk, Paragraph):
                    flow.append(self.para(blk.runs, self._list_style(depth)))
                else:
                    flow.extend(self.block(blk, width - 14))
            items.append(RLListItem(flow))
        kw = dict(bulletFontName=self.fs.body, bulletFontSize=self.theme.fonts.body_size * 0.9,
                  leftIndent=LIST_INDENT_PT, bulletColor=colors.HexColor(self.theme.colours.accent))
        if lst.ordered:
            made = KeptList(items, bulletType="1", start=str(lst.start), bulletFormat="%s.", **kw)
        else:
            made = KeptList(items, bulletType="bullet", start=BULLETS[depth % len(BULLETS)], **kw)
        made.bk_inner = depth > 0  # a nested list keeps whole when short (`list_keeps.SHORT_NESTED`)
        return made

    @lru_cache(maxsize=8)
    def _list_style(self, depth: int) -> ParagraphStyle:
        return ParagraphStyle(f"li{depth}", parent=self.st.body, alignment=TA_LEFT, spaceAfter=self.theme.fonts.body_size * 0.25)

    def _cell_blocks(self, blocks: list[Block], width: float) -> list[Flowable]:
        out: list[Flowable] = []
        for blk in blocks:
            if isinstance(blk, Paragraph):
                out.append(self.para(blk.runs, self.st.cell))
            elif isinstance(blk, List):
                out.append(self._cell_list(blk, 0))
            else:
                out.extend(self.block(blk, width))
        return out

    def _cell_list(self, lst: List, depth: int) -> ListFlowable:
        items = []
        for it in lst.items:
            flow: list[Flowable] = []
            for blk in it.blocks:
                if isinstance(blk, List):
                    flow.append(self._cell_list(blk, depth + 1))
                elif isinstance(blk, Paragraph):
                    flow.append(self.para(blk.runs, self.st.cell))
            items.append(RLListItem(flow))
        return ListFlowable(items, bulletType="bullet", start=BULLETS[depth % len(BULLETS)],
                            bulletFontName=self.fs.body, bulletFontSize=self.theme.fonts.body_size * 0.8,
                            leftIndent=CELL_LIST_INDENT_PT, bulletColor=colors.HexColor(self.theme.colours.muted))

    def facts(self, t: FactTable, width: float) -> list[Flowable]:
        label_w = min(width * 0.3, 48 * mm)
        rows = []
        for row in t.rows:
            rows.append([self.para(row.label, self.st.cell_label, self.fs.heading_path),
                         self._cell_blocks(row.value, width - label_w) or ""])
        table = Table(rows, colWidths=[label_w, width - label_w], hAlign="LEFT", splitByRow=1)
        table.setStyle(TableStyle(self._ruled(len(rows)) + [
            ("BACKGROUND", (0, 0), (0, -1), colors.HexColor(self.theme.colours.table_header_bg))]))
        out: list[Flowable] = []
        if t.caption:
            out.append(_HeadingPara(_xml_escape(t.caption), self.st.h[2], 1, t.caption, f"facts-{id(t)}", self.has_toc,
                                   self.outline_keys.get(id(t))))
        out += [table, Spacer(1, self.theme.fonts.body_size * 0.9)]
        return out

    def grid(self, t: TableNode, width: float) -> list[Flowable]:
        """A table of the seed's: columns sized to their cells (`document.columns`), cells
        that wrap, the header row on the key facts' background and repeated atop every page
        the table runs onto; it breaks between rows, never inside one."""
        shares = column_shares(t, chars_across(width, self.st.cell.fontSize))
        header = [self.para(cell, self.st.cell_label, self.fs.heading_path) for cell in t.header]
        rows = [header] + [[self.para(cell, self.st.cell) if cell else "" for cell in row] for row in t.rows]
        table = Table(rows, colWidths=[width * share for share in shares], hAlign="LEFT", repeatRows=1,
                      splitByRow=1)
        table.setStyle(TableStyle(self._ruled(len(rows)) + [
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor(self.theme.colours.table_header_bg))]))
        return [table, Spacer(1, self.theme.fonts.body_size * 0.9)]

    def _ruled(self, rows: int) -> list[tuple]:
        """The look every table of facts shares: the body font (ReportLab's cell default,
        Helvetica, has no Cyrillic or Georgian), cells aligned at the top, accent rules above
        and below, thin rules between the rows."""
        c = self.theme.colours
        style = [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("FONTNAME", (0, 0), (-1, -1), self.fs.body),
            ("LEFTPADDING", (0, 0), (-1, -1), 5),
            ("RIGHTPADDING", (0, 0), (-1, -1), 5),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ("LINEABOVE", (0, 0), (-1, 0), 1.0, colors.HexColor(c.accent)),
            ("LINEBELOW", (0, -1), (-1, -1), 1.0, colors.HexColor(c.accent)),
        ]
        style += [("LINEBELOW", (0, i), (-1, i), 0.4, colors.HexColor(c.rule)) for i in range(rows - 1)]
        return style

    def figure(self, f: Figure, width: float) -> list[Flowable]:
        chart = f.rendered
        if chart is None:
            return []
        w_pt = min(width, chart.width_in * inch) * f.scale
        scale = w_pt / (chart.width_in * inch)
        h_pt = chart.height_in * inch * scale
        drawing: Flowable
        if self.draft:
            drawing = Spacer(w_pt, h_pt)  # same box, no image work: drafts only measure pages
        elif chart.svg and self.theme.vector_charts:
            drawing = _svg_flowable(chart.svg, w_pt, h_pt)
        else:
            drawing = ChartImage(chart.png, w_pt, h_pt)
        drawing.hAlign = "CENTER"
        # keepWithNext (not KeepTogether) so a heading before the figure joins the group too.
        drawing.keepWithNext = 1
        caption = [Text(f"{f.label()}. ", bold=True)] + list(f.caption)
        return [drawing, self.para(caption, self.st.caption)]

    def callout(self, c: Callout, width: float) -> list[Flowable]:
        col = self.theme.colours
        inner: list[Flowable] = []
        if c.title:
            inner.append(RLParagraph(_xml_escape(c.title.upper()), self.st.callout_title))
        inner += self.blocks(c.blocks, width - 20)
        for fl in inner:
            if isinstance(fl, RLParagraph) and fl.style is self.st.body:
                fl.style = ParagraphStyle("callout_body", parent=self.st.body, spaceAfter=2)
        t = Table([[inner]], colWidths=[width], hAlign="LEFT")
        t.setStyle(TableStyle([
            ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor(col.callout_bg)),
            ("FONTNAME", (0, 0), (-1, -1), self.fs.body),
            ("LINEBEFORE", (0, 0), (0, -1), 3, colors.HexColor(col.accent)),
            ("LEFTPADDING", (0, 0), (-1, -1), 10),
            ("RIGHTPADDING", (0, 0), (-1, -1), 10),
            ("TOPPADDING", (0, 0), (-1, -1), 7),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
        ]))
        return [t, Spacer(1, self.theme.fonts.body_size * 0.9)]


class _RuleFlowable(Flowable):
    def __init__(self, colour: str, thickness: float, space: float = 6):
        super().__init__()
        self.colour, self.thickness, self.space = colour, thickness, space

    def wrap(self, aw, ah):
        self.width = aw
        return aw, self.space * 2 + self.thickness

    def draw(self):
        self.canv.setStrokeColor(colors.HexColor(self.colour))
        self.canv.setLineWidth(self.thickness)
        self.canv.line(0, self.space, self.width, self.space)


class _SvgDrawing(Flowable):
    """A vector chart from SVG, scaled to the requested size."""

    def __init__(self, drawing, width: float, height: float):
        super().__init__()
        self.drawing, self.width, self.height = drawing, width, height

    def wrap(self, aw, ah):
        return self.width, self.height

    def draw(self):
        from reportlab.graphics import renderPDF

        sx = self.width / self.drawing.width
        sy = self.height / self.drawing.height
        self.canv.saveState()
        self.canv.scale(sx, sy)
        renderPDF.draw(self.drawing, self.canv, 0, 0)
        self.canv.restoreState()


@lru_cache(maxsize=32)
def _svg_drawing(svg: bytes):
    import logging

    try:
        from svglib.svglib import svg2rlg
    except ImportError:  # an extra: vector charts are opt-in (theme `vector_charts = true`)
        raise RenderError("vector charts need svglib: pip install 'briefkit[vector]'") from None
    logging.getLogger("svglib").setLevel(logging.ERROR)
    drawing = svg2rlg(io.BytesIO(svg))
    if drawing is None:
        raise RenderError("a chart's SVG could not be read")
    return drawing


def _svg_flowable(svg: bytes, width: float, height: float) -> Flowable:
    return _SvgDrawing(_svg_drawing(svg), width, height)


# ------------------------------------------------------------------ page furniture
def _skip_draw(*_args, **_kwargs) -> None:
    return None


# What `copy.deepcopy` hands back unchanged: a frame's positions, sizes, flags and id.
_ATOMIC = (int, float, str, bool, type(None))


class _Frame(Frame):
    """A Frame whose deep copy costs little and is the same copy.

    Why: ReportLab measures a list, a kept-together group or a table cell's flowables on a
    deep copy of the current frame (`flowables._listWrapOn`), once per such group per layout:
    a tenth of a draft's time went to `copy.deepcopy` walking the frame's two dozen numbers
    one by one. Those numbers are immutable, so the copy shares them, as deepcopy does; any
    other value (the frame's background list) is deep-copied as before.

    It also keeps the body's reserve (the word processor's headroom, `render`'s `reserve`) and
    opens it to a group that ends its section (`pdf_keep.may_use_reserve`)."""

    bk_reserve = 0.0  # points of the body kept free at the foot (`render`'s `reserve`)
    bk_extended = 0.0  # the reserve while it is open to a flowable (`_reserve_for`)

    def add(self, flowable, canv, trySplit=0):
        if not self._opens(flowable):  # the common case, without the context manager's cost
            return self._place(flowable, canv, trySplit)
        with self._reserve_for(flowable):
            placed = self._place(flowable, canv, trySplit)
        if placed:
            self.bk_open.discard(id(flowable))
        return placed

    def split(self, flowable, canv):
        if not self._opens(flowable):
            return Frame.split(self, flowable, canv)
        with self._reserve_for(flowable):
            return Frame.split(self, flowable, canv)

    def _opens(self, flowable) -> bool:
        """Whether the reserve is open to `flowable` (`pdf_keep.may_use_reserve`)."""
        return bool(self.bk_reserve) and (getattr(flowable, "bk_ends_section", False)
                                          or id(flowable) in self.__dict__.get("bk_open", ()))

    def _place(self, flowable, canv, trySplit=0):
        return Frame._add(self, flowable, canv, trySplit)

    def _reset(self):
        super()._reset()
        self.bk_open: set[int] = set()  # the parts of a group given the reserve (`pdf_keep.may_use_reserve`)

    @contextmanager
    def _reserve_for(self, flowable):
        """The reserve opened to a group that ends its section, and to its parts as they are
        placed (`pdf_keep.may_use_reserve`)."""
        bottom = self._y1p
        self._y1p, self.bk_extended = bottom - self.bk_reserve, self.bk_reserve
        try:
            yield
        finally:
            self._y1p, self.bk_extended = bottom, 0.0

    def __deepcopy__(self, memo: dict) -> "_Frame":
        clone = self.__class__.__new__(self.__class__)
        memo[id(self)] = clone
        clone.__dict__.update({k: v if type(v) in _ATOMIC else copy.deepcopy(v, memo)
                               for k, v in self.__dict__.items()})
        return clone


class _DraftFrame(_Frame):
    """Places flowables without drawing them. A draft layout only counts pages: where each
    flowable goes is decided by wrap and split, and drawing (text objects, table cells) is
    a fifth of a draft's time for nothing anyone sees."""

    def _place(self, flowable, canv, trySplit=0):
        own = flowable.__dict__.get("drawOn")
        flowable.drawOn = _skip_draw
        try:
            return Frame._add(self, flowable, canv, trySplit)
        finally:
            if own is None:
                del flowable.drawOn
            else:
                flowable.drawOn = own


def _layout_reason(exc: Exception) -> str:
    """ReportLab's complaint as one short line without its objects' reprs and addresses
    (`<Table@0x7F15...>`, `<Para at 0x7f...>`): what it says of the box, not of Python's heap,
    and the same text from one run to the next."""
    import re

    text = " ".join(str(exc).split())
    text = re.sub(r"<([A-Za-z_][\w.]*)(?:@| at )0x[0-9A-Fa-f]+[^<>]{0,80}?>", r"<\1>", text)
    text = re.sub(r"\b(?:class\s+)?[\w.]+\([\w.]+\)@0x[0-9A-Fa-f]+", "a box", text)
    text = re.sub(r"0x[0-9A-Fa-f]{6,}", "", text)
    return text if len(text) <= 240 else text[:239].rstrip() + "…"


def _draft_canvas_maker(base):
    class DraftCanvas(base):
        """Counts pages and writes nothing: a draft layout only needs its page count, not
        the page furniture, font subsets and compressed streams of a saved PDF."""

        def save(self):
            pass

    return DraftCanvas


def _stamp_build_date(canv: rl_canvas.Canvas, built: str) -> None:
    """/CreationDate and /ModDate say when the build ran (`Meta.built`), not when its
    information is from; without a build date ReportLab's invariant date stays."""
    import datetime as _dt

    try:
        when = _dt.datetime.fromisoformat(built).astimezone(_dt.timezone.utc)
    except ValueError:
        return
    ts = canv._doc._timeStamp
    ts.t, ts.lt = when.timestamp(), when.timetuple()
    ts.YMDhms, ts.dhh, ts.dmm = tuple(ts.lt)[:6], 0, 0


def _canvas_maker(meta, theme: Theme, fs: _FontSet):
    c = theme.colours
    page_w, page_h = theme.page_mm[0] * mm, theme.page_mm[1] * mm
    top, right, bottom, left = (m * mm for m in theme.margins_mm)
    size = 7.5

    class NumberedCanvas(rl_canvas.Canvas):
        """Defers page furniture to save() so every page can say 'Page X of Y'."""

        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []
            setattr(self, PENDING, [])  # contents lists, drawn at save (`pdf_contents`)
            _stamp_build_date(self, meta.built)

        def showPage(self):
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            draw_pending(self)
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                self._furniture(total)
                super().showPage()
            super().save()

        def _text(self, x, y, text, font, align="left", colour=c.muted, fsize=size):
            self.setFont(font, fsize)
            self.setFillColor(colors.HexColor(colour))
            fn = {"left": self.drawString, "right": self.drawRightString, "centre": self.drawCentredString}[align]
            fn(x, y, text)

        def _furniture(self, total: int):
            n = self._pageNumber
            head_y = page_h - top + 9 * mm
            foot_y = bottom - 11 * mm
            if theme.marking:
                self._text(page_w / 2, page_h - 8 * mm, theme.marking, fs.heading + "-B", "centre", c.text, 8)
                self._text(page_w / 2, 6 * mm, theme.marking, fs.heading + "-B", "centre", c.text, 8)
            if n > 1:
                self._text(left, head_y, meta.short_title, fs.heading)
                if theme.organisation:
                    self._text(page_w - right, head_y, theme.organisation, fs.heading, "right")
                self.setStrokeColor(colors.HexColor(c.rule))
                self.setLineWidth(0.5)
                self.line(left, head_y - 2.5 * mm, page_w - right, head_y - 2.5 * mm)
            elif theme.logo:
                self.drawImage(theme.logo, page_w - right - 25 * mm, page_h - top + 2 * mm, width=25 * mm,
                               height=10 * mm, preserveAspectRatio=True, anchor="ne", mask="auto")
            self.setStrokeColor(colors.HexColor(c.rule))
            self.setLineWidth(0.5)
            self.line(left, foot_y + 4 * mm, page_w - right, foot_y + 4 * mm)
            self._text(left, foot_y, meta.footer_line(theme.organisation, first_page=n == 1), fs.heading)
            self._text(page_w - right, foot_y, f"Page {n} of {total}", fs.heading, "right")

    return NumberedCanvas


# ------------------------------------------------------------------ writer
class PdfGlyphWarning(UserWarning):
    """Characters that neither the theme's fonts, the bundled DejaVu fonts nor a system fallback
    have: the PDF draws them as empty boxes. A warning, not an error, because the rest of the
    briefing stands, and the fix is on the machine (a font with that script) or in the theme."""

    @classmethod
    def of(cls, chars: set[str]) -> "PdfGlyphWarning":
        """The warning for `chars`, with the fix that works for their script: a font package
        that briefkit looks for (`fonts.SYSTEM_FALLBACKS`), or, for a script that needs shaping,
        the plain fact that the PDF cannot show it (the DOCX keeps the text for Word to draw)."""
        sample = "".join(sorted(chars)[:12])
        head = f"no font has {len(chars)} character(s) of the text ({sample}), which the PDF shows as empty boxes"
        shaped = sorted({s for ch in chars if (s := _shaped_script(ch))})
        if shaped and not shaping_available():
            return cls(f"{head}: {' and '.join(shaped)} text needs shaping, which needs the uharfbuzz package "
                       "(the DOCX keeps it)")
        package = ("fonts-nanum" if any(_hangul(ch) for ch in chars) else
                   "fonts-droid-fallback" if any(_cjk(ch) for ch in chars) else "fonts-noto-core")
        return cls(f"{head}: install a font that has them (on Debian, {package}) or name one in the theme's "
                   "[fonts] fallbacks")


# Scripts whose letters change form or order with their neighbours, which the writer shapes
# (`pdf_scripts`); without a shaping engine their text is drawn wrong.
_SHAPED_SCRIPTS = ("ARABIC", "HEBREW", "SYRIAC", "THAANA", "DEVANAGARI", "BENGALI", "GURMUKHI", "GUJARATI",
                   "ORIYA", "TAMIL", "TELUGU", "KANNADA", "MALAYALAM", "SINHALA", "THAI", "LAO", "TIBETAN",
                   "MYANMAR", "KHMER")


def _shaped_script(ch: str) -> str | None:
    import unicodedata

    name = unicodedata.name(ch, "")
    return next((s.capitalize() for s in _SHAPED_SCRIPTS if name.startswith(s + " ")), None)


def _hangul(ch: str) -> bool:
    cp = ord(ch)
    return 0xAC00 <= cp <= 0xD7AF or 0x1100 <= cp <= 0x11FF or 0x3130 <= cp <= 0x318F


def _cjk(ch: str) -> bool:
    cp = ord(ch)
    return 0x2E80 <= cp <= 0x9FFF or 0xAC00 <= cp <= 0xD7AF or 0xF900 <= cp <= 0xFAFF or 0x1100 <= cp <= 0x11FF \
        or 0x20000 <= cp <= 0x2FA1F


class PdfWriter:
    suffix = ".pdf"

    def write(self, document: Document, options: WriteOptions) -> bytes:
        return self.render(document, options).data

    def render(self, document: Document, options: WriteOptions, draft: bool = False,
               reserve: float = 0.0, page_limit: int | None = None) -> PdfResult:
        """Lay out and write the PDF; `draft` keeps every box size but skips drawing, embedding
        images and saving, so the fit step can count pages cheaply. One pass either way: a
        contents list's page numbers are written when the layout has placed every heading
        (`pdf_contents`), in the order the layout set the sections. A contents list too long
        for its page, whose rows are split and drawn as given, is laid out a second time with
        the pages of the first, in the order it settled, which the Document takes
        (`floats.apply`), as its DOCX follows it."""
        result, story = self._laid_out(document, options, draft, reserve, page_limit=page_limit if draft else None)
        if not draft and split_over_pages(story):
            from ..document import floats

            document.pages = result.page_map
            if result.floats.moves:
                floats.apply(document, result.floats)
            result, _ = self._laid_out(document, options, draft, reserve, document.pages)
        return result

    def _laid_out(self, document: Document, options: WriteOptions, draft: bool, reserve: float,
                  pages: PageMap | None = None, page_limit: int | None = None) -> tuple[PdfResult, list[Flowable]]:
        """The PDF of `document` laid out, and the story it was laid out from. `page_limit` (a
        draft's only): the layout stops at the first box set on a page after that one, and the
        result says one page more than the limit, with the page map, figure moves and fills of
        the pages laid out so far (see `PastLimit`)."""
        theme = options.theme
        tr = _Translator(document, theme, draft)
        story = tr.story(document.blocks)
        if tr.missing and not draft:
            warnings.warn(PdfGlyphWarning.of(tr.missing), stacklevel=2)
        meta = document.meta
        buf = io.BytesIO()
        page_w, page_h = theme.page_mm[0] * mm, theme.page_mm[1] * mm
        top, right, bottom, left = (m * mm for m in theme.margins_mm)
        doc = _Doc(
            buf, pagesize=(page_w, page_h), leftMargin=left, rightMargin=right, topMargin=top,
            bottomMargin=bottom, title=meta.title, author=theme.author, subject=meta.subject,
            keywords=meta.keywords, creator="briefkit", producer="briefkit", lang=meta.language or theme.language,
            invariant=1, initialFontName=tr.fs.body,
        )
        # `reserve`: a share of the body height kept free (the fit step's headroom for Word).
        body_h = (page_h - top - bottom) * (1.0 - reserve)
        frame = (_DraftFrame if draft else _Frame)(left, bottom + (page_h - top - bottom - body_h), page_w - left - right,
                                                  body_h, id="body",
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        frame.bk_reserve = page_h - top - bottom - body_h
        doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
        doc.bk_page_limit = page_limit
        maker = _canvas_maker(meta, theme, tr.fs)
        if draft:
            maker = _draft_canvas_maker(maker)
        try:
            if tr.has_toc:
                _prefill_toc(story, pages)
                _one_pass(doc, story, maker)
            else:
                doc.build(story, canvasmaker=maker)
        except PastLimit:
            # the page the layout stopped on counts as full: what would have followed its first
            # box was not laid out
            doc.bk_fill = 1.0
        except RenderError:
            raise
        except Exception as exc:  # ReportLab layout failures (e.g. a flowable too large for a page)
            raise RenderError(f"PDF layout failed: {_layout_reason(exc)}") from None
        keys = range(len(tr.outline_keys))
        fills = tuple(doc.bk_page_fills) + (max(0.0, min(1.0, doc.bk_fill)),)
        return PdfResult(buf.getvalue(), doc.page, PageMap(tuple(doc.outline_pages.get(i) for i in keys),
                                                            tuple(i in doc.outline_tops for i in keys), fills),
                         doc.bk_floats, max(0.0, min(1.0, doc.bk_fill)), fills,
                         tuple(sorted(i for i, on in doc.bk_list_pages.items() if len(on) > 1))), story

