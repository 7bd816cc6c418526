"""Hand-built Documents and small helpers for the DOCX writer tests.

The Documents are made from node constructors and `parse`, never from a seed, so these
tests exercise only the writer. Helpers read the written package as XML, because what
Word and LibreOffice see is the XML, not python-docx's view of it.
"""
from __future__ import annotations

import dataclasses
import io
import os
import shutil
import struct
import subprocess
import zipfile
import zlib
from pathlib import Path

from lxml import etree

from briefkit.document import nodes as N
from briefkit.document.parse import parse
from briefkit.theme import DEFAULT_THEME, Theme
from briefkit.writers import WriteOptions
from briefkit.writers.docx import DocxWriter

NS = {
    "w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
    "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
    "wp": "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing",
    "a": "http://schemas.openxmlformats.org/drawingml/2006/main",
    "pic": "http://schemas.openxmlformats.org/drawingml/2006/picture",
    "cp": "http://schemas.openxmlformats.org/package/2006/metadata/core-properties",
    "dc": "http://purl.org/dc/elements/1.1/",
    "dcterms": "http://purl.org/dc/terms/",
    "rel": "http://schemas.openxmlformats.org/package/2006/relationships",
}
W = "{%s}" % NS["w"]


@dataclasses.dataclass(frozen=True)
class FakeChart:
    """Stands in for briefkit.charts.Chart: what the DOCX writer reads of a chart."""

    png: bytes
    width_in: float
    height_in: float
    alt: str
    svg: bytes | None = None
    name: str = "fake"


def tiny_png(width: int = 60, height: int = 30, rgb: tuple[int, int, int] = (31, 78, 121)) -> bytes:
    """A valid solid-colour PNG written by hand (no imaging library involved)."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    row = b"\x00" + bytes(rgb) * width
    raw = row * height
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    # pHYs: 300 dpi, as the chart stage writes its PNGs.
    phys = struct.pack(">IIB", 11811, 11811, 1)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"pHYs", phys)
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def meta(**kw) -> N.Meta:
    base = dict(title="Node Test Organisation", short_title="Node Test", subject="Test brief",
                keywords=["alpha", "beta"], language="en", date="2024-06-01", length="full")
    base.update(kw)
    return N.Meta(**base)


def every_node_document(chart: FakeChart | None = None) -> N.Document:
    """One of every node kind, with nesting (lists in lists, in cells, in callouts)."""
    t = N.Text
    chart = chart or FakeChart(tiny_png(), 2.0, 1.0, "A blue bar standing for a timeline")
    blocks: list[N.Block] = [
        N.TitleBlock([t("Node Test Organisation")], [[t("Also known as NTO")], [t("Snapshot · Information as of 2024-06-01")]]),
        N.TOC("Contents", 2),
        N.Callout("summary", "Bottom line", [
            N.Paragraph([t("Summary sentence one. "), t("Summary sentence two.", bold=True)]),
            N.List([N.ListItem([N.Paragraph([t("callout item")])])]),
        ]),
        N.FactTable([
            N.FactRow([t("Founded")], [N.Paragraph([t("March 2022")])]),
            N.FactRow([t("Allegiance")], [
                N.Paragraph([t("Ukraine")]),
                N.List([N.ListItem([N.Paragraph([t("sub value")]),
                                    N.List([N.ListItem([N.Paragraph([t("sub sub value")])])])])]),
            ]),
            N.FactRow([t("Empty")], []),
        ], "Key facts"),
        N.Heading(1, [t("Heading one")], "h-heading-one"),
        N.Paragraph([t("Lead paragraph of the brief.")], style="lead"),
        N.Paragraph([t("Plain "), t("bold", bold=True), t(" italic", italic=True), t(" code", code=True),
                     t(" external link", href="https://example.org/page?a=1&b=2"), t(" and "),
                     t("internal link", href="#h-heading-two"), t(".")]),
        N.Paragraph([t("Quoted words.")], style="quote"),
        N.List([N.ListItem([N.Paragraph([t("outer bullet")]),
                            N.List([N.ListItem([N.Paragraph([t("inner bullet")]),
                                                N.List([N.ListItem([N.Paragraph([t("innermost bullet")])])])])])]),
                N.ListItem([N.Paragraph([t("second bullet")]), N.Paragraph([t("continuation paragraph")])])]),
        N.List([N.ListItem([N.Paragraph([t("first numbered")])]),
                N.ListItem([N.Paragraph([t("second numbered")])])], ordered=True),
        N.List([N.ListItem([N.Paragraph([t("fifth numbered")])])], ordered=True, start=5),
        N.Table([[t("Unit")], [t("Formed")]], [[[t("First unit")], [t("1841")]], [[t("Second unit")], []]]),
        N.Figure("timeline", {}, [t("A caption for the chart.")], 1, chart),
        N.Figure("orgchart", {}, [t("Nothing to draw.")], 2, None),
        N.Figure("timeline", {}, [t("The third figure.")], 3, chart),
        N.Callout("note", None, [N.Paragraph([t("A note without a title.")])]),
        N.Rule(),
        N.PageBreak(),
        N.Heading(2, [t("Heading two")], "h-heading-two"),
        N.Heading(3, [t("Heading three")], "h-heading-three"),
        N.Paragraph([t("After the break.")]),
        N.Paragraph([t("Source: Example, CC BY-SA 4.0.")], style="small"),
    ]
    return N.Document(meta(), blocks)


def nested_lists_document() -> N.Document:
    """Body text, a bulleted list three levels deep with a continuation paragraph and a
    numbered sub-list, body text, a numbered list ending in a sub-list, body text."""
    t = N.Text

    def item(text, *inner):
        return N.ListItem([N.Paragraph([t(text)]), *inner])

    return N.Document(meta(), [
        N.Paragraph([t("Before.")]),
        N.List([item("alpha", N.List([item("bravo"), item("charlie", N.List([item("delta")]))])),
                item("echo", N.Paragraph([t("echo continued")]), N.List([item("foxtrot")], ordered=True)),
                item("golf")]),
        N.Paragraph([t("Between.")]),
        N.List([item("hotel"), item("india", N.List([item("juliet")]))], ordered=True),
        N.Paragraph([t("After.")]),
    ])


MARKUP = """
::: title
# Freedom of Russia Legion

Also known as Legion «Свобода России»

Brief · Information as of 1 June 2024
:::

::: summary Bottom line
The legion is a *Russian* volunteer unit. It fights **for Ukraine**.
:::

::: facts Key facts
- **Founded** March 2022
- **Allegiance** Ukraine
  - Armed Forces
  - International Legion
:::

# History

The lead paragraph with a [link](https://example.org/x) and `code`. A second sentence follows
it, long enough to wrap onto another line in both formats so that joins are tested too.

## Formation

1. First event of the formation.
2. Second event, with a nested list.
   - nested bullet
     - deeper bullet

> A quotation from a source.

# See also

- Item one

  Second paragraph of item one.
- Item two
"""


def parsed_document(markup: str = MARKUP, **meta_kw) -> N.Document:
    return parse(markup, meta(**{"title": "Freedom of Russia Legion", "short_title": "FRL", **meta_kw}))


def write(document: N.Document, theme: Theme = DEFAULT_THEME, reference: Path | None = None) -> bytes:
    return DocxWriter().write(document, WriteOptions(theme=theme, reference_docx=reference))


def part(data: bytes, name: str) -> etree._Element:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return etree.fromstring(z.read(name))


def part_names(data: bytes) -> list[str]:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return z.namelist()


def body(data: bytes) -> etree._Element:
    return part(data, "word/document.xml").find("w:body", NS)


def style_names(data: bytes) -> dict[str, str]:
    """styleId -> name, from styles.xml."""
    root = part(data, "word/styles.xml")
    return {s.get(W + "styleId"): s.find("w:name", NS).get(W + "val") for s in root.findall("w:style", NS)}


def para_text(p: etree._Element) -> str:
    return "".join(t.text or "" for t in p.iter(W + "t"))


def paragraphs_by_style(data: bytes) -> list[tuple[str, str]]:
    """(style name, text) of every body paragraph in order, including those in tables."""
    names = style_names(data)
    out = []
    for p in body(data).iter(W + "p"):
        ps = p.find("w:pPr/w:pStyle", NS)
        out.append((names.get(ps.get(W + "val"), "?") if ps is not None else "", para_text(p)))
    return out


def docx_body_text(path: Path) -> str:
    """Text of every body paragraph (tables and contents included) in document order, as a
    reader sees it: a tab in a contents entry is the dot leader before its page number."""
    root = body(path.read_bytes())
    out = []
    for p in root.iter(W + "p"):
        ps = p.find("w:pPr/w:pStyle", NS)
        leader = " . . . " if ps is not None and ps.get(W + "val", "").startswith("TOC") else " "
        text = "".join(leader if el.tag == W + "tab" else el.text or ""
                       for el in p.iter(W + "t", W + "tab") if el.getparent().tag == W + "r")
        out.append(" ".join(text.split()))
    return " ".join(out)


def style_of(data: bytes, text: str) -> str:
    """Style of the paragraph with exactly `text`, ignoring table-of-contents entries."""
    for style, t in paragraphs_by_style(data):
        if t == text and not style.startswith("toc "):
            return style
    raise AssertionError(f"no paragraph with text {text!r}")


def header_footer_parts(data: bytes) -> dict[str, etree._Element]:
    return {n: part(data, n) for n in part_names(data)
            if n.startswith(("word/header", "word/footer")) and n.endswith(".xml")}


def instr_texts(root: etree._Element) -> list[str]:
    return [" ".join((t.text or "").split()) for t in root.iter(W + "instrText")]


def minimal_docx(section: bool = True) -> bytes:
    """The smallest package Word accepts: no styles, numbering or settings parts at all."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("[Content_Types].xml", (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
            "</Types>"))
        z.writestr("_rels/.rels", (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            "</Relationships>"))
        z.writestr("word/document.xml", (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            f'<w:document xmlns:w="{NS["w"]}"><w:body><w:p><w:r><w:t>old</w:t></w:r></w:p>'
            + ('<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr>' if section else "")
            + "</w:body></w:document>"))
    return buf.getvalue()


# ------------------------------------------------------------------ LibreOffice
def libreoffice() -> str | None:
    return shutil.which("libreoffice") or shutil.which("soffice")


def convert_to_pdf(docx_paths: list[Path], out_dir: Path, profile: Path) -> dict[Path, Path]:
    """Convert with a private profile (parallel runs must not share one), removed afterwards;
    {docx: pdf}."""
    exe = libreoffice()
    assert exe, "LibreOffice is not installed"
    out_dir.mkdir(parents=True, exist_ok=True)
    env = {**os.environ, "HOME": str(profile)}
    try:
        proc = subprocess.run(
            [exe, f"-env:UserInstallation={profile.as_uri()}", "--headless", "--norestore",
             "--convert-to", "pdf", "--outdir", str(out_dir), *map(str, docx_paths)],
            capture_output=True, text=True, timeout=300, env=env,
        )
    finally:
        shutil.rmtree(profile, ignore_errors=True)
    assert proc.returncode == 0, proc.stderr
    out = {}
    for p in docx_paths:
        pdf = out_dir / (p.stem + ".pdf")
        assert pdf.is_file() and pdf.stat().st_size > 1000, (p, proc.stdout, proc.stderr)
        out[p] = pdf
    return out
