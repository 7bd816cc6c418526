"""Charts are drawn once per profile, in the forms the writers use."""
from __future__ import annotations

import io

from chart_profiles import SEED_EVENTS, profile
from PIL import Image

from briefkit.charts_service import ChartService


def test_png_only_unless_vector_charts_are_asked_for() -> None:
    p = profile(list(SEED_EVENTS[:5]))
    raster = ChartService(p, None).get("timeline")
    vector = ChartService(p, None, vector=True).get("timeline")
    assert raster.svg is None and vector.svg.startswith(b"<?xml")
    assert raster.png == vector.png, "asking for the SVG changes nothing in the PNG"


def test_png_is_opaque_rgb_at_300_dpi() -> None:
    chart = ChartService(profile(list(SEED_EVENTS)), None).get("timeline")
    with Image.open(io.BytesIO(chart.png)) as im:
        assert im.mode == "RGB"
        assert round(im.info["dpi"][0]) == 300
        assert im.width == int(chart.width_in * 300) or abs(im.width - chart.width_in * 300) < 2


def test_timelines_with_the_same_events_are_drawn_once(monkeypatch) -> None:
    from briefkit.charts import timeline

    calls = []
    real = timeline.draw
    monkeypatch.setattr(timeline, "draw", lambda p, o: calls.append(o) or real(p, o))
    from briefkit import charts

    monkeypatch.setitem(charts.CHARTS, "timeline",
                        charts.ChartSpec("timeline", timeline.draw, timeline.inputs, timeline.VERSION,
                                         {"max_events": None}, options_select_inputs=True))
    service = ChartService(profile(list(SEED_EVENTS[:5])), None)
    short, mid, every = (service.get("timeline", {"max_events": n}) for n in (6, 12, None))
    assert len(calls) == 1, "five events: the 6-, 12- and all-event timelines are one picture"
    assert short is mid is every
    service.get("timeline", {"max_events": 3})
    assert len(calls) == 2, "three of five events is another picture"


def test_cache_without_svg_is_a_miss_for_vector(tmp_path) -> None:
    p = profile(list(SEED_EVENTS[:5]))
    first = ChartService(p, tmp_path).get("timeline")
    assert first.svg is None
    assert ChartService(p, tmp_path).get("timeline").png == first.png  # a hit
    vector = ChartService(p, tmp_path, vector=True).get("timeline")
    assert vector.svg is not None and vector.png == first.png


def test_a_timeline_is_rasterized_only_when_its_png_is_used(monkeypatch) -> None:
    from briefkit.charts import render

    made = []
    real = render._opaque_png
    monkeypatch.setattr(render, "_opaque_png", lambda fig: made.append(fig) or real(fig))
    chart = ChartService(profile(list(SEED_EVENTS[:5])), None).get("timeline")
    assert chart.width_in > 0 and chart.alt and not chart.rasterized and made == []
    png = chart.png
    assert chart.rasterized and len(made) == 1 and chart.png is png and len(made) == 1
    eager = ChartService(profile(list(SEED_EVENTS[:5])), None, vector=True).get("timeline")
    assert eager.rasterized and eager.png == png, "made later, the same bytes"


def test_an_organisation_chart_is_rasterized_only_when_its_png_is_used(monkeypatch) -> None:
    """As a timeline: the seed's brief draws its chart of nine battalions to measure it and
    then gives it up for sentences (`fit.told_instead`), and the chart had been rasterized at
    300 dpi all the same."""
    from briefkit.charts import render
    from briefkit.readers import read

    from helpers import SEED

    made = []
    real = render._opaque_png
    monkeypatch.setattr(render, "_opaque_png", lambda fig: made.append(fig) or real(fig))
    chart = ChartService(read(SEED), None).get("orgchart")
    assert chart.width_in > 0 and chart.alt and not chart.rasterized and made == []
    png = chart.png
    assert chart.rasterized and len(made) == 1 and png.startswith(b"\x89PNG")
    eager = ChartService(read(SEED), None, vector=True).get("orgchart")
    assert eager.png == png, "made later, the same bytes"


def test_a_chart_laid_out_but_never_placed_is_cached_without_pixels(tmp_path) -> None:
    p = profile(list(SEED_EVENTS[:5]))
    unused = ChartService(p, tmp_path).get("timeline")
    assert not unused.rasterized
    assert list(tmp_path.rglob("*.json")) and not list(tmp_path.rglob("*.png"))
    again = ChartService(p, tmp_path).get("timeline")  # a rebuild: size and alt from the cache
    assert (again.width_in, again.height_in, again.alt) == (unused.width_in, unused.height_in, unused.alt)
    assert not again.rasterized
    assert again.png == ChartService(p, None).get("timeline").png  # drawn when placed
    assert len(list(tmp_path.rglob("*.png"))) == 1, "and the entry completed"
    third = ChartService(p, tmp_path).get("timeline")
    assert third.rasterized and third.png == again.png


def test_a_figure_whose_size_in_pixels_falls_just_short_of_a_whole_number_is_drawn():
    """Inches times dpi in floating point may come out either side of a whole number; the PNG
    takes the size Agg gave its canvas, whichever side it fell (Nokia's org chart once failed
    with 'unexpected raw image')."""
    from briefkit.charts.render import _canvas_size

    assert _canvas_size(679.0, 1278.0, 679 * 1277 * 4) == (679, 1277)
    assert _canvas_size(679.0000001, 1277.9999999, 679 * 1278 * 4) == (679, 1278)
    assert _canvas_size(679.0, 1278.0, 12) is None


def test_a_rasterized_figure_lets_its_pixels_go() -> None:
    """Once the PNG is made the 300 dpi buffer is freed at once, though the texts drawn with
    the renderer still point at it (a figure waits for the cycle collector); a later draw
    makes a full-size renderer again and the very same pixels."""
    from briefkit.charts import render

    with render.chart_style():
        fig = render.new_figure(2.0, 1.0)
        fig.text(0.1, 0.5, "Founded 2022", fontproperties=render.font())
        first = render._opaque_png(fig)
        renderer = fig.canvas.renderer
        text = fig.texts[0]
        assert (renderer.width, renderer.height) == (1, 1)
        assert text._renderer is renderer  # what kept the buffer before
        assert render._opaque_png(fig) == first
