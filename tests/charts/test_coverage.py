"""A text's glyphs composited in one call give the pixels of one call per glyph."""
from __future__ import annotations

import numpy as np
import pytest

from briefkit.charts import coverage


def _glyph(h: int, w: int, value: int = 200) -> np.ndarray:
    buf = np.zeros((h, w), dtype=np.uint8)
    buf[1:-1, 1:-1] = value
    return buf


def test_disjoint_glyphs_merge_into_one_image() -> None:
    a, b = _glyph(5, 4, 100), _glyph(6, 3, 250)
    image, x, y = coverage.stamp([(a, 10, 20), (b, 13, 19)])  # boxes touch, ink does not
    assert (x, y) == (10, 19) and image.shape == (6, 6)
    assert (image[1:6, 0:4][a != 0] == 100).all()
    assert (image[0:6, 3:6][b != 0] == 250).all()
    assert int(image.astype(int).sum()) == int(a.astype(int).sum()) + int(b.astype(int).sum())


def test_glyphs_covering_one_pixel_are_not_merged() -> None:
    assert coverage.stamp([(_glyph(5, 5), 0, 0), (_glyph(5, 5), 2, 0)]) is None


def test_empty_bitmaps_are_left_out() -> None:
    assert coverage.stamp([(np.zeros((0, 0), np.uint8), 5, 5)]) is None
    image, x, y = coverage.stamp([(np.zeros((0, 0), np.uint8), -50, -50), (_glyph(3, 3), 1, 2)])
    assert (x, y, image.shape) == (1, 2, (3, 3))


@pytest.mark.parametrize("text", ["Freedom of Russia Legion", "Ty, r. fiTAVA", "24 Feb 2022 – ongoing"])
def test_pixels_match_a_call_per_glyph(text: str) -> None:
    """The canvas after the merged call equals the canvas after one call per glyph, on a
    coloured background, half transparent, partly off the canvas and clipped."""
    from matplotlib.backends.backend_agg import RendererAgg
    from matplotlib.font_manager import FontProperties

    from briefkit.charts import agg_text

    prop = FontProperties(family="DejaVu Sans", size=9)
    canvases = []
    for merge in (True, False):
        renderer = agg_text.TextCachingRenderer(400, 120, 300)
        gc = renderer.new_gc()
        gc.set_foreground((0.2, 0.6, 0.9))
        gc.set_alpha(0.7)
        gc.set_clip_rectangle(None)
        back = renderer.new_gc()
        back.set_foreground((0.9, 0.1, 0.1))
        from matplotlib.path import Path
        from matplotlib.transforms import IdentityTransform
        renderer.draw_path(back, Path([(0, 0), (200, 0), (200, 120), (0, 120), (0, 0)], closed=True),
                           IdentityTransform(), (0.9, 0.9, 0.2))
        agg_text.forget_images()  # each way composites the text afresh
        original = coverage.stamp
        if not merge:
            coverage.stamp = lambda placed: None
        try:
            renderer.draw_text(gc, -7.3, 60.4, text, prop, 0.0)
            renderer.draw_text(gc, 50.6, 100.2, text, prop, 12.0)
        finally:
            coverage.stamp = original
        canvases.append(np.asarray(renderer.buffer_rgba()).copy())
    assert canvases[0].any() and (canvases[0] == canvases[1]).all()
