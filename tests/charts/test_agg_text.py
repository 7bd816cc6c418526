"""`charts.agg_text`: a text is drawn from its origin rounded to the whole pixel, and a text
drawn before is composited from the image kept of it, with the same pixels."""
from __future__ import annotations

import numpy as np
import pytest
from matplotlib.font_manager import FontProperties

from briefkit.charts import agg_text, glyphs

PROP = FontProperties(family="DejaVu Sans", size=8)


def _canvas(draws, fresh: bool = True) -> np.ndarray:
    """The pixels of a 300 dpi canvas after `draws` (text, x, y, angle), the kept images
    and glyphs forgotten first when `fresh`."""
    if fresh:
        agg_text.forget_images()
        glyphs.clear()
    renderer = agg_text.TextCachingRenderer(500, 160, 300)
    gc = renderer.new_gc()
    gc.set_foreground((0.1, 0.3, 0.6))
    for text, x, y, angle in draws:
        renderer.draw_text(gc, x, y, text, PROP, angle)
    return np.asarray(renderer.buffer_rgba()).copy()


@pytest.mark.parametrize("angle", [0.0, 90.0, 12.0])
def test_a_text_is_drawn_from_its_origin_at_the_nearest_whole_pixel(angle: float) -> None:
    text = "Ty, r. fiTAVA — 24 Feb 2022"
    exact = _canvas([(text, 40.0, 90.0, angle)])
    assert exact.any()
    for x, y in ((40.3, 89.8), (39.6, 90.49)):
        assert (_canvas([(text, x, y, angle)]) == exact).all()
    assert not (_canvas([(text, 41.0, 90.0, angle)]) == exact).all()  # a whole pixel moves it


def test_a_text_drawn_again_has_the_pixels_it_has_drawn_afresh() -> None:
    texts = [("Freedom of Russia Legion", 20.2, 40.7, 0.0), ("2023", 300.9, 120.1, 0.0),
             ("Freedom of Russia Legion", 140.6, 100.3, 0.0), ("Kursk", 250.0, 30.0, 90.0)]
    afresh = [_canvas([t]) for t in texts]
    _canvas(texts[:2])  # the kept images of the first two, then every text from them or afresh
    kept_before = len(agg_text._IMAGES)
    again = [_canvas([t], fresh=False) for t in texts]
    assert kept_before == 2 and len(agg_text._IMAGES) == 3  # the third text is the first again
    for a, b in zip(afresh, again):
        assert (a == b).all()


def test_the_kept_images_are_bounded(monkeypatch) -> None:
    monkeypatch.setattr(agg_text, "_IMAGE_BYTES", 20_000)
    _canvas([(f"label {n} of the timeline", 10.0, 20.0 + n, 0.0) for n in range(40)])
    assert 0 < agg_text._image_bytes[0] <= 20_000
    assert sum(v[0].nbytes if isinstance(v, tuple) else sum(b.nbytes for b, _, _ in v)
               for v in agg_text._IMAGES.values()) == agg_text._image_bytes[0]
    agg_text.forget_images()


def test_a_font_lookup_is_remembered_within_one_chart_style_and_follows_the_properties() -> None:
    from matplotlib import rcParams
    from matplotlib.font_manager import fontManager

    from briefkit.charts import render

    with render.chart_style():
        prop = FontProperties(family="DejaVu Sans", size=8)
        first = agg_text._font_key(prop)
        assert agg_text._font_key(prop) is first  # remembered
        prop.set_weight("bold")  # the same object, changed: looked up again
        bold = agg_text._font_key(prop)
        assert bold != first and bold[0] == tuple(fontManager._find_fonts_by_props(prop))
        prop.set_size(9)
        assert agg_text._font_key(prop)[1] == 9
        # (many times over: whether a changed object meets its old entry depends on the hashes)
        other = FontProperties(family="DejaVu Sans", size=8)
        for n in range(1, 200):
            other.set_size(8 + n / 8)
            assert agg_text._font_key(other)[1] == 8 + n / 8
        assert agg_text._FONT_KEYS
    assert not agg_text._FONT_KEYS  # forgotten with the chart's rcParams
    with render.chart_style():
        assert agg_text._font_key(FontProperties(family="DejaVu Sans", size=8))[2] == rcParams["text.hinting_factor"]


def _layout_of(text, renderer) -> tuple:
    bbox, lines, corner = text._get_layout(renderer)
    return tuple(bbox.bounds), lines, corner


def test_a_labels_layout_is_a_texts_remembered_and_follows_its_settings(monkeypatch) -> None:
    """A Label lays out as a Text does, for each alignment, rotation and spacing it is given
    after its first layout; the second asking with the same settings is not laid out again,
    and each asking gets a Bbox of its own."""
    from matplotlib.text import Text

    from briefkit.charts import render

    with render.chart_style():
        fig = render.new_figure(4, 2)
        label = render.add_text(fig, 0.2, 0.5, "Tbilisi, 24 Feb 2022\nsecond line", fontsize=7.5)
        plain = fig.text(0.2, 0.5, "Tbilisi, 24 Feb 2022\nsecond line", fontsize=7.5)
        assert isinstance(label, agg_text.Label) and label in fig.texts
        fig.dpi = 300
        renderer = agg_text.TextCachingRenderer(1200, 600, 300)
        agg_text._TEXT_LAYOUTS.clear()
        settings = [{}, {"ha": "right"}, {"va": "center_baseline"}, {"rotation": 30},
                    {"rotation": 30, "rotation_mode": "anchor"}, {"linespacing": 2.0},
                    {"multialignment": "center"}, {"fontsize": 9}, {"fontweight": "bold"}, {"text": "Kursk"}]
        for change in settings:
            label.update(change)
            plain.update(change)
            assert _layout_of(label, renderer) == _layout_of(plain, renderer), change
        calls = []
        real = Text._get_layout
        monkeypatch.setattr(Text, "_get_layout", lambda self, r: calls.append(1) or real(self, r))
        first = label._get_layout(renderer)[0]
        first.x0 = -99.0  # a caller's change to its Bbox stays its own
        assert _layout_of(label, renderer) == _layout_of(plain, renderer)
        assert len(calls) == 1  # the plain Text only: the Label's layout was remembered
