"""DOCX writer: translates a Document into a Word file people edit, restyle and forward.

Only translation lives here; content was decided before (the same Document feeds the PDF
writer). Three rules shape the code:

* Styles, not direct formatting. Every paragraph names a style from `docx_styles`, so
  restyling "Heading 1" in Word restyles every heading. Inline emphasis (bold, italic) is
  the only run formatting; code and links use character styles.
* A user's reference document wins, as Pandoc's ``--reference-doc`` does: it is opened as
  the base package, its body is cleared, and its styles, page setup, headers and footers
  are kept. A style it lacks is added from the defaults with one warning naming them all
  (``warnings.warn`` with `DocxStyleWarning`), so the output never names a style that does
  not exist. A reference with a header or footer of its own keeps all of them as they are
  (Word fields there, such as TITLE, PAGE and NUMPAGES, are filled per document); one
  without gets briefkit's, drawn with its Header, Footer and Marking styles.
* Reproducible bytes: no clock, no random ids; the zip is rewritten with fixed timestamps
  and a stable entry order (`docx_zip`).
"""
from __future__ import annotations

import contextlib
import copy
import datetime as _dt
import io
import os
import re
import warnings
from pathlib import Path
from collections.abc import Iterator
from typing import Any

import docx
from docx.enum.section import WD_ORIENT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Emu, Mm
from docx.text.paragraph import Paragraph as DocxParagraph
from docx.text.run import Run

from ..document.nodes import (
    TOC, Block, Callout, Document, FactTable, Figure, Heading, List, PageBreak, Paragraph, Rule,
    Text, TitleBlock, plain,
)
from ..errors import RenderError
from ..theme import DEFAULT_THEME, Theme
from . import WriteOptions
from .docx_styles import StyleDef, docx_fonts, numbering_xml, style_defs, style_xml, text_width_twips
from .docx_zip import normalise_zip

# Characters XML 1.0 cannot carry at all; python-docx would raise on them.
_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_EMU_PER_INCH = 914400
_TWIPS_PER_INCH = 1440
# Room kept per cell margin when sizing a picture inside a table cell: briefkit's table
# styles use 100 (facts) and 200 (callout, counted twice) twips a side.
_CELL_MARGIN_GUESS = 110
_PARA_STYLE = {"body": "Body Text", "lead": "Lead", "small": "Small Text", "quote": "Quote"}


class DocxStyleWarning(UserWarning):
    """A reference document lacks a style briefkit needs; the default definition was added."""


class DocxTextWarning(UserWarning):
    """Characters XML cannot carry were dropped from the text."""


# ------------------------------------------------------------------ dates
def document_datetime(meta_date: str) -> _dt.datetime:
    """The one timestamp the DOCX carries: SOURCE_DATE_EPOCH, else the date of information.

    Never the clock, so rebuilding the same inputs gives the same bytes.
    """
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch:
        try:
            return _dt.datetime.fromtimestamp(int(epoch), tz=_dt.timezone.utc).replace(tzinfo=None)
        except (ValueError, OverflowError, OSError):
            pass
    m = re.match(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?", meta_date or "")
    if m:
        try:
            return _dt.datetime(int(m[1]), int(m[2] or 1), int(m[3] or 1))
        except ValueError:
            pass
    return _dt.datetime(2000, 1, 1)


# ------------------------------------------------------------------ base document
_TEMPLATE_TYPES = (
    b"application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml",
    b"application/vnd.ms-word.template.macroEnabledTemplate.main+xml",
)
_DOCUMENT_TYPE = b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"


def _as_document_package(data: bytes) -> bytes:
    """A Word template (.dotx/.dotm) is a document package with another main content type;
    house styles often live in one, so it is accepted by relabelling that one part."""
    import zipfile

    with zipfile.ZipFile(io.BytesIO(data)) as src:
        types = src.read("[Content_Types].xml")
        if not any(t in types for t in _TEMPLATE_TYPES):
            return data
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
            for info in src.infolist():
                content = src.read(info.filename)
                if info.filename == "[Content_Types].xml":
                    for t in _TEMPLATE_TYPES:
                        content = content.replace(t, _DOCUMENT_TYPE)
                dst.writestr(info, content)
        return out.getvalue()


def _open_reference(path: Path) -> Any:
    from .docx_limits import reference_problem

    problem = reference_problem(path)
    if problem:
        raise RenderError(problem, file=path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise RenderError(f"cannot read reference document: {exc.strerror or exc}", file=path) from None
    try:
        return docx.Document(io.BytesIO(_as_document_package(data)))
    except Exception as exc:  # python-docx raises zip, KeyError and package errors alike
        reason = "not a Word document" if not data.startswith(b"PK") else str(exc)
        raise RenderError(f"cannot read reference document: {reason}", file=path) from None


def _clear_body(doc: Any) -> None:
    """Remove the reference's content but keep its final section (page setup, headers)."""
    body = doc.element.body
    for child in list(body):
        if child.tag != qn("w:sectPr"):
            body.remove(child)


def _drop_template_leftovers(doc: Any) -> None:
    """python-docx's template carries a thumbnail of its own (a brief must not show it) and
    a Word 2010 copy of its styles (stylesWithEffects) that would disagree with ours."""
    rels = doc.part.package.rels
    for rid, rel in list(rels.items()):
        if rel.reltype == RT.THUMBNAIL:
            del rels[rid]
    for rid, rel in list(doc.part.rels.items()):
        if rel.reltype.endswith("/stylesWithEffects"):
            del doc.part.rels[rid]


class _Styles:
    """Resolves style names to ids in the target document, adding missing ones."""

    def __init__(self, doc: Any, theme: Theme, replace_all: bool, source: Path | None):
        self.doc = doc
        self.theme = theme
        self.source = source
        self.root = doc.styles.element
        self.defs = style_defs(theme)
        self.ids: dict[str, str] = {}
        self.missing: list[str] = []
        self.added: set[str] = set()
        self.numbering = _Numbering(doc, theme, fresh=replace_all)
        existing = self._existing()
        if replace_all:
            replaced = set()
            for d in self.defs:
                el = existing.get(d.name.lower())
                if el is not None:
                    replaced.add(el.get(qn("w:styleId")))
                    self.root.remove(el)
            # The template's "Heading 1 Char" and the like are linked to the styles just
            # replaced; left behind they would carry the template's look into Word's menus.
            for el in self.root.findall(qn("w:style")):
                link = el.find(qn("w:link"))
                if el.get(qn("w:type")) == "character" and link is not None and link.get(qn("w:val")) in replaced:
                    self.root.remove(el)
            self._set_doc_defaults()
            existing = self._existing()
        for d in self.defs:
            el = existing.get(d.name.lower())
            if el is not None:
                self.ids[d.name] = el.get(qn("w:styleId"))
        for d in self.defs:
            if d.name not in self.ids:
                self._add(d, warn=not replace_all)
        self._link_next()
        if self.missing:
            # One warning per reference document, naming every style that was filled in.
            warnings.warn(
                f"{source}: reference document lacks style(s) {', '.join(self.missing)}; "
                "briefkit's defaults were added",
                DocxStyleWarning, stacklevel=5,
            )

    def _link_next(self) -> None:
        """Give added styles their "style for following paragraph" now that every style
        exists (a Title is followed by a Subtitle, defined after it)."""
        for d in self.defs:
            if d.name not in self.added or not d.next or d.next not in self.ids:
                continue
            el = self.root.find(f"{qn('w:style')}[@{qn('w:styleId')}='{self.ids[d.name]}']")
            if el is None or el.find(qn("w:next")) is not None:
                continue
            nxt = _el("w:next", **{"w:val": self.ids[d.next]})
            anchor = el.find(qn("w:basedOn"))
            (anchor if anchor is not None else el.find(qn("w:name"))).addnext(nxt)

    def _existing(self) -> dict[str, Any]:
        out = {}
        for el in self.root.findall(qn("w:style")):
            name = el.find(qn("w:name"))
            if name is not None:
                out.setdefault(name.get(qn("w:val")).lower(), el)
        return out

    def _set_doc_defaults(self) -> None:
        """Document defaults follow Normal, so text outside any style still looks right."""
        dd = self.root.find(qn("w:docDefaults"))
        if dd is not None:
            self.root.remove(dd)

    def _add(self, d: StyleDef, warn: bool) -> None:
        used_ids = {el.get(qn("w:styleId")) for el in self.root.findall(qn("w:style"))}
        sid, i = d.style_id, 2
        while sid in used_ids:
            sid, i = f"{d.style_id}{i}", i + 1
        if d.based_on and d.based_on not in self.ids:
            base = next((x for x in self.defs if x.name == d.based_on), None)
            if base is not None:
                self._add(base, warn)
        if d.name in self.ids:
            return
        num_ids = {}
        if d.list_kind:
            num_ids[d.list_kind] = self.numbering.default_num(d.list_kind)
        el = parse_xml(style_xml(StyleDef(**{**d.__dict__, "style_id": sid}), self.ids, num_ids))
        self.root.append(el)
        self.ids[d.name] = sid
        self.added.add(d.name)
        if warn:
            self.missing.append(d.name)

    def id(self, name: str) -> str:
        return self.ids[name]

    def list_numbering(self, name: str) -> tuple[int, int] | None:
        """(numId, ilvl) a list style carries, following basedOn, or None."""
        el = self.root.find(f"{qn('w:style')}[@{qn('w:styleId')}='{self.ids[name]}']")
        seen = set()
        while el is not None and el.get(qn("w:styleId")) not in seen:
            seen.add(el.get(qn("w:styleId")))
            num = el.find(f"{qn('w:pPr')}/{qn('w:numPr')}")
            if num is not None:
                nid = num.find(qn("w:numId"))
                lvl = num.find(qn("w:ilvl"))
                if nid is not None:
                    return int(nid.get(qn("w:val"))), int(lvl.get(qn("w:val"))) if lvl is not None else 0
            based = el.find(qn("w:basedOn"))
            if based is None:
                return None
            el = self.root.find(f"{qn('w:style')}[@{qn('w:styleId')}='{based.get(qn('w:val'))}']")
        return None


def _numbering_part(doc: Any) -> Any:
    """The numbering part, created when a reference document has none (python-docx won't)."""
    from docx.opc.constants import CONTENT_TYPE as CT
    from docx.opc.packuri import PackURI
    from docx.oxml.ns import nsdecls
    from docx.parts.numbering import NumberingPart

    try:
        return doc.part.part_related_by(RT.NUMBERING)
    except KeyError:
        part = NumberingPart(PackURI("/word/numbering.xml"), CT.WML_NUMBERING,
                             parse_xml(f"<w:numbering {nsdecls('w')}/>"), doc.part.package)
        doc.part.relate_to(part, RT.NUMBERING)
        return part


class _Numbering:
    """List definitions: the defaults briefkit adds and one restartable instance per ordered list."""

    def __init__(self, doc: Any, theme: Theme, fresh: bool):
        self.theme = theme
        self.root = _numbering_part(doc).element
        if fresh:
            for child in list(self.root):
                self.root.remove(child)
        self._defaults: dict[str, int] = {}

    def _next_abstract_id(self) -> int:
        ids = [int(e.get(qn("w:abstractNumId"))) for e in self.root.findall(qn("w:abstractNum"))]
        return max(ids, default=-1) + 1

    def _next_num_id(self) -> int:
        ids = [int(e.get(qn("w:numId"))) for e in self.root.findall(qn("w:num"))]
        return max(ids, default=0) + 1

    def _insert_after_last(self, el: Any, *tags: str) -> None:
        """w:numbering is a sequence (numPicBullet, abstractNum, num, numIdMacAtCleanup):
        a new element goes after the last of the kinds that may precede it."""
        for tag in tags:
            found = self.root.findall(qn(tag))
            if found:
                found[-1].addnext(el)
                return
        self.root.insert(0, el)

    def _add_abstract(self, xml: str) -> None:
        self._insert_after_last(parse_xml(xml), "w:abstractNum", "w:numPicBullet")

    def _add_num(self, abstract_id: int, start: tuple[int, int] | None = None) -> int:
        nid = self._next_num_id()
        num = OxmlElement("w:num")
        num.set(qn("w:numId"), str(nid))
        a = OxmlElement("w:abstractNumId")
        a.set(qn("w:val"), str(abstract_id))
        num.append(a)
        if start is not None:
            level, value = start
            over = OxmlElement("w:lvlOverride")
            over.set(qn("w:ilvl"), str(level))
            so = OxmlElement("w:startOverride")
            so.set(qn("w:val"), str(value))
            over.append(so)
            num.append(over)
        self._insert_after_last(num, "w:num", "w:abstractNum", "w:numPicBullet")
        return nid

    def default_num(self, kind: str) -> int:
        if not self._defaults:
            first = self._next_abstract_id()
            for offset, (name, xml) in enumerate(numbering_xml(first, self.theme).items()):
                self._add_abstract(xml)
                self._defaults[name] = self._add_num(first + offset)
        return self._defaults[kind]

    def abstract_of(self, num_id: int) -> int | None:
        for num in self.root.findall(qn("w:num")):
            if num.get(qn("w:numId")) == str(num_id):
                a = num.find(qn("w:abstractNumId"))
                return int(a.get(qn("w:val"))) if a is not None else None
        return None

    def restart(self, num_id: int, level: int, start: int) -> int:
        """A new list instance over the same definition, starting at `start`."""
        abstract = self.abstract_of(num_id)
        if abstract is None:
            abstract = self.abstract_of(self.default_num("number"))
        return self._add_num(abstract, (level, start))


# ------------------------------------------------------------------ low-level XML helpers
def _el(tag: str, **attrs: str) -> Any:
    e = OxmlElement(tag)
    for k, v in attrs.items():
        e.set(qn(k), v)
    return e


def _set_pstyle(p: DocxParagraph, style_id: str) -> None:
    ppr = p._p.get_or_add_pPr()
    ps = ppr.find(qn("w:pStyle"))
    if ps is None:
        ps = _el("w:pStyle")
        ppr.insert(0, ps)
    ps.set(qn("w:val"), style_id)


def _field_runs(instr: str, result: str, rpr: Any = None, dirty: bool = False) -> list[Any]:
    """A complex field (begin / instruction / separate / cached result / end) as runs."""
    def run(*children: Any) -> Any:
        r = _el("w:r")
        if rpr is not None:
            r.append(copy.deepcopy(rpr))
        for c in children:
            r.append(c)
        return r

    begin = _el("w:fldChar", **{"w:fldCharType": "begin"})
    if dirty:
        begin.set(qn("w:dirty"), "true")
    it = _el("w:instrText")
    it.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    it.text = f" {instr} "
    t = _el("w:t")
    t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    t.text = result
    return [run(begin), run(it), run(_el("w:fldChar", **{"w:fldCharType": "separate"})), run(t),
            run(_el("w:fldChar", **{"w:fldCharType": "end"}))]


# ------------------------------------------------------------------ translation
class _Translator:
    def __init__(self, doc: Any, document: Document, theme: Theme, styles: _Styles, width_twips: int):
        self.doc = doc
        self.document = document
        self.theme = theme
        self.st = styles
        self.width = width_twips
        self.dropped = 0
        self.bookmarks: dict[int, str] = {}
        self.anchor_names: dict[str, str] = {}
        self._bookmark_id = 0
        self._placed: set[str] = set()
        self.toc_entries: list[tuple[int, str, str]] = []  # (level, text, bookmark)
        self.toc_depth = next((b.depth for b in document.blocks if isinstance(b, TOC)), 0)
        self.figure_seq = 0
        self.break_pending = False
        self._prepare_bookmarks()

    # -- text
    def clean(self, text: str) -> str:
        """Drop what XML cannot carry (counted for one warning) and make every line end one
        line break: python-docx would turn the two characters of "\r\n" into two breaks."""
        cleaned, n = _FORBIDDEN.subn("", text)
        self.dropped += n
        return cleaned.replace("\r\n", "\n").replace("\r", "\n")

    def _prepare_bookmarks(self) -> None:
        """Name every heading's bookmark up front: the TOC comes before the headings it lists."""
        n = 0
        for b in self.document.walk():
            if isinstance(b, Heading) or (isinstance(b, FactTable) and b.caption):
                n += 1
                name = f"_Toc{n:08d}"
                self.bookmarks[id(b)] = name
                if isinstance(b, Heading):
                    if b.anchor:
                        self.anchor_names[b.anchor] = name
                    if b.level <= self.toc_depth:
                        self.toc_entries.append((b.level, self.clean(plain(b.runs)), name))
                elif self.toc_depth >= 1:
                    self.toc_entries.append((1, self.clean(b.caption or ""), name))

    # -- containers: python-docx's BlockItemContainer (document body, table cell)
    def para(self, container: Any, style: str, runs: list[Text] | None = None) -> DocxParagraph:
        p = container.add_paragraph()
        _set_pstyle(p, self.st.id(style))
        if self.break_pending and container is self.doc:
            # A PageBreak node becomes "page break before" on the next paragraph: unlike a
            # break character it never leaves a blank page when the previous page is full.
            p._p.pPr.find(qn("w:pStyle")).addnext(_el("w:pageBreakBefore"))
            self.break_pending = False
        if runs:
            self.runs(p, runs)
        return p

    def runs(self, p: DocxParagraph, runs: list[Text]) -> None:
        for r in runs:
            text = self.clean(r.text)
            if not text:
                continue
            if r.href:
                self._hyperlink(p, r, text)
            else:
                self._run(p, r, text)

    def _run(self, p: DocxParagraph, r: Text, text: str, parent: Any = None) -> Run:
        if parent is None:
            run = p.add_run()
        else:
            el = _el("w:r")
            parent.append(el)
            run = Run(el, p)
        if r.code:
            run.style = None
            run._r.get_or_add_rPr().insert(0, _el("w:rStyle", **{"w:val": self.st.id("Verbatim Char")}))
        if r.bold:
            run.bold = True
        if r.italic:
            run.italic = True
        run.text = text
        return run

    def _hyperlink(self, p: DocxParagraph, r: Text, text: str) -> None:
        href = self.clean(r.href or "")
        link = _el("w:hyperlink")
        if href.startswith("#"):
            link.set(qn("w:anchor"), self.anchor_names.get(href[1:], href[1:]))
        else:
            rid = p.part.relate_to(href, RT.HYPERLINK, is_external=True)
            link.set(qn("r:id"), rid)
        link.set(qn("w:history"), "1")
        p._p.append(link)
        run = self._run(p, Text(text, r.bold, r.italic, r.code), text, parent=link)
        rpr = run._r.get_or_add_rPr()
        existing = rpr.find(qn("w:rStyle"))
        if existing is None:
            rpr.insert(0, _el("w:rStyle", **{"w:val": self.st.id("Hyperlink")}))

    def _bookmark(self, p: DocxParagraph, name: str) -> None:
        if name in self._placed:  # the same node object placed twice: one bookmark only
            return
        self._placed.add(name)
        self._bookmark_id += 1
        bid = str(self._bookmark_id)
        start = _el("w:bookmarkStart", **{"w:id": bid, "w:name": name})
        end = _el("w:bookmarkEnd", **{"w:id": bid})
        ppr = p._p.find(qn("w:pPr"))
        if ppr is not None:
            ppr.addnext(start)
        else:
            p._p.insert(0, start)
        p._p.append(end)

    # -- blocks
    def blocks(self, container: Any, blocks: list[Block], ctx: str = "body") -> None:
        for b in blocks:
            self.block(container, b, ctx)

    def block(self, c: Any, b: Block, ctx: str = "body") -> None:
        if isinstance(b, TitleBlock):
            self.para(c, "Title", b.title)
            for line in b.subtitle:
                self.para(c, "Subtitle", line)
            self.para(c, "Title Rule")
        elif isinstance(b, Heading):
            p = self.para(c, f"Heading {min(max(b.level, 1), 6)}", b.runs)
            self._bookmark(p, self.bookmarks[id(b)])
        elif isinstance(b, Paragraph):
            style = _PARA_STYLE.get(b.style, "Body Text")
            if ctx == "callout" and style == "Body Text":
                style = "Callout Text"
            elif ctx == "cell" and style == "Body Text":
                style = "Fact Value"
            self.para(c, style, b.runs)
        elif isinstance(b, List):
            self.list(c, b, 0, ctx)
        elif isinstance(b, FactTable):
            self.facts(c, b)
        elif isinstance(b, Figure):
            self.figure(c, b)
        elif isinstance(b, Callout):
            self.callout(c, b)
        elif isinstance(b, PageBreak):
            self.break_pending = True
        elif isinstance(b, TOC):
            self.toc(c, b)
        elif isinstance(b, Rule):
            self.para(c, "Horizontal Rule")
        else:
            raise RenderError(f"the DOCX writer has no translation for {type(b).__name__}")

    def flush_break(self, c: Any) -> None:
        """A pending page break before a table: tables cannot carry pageBreakBefore, so an
        empty paragraph holding a page break character goes first."""
        if self.break_pending and c is self.doc:
            self.break_pending = False
            p = self.para(c, "Normal")
            p.add_run()._r.append(_el("w:br", **{"w:type": "page"}))

    def list(self, c: Any, lst: List, depth: int, ctx: str) -> None:
        level = min(depth, 2)
        suffix = "" if level == 0 else f" {level + 1}"
        if ctx == "cell" and not lst.ordered:
            style = "Fact List" + suffix
        else:
            style = ("List Number" if lst.ordered else "List Bullet") + suffix
        cont = "List Continue" + suffix
        numpr = None
        if lst.ordered:
            base = self.st.list_numbering(style)
            if base is not None:
                num_id, ilvl = base
                numpr = (self.st.numbering.restart(num_id, ilvl, lst.start), ilvl)
        for item in lst.items:
            blocks = list(item.blocks)
            # The item's bullet or number sits on its first paragraph; an item that opens
            # with something else (a nested list) gets an empty numbered paragraph first.
            first = blocks.pop(0) if blocks and isinstance(blocks[0], Paragraph) else Paragraph([])
            p = self.para(c, style, first.runs)
            if numpr is not None:
                ppr = p._p.get_or_add_pPr()
                num = _el("w:numPr")
                num.append(_el("w:ilvl", **{"w:val": str(numpr[1])}))
                num.append(_el("w:numId", **{"w:val": str(numpr[0])}))
                anchor = ppr.find(qn("w:pageBreakBefore"))
                (anchor if anchor is not None else ppr.find(qn("w:pStyle"))).addnext(num)
            for blk in blocks:
                if isinstance(blk, Paragraph):
                    self.para(c, cont, blk.runs)
                elif isinstance(blk, List):
                    self.list(c, blk, depth + 1, ctx)
                else:
                    self.block(c, blk, ctx)

    def _table(self, c: Any, rows: int, widths: list[int], style: str) -> Any:
        self.flush_break(c)
        indent = self._table_indent(style)
        table = c.add_table(rows=rows, cols=len(widths))
        tbl = table._tbl
        tblpr = tbl.tblPr
        for child in list(tblpr):
            tblpr.remove(child)
        tblpr.append(_el("w:tblStyle", **{"w:val": self.st.id(style)}))
        # Widths are shares of the text width (fiftieths of a percent), so a table keeps
        # spanning the page when a user changes the margins or the paper size in Word.
        shares = [round(5000 * w / sum(widths)) for w in widths[:-1]]
        shares.append(5000 - sum(shares))
        tblpr.append(_el("w:tblW", **{"w:w": "5000", "w:type": "pct"}))
        # The table's edge (and the callout's bar) sits on the page margin, as in the PDF.
        tblpr.append(_el("w:tblInd", **{"w:w": str(indent), "w:type": "dxa"}))
        tblpr.append(_el("w:tblLayout", **{"w:type": "fixed"}))
        tblpr.append(_el("w:tblLook", **{"w:val": "0680", "w:firstRow": "0", "w:lastRow": "0",
                                         "w:firstColumn": "1", "w:lastColumn": "0",
                                         "w:noHBand": "1", "w:noVBand": "1"}))
        grid = tbl.tblGrid
        for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
            gc.set(qn("w:w"), str(w))
        for row in table.rows:
            for cell, share in zip(row.cells, shares):
                tcpr = cell._tc.get_or_add_tcPr()
                for child in list(tcpr):
                    tcpr.remove(child)
                tcpr.append(_el("w:tcW", **{"w:w": str(share), "w:type": "pct"}))
        return table

    def _table_indent(self, style: str) -> int:
        """tblInd that puts the table's border on the margin.

        Word 2013 (compatibility mode 15) measures tblInd to the border; earlier modes
        measure it to the first cell's text, so there the indent is the style's left cell
        margin (Word's default 108 twips when the style sets none).
        """
        if _compat_mode(self.doc) >= 15:
            return 0
        el = self.st.root.find(f"{qn('w:style')}[@{qn('w:styleId')}='{self.st.id(style)}']")
        mar = el.find(f"{qn('w:tblPr')}/{qn('w:tblCellMar')}/{qn('w:left')}") if el is not None else None
        if mar is None and el is not None:
            mar = el.find(f"{qn('w:tblPr')}/{qn('w:tblCellMar')}/{qn('w:start')}")
        try:
            return int(mar.get(qn("w:w"))) if mar is not None else 108
        except (TypeError, ValueError):
            return 108

    @staticmethod
    def _empty_cell(cell: Any) -> None:
        for p in list(cell._tc.findall(qn("w:p"))):
            cell._tc.remove(p)

    def facts(self, c: Any, t: FactTable) -> None:
        if t.caption:
            p = self.para(c, "Facts Heading", [Text(t.caption)])
            self._bookmark(p, self.bookmarks[id(t)])
        label_w = min(round(self.width * 0.3), round(48 / 25.4 * _TWIPS_PER_INCH))
        table = self._table(c, len(t.rows), [label_w, self.width - label_w], "Key Facts Table")
        for row, fact in zip(table.rows, t.rows):
            label, value = row.cells
            self._empty_cell(label)
            self._empty_cell(value)
            self.para(label, "Fact Label", fact.label)
            with self._narrower(label_w + 2 * _CELL_MARGIN_GUESS):
                self.blocks(value, fact.value, "cell")
            if not value._tc.findall(qn("w:p")):
                self.para(value, "Fact Value")
        self._after_table(c)

    @contextlib.contextmanager
    def _narrower(self, by: int) -> Iterator[None]:
        """Inside a table cell the text is narrower; a figure there is sized to fit it."""
        saved = self.width
        self.width = max(_TWIPS_PER_INCH, saved - by)
        try:
            yield
        finally:
            self.width = saved

    def _after_table(self, c: Any) -> None:
        """Word merges two adjacent tables into one; an empty paragraph keeps them apart."""
        self.para(c, "Spacer")

    def callout(self, c: Any, co: Callout) -> None:
        table = self._table(c, 1, [self.width], "Callout Box")
        cell = table.rows[0].cells[0]
        self._empty_cell(cell)
        if co.title:
            self.para(cell, "Callout Title", [Text(co.title)])
        with self._narrower(4 * _CELL_MARGIN_GUESS):
            self.blocks(cell, co.blocks, "callout")
        if not cell._tc.findall(qn("w:p")):
            self.para(cell, "Callout Text")
        self._after_table(c)

    def figure(self, c: Any, f: Figure) -> None:
        chart = f.rendered
        if chart is None:
            return
        png = getattr(chart, "png", None)
        if not png:
            raise RenderError(f"{f.label()} ({f.chart}) has no PNG rendering for the DOCX")
        width_in = min(self.width / _TWIPS_PER_INCH, float(chart.width_in))
        height_in = float(chart.height_in) * width_in / float(chart.width_in)
        p = self.para(c, "Figure")
        run = p.add_run()
        try:
            run.add_picture(io.BytesIO(png), width=Emu(round(width_in * _EMU_PER_INCH)),
                            height=Emu(round(height_in * _EMU_PER_INCH)))
        except Exception as exc:
            raise RenderError(f"{f.label()} ({f.chart}): cannot embed its PNG: {exc}") from None
        doc_pr = run._r.find(".//" + qn("wp:docPr"))
        if doc_pr is not None:
            alt = self.clean(getattr(chart, "alt", "") or plain(f.caption))
            doc_pr.set("descr", alt)
            doc_pr.set("name", f"{f.label()}")
        cap = self.para(c, "Caption")
        self.figure_seq += 1
        bold = Text("", bold=True)
        self._run(cap, bold, "Figure ")
        instr = "SEQ Figure \\* ARABIC"
        if f.number != self.figure_seq:  # a figure left out: keep Word's count on the label
            instr = f"SEQ Figure \\r {f.number} \\* ARABIC"
            self.figure_seq = f.number
        rpr = _el("w:rPr")
        rpr.append(_el("w:b"))
        for r in _field_runs(instr, str(f.number), rpr):
            cap._p.append(r)
        self._run(cap, bold, ". ")
        self.runs(cap, list(f.caption))

    def toc(self, c: Any, t: TOC) -> None:
        """A real TOC field. Its cached result lists the headings (linked, without page
        numbers, which only a layout knows); Word rebuilds it with page numbers on open
        because the field is marked dirty and settings ask for updateFields. Like Word's
        own, it sits in a "Table of Contents" content control, so Word offers its
        "Update Table" button on it."""
        heading = self.para(c, "TOC Heading", [Text(t.title)])
        depth = max(1, min(t.depth, 9))
        entries = self.toc_entries or [(1, "", "")]
        field = _field_runs(f'TOC \\o "1-{depth}" \\h \\z \\u', "", dirty=True)
        begin, instr, sep, _result, end = field
        for i, (level, text, name) in enumerate(entries):
            p = self.para(c, f"TOC {min(level, 3)}")
            if i == 0:
                for r in (begin, instr, sep):
                    p._p.append(r)
            if text:
                link = _el("w:hyperlink", **{"w:anchor": name, "w:history": "1"})
                p._p.append(link)
                self._run(p, Text(text), text, parent=link)

            if i == len(entries) - 1:
                p._p.append(end)
        sdt = parse_xml(
            f'<w:sdt {nsdecls("w")}><w:sdtPr><w:docPartObj><w:docPartGallery w:val="Table of Contents"/>'
            "<w:docPartUnique/></w:docPartObj></w:sdtPr><w:sdtContent/></w:sdt>"
        )
        heading._p.addprevious(sdt)
        content = sdt.find(qn("w:sdtContent"))
        while sdt.getnext() is not None and sdt.getnext().tag == qn("w:p"):
            content.append(sdt.getnext())
        self.para(c, "Spacer")  # the PDF's gap between the contents and what follows


# ------------------------------------------------------------------ page furniture
def _has_content(part_el: Any) -> bool:
    return any(el.text for el in part_el.iter(qn("w:t"))) or any(
        True for tag in ("w:instrText", "w:fldSimple", "w:drawing") for _ in part_el.iter(qn(tag))
    )


def _reference_has_furniture(section: Any) -> bool:
    for hf in (section.header, section.footer, section.first_page_header, section.first_page_footer,
               section.even_page_header, section.even_page_footer):
        if not hf.is_linked_to_previous and _has_content(hf._element):
            return True
    return False


def _page_setup(section: Any, theme: Theme) -> None:
    w, h = theme.page_mm
    top, right, bottom, left = theme.margins_mm
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Mm(w), Mm(h)
    section.top_margin, section.right_margin = Mm(top), Mm(right)
    section.bottom_margin, section.left_margin = Mm(bottom), Mm(left)
    section.header_distance = Mm(max(4.0, top - 12.0))
    section.footer_distance = Mm(max(4.0, bottom - 14.0))
    section.gutter = 0


def _logo(p: DocxParagraph, path: str) -> None:
    """The theme's logo, fitted into 25 x 10 mm like the PDF's first-page logo."""
    from docx.image.image import Image as DocxImage

    try:
        img = DocxImage.from_file(path)
        w_in = img.px_width / (img.horz_dpi or 72)
        h_in = img.px_height / (img.vert_dpi or 72)
        scale = min(25 / 25.4 / w_in, 10 / 25.4 / h_in)
        p.add_run().add_picture(path, width=Emu(round(w_in * scale * _EMU_PER_INCH)),
                                height=Emu(round(h_in * scale * _EMU_PER_INCH)))
    except Exception as exc:  # unsupported or broken image file
        raise RenderError(f"cannot place the logo in the DOCX: {exc}", file=path) from None
    doc_pr = p._p.find(".//" + qn("wp:docPr"))
    if doc_pr is not None:
        doc_pr.set("descr", "Logo")
        doc_pr.set("name", "Logo")


def _furniture(tr: _Translator, section: Any, document: Document, theme: Theme) -> None:
    """Header: short title and organisation; footer: date of information, Page X of Y.

    The first page shows only the marking (the title block is right there) and names the
    organisation in the footer, as the PDF does.
    """
    meta = document.meta
    section.different_first_page_header_footer = True

    def fill(hf: Any, first: bool, footer: bool) -> None:
        hf.is_linked_to_previous = False
        el = hf._element
        for child in list(el):
            el.remove(child)
        if theme.marking and not footer:
            tr.para(hf, "Marking", [Text(theme.marking)])
        if first and not footer and theme.logo:
            _logo(tr.para(hf, "Header Logo"), theme.logo)
        if footer:
            # The date as readers see it, worded as the PDF words it (Meta.date_text).
            date_text = getattr(meta, "date_text", meta.date)
            left = f"Information as of {date_text}" if meta.date else meta.short_title
            if theme.organisation and first:
                left = f"{theme.organisation} · {left}"
            p = tr.para(hf, "Footer", [Text(left + "\t" + "Page ")])
            for r in _field_runs("PAGE \\* ARABIC", "1"):
                p._p.append(r)
            p.add_run(" of ")
            for r in _field_runs("NUMPAGES \\* ARABIC", "1"):
                p._p.append(r)
        elif not first:
            text = meta.short_title + (f"\t{theme.organisation}" if theme.organisation else "")
            tr.para(hf, "Header", [Text(text)])
        if theme.marking and footer:
            tr.para(hf, "Marking", [Text(theme.marking)])
        if not el.findall(qn("w:p")):  # Word needs one paragraph in every header and footer
            tr.para(hf, "Normal")

    fill(section.header, False, False)
    fill(section.first_page_header, True, False)
    fill(section.footer, False, True)
    fill(section.first_page_footer, True, True)


# ------------------------------------------------------------------ document-level parts
def _core(value: str, limit: int = 255) -> str:
    """Word's core properties hold at most 255 characters; a long title is cut there (with an
    ellipsis) rather than failing the build. The document body keeps the full title."""
    return value if len(value) <= limit else value[: limit - 1].rstrip() + "…"


def _core_properties(doc: Any, document: Document, theme: Theme, tr: _Translator) -> None:
    meta = document.meta
    cp = doc.core_properties
    when = document_datetime(meta.date)
    cp.title = _core(tr.clean(meta.title))
    cp.subject = _core(tr.clean(meta.subject))
    cp.author = _core(tr.clean(theme.author))
    cp.last_modified_by = _core(tr.clean(theme.author))
    cp.keywords = _core(tr.clean(", ".join(meta.keywords)))
    cp.language = meta.language or theme.language
    cp.category = meta.length
    cp.comments = ""
    cp.created = when
    cp.modified = when
    cp.revision = 1
    # Never printed: drop a date a reference document may carry.
    for el in cp._element.findall(qn("cp:lastPrinted")):
        cp._element.remove(el)


_APP_XML = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
    'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
    "<Template>Normal.dotm</Template><Application>briefkit</Application><DocSecurity>0</DocSecurity>"
    "<ScaleCrop>false</ScaleCrop><Company>{company}</Company><LinksUpToDate>false</LinksUpToDate>"
    "<SharedDoc>false</SharedDoc><HyperlinksChanged>false</HyperlinksChanged></Properties>"
)


def _app_properties(doc: Any, theme: Theme, tr: _Translator) -> None:
    """Extended properties that tell the truth: made by briefkit, for the theme's
    organisation, with no stale page or word counts from a template."""
    from xml.sax.saxutils import escape

    for rel in doc.part.package.rels.values():
        if rel.reltype == RT.EXTENDED_PROPERTIES and not rel.is_external:
            rel.target_part._blob = _APP_XML.format(company=escape(tr.clean(theme.organisation))).encode("utf-8")


def _set_language(doc: Any, lang: str) -> None:
    """Spell-checking language for the whole document, via the document defaults."""
    root = doc.styles.element
    dd = root.find(qn("w:docDefaults"))
    if dd is None:
        dd = _el("w:docDefaults")
        root.insert(0, dd)
    rpd = dd.find(qn("w:rPrDefault"))
    if rpd is None:
        rpd = _el("w:rPrDefault")
        dd.insert(0, rpd)
    rpr = rpd.find(qn("w:rPr"))
    if rpr is None:
        rpr = _el("w:rPr")
        rpd.append(rpr)
    old = rpr.find(qn("w:lang"))
    if old is not None:
        rpr.remove(old)
    rpr.append(_el("w:lang", **{"w:val": lang, "w:eastAsia": lang, "w:bidi": lang}))


_COMPAT_URI = "http://schemas.microsoft.com/office/word"


def _compat_setting(doc: Any) -> Any:
    settings = doc.settings.element
    compat = settings.find(qn("w:compat"))
    if compat is None:
        return None
    for cs in compat.findall(qn("w:compatSetting")):
        if cs.get(qn("w:name")) == "compatibilityMode":
            return cs
    return None


def _compat_mode(doc: Any) -> int:
    """Word's layout compatibility mode; a file that declares none is laid out as Word 2007."""
    cs = _compat_setting(doc)
    try:
        return int(cs.get(qn("w:val"))) if cs is not None else 12
    except (TypeError, ValueError):
        return 12


def _modern_compat(doc: Any) -> None:
    """Lay the default document out as current Word does (mode 15), so Word opens it
    without the "Compatibility Mode" banner."""
    cs = _compat_setting(doc)
    if cs is not None:
        cs.set(qn("w:val"), "15")


def _update_fields_on_open(doc: Any) -> None:
    """Ask Word to fill the TOC (and page references) when it opens the file."""
    settings = doc.settings.element
    if settings.find(qn("w:updateFields")) is not None:
        return
    uf = _el("w:updateFields", **{"w:val": "true"})
    # CT_Settings is a sequence: updateFields must precede these siblings.
    later = {qn(f"w:{t}") for t in _SETTINGS_AFTER_UPDATE_FIELDS}
    anchor = next((child for child in settings if child.tag in later), None)
    if anchor is not None:
        anchor.addprevious(uf)
    else:
        settings.append(uf)


_SETTINGS_AFTER_UPDATE_FIELDS = (
    "hdrShapeDefaults", "footnotePr", "endnotePr", "compat", "docVars", "rsids", "mathPr",
    "attachedSchema", "themeFontLang", "clrSchemeMapping", "doNotIncludeSubdocsInStats",
    "doNotAutoCompressPictures", "forceUpgrade", "captions", "readModeInkLockDown", "smartTagType",
    "schemaLibrary", "shapeDefaults", "doNotEmbedSmartTags", "decimalSymbol", "listSeparator",
)


def _declare_fonts(doc: Any, theme: Theme) -> None:
    """List briefkit's fonts in the font table with their family class, so Word on a machine
    without them substitutes a serif for the body and a sans for headings, not any face."""
    from lxml import etree

    try:
        part = doc.part.part_related_by(RT.FONT_TABLE)
    except KeyError:
        return
    try:
        root = etree.fromstring(part.blob)
    except etree.XMLSyntaxError:
        return
    fonts = docx_fonts(theme.fonts)
    known = {f.get(qn("w:name")) for f in root.findall(qn("w:font"))}
    changed = False
    for name, family, pitch in ((fonts.body, "roman", "variable"), (fonts.heading, "swiss", "variable"),
                                (fonts.mono, "modern", "fixed")):
        if name in known:
            continue
        font = etree.SubElement(root, qn("w:font"))
        font.set(qn("w:name"), name)
        etree.SubElement(font, qn("w:family")).set(qn("w:val"), family)
        etree.SubElement(font, qn("w:pitch")).set(qn("w:val"), pitch)
        known.add(name)
        changed = True
    if changed:
        part._blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def _theme_fonts(doc: Any, theme: Theme) -> None:
    """Word's theme fonts ("Headings" and "Body" in its font menu) name briefkit's fonts,
    so text a user adds with theme fonts matches the brief."""
    from xml.sax.saxutils import quoteattr

    try:
        part = doc.part.part_related_by(RT.THEME)
    except KeyError:
        return
    fonts = docx_fonts(theme.fonts)
    xml = part.blob.decode("utf-8")
    for slot, name in (("majorFont", fonts.heading), ("minorFont", fonts.body)):
        xml = re.sub(rf"(<a:{slot}>\s*<a:latin typeface=)(\"[^\"]*\")", lambda m: m[1] + quoteattr(name), xml, count=1)
    part._blob = xml.encode("utf-8")


def _base(options: WriteOptions) -> tuple[Any, _Styles, bool]:
    theme = options.theme
    if options.reference_docx is not None:
        path = Path(options.reference_docx)
        doc = _open_reference(path)
        _clear_body(doc)
        sect_pr = doc.element.body.get_or_add_sectPr()
        if sect_pr.find(qn("w:pgSz")) is None:  # no page setup of its own: the theme's
            _page_setup(doc.sections[-1], theme)
        styles = _Styles(doc, theme, replace_all=False, source=path)
        return doc, styles, True
    doc = docx.Document()
    _drop_template_leftovers(doc)
    _modern_compat(doc)
    _theme_fonts(doc, theme)
    _clear_body(doc)
    styles = _Styles(doc, theme, replace_all=True, source=None)
    _page_setup(doc.sections[-1], theme)
    return doc, styles, False


def _width_twips(section: Any, theme: Theme) -> int:
    try:
        w = section.page_width - section.left_margin - section.right_margin
        return max(1440, round(w / 635))  # EMU -> twips
    except TypeError:
        return text_width_twips(theme)


def _number_drawings(doc: Any) -> None:
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


def _save(doc: Any) -> bytes:
    buf = io.BytesIO()
    try:
        doc.save(buf)
    except Exception as exc:
        raise RenderError(f"cannot write the DOCX: {exc}") from None
    return normalise_zip(buf.getvalue())


class DocxWriter:
    suffix = ".docx"

    def write(self, document: Document, options: WriteOptions) -> bytes:
        return self._write(document, options, furniture=True)

    def _write(self, document: Document, options: WriteOptions, furniture: bool,
               update_fields: bool = True) -> bytes:
        theme = options.theme
        doc, styles, from_reference = _base(options)
        section = doc.sections[-1]
        tr = _Translator(doc, document, theme, styles, _width_twips(section, theme))
        tr.blocks(doc, document.blocks)
        if furniture and not (from_reference and _reference_has_furniture(section)):
            _furniture(tr, section, document, theme)
        _core_properties(doc, document, theme, tr)
        _app_properties(doc, theme, tr)
        _set_language(doc, document.meta.language or theme.language)
        _declare_fonts(doc, theme)
        _number_drawings(doc)
        if update_fields and any(isinstance(b, TOC) for b in document.blocks):
            _update_fields_on_open(doc)
        if tr.dropped:
            warnings.warn(
                f"dropped {tr.dropped} character(s) that XML cannot carry from "
                f"{document.meta.short_title or document.meta.title!r}",
                DocxTextWarning, stacklevel=3,
            )
        return _save(doc)


def default_reference_docx(theme: Theme = DEFAULT_THEME) -> bytes:
    """The reference document to restyle: every briefkit style, shown once in sample text
    that names it.

    Its body is cleared when it is used, so the samples only help a user find and edit the
    styles; its headers are left empty so briefkit fills them per document, and it asks
    Word for no field update (nothing in it needs one).
    """
    from dataclasses import dataclass

    from ..document.nodes import Callout as C, FactRow, ListItem, Meta

    @dataclass(frozen=True)
    class _Swatch:
        png: bytes
        width_in: float = 2.0
        height_in: float = 0.5
        alt: str = "Figure style: a picture sits in a paragraph of this style"

    t = Text
    sample = Document(
        Meta(title="briefkit reference document", short_title="Reference", subject="Styles", date="2000-01-01"),
        [
            TitleBlock([t("Title")], [[t("Subtitle")]]),
            TOC("TOC Heading", 3),
            Heading(1, [t("Heading 1")], "h1"),
            Paragraph([t("Lead")], "lead"),
            Paragraph([t("Body Text with a "), t("Hyperlink", href="https://example.org"),
                       t(", "), t("Verbatim Char", code=True), t(", "), t("bold", bold=True), t(" and "),
                       t("italic", italic=True), t(" text.")]),
            Heading(2, [t("Heading 2")], "h2"),
            Heading(3, [t("Heading 3")], "h3"),
            List([ListItem([Paragraph([t("List Bullet")]),
                            List([ListItem([Paragraph([t("List Bullet 2")]),
                                            List([ListItem([Paragraph([t("List Bullet 3")])])])])])])]),
            List([ListItem([Paragraph([t("List Number")]), Paragraph([t("List Continue")]),
                            List([ListItem([Paragraph([t("List Number 2")])])], ordered=True)])],
                 ordered=True),
            Paragraph([t("Quote")], "quote"),
            Figure("swatch", {}, [t("Caption")], 1, _Swatch(_swatch_png(theme.colours.accent))),
            FactTable([FactRow([t("Fact Label")], [Paragraph([t("Fact Value")]),
                                                   List([ListItem([Paragraph([t("Fact List")])])])])],
                      "Facts Heading"),
            C("summary", "Callout Title", [Paragraph([t("Callout Text")])]),
            Paragraph([t("Small Text")], "small"),
            Rule(),
        ],
    )
    return DocxWriter()._write(sample, WriteOptions(theme=theme), furniture=False, update_fields=False)


def _swatch_png(colour: str) -> bytes:
    """A small solid PNG in the accent colour, so the reference shows the Figure style."""
    import struct
    import zlib

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    rgb = bytes.fromhex(colour.lstrip("#")[:6].ljust(6, "0"))
    width, height = 80, 20
    raw = (b"\x00" + rgb * width) * height
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))
