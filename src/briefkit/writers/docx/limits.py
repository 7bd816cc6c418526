"""Size limits of a reference DOCX, checked on the zip directory before anything is
decompressed: a small file can unpack to gigabytes (a zip bomb). Python's zipfile stops
each member at its declared size, so bounding the declared sizes bounds the work."""
from __future__ import annotations

import zipfile
from pathlib import Path

from ...limits import current, file_size_problem, hint

MAX_MEMBERS = 2_000


def reference_problem(path: Path) -> str | None:
    """Why `path` cannot be used as a reference document (None if it can)."""
    lim = current()
    problem = file_size_problem(path, "reference_docx_bytes", "reference document", "reference document")
    if problem:
        return problem
    try:
        with zipfile.ZipFile(path) as zf:
            members = zf.infolist()
    except (zipfile.BadZipFile, OSError, ValueError):
        return "cannot read reference document: not a Word document"
    if len(members) > MAX_MEMBERS:
        return f"reference document has more than {MAX_MEMBERS} parts"
    unpacked = sum(m.file_size for m in members)
    if unpacked > lim.reference_docx_unpacked:
        return (f"reference document unpacks to {unpacked} bytes, more than {lim.reference_docx_unpacked} "
                f"{hint('reference_docx_unpacked')}")
    return None
