"""Writers: Document + options -> bytes, one module per format.

The registry maps a format name to "module:Class" so that `briefkit --help` never imports
ReportLab or python-docx; a writer is imported the first time it is used.
"""
from __future__ import annotations

import importlib
from pathlib import Path

from ..document.nodes import Document
from ..errors import BuildError
from ..records import record
from ..theme import DEFAULT_THEME, Theme
from .lazy_harfbuzz import install as _defer_harfbuzz

_defer_harfbuzz()  # before any PDF module imports ReportLab (`lazy_harfbuzz`)

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing at run time
if TYPE_CHECKING:
    from typing import Protocol

    class Writer(Protocol):
        suffix: str

        def write(self, document: Document, options: WriteOptions) -> bytes: ...

WRITERS: dict[str, str] = {
    "pdf": "briefkit.writers.pdf:PdfWriter",
    "docx": "briefkit.writers.docx:DocxWriter",
}


@record(frozen=True)
class WriteOptions:
    """What every writer is given besides the Document: the theme and, for DOCX, a reference
    document whose styles it takes."""

    theme: Theme = DEFAULT_THEME
    reference_docx: Path | None = None


_loaded: dict[str, Writer] = {}


def get_writer(fmt: str) -> Writer:
    if fmt not in WRITERS:
        raise BuildError(f"unknown format {fmt!r}; choose from {', '.join(WRITERS)}")
    if fmt not in _loaded:
        from ..heap import long_lived

        module_name, cls_name = WRITERS[fmt].split(":")
        with long_lived():  # ReportLab or python-docx: kept for the life of the process
            _loaded[fmt] = getattr(importlib.import_module(module_name), cls_name)()
    return _loaded[fmt]
