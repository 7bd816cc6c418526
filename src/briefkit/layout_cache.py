"""Draft layouts, kept in the build's cache.

Why: the fit step measures a Document by laying out a draft PDF: how many pages, how full the
last one is, where each outline entry landed, which figure sections the layout moved or shrank
(see `fit.fit`). A DOCX with a contents list needs those page numbers too, so even a DOCX-only
build imported ReportLab, registered nine fonts and broke every paragraph into lines for a
handful of numbers. The numbers are stored in `<out>/.cache/layouts` and read back by the next
build of the same Document: a DOCX-only rebuild then never loads ReportLab, and a PDF rebuild
lays out only the PDF it writes.

The key is a fingerprint of everything a draft reads: every node of the Document, field by
field (a rendered chart by its name, size and alt text, all a draft uses of it), the reserve,
the theme, the bytes of every font file and of the logo the PDF writer may use, briefkit's
code and ReportLab's and Python's versions. A Document holding anything else is not cached,
nor is a draft that raised a warning (the next build must warn again). An entry is decoded
only after its checksum matched; a damaged one means laying out again.
"""
from __future__ import annotations

from .records import dataclasses
import marshal
import sys
import warnings

from . import caches, fit_scope
from .document.floats import FloatLayout, Move
from .document.nodes import Document, PageMap
from .records import record
from .writers import WriteOptions, get_writer

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing at run time
if TYPE_CHECKING:
    from typing import Any

FORMAT = "2"


@record(frozen=True)
class Draft:
    """What the fit step reads of a draft layout (a `PdfResult` without its bytes)."""

    pages: int
    page_map: PageMap
    floats: FloatLayout
    last_fill: float
    page_fills: tuple[float, ...]
    split_lists: tuple[int, ...] = ()  # lists whose entries landed on more than one page


# Why drafts are kept within a fit (`fit_scope`): a fit asks for the draft of the same Document
# several times (a detail level whose markup an earlier level composed already, and the final
# PDF, which first asks for the draft its contents list takes its page numbers from, which the
# fit has just laid out to decide on the charts' size). Without a build cache (`--no-cache`,
# the library) each asking meant laying the Document out again; with one, reading and decoding
# the entry. A draft is a pure function of its key, as the build's cache already relies on;
# each caller gets its own decoded copy, which it may change, and a draft that warned is not
# kept (the next asking must warn again).
def draft(document: Document, options: WriteOptions, reserve: float = 0.0, limit: int | None = None) -> Draft:
    """The draft PDF layout of `document` (`PdfWriter.render(..., draft=True)`), or what it
    gave for the same Document, reserve, theme, fonts and code before.

    `limit`: only whether the Document takes more than `limit` pages is wanted when it does. The
    layout stops at the first box past that page (`writers.pdf.PastLimit`) and the draft says
    `limit + 1` pages. A Document within the limit gets the whole draft, the very one asked for
    without a limit, and is kept as that; one past it is kept under its limit. So a later asking
    without a limit lays out again only the Documents that overflowed."""
    memo = fit_scope.store("drafts")
    described = None
    mkey: tuple | None = None
    if memo is not None:
        try:
            described = _fingerprint(document)
        except caches.Uncacheable:
            pass
        else:
            mkey = _memo_key(described, options, reserve)
    past_key = (*mkey, "past", limit) if mkey is not None and limit is not None else None
    for k in (mkey, past_key):
        if k is not None and k in memo:
            kept = _decode(memo[k])
            if kept is not None:
                return kept
    warned = False

    def make(limit: int | None) -> Draft:
        nonlocal warned
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            extra = {"page_limit": limit} if limit is not None else {}
            result = get_writer("pdf").render(document, options, draft=True, reserve=reserve, **extra)
        for w in caught:  # as raised, for the caller's filters and collectors
            warnings.warn_explicit(w.message, w.category, w.filename, w.lineno, source=w.source)
        warned = bool(caught)
        return Draft(result.pages, result.page_map, result.floats, result.last_fill, tuple(result.page_fills),
                     tuple(result.split_lists))

    if limit is None:
        made = caches.through("layouts", lambda: _key(document, options, reserve, described), ".layout",
                              lambda: make(None), _encode, _decode)
    else:
        # the whole draft when the build's cache has it, or the one laid out to this limit; else
        # laid out up to the page past the limit, and kept as the whole draft when it ended
        # within the limit, as the limited one when it did not
        def whole_key() -> str:
            return _key(document, options, reserve, described)

        def past() -> str:
            return _key(document, options, (reserve, "past", limit), described)  # type: ignore[arg-type]

        made = caches.peek("layouts", whole_key, ".layout", _decode) or caches.peek("layouts", past, ".layout", _decode)
        if made is None:
            made = make(limit)
            if not warned:
                caches.keep("layouts", whole_key if made.pages <= limit else past, ".layout", made, _encode)
    if mkey is not None and not warned:
        within = limit is None or made.pages <= limit
        memo[mkey if within else past_key] = _encode(made)
    return made


def describe(document: Document) -> Any:
    """The description a draft of `document` is kept under (`_fingerprint`), when the build has
    a cache to keep it in and the Document can be described; else None."""
    if caches.folder("layouts") is None:
        return None
    try:
        return _fingerprint(document)
    except caches.Uncacheable:
        return None


def remember(described: Any, options: WriteOptions, reserve: float, result: Any) -> None:
    """Keep, as the draft of the Document `described` (`describe`), what its final PDF laid out
    with the same reserve measured (`result`: pages, page map, figure moves, fills).

    Why: a draft of a Document has the pages and fills of its final PDF (a draft keeps every
    box), and a length without a budget is no longer drafted before its final PDF
    (`writers.pdf_contents`); a DOCX-only rebuild, whose contents list needs those pages, then
    reads them here instead of loading ReportLab to lay the Document out again."""
    where = caches.folder("layouts")
    if where is None or described is None:
        return
    try:
        entry = caches.entry_path(where, _key(None, options, reserve, described), ".layout")  # type: ignore[arg-type]
    except caches.Uncacheable:
        return
    made = Draft(result.pages, result.page_map, result.floats, result.last_fill, tuple(result.page_fills),
                 tuple(result.split_lists))
    if caches.read_entry(entry) is None:
        caches.write_entry(entry, _encode(made))


def _memo_key(described: Any, options: WriteOptions, reserve: float) -> tuple:
    """The key of a draft kept within a fit: what the build cache's key (`_key`) is made of but
    what no process changes while it runs (the code, the versions), the Document's description
    itself and not a digest of its text (a tuple hashes and compares in a fraction of the time
    its text takes to write out and digest: about 0.2 ms against 0.6 ms for the seed's). The
    digests of the theme's files are read once per fit: finding them (a font's path checked,
    each file's size and time read) took a tenth of a millisecond per file and a fit asks for
    some twenty keys; a file changed while a fit runs is a change the next build sees."""
    theme = options.theme
    return (repr(theme), repr(reserve), tuple([d for _, d in theme_digests(theme)]), described)


def _encode(d: Draft) -> bytes:
    moves = tuple((m.first, m.last, m.before) for m in d.floats.moves)
    return marshal.dumps((d.pages, tuple(d.page_map.pages), tuple(d.page_map.tops), moves, dict(d.floats.scales),
                          d.last_fill, tuple(d.page_fills), tuple(d.split_lists)))


def _decode(payload: bytes | None) -> Draft | None:
    if payload is None:
        return None
    try:
        pages, on, tops, moves, scales, last_fill, fills, split = marshal.loads(payload)
        return Draft(int(pages), PageMap(tuple(on), tuple(bool(t) for t in tops), tuple(float(f) for f in fills)),
                     FloatLayout([Move(int(a), int(b), c) for a, b, c in moves],
                                 {int(k): float(v) for k, v in scales.items()}),
                     float(last_fill), tuple(float(f) for f in fills), tuple(int(i) for i in split))
    except Exception:  # noqa: BLE001 - an entry that does not decode is a missing entry
        return None


def _key(document: Document, options: WriteOptions, reserve: float, described: Any = None) -> str:
    """The build cache's key of a draft; `described`: `_fingerprint(document)`, when made."""
    theme = options.theme
    if described is None:
        described = _fingerprint(document)
    return caches.digest_key((FORMAT, caches.code_version(), caches.package_version("reportlab"), sys.version,
                              repr(theme), repr(reserve), caches.key_bytes(described)), digested=theme_digests(theme))


def theme_digests(theme: Any) -> tuple[tuple[str, bytes], ...]:
    """Each file of `theme_files` with the digest of its bytes (`caches.file_digest`), found
    once per seed's scope (`fit_scope`): finding them (the fallback fonts looked for on disk,
    each file's size and times read) took a tenth of a millisecond per file, and a seed's
    build asks for some forty cache keys, each covering every file. A file changed while a
    seed is built is a change the next build sees."""
    store = fit_scope.store("theme_digests")
    try:
        hit = store.get(theme) if store is not None else None
    except TypeError:  # a theme that does not hash (a value no field should hold): not kept
        store = hit = None
    if hit is None:
        hit = tuple([(f, caches.file_digest(f)) for f in theme_files(theme)])
        if store is not None:
            store[theme] = hit
    return hit


def theme_files(theme: Any) -> list[str]:
    """The files a theme draws with, whose bytes every layout and writer cache key covers: its
    font files and its logo."""
    files = list(_font_files(theme))
    if theme.logo:
        files.append(str(theme.logo))
    return files


def _fingerprint(value: Any) -> Any:
    """`value` as nested tuples of plain values, the same for equal Documents in any process.

    How a value is described depends on its type alone, so each type is sorted out once per
    process (`_kind`) and every later value of it is described at once: a draft's key walks
    every node and run of its Document, thousands of them, and the fit asks for a key for
    every draft it lays out or takes from its own store (about twenty a profile)."""
    kind = _KINDS.get(type(value))
    if kind is None:
        kind = _kind(value)
    if kind is _PLAIN:
        return value
    if kind is _SEQUENCE:
        return tuple([_fingerprint(v) for v in value])
    if kind is _MAPPING:
        return tuple(sorted((repr(k), _fingerprint(v)) for k, v in value.items()))
    if kind is _CHART:
        return ("Chart", value.name, value.width_in, value.height_in, value.alt)
    if type(kind) is tuple:  # a dataclass: its name, then (field name, fingerprint) per field
        return (kind[0],) + tuple([(name, _fingerprint(getattr(value, name))) for name in kind[1:]])
    raise caches.Uncacheable(type(value).__name__)


_PLAIN, _SEQUENCE, _MAPPING, _CHART, _OTHER = "plain", "sequence", "mapping", "chart", "other"
# How `_fingerprint` describes a value of each type met so far (see `_kind`).
_KINDS: dict[type, Any] = {}


def _kind(value: Any) -> Any:
    """How `_fingerprint` describes `value` and every other value of its type: as itself (None,
    str, int, float, bool and their subclasses), as a tuple of its items (a list or a tuple),
    of its sorted items (a dict), by what a draft reads of a chart, or as a dataclass by the
    name of its type and the names of its fields (a tuple of them); anything else cannot be
    described. Remembered per type, except for a class given as a value (not described)."""
    cls = type(value)
    if value is None or isinstance(value, (str, int, float, bool)):
        kind: Any = _PLAIN
    elif isinstance(value, (list, tuple)):
        kind = _SEQUENCE
    elif isinstance(value, dict):
        kind = _MAPPING
    elif cls.__name__ == "Chart" and cls.__module__ == "briefkit.charts":
        kind = _CHART
    elif isinstance(value, type):
        return _OTHER
    elif dataclasses.is_dataclass(value):
        kind = (cls.__name__,) + tuple(f.name for f in dataclasses.fields(value))
    else:
        kind = _OTHER
    _KINDS[cls] = kind
    return kind


def _font_files(theme: Any) -> tuple[str, ...]:
    """Every font file the PDF writer may register for `theme` (see `writers.pdf._make_fontset`)."""
    from . import fonts

    f = theme.fonts
    named = (f.body, f.body_bold, f.body_italic, f.body_bold_italic, f.heading, f.heading_bold, f.mono)
    bundled = tuple(str(fonts.bundled_font(k)) for k in fonts.BUNDLED)
    return tuple(dict.fromkeys([*(str(p) for p in named if p), *bundled,
                                *fonts.available_fallbacks(tuple(f.fallbacks))]))
