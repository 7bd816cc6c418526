"""Document settings: layout compatibility mode, spell-checking language, field updates.

These live in settings.xml and the style defaults; none of them changes what the brief
says, only how Word treats the file when it opens it.
"""
from __future__ import annotations

from typing import Any

from docx.oxml.ns import qn

from . import oxml


def _compat_setting(doc: Any) -> Any:
    settings = doc.settings.element
    compat = settings.find(qn("w:compat"))
    if compat is None:
        return None
    for cs in compat.findall(qn("w:compatSetting")):
        if cs.get(qn("w:name")) == "compatibilityMode":
            return cs
    return None


def compat_mode(doc: Any) -> int:
    """Word's layout compatibility mode; a file that declares none is laid out as Word 2007."""
    cs = _compat_setting(doc)
    try:
        return int(cs.get(qn("w:val"))) if cs is not None else 12
    except (TypeError, ValueError):
        return 12


def modern_compat(doc: Any) -> None:
    """Lay the default document out as current Word does (mode 15), so Word opens it
    without the "Compatibility Mode" banner."""
    cs = _compat_setting(doc)
    if cs is not None:
        cs.set(qn("w:val"), "15")


def set_language(doc: Any, lang: str) -> None:
    """Spell-checking language for the whole document, via the document defaults."""
    root = doc.styles.element
    dd = root.find(qn("w:docDefaults"))
    if dd is None:
        dd = oxml.el("w:docDefaults")
        root.insert(0, dd)
    rpd = dd.find(qn("w:rPrDefault"))
    if rpd is None:
        rpd = oxml.el("w:rPrDefault")
        dd.insert(0, rpd)
    rpr = rpd.find(qn("w:rPr"))
    if rpr is None:
        rpr = oxml.el("w:rPr")
        rpd.append(rpr)
    old = rpr.find(qn("w:lang"))
    if old is not None:
        rpr.remove(old)
    rpr.append(oxml.el("w:lang", **{"w:val": lang, "w:eastAsia": lang, "w:bidi": lang}))


def update_fields_on_open(doc: Any) -> None:
    """Ask Word to fill the TOC (and page references) when it opens the file."""
    settings = doc.settings.element
    if settings.find(qn("w:updateFields")) is not None:
        return
    uf = oxml.el("w:updateFields", **{"w:val": "true"})
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
