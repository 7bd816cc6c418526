"""Limits on untrusted input, in one place so each has a clear error and a knob.

Every seed, template, theme, logo and reference document is untrusted. Each limit below
bounds the work one input can cause; going past one is a located `BriefkitError` saying
which limit and how to raise it. Defaults are generous for real briefings (the largest real
seeds are a few hundred kilobytes); set `BRIEFKIT_LIMIT_<NAME>` (for example
`BRIEFKIT_LIMIT_SEED_BYTES=20000000`) to change one, in the CLI and in worker processes alike.
"""
from __future__ import annotations

import os
import stat
from contextlib import contextmanager
from pathlib import Path

from .records import fields, record

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing at run time
if TYPE_CHECKING:
    from collections.abc import Iterator
    from typing import BinaryIO


@record(frozen=True)
class Limits:
    """The bounds a hostile or runaway input meets (see the module): each a number a real seed
    stays far below, checked where the input is read or the work is done."""

    seed_bytes: int = 1_000_000  # a seed file, checked before it is read (real ones: 10-500 kB)
    line_chars: int = 20_000  # one line of an article; longer lines are refused
    paragraph_chars: int = 20_000  # one paragraph, list item or string; longer ones are refused
    word_chars: int = 1_000  # one word (a run without spaces): line breaking slows down sharply past this
    heading_chars: int = 500  # the title and each heading (a title of 255+ is already unusual)
    nesting: int = 40  # depth of structured data and of nested lists
    events: int = 5_000  # dated events in one profile
    headings: int = 2_000  # sections in one profile
    template_seconds: float = 10.0  # one template rendering, wall clock
    template_chars: int = 5_000_000  # markup one rendering may produce
    template_range: int = 100_000  # items one range() in a template may produce
    layout_seconds: float = 120.0  # laying out one PDF (ReportLab), wall clock
    fit_seconds: float = 90.0  # fitting one length to its page budget (all its drafts), wall clock
    extract_seconds: float = 60.0  # deriving one seed's people, events and structure, wall clock
    reference_docx_bytes: int = 20_000_000  # a reference DOCX, compressed
    reference_docx_unpacked: int = 100_000_000  # its members once decompressed (from the zip directory)
    logo_bytes: int = 10_000_000  # a logo file
    logo_pixels: int = 40_000_000  # a logo's width x height, read from its header
    template_files: int = 5_000  # files (and folders) in a template folder, all levels
    theme_bytes: int = 1_000_000  # a theme file (real ones: under 2 kB)
    font_bytes: int = 64_000_000  # each font file a theme names (a CJK TrueType font: about 20 MB)

    @classmethod
    def from_env(cls) -> Limits:
        values = {}
        for f in fields(cls):
            raw = os.environ.get(f"BRIEFKIT_LIMIT_{f.name.upper()}")
            if raw:
                try:
                    values[f.name] = type(f.default)(float(raw)) if f.type == "int" else float(raw)
                except ValueError:
                    pass
        return cls(**values)


def current() -> Limits:
    """The limits in force (read from the environment on each call: cheap, and a test or a
    worker process can change them without import-order surprises)."""
    return Limits.from_env()


def hint(name: str) -> str:
    """How to raise a limit, for the end of an error message."""
    return f"(limit: BRIEFKIT_LIMIT_{name.upper()})"


class UnusableFile(Exception):
    """A user file that is missing, not a regular file or past its size limit; the message
    says which, naming the file in the caller's words (`what`, `too_large`)."""


@contextmanager
def open_checked(path: Path, limit: str, what: str, too_large: str) -> Iterator[BinaryIO]:
    """`path` open for reading once it is known to be a regular file no larger than the limit
    `limit`; else `UnusableFile`. `too_large` starts the message of a file past the limit.

    Why stat and then fstat: a FIFO waits for a writer forever and /dev/zero never ends, so a
    file that is not regular is refused before it is opened (stat), and what was opened is
    checked again (fstat, opened without blocking), so a file swapped in between is caught too.
    """
    _check(_stat(path, what), limit, what, too_large)
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_NOCTTY | getattr(os, "O_CLOEXEC", 0))
    except OSError as err:
        raise UnusableFile(f"cannot read {what}: {_reason(err)}") from None
    with os.fdopen(fd, "rb") as fh:
        _check(os.fstat(fd), limit, what, too_large)
        yield fh


def read_checked(path: Path, limit: str, what: str, too_large: str) -> bytes:
    """The bytes of `path` (see `open_checked`), at most the limit's: one byte more is read,
    so a file that grew since it was checked is refused rather than read to its end."""
    cap = getattr(current(), limit)
    with open_checked(path, limit, what, too_large) as fh:
        try:
            data = fh.read(cap + 1)
        except OSError as err:
            raise UnusableFile(f"cannot read {what}: {_reason(err)}") from None
    if len(data) > cap:
        raise UnusableFile(_too_large(too_large, limit))
    return data


def _stat(path: Path, what: str) -> os.stat_result:
    try:
        return os.stat(path)
    except FileNotFoundError:
        raise UnusableFile(f"{what} not found") from None
    except OSError as err:
        raise UnusableFile(f"cannot read {what}: {_reason(err)}") from None


def _check(info: os.stat_result, limit: str, what: str, too_large: str) -> None:
    if stat.S_ISDIR(info.st_mode):
        raise UnusableFile(f"{what} is a folder, not a file")
    if not stat.S_ISREG(info.st_mode):
        raise UnusableFile(f"{what} is not a regular file (a pipe or device cannot be one)")
    if info.st_size > getattr(current(), limit):
        raise UnusableFile(_too_large(too_large, limit))


def _too_large(too_large: str, limit: str) -> str:
    return f"{too_large} is larger than {getattr(current(), limit)} bytes {hint(limit)}"


def _reason(err: OSError) -> str:
    return (err.strerror or str(err)).lower()


def file_size_problem(path: Path, limit: str, what: str, too_large: str) -> str | None:
    """Why `path` is unreadable, not a regular file or larger than the limit `limit` (None if
    none of these): the check every user file gets before a byte of it is parsed (see
    `open_checked`). `too_large` starts the message."""
    try:
        with open_checked(path, limit, what, too_large):
            return None
    except UnusableFile as err:
        return str(err)


# Parts a reference DOCX may have (Word's own documents have 15-40).
REFERENCE_MAX_MEMBERS = 2_000


def reference_problem(path: Path) -> str | None:
    """Why `path` cannot be used as a reference document (None if it can), from its zip
    directory, before anything is decompressed: a small file can unpack to gigabytes (a zip
    bomb). Python's zipfile stops each member at its declared size, so bounding the declared
    sizes bounds the work. Here, not in the Word writer, so a build checks its reference once
    before building without importing python-docx."""
    import zipfile

    lim = current()
    problem = file_size_problem(path, "reference_docx_bytes", "reference document", "reference document")
    if problem:
        return problem
    try:
        with zipfile.ZipFile(path) as zf:
            members = zf.infolist()
    except (zipfile.BadZipFile, OSError, ValueError):
        return "cannot read reference document: not a Word document"
    if len(members) > REFERENCE_MAX_MEMBERS:
        return f"reference document has more than {REFERENCE_MAX_MEMBERS} parts"
    unpacked = sum(m.file_size for m in members)
    if unpacked > lim.reference_docx_unpacked:
        return (f"reference document unpacks to {unpacked} bytes, more than {lim.reference_docx_unpacked} "
                f"{hint('reference_docx_unpacked')}")
    return None
