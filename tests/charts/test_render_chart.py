"""The render_chart contract: errors, output formats, determinism, cache, lazy import, fonts."""
from __future__ import annotations

import hashlib
import io
import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from briefkit.charts import CHARTS, Chart, fonts, orgchart, render_chart, timeline
from briefkit.errors import ChartError
from briefkit.model import Event, EventDate, OrgNode, Paragraph, Person

from chart_profiles import SEED_EVENTS, profile, random_events, seed_org, seed_profile

HERE = Path(__file__).parent


@pytest.fixture(scope="module")
def seed_charts() -> dict[str, Chart]:
    p = seed_profile()
    out = {}
    for name in CHARTS:
        c = render_chart(p, name)
        assert c is not None
        out[name] = c
    return out


def test_registry_and_errors() -> None:
    assert set(CHARTS) == {"timeline", "orgchart"}
    with pytest.raises(ChartError, match="unknown chart"):
        render_chart(seed_profile(), "piechart")
    with pytest.raises(ChartError, match="no option"):
        render_chart(seed_profile(), "timeline", {"max_evnts": 3})


@pytest.mark.parametrize("bad", ["x", 2.5, -1, True, [3]])
def test_bad_option_values(bad: object) -> None:
    with pytest.raises(ChartError, match="max_events"):
        render_chart(seed_profile(), "timeline", {"max_events": bad})


def test_option_values_from_directives() -> None:
    p = seed_profile()
    assert render_chart(p, "timeline", {"max_events": "5"}) == render_chart(p, "timeline", {"max_events": 5})
    assert render_chart(p, "timeline", {"max_events": "all"}) == render_chart(p, "timeline")


def test_drawing_failure_becomes_chart_error(monkeypatch: pytest.MonkeyPatch) -> None:
    def boom(*_a: object) -> None:
        raise RuntimeError("kaput")

    monkeypatch.setattr(timeline, "_build", boom)
    with pytest.raises(ChartError, match="kaput"):
        render_chart(seed_profile(), "timeline")


def test_chart_fields(seed_charts: dict[str, Chart]) -> None:
    from PIL import Image

    for name, c in seed_charts.items():
        assert c.name == name
        assert c.svg.startswith(b"<?xml") and b"<svg" in c.svg
        assert 1.0 < c.width_in <= 6.3 and 0.5 < c.height_in < 9.5
        img = Image.open(io.BytesIO(c.png))
        assert img.format == "PNG" and img.mode == "RGB"
        assert abs(img.size[0] - c.width_in * 300) <= 2 and abs(img.size[1] - c.height_in * 300) <= 2
        dpi = img.info.get("dpi")
        assert dpi and round(dpi[0]) == 300
        assert c.alt and len(c.alt) > 20


def test_svg_has_no_text_elements_or_dates(seed_charts: dict[str, Chart]) -> None:
    for c in seed_charts.values():
        assert b"<text" not in c.svg, "text is converted to paths"
        assert b"<dc:date>" not in c.svg and b"Matplotlib v" not in c.svg


def test_svglib_renders_the_svg(seed_charts: dict[str, Chart], tmp_path: Path) -> None:
    from reportlab.graphics.shapes import Drawing
    from svglib.svglib import svg2rlg

    for name, c in seed_charts.items():
        path = tmp_path / f"{name}.svg"
        path.write_bytes(c.svg)
        drawing = svg2rlg(str(path))
        assert isinstance(drawing, Drawing)
        assert drawing.width == pytest.approx(c.width_in * 72, rel=0.01)
        assert drawing.height == pytest.approx(c.height_in * 72, rel=0.01)
        assert len(drawing.contents) > 0


def test_deterministic_in_process(seed_charts: dict[str, Chart]) -> None:
    p = seed_profile()
    for name, c in seed_charts.items():
        again = render_chart(p, name)
        assert again == c


def _digest(c: Chart) -> str:
    return hashlib.sha256(c.svg + c.png + c.alt.encode()).hexdigest()


def test_deterministic_across_processes(seed_charts: dict[str, Chart]) -> None:
    code = textwrap.dedent("""
        import hashlib, sys
        sys.path.insert(0, sys.argv[1])
        from chart_profiles import seed_profile
        from briefkit.charts import render_chart
        p = seed_profile()
        for name in ("timeline", "orgchart"):
            c = render_chart(p, name)
            print(name, hashlib.sha256(c.svg + c.png + c.alt.encode()).hexdigest())
    """)
    env = {**os.environ, "PYTHONHASHSEED": "12345"}
    out = subprocess.run([sys.executable, "-c", code, str(HERE)], capture_output=True, text=True,
                         env=env, check=True).stdout.split()
    got = dict(zip(out[::2], out[1::2]))
    assert got == {name: _digest(c) for name, c in seed_charts.items()}


def test_import_does_not_load_matplotlib() -> None:
    code = "import sys, briefkit.charts; print('matplotlib' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_cache_hit_does_not_render_nor_import_matplotlib(tmp_path: Path,
                                                         seed_charts: dict[str, Chart]) -> None:
    cache_dir = tmp_path / "cache"
    p = seed_profile()
    first = {n: render_chart(p, n, cache_dir=cache_dir) for n in CHARTS}
    assert first == seed_charts
    files = sorted(x.name for x in cache_dir.rglob("*") if x.is_file())
    assert len(files) == 6 and not any(f.endswith(".tmp") for f in files)
    code = textwrap.dedent("""
        import sys
        sys.path.insert(0, sys.argv[1])
        from chart_profiles import seed_profile
        from briefkit.charts import CHARTS, render_chart
        for spec in CHARTS.values():
            object.__setattr__(spec, "draw", None)  # a miss would call None and fail
        p = seed_profile()
        import hashlib
        for name in ("timeline", "orgchart"):
            c = render_chart(p, name, cache_dir=sys.argv[2])
            print(name, hashlib.sha256(c.svg + c.png + c.alt.encode()).hexdigest())
        print("matplotlib", "matplotlib" in sys.modules)
    """)
    out = subprocess.run([sys.executable, "-c", code, str(HERE), str(cache_dir)],
                         capture_output=True, text=True, check=True).stdout.split()
    got = dict(zip(out[::2], out[1::2]))
    assert got.pop("matplotlib") == "False"
    assert got == {name: _digest(c) for name, c in seed_charts.items()}


def test_cache_key_depends_on_exactly_the_inputs(tmp_path: Path) -> None:
    calls: list[str] = []
    real = {n: s.draw for n, s in CHARTS.items()}
    for n, spec in CHARTS.items():
        def counting(prof, opts, _n=n):
            calls.append(_n)
            return real[_n](prof, opts)
        object.__setattr__(spec, "draw", counting)  # ChartSpec is frozen
    try:
        p = profile(random_events(5), seed_org())
        render_chart(p, "timeline", cache_dir=tmp_path)
        render_chart(p, "orgchart", cache_dir=tmp_path)
        assert calls == ["timeline", "orgchart"]
        # a paragraph and source positions are not chart inputs: no redraw
        p2 = p.model_copy(update={"lead": [Paragraph(text="New lead.")]})
        render_chart(p2, "timeline", cache_dir=tmp_path)
        render_chart(p2, "orgchart", cache_dir=tmp_path)
        assert calls == ["timeline", "orgchart"]
        # changed events redraw the timeline only; changed options too
        p3 = p.model_copy(update={"events": p.events[:4]})
        render_chart(p3, "timeline", cache_dir=tmp_path)
        render_chart(p3, "orgchart", cache_dir=tmp_path)
        render_chart(p, "timeline", {"max_events": 2}, cache_dir=tmp_path)
        assert calls == ["timeline", "orgchart", "timeline", "timeline"]
        # a corrupt entry is treated as a miss
        for meta in tmp_path.rglob("*.json"):
            meta.write_text("{")
        render_chart(p, "orgchart", cache_dir=tmp_path)
        assert calls[-1] == "orgchart"
        assert all(json.loads(m.read_text()) for m in tmp_path.rglob("*.json")
                   if "orgchart" in m.read_text()), "the redraw rewrote its entry"
    finally:
        for n, spec in CHARTS.items():
            object.__setattr__(spec, "draw", real[n])


# ------------------------------------------------------------------ fonts


def _drawn_strings(profile_) -> list[tuple[str, bool]]:
    out = []
    tf = timeline.build(timeline.chosen_events(profile_, {}))
    of = orgchart.build(profile_.org)
    for fig in ([tf.fig] if tf else []) + ([of.fig] if of else []):
        for t in fig.texts:
            out.append((t.get_text(), t.get_fontweight() in ("bold", 700)))
    return out


def test_every_drawn_character_is_in_the_font() -> None:
    from fontTools.ttLib import TTFont

    cmaps = {b: set(TTFont(str(fonts.font_path(b))).getBestCmap()) for b in (False, True)}
    mixed = "Łódź Škoda Ærø — Легіон «Свобода Росії» — ქართული ლეგიონი — 中文 🙂"
    p = profile([Event(date=EventDate(year=2023, month=1, day=2), text=mixed)] + list(SEED_EVENTS),
                OrgNode(name="Грузинский легион / ქართული ლეგიონი", kind="unit",
                        leaders=[Person(name="Mamuka Mamulashvili", role="командир")],
                        children=[OrgNode(name="Łódź Škoda unit 中文")]))
    strings = _drawn_strings(p)
    assert any("ქართული" in s for s, _b in strings) and any("Свобода" in s for s, _b in strings)
    for s, bold in strings:
        lacking = {ch for ch in s if not ch.isspace() and ord(ch) not in cmaps[bold]}
        assert not lacking, f"no glyph for {lacking!r} in {s!r}"
    # characters the font lacks are shown as a visible replacement mark, not dropped
    assert any(fonts.REPLACEMENT in s for s, _b in strings)


def test_font_check_can_fail() -> None:
    assert fonts.missing("中🙂") == {"中", "🙂"}
    assert fonts.missing("Łódź Свобода ქართული") == set()
    assert fonts.drawable("a中b") == "a\ufffdb"


def test_printable_ascii_is_drawable_as_it_is_and_the_rest_is_asked_of_the_face(monkeypatch) -> None:
    """`drawable`'s short way for printable ASCII gives what the question per character gives,
    and is taken only for a face that draws all of it."""
    every = "".join(chr(c) for c in range(0x20, 0x7F))
    assert fonts.drawable(every) == every and fonts.drawable(every, bold=True) == every
    assert fonts.drawable("a\x7fb\tc\x01") == "abc"  # DEL and controls dropped: not printable
    fonts._draws_ascii.cache_clear()
    monkeypatch.setattr(fonts, "has_glyph", lambda ch, bold=False: ch != "q")  # a face without "q"
    assert fonts.drawable("quiet") == "\ufffduiet"
    fonts._draws_ascii.cache_clear()


def test_the_chart_style_is_put_back_as_it_was_after_nesting_and_errors() -> None:
    """A program's own rcParams come back after a chart, nested chart styles included, and
    after an error inside one; inside, the chart's own are in force."""
    import matplotlib
    import pytest

    from briefkit.charts import render

    params = matplotlib.rcParams
    keys = list(render.RC)
    with matplotlib.rc_context({"font.size": 13.0, "savefig.dpi": 72, "path.simplify": True}):
        before = {k: params[k] for k in keys}
        with render.chart_style():
            assert params["font.size"] == render.BASE_PT and params["savefig.dpi"] == render.PNG_DPI
            with render.chart_style():
                assert params["font.size"] == render.BASE_PT
            assert params["font.size"] == render.BASE_PT  # the inner one leaves the outer's in force
        assert {k: params[k] for k in keys} == before
        with pytest.raises(RuntimeError), render.chart_style():
            raise RuntimeError("inside a chart")
        assert {k: params[k] for k in keys} == before
        with render.chart_style():  # a style after an error sets its rcParams again
            assert params["path.simplify"] is False
