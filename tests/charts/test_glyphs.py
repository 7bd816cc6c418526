"""The per-process glyph bitmaps (`charts.glyphs`): the bitmap FreeType makes for the glyph at
that place rounded to a quarter pixel, whole pixels moved by whole pixels, and a bound that
starts the store afresh."""
from __future__ import annotations

import numpy as np
from matplotlib import font_manager as fm
from matplotlib.ft2font import LoadFlags, RenderMode

from briefkit.charts import glyphs

IDENTITY = (0x10000, 0, 0, 0x10000)


def _direct(font, glyph: int, x64: int, y64: int) -> tuple[np.ndarray, int, int]:
    font.set_size(7.0, 300)
    font._set_transform(np.array(IDENTITY).reshape(2, 2), [x64 & 63, y64 & 63])
    bitmap = font._render_glyph(glyph, LoadFlags.NO_HINTING, RenderMode.NORMAL)
    return np.array(bitmap.buffer), bitmap.left + (x64 >> 6), bitmap.top + (y64 >> 6)


def test_a_kept_bitmap_is_the_one_freetype_makes_there(monkeypatch) -> None:
    font = fm.get_font(fm.findfont("DejaVu Sans"))
    glyphs.clear()
    places = [(64 * 10 + 5, 64 * 3 + 17), (64 * 250 + 5, 64 * 80 + 17), (64 * 11 + 40, 64 * 3 + 1)]
    for glyph in (36, 41, 68):
        for x64, y64 in places:
            kept = glyphs.render(font, glyph, LoadFlags.NO_HINTING, RenderMode.NORMAL, 7.0, 300, IDENTITY, x64, y64)
            direct = _direct(font, glyph, glyphs.snap(x64), glyphs.snap(y64))
            assert np.array_equal(kept[0], direct[0]) and kept[1:] == direct[1:]
    # the first two places share their quarters of a pixel: one bitmap each for them
    assert glyphs.entries() == 3 * 2
    monkeypatch.setattr(glyphs, "MAX_ENTRIES", 4)
    glyphs.clear()
    for glyph in range(36, 46):
        kept = glyphs.render(font, glyph, LoadFlags.NO_HINTING, RenderMode.NORMAL, 7.0, 300, IDENTITY, 645, 209)
        direct = _direct(font, glyph, glyphs.snap(645), glyphs.snap(209))
        assert np.array_equal(kept[0], direct[0]) and kept[1:] == direct[1:]
        assert glyphs.entries() <= 4
    glyphs.clear()


def test_a_glyph_moves_at_most_an_eighth_of_a_pixel_and_has_sixteen_bitmaps() -> None:
    """Every origin, negative ones too, is rounded to the nearest quarter pixel; the places of
    one glyph, all 4,096 fractions of a pixel each way, share 16 bitmaps, and a glyph just
    short of the next pixel is drawn there (its bitmap's left edge one pixel on)."""
    for v64 in range(-200, 200):
        snapped = glyphs.snap(v64)
        assert snapped % glyphs.QUARTER == 0 and abs(snapped - v64) <= glyphs.QUARTER // 2
    font = fm.get_font(fm.findfont("DejaVu Sans"))
    glyphs.clear()
    for x64 in range(64 * 7, 64 * 8, 3):
        for y64 in range(64 * 2, 64 * 3, 5):
            glyphs.render(font, 36, LoadFlags.NO_HINTING, RenderMode.NORMAL, 7.0, 300, IDENTITY, x64, y64)
    assert glyphs.entries() == 16
    near = glyphs.render(font, 36, LoadFlags.NO_HINTING, RenderMode.NORMAL, 7.0, 300, IDENTITY, 64 * 7 + 63, 128)
    on = glyphs.render(font, 36, LoadFlags.NO_HINTING, RenderMode.NORMAL, 7.0, 300, IDENTITY, 64 * 8, 128)
    assert np.array_equal(near[0], on[0]) and near[1:] == on[1:]
    glyphs.clear()


def test_a_kept_layout_gives_back_what_freetype_laid_out() -> None:
    """`agg_text._Laid`: the same faces, glyph numbers and places, in order, for a string of
    one face, of several (a fallback glyph) and for an empty one."""
    from types import SimpleNamespace

    from briefkit.charts.agg_text import _Laid

    a, b = object(), object()
    laid = [SimpleNamespace(ft_object=f, glyph_index=g, x=x, y=y)
            for f, g, x, y in ((a, 36, 0.0, 0.0), (a, 70000, 7.123456789012345, -0.5), (b, 3, 1e-9, 2.0))]
    assert list(_Laid(laid)) == [(i.ft_object, i.glyph_index, i.x, i.y) for i in laid]
    assert list(_Laid(laid[:2])) == [(i.ft_object, i.glyph_index, i.x, i.y) for i in laid[:2]]
    assert list(_Laid([])) == [] and len(_Laid(laid)) == 3
