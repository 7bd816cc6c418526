"""An Agg canvas whose text costs less and draws the same pixels, each glyph at its place
rounded to a quarter pixel (see `glyphs`).

Why: text is most of a chart's drawing time. For every Text artist matplotlib's Agg
renderer shapes the string twice (once to measure it, once to draw it) in FreeType, on a
fresh renderer per figure, so the same label in the 6-, 12- and all-event timelines is shaped
six times; and for every glyph it builds the same rotation matrix with numpy (a few
microseconds of array set-up per glyph, thousands of glyphs per chart).

What changes: the measurement (`get_text_width_height_descent`) and the shaping (`_layout`)
of a string are remembered per process, keyed by everything they read (string, font files,
size, dpi, hinting, font features, language), and the glyph matrix is made once per string.
A text's origin is rounded to the nearest whole pixel (matplotlib before 3.10 placed a whole
string so), which makes its composited glyphs depend on the text, its angle and antialiasing
alone, so they are kept (`_IMAGES`, up to `_IMAGE_BYTES`) and a text drawn again is one
composite: three in four of the benchmark's texts are (a chart's legend and ticks, the labels
the brief's and the full profile's timelines share), and drawing the texts of 20 profiles
took 0.44 s instead of 0.92 s. A text moves by at most half a pixel, 0.04 mm at 300 dpi.
What does not: every glyph is still FreeType's bitmap for its own place, rounded to a quarter
pixel (remembered per quarter within a pixel, see `glyphs`), composited by Agg in the same
order with the same numbers.

Import only from the chart drawing modules: it imports matplotlib.
"""
from __future__ import annotations

import math
import threading
from array import array
from collections.abc import Iterable, Iterator
from itertools import repeat
from typing import Any

import numpy as np
from matplotlib import rcParams
from matplotlib.backends.backend_agg import FigureCanvasAgg, RendererAgg, get_hinting_flag
from matplotlib.font_manager import fontManager
from matplotlib.ft2font import RenderMode
from matplotlib.text import Text
from matplotlib.transforms import Bbox

from . import coverage, ftfonts, glyphs
from . import plain_text

_METRICS: dict[tuple, tuple[float, float, float]] = {}
_LAYOUTS: dict[tuple, _Laid] = {}
_MAX_ENTRIES = 20000  # a bound for long batch workers; an entry is a few hundred bytes


class _Laid:
    """A shaped string's glyphs: (FT2Font, glyph index, x, y) for each when iterated, as
    `FT2Font._layout` gave them, kept in arrays.

    Why: a batch worker keeps every label it shaped (`_LAYOUTS`), and a tuple of four objects
    per glyph, two of them floats of their own, took about 150 bytes a glyph (0.9 MiB for a
    worker's 6,000); the arrays take 20, and give back the same numbers (a double holds a
    float exactly). Most strings are set in one face; one with fallback glyphs keeps each
    glyph's face by its place in `fonts`."""

    __slots__ = ("fonts", "which", "glyphs", "xs", "ys")

    def __init__(self, laid: Iterable[Any]) -> None:
        items = list(laid)
        fonts: dict[Any, int] = {}
        which = bytearray()
        for item in items:
            which.append(fonts.setdefault(item.ft_object, len(fonts)) if len(fonts) < 255 else 255)
        if len(fonts) >= 255:  # pragma: no cover - more faces than one string could need
            raise ValueError("a string set in 255 faces or more")
        self.fonts = tuple(fonts)
        self.which = bytes(which) if len(fonts) > 1 else None
        self.glyphs = array("L", [item.glyph_index for item in items])
        self.xs = array("d", [item.x for item in items])
        self.ys = array("d", [item.y for item in items])

    @classmethod
    def plain(cls, font: Any, pens: list[int], boxes: list[tuple]) -> _Laid:
        """The glyphs of a plain string laid out by `plain_text.pens`: each character's own
        glyph of `font`, at its pen (1/64 pixel), on the baseline, as `_layout` places them."""
        laid = cls.__new__(cls)
        laid.fonts, laid.which = (font,), None
        laid.glyphs = array("L", [b[3] for b in boxes])
        laid.xs = array("d", [p / 64 for p in pens])
        laid.ys = array("d", bytes(8 * len(pens)))
        return laid

    def __iter__(self) -> Iterator[tuple[Any, int, float, float]]:
        if not self.fonts:  # an empty string
            return iter(())
        faces = repeat(self.fonts[0]) if self.which is None else map(self.fonts.__getitem__, self.which)
        return zip(faces, self.glyphs, self.xs, self.ys)

    def __len__(self) -> int:
        return len(self.glyphs)


# `_font_key` by font properties, for the rcParams of one `render.chart_style()`, which empties
# it as it starts: matplotlib's font lookup reads eleven rcParams and the environment on every
# call (a third of a chart's rcParams reads, 1,020 lookups for the seed's three charts), for a
# handful of properties a chart sets its texts in.
_FONT_KEYS: dict[Any, tuple] = {}


def forget_font_keys() -> None:
    _FONT_KEYS.clear()


def _font_key(prop) -> tuple:
    """What picks and sizes the FT2Font for `prop` (see RendererAgg._prepare_font)."""
    key = _FONT_KEYS.get(prop)
    if key is None:
        files = fontManager._find_fonts_by_props(prop)
        key = (tuple(files), prop.get_size_in_points(), rcParams["text.hinting_factor"])
        if len(_FONT_KEYS) < 256:
            # a copy: a dict finds a key it holds by identity before it compares hashes, so the
            # object itself, changed later, would find the entry of its former properties
            _FONT_KEYS[prop.copy()] = key
    return key


def _remember(cache: dict, key: tuple, value):
    if len(cache) >= _MAX_ENTRIES:
        cache.clear()
    cache[key] = value
    return value


class TextCachingRenderer(RendererAgg):
    """RendererAgg with remembered text measurement and shaping (see the module docstring),
    its faces read through memory maps (`ftfonts`)."""

    def _prepare_font(self, font_prop):
        """`RendererAgg._prepare_font` with the face from `ftfonts.get_font`."""
        font = ftfonts.get_font(fontManager._find_fonts_by_props(font_prop))
        font.clear()
        font.set_size(font_prop.get_size_in_points(), self.dpi)
        return font

    def get_text_width_height_descent(self, s, prop, ismath):
        if ismath:
            return super().get_text_width_height_descent(s, prop, ismath)
        key = (s, _font_key(prop), self.dpi, get_hinting_flag())
        hit = _METRICS.get(key)
        if hit is None:
            laid = plain_text.pens(lambda: self._prepare_font(prop), s, (key[1], self.dpi, key[3]), key[3])
            hit = _remember(_METRICS, key, plain_text.measure(*laid) if laid is not None
                            else super().get_text_width_height_descent(s, prop, ismath))
        return hit

    def draw_text(self, gc, x, y, s, prop, angle, ismath=False, mtext=None):
        if ismath:
            return super().draw_text(gc, x, y, s, prop, angle, ismath, mtext)
        flags = get_hinting_flag()
        features = mtext.get_fontfeatures() if mtext is not None else None
        language = mtext.get_language() if mtext is not None else None
        # The thread too: shaped glyphs point at FT2Font objects, which matplotlib keeps one
        # per thread (`get_font`) because they are not safe to share.
        key = (threading.get_ident(), s, _font_key(prop), self.dpi, flags,
               None if features is None else tuple(features),
               None if language is None else (language if isinstance(language, str) else tuple(language)))
        mode = RenderMode.NORMAL if gc.get_antialiased() else RenderMode.MONO
        image_key = (key, angle, mode)
        drawn = _IMAGES.get(image_key)
        if drawn is None:
            items = _LAYOUTS.get(key)
            if items is None:
                laid = plain_text.pens(lambda: self._prepare_font(prop), s, (key[2], self.dpi, flags), flags) \
                    if features is None and language is None else None
                if laid is not None:  # the face `_prepare_font` gives, at whatever size it was left
                    items = _remember(_LAYOUTS, key, _Laid.plain(ftfonts.get_font(key[2][0]), *laid))
                else:
                    font = self._prepare_font(prop)
                    items = _remember(_LAYOUTS, key, _Laid(
                        font._layout(s, flags=flags, features=features, language=language)))
            drawn = _keep_image(image_key, _text_image(items, prop.get_size_in_points(), angle, flags, mode,
                                                       self.dpi))
        # The text's origin at the nearest whole pixel (FreeType's y upwards), each glyph where
        # `_text_image` put it from there; draw_text_image's y is downwards and the bottom edge.
        left0 = round(x)
        row0 = int(self.height) - round(self.height - y)
        draw_image = self._renderer.draw_text_image
        if isinstance(drawn, tuple):  # one composite for the whole text (see `coverage`)
            image, left, row = drawn
            draw_image(image, left0 + left, row0 + row + image.shape[0], 0, gc)
            return
        for buffer, left, row in drawn:
            draw_image(buffer, left0 + left, row0 + row + buffer.shape[0], 0, gc)

    def release(self) -> None:
        """Free the pixel buffer now (the figure is done: its PNG is made): the renderer is
        made again at one pixel. Why not wait for the figure to be collected: a figure is a
        web of references and every text it drew keeps this renderer, so its buffer, 4 bytes
        a pixel at 300 dpi (13 MB for the seed's full timeline), would stay until a full run
        of the cycle collector, and the charts of a build added up."""
        RendererAgg.__init__(self, 1, 1, self.dpi)


def _text_image(items: _Laid, size: float, angle: float, flags: Any, mode: Any, dpi: float
                ) -> tuple[np.ndarray, int, int] | list[tuple[np.ndarray, int, int]]:
    """The glyphs of a shaped text placed from an origin at (0, 0), as `draw_text` composites
    them: one coverage image and where its top left pixel goes (x right, y down), or, when two
    glyphs cover a pixel, each glyph's bitmap and place.

    `RendererAgg._draw_text_glyphs_and_boxes` for text (no slant, no extension, no boxes), with
    the matrix made once (the same integers for every glyph) and each bitmap from the glyph
    store (`glyphs`, which rounds each glyph's place to a quarter pixel)."""
    cos = math.cos(math.radians(angle))
    sin = math.sin(math.radians(angle))
    matrix = tuple((0x10000 * np.array([[cos, -sin], [sin, cos]]) @ [[1, 0], [0, 1]])
                   .round().astype(int).ravel().tolist())
    placed = []
    for font, glyph_index, dx, dy in items:  # dy is upwards
        buffer, left, top = glyphs.render(font, glyph_index, flags, mode, size, dpi, matrix,
                                          round(0x40 * (dx * cos - dy * sin)),
                                          round(0x40 * (dx * sin + dy * cos)))
        placed.append((buffer, left, -top))
    merged = coverage.stamp(placed)
    return merged if merged is not None else placed


# The composited texts by everything their pixels depend on (`draw_text`'s key, the angle and
# the antialiasing), up to `_IMAGE_BYTES` of coverage: a batch worker draws the same legend,
# ticks and labels again and again.
_IMAGES: dict[tuple, Any] = {}
_IMAGE_BYTES = 8 << 20
_image_bytes = [0]


def forget_images() -> None:
    """Drop every kept text image."""
    _IMAGES.clear()
    _image_bytes[0] = 0


def _keep_image(key: tuple, drawn: Any) -> Any:
    size = drawn[0].nbytes if isinstance(drawn, tuple) else sum(b.nbytes for b, _, _ in drawn)
    if _image_bytes[0] + size > _IMAGE_BYTES:
        forget_images()
    _IMAGES[key] = drawn
    _image_bytes[0] += size
    return drawn


# `Label._get_layout` by everything it reads (see there), bounded as `_METRICS` is.
_TEXT_LAYOUTS: dict[tuple, tuple] = {}


class Label(Text):
    """A Text whose layout on a `TextCachingRenderer` is remembered per process: the charts'
    texts are made as Labels (`render.add_text`).

    Why: `Text._get_layout` runs for every text drawn and reads the same things again each
    time: the font looked up from eleven rcParams and the environment, two of its tables read
    from FreeType into new dicts, the text measured through a copy of its font properties. That
    was a fifth of drawing a batch's timelines (1,902 texts for 60 charts), for results that
    depend only on the key below: the string, what picks and sizes the face (`_font_key`), the
    dpi, the renderer's kind, the hinting, and the text's own rotation, alignment and spacing
    settings. A layout is given back as `Text._get_layout` makes it: a new Bbox (callers may
    change it), the lines with their metrics and places, the unrotated box."""

    def _get_layout(self, renderer):
        if type(renderer) is not TextCachingRenderer or self.get_usetex() or self._wrap:
            return super()._get_layout(renderer)
        key = (self.get_text(), _font_key(self._fontproperties), self.get_figure(root=True).dpi, renderer.dpi,
               get_hinting_flag(), self.get_parse_math(), self.get_rotation(), self.get_rotation_mode(),
               self._horizontalalignment, self._verticalalignment, self._linespacing,
               self._get_multialignment())
        hit = _TEXT_LAYOUTS.get(key)
        if hit is None:
            bbox, lines, corner = super()._get_layout(renderer)
            hit = _remember(_TEXT_LAYOUTS, key, (bbox.bounds, tuple(lines), corner))
        bounds, lines, corner = hit
        return Bbox.from_bounds(*bounds), list(lines), corner


class Canvas(FigureCanvasAgg):
    """FigureCanvasAgg drawing with `TextCachingRenderer`."""

    def get_renderer(self):
        w, h = self.get_width_height(physical=True)
        key = w, h, self.figure.dpi
        if self._lastKey != key:
            self.renderer = TextCachingRenderer(w, h, self.figure.dpi)
            self._lastKey = key
        return self.renderer

    def release_renderer(self) -> None:
        """Free the last renderer's pixels (`TextCachingRenderer.release`); a later draw makes
        a new one."""
        renderer = getattr(self, "renderer", None)
        if isinstance(renderer, TextCachingRenderer):
            renderer.release()
        self._lastKey = None


__all__ = ["Canvas", "Label", "TextCachingRenderer"]
