"""A document opened from a package's parts kept in memory, not from its zip.

Why: every DOCX is written into a copy of its theme's prepared base (`reference._prototype`),
and opening that copy with `docx.Document` read the base's zip again each time: the zip's
directory, then each of its eleven members through `zipfile` with their checks, about a third
of opening the base (0.8 of 2.4 ms), three times a profile. The base's parts are the same
bytes every time, so they are read out of the zip once per process (`parts_of`) and each
copy is unmarshalled from them by python-docx's own package reader, as `docx.Document` does
from a zip: the same parts, relationships and part classes (`lazy_styles` included).

`PackageReader`'s steps are python-docx's (`PackageReader.from_file`, `OpcPackage.open`);
only the physical reader differs: `_PartsReader` answers for `_ZipPkgReader` from a dict.
"""
from __future__ import annotations

import io
import zipfile
from functools import lru_cache
from typing import Any

from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.package import Unmarshaller
from docx.opc.packuri import CONTENT_TYPES_URI, PACKAGE_URI
from docx.opc.part import PartFactory
from docx.opc.phys_pkg import PhysPkgReader
from docx.opc.pkgreader import PackageReader, _ContentTypeMap
from docx.package import Package


@lru_cache(maxsize=8)
def parts_of(package: bytes) -> dict[str, bytes]:
    """The members of the zip `package` by name (read once per process and package)."""
    with zipfile.ZipFile(io.BytesIO(package)) as zf:
        return {name: zf.read(name) for name in zf.namelist()}


class _PartsReader(PhysPkgReader):
    """python-docx's physical package reader over a dict of members, in place of a zip."""

    def __new__(cls, parts: dict[str, bytes]) -> _PartsReader:  # PhysPkgReader picks a reader by file type
        return object.__new__(cls)

    def __init__(self, parts: dict[str, bytes]) -> None:
        self._parts = parts

    def blob_for(self, pack_uri: Any) -> bytes:
        return self._parts[pack_uri.membername]

    @property
    def content_types_xml(self) -> bytes:
        return self.blob_for(CONTENT_TYPES_URI)

    def rels_xml_for(self, source_uri: Any) -> bytes | None:
        return self._parts.get(source_uri.rels_uri.membername)

    def close(self) -> None:
        pass


def open_parts(parts: dict[str, bytes]) -> Any:
    """The python-docx Document of the package whose members are `parts`."""
    phys = _PartsReader(parts)
    content_types = _ContentTypeMap.from_xml(phys.content_types_xml)
    pkg_srels = PackageReader._srels_for(phys, PACKAGE_URI)
    sparts = PackageReader._load_serialized_parts(phys, pkg_srels, content_types)
    package = Package()
    Unmarshaller.unmarshal(PackageReader(content_types, pkg_srels, sparts), package, PartFactory)
    document_part = package.main_document_part
    if document_part.content_type != CT.WML_DOCUMENT_MAIN:  # as `docx.Document` checks
        raise ValueError(f"not a Word document: content type {document_part.content_type!r}")
    return document_part.document
