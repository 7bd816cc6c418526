"""The package around the body: core and extended properties, and the zip, written so the
same document always gives the same bytes.

python-docx stamps zip entries with the current time and orders them by its own walk of
the package; both would make two builds of the same inputs differ. Here every entry gets
one fixed timestamp and fixed attributes, and the entries come in a stable order with
`[Content_Types].xml` first (where Word and other readers expect it). The only dates the
package carries are those of the Document (`document_datetime`), never the clock.
"""
from __future__ import annotations

import datetime as _dt
import functools
import io
import os
from ... import recache as re
import struct
import zipfile
import zlib
from collections.abc import Callable
from typing import Any

from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml.ns import qn

from ...document.nodes import Document, Meta
from ...errors import RenderError
from ...heap import per_unit
from ...text import xml_escape
from ...theme import Theme

FIXED_DATE = (1980, 1, 1, 0, 0, 0)
_FIRST = ("[Content_Types].xml", "_rels/.rels")
# Pictures are compressed by their own format. Deflating them again was the costliest step
# of a write (a third of a full brief's) for files a few per cent smaller, so they are stored
# as they are; the XML parts are deflated.
_STORED = (".png", ".jpg", ".jpeg", ".gif")


def _order(name: str) -> tuple[int, str]:
    return (_FIRST.index(name), "") if name in _FIRST else (len(_FIRST), name)


def write_zip(entries: dict[str, bytes], deflate: bool = True) -> bytes:
    """The package: fixed timestamps and attributes, sorted order, fixed compression
    (`deflate=False` stores every entry: a package kept in memory only to be opened again).

    The bytes are those `zipfile` writes for these entries (`_zipfile_write_zip`, still used
    for a package too large for the plain zip format), but each part is deflated through
    `_deflated`, which remembers its last results: every document of a theme carries the same
    styles part (350 KB of XML, 3.6 ms to deflate, two thirds of writing a brief's package)
    and the same theme, numbering and font table parts, so a batch deflates them once."""
    names = sorted(entries, key=_order)
    if len(names) >= _ZIP_MAX_ENTRIES or sum(len(entries[n]) for n in names) >= _ZIP_MAX_SIZE:
        return _zipfile_write_zip(entries, deflate)
    out: list[bytes] = []
    central: list[bytes] = []
    offset = 0
    for name in names:
        data = entries[name]
        stored = not deflate or name.lower().endswith(_STORED)
        if stored:
            crc, payload = zlib.crc32(data), data
        else:
            crc, payload = _deflated(data)
        # As `zipfile.ZipFile.writestr` fills in a ZipInfo like this one (`external_attr` 0
        # becomes rw------- for the owner) before it writes the header and the payload.
        info = zipfile.ZipInfo(name, date_time=FIXED_DATE)
        info.compress_type = zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED
        info.create_system = 0
        info.external_attr = 0o600 << 16
        info.flag_bits = 0
        info.CRC, info.compress_size, info.file_size = crc, len(payload), len(data)
        header = info.FileHeader(zip64=False)
        out += (header, payload)
        central.append(_central_record(info, offset))
        offset += len(header) + len(payload)
    directory = b"".join(central)
    out += (directory, struct.pack(b"<4s4H2LH", b"PK\005\006", 0, 0, len(names), len(names),
                                   len(directory), offset, 0))
    return b"".join(out)


# Beyond these the zip needs its ZIP64 extensions, which `zipfile` writes (see `write_zip`).
_ZIP_MAX_ENTRIES = 0xFFFF
_ZIP_MAX_SIZE = 1 << 30  # far enough below 2 GiB for deflate's growth, the headers and zipfile's 5% margin


@functools.lru_cache(maxsize=32)
def _deflated(data: bytes) -> tuple[int, bytes]:
    """(CRC-32, raw deflate stream) of `data`, as `zipfile` makes them for ZIP_DEFLATED at
    level 6. Remembered per process by content (see `write_zip`): the same bytes always
    deflate to the same stream, and the parts that differ from document to document are
    pushed out of the cache by the next document's before the ones every document shares."""
    compressor = zlib.compressobj(6, zlib.DEFLATED, -15)
    return zlib.crc32(data), compressor.compress(data) + compressor.flush()


per_unit(_deflated.cache_clear)  # a seed's charts, in its three lengths; not the next seed's


def _central_record(info: zipfile.ZipInfo, offset: int) -> bytes:
    """The central directory record of an entry written at `offset`, field for field as
    `zipfile.ZipFile` writes it for an entry without extra data, comment or ZIP64 sizes."""
    d = info.date_time
    name = info.filename.encode("ascii") if info.filename.isascii() else info.filename.encode("utf-8")
    flags = info.flag_bits if info.filename.isascii() else info.flag_bits | 0x800
    return struct.pack("<4s4B4HL2L5H2L", b"PK\001\002", info.create_version, info.create_system,
                       info.extract_version, info.reserved, flags, info.compress_type,
                       d[3] << 11 | d[4] << 5 | (d[5] // 2), (d[0] - 1980) << 9 | d[1] << 5 | d[2],
                       info.CRC, info.compress_size, info.file_size, len(name), 0, 0, 0,
                       info.internal_attr, info.external_attr, offset) + name


def _zipfile_write_zip(entries: dict[str, bytes], deflate: bool) -> bytes:
    """`write_zip` through `zipfile`, for a package that needs ZIP64 (and the reference the
    tests hold `write_zip` to)."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as dst:
        for name in sorted(entries, key=_order):
            info = zipfile.ZipInfo(name, date_time=FIXED_DATE)
            stored = not deflate or name.lower().endswith(_STORED)
            info.compress_type = zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED
            info.create_system = 0
            info.external_attr = 0
            dst.writestr(info, entries[name], compresslevel=6)
    return out.getvalue()


def normalise_zip(data: bytes) -> bytes:
    """Same entries and contents as the zip `data`, written as `write_zip` writes them."""
    with zipfile.ZipFile(io.BytesIO(data)) as src:
        return write_zip({name: src.read(name) for name in src.namelist()})


def package_entries(doc: Any) -> dict[str, bytes]:
    """Every zip entry of the document's package, as python-docx's package writer would
    write them (content types, package and part relationships, part blobs), without
    writing a zip that would only be read back."""
    from docx.opc.packuri import PACKAGE_URI
    from docx.opc.pkgwriter import _ContentTypesItem

    package = doc.part.package
    parts = list(package.iter_parts())
    entries = {"[Content_Types].xml": _ContentTypesItem.from_parts(parts).blob,
               PACKAGE_URI.rels_uri.membername: package.rels.xml}
    for part in parts:
        entries[part.partname.membername] = part.blob
        if len(part.rels):
            entries[part.partname.rels_uri.membername] = part.rels.xml
    return entries


def save(doc: Any) -> bytes:
    """The document's bytes, one zip written once (see `write_zip`)."""
    try:
        entries = package_entries(doc)
    except Exception as exc:
        raise RenderError(f"cannot write the DOCX: {exc}") from None
    return write_zip(entries)


def document_datetime(meta: Meta) -> _dt.datetime:
    """The one timestamp the DOCX carries, as created and modified: the build date
    (`Meta.built`), else SOURCE_DATE_EPOCH, else the date of information. (The date of
    information itself is in the text, "Information as of ...".)

    Never the clock, so rebuilding the same inputs gives the same bytes.
    """
    if meta.built:
        try:
            when = _dt.datetime.fromisoformat(meta.built)
        except ValueError:
            pass
        else:
            if when.tzinfo is not None:
                when = when.astimezone(_dt.timezone.utc).replace(tzinfo=None)
            return when
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch:
        try:
            return _dt.datetime.fromtimestamp(int(epoch), tz=_dt.timezone.utc).replace(tzinfo=None)
        except (ValueError, OverflowError, OSError):
            pass
    m = re.match(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?", meta.date or "")
    if m:
        try:
            return _dt.datetime(int(m[1]), int(m[2] or 1), int(m[3] or 1))
        except ValueError:
            pass
    return _dt.datetime(2000, 1, 1)


def _core(value: str, limit: int = 255) -> str:
    """Word's core properties hold at most 255 characters; a long title is cut there (with an
    ellipsis) rather than failing the build. The document body keeps the full title."""
    return value if len(value) <= limit else value[: limit - 1].rstrip() + "…"


def core_properties(doc: Any, document: Document, theme: Theme, clean: Callable[[str], str]) -> None:
    """Title, subject, author, keywords, language, length and dates (docProps/core.xml)."""
    meta = document.meta
    cp = doc.core_properties
    when = document_datetime(meta)
    cp.title = _core(clean(meta.title))
    cp.subject = _core(clean(meta.subject))
    cp.author = _core(clean(theme.author))
    cp.last_modified_by = _core(clean(theme.author))
    cp.keywords = _core(clean(", ".join(meta.keywords)))
    cp.language = meta.language or theme.language
    cp.category = meta.length
    cp.comments = ""
    cp.created = when
    cp.modified = when
    cp.revision = 1
    # Never printed: drop a date a reference document may carry.
    for el in cp._element.findall(qn("cp:lastPrinted")):
        cp._element.remove(el)


_APP_XML = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
    'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
    "<Template>Normal.dotm</Template><Application>briefkit</Application><DocSecurity>0</DocSecurity>"
    "<ScaleCrop>false</ScaleCrop><Company>{company}</Company><LinksUpToDate>false</LinksUpToDate>"
    "<SharedDoc>false</SharedDoc><HyperlinksChanged>false</HyperlinksChanged></Properties>"
)


def app_properties(doc: Any, theme: Theme, clean: Callable[[str], str]) -> None:
    """Extended properties that tell the truth: made by briefkit, for the theme's
    organisation, with no stale page or word counts from a template."""
    for rel in doc.part.package.rels.values():
        if rel.reltype == RT.EXTENDED_PROPERTIES and not rel.is_external:
            rel.target_part._blob = _APP_XML.format(company=xml_escape(clean(theme.organisation))).encode("utf-8")
