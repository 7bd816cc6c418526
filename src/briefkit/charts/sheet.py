"""A bare figure for the raster charts: what their artists need of a matplotlib `Figure`, and
a drawing loop that puts them on an Agg canvas as `Figure.savefig` does.

Why: importing `matplotlib.figure` loads the whole plotting stack behind it (axes, axis,
ticks, legends, colour bars, the projections, gridspec, offset boxes, quivers, about 60
modules), 70-100 ms of every process that draws a chart: the cold build's helper, whose
import of the build stages is on the way to the first result, and the batch's fork server.
The charts place lines, patches and texts on a figure through one transform and use none of
that. And `savefig` walks each artist through matplotlib's generic drawing wrappers
(rasterization and filter hooks, path effects, sketch, clip and URL settings, a graphics
context set up through a dozen setters), a tenth of drawing a chart for settings a chart never
uses.

What it is: `Sheet` holds the size, the dpi and its transforms (`dpi_scale_trans`,
`transSubfigure`) as a Figure does, the white background patch, and the artists and texts
added to it; `SheetCanvas` makes its renderer (`agg_text.TextCachingRenderer`, as the chart
canvas does). `draw` draws the background patch and then the artists in the order `Figure.draw`
does (stably sorted by z-order), each `Line2D`, `Patch` and `Text` by the steps of its own
`draw` for the settings a chart uses (no markers, clip, path effects, hatch, sketch,
rasterization or filter), so every call reaches the renderer with the same path, transform,
graphics context and text as before; anything else is drawn by its own `draw`. The PNGs are
the same bytes (a test compares the two ways on charts of every kind).

A chart asked for as SVG (`charts.WANT_SVG`) is drawn on a real `Figure`, which writes it.

Import only from the chart drawing modules: it imports matplotlib.
"""
from __future__ import annotations

import math
from typing import Any

from matplotlib import colors as mcolors
from matplotlib.backend_bases import FigureCanvasBase, GraphicsContextBase
from matplotlib.lines import Line2D
from matplotlib.patches import Patch, Rectangle
from matplotlib.text import Text
from matplotlib.transforms import Affine2D, Bbox, BboxTransformTo, TransformedBbox

from .agg_text import Label, TextCachingRenderer

_to_rgba = mcolors.to_rgba


def _stale(artist: Any, value: bool) -> None:
    """An artist's `stale_callback` on a sheet (matplotlib's `_stale_figure_callback`)."""
    figure = artist.get_figure(root=False)
    if figure is not None:
        figure.stale = value


class Sheet:
    """What the charts' artists ask of their figure (see the module docstring)."""

    def __init__(self, width_in: float, height_in: float, dpi: float = 72, facecolor: str = "white") -> None:
        self.bbox_inches = Bbox.from_bounds(0, 0, width_in, height_in)
        self.dpi_scale_trans = Affine2D().scale(dpi)
        self._dpi = dpi
        self.bbox = TransformedBbox(self.bbox_inches, self.dpi_scale_trans)
        self.figbbox = self.bbox
        self.transFigure = BboxTransformTo(self.bbox)
        self.transSubfigure = self.transFigure
        self.artists: list[Any] = []
        self.texts: list[Any] = []
        self.stale = True
        self.suppressComposite = None
        # The background as `Figure` makes it: the whole figure, no edge, not antialiased.
        self.patch = Rectangle(xy=(0, 0), width=1, height=1, facecolor=facecolor, edgecolor="white",
                               linewidth=0.0, in_layout=False)
        self.patch.set_figure(self)
        self.patch.set_transform(self.transSubfigure)
        self.patch.set_antialiased(False)
        self.canvas = SheetCanvas(self)

    # -- what artists read of their figure
    @property
    def dpi(self) -> float:
        return self._dpi

    @dpi.setter
    def dpi(self, dpi: float) -> None:
        if dpi != self._dpi:
            self._dpi = dpi
            self.dpi_scale_trans.clear().scale(dpi)
            self.stale = True

    def get_figure(self, root: bool | None = None) -> Sheet:
        return self

    def _get_renderer(self) -> TextCachingRenderer:
        return self.canvas.get_renderer()

    def get_size_inches(self) -> Any:
        import numpy as np

        return np.array(self.bbox_inches.p1)

    def get_children(self) -> list[Any]:
        return [self.patch, *self.artists, *self.texts]

    # -- what the charts add
    def add_artist(self, artist: Any) -> Any:
        """`Figure.add_artist`, without clipping."""
        artist.set_figure(self)
        self.artists.append(artist)
        artist._remove_method = self.artists.remove
        if not artist.is_transform_set():
            artist.set_transform(self.transSubfigure)
        self.stale = True
        return artist

    def text(self, x: float, y: float, s: str, **kwargs: Any) -> Label:
        """`Figure.text`, made a `Label` (its layout remembered)."""
        text = Label(x=x, y=y, text=s, **{"transform": self.transSubfigure, **kwargs})
        text.set_figure(self)
        text.stale_callback = _stale
        self.texts.append(text)
        text._remove_method = self.texts.remove
        self.stale = True
        return text


class SheetCanvas:
    """The renderer of a `Sheet` at its current dpi, kept while its size holds (as
    `agg_text.Canvas` keeps it)."""

    device_pixel_ratio = 1
    # matplotlib's own rule for a canvas's pixel size (truncated, but a size within a
    # hundred-millionth of a pixel below a whole number rounded up): the same function, so the
    # same size as a figure's canvas (the Transparency International chart's 856.9999999999999).
    get_width_height = FigureCanvasBase.get_width_height

    def __init__(self, sheet: Sheet) -> None:
        self.figure = sheet
        self.renderer: TextCachingRenderer | None = None
        self._lastKey: tuple | None = None

    def get_renderer(self) -> TextCachingRenderer:
        w, h = self.get_width_height(physical=True)
        key = w, h, self.figure.dpi
        if self._lastKey != key or self.renderer is None:
            self.renderer = TextCachingRenderer(w, h, self.figure.dpi)
            self._lastKey = key
        return self.renderer

    def release_renderer(self) -> None:
        """Free the last renderer's pixels (`TextCachingRenderer.release`)."""
        if self.renderer is not None:
            self.renderer.release()
        self._lastKey = None


def pixels(sheet: Sheet, dpi: float) -> tuple[TextCachingRenderer, int, int]:
    """`sheet` drawn at `dpi` on its canvas's renderer, and the renderer's size: what
    `Figure.savefig(format="rgba", dpi=dpi)` writes is that renderer's buffer."""
    before = sheet.dpi
    sheet.dpi = dpi
    try:
        renderer = sheet.canvas.get_renderer()
        renderer.clear()
        draw(sheet, renderer)
        w, h = sheet.canvas.get_width_height(physical=True)
    finally:
        sheet.dpi = before
    return renderer, w, h


def draw(sheet: Sheet, renderer: Any) -> None:
    """`Figure.draw` for a sheet: the background, then the artists by z-order."""
    children = sheet.get_children()
    children.remove(sheet.patch)
    ordered = sorted((a for a in children if not a.get_animated()), key=lambda a: a.get_zorder())
    for artist in (sheet.patch, *ordered):
        if isinstance(artist, Line2D):
            done = _line(artist, renderer)
        elif isinstance(artist, Patch):
            done = _patch(artist, renderer)
        elif isinstance(artist, Text):
            done = _text(artist, renderer)
        else:
            done = False
        if not done:
            artist.draw(renderer)
    sheet.stale = False


def _plain(a: Any) -> bool:
    """Whether `a` uses none of the settings the drawing steps below leave out."""
    return (not a._rasterized and a._agg_filter is None and not a._path_effects and a._sketch is None
            and a._clipon and a.clipbox is None and a._clippath is None)


def _line(a: Line2D, renderer: Any) -> bool:
    """`Line2D.draw` of a line without markers, gap colour or subslice; False: not such a line."""
    if not a._visible:
        return True
    if not _plain(a) or a._marker or a._subslice or a._gapcolor is not None:
        return False
    if a._invalidy or a._invalidx:
        a.recache()
    a.ind_offset = 0
    if a._lineStyles[a._linestyle] != "_draw_nothing":
        tpath, affine = a._get_transformed_path().get_transformed_path_and_affine()
        if len(tpath.vertices):
            gc = GraphicsContextBase()
            gc.set_antialiased(a._antialiased)
            gc.set_linewidth(a._linewidth)
            dashed = a.is_dashed()
            gc.set_joinstyle(a._dashjoinstyle if dashed else a._solidjoinstyle)
            gc.set_capstyle(a._dashcapstyle if dashed else a._solidcapstyle)
            gc.set_snap(a._snap)
            gc.set_foreground(_to_rgba(a._color, a._alpha), isRGBA=True)
            if a._linewidth > 0:
                gc.set_dashes(*a._dash_pattern)
            else:
                gc.set_dashes(0, None)
            renderer.draw_path(gc, tpath, affine.frozen())
    a.stale = False
    return True


def _patch(a: Patch, renderer: Any) -> bool:
    """`Patch.draw` of a patch without hatch or gap colour; False: not such a patch."""
    if not a._visible:
        return True
    if not _plain(a) or a._hatch or a._gapcolor is not None:
        return False
    path = a.get_path()
    transform = a.get_transform()
    tpath = transform.transform_path_non_affine(path)
    affine = transform.get_affine()
    gc = GraphicsContextBase()
    lw = a._linewidth
    if a._edgecolor[3] == 0 or a._linestyle == "None":
        lw = 0
    gc.set_linewidth(lw)
    gc.set_capstyle(a._capstyle)
    gc.set_joinstyle(a._joinstyle)
    gc.set_antialiased(a._antialiased)
    gc.set_snap(a._snap)
    gc.set_alpha(a._alpha)
    gc.set_foreground(a._edgecolor, isRGBA=True)
    if lw > 0:
        gc.set_dashes(*a._dash_pattern)
    else:
        gc.set_dashes(0, None)
    renderer.draw_path(gc, tpath, affine, a._facecolor if a._facecolor[3] else None)
    a.stale = False
    return True


def _text(a: Text, renderer: Any) -> bool:
    """`Text.draw` of a text without a box, TeX or math; False: not such a text."""
    if not _plain(a) or a._bbox_patch is not None or a._usetex or a._parse_math:
        return False
    a._renderer = renderer
    if not a._visible or a._text == "":
        return True
    _, info, _ = a._get_layout(renderer)
    posx, posy = a.get_transform().transform((float(a._x), float(a._y)))
    if not (math.isfinite(posx) and math.isfinite(posy)):
        return False  # (its own `draw` says why it draws nothing)
    _, canvash = renderer.get_canvas_width_height()
    gc = GraphicsContextBase()
    gc.set_foreground(_to_rgba(a._color), isRGBA=True)
    gc.set_alpha(a._alpha)
    gc.set_antialiased(a._antialiased)
    gc.set_snap(a._snap)
    angle = a.get_rotation()
    flip = renderer.flipy()
    for line, _wad, (x, y) in info:
        x = x + posx
        y = y + posy
        if flip:
            y = canvash - y
        renderer.draw_text(gc, x, y, line, a._fontproperties, angle, ismath=False,
                           mtext=a if len(info) == 1 else None)
    a.stale = False
    return True


__all__ = ["Sheet", "SheetCanvas", "draw", "pixels"]
