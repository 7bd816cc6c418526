"""What a reference document may not pass on to the documents written from it.

A reference DOCX is untrusted, and it is the base package every DOCX is written into: each
part its relationships reach is written out again. A macro project (word/vbaProject.bin) or
an attached template on a server (settings.xml.rels, TargetMode="External") in a reference
was in every brief written with it, and a brief is a document people open without a second
thought: its macros may run, and Word fetches an attached template, a linked picture or a
linked object when the document opens (from a UNC path, with the reader's credentials).
`scrub` drops, from the package and from every part:

- the relationships that carry code or live content, whatever their target: macros (the VBA
  project, its data and signatures, key maps, toolbars), ribbon customisations (customUI),
  ActiveX controls, embedded OLE objects and packages, imported chunks (altChunk),
  subdocuments, frames, attached templates and mail-merge sources;
- every external relationship but a hyperlink the part's XML still uses: a reader's click
  follows a hyperlink, while anything else external is fetched by Word itself. (The links of
  the reference's own body, which is cleared, go too.)

The XML that named a dropped relationship loses the element that exists only to name it (an
attached template, a control, an OLE object, a chunk) or else the attribute (a picture's
link), so no reference dangles; the settings also lose any mail merge, whose connection
string names its data source without a relationship, and any attached template.
"""
from __future__ import annotations

from typing import Any

from lxml import etree

R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_R_PREFIX = "{%s}" % R_NS
_W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_SETTINGS = "{%s}settings" % _W_NS
# Settings that reach outside the document without a relationship of their own (a mail
# merge's connection string), or that only name one (the attached template).
_SETTINGS_DROPPED = ("{%s}mailMerge" % _W_NS, "{%s}attachedTemplate" % _W_NS)

# Relationship types dropped whatever their target, by their last segment: the same for the
# transitional, strict and Microsoft namespaces ("ui/extensibility" is customUI, 2006 and 2007).
UNSAFE_TYPES = frozenset({
    "vbaProject", "wordVbaData", "vbaProjectSignature", "vbaProjectSignatureAgile", "vbaProjectSignatureV3",
    "keyMapCustomizations", "attachedToolbars", "extensibility", "control", "activeXControlBinary",
    "oleObject", "package", "aFChunk", "subDocument", "frame", "attachedTemplate", "mailMergeSource",
    "mailMergeHeaderSource", "recipientData",
})
# Elements whose purpose is to name one relationship: removed with it.
_LINK_ELEMENTS = frozenset({
    "attachedTemplate", "subDoc", "altChunk", "OLEObject", "control", "externalData", "dataSource",
    "headerSource", "recipientData", "sourceFileName",
})
_SAFE_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, remove_blank_text=False)


def scrub(doc: Any) -> None:
    """Drop from `doc`'s package everything listed in the module's docstring."""
    package = doc.part.package
    _drop(package.rels, {rid for rid, rel in package.rels.items() if _unsafe(rel, used=False)})
    for part in list(package.iter_parts()):
        _scrub_part(part)


def _unsafe_type(reltype: str) -> bool:
    return reltype.rstrip("/").rsplit("/", 1)[-1] in UNSAFE_TYPES


def _unsafe(rel: Any, used: bool) -> bool:
    """Whether the relationship goes: a type that carries code or live content, or an
    external target other than a hyperlink still in use."""
    if _unsafe_type(rel.reltype):
        return True
    return rel.is_external and not (used and rel.reltype.endswith("/hyperlink"))


def _scrub_part(part: Any) -> None:
    risky = any(rel.is_external or _unsafe_type(rel.reltype) for rel in part.rels.values())
    settings = part.content_type.endswith("wordprocessingml.settings+xml")
    if not risky and not settings:
        return  # most parts relate to nothing, or to their own pictures: not parsed
    root = _xml(part)
    used = _used_ids(root) if root is not None else set()
    dropped = {rid for rid, rel in part.rels.items() if _unsafe(rel, rid in used)}
    _drop(part.rels, dropped)
    if root is None:
        return
    changed = _unlink(root, dropped & used)
    if root.tag == _SETTINGS:
        for el in [el for tag in _SETTINGS_DROPPED for el in root.findall(tag)]:
            root.remove(el)
            changed = True
    if changed and not hasattr(part, "_element"):
        part._blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def _xml(part: Any) -> Any:
    """The part's XML: python-docx's tree for the parts it models (changed in place), else the
    blob parsed without entities or network (None when the part is not XML)."""
    element = getattr(part, "_element", None)
    if element is not None:
        return element
    if not part.content_type.endswith("xml"):
        return None
    try:
        return etree.fromstring(part.blob, _SAFE_PARSER)
    except etree.XMLSyntaxError:
        return None


def _used_ids(root: Any) -> set[str]:
    return {value for el in root.iter() for name, value in el.attrib.items() if name.startswith(_R_PREFIX)}


def _unlink(root: Any, dropped: set[str]) -> bool:
    """Remove what names a dropped relationship (see the module); whether anything was."""
    if not dropped:
        return False
    for el in list(root.iter()):
        if not isinstance(el.tag, str):
            continue  # a comment or a processing instruction
        names = [n for n, v in el.attrib.items() if n.startswith(_R_PREFIX) and v in dropped]
        if not names:
            continue
        parent = el.getparent()
        if etree.QName(el).localname in _LINK_ELEMENTS and parent is not None:
            parent.remove(el)
        else:
            for name in names:
                del el.attrib[name]
    return True


def _drop(rels: Any, ids: set[str]) -> None:
    """Remove the relationships `ids`; the parts only they reached are then not written."""
    for rid in ids:
        del rels[rid]
        rels._target_parts_by_rId.pop(rid, None)
