"""Glyph bitmaps rendered once per process and position within a pixel.

Why: rendering glyphs with FreeType is most of a chart's drawing time (a profile's charts
place about 1,400 glyphs, every one loaded, hinted and rasterized afresh). Yet a glyph's
bitmap depends only on the font, its size, the rotation and where the glyph's origin falls
*within* a pixel: FreeType positions outlines in 1/64 pixel, and moving an outline by whole
pixels moves its bitmap by whole pixels and changes no value in it. Labels repeat the same
letters at the same fractions across a chart, the timelines of one profile and the profiles
of a batch worker, so about half of all glyphs (more in a long-lived worker) are found here.

What is kept per glyph: a copy of FreeType's coverage bitmap (Agg's compositor only reads
it, though it asks for a writeable array) and its offset from the whole-pixel part of the
origin; a caller adds the whole pixels back. The result is the bitmap FreeType would have
made, so charts keep the very same pixels.

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


def _glyph_key(glyph_index: int, x64: int, y64: int) -> int:
    """The glyph's number and its origin's place within a pixel (1/64 each way), as one int."""
    return (glyph_index << 12) | ((x64 & 63) << 6) | (y64 & 63)


def entries() -> int:
    """How many bitmaps are kept."""
    return _COUNT[0]


def clear() -> None:
    _BITMAPS.clear()
    _COUNT[0] = 0


def render(font: Any, glyph_index: int, flags: Any, mode: Any, size: float, dpi: float,
           matrix: tuple[int, int, int, int], x64: int, y64: int) -> tuple[np.ndarray, int, int]:
    """(coverage, left, top) of `glyph_index` with its origin at (x64, y64) in 1/64 pixel
    (y upwards), as `font._render_glyph` gives them after `set_size` and `_set_transform`;
    `mode` MONO coverage is already scaled to 0-255. `font` is the FT2Font the glyph came
    from; it is kept by the key, so its identity cannot be reused by another font."""
    outer = (font, flags, mode, size, dpi, matrix)
    bitmaps = _BITMAPS.get(outer)
    if bitmaps is None:
        bitmaps = _BITMAPS[outer] = {}
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
