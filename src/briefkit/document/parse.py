"""Parse brief markup (CommonMark + `:::` directives) into a Document.

The markup is what templates write: plain Markdown for prose, headings and lists, plus a
few fenced directives for the things Markdown lacks::

    ::: title            -> TitleBlock (first heading = name, following paragraphs = lines)
    ::: summary Title    -> Callout(kind="summary")
    ::: note Title       -> Callout(kind="note")
    ::: facts Caption    -> FactTable; each top-level item is "**Label** value" + sub-list
    ::: figure NAME k=v  -> Figure(chart=NAME, options), inner paragraph = caption;
                            `place=here` keeps it in its section (`Figure.floats`)
    ::: toc Title        -> TOC
    ::: pagebreak        -> PageBreak
    ::: small            -> its paragraphs in the small print style (source lines)

A GitHub-style pipe table (a header row, a `| --- |` rule, then rows) becomes a Table.

Raw HTML is off, so `<b>` in a seed is text; the parser never sees seed text unescaped. In a
table cell an escaped pipe (`\\|`) is a character of the cell, not a column boundary, so a
seed's `|` can neither split a cell nor add a column.
"""
from __future__ import annotations

from .. import recache as re

from ..errors import TemplateError
from ..heap import per_unit
from ..text import slugify
from .columns import split_wide
from .nodes import (
    TOC, Block, Callout, Document, FactRow, FactTable, Figure, Heading, List, ListItem, Meta,
    PageBreak, Paragraph, Rule, Table, Text, TitleBlock, plain,
)

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing at run time
if TYPE_CHECKING:
    from typing import Any

class DirectiveError(TemplateError):
    """A `:::` directive the template wrote is malformed; `directive` is its info line, so
    the caller, who knows the template, can find the line that wrote it."""

    def __init__(self, message: str, directive: str) -> None:
        super().__init__(message)
        self.directive = directive.strip()


DIRECTIVES = ("title", "summary", "note", "facts", "figure", "toc", "pagebreak", "small")
_DIRECTIVE_SET = frozenset(DIRECTIVES)
# The one container rule's name: its nodes are "container_directive", and the directive is the
# first word of the node's info line (`_directive_name`).
_CONTAINER = "directive"


def _directive_name(params: str) -> str:
    """The directive a `:::` line names: its first word, as the container plugin's own check
    reads it."""
    return params.strip().split(" ", 2)[0]


def _is_directive(params: str, *_args: Any) -> bool:
    return _directive_name(params) in _DIRECTIVE_SET


def _markdown():
    """The markup parser: CommonMark, tables, and one container rule for every directive.

    Why one rule and not one per directive: the block parser asks every container rule of
    every line it starts (and, to end a paragraph, of every line of one), so eight rules cost
    eight calls a line, a tenth of a parse. A `:::` line opens a container when its first word
    is a directive, which is what the eight rules checked one name at a time, so the tree is
    the same; the directive is read from the node's info line instead of its type."""
    from markdown_it import MarkdownIt
    from mdit_py_plugins.container import container_plugin

    md = MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": False})
    md.disable(["html_block", "html_inline", "image"])
    md.enable("table")
    md.use(container_plugin, name=_CONTAINER, validate=_is_directive)
    return md


_MD = None


def _md():
    global _MD
    if _MD is None:
        _MD = _markdown()
    return _MD


_BLOCKS = None


def _md_blocks():
    """The parser of `_markdown` without its inline core rules: block structure only, each
    inline token's text left for `_runs` to parse."""
    global _BLOCKS
    if _BLOCKS is None:
        _BLOCKS = _markdown()
        active = _BLOCKS.core.ruler.get_active_rules()
        _BLOCKS.core.ruler.disable(active[active.index("block") + 1:])
    return _BLOCKS


# The runs of an inline token's text, by text: the inline rules of `_markdown` and `_inline`.
#
# Why: the fit step composes a length at several detail levels and parses each markup, and
# one level differs from the next by a few sentences; the inline parse of every heading,
# paragraph and cell (emphasis, links, escapes, then the runs made of them) was a third of a
# parse, repeated for text parsed a moment before. A text's runs depend on the text alone
# once the markup defines no link references (a `[label]: url` line), which is the only
# state the block parse hands the inline rules; a markup that defines some is parsed whole.
# Runs are immutable (`Text` is frozen); each caller gets its own list. Emptied as a batch
# worker starts the next seed (`heap.per_unit`), and bounded for a single build.
_RUNS: dict[str, tuple[Text, ...]] = {}
_RUNS_MAX = 8192
per_unit(_RUNS.clear)


def _runs(content: str) -> list[Text]:
    hit = _RUNS.get(content)
    if hit is None:
        from markdown_it.rules_core import StateCore
        from markdown_it.token import Token
        from markdown_it.tree import SyntaxTreeNode

        md = _md()
        token = Token("inline", "", 0, content=content, children=[])
        state = StateCore("", md, {})
        state.tokens = [token]
        active = md.core.ruler.get_active_rules()
        rules = md.core.ruler.getRules("")
        for rule in rules[active.index("block") + 1:]:
            rule(state)
        hit = tuple(_inline(SyntaxTreeNode(state.tokens).children[0]))
        if len(_RUNS) >= _RUNS_MAX:
            _RUNS.clear()
        _RUNS[content] = hit
    return list(hit)


def _parse_value(raw: str) -> Any:
    if raw.lower() in ("none", "all"):
        return None
    if re.fullmatch(r"-?\d+", raw):
        return int(raw)
    if re.fullmatch(r"-?\d*\.\d+", raw):
        return float(raw)
    if raw.lower() in ("true", "false"):
        return raw.lower() == "true"
    return raw


def _directive_args(info: str, name: str) -> tuple[list[str], dict[str, Any]]:
    import shlex  # here: a Document read back from the build's cache parses no markup

    rest = info.strip()[len(name):].strip()
    try:
        words = shlex.split(rest) if rest else []
    except ValueError as exc:  # "No closing quotation"
        raise DirectiveError(f"::: {name}: {str(exc).lower()}", info) from None
    positional = [w for w in words if "=" not in w]
    options = {k: _parse_value(v) for k, v in (w.split("=", 1) for w in words if "=" in w)}
    return positional, options


def _inline(node) -> list[Text]:
    """Flatten an inline syntax tree into runs with emphasis flags."""
    runs: list[Text] = []

    def visit(n, bold=False, italic=False, href=None):
        t = n.type
        if t == "text":
            runs.append(Text(n.content, bold=bold, italic=italic, href=href))
        elif t == "code_inline":
            runs.append(Text(n.content, bold=bold, italic=italic, code=True, href=href))
        elif t == "softbreak":
            runs.append(Text(" ", bold=bold, italic=italic, href=href))
        elif t == "hardbreak":
            runs.append(Text("\n", bold=bold, italic=italic, href=href))
        elif t == "strong":
            for c in n.children:
                visit(c, True, italic, href)
        elif t == "em":
            for c in n.children:
                visit(c, bold, True, href)
        elif t == "link":
            for c in n.children:
                visit(c, bold, italic, n.attrs.get("href"))
        else:
            for c in n.children or []:
                visit(c, bold, italic, href)

    for child in node.children:
        visit(child)
    return _merge(runs)


def _merge(runs: list[Text]) -> list[Text]:
    out: list[Text] = []
    for r in runs:
        if not r.text:
            continue
        if out and (out[-1].bold, out[-1].italic, out[-1].code, out[-1].href) == (r.bold, r.italic, r.code, r.href):
            out[-1] = Text(out[-1].text + r.text, r.bold, r.italic, r.code, r.href)
        else:
            out.append(r)
    return out


def _inline_of(block_node) -> list[Text]:
    for c in block_node.children:
        if c.type == "inline":
            return _runs(c.content) if not c.children else _inline(c)
    return []


class _Builder:
    def __init__(self) -> None:
        self.anchors: set[str] = set()
        self.figures = 0

    def anchor(self, runs: list[Text]) -> str:
        base = "h-" + slugify(plain(runs))
        a, i = base, 2
        while a in self.anchors:
            a, i = f"{base}-{i}", i + 1
        self.anchors.add(a)
        return a

    def blocks(self, nodes) -> list[Block]:
        out: list[Block] = []
        for n in nodes:
            out.extend(self.block(n))
        return out

    def block(self, n) -> list[Block]:
        t = n.type
        if t == "heading":
            runs = _inline_of(n)
            return [Heading(int(n.tag[1]), runs, self.anchor(runs))]
        if t == "paragraph":
            return [Paragraph(_inline_of(n))]
        if t in ("bullet_list", "ordered_list"):
            start = int(n.attrs.get("start", 1)) if t == "ordered_list" else 1
            items = [ListItem(self.blocks(li.children)) for li in n.children]
            return [List(items, ordered=t == "ordered_list", start=start)]
        if t == "blockquote":
            paras = self.blocks(n.children)
            for p in paras:
                if isinstance(p, Paragraph):
                    p.style = "quote"
            return paras
        if t == "hr":
            return [Rule()]
        if t == "table":
            return split_wide(_table(n))
        if t in ("fence", "code_block"):
            return [Paragraph([Text(n.content.rstrip("\n"), code=True)])]
        if t == "container_" + _CONTAINER:
            return self.directive(_directive_name(n.info), n)
        return []

    def directive(self, name: str, n) -> list[Block]:
        positional, options = _directive_args(n.info, name)
        title = " ".join(positional) or None
        inner = self.blocks(n.children)
        if name == "title":
            heads = [b for b in inner if isinstance(b, Heading)]
            if not heads:
                raise DirectiveError("::: title needs a heading with the name", n.info)
            self.anchors.discard(heads[0].anchor)
            subtitle = [b.runs for b in inner if isinstance(b, Paragraph)]
            return [TitleBlock(heads[0].runs, subtitle)]
        if name in ("summary", "note"):
            return [Callout(name, title, inner)]
        if name == "facts":
            rows: list[FactRow] = []
            for lst in inner:
                if not isinstance(lst, List):
                    continue
                for item in lst.items:
                    rows.append(_fact_row(item))
            return [FactTable(rows, caption=title)] if rows else []
        if name == "figure":
            if not positional:
                raise DirectiveError("::: figure needs a chart name", n.info)
            caption = next((b.runs for b in inner if isinstance(b, Paragraph)), [])
            place = options.pop("place", "float")
            if place not in ("float", "here"):
                raise DirectiveError(f"::: figure: place must be float or here, not {place!r}", n.info)
            self.figures += 1
            return [Figure(positional[0], options, caption, self.figures, floats=place == "float")]
        if name == "toc":
            depth = options.get("depth", 2) or 2
            if not isinstance(depth, int) or not 1 <= depth <= 6:
                raise DirectiveError(f"::: toc: depth must be a whole number from 1 to 6, not {depth!r}", n.info)
            return [TOC(title or "Contents", depth)]
        if name == "pagebreak":
            return [PageBreak()]
        if name == "small":
            for b in inner:
                if isinstance(b, Paragraph):
                    b.style = "small"
            return inner
        return inner


def _table(n) -> Table:
    """A pipe table's syntax tree (table > thead/tbody > tr > th/td) as a Table: the head's
    row names the columns, every body row has one cell per column (the parser pads or cuts
    rows to the header's width)."""
    header: list[list[Text]] = []
    rows: list[list[list[Text]]] = []
    for part in n.children:
        for tr in part.children:
            cells = [_inline_of(cell) for cell in tr.children]
            if part.type == "thead":
                header = cells
            else:
                rows.append(cells)
    return Table(header, rows)


def _fact_row(item: ListItem) -> FactRow:
    """Split '**Label** value' (first paragraph of the item) into label and value blocks."""
    first = item.blocks[0] if item.blocks else Paragraph([])
    rest = item.blocks[1:]
    if isinstance(first, Paragraph) and first.runs and first.runs[0].bold:
        label = [Text(first.runs[0].text.strip().rstrip(":").strip())]
        value_runs = list(first.runs[1:])
        if value_runs:
            value_runs[0] = Text(value_runs[0].text.lstrip(" :"), value_runs[0].bold, value_runs[0].italic, value_runs[0].code, value_runs[0].href)
        value = ([Paragraph(value_runs)] if plain(value_runs).strip() else []) + rest
    else:
        label, value = [], item.blocks
    return FactRow(label, value)


def parse(markup: str, meta: Meta) -> Document:
    """Markup -> Document. Directive and structure errors become TemplateError."""
    nodes = _chunked_nodes(markup)
    if nodes is None:
        from markdown_it.tree import SyntaxTreeNode

        env: dict = {}
        tokens = _md_blocks().parse(markup, env)
        if env.get("references"):  # inline text may refer to them: parsed whole, as it reads
            tokens = _md().parse(markup)
        nodes = SyntaxTreeNode(tokens).children
    return Document(meta, _Builder().blocks(nodes))


# The block trees of markup chunks, by chunk text (`_chunked_nodes`).
#
# Why: a fit composes a length at several detail levels and fill steps and parses each markup;
# one differs from the next in a section or two, and the block parse of the rest (markdown-it's
# block rules and its syntax tree) was made again each time. A chunk runs from one top-level
# heading to the next, outside any `:::` directive, and its block tree depends on its own text
# alone: a top-level ATX heading ends whatever block came before it, and no state crosses it
# (link references, the one state the block parse hands on, make the markup parse whole; so
# does a fence, which could hold a line that looks like a heading). The trees are read, never
# changed: the Document is built from them afresh (`_Builder`, which numbers anchors and
# figures across the chunks in order). Emptied as a batch worker starts the next seed.
_TREES: dict[str, tuple] = {}
_TREES_MAX = 2048
per_unit(_TREES.clear)
_TOP_HEADING = re.compile(r"#{1,6}(?:[ \t]|$)")
_FENCE = re.compile(r"(?m)^[ \t]{0,3}(?:```|~~~)")


def _chunks(markup: str) -> list[str] | None:
    """`markup` cut before each top-level heading outside a directive; None when it holds a
    fence (see `_TREES`)."""
    if _FENCE.search(markup):
        return None
    out: list[str] = []
    start = pos = depth = 0
    for line in markup.splitlines(keepends=True):
        bare = line.strip()
        if bare.startswith(":::"):
            if bare == ":::":
                depth = max(0, depth - 1)
            elif _is_directive(bare[3:]):
                depth += 1
        elif depth == 0 and pos > start and _TOP_HEADING.match(line):
            out.append(markup[start:pos])
            start = pos
        pos += len(line)
    out.append(markup[start:])
    return out


def _chunked_nodes(markup: str) -> list | None:
    """The top-level block nodes of `markup`, chunk by chunk, each chunk's from `_TREES` when
    parsed before; None when the markup must be parsed whole (a fence, a link reference)."""
    chunks = _chunks(markup)
    if chunks is None:
        return None
    from markdown_it.tree import SyntaxTreeNode

    nodes: list = []
    for chunk in chunks:
        hit = _TREES.get(chunk)
        if hit is None:
            env: dict = {}
            tokens = _md_blocks().parse(chunk, env)
            if env.get("references"):
                return None
            hit = tuple(SyntaxTreeNode(tokens).children)
            if len(_TREES) >= _TREES_MAX:
                _TREES.clear()
            _TREES[chunk] = hit
        nodes.extend(hit)
    return nodes
