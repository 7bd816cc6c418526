"""Font names for Word: which families the DOCX asks for, and how Word is told about them.

The theme names font files (the PDF embeds them); Word names families. The DOCX asks for the
families of the same files, lists them in the font table with their family class so Word on a
machine without them substitutes sensibly, and makes Word's theme fonts name them too.
"""
from __future__ import annotations

from ... import recache as re
from functools import lru_cache
from pathlib import Path
from typing import Any

from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml.ns import qn

from ...records import record
from ...text import xml_quoteattr
from ...theme import Theme


@record(frozen=True)
class DocxFonts:
    """Font family names for Word (the theme names files; Word names families)."""

    body: str
    heading: str
    mono: str


def _family_name(path: str, fallback: str) -> str:
    """The family name stored in a TrueType file, so DOCX and PDF ask for the same face."""
    if not path:
        return fallback
    try:
        from fontTools.ttLib import TTFont

        with TTFont(path, fontNumber=0, lazy=True) as font:
            name = font["name"].getBestFamilyName()
        return name or fallback
    except Exception:  # a font the PDF writer can read is checked there; here a name is enough
        return Path(path).stem


@lru_cache(maxsize=8)
def docx_fonts(theme_fonts) -> DocxFonts:
    """Word font names for a theme: the families of its font files, DejaVu by default.

    DejaVu is what the PDF embeds by default, so a DOCX opened where DejaVu is installed
    (LibreOffice ships it) lays out like the PDF; elsewhere Word substitutes by the font
    family class written to the font table (roman / swiss / modern).
    """
    f = theme_fonts
    return DocxFonts(
        body=_family_name(f.body, "DejaVu Serif"),
        heading=_family_name(f.heading, "DejaVu Sans"),
        mono=_family_name(f.mono, "DejaVu Sans Mono"),
    )


def declare_fonts(doc: Any, theme: Theme) -> None:
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


def theme_fonts(doc: Any, theme: Theme) -> None:
    """Word's theme fonts ("Headings" and "Body" in its font menu) name briefkit's fonts,
    so text a user adds with theme fonts matches the brief."""
    try:
        part = doc.part.part_related_by(RT.THEME)
    except KeyError:
        return
    fonts = docx_fonts(theme.fonts)
    xml = part.blob.decode("utf-8")
    for slot, name in (("majorFont", fonts.heading), ("minorFont", fonts.body)):
        xml = re.sub(rf"(<a:{slot}>\s*<a:latin typeface=)(\"[^\"]*\")", lambda m: m[1] + xml_quoteattr(name), xml, count=1)
    part._blob = xml.encode("utf-8")
