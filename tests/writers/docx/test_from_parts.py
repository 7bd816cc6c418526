"""A document opened from a package's parts in memory is the one `docx.Document` opens from its zip."""
from __future__ import annotations

import io
import zipfile

import docx
from docx.opc import phys_pkg
import pytest

from briefkit.theme import DEFAULT_THEME
from briefkit.writers import WriteOptions
from briefkit.writers.docx import reference
from briefkit.writers.docx.from_parts import open_parts, parts_of
from briefkit.writers.docx.package import package_entries


def _entries(doc) -> dict[str, bytes]:
    return package_entries(doc)


def test_same_parts_as_opened_from_the_zip():
    package = reference._prototype(DEFAULT_THEME, "en").package
    from_zip = docx.Document(io.BytesIO(package))
    from_parts = open_parts(parts_of(package))
    assert _entries(from_parts) == _entries(from_zip)
    assert [type(p).__name__ for p in from_parts.part.package.iter_parts()] == \
        [type(p).__name__ for p in from_zip.part.package.iter_parts()]


def test_the_zip_is_read_once_per_package(monkeypatch):
    package = reference._prototype(DEFAULT_THEME, "en").package
    parts_of(package)
    opened = []
    real = zipfile.ZipFile
    reading = lambda *a, **k: opened.append(a) or real(*a, **k)  # noqa: E731
    monkeypatch.setattr(zipfile, "ZipFile", reading)
    monkeypatch.setattr(phys_pkg, "ZipFile", reading)  # python-docx's own name for it
    for _ in range(3):
        reference.base(WriteOptions(theme=DEFAULT_THEME), "en")
    assert opened == []


def test_copies_do_not_share_their_xml():
    """Each document written into the base changes its own copy: a paragraph added to one
    is not in the next."""
    first, _, _ = reference.base(WriteOptions(theme=DEFAULT_THEME), "en")
    first.add_paragraph("only in the first")
    second, _, _ = reference.base(WriteOptions(theme=DEFAULT_THEME), "en")
    assert "only in the first" not in "".join(p.text for p in second.paragraphs)


def test_a_package_that_is_not_a_word_document_is_refused():
    package = reference._prototype(DEFAULT_THEME, "en").package
    parts = dict(parts_of(package))
    parts["[Content_Types].xml"] = parts["[Content_Types].xml"].replace(
        b"wordprocessingml.document.main+xml", b"presentationml.presentation.main+xml")
    with pytest.raises(ValueError, match="not a Word document"):
        open_parts(parts)
