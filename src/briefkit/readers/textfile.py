"""Turning seed bytes into numbered lines, whatever the editor that saved them did.

Real seed files arrive with a UTF-8 BOM, CRLF or CR line endings, tabs and trailing spaces.
All of that is normalised here, once, so the grammar in `article.py` only sees clean lines,
while line numbers stay the ones a person sees in their editor (lines are split on `\\n`
only, never on exotic separators such as U+2028).
"""
from __future__ import annotations

import codecs
import re
from dataclasses import dataclass
from pathlib import Path

from ..errors import SeedError
from ..findings import CONTROL_CHAR, Finding

TAB_WIDTH = 4
# C0/C1 controls other than tab and newline: XML (and so DOCX) forbids most of them.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffe\uffff]")


@dataclass(frozen=True)
class Line:
    number: int  # 1-based, as an editor shows it
    text: str  # tabs expanded, trailing whitespace removed

    @property
    def blank(self) -> bool:
        return not self.text.strip()

    @property
    def indent(self) -> int:
        return len(self.text) - len(self.text.lstrip(" "))


def read_bytes(path: str | Path) -> bytes:
    """The file's bytes, or a SeedError naming it when it is missing or not a file."""
    p = Path(path)
    if not p.exists():
        raise SeedError("seed file not found", file=p)
    if p.is_dir():
        raise SeedError("is a directory, not a seed file", file=p)
    try:
        return p.read_bytes()
    except OSError as err:
        raise SeedError(f"cannot read seed file: {err.strerror or err}", file=p) from None


def decode(data: bytes, file: str) -> str:
    """UTF-8 (with or without BOM) or BOM-marked UTF-16 to text with `\\n` line ends."""
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8):]
        encoding = "utf-8"
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encoding = "utf-16"
    else:
        encoding = "utf-8"
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as err:
        line = data[: err.start].count(b"\n") + 1 if encoding == "utf-8" else None
        bad = data[err.start : err.start + 1].hex()
        raise SeedError(f"not {encoding.upper()} text (undecodable byte 0x{bad})", file=file, line=line) from None
    return text.replace("\r\n", "\n").replace("\r", "\n")


def split_lines(text: str, file: str) -> tuple[list[Line], list[Finding]]:
    """Numbered, tab-expanded, right-stripped lines, with control characters removed and reported."""
    lines: list[Line] = []
    findings: list[Finding] = []
    for number, raw in enumerate(text.split("\n"), start=1):
        if _CONTROL.search(raw):
            findings.append(Finding(file, number, CONTROL_CHAR, "control characters removed"))
            raw = _CONTROL.sub("", raw)
        lines.append(Line(number, raw.expandtabs(TAB_WIDTH).rstrip()))
    return lines, findings


def normalise_space(text: str) -> str:
    """Collapse every run of whitespace to one space, as paragraphs are compared and shown."""
    return " ".join(text.split())
