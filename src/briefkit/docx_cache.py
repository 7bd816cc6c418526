"""Final DOCX packages, kept in the build's cache: a rebuild of an unchanged Document writes
the package it wrote before, without loading python-docx or translating the Document again.

Why: once the profile, the composed Document, the charts and the draft layout (the pages its
contents list shows) come from the cache, a whole-process DOCX rebuild (`--force`, a rebuild
after a PDF-only theme change) spent most of its remaining time importing python-docx and lxml
(65-150 ms) and writing the package (~30 ms), to produce the very bytes it wrote last time.
The package is a pure function of its inputs (rebuilds are byte-identical), so it is stored
under a key of all of them in `<out>/.cache/docxs`:

- the Document, every node field by field (its metadata carries the build date, its page map
  the contents' numbers), each chart by the digest of the PNG the package embeds;
- the theme, the reference document's path and bytes, the bytes of the font files a theme may
  name, and SOURCE_DATE_EPOCH (the package's dates fall back on it);
- briefkit's code, the BRIEFKIT_* limits, the Python and zlib versions and the versions of
  python-docx and lxml.

An entry is the package's bytes behind the checksum of `caches.write_entry` and is used only
when it is a zip; nothing in it is executed, a damaged entry is a missing one. A write that
warned (characters XML cannot carry) is not stored, so the next build warns again; a failure
is never stored.
"""
from __future__ import annotations

import os
import sys
import zlib

from . import caches
from .document.nodes import Document
from .pdf_cache import fingerprint
from .writers import WriteOptions, get_writer

FORMAT = "1"
_VERSIONS = ("python-docx", "lxml")


def write(document: Document, options: WriteOptions) -> bytes:
    """`DocxWriter.write(document, options)`, or the package it gave for the same inputs."""
    def decode(stored: bytes | None) -> bytes | None:
        return stored if stored is not None and stored.startswith(b"PK\x03\x04") else None

    return caches.through("docxs", lambda: _key(document, options), ".docxc",
                          lambda: get_writer("docx").write(document, options), lambda data: data, decode)


def _key(document: Document, options: WriteOptions) -> str:
    from .layout_cache import theme_digests
    from .limits import current

    theme = options.theme
    parts = (FORMAT, caches.code_version(), sys.version, zlib.ZLIB_RUNTIME_VERSION, repr(current()),
             ";".join(f"{d}={caches.package_version(d)}" for d in _VERSIONS),
             os.environ.get("SOURCE_DATE_EPOCH", "\0unset"), repr(theme), repr(options.reference_docx),
             caches.key_bytes(fingerprint(document, vector=False)))
    reference = [str(options.reference_docx)] if options.reference_docx is not None else []
    return caches.digest_key(parts, reference, digested=theme_digests(theme))
