"""Limits on untrusted input, in one place so each has a clear error and a knob.

Every seed, template, theme, logo and reference document is untrusted. Each limit below
bounds the work one input can cause; going past one is a located `BriefkitError` saying
which limit and how to raise it. Defaults are generous for real briefings (the largest real
seeds are a few hundred kilobytes); set `BRIEFKIT_LIMIT_<NAME>` (for example
`BRIEFKIT_LIMIT_SEED_BYTES=20000000`) to change one, in the CLI and in worker processes alike.
"""
from __future__ import annotations

from pathlib import Path

import os
from .records import fields

from .records import record


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


def file_size_problem(path: Path, limit: str, what: str, too_large: str) -> str | None:
    """Why `path` is unreadable or larger than the limit `limit` (None if neither): the check
    every user file gets before a byte of it is parsed. `too_large` starts the message."""
    cap = getattr(current(), limit)
    try:
        size = path.stat().st_size
    except OSError as err:
        return f"cannot read {what}: {(err.strerror or str(err)).lower()}"
    if size > cap:
        return f"{too_large} is larger than {cap} bytes {hint(limit)}"
    return None
