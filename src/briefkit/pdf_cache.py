"""Final PDFs, kept in the build's cache: a rebuild of an unchanged Document writes the PDF it
wrote before, without loading ReportLab or laying the Document out again.

Why: with the profile, the composed Document, the charts and the draft layout all read back
from the cache, a whole-process rebuild of a full PDF (`--force`, a rebuild after a DOCX-only
theme change) still spent about half its time importing ReportLab (~110 ms) and laying out
the final PDF (130-200 ms), to write the very bytes it wrote last time. The PDF is a pure
function of its inputs (rebuilds are byte-identical), so it is stored under a key of all of
them in `<out>/.cache/pdfs`:

- the Document, every node field by field (its metadata carries the build date), and each
  chart's exact pixels and vector drawing by digest;
- the reserve, the theme, the bytes of every font file the writer may register and of the
  logo;
- briefkit's code, the BRIEFKIT_* limits, the Python and zlib versions, the versions of
  ReportLab, its accelerator, Pillow, svglib, lxml and fontTools, and everything ReportLab
  reads its settings from (`RL_*` variables, `reportlab_settings.py` on the path,
  `~/.reportlab_settings`, `reportlab/local_rl_settings.py`).

An entry is a JSON header (pages, where each heading landed, the figure moves and scales, page
fills) and the PDF bytes, behind the checksum of `caches.write_entry`; nothing in it is
executed, a damaged or foreign entry is a missing one. A render that warned is not stored
(the next build must warn again), nor is a failure.
"""
from __future__ import annotations

from .records import dataclasses
import hashlib
import json
import os
import sys
import warnings
import zlib
from pathlib import Path

from . import caches
from .document.floats import FloatLayout, Move
from .document.nodes import Document, PageMap
from .records import record
from .writers import WriteOptions, get_writer

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing at run time
if TYPE_CHECKING:
    from typing import Any

FORMAT = "3"
_VERSIONS = ("reportlab", "rl_accel", "pillow", "svglib", "lxml", "fonttools")


@record(frozen=True)
class Rendered:
    """What the fit step reads of a final PDF (the fields of `writers.pdf.PdfResult`)."""

    data: bytes
    pages: int
    page_map: PageMap
    floats: FloatLayout
    last_fill: float
    page_fills: tuple[float, ...]
    split_lists: tuple[int, ...] = ()  # lists whose entries landed on more than one page


def render(document: Document, options: WriteOptions, reserve: float = 0.0) -> Rendered:
    """The final PDF of `document` (`PdfWriter.render(document, options, reserve=reserve)`), or
    the one it gave for the same inputs before. Its layout is kept as the draft of the same
    Document too (`layout_cache.remember`), unless the writer laid the Document out again in
    another order (`writers.pdf.PdfWriter.render`), which changes the Document."""
    from . import layout_cache

    described = layout_cache.describe(document)
    warned = False

    def make() -> Rendered:
        nonlocal warned
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            result = get_writer("pdf").render(document, options, reserve=reserve)
        for w in caught:  # as raised, for the caller's filters and collectors
            warnings.warn_explicit(w.message, w.category, w.filename, w.lineno, source=w.source)
        warned = bool(caught)
        return Rendered(result.data, result.pages, result.page_map, result.floats, result.last_fill,
                        tuple(result.page_fills), tuple(result.split_lists))

    rendered = caches.through("pdfs", lambda: _key(document, options, reserve), ".pdfc", make, _encode, _decode)
    if described is not None and not warned and layout_cache.describe(document) == described:
        layout_cache.remember(described, options, reserve, rendered)
    return rendered


def _encode(r: Rendered) -> bytes:
    head = {
        "pages": r.pages,
        "on": list(r.page_map.pages),
        "tops": list(r.page_map.tops),
        "moves": [[m.first, m.last, m.before] for m in r.floats.moves],
        "scales": [[k, v] for k, v in r.floats.scales.items()],
        "last_fill": r.last_fill,
        "fills": list(r.page_fills),
        "split": list(r.split_lists),
    }
    blob = json.dumps(head, separators=(",", ":")).encode("utf-8")
    return len(blob).to_bytes(4, "big") + blob + r.data


def _decode(payload: bytes | None) -> Rendered | None:
    if payload is None:
        return None
    try:
        size = int.from_bytes(payload[:4], "big")
        head = json.loads(payload[4:4 + size].decode("utf-8"))
        data = payload[4 + size:]
        if not data.startswith(b"%PDF-"):
            return None
        on = tuple(None if p is None else int(p) for p in head["on"])
        moves = [Move(int(a), int(b), _before(c)) for a, b, c in head["moves"]]
        scales = {int(k): float(v) for k, v in head["scales"]}
        return Rendered(data, int(head["pages"]), PageMap(on, tuple(bool(t) for t in head["tops"]),
                                                          tuple(float(f) for f in head["fills"])),
                        FloatLayout(moves, scales), float(head["last_fill"]),
                        tuple(float(f) for f in head["fills"]), tuple(int(i) for i in head["split"]))
    except Exception:  # noqa: BLE001 - an entry that does not decode is a missing entry
        return None


def _before(value: Any) -> int | None:
    """A move's `before` as the layout recorded it: a block index, or None (at the end)."""
    if value is None:
        return None
    if type(value) is not int:
        raise ValueError(f"unexpected move target {value!r}")
    return value


def _key(document: Document, options: WriteOptions, reserve: float) -> str:
    from .layout_cache import theme_digests
    from .limits import current

    theme = options.theme
    vector = bool(theme.vector_charts)
    parts = (FORMAT, caches.code_version(), sys.version, zlib.ZLIB_RUNTIME_VERSION, repr(current()),
             ";".join(f"{d}={caches.package_version(d)}" for d in _VERSIONS), _reportlab_settings(),
             repr(theme), repr(reserve), caches.key_bytes(fingerprint(document, vector)))
    return caches.digest_key(parts, digested=theme_digests(theme))


def fingerprint(value: Any, vector: bool) -> Any:
    """`value` as nested tuples of plain values; a chart by what the PDF embeds of it (the
    DOCX, `docx_cache`, embeds the PNG: `vector=False`)."""
    cls = type(value)
    if cls in caches.EXACT_PLAIN:
        return value
    names = _DATACLASS_FIELDS.get(cls)
    if names is not None:
        return (cls.__name__,) + tuple([(name, fingerprint(getattr(value, name), vector)) for name in names])
    if cls is list or cls is tuple:
        return tuple([fingerprint(v, vector) for v in value])
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    if isinstance(value, (list, tuple)):
        return tuple(fingerprint(v, vector) for v in value)
    if isinstance(value, dict):
        return tuple(sorted((repr(k), fingerprint(v, vector)) for k, v in value.items()))
    if type(value).__name__ == "Chart" and type(value).__module__ == "briefkit.charts":
        # The writer places the SVG when the theme asks for vector charts and there is one,
        # else the PNG (made now if it was not yet: the PDF needs it anyway).
        drawn = value.svg if (vector and value.svg) else value.png
        kind = "svg" if (vector and value.svg) else "png"
        return ("Chart", value.name, value.width_in, value.height_in, value.alt, kind,
                hashlib.sha256(drawn).hexdigest())
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        names = _DATACLASS_FIELDS[cls] = tuple(f.name for f in dataclasses.fields(value))
        return (cls.__name__,) + tuple([(name, fingerprint(getattr(value, name), vector)) for name in names])
    raise caches.Uncacheable(type(value).__name__)


# The field names of each dataclass met, read once per process: `dataclasses.fields` builds its
# tuple anew at every call, and a key walks every node of a Document.
_DATACLASS_FIELDS: dict[type, tuple[str, ...]] = {}


def _reportlab_settings() -> str:
    """Everything ReportLab reads its defaults from besides its own code (see
    `reportlab.rl_config._defaults_init` and `_startUp`), found without importing it."""
    h = hashlib.sha256()
    for k, v in sorted(os.environ.items()):
        if k.startswith("RL_"):
            h.update(f"{k}={v}".encode("utf-8", "surrogatepass") + b"\0")
    candidates = [Path("~/.reportlab_settings").expanduser()]
    for entry in sys.path:
        base = Path(entry or ".")
        candidates += [base / "reportlab_settings.py", base / "reportlab_settings" / "__init__.py",
                       base / "reportlab" / "local_rl_settings.py"]
    for path in candidates:
        digest = caches.file_digest(path)
        if digest != b"missing":
            h.update(str(path).encode("utf-8", "surrogatepass") + b"\0" + digest)
    return h.hexdigest()
