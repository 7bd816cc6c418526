"""Both writers show a linked URL decoded for reading while the link target stays exact."""
from __future__ import annotations

import io
import zipfile

import docx
from pypdf import PdfReader

from briefkit.document import nodes as N
from briefkit.writers import WriteOptions, get_writer

URL = "https://uk.wikipedia.org/wiki/%D0%9B%D0%B5%D0%B3%D1%96%D0%BE%D0%BD"
SHOWN = "https://uk.wikipedia.org/wiki/Легіон"


def _doc() -> N.Document:
    return N.Document(N.Meta(title="Links", short_title="Links", date="2024-06-01"), [
        N.Paragraph([N.Text("Source: "), N.Text(URL, href=URL), N.Text(".")], "small"),
    ])


def test_pdf_shows_decoded_url_and_links_to_the_exact_target():
    data = get_writer("pdf").write(_doc(), WriteOptions())
    page = PdfReader(io.BytesIO(data)).pages[0]
    text = " ".join((page.extract_text() or "").split())
    assert SHOWN in text and "%D0" not in text
    uris = [a.get_object()["/A"]["/URI"] for a in page.get("/Annots", [])]
    assert uris == [URL]


def test_docx_shows_decoded_url_and_links_to_the_exact_target():
    data = get_writer("docx").write(_doc(), WriteOptions())
    d = docx.Document(io.BytesIO(data))
    assert any(SHOWN in "".join(t.text for t in p._p.iter() if t.tag.endswith("}t")) for p in d.paragraphs)
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        rels = z.read("word/_rels/document.xml.rels").decode()
    assert f'Target="{URL}"' in rels and "Легіон" not in rels
