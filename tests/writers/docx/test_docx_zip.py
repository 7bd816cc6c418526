"""The package's zip is written without `zipfile` (so that the parts every document shares are
deflated once per process), byte for byte as `zipfile` writes it."""
from __future__ import annotations

import io
import zipfile

from hypothesis import given, settings
from hypothesis import strategies as st

from briefkit.document import nodes as N
from briefkit.writers.docx import package
from docx_fixtures import meta, write


def _entries(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return {name: z.read(name) for name in z.namelist()}


def _document(words: str) -> N.Document:
    return N.Document(meta(), [N.Paragraph([N.Text(words)])])


def test_a_document_is_the_zip_zipfile_writes():
    entries = _entries(write(_document("One paragraph.")))
    for deflate in (True, False):
        assert package.write_zip(entries, deflate) == package._zipfile_write_zip(entries, deflate)


def test_shared_parts_are_deflated_once_and_give_the_same_bytes():
    first = write(_document("The first document."))
    before = package._deflated.cache_info().hits
    second = write(_document("A second document, with other words."))
    assert package._deflated.cache_info().hits > before  # styles, theme, numbering, fonts
    assert _entries(first)["word/styles.xml"] == _entries(second)["word/styles.xml"]
    again = write(_document("A second document, with other words."))
    assert again == second


_NAMES = st.sampled_from(["[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/media/image1.png",
                          "word/media/Photo.JPG", "docProps/app.xml", "customXml/é.xml", "word/ü/ß.xml", "x"])
_DATA = st.one_of(st.binary(max_size=2000), st.builds(lambda s, n: s * n, st.binary(min_size=1, max_size=8),
                                                     st.integers(0, 3000)))


@settings(max_examples=200, deadline=None)
@given(st.dictionaries(_NAMES, _DATA, max_size=9), st.booleans())
def test_any_entries_are_the_zip_zipfile_writes(entries, deflate):
    data = package.write_zip(entries, deflate)
    assert data == package._zipfile_write_zip(entries, deflate)
    assert _entries(data) == entries
