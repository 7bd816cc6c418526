"""The code points a font file covers, kept in the build's font cache (`fonts.coverage`).

The key covers the file's path and bytes, the fontTools version that read its character map
and Python's version (the payload is `marshal` data: a tuple of integers, decoded only after
its checksum matched). A missing, corrupt or unreadable entry means reading the font again.
"""
from __future__ import annotations

import hashlib
import marshal
import sys
from pathlib import Path
from typing import Callable

from . import caches

FORMAT = "1"


def cached_coverage(folder: Path, path: str, read: Callable[[str], frozenset[int]]) -> frozenset[int]:
    """`read(path)`, or what it returned for the same file before."""
    try:
        with open(path, "rb") as fh:
            data = fh.read()
    except OSError:
        return read(path)  # which names the problem
    h = hashlib.sha256()
    for part in (FORMAT, caches.package_version("fonttools"), sys.version, path):
        h.update(part.encode("utf-8", "surrogatepass") + b"\0")
    h.update(data)
    entry = caches.entry_path(folder, h.hexdigest(), ".cmap")
    payload = caches.read_entry(entry)
    if payload is not None:
        try:
            points = marshal.loads(payload)
            if isinstance(points, tuple) and all(type(p) is int for p in points):
                return frozenset(points)
        except Exception:  # noqa: BLE001 - an entry that does not decode is a missing entry
            pass
    found = read(path)
    caches.write_entry(entry, marshal.dumps(tuple(sorted(found))))
    return found
