"""One coverage image for all the glyphs of a text, composited by Agg in one call.

Why: Agg composites a glyph's coverage bitmap with `draw_text_image`, and every call converts
matplotlib's graphics context (colour, alpha, clip, dashes, hatch, sketch: a dozen Python
calls) before it blends a pixel; for the few hundred pixels of a glyph that conversion is
most of the call. A chart draws tens of thousands of glyphs, so calling it once per text
instead of once per glyph saves about 2% of a build.

Why the pixels are the same: at angle 0 `draw_text_image` blends row spans of the image into
the canvas pixel by pixel (`blend_solid_hspan`), each pixel by its own coverage with the
context's colour, clipped to the canvas and the clip rectangle; a coverage of 0 leaves the
pixel as it is. So when no pixel is covered by two glyphs, blending one image that holds each
glyph's coverage where that glyph lies (and 0 elsewhere) changes every pixel exactly as the
glyph that covers it did. Where two glyphs do cover a pixel (a tight kerning pair), the second
blend is over the first, which one image cannot reproduce: such a text is drawn glyph by glyph.
"""
from __future__ import annotations

from collections.abc import Sequence

import numpy as np


def stamp(placed: Sequence[tuple[np.ndarray, int, int]]) -> tuple[np.ndarray, int, int] | None:
    """(image, x, y_top) of the glyph bitmaps `placed` as (coverage, x, y_top) on the canvas
    (y downwards), merged into one coverage image, or None when two of them cover a pixel."""
    boxes = [(buf, x, y) for buf, x, y in placed if buf.size]
    if not boxes:
        return None
    x0 = min(x for _, x, _ in boxes)
    y0 = min(y for _, _, y in boxes)
    x1 = max(x + buf.shape[1] for buf, x, _ in boxes)
    y1 = max(y + buf.shape[0] for buf, _, y in boxes)
    image = np.zeros((y1 - y0, x1 - x0), dtype=np.uint8)
    for buf, x, y in boxes:
        region = image[y - y0:y - y0 + buf.shape[0], x - x0:x - x0 + buf.shape[1]]
        if region.any():
            if (region[buf != 0] != 0).any():
                return None  # two glyphs cover one pixel
            np.maximum(region, buf, out=region)
        else:
            region[...] = buf
    return image, x0, y0
