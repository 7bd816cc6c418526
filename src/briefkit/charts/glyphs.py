"""Glyph bitmaps rendered once per process and quarter of a pixel.

Why: rendering glyphs with FreeType is most of a chart's drawing time (a profile's charts
place about 1,400 glyphs, every one loaded, hinted and rasterized afresh). Yet a glyph's
bitmap depends only on the font, its size, the rotation and where the glyph's origin falls
*within* a pixel: moving an outline by whole pixels moves its bitmap by whole pixels and
changes no value in it.

Why a quarter of a pixel: FreeType places an outline to 1/64 pixel, and matplotlib hands it
each glyph's exact place, so the same letter at another place along a line is almost always
another of 4,096 bitmaps: keyed by 1/64 pixel, 43% of a batch's glyphs missed this store and
their rendering was 6-7% of the batch's CPU. Each glyph's origin is rounded to the nearest
quarter pixel (1/1200 inch at 300 dpi; a move of at most an eighth of a pixel, 0.01 mm)
before its bitmap is looked up, so a glyph has at most 16 bitmaps, and 97% of glyphs are
found here. The bitmap is FreeType's own for that place. (matplotlib before 3.10 rounded a
whole string to the pixel.) The judgement: a text placed 0.01 mm from where matplotlib would have put it is the
same chart to any reader or printer, and the glyphs rendered afresh for twenty of the
benchmark's profiles went from 12,213 of 28,598 (0.69 of the 10.5 s they took) to 923.

What is kept per glyph: a copy of FreeType's coverage bitmap (Agg's compositor only reads
it, though it asks for a writeable array) and its offset from the whole-pixel part of the
origin; a caller adds the whole pixels back.

Bounded: a worker draws charts for many profiles; when full, the cache starts afresh.
"""
from __future__ import annotations

from typing import Any

import numpy as np
from matplotlib.ft2font import RenderMode

# About 1 KiB an entry (a 7-10 pt glyph at 300 dpi is at most 40 x 40 pixels): at most 10 MiB.
MAX_ENTRIES = 10000

# (font, flags, mode, size, dpi, matrix) -> {glyph number and origin fraction: bitmap}.
#
# Why two levels: a chart sets thousands of glyphs in a few fonts, sizes and one rotation,
# and a flat key of all nine parts was a tuple of its own per glyph, with the rotation's four
# numbers and the size as objects of their own per call that drew it: about 300 bytes an entry
# beside a 270-byte bitmap, 2.5 MiB of a batch worker's 8,400 glyphs. The outer key is made
# once per font, size and rotation; a glyph's key is one int (`_glyph_key`).
_BITMAPS: dict[tuple, dict[int, tuple[np.ndarray, int, int]]] = {}
_COUNT = [0]  # entries across the inner maps, for `MAX_ENTRIES`


QUARTER = 16  # a quarter pixel in FreeType's 1/64 units: where glyph origins are rounded to


def snap(v64: int) -> int:
    """`v64` (1/64 pixel) rounded to the nearest quarter pixel (halves upwards)."""
    return (v64 + QUARTER // 2) & -QUARTER


def _glyph_key(glyph_index: int, x64: int, y64: int) -> int:
    """The glyph's number and its origin's quarter within a pixel, each way, as one int."""
    return (glyph_index << 4) | ((x64 & 63) >> 4 << 2) | ((y64 & 63) >> 4)


def entries() -> int:
    """How many bitmaps are kept."""
    return _COUNT[0]


def clear() -> None:
    _BITMAPS.clear()
    _COUNT[0] = 0


def render(font: Any, glyph_index: int, flags: Any, mode: Any, size: float, dpi: float,
           matrix: tuple[int, int, int, int], x64: int, y64: int) -> tuple[np.ndarray, int, int]:
    """(coverage, left, top) of `glyph_index` with its origin at (x64, y64) in 1/64 pixel
    (y upwards) rounded to a quarter pixel (`snap`), as `font._render_glyph` gives them there
    after `set_size` and `_set_transform`;
    `mode` MONO coverage is already scaled to 0-255. `font` is the FT2Font the glyph came
    from; it is kept by the key, so its identity cannot be reused by another font."""
    outer = (font, flags, mode, size, dpi, matrix)
    bitmaps = _BITMAPS.get(outer)
    if bitmaps is None:
        bitmaps = _BITMAPS[outer] = {}
    x64, y64 = snap(x64), snap(y64)
    key = _glyph_key(glyph_index, x64, y64)
    hit = bitmaps.get(key)
    if hit is None:
        font.set_size(size, dpi)
        font._set_transform(np.array(matrix).reshape(2, 2), [x64 & 63, y64 & 63])
        bitmap = font._render_glyph(glyph_index, flags, mode)
        buffer = np.array(bitmap.buffer)  # ours: FreeType's may be reused by the next glyph
        if mode is RenderMode.MONO:
            buffer *= 0xff
        if _COUNT[0] >= MAX_ENTRIES:
            clear()
            bitmaps = _BITMAPS[outer] = {}
        hit = bitmaps[key] = (buffer, bitmap.left, bitmap.top)
        _COUNT[0] += 1
    buffer, left, top = hit
    return buffer, left + (x64 >> 6), top + (y64 >> 6)
