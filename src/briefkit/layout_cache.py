"""Draft layouts of DOCX-only builds, kept in the build's cache.

Why: a DOCX with a contents list shows the page numbers the PDF of the same Document would
have, so a DOCX-only build lays out a draft PDF (see `fit.fit`): ReportLab imported, nine
fonts registered, every paragraph broken into lines, for a handful of numbers. Those numbers
(each outline entry's page, whether it opened its page, the figure sections the layout moved
or shrank) are stored in `<out>/.cache/layouts` and read back by the next build of the same
Document, which then never loads ReportLab.

The key is a fingerprint of everything the draft reads: every node of the Document, field by
field (a rendered chart by its name, size and alt text, all a draft uses of it), the theme,
the bytes of every font file and of the logo the PDF writer may use, briefkit's code and
ReportLab's and Python's versions. A Document holding anything else is not cached, nor is a
draft that raised a warning (the next build must warn again). An entry is decoded only after
its checksum matched; a damaged one means laying out again.
"""
from __future__ import annotations

import dataclasses
import hashlib
import marshal
import sys
import warnings
from functools import lru_cache
from typing import Any, Callable

from . import caches
from .document.floats import FloatLayout, Move
from .document.nodes import Document, PageMap
from .writers import WriteOptions

FORMAT = "1"


class _Unknown(Exception):
    """The Document holds a value the fingerprint cannot describe faithfully."""


def draft_layout(document: Document, options: WriteOptions,
                 lay_out: Callable[[], Any]) -> tuple[PageMap, FloatLayout]:
    """(page map, float layout) of `lay_out()`, a draft PDF render of `document`, or what it
    gave for the same Document, theme, fonts and code before."""
    folder = caches.folder("layouts")
    key = None
    if folder is not None:
        try:
            key = _key(document, options)
        except _Unknown:
            key = None
    entry = caches.entry_path(folder, key, ".layout") if folder is not None and key is not None else None
    if entry is not None:
        stored = _decode(caches.read_entry(entry))
        if stored is not None:
            return stored
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        result = lay_out()
    for w in caught:  # as raised, for the caller's filters and collectors
        warnings.warn_explicit(w.message, w.category, w.filename, w.lineno, source=w.source)
    if entry is not None and not caught:
        caches.write_entry(entry, _encode(result.page_map, result.floats))
    return result.page_map, result.floats


def _encode(pages: PageMap, layout: FloatLayout) -> bytes:
    moves = tuple((m.first, m.last, m.before) for m in layout.moves)
    return marshal.dumps((tuple(pages.pages), tuple(pages.tops), moves, dict(layout.scales)))


def _decode(payload: bytes | None) -> tuple[PageMap, FloatLayout] | None:
    if payload is None:
        return None
    try:
        pages, tops, moves, scales = marshal.loads(payload)
        page_map = PageMap(tuple(pages), tuple(bool(t) for t in tops))
        layout = FloatLayout([Move(int(a), int(b), c) for a, b, c in moves],
                             {int(k): float(v) for k, v in scales.items()})
    except Exception:  # noqa: BLE001 - an entry that does not decode is a missing entry
        return None
    return page_map, layout


def _key(document: Document, options: WriteOptions) -> str:
    theme = options.theme
    h = hashlib.sha256()
    for part in (FORMAT, caches.code_version(), _reportlab_version(), sys.version, repr(theme),
                 repr(_fingerprint(document))):
        h.update(part.encode("utf-8", "surrogatepass") + b"\0")
    files = list(_font_files(theme))
    if theme.logo:
        files.append(str(theme.logo))
    for path in files:
        h.update(path.encode("utf-8", "surrogatepass") + b"\0" + _file_digest(path))
    return h.hexdigest()


def _fingerprint(value: Any) -> Any:
    """`value` as nested tuples of plain values, the same for equal Documents in any process."""
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    if isinstance(value, (list, tuple)):
        return tuple(_fingerprint(v) for v in value)
    if isinstance(value, dict):
        return tuple(sorted((repr(k), _fingerprint(v)) for k, v in value.items()))
    if type(value).__name__ == "Chart" and type(value).__module__ == "briefkit.charts":
        return ("Chart", value.name, value.width_in, value.height_in, value.alt)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return (type(value).__name__,) + tuple(
            (f.name, _fingerprint(getattr(value, f.name))) for f in dataclasses.fields(value))
    raise _Unknown(type(value).__name__)


def _font_files(theme: Any) -> tuple[str, ...]:
    """Every font file the PDF writer may register for `theme` (see `writers.pdf._make_fontset`)."""
    from . import fonts

    f = theme.fonts
    named = (f.body, f.body_bold, f.body_italic, f.body_bold_italic, f.heading, f.heading_bold, f.mono)
    bundled = tuple(str(fonts.bundled_font(k)) for k in fonts.BUNDLED)
    return tuple(dict.fromkeys([*(str(p) for p in named if p), *bundled,
                                *fonts.available_fallbacks(tuple(f.fallbacks))]))


def _file_digest(path: str) -> bytes:
    try:
        with open(path, "rb") as fh:
            return hashlib.sha256(fh.read()).digest()
    except OSError:
        return b"missing"


@lru_cache(maxsize=1)
def _reportlab_version() -> str:
    from importlib import metadata

    try:
        return metadata.version("reportlab")
    except metadata.PackageNotFoundError:  # pragma: no cover - a dependency
        return "unknown"
