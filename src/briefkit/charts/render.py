"""The one place that touches matplotlib's global state, so the drawing modules do not.

Why a context: rcParams are process-global; setting them for a chart must not leak into
anyone else's plots, so every chart is built inside `chart_style()` (an `rc_context`).
Why a bare figure and not pyplot: pyplot keeps a registry of open figures and picks a GUI
backend; a chart drawn on a `sheet.Sheet` (or, for an SVG, a bare `Figure` on an Agg canvas)
needs neither, so nothing global is switched and nothing leaks. Why the metadata and hash
salt: the same profile must give byte-identical SVG and PNG files (reproducible builds, and
a cache keyed by content).

Import this module only from inside a draw function: it imports matplotlib.
"""
from __future__ import annotations

import contextlib
import functools
import io
from collections.abc import Callable, Iterator
from typing import Any

from ..heap import large_blocks_ahead, long_lived

large_blocks_ahead()  # a chart's pixels and PNG are the blocks of megabytes `heap` maps on their own
with long_lived():  # matplotlib is kept for the life of the process
    from . import mpl_import  # noqa: F401  (before matplotlib's Artist classes: see there)

    import matplotlib
    from matplotlib.font_manager import FontProperties
    from . import fonts
    from .agg_text import Canvas, Label
    from .ftfonts import text_to_path
    from .sheet import Sheet, pixels

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing at run time
if TYPE_CHECKING:
    from matplotlib.figure import Figure

PNG_DPI = 300
# Every text we draw is at least this size at the chart's natural size (the size writers
# place it at); 7 pt is the smallest print size the issue allows.
MIN_PT = 7.0
BASE_PT = 7.5

RC: dict[str, Any] = {
    "font.family": "sans-serif",
    "font.sans-serif": [fonts.FAMILY],
    "font.size": BASE_PT,
    "svg.fonttype": "path",  # glyphs as paths: svglib needs no fonts, and output is exact
    "svg.hashsalt": "briefkit-charts",
    "text.parse_math": False,  # seed text with "$" is text, not TeX
    "text.usetex": False,
    "path.simplify": False,
    "axes.unicode_minus": False,
    "figure.dpi": 72,
    "savefig.dpi": PNG_DPI,
    "savefig.transparent": False,
    "savefig.facecolor": "white",
}
SVG_METADATA = {"Date": None, "Creator": None, "Format": None, "Type": None}
PNG_METADATA = {"Software": None}


_STYLED = [0]  # how deep in `chart_style` this process is


@contextlib.contextmanager
def chart_style() -> Iterator[None]:
    """rcParams for charts (`RC`), restored on exit; the font lookups remembered for the
    rcParams before are forgotten (`agg_text._FONT_KEYS`). Within a chart style already, it
    changes nothing.

    Why not `matplotlib.rc_context`: it copies all of the 340 rcParams on entry, through two
    calls each, to restore whatever the body changed; a chart entered it three times (its
    drawing, the layout inside it, its PNG made later), 6% of drawing a batch's timelines. A
    chart changes no rcParams but these, so the ones `RC` sets are the ones put back."""
    from . import agg_text

    if _STYLED[0]:
        _STYLED[0] += 1
        try:
            yield
        finally:
            _STYLED[0] -= 1
        return
    params = matplotlib.rcParams
    before = {key: params._get(key) for key in RC}
    try:
        params.update(RC)
        agg_text.forget_font_keys()
        _STYLED[0] = 1
        yield
    finally:
        _STYLED[0] = 0
        for key, value in before.items():
            params._set(key, value)
        agg_text.forget_font_keys()


def new_figure(width_in: float, height_in: float) -> Sheet | Figure:
    """A white figure for a chart, outside pyplot's registry: a `sheet.Sheet`, which draws
    the chart's PNG without loading matplotlib's plotting stack, or, when an SVG is asked for
    (`WANT_SVG`), a matplotlib `Figure` on an Agg canvas (one that remembers text layout,
    see `agg_text`), which writes it."""
    from . import WANT_SVG

    if not WANT_SVG.get():
        return Sheet(width_in, height_in, dpi=72, facecolor="white")
    with long_lived():
        from . import mpl_lazy3d  # noqa: F401  (before matplotlib.figure loads the projections)
        from matplotlib.figure import Figure

    fig = Figure(figsize=(width_in, height_in), dpi=72, facecolor="white")
    Canvas(fig)
    return fig


def add_text(fig: Sheet | Figure, x: float, y: float, s: str, **kwargs: Any) -> Label:
    """`fig.text(x, y, s, **kwargs)`, made a `agg_text.Label` (its layout remembered).

    Why, on a `Figure`, the class of the Text that `Figure.text` made is changed, not a Label
    made and added: `Figure.text` registers a text with the figure by private means (its stale
    callback, its remove method, the figure's list of texts, which decides the drawing order);
    a Label is a Text with one method overridden and no state of its own, so the text is the
    same object in every other way. A `Sheet` makes a Label itself."""
    text = fig.text(x, y, s, **kwargs)
    text.__class__ = Label
    return text


def font(size: float = BASE_PT, bold: bool = False) -> FontProperties:
    return FontProperties(family=fonts.FAMILY, size=size, weight="bold" if bold else "normal")


def prepare_fonts() -> None:
    """Have matplotlib find, under the charts' rcParams, the font of every kind of text the
    charts set: DejaVu Sans by name (`font`) and the rcParams' sans-serif (a label's own
    family), at the two sizes, regular and bold, and the small italic of an organisation
    chart's notes. For a process with time before its first chart and whose forked child then
    has them (`batch.work._prepare_builders`): matplotlib scores every installed font for each
    new lookup (3 ms each with the 370 fonts of `fonts-noto-core`), seven in each process of a
    cold build of the seed. A lookup left out here is made when first asked, as before."""
    from matplotlib import font_manager

    with chart_style():
        for family in (fonts.FAMILY, "sans-serif"):
            for size, weight, style in ((MIN_PT, "normal", "normal"), (BASE_PT, "normal", "normal"),
                                        (BASE_PT, "bold", "normal"), (MIN_PT, "normal", "italic")):
                prop = FontProperties(family=family, size=size, weight=weight, style=style)
                font_manager.fontManager._find_fonts_by_props(prop)


@functools.lru_cache(maxsize=8192)
def text_width(text: str, size: float = BASE_PT, bold: bool = False) -> float:
    """Advance width of one line of `text` in points, from the glyph outlines (dpi-free).
    Cached: wrapping and layout search measure the same words many times."""
    if not text:
        return 0.0
    w, _h, _d = text_to_path.get_text_width_height_descent(text, font(size, bold), ismath=False)
    return float(w)


def save(fig: Figure) -> tuple[bytes | None, bytes]:
    """(svg, png) bytes of `fig`, stripped of dates and software versions; svg is None
    unless `WANT_SVG` asks for it (see `briefkit.charts`)."""
    from . import WANT_SVG

    svg = None
    if WANT_SVG.get():
        buf = io.BytesIO()
        fig.savefig(buf, format="svg", metadata=SVG_METADATA)
        svg = buf.getvalue()
    return svg, _opaque_png(fig)


def deferred_save(fig: Figure) -> tuple[bytes | None, bytes | Callable[[], bytes]]:
    """`save(fig)`, except that without an SVG the PNG is a function that makes it when first
    called (see `Chart`): a chart a writer never places is never rasterized. The function
    draws under the same rcParams as `save` inside `chart_style()` does, so the bytes are the
    same whenever it runs."""
    from . import WANT_SVG

    if WANT_SVG.get():
        return save(fig)

    def png() -> bytes:
        with chart_style():
            return _opaque_png(fig)

    return None, png


class _Pixels:
    """A file for `savefig(format="rgba")` that keeps the view of the renderer's buffer it is
    handed instead of copying 4 bytes a pixel into a growing BytesIO (12 MB for the seed's
    full timeline)."""

    data: memoryview | None = None

    def write(self, buffer) -> int:
        self.data = memoryview(buffer)
        return self.data.nbytes

    def seek(self, *_args) -> int:
        return 0


def _opaque_png(fig: Figure) -> bytes:
    """The PNG without an alpha channel: charts are opaque on white, and an alpha channel
    only makes PDF writers add a soft mask and Word files bigger. The raw RGBA pixels are
    read in place as RGB, skipping the fourth byte ("RGBX"), so no RGBA image is built and
    converted, no RGB copy is made and no PNG is encoded with alpha and decoded again;
    `png.encode_rgbx` writes the file (unfiltered rows, see there) and no timestamps, so
    output stays byte-identical."""
    from .png import encode_rgbx

    raw = _Pixels()
    data = None
    try:
        if isinstance(fig, Sheet):
            renderer, w, h = pixels(fig, PNG_DPI)
            data = memoryview(renderer.buffer_rgba())
            return encode_rgbx(w, h, data, dpi=PNG_DPI)
        fig.savefig(raw, format="rgba", dpi=PNG_DPI)
        w_in, h_in = fig.get_size_inches()
        data = raw.data
        size = _canvas_size(w_in * PNG_DPI, h_in * PNG_DPI, data.nbytes if data is not None else 0)
        if data is None or size is None:  # pragma: no cover - a matplotlib change
            raise ValueError(f"unexpected raw image for {(w_in * PNG_DPI, h_in * PNG_DPI)}")
        return encode_rgbx(size[0], size[1], data, dpi=PNG_DPI)
    finally:
        # The pixels are in the PNG: the 300 dpi buffer goes now, not when the figure is
        # collected (see `agg_text.TextCachingRenderer.release`).
        raw.data = data = None
        if isinstance(fig.canvas, Canvas) or isinstance(fig, Sheet):
            fig.canvas.release_renderer()


def _canvas_size(w: float, h: float, nbytes: int) -> tuple[int, int] | None:
    """The pixel size of Agg's canvas for a figure of `w` x `h` pixels: Agg truncates, but a
    size such as 1277.9999999 (inches times dpi in floating point) may come out either side of
    the whole number, so the size is the one near it whose RGBA buffer has `nbytes`."""
    near = [(abs(cw - w) + abs(ch - h), cw, ch) for cw in (int(w) - 1, int(w), int(w) + 1)
            for ch in (int(h) - 1, int(h), int(h) + 1) if cw * ch * 4 == nbytes]
    return min(near)[1:] if near else None
