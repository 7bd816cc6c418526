"""What a font file a theme names must be before any font parser reads it.

A theme is untrusted and names files by path, so a font path may be /dev/zero, a FIFO, a
3 GB sparse file or /etc/shadow. Each is refused when the theme is loaded (one line, the
theme's exit code), from a few hundred bytes of the file: it must be a regular file within
`font_bytes` (`limits.open_checked`) whose TrueType table directory lists the tables the PDF
writer reads, each inside the file. A parser's own complaint is never shown: ReportLab's
quotes the file's first bytes ("version=0x726F6F74", the 'root' that opens /etc/shadow).
"""
from __future__ import annotations

import struct
from pathlib import Path

from .limits import UnusableFile, open_checked

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing at run time
if TYPE_CHECKING:
    from typing import BinaryIO

# The tables ReportLab reads to register, measure and subset a TrueType face (OS/2 is optional).
REQUIRED_TABLES = frozenset({b"head", b"hhea", b"maxp", b"hmtx", b"cmap", b"name", b"post", b"loca", b"glyf"})
_TRUETYPE = (b"\x00\x01\x00\x00", b"true")
_MAX_TABLES = 256  # real fonts have 10-40; the directory is read whole


def font_file_problem(path: Path) -> str | None:
    """Why the font file at `path` cannot be used (None if it can). The message names the
    file and never quotes its content."""
    what = f"font file {path}"
    try:
        with open_checked(path, "font_bytes", what, what) as fh:
            return _sfnt_problem(fh, what)
    except UnusableFile as err:
        return str(err)
    except OSError:
        return f"{what} cannot be read"


def _sfnt_problem(fh: BinaryIO, what: str) -> str | None:
    """Why the open file is not a TrueType font (or a collection whose first face is one)."""
    size = fh.seek(0, 2)
    fh.seek(0)
    tag = fh.read(4)
    if tag == b"ttcf":  # a collection: the first face is the one used (font number 0)
        head = fh.read(8)
        if len(head) < 8:
            return f"{what} is not a usable TrueType font"
        fh.seek(struct.unpack(">I", head[4:8])[0])
        tag = fh.read(4)
    if tag == b"OTTO":
        return f"{what} has PostScript (CFF) outlines; briefkit embeds TrueType fonts only"
    if tag not in _TRUETYPE or not _directory_ok(fh, size):
        return f"{what} is not a usable TrueType font"
    return None


def _directory_ok(fh: BinaryIO, size: int) -> bool:
    """Whether the table directory after the sfnt version lists every required table, each
    inside the file."""
    count_bytes = fh.read(8)
    if len(count_bytes) < 8:
        return False
    count = struct.unpack(">H", count_bytes[:2])[0]
    if not 0 < count <= _MAX_TABLES:
        return False
    directory = fh.read(16 * count)
    if len(directory) < 16 * count:
        return False
    tags = set()
    for i in range(count):
        tag, _checksum, offset, length = struct.unpack(">4sIII", directory[16 * i:16 * i + 16])
        if offset + length > size:
            return False
        tags.add(tag)
    return REQUIRED_TABLES <= tags
