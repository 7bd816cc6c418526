"""The plain-text article format (`.txt`, `.md`, `.wiki`).

Grammar, line by line (after `textfile` has normalised BOM, line ends, tabs, trailing spaces):

* the first non-blank line is the title, `= Title =` (one `=`; the closing `=` may be missing);
* `Infobox` followed by `- Key: Value` lines (also `| key = value`); indented bullets under an
  entry are its sub-list; blank lines inside the block are allowed;
* an optional `Source` block of the same shape (`Publisher`, `URL`, `Licence`, `Licence URL`,
  `Retrieved`, `Title`) overrides the default provenance;
* `== Section ==`, `=== Sub ===`, at any depth, spaces inside the `=` optional, unbalanced `=`
  tolerated (the leading run decides the level);
* list lines start with `-`, `*`, `+`, `•`, `#` or `1.`; depth comes from indentation and from
  repeated stars (`** item`); an indented non-bullet line continues the item above it;
* any other non-blank line is paragraph text; consecutive lines form one paragraph.

Everything between the title (plus infobox) and the first heading is the lead. A `See also`
section's list becomes `Profile.see_also`; the apparatus (References, Notes, Sources, Further
reading, External links) becomes `Profile.references`, out of the sections the rules read. Text is kept as written (whitespace normalised):
suspicious spots are reported as findings, never edited.
"""
from __future__ import annotations

from .. import recache as re
from ..records import field
from pathlib import Path

from ..errors import SeedError
from ..extract import enrich
from ..findings import EMPTY_HEADING, EMPTY_SECTION, EMPTY_VALUE, MALFORMED_INFOBOX, UNBALANCED_HEADING, Finding
from ..limits import current
from ..model import Block, BulletList, ListItem, Paragraph, Profile, Section, Source
from ..records import record
from .checks import check_paragraph, check_text, structure_problem
from .infobox import Entry, build_facts
from .lists import RawItem, build_tree, depths
from .provenance import source_info
from .textfile import Line, decode, normalise_space, read_bytes, split_lines
from .wikiclean import without_links, without_refs

_HEADING = re.compile(r"^(?P<open>=+)(?P<title>.*?)(?P<close>=*)$")
# `Infobox` may carry a type (`{{Infobox military unit`); `Source` stands alone, so a lead line
# such as "Source of funding ..." is never taken for the block.
_BLOCK_START = re.compile(r"^\{*\s*(?:(?P<infobox>infobox)\b[^:]*|(?P<source>source))$", re.I)
_ENTRY = re.compile(r"^\s*(?:[-*•]|\|)\s*(?P<key>[^:=\s][^:=]{0,79}?)\s*[:=](?:\s+(?P<value>.*)|\s*)$")
_BULLET = re.compile(r"^(?P<indent> *)(?P<marker>\*+|#+|[-+•]|\d{1,3}[.)])(?:\s+(?P<text>.*))?$")
# A wiki definition list: "; Mompati Merafhe" (the term), then ": lieutenant general; 1977–1989"
# (what is said of it), or both on one line ("; Term : description").
_TERM = re.compile(r"^;\s*(?P<term>[^:]+?)(?:\s+:\s+(?P<desc>.+))?\s*$")
_DESCRIPTION = re.compile(r"^:\s*(?P<desc>\S.*)$")
_SEE_ALSO = re.compile(r"^see\s+also$", re.I)
# The headings of an article's apparatus, as encyclopaedias title them (`_take_references`).
_APPARATUS = re.compile(r"^(?:references|notes(?:\s+and\s+references)?|footnotes|citations|sources|bibliography|"
                        r"works\s+cited|further\s+reading|external\s+links|references\s+and\s+notes)$", re.I)
# A navigation box of links: "{{Navbox | title = T | list = A · B · C }}" (its other parameters,
# "name", "state", "group1", ..., are the box's, not text).
_NAVBOX = re.compile(r"\{\{\s*navbox\b[^{}]*?\|\s*title\s*=\s*(?P<title>[^|{}]+?)\s*\|[^{}]*?"
                     r"\blist\d*\s*=\s*(?P<list>[^|{}]+?)\s*(?:\|[^{}]*)?\}\}", re.I)
_TABLE_ROW = re.compile(r"^\s*\|(?P<cells>.*\|.*)\|\s*$")
_TABLE_RULE = re.compile(r"^:?-{3,}:?$")


@record
class _Open:
    """The block list being filled (the lead's or a section's) and the block being built."""

    blocks: list[Block]
    para: list[Line] = field(default_factory=list)
    items: list[tuple[int, int, str, int]] = field(default_factory=list)  # indent, stars, text, line
    ordered: bool = False


class ArticleParser:
    """One pass over the lines; holds the state of the block under construction."""

    def __init__(self, lines: list[Line], file: str):
        self.lines = lines
        self.file = file
        self.findings: list[Finding] = []
        self.title = ""
        self.title_line = 0
        self.infobox: list[Entry] = []
        self.source_entries: list[Entry] = []
        self.lead: list[Block] = []
        self.sections: list[Section] = []
        self._stack: list[tuple[int, Section]] = []
        self._open = _Open(self.lead)
        self._wiki_row: list[str] | None = None  # the cells of a wiki table's row being read
        self._wiki_line: int | None = None
        self._term_open = False  # a definition list's term is open to its ": ..." lines

    # -- entry point -------------------------------------------------------------------------
    def parse(self) -> None:
        i = self._parse_title()
        while i < len(self.lines):
            line = self.lines[i]
            if line.blank:
                self._flush_para()
                i += 1
                continue
            if line.text.startswith("="):
                self._flush()
                self._heading(line)
                i += 1
                continue
            m = _BLOCK_START.match(line.text.strip())
            if m and not self._stack and (self._entry_follows(i + 1) or line.text.strip().lower() == "infobox"):
                self._flush()
                if not self._entry_follows(i + 1):
                    # A bare `Infobox` line with nothing under it: a marker, not lead text.
                    self.findings.append(Finding(self.file, line.number, EMPTY_VALUE, "infobox has no entries"))
                    i += 1
                    continue
                target = self.infobox if m.group("infobox") else self.source_entries
                i = self._parse_entries(i + 1, target)
                continue
            self._body_line(line)
            i += 1
        self._flush()

    def _parse_title(self) -> int:
        for idx, line in enumerate(self.lines):
            if line.blank:
                continue
            m = _HEADING.match(line.text.strip())
            if not m or len(m.group("open")) != 1 or not normalise_space(m.group("title")):
                raise SeedError(
                    f"no title line: expected '= Title =' but found {line.text.strip()[:60]!r}",
                    file=self.file, line=line.number,
                )
            self.title = normalise_space(m.group("title"))
            self.title_line = line.number
            return idx + 1
        raise SeedError("empty seed file: no title line", file=self.file, line=1)

    # -- infobox-like blocks -----------------------------------------------------------------
    def _entry_follows(self, i: int) -> bool:
        while i < len(self.lines) and self.lines[i].blank:
            i += 1
        return i < len(self.lines) and bool(_ENTRY.match(self.lines[i].text)) and self.lines[i].indent == 0

    def _parse_entries(self, i: int, target: list[Entry]) -> int:
        """Entries from line `i` on; returns the index of the first line after the block."""
        marks: list[tuple[int, int, str, int]] = []  # sub-items of the last entry: indent, stars, text, line

        def close_entry() -> None:
            if marks and target:
                levels = depths([(indent, stars) for indent, stars, _, _ in marks])
                target[-1].children = [RawItem(d, text, n) for d, (_, _, text, n) in zip(levels, marks)]
            marks.clear()

        while i < len(self.lines):
            line = self.lines[i]
            if line.blank:
                if not self._entry_follows(i):
                    break
                i += 1
                continue
            m = _ENTRY.match(line.text)
            if m and line.indent == 0:
                close_entry()
                target.append(Entry(normalise_space(m.group("key")), m.group("value") or "", line.number))
            elif line.indent > 0 and target and (b := _BULLET.match(line.text)) and b.group("text"):
                marker = b.group("marker")
                stars = len(marker) - 1 if marker[0] in "*#" else 0
                marks.append((line.indent, stars, normalise_space(b.group("text")), line.number))
            elif line.indent > 0 and target and not marks and not _BULLET.match(line.text):
                target[-1].value = f"{target[-1].value} {line.text.strip()}".strip()  # a wrapped value
            elif line.text.lstrip().startswith(("-", "*", "|", "•")):
                self.findings.append(Finding(self.file, line.number, MALFORMED_INFOBOX,
                                             f"infobox line is not 'Key: Value': {line.text.strip()!r}"))
            else:
                break
            i += 1
        close_entry()
        return i

    # -- headings ----------------------------------------------------------------------------
    def _heading(self, line: Line) -> None:
        m = _HEADING.match(line.text.strip())
        assert m
        title = normalise_space(m.group("title"))
        opened, closed = len(m.group("open")), len(m.group("close"))
        if not title:
            self.findings.append(Finding(self.file, line.number, EMPTY_HEADING,
                                         f"heading without a title: {line.text.strip()!r}"))
            return
        if opened != closed:
            self.findings.append(Finding(self.file, line.number, UNBALANCED_HEADING,
                                         f"heading has {opened} '=' before and {closed} after: {title!r}"))
        level = max(1, opened - 1)
        # The stack keeps the level each heading asked for; the stored level is its tree depth,
        # so `== A ==` followed by `==== B ====` gives B level 2, not a gap in the outline.
        while self._stack and self._stack[-1][0] >= level:
            self._stack.pop()
        section = Section(title=title, level=len(self._stack) + 1, source=Source(file=self.file, line=line.number))
        if self._stack:
            self._stack[-1][1].children.append(section)
        else:
            self.sections.append(section)
        self._stack.append((level, section))
        self._open = _Open(section.blocks)

    # -- body --------------------------------------------------------------------------------
    def _wikitable_line(self, line: Line) -> bool:
        """A line of a wiki table (`{| class="wikitable"`, `! Leader !! Term`, `|-`, `| A || B`,
        `|}`), read as the list-shaped table a Markdown table is (`- Leader | Term`, one item
        per row, the header row first); False when the line is none. The seed's leaders'
        table had been paragraphs of markup, its twelve leaders named nowhere else by their
        terms."""
        text = line.text.strip()
        if self._wiki_row is None:
            if not text.startswith("{|"):
                return False
            self._flush_para()
            self._flush_items()
            self._wiki_row = []
            return True
        if text.startswith("|}") or text.startswith("|-"):
            self._wiki_row_done(line)
            if text.startswith("|}"):
                self._flush_items()
                self._wiki_row = None
            return True
        if text.startswith("|+"):
            return True  # a caption
        if text.startswith("!") or text.startswith("|"):
            sep = "!!" if text.startswith("!") else "||"
            for cell in text[1:].split(sep):
                # `style="text-align:left" | Dublin`: attributes, then the cell's text
                attrs, bar, rest = cell.partition("|")
                self._wiki_row.append(normalise_space(rest if bar and "=" in attrs else cell))
            self._wiki_line = self._wiki_line or line.number
            return True
        # a cell's text run on to the next line
        if self._wiki_row:
            self._wiki_row[-1] = normalise_space(f"{self._wiki_row[-1]} {text}")
        return True

    def _wiki_row_done(self, line: Line) -> None:
        if self._wiki_row:
            cells = [without_links(c) or "—" for c in self._wiki_row]
            self._open.items.append((0, 0, " | ".join(cells), self._wiki_line or line.number))
            if len(self._open.items) == 1:
                self._open.ordered = False
        self._wiki_row, self._wiki_line = [], None

    def _body_line(self, line: Line) -> None:
        if self._wikitable_line(line):
            return
        row = _TABLE_ROW.match(line.text)
        if row:
            # A Markdown table (`| Unit | Role |`, `| --- | --- |`) reads as the list-shaped table
            # the extractors know (`- Unit | Role`): one item per row, the rule line dropped.
            cells = [normalise_space(c) for c in row.group("cells").split("|")]
            if all(_TABLE_RULE.match(c) for c in cells):
                return
            self._flush_para()
            self._open.items.append((0, 0, " | ".join(c or "—" for c in cells), line.number))
            if len(self._open.items) == 1:
                self._open.ordered = False
            return
        term = _TERM.match(line.text)
        if term:
            # A definition list reads as a list: an item per term, "Term: what is said of it". Read
            # as text, a list of seven commanders and their terms had been one sentence without a
            # verb on the timeline, and the second of them no leader.
            self._flush_para()
            if self._open.items and self._open.ordered:
                self._flush_items()
            text = normalise_space(term.group("term") + (f": {term.group('desc')}" if term.group("desc") else ""))
            self._open.items.append((0, 0, text, line.number))
            self._term_open = term.group("desc") is None
            return
        described = _DESCRIPTION.match(line.text) if self._open.items and self._term_open else None
        if described:
            indent, stars, text, number = self._open.items[-1]
            joiner = ": " if text.count(": ") == 0 and not text.endswith(":") else "; "
            self._open.items[-1] = (indent, stars, f"{text}{joiner}{normalise_space(described.group('desc'))}", number)
            return
        self._term_open = False
        b = _BULLET.match(line.text)
        if b:
            self._flush_para()
            text = normalise_space(b.group("text") or "")
            if not text:
                self.findings.append(Finding(self.file, line.number, EMPTY_VALUE, "empty list item"))
                return
            marker = b.group("marker")
            ordered = marker[0] == "#" or marker[0].isdigit()
            if self._open.items and not b.group("indent") and ordered != self._open.ordered:
                self._flush_items()  # `- a` then `# b`: two lists, not one
            stars = len(marker) - 1 if marker[0] in "*#" else 0
            self._open.items.append((len(b.group("indent")), stars, text, line.number))
            if len(self._open.items) == 1:
                self._open.ordered = ordered
            return
        if self._open.items and line.indent > 0:
            indent, stars, text, number = self._open.items[-1]
            self._open.items[-1] = (indent, stars, f"{text} {normalise_space(line.text)}", number)
            return
        self._flush_items()
        self._open.para.append(line)

    def _flush_para(self) -> None:
        lines = self._open.para
        bars = {l.text.count("|") for l in lines}
        if len(lines) >= 2 and len(bars) == 1 and min(bars) >= 1 and all(" | " in l.text for l in lines):
            # "Region | Main markets" over "North America | United States, Canada" and more lines
            # of as many bars: a table written without its outer bars, read as the list-shaped
            # table a Markdown one is (`_body_line`), not as one run-on paragraph
            self._open.para = []
            for line in lines:
                cells = [normalise_space(c) for c in line.text.split("|")]
                self._open.items.append((0, 0, " | ".join(c or "—" for c in cells), line.number))
            self._open.ordered = False
            self._flush_items()
            return
        if self._open.para:
            first = self._open.para[0].number
            text = without_refs(normalise_space(" ".join(l.text for l in self._open.para)))
            box = _NAVBOX.fullmatch(text)
            if box and (names := [n.strip() for n in re.split(r"\s+[·•]\s+", box.group("list")) if n.strip()]):
                # "{{Navbox | title = Presidents of Ecopetrol (a selection) | list = Emilio Sardi
                # · Alberto Calderón · ...}}": a box of links, read as the list it shows under its
                # title (printed as written, the markup had reached the full profile)
                self._open.para = []
                self._open.blocks.append(Paragraph(text=f"{without_links(box.group('title').strip())}:",
                                                   source=Source(file=self.file, line=first)))
                self._open.items = [(0, 0, n, first) for n in names]
                self._open.ordered = False
                self._flush_items()
                return
            self._open.blocks.append(Paragraph(text=without_links(text), source=Source(file=self.file, line=first)))
            self.findings += check_paragraph(text, self.file, first)
            self._open.para = []

    def _flush_items(self) -> None:
        if not self._open.items:
            return
        self._open.items = _without_numbering(_without_blank_columns(self._open.items))
        levels = depths([(indent, stars) for indent, stars, _, _ in self._open.items])
        raw = [RawItem(d, text, number) for d, (_, _, text, number) in zip(levels, self._open.items)]
        for r in raw:
            self.findings += check_text(r.text, self.file, r.line)
        raw = [RawItem(r.depth, without_links(r.text), r.line) for r in raw]
        items = build_tree(raw, self.file)
        self._open.blocks.append(BulletList(items=items, ordered=self._open.ordered,
                                            source=Source(file=self.file, line=raw[0].line)))
        self._open.items = []

    def _flush(self) -> None:
        self._flush_para()
        self._flush_items()


# A table's numbering column: its header ("No.", "#", "Number") over whole numbers.
_NUMBERING_HEADER = re.compile(r"(?i)(?:no\.?|#|№|number|nr\.?)")


def _without_blank_columns(items: list[tuple]) -> list[tuple]:
    """The rows of a list-shaped table without a column that shows nothing in any row (a
    "Portrait" column of pictures, which go, `without_links`): read as a cell, its "—" stood
    where a holder's name was ("1 | — | Momir Bulatović | 22 June 1991"). Only where every row
    has the header's cells and two rows or more say nothing there; any other list is as it was."""
    if len(items) < 3 or not all(" | " in text for _, _, text, _ in items):
        return items
    header = items[0][2].split(" | ")
    rows = [text.split(" | ") for _, _, text, _ in items[1:]]
    if any(len(r) != len(header) for r in rows):
        return items
    blank = {j for j in range(len(header)) if all(r[j].strip() in ("—", "") for r in rows)}
    if not blank or len(header) - len(blank) < 2:
        return items
    return [(indent, stars, " | ".join(c for j, c in enumerate(cells) if j not in blank), number)
            for (indent, stars, _, number), cells in zip(items, [header, *rows])]


def _without_numbering(items: list[tuple]) -> list[tuple]:
    """The rows of a list-shaped table (`Header | ...`, then a row per item) without a first
    column that only numbers them ("No. | Commandant | Took command", "1 | Manuel Gomez |
    November 1950"): the count is the rows' order, and read as a cell it put "31 | Alvin
    Parreño" where a holder's name was. Where the count skips ("2", then "31"), a row of "…"
    says that rows were left out: a table of holders then runs no term across the gap. Any
    other list is as it was."""
    if len(items) < 2 or not all(" | " in text for _, _, text, _ in items):
        return items
    header = items[0][2].split(" | ")
    rows = [text.split(" | ") for _, _, text, _ in items[1:]]
    if len(header) < 3 or not _NUMBERING_HEADER.fullmatch(header[0].strip()) or not all(
            re.fullmatch(r"\d{1,4}\.?|[—–-]|", r[0].strip()) for r in rows):
        return items
    out = [(items[0][0], items[0][1], " | ".join(header[1:]), items[0][3])]
    last = None
    for (indent, stars, text, number), row in zip(items[1:], rows):
        count = int(row[0].strip().rstrip(".")) if row[0].strip().rstrip(".").isdigit() else None
        if count is not None and last is not None and count > last + 1:
            # ("2 | Gregorio Lim", then "31 | Alvin Parreño"): rows left out, said by a row of its own
            out.append((indent, stars, " | ".join("…" for _ in header[1:]), number))
        last = count if count is not None else last
        out.append((indent, stars, " | ".join(row[1:]), number))
    return out


def _take_see_also(sections: list[Section]) -> list[str]:
    """Move the list items of `See also` sections out of the tree, into a flat list."""
    out: list[str] = []
    for s in list(sections):
        if _SEE_ALSO.match(s.title):
            keep: list[Block] = []
            for b in s.blocks:
                if isinstance(b, BulletList):
                    out.extend(_flatten(b.items))
                else:
                    keep.append(b)
            s.blocks = keep
            if not s.blocks and not s.children:
                sections.remove(s)
        out.extend(_take_see_also(s.children))
    return out


def _take_references(sections: list[Section]) -> list[str]:
    """Take the article's apparatus (`_APPARATUS`: References, Notes, Sources, Further reading,
    External links), with any sub-sections, out of the tree into a flat list of its items and
    paragraphs. Why out of the tree: a citation names people, bodies and the day a source was
    published, none of them facts about the organisation, and every rule reading sections would
    otherwise need to know to skip it. A section of that title anywhere in the tree counts: wikis
    nest "Notes" under "References"."""
    out: list[str] = []
    for s in list(sections):
        if _APPARATUS.match(s.title.strip()):
            for sub in s.walk():
                for b in sub.blocks:
                    if isinstance(b, BulletList):
                        out.extend(_flatten(b.items))
                    elif isinstance(b, Paragraph):
                        out.append(b.text)
            sections.remove(s)
        else:
            out.extend(_take_references(s.children))
    return out


def _flatten(items: list[ListItem]) -> list[str]:
    out: list[str] = []
    for it in items:
        out.append(it.text)
        out.extend(_flatten(it.children))
    return out


def _empty_sections(sections: list[Section], file: str) -> list[Finding]:
    out = []
    for top in sections:
        for s in top.walk():
            if not s.blocks and not s.children:
                line = s.source.line if s.source else None
                out.append(Finding(file, line, EMPTY_SECTION, f"section {s.title!r} has no text"))
    return out


def read_article(path: str | Path) -> tuple[Profile, list[Finding]]:
    """Read one article seed into a Profile and the findings noticed on the way."""
    file = str(path)
    text = decode(read_bytes(path), file)
    lines, findings = split_lines(text, file)
    parser = ArticleParser(lines, file)
    parser.parse()
    findings += parser.findings
    limits = current()
    if len(parser.title) > limits.heading_chars:
        raise SeedError(f"title longer than {limits.heading_chars} characters (limit: BRIEFKIT_LIMIT_HEADING_CHARS)",
                        file=file, line=parser.title_line)
    too_big = structure_problem(parser.lead, parser.sections, limits)
    if too_big:
        raise SeedError(too_big[1], file=file, line=too_big[0])

    facts, fact_findings = build_facts(parser.infobox, file)
    findings += fact_findings
    sections = parser.sections
    findings += _empty_sections(sections, file)
    see_also = _take_see_also(sections)
    references = _take_references(sections)

    src, src_findings = source_info(parser.title, parser.source_entries, file)
    findings += src_findings
    profile = Profile(
        names={"title": parser.title},
        facts=facts,
        lead=parser.lead,
        sections=sections,
        see_also=see_also,
        references=references,
        source=src,
        as_of=src.retrieved if src.retrieved and re.fullmatch(r"\d{4}-\d{2}-\d{2}", src.retrieved) else None,
        seed_file=file,
    )
    findings += enrich(profile, Source(file=file, line=parser.title_line))
    return profile, findings
