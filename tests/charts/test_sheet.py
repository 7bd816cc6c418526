"""The raster charts are drawn on a `sheet.Sheet`, not a matplotlib Figure: the same PNG bytes,
without loading matplotlib's plotting stack."""
from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "articles"
# Articles whose charts differ in kind: long and short timelines, day axes, aggregate bars,
# deep and flat organisation charts, and the one whose chart height at 300 dpi falls a
# floating-point tick below a whole pixel (856.9999999999999).
ARTICLES = ("transparency_international", "wagner_group", "europol", "azov", "solidarity",
            "82nd_airborne_division")


def _both(build, *args):
    """The PNG of the chart `build(*args)` makes, drawn on a Sheet and on a Figure."""
    from briefkit.charts import WANT_SVG, render

    with render.chart_style():
        token = WANT_SVG.set(False)  # a PNG only, as a build asks: a Sheet
        try:
            on_sheet = build(*args)
        finally:
            WANT_SVG.reset(token)
        token = WANT_SVG.set(True)  # a Figure, as for an SVG
        try:
            on_figure = build(*args)
        finally:
            WANT_SVG.reset(token)
        assert type(on_sheet.fig).__name__ == "Sheet" and type(on_figure.fig).__name__ == "Figure"
        return render._opaque_png(on_sheet.fig), render._opaque_png(on_figure.fig)


@pytest.mark.parametrize("name", [a for a in ARTICLES if (FIXTURES / f"{a}.txt").is_file()])
def test_a_chart_drawn_on_a_sheet_is_the_png_a_figure_draws(name: str) -> None:
    from briefkit.charts import orgchart, timeline
    from briefkit.charts.orgchart import _without_leaders
    from briefkit.readers import read

    profile = read(FIXTURES / f"{name}.txt")
    drawn = 0
    for options in ({"max_events": 6}, {"max_events": 12}, {}):
        events = timeline.chosen_events(profile, options)
        if events:
            sheet, figure = _both(timeline.build, events)
            assert sheet == figure, (name, options)
            drawn += 1
    if profile.org is not None:
        for depth in (None, 1):
            sheet, figure = _both(orgchart.build, _without_leaders(profile.org, None), depth)
            assert sheet == figure, (name, depth)
            drawn += 1
    assert drawn >= 2


def test_a_sheet_is_as_many_pixels_as_a_figure_s_canvas() -> None:
    """Agg's canvas truncates the size in pixels, but a size a floating-point tick below a
    whole number is that number: a sheet follows the same rule."""
    from matplotlib.figure import Figure

    from briefkit.charts.agg_text import Canvas
    from briefkit.charts.sheet import Sheet

    for w, h in ((4.364735243055556, 2.8566666666666665), (6.3, 4.046006944444445), (1.0, 1.0)):
        fig = Figure(figsize=(w, h), dpi=72)
        canvas = Canvas(fig)
        sheet = Sheet(w, h)
        for dpi in (72, 300):
            fig.dpi = sheet.dpi = dpi
            assert sheet.canvas.get_width_height(physical=True) == canvas.get_width_height(physical=True)
    assert Sheet(4.364735243055556, 2.8566666666666665, dpi=300).canvas.get_width_height(physical=True) == (1309, 857)


def test_drawing_a_chart_s_png_loads_no_plotting_stack() -> None:
    code = textwrap.dedent("""
        import sys
        from briefkit.charts import render_chart
        from briefkit.readers import read
        chart = render_chart(read(sys.argv[1]), "timeline", vector=False)
        assert chart.png.startswith(b"\\x89PNG")
        print(sorted(m for m in ("matplotlib.figure", "matplotlib.axes", "matplotlib.projections",
                                 "matplotlib.legend") if m in sys.modules))
    """)
    seed = Path(__file__).resolve().parents[2] / "seeds" / "freedom_of_russia_legion.txt"
    out = subprocess.run([sys.executable, "-c", code, str(seed)], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_a_sheet_keeps_its_artists_and_texts_as_a_figure_does() -> None:
    from matplotlib.lines import Line2D

    from briefkit.charts import render
    from briefkit.charts.agg_text import Label

    from briefkit.charts import WANT_SVG

    token = WANT_SVG.set(False)
    try:
        with render.chart_style():
            sheet = render.new_figure(2.0, 1.0)
            line = sheet.add_artist(Line2D([0, 1], [0, 1]))
            text = render.add_text(sheet, 0.5, 0.5, "label")
    finally:
        WANT_SVG.reset(token)
    assert sheet.artists == [line] and sheet.texts == [text] and isinstance(text, Label)
    assert line.get_figure(root=True) is sheet and text.get_figure(root=True) is sheet
    assert line.get_transform() is sheet.transSubfigure
    renderer = sheet.canvas.get_renderer()
    assert text.get_window_extent(renderer).width > 0
    text.remove()
    assert sheet.texts == []
