"""The format-neutral Document: what a brief says, with no idea how a format draws it.

Templates produce brief markup; `document.parse` turns it into these nodes; every writer
translates the same nodes. A writer never decides content, so anything a PDF and a DOCX
must agree on (which events, which sentences, figure numbers, captions) is settled here or
earlier.
"""
from __future__ import annotations

from .. import recache as re
import unicodedata
from ..records import field

from ..records import record

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing at run time
if TYPE_CHECKING:
    from typing import Any


# ---------------------------------------------------------------- inline runs
@record(frozen=True)
class Text:
    """A run of text with simple emphasis; `href` makes it a hyperlink."""

    text: str
    bold: bool = False
    italic: bool = False
    code: bool = False
    href: str | None = None

    @property
    def shown(self) -> str:
        """The text as every writer shows it: a link that displays a URL shows it as a
        browser's address bar does, percent-escapes of non-ASCII letters decoded
        ("…/wiki/Легион" rather than "…/wiki/%D0%9B%D0%B5…"); the target stays as given."""
        if self.href and _URL_TEXT.match(self.text):
            return display_url(self.text)
        return self.text


_URL_TEXT = re.compile(r"(?i)(?:https?://|mailto:|www\.)\S*$")
_ESCAPES = re.compile(r"(?:%[0-9A-Fa-f]{2})+")


def display_url(url: str) -> str:
    """Percent-escapes decoded for reading, by the rule RFC 3987 gives for showing a URI as
    an IRI: only escapes that spell valid UTF-8 for a visible non-ASCII character are
    decoded. ASCII escapes (%20, %2F, %25, %3E) keep their meaning in a URL and stay, as do
    escapes of invisible or layout characters (spaces, bidi controls) and invalid UTF-8."""

    def decode(m: re.Match[str]) -> str:
        raw = bytes.fromhex(m[0].replace("%", ""))
        out, i = [], 0
        while i < len(raw):
            for n in (4, 3, 2, 1):  # the longest valid UTF-8 sequence starting here
                try:
                    ch = raw[i:i + n].decode("utf-8")
                except UnicodeDecodeError:
                    continue
                if len(ch) == 1:
                    break
            else:
                ch, n = "", 1
            if ch and ord(ch) > 127 and unicodedata.category(ch)[0] not in "CZ":
                out.append(ch)
            else:
                out.append("".join(f"%{b:02X}" for b in raw[i:i + n]))
            i += n
        return "".join(out)

    return _ESCAPES.sub(decode, url)


Inline = Text  # one run type is enough: emphasis is a set of flags, links a target


def plain(runs: list[Text]) -> str:
    """The runs' text without formatting (for outlines, alt text, tests)."""
    return "".join(r.text for r in runs)


# ---------------------------------------------------------------- blocks
@record
class TitleBlock:
    """Name of the subject and the lines under it (aliases, native names, a dek)."""

    title: list[Text]
    subtitle: list[list[Text]] = field(default_factory=list)


@record
class Heading:
    """A section heading, level 1 to 6, with the anchor outlines and links point at."""

    level: int  # 1..6
    runs: list[Text]
    # Stable anchor for outlines, TOC links and cross references.
    anchor: str = ""


@record
class Paragraph:
    """Running text in one of the paragraph styles every writer maps."""

    runs: list[Text]
    # "body", "lead" (opening paragraph), "small" (source lines), "quote"
    style: str = "body"


@record
class ListItem:
    """One entry of a list: paragraphs and nested lists."""

    blocks: list[Block]


# Bullet characters by nesting level, shared so every format marks list levels alike.
BULLETS: tuple[str, ...] = ("•", "–", "◦", "▸")


@record
class List:
    """A bulleted or numbered list."""

    items: list[ListItem]
    ordered: bool = False
    start: int = 1


@record
class FactRow:
    """One row of a fact table: a label and its value."""

    label: list[Text]
    value: list[Block]  # Paragraphs and (nested) Lists


@record
class FactTable:
    """Label-value rows (the key facts), read across, with an optional caption that reads as
    a heading."""

    rows: list[FactRow]
    caption: str | None = None


@record
class Table:
    """A grid of cells under a header row that names the columns: a table the seed kept as
    rows of cells ("Unit | Native name | Formed | Notes").

    Why a node of its own rather than a list: a reader compares rows column by column, and
    only a grid lets the column names stand once, over the values. Written as bullets, every
    row had to repeat them ("native name: …; formed: …"). Every row has as many cells as the
    header; a cell is a list of runs, empty when the seed left it empty. No caption: the
    sentence before a table already introduces it.
    """

    header: list[list[Text]]
    rows: list[list[list[Text]]]


@record
class Figure:
    """A chart by name, resolved to rendered files by the build stage before writing."""

    chart: str
    options: dict[str, Any] = field(default_factory=dict)
    caption: list[Text] = field(default_factory=list)
    number: int = 0
    # Filled by build.resolve_figures: a briefkit.charts.Chart, or None when there is
    # nothing to draw (the writer then leaves the figure out entirely).
    rendered: Any = None
    # Share of its natural size the layout gave it (see `document.floats`); every format
    # draws it at this size.
    scale: float = 1.0
    # Text sections a layout has already set before it (see `document.floats`): a figure
    # moved as far as it may stays where it is in later layouts.
    moved: int = 0
    # False for a figure the template set in a section of the article's own ("Structure"):
    # the layout may shrink it but never sets it after a later section, so the article's
    # sections keep their order (markup `place=here`, see `document.parse`).
    floats: bool = True

    def label(self) -> str:
        """The figure's number as readers see it; every writer uses this same label."""
        return f"Figure {self.number}"


@record
class Callout:
    """A highlighted box, e.g. the bottom-line-up-front summary."""

    kind: str  # "summary", "note"
    title: str | None
    blocks: list[Block]


@record
class PageBreak:
    """The next block starts a new page."""


@record
class TOC:
    """The contents list, of headings down to `depth`, with the page numbers the PDF layout gave."""

    title: str = "Contents"
    depth: int = 2


@record
class Rule:
    """A horizontal rule (thematic break)."""


Block = TitleBlock | Heading | Paragraph | List | FactTable | Table | Figure | Callout | PageBreak | TOC | Rule


@record
class Meta:
    """Document-level facts writers put in metadata, headers and footers."""

    title: str
    short_title: str
    subject: str = ""
    keywords: list[str] = field(default_factory=list)
    language: str = "en"
    date: str = ""  # ISO date of information, to its precision: "2024-03-12", "2024-03", "2024"
    length: str = ""
    # When the build ran (ISO 8601 date-time), for file metadata only; "" when unknown.
    built: str = ""

    @property
    def date_text(self) -> str:
        """The date of information as readers see it ("1 June 2024", "June 2024", "2024"),
        the same in every format."""
        return iso_text(self.date)

    def footer_line(self, organisation: str = "", first_page: bool = False) -> str:
        """The footer's left-hand text, worded alike in every format: the date of
        information (or the short title when there is none), with the organisation on the
        first page, where no running header names it."""
        text = f"Information as of {self.date_text}" if self.date else self.short_title
        if organisation and first_page:
            text = f"{organisation} · {text}"
        return text


@record(frozen=True)
class PageMap:
    """Where the outline entries of a Document landed when its PDF was laid out.

    `pages[i]` is the 1-based page of `Document.outline()[i]`, or None for an entry the
    layout did not place as a heading of its own (one inside a box). The fit step lays out
    the PDF and attaches this map, so a format that cannot paginate by itself (the DOCX's
    contents before Word updates it) shows the same page numbers as the PDF of the same
    Document: same content, same pages.

    `tops[i]` says that entry was the first thing on its page. The DOCX starts such a
    heading on a new page, so that a word processor, which fills pages by its own font
    metrics, breaks where the PDF did and the contents' numbers stay true there too.
    """

    pages: tuple[int | None, ...] = ()
    tops: tuple[bool, ...] = ()
    # how far down each page the text came (0-1): a page the layout ended early, before a
    # heading and chart it moved on, has room a word processor's looser lines cannot overflow
    fills: tuple[float, ...] = ()
    # `carried[i]`: the draft with the word processor's reserve opened a page with that entry
    # where the final PDF did not (`fit.opened_in_both`): its section ends a page of the PDF
    # with less room to spare than a word processor's taller lines need, which may carry it over
    carried: tuple[bool, ...] = ()

    def page(self, index: int) -> int | None:
        return self.pages[index] if 0 <= index < len(self.pages) else None

    def fill_before(self, index: int) -> float:
        """How full the page before the entry's page came (1.0 when unknown)."""
        page = self.page(index)
        return self.fills[page - 2] if page is not None and 2 <= page <= len(self.fills) + 1 else 1.0

    def carried_over(self, index: int) -> bool:
        """True when a word processor may carry the entry's section over to the next page
        (see `carried`)."""
        return 0 <= index < len(self.carried) and self.carried[index]

    def starts_page(self, index: int) -> bool:
        """True when the entry opened a page after the first."""
        page = self.page(index)
        return page is not None and page > 1 and 0 <= index < len(self.tops) and self.tops[index]


MONTHS: tuple[str, ...] = ("January", "February", "March", "April", "May", "June", "July", "August",
                           "September", "October", "November", "December")


def iso_text(iso: str) -> str:
    """An ISO date of day, month or year precision in words ("12 March 2024", "March 2024",
    "2024"); anything else as given."""
    m = re.fullmatch(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", iso or "")
    if not m or (m[2] and not 1 <= int(m[2]) <= 12):
        return iso
    if m[3]:
        return f"{int(m[3])} {MONTHS[int(m[2]) - 1]} {m[1]}"
    return f"{MONTHS[int(m[2]) - 1]} {m[1]}" if m[2] else m[1]


@record
class Document:
    """The one tree every writer renders: the metadata, the blocks in reading order and, once
    laid out, where each heading landed."""

    meta: Meta
    blocks: list[Block]
    # Set by the fit step from the PDF layout; None when the Document was never laid out.
    pages: PageMap | None = None

    def headings(self) -> list[Heading]:
        return [b for b in self.walk() if isinstance(b, Heading)]

    def outline(self) -> list[Heading | FactTable]:
        """The entries of outlines and contents, in reading order: every heading and every
        fact table with a caption (its caption reads as a top-level heading)."""
        return [b for b in self.walk() if isinstance(b, Heading) or (isinstance(b, FactTable) and b.caption)]

    def walk(self) -> list[Block]:
        """Every block, depth first, including those inside lists, callouts and tables."""
        out: list[Block] = []

        def visit(blocks: list[Block]) -> None:
            for b in blocks:
                out.append(b)
                if isinstance(b, List):
                    for it in b.items:
                        visit(it.blocks)
                elif isinstance(b, Callout):
                    visit(b.blocks)
                elif isinstance(b, FactTable):
                    for row in b.rows:
                        visit(row.value)

        visit(self.blocks)
        return out

