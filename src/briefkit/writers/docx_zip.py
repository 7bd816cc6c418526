"""Rewrite a DOCX zip so the same document always gives the same bytes.

python-docx stamps zip entries with the current time and orders them by its own walk of
the package; both would make two builds of the same inputs differ. Here every entry gets
one fixed timestamp and fixed attributes, and the entries come in a stable order with
`[Content_Types].xml` first (where Word and other readers expect it).
"""
from __future__ import annotations

import io
import zipfile

FIXED_DATE = (1980, 1, 1, 0, 0, 0)
_FIRST = ("[Content_Types].xml", "_rels/.rels")


def _order(name: str) -> tuple[int, str]:
    return (_FIRST.index(name), "") if name in _FIRST else (len(_FIRST), name)


def normalise_zip(data: bytes) -> bytes:
    """Same entries and contents, fixed timestamps, sorted order, fixed compression."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as dst:
        for name in sorted(src.namelist(), key=_order):
            info = zipfile.ZipInfo(name, date_time=FIXED_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 0
            info.external_attr = 0
            dst.writestr(info, src.read(name), compresslevel=6)
    return out.getvalue()
