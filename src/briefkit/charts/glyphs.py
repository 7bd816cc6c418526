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

_BITMAPS: dict[tuple, tuple[np.ndarray, int, int]] = {}


def render(font: Any, glyph_index: int, flags: Any, mode: Any, size: float, dpi: float,
           matrix: tuple[int, int, int, int], x64: int, y64: int) -> tuple[np.ndarray, int, int]:
    """(coverage, left, top) of `glyph_index` with its origin at (x64, y64) in 1/64 pixel
    (y upwards), as `font._render_glyph` gives them after `set_size` and `_set_transform`;
    `mode` MONO coverage is already scaled to 0-255. `font` is the FT2Font the glyph came
    from; it is kept by the key, so its identity cannot be reused by another font."""
    key = (font, glyph_index, flags, mode, size, dpi, matrix, x64 & 63, y64 & 63)
    hit = _BITMAPS.get(key)
    if hit is None:
        font.set_size(size, dpi)
        font._set_transform(np.array(matrix).reshape(2, 2), [x64 & 63, y64 & 63])
        bitmap = font._render_glyph(glyph_index, flags, mode)
        buffer = np.array(bitmap.buffer)  # ours: FreeType's may be reused by the next glyph
        if mode is RenderMode.MONO:
            buffer *= 0xff
        if len(_BITMAPS) >= MAX_ENTRIES:
            _BITMAPS.clear()
        hit = _BITMAPS[key] = (buffer, bitmap.left, bitmap.top)
    buffer, left, top = hit
    return buffer, left + (x64 >> 6), top + (y64 >> 6)
