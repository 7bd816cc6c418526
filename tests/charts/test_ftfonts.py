"""The charts' FreeType faces read their files through memory maps (`charts.ftfonts`) and draw
exactly what matplotlib's own faces draw."""
from __future__ import annotations

import mmap
import os
import warnings

import numpy as np
import pytest

from briefkit.charts import render  # noqa: F401  (matplotlib as the charts import it)
from briefkit.charts import fonts, ftfonts

from matplotlib import font_manager as fm
from matplotlib.font_manager import FontProperties
from matplotlib.ft2font import LoadFlags
from matplotlib.textpath import TextToPath

# Latin with diacritics, Cyrillic, Georgian, a dash, and a digit run: the scripts seeds carry
TEXT = "Légion «Свобода России» — ქართული 1917–2024"


def _pixels(font, text: str) -> tuple:
    font.clear()
    font.set_size(7.5, 300)
    font.set_text(text, 0.0, flags=LoadFlags.NO_HINTING)
    font.draw_glyphs_to_bitmap()
    image = np.asarray(font.get_image())
    return font.get_width_height(), font.get_descent(), image.shape, image.tobytes()


def test_the_installed_matplotlib_is_the_one_mirrored() -> None:
    """With another shape of matplotlib's `_get_font` the charts still draw, but at the old
    speed: a matplotlib upgrade that changes it is to be looked at, not passed over."""
    assert ftfonts.MAPPED, "matplotlib's _get_font changed: update charts/ftfonts.py"


@pytest.mark.parametrize("bold", [False, True])
def test_faces_are_read_through_maps(bold: bool) -> None:
    font = ftfonts.get_font(os.fspath(fonts.font_path(bold)))
    assert isinstance(font.fname, mmap.mmap)
    assert font.postscript_name == fm.get_font(os.fspath(fonts.font_path(bold))).postscript_name


@pytest.mark.parametrize("bold", [False, True])
def test_a_mapped_face_draws_the_same_pixels_as_matplotlibs(bold: bool) -> None:
    path = os.fspath(fonts.font_path(bold))
    assert _pixels(ftfonts.get_font(path), TEXT) == _pixels(fm.get_font(path), TEXT)


def test_a_glyph_no_face_has_falls_back_as_in_matplotlib() -> None:
    """The fallback list ends with matplotlib's Last Resort font, which draws a box for a
    character DejaVu lacks and warns, as matplotlib's own face does."""
    text = "Box \U0001F600 here"  # an emoji DejaVu Sans has no glyph for
    path = os.fspath(fonts.font_path())
    with warnings.catch_warnings(record=True) as ours:
        warnings.simplefilter("always")
        mine = _pixels(ftfonts.get_font(path), text)
    with warnings.catch_warnings(record=True) as theirs:
        warnings.simplefilter("always")
        reference = _pixels(fm.get_font(path), text)
    assert mine == reference
    assert [str(w.message) for w in ours] == [str(w.message) for w in theirs]


def test_widths_for_the_layout_are_matplotlibs() -> None:
    for bold in (False, True):
        prop = FontProperties(family=fonts.FAMILY, size=7.5, weight="bold" if bold else "normal")
        assert ftfonts.text_to_path.get_text_width_height_descent(TEXT, prop, ismath=False) \
            == TextToPath().get_text_width_height_descent(TEXT, prop, ismath=False)


def test_a_chart_shapes_and_renders_its_text_with_mapped_faces() -> None:
    """Every string a chart's picture shapes and every glyph it renders comes from a face read
    through a map, not from matplotlib's faces (a system call for every read FreeType asks
    for)."""
    from chart_profiles import seed_profile

    from briefkit.charts import agg_text, glyphs, render_chart

    agg_text._LAYOUTS.clear()
    agg_text.forget_images()  # (a text drawn before would be composited from its kept image)
    glyphs.clear()
    chart = render_chart(seed_profile(), "timeline", vector=False)
    assert chart is not None and chart.png
    faces = {item[0] for items in agg_text._LAYOUTS.values() for item in items} | {key[0] for key in glyphs._BITMAPS}
    assert faces and all(isinstance(face.fname, mmap.mmap) for face in faces)


def test_the_layout_measures_with_mapped_faces() -> None:
    render.text_width.cache_clear()
    fm._get_font.cache_clear()
    assert render.text_width(TEXT, 7.5, True) > 0
    assert fm._get_font.cache_info().currsize == 0


def test_a_forked_child_makes_its_own_faces() -> None:
    """As matplotlib's cache of faces, the maps' faces are not carried into a forked child."""
    ftfonts.get_font(os.fspath(fonts.font_path()))
    assert ftfonts._FONTS
    r, w = os.pipe()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child
        os.write(w, b"empty" if not ftfonts._FONTS else b"kept")
        os._exit(0)
    os.close(w)
    got = os.read(r, 16)
    os.close(r)
    os.waitpid(pid, 0)
    assert got == b"empty"
