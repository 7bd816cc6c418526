"""The named Word styles briefkit's DOCX uses: their look, as WordprocessingML.

Why styles and not direct formatting: a Word user restyles a document by editing its
styles (or by passing a reference document whose styles win). Every paragraph, run and table
the DOCX writer emits therefore names a style from `style_defs`, and the look lives here, in
one table, derived from the same `Theme` the PDF writer reads. (`stylemap` puts these
definitions into a document; `numbering` holds the list definitions they hang on.)

The definitions are plain WordprocessingML, so they read like what Word itself stores in
styles.xml, and a style missing from a user's reference document can be added verbatim.
"""
from __future__ import annotations


from ...records import record
from ...theme import Theme
from ..measures import LIST_INDENT_PT
from .fonts import docx_fonts

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NSDECL = f'xmlns:w="{W_NS}"'
LIST_INDENT = round(LIST_INDENT_PT * 20)  # twips per nesting level: the PDF's (`writers.measures`)
LIST_LEVELS = 5  # list styles per kind: Word has "List Bullet" to "List Bullet 5"


@record(frozen=True)
class StyleDef:
    """One style: Word's UI name, its type and the XML that defines its look."""

    name: str
    style_id: str
    kind: str  # "paragraph", "character", "table"
    based_on: str | None = None  # UI name of the parent style
    next: str | None = None  # UI name of the style Word uses for the following paragraph
    ppr: str = ""
    rpr: str = ""
    extra: str = ""  # tblPr / tcPr / tblStylePr for table styles
    custom: bool = False  # not one of Word's built-in style names
    list_kind: str | None = None  # "bullet" / "number": style carries list numbering
    list_level: int = 0


def hex_colour(colour: str) -> str:
    return colour.lstrip("#").upper()


def rfonts(name: str) -> str:
    return f'<w:rFonts w:ascii="{name}" w:hAnsi="{name}" w:cs="{name}" w:eastAsia="{name}"/>'


def _pt(points: float) -> int:
    """Points -> twips (spacing, indents, tab positions)."""
    return round(points * 20)


def _hp(points: float) -> int:
    """Points -> half points (font sizes)."""
    return round(points * 2)


def _spacing(before: float | None = None, after: float | None = None, leading: float | None = None,
             rule: str = "atLeast") -> str:
    """<w:spacing> in points. Leading is "at least", as ReportLab's is exact: the DOCX then
    sets lines as tightly as the PDF (a snapshot stays one page) yet never clips a taller glyph.
    """
    attrs = []
    if before is not None:
        attrs.append(f'w:before="{_pt(before)}"')
    if after is not None:
        attrs.append(f'w:after="{_pt(after)}"')
    if leading is not None:
        attrs.append(f'w:line="{_pt(leading)}" w:lineRule="{rule}"')
    return f"<w:spacing {' '.join(attrs)}/>"


def text_width_twips(theme: Theme) -> int:
    return round(theme.frame_width_mm / 25.4 * 1440)


def style_defs(theme: Theme) -> list[StyleDef]:
    """Every style the writer uses, in the order they are added to styles.xml."""
    c = theme.colours
    fn = docx_fonts(theme.fonts)
    s = theme.fonts.body_size
    text, accent, muted, rule = hex_colour(c.text), hex_colour(c.accent), hex_colour(c.muted), hex_colour(c.rule)
    width = text_width_twips(theme)
    head = rfonts(fn.heading)

    defs: list[StyleDef] = [
        StyleDef("Normal", "Normal", "paragraph", ppr='<w:spacing w:after="0" w:line="240" w:lineRule="auto"/>',
                 rpr=f'{rfonts(fn.body)}<w:color w:val="{text}"/><w:sz w:val="{_hp(s)}"/><w:szCs w:val="{_hp(s)}"/>'),
        StyleDef("Body Text", "BodyText", "paragraph", "Normal", "Body Text",
                 ppr=f'<w:widowControl/>{_spacing(after=s * 0.6, leading=s * 1.38)}<w:jc w:val="both"/>'),
        StyleDef("Lead", "Lead", "paragraph", "Body Text", "Body Text", custom=True,
                 ppr=_spacing(after=s * 0.6, leading=s * 1.38 * 1.08),
                 rpr=f'<w:sz w:val="{_hp(s * 1.08)}"/><w:szCs w:val="{_hp(s * 1.08)}"/>'),
        StyleDef("Small Text", "SmallText", "paragraph", "Body Text", "Body Text", custom=True,
                 ppr=f'{_spacing(before=s * 0.6, after=0, leading=s * 1.05)}<w:jc w:val="left"/>',
                 rpr=f'<w:color w:val="{muted}"/><w:sz w:val="{_hp(s * 0.8)}"/><w:szCs w:val="{_hp(s * 0.8)}"/>'),
        # The line that introduces a list or a table ("The regiments are:", "Headquarters")
        # keeps with it: a page never ends on it with what it introduces on the next.
        StyleDef("List Intro", "ListIntro", "paragraph", "Body Text", "Body Text", custom=True, ppr="<w:keepNext/>"),
        StyleDef("Quote", "Quote", "paragraph", "Body Text", "Body Text",
                 ppr='<w:ind w:left="280" w:right="280"/>', rpr="<w:i/><w:iCs/>"),
        StyleDef("Title", "Title", "paragraph", "Normal", "Subtitle",
                 ppr=f'<w:keepNext/>{_spacing(after=s * 0.3, leading=s * 2.75)}',
                 rpr=f'{head}<w:b/><w:bCs/><w:color w:val="{accent}"/><w:kern w:val="28"/><w:sz w:val="{_hp(s * 2.3)}"/><w:szCs w:val="{_hp(s * 2.3)}"/>'),
        StyleDef("Subtitle", "Subtitle", "paragraph", "Normal", "Body Text",
                 ppr=f'<w:keepNext/>{_spacing(after=s * 0.15, leading=s * 1.3)}',
                 rpr=f'{head}<w:color w:val="{muted}"/><w:sz w:val="{_hp(s * 0.98)}"/><w:szCs w:val="{_hp(s * 0.98)}"/>'),
        StyleDef("Title Rule", "TitleRule", "paragraph", "Normal", "Body Text", custom=True,
                 ppr=f'<w:pBdr><w:bottom w:val="single" w:sz="12" w:space="1" w:color="{accent}"/></w:pBdr>'
                     f'{_spacing(before=s * 0.3, after=s * 0.9, leading=4, rule="exact")}',
                 rpr='<w:sz w:val="8"/><w:szCs w:val="8"/>'),
    ]
    sizes = {1: (1.45, 1.3, 0.45, accent), 2: (1.2, 1.0, 0.35, accent), 3: (1.05, 0.9, 0.3, text)}
    for level in range(1, 7):
        scale, before, after, colour = sizes[min(level, 3)]
        defs.append(StyleDef(
            f"Heading {level}", f"Heading{level}", "paragraph", "Normal", "Body Text",
            ppr=f'<w:keepNext/><w:keepLines/>{_spacing(before=s * before, after=s * after, leading=s * scale * 1.25)}'
                f'<w:outlineLvl w:val="{level - 1}"/>',
            rpr=f'{head}<w:b/><w:bCs/><w:color w:val="{colour}"/><w:sz w:val="{_hp(s * scale)}"/><w:szCs w:val="{_hp(s * scale)}"/>',
        ))
    # The key-facts caption looks like a Heading 2 but sits at the top outline level, as
    # in the PDF's bookmarks and contents.
    defs.append(StyleDef("Facts Heading", "FactsHeading", "paragraph", "Heading 2", "Body Text", custom=True,
                         ppr='<w:outlineLvl w:val="0"/>'))
    defs.append(StyleDef("TOC Heading", "TOCHeading", "paragraph", "Heading 1", "Normal",
                         ppr='<w:outlineLvl w:val="9"/>'))
    for level in range(1, 4):
        colour = text if level == 1 else muted
        size = s if level == 1 else s * 0.92
        defs.append(StyleDef(
            f"TOC {level}", f"TOC{level}", "paragraph", "Normal", "Normal",
            ppr=f'<w:tabs><w:tab w:val="right" w:leader="dot" w:pos="{width}"/></w:tabs>'
                f'{_spacing(after=s * 0.25, leading=s * 1.38)}<w:ind w:left="{(level - 1) * 280}"/>',
            rpr=f'<w:color w:val="{colour}"/><w:sz w:val="{_hp(size)}"/><w:szCs w:val="{_hp(size)}"/>',
        ))
    # Lists space like the PDF's: every paragraph of a list, at any level (an item, an item's
    # second paragraph), is followed by the PDF's 0.25 x body size, so a sub-list sits as
    # close to its item as the items sit to one another; the list as a whole is followed by a
    # body paragraph's space. Word's "don't add space between paragraphs of the same style"
    # (contextualSpacing) cannot do this: each level is a style of its own, so the full space
    # appeared wherever the level changed. The list's space after is carried instead by the
    # "End" variant of the style its last paragraph has (`list_end_style`; the writer picks
    # it), based on that style so it adds only the space: a look styles carry, with no direct
    # formatting on any paragraph. Without numbering of its own it keeps the bullets of the
    # style it is based on, a reference document's too.
    # Word names five levels of its list styles ("List Bullet" to "List Bullet 5"); a seed's
    # fourth-level list ("March 2024 incursion" under "2022-2023 attacks") keeps its indent.
    item_spacing, end_ppr = _spacing(after=s * 0.25, leading=s * 1.38), _spacing(after=s * 0.6)
    for kind, base in (("bullet", "List Bullet"), ("number", "List Number"), (None, "List Continue")):
        for level in range(LIST_LEVELS):
            name = base if level == 0 else f"{base} {level + 1}"
            # A continuation paragraph has no numbering to indent it: it carries its indent.
            indent = "" if kind else f'<w:ind w:left="{LIST_INDENT * (level + 1)}"/>'
            defs.append(StyleDef(name, name.replace(" ", ""), "paragraph", "Body Text", name,
                                 ppr=f'{item_spacing}{indent}<w:jc w:val="left"/>', list_kind=kind, list_level=level))
            end = list_end_style(name)
            defs.append(StyleDef(end, end.replace(" ", ""), "paragraph", name, "Body Text", custom=True, ppr=end_ppr))
    # In a table cell a list is set close (the cell's own padding follows it), as in the PDF.
    for level in range(LIST_LEVELS):
        name = "Fact List" if level == 0 else f"Fact List {level + 1}"
        defs.append(StyleDef(name, name.replace(" ", ""), "paragraph", "Fact Value", name, custom=True,
                             ppr=_spacing(after=0), list_kind="compact", list_level=level))
    defs += [
        StyleDef("Caption", "Caption", "paragraph", "Normal", "Body Text",
                 ppr=f'{_spacing(before=s * 0.3, after=s * 0.9, leading=s * 1.12)}',
                 rpr=f'<w:i/><w:iCs/><w:color w:val="{muted}"/><w:sz w:val="{_hp(s * 0.85)}"/><w:szCs w:val="{_hp(s * 0.85)}"/>'),
        StyleDef("Figure", "Figure", "paragraph", "Normal", "Caption", custom=True,
                 ppr=f'<w:keepNext/>{_spacing(before=s * 0.3, after=0)}<w:jc w:val="center"/>'),
        StyleDef("Fact Label", "FactLabel", "paragraph", "Normal", "Fact Label", custom=True,
                 ppr=f'<w:keepLines/>{_spacing(after=0, leading=s * 1.18)}<w:jc w:val="left"/>',
                 rpr=f'{head}<w:b/><w:bCs/><w:sz w:val="{_hp(s * 0.85)}"/><w:szCs w:val="{_hp(s * 0.85)}"/>'),
        StyleDef("Fact Value", "FactValue", "paragraph", "Normal", "Fact Value", custom=True,
                 ppr=f'{_spacing(after=0, leading=s * 1.18)}<w:jc w:val="left"/>',
                 rpr=f'<w:sz w:val="{_hp(s * 0.9)}"/><w:szCs w:val="{_hp(s * 0.9)}"/>'),
        StyleDef("Callout Title", "CalloutTitle", "paragraph", "Normal", "Callout Text", custom=True,
                 ppr=f'<w:keepNext/>{_spacing(after=s * 0.25, leading=s * 1.2)}',
                 rpr=f'{head}<w:b/><w:bCs/><w:caps/><w:color w:val="{accent}"/><w:sz w:val="{_hp(s * 0.85)}"/><w:szCs w:val="{_hp(s * 0.85)}"/>'),
        StyleDef("Callout Text", "CalloutText", "paragraph", "Body Text", "Callout Text", custom=True,
                 ppr=_spacing(after=2, leading=s * 1.38)),
        StyleDef("Horizontal Rule", "HorizontalRule", "paragraph", "Normal", "Body Text", custom=True,
                 ppr=f'<w:pBdr><w:bottom w:val="single" w:sz="5" w:space="1" w:color="{rule}"/></w:pBdr>'
                     f'{_spacing(before=4, after=8, leading=4, rule="exact")}',
                 rpr='<w:sz w:val="8"/><w:szCs w:val="8"/>'),
        # An empty paragraph of fixed height where the PDF leaves a gap: after tables (which
        # also keeps two tables from merging) and after the contents.
        StyleDef("Spacer", "Spacer", "paragraph", "Normal", "Body Text", custom=True,
                 ppr=_spacing(before=0, after=0, leading=s * 0.9, rule="exact"),
                 rpr='<w:sz w:val="4"/><w:szCs w:val="4"/>'),
        # An empty paragraph 1 pt high before a heading that follows a figure: LibreOffice
        # drops "keep with next" from a heading that directly follows a figure's caption and
        # leaves it alone at a page foot (its picture or list moves on); with this paragraph
        # between them it keeps the heading with what follows, as Word does anyway.
        StyleDef("Keep Anchor", "KeepAnchor", "paragraph", "Normal", "Body Text", custom=True,
                 ppr=_spacing(before=0, after=0, leading=1, rule="exact"),
                 rpr='<w:sz w:val="2"/><w:szCs w:val="2"/>'),
        StyleDef("Header", "Header", "paragraph", "Normal", "Header",
                 ppr=f'<w:pBdr><w:bottom w:val="single" w:sz="4" w:space="3" w:color="{rule}"/></w:pBdr>'
                     f'<w:tabs><w:tab w:val="right" w:pos="{width}"/></w:tabs>',
                 rpr=f'{head}<w:color w:val="{muted}"/><w:sz w:val="15"/><w:szCs w:val="15"/>'),
        StyleDef("Footer", "Footer", "paragraph", "Normal", "Footer",
                 ppr=f'<w:pBdr><w:top w:val="single" w:sz="4" w:space="3" w:color="{rule}"/></w:pBdr>'
                     f'<w:tabs><w:tab w:val="right" w:pos="{width}"/></w:tabs>',
                 rpr=f'{head}<w:color w:val="{muted}"/><w:sz w:val="15"/><w:szCs w:val="15"/>'),
        StyleDef("Header Logo", "HeaderLogo", "paragraph", "Normal", "Header Logo", custom=True,
                 ppr='<w:jc w:val="right"/>'),
        StyleDef("Marking", "Marking", "paragraph", "Normal", "Marking", custom=True,
                 ppr='<w:spacing w:before="40" w:after="40"/><w:jc w:val="center"/>',
                 rpr=f'{head}<w:b/><w:bCs/><w:color w:val="{text}"/><w:sz w:val="16"/><w:szCs w:val="16"/>'),
        StyleDef("Hyperlink", "Hyperlink", "character",
                 rpr=f'<w:color w:val="{accent}"/><w:u w:val="single"/>'),
        StyleDef("Verbatim Char", "VerbatimChar", "character", custom=True,
                 rpr=f'{rfonts(fn.mono)}<w:sz w:val="{_hp(s * 0.9)}"/><w:szCs w:val="{_hp(s * 0.9)}"/>'),
        StyleDef("Key Facts Table", "KeyFactsTable", "table", custom=True,
                 extra=(
                     '<w:tblPr><w:tblBorders>'
                     f'<w:top w:val="single" w:sz="8" w:space="0" w:color="{accent}"/>'
                     f'<w:bottom w:val="single" w:sz="8" w:space="0" w:color="{accent}"/>'
                     f'<w:insideH w:val="single" w:sz="3" w:space="0" w:color="{rule}"/>'
                     '</w:tblBorders><w:tblCellMar>'
                     '<w:top w:w="60" w:type="dxa"/><w:left w:w="100" w:type="dxa"/>'
                     '<w:bottom w:w="80" w:type="dxa"/><w:right w:w="100" w:type="dxa"/>'
                     '</w:tblCellMar></w:tblPr>'
                     '<w:trPr><w:cantSplit/></w:trPr>'  # a fact stays on one page
                     '<w:tcPr><w:vAlign w:val="top"/></w:tcPr>'
                     # Labels down the side (key facts) or names over the columns (a seed's
                     # table): the table's tblLook picks which of the two shaded looks applies.
                     '<w:tblStylePr w:type="firstRow"><w:tcPr>'
                     f'<w:shd w:val="clear" w:color="auto" w:fill="{hex_colour(c.table_header_bg)}"/>'
                     '</w:tcPr></w:tblStylePr>'
                     '<w:tblStylePr w:type="firstCol"><w:tcPr>'
                     f'<w:shd w:val="clear" w:color="auto" w:fill="{hex_colour(c.table_header_bg)}"/>'
                     '</w:tcPr></w:tblStylePr>'
                 )),
        StyleDef("Callout Box", "CalloutBox", "table", custom=True,
                 extra=(
                     '<w:tblPr><w:tblBorders>'
                     f'<w:left w:val="single" w:sz="24" w:space="0" w:color="{accent}"/>'
                     '</w:tblBorders><w:tblCellMar>'
                     '<w:top w:w="140" w:type="dxa"/><w:left w:w="200" w:type="dxa"/>'
                     '<w:bottom w:w="120" w:type="dxa"/><w:right w:w="200" w:type="dxa"/>'
                     '</w:tblCellMar></w:tblPr>'
                     f'<w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="{hex_colour(c.callout_bg)}"/></w:tcPr>'
                 )),
    ]
    return defs


def list_end_style(name: str) -> str:
    """The style of a list's last paragraph when its style is `name` ("List Bullet 2" ->
    "List Bullet 2 End"): `name` with the space after a whole list."""
    return f"{name} End"


def style_xml(d: StyleDef, ids: dict[str, str], num_ids: dict[str, int]) -> str:
    """The <w:style> element for `d`; `ids` maps UI names to style ids in the target document."""
    parts = [f'<w:style {NSDECL} w:type="{d.kind}"'
             + (' w:default="1"' if d.name == "Normal" else "")
             + f' w:styleId="{d.style_id}"' + (' w:customStyle="1"' if d.custom else "") + ">"]
    parts.append(f'<w:name w:val="{d.name if d.custom or d.kind == "table" else _internal_name(d.name)}"/>')
    if d.based_on and d.based_on in ids:
        parts.append(f'<w:basedOn w:val="{ids[d.based_on]}"/>')
    if d.next and (d.next in ids or d.next == d.name):  # others are linked once all exist
        parts.append(f'<w:next w:val="{ids.get(d.next, d.style_id)}"/>')
    parts.append('<w:qFormat/>')
    ppr = d.ppr
    if d.list_kind and d.list_kind in num_ids:
        numpr = f'<w:numPr><w:ilvl w:val="{d.list_level}"/><w:numId w:val="{num_ids[d.list_kind]}"/></w:numPr>'
        ppr = _insert_numpr(ppr, numpr)
    if d.kind == "paragraph" and ppr:
        parts.append(f"<w:pPr>{ppr}</w:pPr>")
    if d.kind == "table":
        parts.append(d.extra)
    if d.rpr and d.kind != "table":
        parts.append(f"<w:rPr>{d.rpr}</w:rPr>")
    parts.append("</w:style>")
    xml = "".join(parts)
    if d.kind == "table" and d.rpr:
        raise ValueError("table styles take their run properties from paragraph styles")
    return xml


def _insert_numpr(ppr: str, numpr: str) -> str:
    """pPr children have a schema order: keepNext, keepLines, ..., numPr, ..., spacing, ind, jc."""
    return numpr + ppr if not ppr.startswith("<w:keep") else ppr.replace("<w:spacing", numpr + "<w:spacing", 1)


def _internal_name(name: str) -> str:
    """Word stores some built-in names in lower case ("heading 1", "caption", "toc 1")."""
    if name.startswith(("Heading ", "TOC ")) and name != "TOC Heading" or name in ("Caption", "Header", "Footer"):
        return name.lower()
    return name
