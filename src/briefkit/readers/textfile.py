"""Turning seed bytes into numbered lines, whatever the editor that saved them did.

Real seed files arrive with a UTF-8 BOM, CRLF or CR line endings, tabs and trailing spaces.
All of that is normalised here, once, so the grammar in `article.py` only sees clean lines,
while line numbers stay the ones a person sees in their editor (lines are split on `\\n`
only, never on exotic separators such as U+2028).
"""
from __future__ import annotations

import codecs
from .. import recache as re
import stat
from pathlib import Path

from ..errors import SeedError
from ..findings import CONTROL_CHAR, Finding
from ..limits import current, hint
from ..records import record

TAB_WIDTH = 4
# C0/C1 controls other than tab and newline: XML (and so DOCX) forbids most of them.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffe\uffff]")


@record(frozen=True)
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
    limit = current().seed_bytes
    try:
        info = p.stat()
    except FileNotFoundError:
        raise SeedError("seed file not found", file=p) from None
    except OSError as err:
        raise SeedError(f"cannot read seed file: {err.strerror or err}", file=p) from None
    if stat.S_ISDIR(info.st_mode):
        raise SeedError("is a directory, not a seed file", file=p)
    if not stat.S_ISREG(info.st_mode):
        # A FIFO waits for a writer forever, /dev/zero never ends: only regular files are seeds.
        raise SeedError("is not a regular file (a pipe or device cannot be a seed)", file=p)
    if info.st_size > limit:
        raise SeedError(f"seed file is larger than {limit} bytes {hint('seed_bytes')}", file=p)
    try:
        with open(p, "rb") as fh:
            data = fh.read(limit + 1)  # a file that grew since stat() is still bounded
    except OSError as err:
        raise SeedError(f"cannot read seed file: {err.strerror or err}", file=p) from None
    if len(data) > limit:
        raise SeedError(f"seed file is larger than {limit} bytes {hint('seed_bytes')}", file=p)
    return data


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
    max_chars = current().line_chars
    for number, raw in enumerate(text.split("\n"), start=1):
        if len(raw) > max_chars:
            raise SeedError(f"line is longer than {max_chars} characters {hint('line_chars')}", file=file,
                            line=number)
        if _CONTROL.search(raw):
            findings.append(Finding(file, number, CONTROL_CHAR, "control characters removed"))
            raw = _CONTROL.sub("", raw)
        lines.append(Line(number, raw.expandtabs(TAB_WIDTH).rstrip()))
    return lines, findings


def normalise_space(text: str) -> str:
    """Collapse every run of whitespace to one space, as paragraphs are compared and shown."""
    return " ".join(text.split())
