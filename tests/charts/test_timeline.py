"""Timeline geometry measured on the rendered figure, plus its pure helpers."""
from __future__ import annotations

import re

import datetime as dt
from pathlib import Path
import time

import pytest

from briefkit.charts import labels as L
from briefkit.charts import render_chart, timeline
from briefkit.model import EventDate
from briefkit.select import select_events

from chart_geometry import extent, figure_box, inside, overlap, overlapping_pairs, renderer
from chart_profiles import SEED_EVENTS, E, profile, random_events


def _check_geometry(tf: timeline.TimelineFigure) -> None:
    fig = tf.fig
    r = renderer(fig)
    page = figure_box(fig)
    labels = [(f"L{i}:{d.get_text()}", extent(d, r)) for i, (d, _t) in enumerate(tf.label_texts)]
    labels += [(f"T{i}:{t.get_text()}", extent(t, r)) for i, (_d, t) in enumerate(tf.label_texts)]
    others = [(f"O:{t.get_text()}", extent(t, r)) for t in tf.other_texts]
    texts = labels + others
    for name, bb in texts:
        assert inside(bb, page), f"{name} runs off the figure"
    assert overlapping_pairs(texts) == [], "texts overlap"
    marks = [extent(m, r) for m in tf.markers]
    lines = [extent(ln, r) for ln in tf.lines]
    for name, bb in texts:
        for m in marks:
            assert not overlap(bb, m), f"{name} overlaps a marker"
        for ln in lines:
            assert not overlap(bb, ln), f"{name} overlaps the axis or a grid line"
    for m in marks:
        assert inside(m, page)
    for t in fig.texts:
        assert t.get_fontsize() >= 7.0
    # the natural size is the page size: no writer scaling is needed for a 6.3 in frame
    assert tf.width_in <= 6.3 + 1e-9


def test_no_events_no_chart() -> None:
    assert render_chart(profile([]), "timeline") is None
    assert timeline.build([]) is None
    assert render_chart(profile(list(SEED_EVENTS)), "timeline", {"max_events": 0}) is None


def test_seed_timeline_geometry_and_content() -> None:
    tf = timeline.build(SEED_EVENTS)
    assert tf is not None and tf.mode == "labelled"
    _check_geometry(tf)
    assert len(tf.label_texts) == len(SEED_EVENTS) == 19, "every event has a label"
    dates = [d.get_text() for d, _t in tf.label_texts]
    assert dates[0] == "27 Feb 2022" and dates[-1] == "21 Aug 2024"
    assert "since 22 May 2023" in dates
    # the dense summer of 2022: six labels, in date order, each on its own row
    summer = ["1 Jun 2022", "11 Jun 2022", "22 Jun 2022", "29 Jun 2022", "13 Jul 2022",
              "14 Jul 2022"]
    idx = [dates.index(s) for s in summer]
    assert idx == sorted(idx) == list(range(idx[0], idx[0] + 6))
    r = renderer(tf.fig)
    ys = [extent(tf.label_texts[i][0], r).y0 for i in idx]
    assert all(a > b for a, b in zip(ys, ys[1:])), "rows go down the page in date order"


def test_precisions_are_drawn_differently() -> None:
    from matplotlib.patches import Circle, Polygon, Rectangle

    tf = timeline.build([E(2022, 2, 27, "Day event."), E(2022, 3, None, "Month event."),
                         E(2021, None, None, "Year event."),
                         E(2022, 5, 22, "Ongoing event.", ongoing=True),
                         E(2022, 1, 1, "Span event.", end=EventDate(year=2022, month=4))])
    assert tf is not None
    _check_geometry(tf)
    filled = [m for m in tf.markers if isinstance(m, Circle) and m.get_facecolor()[:3] != (1, 1, 1)]
    hollow = [m for m in tf.markers if isinstance(m, Circle) and m.get_facecolor()[:3] == (1, 1, 1)]
    arrows = [m for m in tf.markers if isinstance(m, Polygon)]
    bars = [m for m in tf.markers if isinstance(m, Rectangle) and m.get_height() * 72 > 5]
    assert len(filled) == 1 and len(hollow) == 1 and len(arrows) == 1
    assert len(bars) >= 3, "month band, ongoing bar and span bar"
    legend = " ".join(t.get_text() for t in tf.other_texts)
    for word in ("exact date", "month only", "year only", "span", "ongoing"):
        assert word in legend


@pytest.mark.parametrize("n", [1, 2, 7, 40])
def test_synthetic_labelled(n: int) -> None:
    events = random_events(n, seed=n)
    tf = timeline.build(events)
    assert tf is not None and tf.mode == "labelled"
    assert len(tf.label_texts) == n
    _check_geometry(tf)


def test_same_day_events_get_separate_rows() -> None:
    events = [E(2023, 5, 5, f"Event number {i} on one day.") for i in range(6)]
    tf = timeline.build(events)
    assert tf is not None
    _check_geometry(tf)


@pytest.mark.parametrize("n", [41, 200])
def test_many_events_are_aggregated_and_fast(n: int) -> None:
    events = random_events(n, seed=7)
    t0 = time.perf_counter()
    chart = render_chart(profile(events), "timeline")
    elapsed = time.perf_counter() - t0
    assert chart is not None and elapsed < 8, f"took {elapsed:.1f}s"
    tf = timeline.build(events)
    assert tf is not None and tf.mode == "aggregate"
    assert len(tf.label_texts) == timeline.AGG_LABELLED
    _check_geometry(tf)
    assert f"Timeline of {n} events" in chart.alt and "counts per" in chart.alt
    assert tf.height_in < 9


def test_aggregate_bins_count_every_event() -> None:
    events = random_events(200, seed=3)
    first = min(e.date.start() for e in events).replace(day=1)
    last = max(e.date.start() for e in events)
    name, bins = timeline._bins(events, first, dt.date(last.year + 1, 1, 1))
    assert sum(c for _a, _b, c in bins) == 200
    assert len(bins) <= 41 and name in ("month", "quarter", "year")


def test_max_events_uses_selection_rule() -> None:
    chart = render_chart(profile(list(SEED_EVENTS)), "timeline", {"max_events": 5})
    assert chart is not None
    assert chart.alt.startswith("Timeline of 5 events")
    # the five highest-importance seed events
    for s in ("Mar 2022", "since 22 May 2023", "27 Feb 2022", "5 Apr 2022", "12 Mar 2024"):
        assert s in chart.alt


def test_a_fit_chooses_a_timelines_events_once_for_the_chart_and_the_template(monkeypatch) -> None:
    """Within a fit (`fit_scope`) a timeline's events are chosen once: its cache key and its
    drawing both ask, and a template listing the same events beside it asks alike (the
    seed's twelve-event pick weighs every event against every place)."""
    from briefkit import select
    from briefkit.fit_scope import kept, scope

    calls = []
    real = select.select_events
    one = select._one_per_label  # what every choice starts with, looked up as it runs
    monkeypatch.setattr(select, "_one_per_label", lambda events: calls.append(1) or one(events))
    p = profile(list(SEED_EVENTS))
    with scope():
        first = timeline.chosen_events(p, {"max_events": 5})
        again = timeline.chosen_events(p, {"max_events": 5})
        listed = kept(select.select_events)(list(p.events), 5)
    assert [e.text for e in first] == [e.text for e in again] == [e.text for e in listed]
    assert len(first) == 5 and first is not again, "each asker gets a list of its own"
    assert len(calls) == 1
    assert [e.text for e in first] == [e.text for e in real(list(p.events), 5)]


def test_alt_text_states_count_and_range() -> None:
    chart = render_chart(profile(list(SEED_EVENTS)), "timeline")
    assert chart is not None
    assert chart.alt.startswith(
        "Timeline of 19 events from 27 Feb 2022 to 21 Aug 2024 (1 ongoing); "
        "all are drawn, and the 15 most important of them are: 27 Feb 2022 ")
    assert chart.alt.count(";") == 15, "long timelines list only the most important events"
    short = render_chart(profile(list(SEED_EVENTS)), "timeline", {"max_events": 6})
    assert short is not None and short.alt.startswith("Timeline of 6 events from 27 Feb 2022")
    assert short.alt.count(";") == 5


# --------------------------------------------------------------- pure helpers


def test_place_rows_spacing_bounds_and_identity() -> None:
    assert timeline.place_rows([0, 50, 100], 10, 0, 100) == [0, 50, 100]
    ys = timeline.place_rows([50, 50, 50, 51], 10, 0, 100)
    assert all(b - a >= 10 - 1e-9 for a, b in zip(ys, ys[1:]))
    assert sum(ys) / 4 == pytest.approx(50.25), "a squeezed group stays centred on its dates"
    ys = timeline.place_rows([0, 0, 0], 10, 5, 100)
    assert ys == [5, 15, 25]
    ys = timeline.place_rows([100, 100], 10, 0, 100)
    assert ys == [90, 100]
    with pytest.raises(ValueError):
        timeline.place_rows([0, 0, 0], 10, 0, 5)


def test_lanes_never_share_overlapping_spans() -> None:
    spans = [(0, 10), (5, 15), (11, 20), (16, 30), (0, 100)]
    lanes = timeline.assign_lanes(spans)
    for i, a in enumerate(spans):
        for j, b in enumerate(spans[i + 1:], i + 1):
            if lanes[i] == lanes[j]:
                assert a[1] < b[0] or b[1] < a[0]


@pytest.mark.parametrize("text, expected", [
    ("On 1 June 2022, the Legion's official Telegram (and YouTube) channel posted a video.",
     "The Legion's official Telegram channel posted a video"),
    ("In March 2023 the Supreme Court of Russia declared the Legion a terrorist group.",
     "The Supreme Court of Russia declared the Legion a terrorist group"),
    ("Since 22 May 2023, the Legion has launched raids. More follows.",
     "The Legion has launched raids"),
    ("According to UNIAN, the unit was formed.", "The unit was formed"),
    ("Infantry moved in.", "Infantry moved in"),
    ("He claimed in February 2023 that the legion had two battalions.",
     "He claimed that the legion had two battalions"),
    ("When discussing the operation on 12 March, one volunteer spoke.",
     "When discussing the operation, one volunteer spoke"),
    ('He said in December 2022: "I am not fighting. I am a patriot."',
     'He said: "I am not fighting"'),
    ("For example, as of July 2022, RT had only one video.", "RT had only one video"),
    ("Founded in 2022.", "Founded in 2022"),
])
def test_short_text(text: str, expected: str) -> None:
    assert L.short_text(text) == expected


def test_short_text_truncates_on_word_boundary() -> None:
    s = L.short_text("The group announced " + "extraordinarily " * 10 + "things.", 40)
    assert len(s) <= 40 and s.endswith("…")
    assert s[:-1].split()[-1] in ("extraordinarily", "announced")


def test_date_labels() -> None:
    assert L.format_date(EventDate(year=2022, month=2, day=27)) == "27 Feb 2022"
    assert L.format_date(EventDate(year=2022, month=3)) == "Mar 2022"
    assert L.format_date(EventDate(year=2022)) == "2022"
    assert L.event_date_label(E(2023, 5, 22, ongoing=True)) == "since 22 May 2023"
    ev = E(2022, 6, None, end=EventDate(year=2022, month=7))
    assert L.event_date_label(ev) == "Jun–Jul 2022"
    # Azov's surrender had read "16 May 2022–20 May 2022"
    assert L.event_date_label(E(2022, 5, 16, end=EventDate(year=2022, month=5, day=20))) == "16–20 May 2022"
    assert L.event_date_label(E(2022, 5, 16, end=EventDate(year=2022, month=6, day=2))) == "16 May–2 Jun 2022"
    assert L.event_date_label(E(2021, 12, 4, end=EventDate(year=2022, month=1, day=6))) == "4 Dec 2021–6 Jan 2022"


@pytest.mark.parametrize("events", [
    [E(1900, 1, 1, "Founded."), E(1950, None, None, "Middle."), E(2024, 5, 5, "Now.", ongoing=True)],
    [E(2024, 5, d, f"Day {d} event.") for d in range(1, 8)],
    [E(2020, 1, 1, "Span A.", end=EventDate(year=2021, month=6)),
     E(2020, 3, None, "Span B.", end=EventDate(year=2020, month=9)),
     E(2020, 5, 5, "Span C.", end=EventDate(year=2022)), E(2021, 1, 1, "Point.")],
    [E(2020, 1, 1, "X" * 300), E(2020, 2, 1, ""), E(2020, 2, 2, "$x^2$ <b>&amp;</b> *not* markup")],
], ids=["century", "one-week", "spans", "odd-text"])
def test_edge_ranges(events) -> None:
    tf = timeline.build(events)
    assert tf is not None
    _check_geometry(tf)
    assert len(tf.label_texts) == len(events)
    ticks = [t for t in tf.other_texts if t.get_text()[:1].isdigit() or t.get_text()[:3].isalpha()]
    assert len(ticks) >= 2, "the axis is labelled"


def test_one_week_uses_a_day_axis() -> None:
    tf = timeline.build([E(2024, 5, d, f"Day {d} event.") for d in range(1, 8)])
    assert tf is not None
    r = renderer(tf.fig)
    from matplotlib.patches import Circle

    dots = sorted(extent(m, r).y0 for m in tf.markers if isinstance(m, Circle))
    assert min(b - a for a, b in zip(dots, dots[1:])) > 5, "a day apart is visibly apart"


def test_markup_characters_are_drawn_literally() -> None:
    tf = timeline.build([E(2020, 2, 2, "$x^2$ <b>&amp;</b> *not* markup")])
    assert tf is not None
    assert tf.label_texts[0][1].get_text() == "$x^2$ <b>&amp;</b> *not* markup"


# --------------------------------------------------------------- legend, scale, labels

LONG = Path(__file__).resolve().parents[1] / "fixtures" / "articles" / "long.txt"


def _rgb(c) -> tuple[float, ...]:
    return tuple(round(v, 3) for v in c[:3])


def _glyph(p) -> tuple | None:
    """Shape, fill, edge and size of an event glyph (a circle or a square); None otherwise."""
    from matplotlib.patches import Circle, Rectangle

    if isinstance(p, Circle):
        return ("circle", _rgb(p.get_facecolor()), _rgb(p.get_edgecolor()),
                round(p.get_linewidth(), 2), round(p.get_radius(), 2))
    if isinstance(p, Rectangle) and abs(p.get_width() - p.get_height()) < 1e-9:
        return ("square", _rgb(p.get_facecolor()), _rgb(p.get_edgecolor()),
                round(p.get_linewidth(), 2), round(p.get_width(), 2))
    return None


def _long_events():
    from briefkit.readers import read

    events = timeline.chosen_events(read(str(LONG)), {"max_events": None})
    assert len(events) > timeline.MAX_LABELLED, "the long fixture must give an aggregated timeline"
    return events


def _precision_mix():
    return [E(2022, 2, 27, "Day event."), E(2022, 3, None, "Month event."),
            E(2021, None, None, "Year event."), E(2022, 5, 22, "Ongoing event.", ongoing=True),
            E(2022, 1, 1, "Span event.", end=EventDate(year=2022, month=4))]


@pytest.mark.parametrize("which", ["mix", "seed6", "seed", "random200", "long"])
def test_legend_shows_exactly_the_glyphs_drawn(which: str) -> None:
    from matplotlib.patches import Polygon

    events = {"mix": _precision_mix, "seed6": lambda: select_events(list(SEED_EVENTS), 6),
              "seed": lambda: list(SEED_EVENTS), "random200": lambda: random_events(200, 5),
              "long": _long_events}[which]()
    tf = timeline.build(events)
    assert tf is not None
    _check_geometry(tf)
    axis = {_glyph(m) for m in tf.point_markers}
    legend = {g for g in map(_glyph, tf.legend_symbols) if g is not None}
    assert None not in axis and len(tf.point_markers) == len(tf.labelled)
    assert legend == axis, "legend glyphs differ from the glyphs on the axis"
    words = " ".join(t.get_text() for t in tf.legend_texts)
    arrows = [m for m in tf.markers if isinstance(m, Polygon)]
    assert ("ongoing" in words) == bool(arrows)
    lanes = tf.mode == "labelled" and any(e.end is not None and not e.ongoing for e in events)
    assert ("span" in words.replace("start of a span", "")) == lanes


def test_long_fixture_legend_has_every_precision() -> None:
    tf = timeline.build(_long_events())
    assert tf is not None and tf.mode == "aggregate"
    kinds = {e.precision for e in tf.labelled}
    words = " ".join(t.get_text() for t in tf.legend_texts)
    for kind in kinds:
        assert timeline.MARKER_TEXT[kind] in words


@pytest.mark.parametrize("which", ["random200", "long"])
def test_aggregate_bars_have_a_count_scale(which: str) -> None:
    from matplotlib.patches import Rectangle

    events = random_events(200, seed=5) if which == "random200" else _long_events()
    tf = timeline.build(events)
    assert tf is not None and tf.mode == "aggregate"
    words = " ".join(t.get_text() for t in tf.legend_texts)
    assert "longest bar" not in words
    r = renderer(tf.fig)
    values = [int(t.get_text()) for t in tf.scale_texts]
    assert len(values) >= 2 and values[0] == 0 and values == sorted(values)
    assert values[-1] <= tf.bar_top
    # the longest bar's ends are 0 and bar_top on the scale; every number sits where its
    # count would end a bar
    bars = [extent(m, r) for m in tf.markers if isinstance(m, Rectangle)
            and m.get_facecolor()[:3] == _to_rgb(timeline.PALE)]
    longest = min(bars, key=lambda b: b.x0)
    xs = [(extent(t, r).x0 + extent(t, r).x1) / 2 for t in tf.scale_texts]
    for v, x in zip(values, xs):
        want = longest.x1 - (longest.x1 - longest.x0) * v / tf.bar_top
        assert x == pytest.approx(want, abs=0.6), f"scale number {v} is misplaced"
    assert all(a > b + 8 for a, b in zip(xs, xs[1:])), "scale numbers are apart"
    # the scale is above the bars
    assert min(extent(t, r).y0 for t in tf.scale_texts) > max(b.y1 for b in bars)


def _to_rgb(c: str) -> tuple[float, ...]:
    from matplotlib.colors import to_rgb

    return tuple(to_rgb(c))


def _span(e) -> bool:
    return e.end is not None or e.ongoing


def test_aggregate_labels_most_important_with_spans_capped() -> None:
    spans = [E(2010 + i % 12, None, None, f"Since {2010 + i % 12} state {i}.", 0.9, ongoing=True)
             for i in range(30)]
    points = [E(2010 + i % 12, 1 + i % 12, 1 + i % 28, f"One-off event {i}.", 0.3 + i / 100)
              for i in range(30)]
    tf = timeline.build(spans + points)
    assert tf is not None and tf.mode == "aggregate"
    cap = timeline.AGG_LABELLED // 3
    labelled_spans = [e for e in tf.labelled if _span(e)]
    labelled_points = [e for e in tf.labelled if not _span(e)]
    assert len(tf.labelled) == timeline.AGG_LABELLED
    assert len(labelled_spans) == cap, "spans keep at most a third of the labels"
    worst = min(e.importance for e in labelled_points)
    assert all(e.importance <= worst for e in points if e not in labelled_points), \
        "the dated events labelled are the most important ones"
    # without crowding, the plain selection rule decides
    few = spans[:3] + points + [E(2015, 6, d, f"Minor event {d}.", 0.1) for d in range(1, 21)]
    tf = timeline.build(few)
    assert tf is not None and tf.mode == "aggregate"
    assert tf.labelled == select_events(few, timeline.AGG_LABELLED)
    # too few dated events: spans fill the remaining labels
    many = spans + [E(2009, 1, 1 + i, f"Since day {i}.", 0.8, ongoing=True) for i in range(10)]
    tf = timeline.build(many + points[:5])
    assert tf is not None and tf.mode == "aggregate"
    assert len(tf.labelled) == timeline.AGG_LABELLED
    assert sum(not _span(e) for e in tf.labelled) == 5


def test_long_fixture_labels_are_not_mostly_spans() -> None:
    events = _long_events()
    tf = timeline.build(events)
    assert tf is not None
    spans = [e for e in tf.labelled if _span(e)]
    assert len(spans) <= timeline.AGG_LABELLED // 3
    pts = [e for e in tf.labelled if not _span(e)]
    rest = [e for e in events if not _span(e) and e not in pts]
    # ranked as select.py ranks: importance, less LEANS for a label leaning on an unseen sentence;
    # an event left out, also less what it costs beside those chosen (a second happening of a day
    # told, the same kind of happening told: `SAME_DAY`, `SAME_STORY`)
    # (a leaning label away from the event it continues counts `LEANS_ALONE` less, `_lean_cost`)
    from briefkit.select import SAME_DAY, SAME_STORY, _lean_cost, _story, _told_before, refers_back

    days = {e.date.start() for e in pts if e.precision == "day"}
    stories = set().union(*(_story(e.label or e.text) for e in pts))
    before = _told_before(events)

    def rank(e):
        own = e.importance - (_lean_cost(e, before, pts) if refers_back(e.label or e.text) else 0.0)
        if e in pts:
            return own
        return own - (SAME_DAY if e.precision == "day" and e.date.start() in days else 0.0) \
            - (SAME_STORY if _story(e.label or e.text) & stories else 0.0)

    told = {" ".join(e.text.split()) for e in pts}
    rest = [e for e in rest if " ".join(e.text.split()) not in told]
    # and a second founding within a year of one labelled tells the same beginning again
    founded = [e.date.year for e in pts if e.kind == "founding"]
    rest = [e for e in rest if not (e.kind == "founding" and any(abs(e.date.year - y) <= 1 for y in founded))]
    assert min(rank(e) for e in pts) >= max((rank(e) for e in rest), default=0) - 1e-9


@pytest.mark.parametrize("which", ["mix", "seed", "random200"])
def test_legend_text_size_in_points(which: str) -> None:
    events = {"mix": _precision_mix, "seed": lambda: list(SEED_EVENTS),
              "random200": lambda: random_events(200, 5)}[which]()
    tf = timeline.build(events)
    assert tf is not None and tf.legend_texts
    # writers place the chart at its natural width (no scaling in a 6.69 in frame), so
    # figure points are printed points
    assert tf.width_in <= 6.3 + 1e-9
    r = renderer(tf.fig)
    for t in tf.legend_texts:
        assert t.get_fontsize() >= timeline.LABEL_PT, "legend at the size of the labels"
        assert r.points_to_pixels(t.get_fontsize()) * 72 / 300 >= 7.0
    # drawn glyphs as tall as those of a label of the same size
    ref = min(extent(t, r).height for _d, t in tf.label_texts)  # a one-line label
    assert min(extent(t, r).height for t in tf.legend_texts) >= ref - 0.5


def _ericsson_like():
    return [E(1876, None, None, "Founded a workshop."), E(2001, None, None, "Combined its handsets."),
            E(2017, 1, 16, "A new chief executive took office."), E(2019, 12, 6, "Settled an investigation."),
            E(2022, 7, None, "A purchase was completed.")]


def test_a_long_empty_stretch_is_cut_out_of_the_axis() -> None:
    """1876 and then 2001-2022: the 122 empty years take one break, not nine tenths of the axis."""
    events = _ericsson_like()
    tf = timeline.build(events)
    assert tf is not None
    _check_geometry(tf)
    cuts = timeline.axis_cuts(tf.events, dt.date(1876, 1, 1), dt.date(2022, 8, 1))
    assert cuts == [(dt.date(1878, 1, 1), dt.date(2000, 1, 1))]
    r = renderer(tf.fig)
    ys = [extent(d, r).y0 for d, _t in tf.label_texts]
    # the modern events spread over most of the label column, not crowded at its foot
    assert ys[1] - ys[-1] > 0.6 * (ys[0] - ys[-1])
    ticks = [t.get_text() for t in tf.other_texts if t.get_text().isdigit()]
    assert "1876" in ticks and "1950" not in ticks and any(t >= "2001" for t in ticks)


def test_a_year_is_not_printed_beside_rows_of_another_year() -> None:
    """Rows pushed apart so that none overlaps no longer sit at their dates: a "2023" tick beside
    the row of 13 July 2022 read as that row's year. Such a tick keeps its mark, not its label."""
    events = [E(2022, 3, 10, "A channel was created."), E(2022, 4, 5, "A press conference was held."),
              E(2022, 6, 1, "A video was posted."), E(2022, 6, 11, "A recruit joined."),
              E(2022, 7, 13, "A statement was made."), E(2022, 7, 14, "A law was signed."),
              E(2022, 8, None, "A declaration was signed."), E(2023, 3, None, "A court ruled."),
              E(2023, 6, 1, "A raid was launched."), E(2024, 3, 12, "Raids were conducted."),
              E(2024, 3, 15, "A man was arrested.")]
    tf = timeline.build(events)
    assert tf is not None
    r = renderer(tf.fig)
    rows = [(extent(d, r), d.get_text()) for d, _t in tf.label_texts]
    ticks = [t for t in tf.other_texts if re.fullmatch(r"(?:[A-Z][a-z]{2} )?\d{4}", t.get_text())]
    assert ticks, "the axis keeps at least one label"
    for t in ticks:
        box = extent(t, r)
        mid = (box.y0 + box.y1) / 2
        beside = [text for b, text in rows if b.y0 - 4 <= mid <= b.y1 + 4]
        assert not beside or any(t.get_text()[-4:] in text for text in beside), (t.get_text(), beside)


def test_an_axis_of_decades_keeps_its_year_labels() -> None:
    """The Foreign Legion's brief timeline, 1831 to 2023 in twelve crowded rows, had no year on
    its axis at all: every label sat beside a row of another year. On an axis of decades a year
    is a scale that no row, which prints its own date, takes for its own."""
    events = [E(1831, 3, 10, "Founded."), E(1835, 6, 28, "Handed over."), E(1835, 8, 17, "Landed."),
              E(1838, 12, 8, "Dissolved."), E(1841, 4, 1, "Split."), E(1863, 4, 30, "Held out."),
              E(1920, None, None, "Became a regiment."), E(1954, None, None, "Defended a fort."),
              E(1962, None, None, "Moved home."), E(1999, 7, 1, "Created a regiment."),
              E(2018, 8, 1, "A general took over."), E(2023, 8, 1, "Another general took over.")]
    tf = timeline.build(events)
    assert tf is not None
    years = [t.get_text() for t in tf.other_texts if re.fullmatch(r"\d{4}", t.get_text())]
    assert len(years) >= 4, years


@pytest.mark.parametrize("which", ["seed", "near"])
def test_no_break_where_time_is_evenly_used(which: str) -> None:
    events = list(SEED_EVENTS) if which == "seed" else [
        E(1990, None, None, "Founded."), E(1994, 3, None, "First office."), E(2001, None, None, "Merged."),
        E(2008, 5, 2, "Renamed.")]
    first = min(e.date.start() for e in events)
    assert timeline.axis_cuts(events, first, dt.date(2030, 1, 1)) == []


def test_an_ongoing_state_bridges_the_gap() -> None:
    events = _ericsson_like() + [E(1880, None, None, "Has held a royal warrant since.", ongoing=True)]
    assert timeline.axis_cuts(events, dt.date(1876, 1, 1), dt.date(2022, 8, 1)) == []


def test_a_gap_of_under_half_the_range_is_not_cut() -> None:
    events = [E(1999, 7, 1, "Took over the tasks."), E(2009, 4, 6, "A decision replaced the convention."),
              E(2010, 1, 1, "Became an agency."), E(2017, 5, 1, "A regulation took effect."),
              E(2018, 3, 8, "A director was appointed.")]
    assert timeline.axis_cuts(events, dt.date(1999, 7, 1), dt.date(2018, 4, 1)) == []


def test_a_short_first_stretch_has_year_ticks_that_do_not_collide() -> None:
    events = [E(1999, 7, 1, "Took over the tasks."), E(2021, 4, 6, "A decision replaced the convention."),
              E(2022, 1, 1, "Became an agency."), E(2023, 5, 1, "A regulation took effect."),
              E(2024, 3, 8, "A director was appointed.")]
    tf = timeline.build(events)
    assert tf is not None
    _check_geometry(tf)  # no two texts overlap, tick labels included
    ticks = [t.get_text() for t in tf.other_texts if t.get_text()[:1].isdigit() or t.get_text()[:3] == "Jan"]
    assert not any(t.startswith("Jan 2000") or t.startswith("Jan 2001") for t in ticks), ticks


def test_a_long_label_takes_a_third_line_rather_than_lose_its_end() -> None:
    from briefkit.charts import timeline as TL

    class Measure:  # 5 points a character
        @staticmethod
        def text_width(t, size):
            return 5.0 * len(t)

    label = ("Putin signed a new law, under which Russian citizens can be imprisoned for up to 20 years if they "
             "defect to the side of the enemy during an armed conflict")
    lines = TL._wrap(label, 300.0, Measure)
    assert len(lines) == 3 and " ".join(lines) == label
    assert all(len(x) * 5.0 <= 300.0 for x in lines)
    assert TL._wrap("Short label", 300.0, Measure) == ["Short label"]


def test_a_founding_long_before_the_story_gets_a_break() -> None:
    """Nokia: 1865 to 1902, then nothing until 1967, then thirty events: the empty six
    decades (four tenths of the range) are cut so the story after 1967 gets the axis."""
    import datetime as dt

    from briefkit.model import Event, EventDate

    years = [1865, 1868, 1871, 1902] + list(range(1967, 2026, 2))
    events = [Event(date=EventDate(year=y), text=f"Event {y}.", label=f"Event {y}") for y in years]
    cuts = timeline.axis_cuts(events, dt.date(1865, 1, 1), dt.date(2025, 12, 31))
    assert len(cuts) == 1 and cuts[0][0].year <= 1905 and cuts[0][1].year >= 1960, cuts


def test_an_axis_of_half_decades_across_a_break_keeps_its_year_labels() -> None:
    """Nokia's full timeline, 1865 to 2025 in thirty rows with a break after 1915, had one label
    on its axis, "May 1865": a label every five years is a scale too, and the first year of the
    stretch after the break ("1966" before "1970") is not the axis's step."""
    events = [E(1865, 5, None, "A permit."), E(1868, None, None, "A second mill."), E(1871, None, None, "A company."),
              E(1902, None, None, "Electricity.")] + \
        [E(1967 + k, None, None, f"Event {k}.") for k in (0, 21, 25, 39, 40)] + \
        [E(2010 + k // 3, 1 + (k % 3) * 4, 1 + k, f"Late event {k}.") for k in range(18)]
    tf = timeline.build(events)
    assert tf is not None
    years = [t.get_text() for t in tf.other_texts if re.fullmatch(r"\d{4}", t.get_text())]
    assert len(years) >= 8, years
    assert timeline.COARSE_YEARS == 5


def test_a_crowded_axis_follows_its_rows_and_labels_every_year() -> None:
    """Rounds 51-55: the Legion's two and a half years were labelled "Feb 2022" alone, its rows
    pushed past the axis's end and joined to their markers by a fan of leader lines. When the
    rows run past the axis, the axis follows them: each marker stands beside its row, and every
    year's mark falls between the rows of the years it divides, so each is labelled."""
    events = [E(2022, 2, 27, "The company crossed to the other side with help, according to its commander."),
              E(2022, 3, 10, "The Legion's official channel was created."),
              E(2022, 4, 5, "Three men held a press conference in the capital, announcing the unit's founding."),
              E(2022, 6, 11, "A former banker had joined the unit."), E(2022, 6, 22, "A man was arrested."),
              E(2022, 7, 14, "A law was signed under which citizens can be imprisoned for up to twenty years."),
              E(2022, 8, None, "A declaration of cooperation was signed."), E(2023, 3, None, "A court ruled."),
              E(2023, 6, 1, "Another raid was launched into the border region."),
              E(2024, 3, 12, "Raids were conducted in two regions."), E(2024, 3, 15, "A man was arrested.")]
    tf = timeline.build(events)
    assert tf is not None
    r = renderer(tf.fig)
    years = [t.get_text()[-4:] for t in tf.other_texts if re.fullmatch(r"(?:[A-Z][a-z]{2} )?\d{4}", t.get_text())]
    assert {"2022", "2023", "2024"} <= set(years), years
    # markers beside their rows: every leader line nearly level
    leaders = [ln for ln in tf.fig.artists if getattr(ln, "get_xdata", None) and len(ln.get_xdata()) == 4]
    assert leaders and all(abs(ln.get_ydata()[0] - ln.get_ydata()[-1]) <= 8.0 for ln in leaders)
    _check_geometry(tf)


@pytest.mark.parametrize("stem", ["gchq", "msf"])
def test_an_axis_that_follows_its_rows_labels_a_year_only_beside_its_rows(stem) -> None:
    """Round 56: on an axis that followed its rows, a decade's mark fell beside a row of another
    year ("2000" beside 1997, "1920" beside 1 November 1919 in GCHQ's brief). Its marks are
    the years its rows begin, each printed only beside a row of its own year."""
    from helpers import FIXTURES

    from briefkit.readers import read

    events = select_events(read(FIXTURES / "articles" / f"{stem}.txt").events, 12)
    tf = timeline.build(events)
    assert tf is not None
    r = renderer(tf.fig)
    rows = [(extent(d, r), d.get_text()) for d, _t in tf.label_texts]
    ticks = [t for t in tf.other_texts if re.fullmatch(r"(?:[A-Z][a-z]{2} )?\d{4}", t.get_text())]
    assert len(ticks) >= 2
    for t in ticks:
        box = extent(t, r)
        mid = (box.y0 + box.y1) / 2
        beside = [text for b, text in rows if b.y0 - 4 <= mid <= b.y1 + 4]
        assert not beside or any(t.get_text()[-4:] in text for text in beside), (t.get_text(), beside)


@pytest.mark.parametrize("stem, first", [("europol", "1994"), ("french_foreign_legion", "1831")])
def test_an_axis_that_follows_its_rows_names_its_first_year(stem, first) -> None:
    """Round 59: Europol's brief timeline began at "3 Jan 1994" with "1995" its first year on
    the axis, the Foreign Legion's without "1831": an axis that follows its rows names the year
    of its top when its own ticks named none there."""
    from helpers import FIXTURES

    from briefkit.readers import read

    events = select_events(read(FIXTURES / "articles" / f"{stem}.txt").events, 12)
    tf = timeline.build(events)
    assert tf is not None
    years = [t.get_text() for t in tf.other_texts if re.fullmatch(r"(?:[A-Z][a-z]{2} )?\d{4}", t.get_text())]
    assert years and years[0][-4:] == first, years


def _axis_years(tf: timeline.TimelineFigure) -> set[str]:
    return {t.get_text()[-4:] for t in tf.other_texts
            if t not in tf.legend_texts and re.fullmatch(r"(?:\d{1,2} )?(?:[A-Z][a-z]{2} )?\d{4}", t.get_text())}


@pytest.mark.parametrize("path, most", [
    ("seed", None), ("articles/msf.txt", 12), ("articles/europol.txt", None), ("articles/ericsson.txt", 12),
    ("articles/law_and_justice.txt", None), ("articles/save_the_children.txt", 5), ("articles/nokia.txt", None),
])
def test_every_year_of_a_row_is_named_on_the_axis(path, most) -> None:
    """Round 67: the Legion's full timeline went from "Feb 2022" to "2024" over seven events
    of 2023; MSF's had no 1999 beside two events of that year, Ericsson's no 2019. A year's
    mark at 1 January lost its label beside rows of the year before. Every year a row is dated
    in is named on the axis, unless the axis is a scale of half-decades or more (each row
    prints its own date; see `test_an_axis_of_decades_keeps_its_year_labels`)."""
    from helpers import FIXTURES, SEED

    from briefkit.readers import read

    events = select_events(read(SEED if path == "seed" else FIXTURES / path).events, most)
    tf = timeline.build(events)
    assert tf is not None and tf.mode == "labelled"
    named = _axis_years(tf)
    if not tf.warped:
        steps = sorted(int(b) - int(a) for a, b in zip(sorted(named), sorted(named)[1:]))
        if steps and max(steps, key=steps.count) >= timeline.COARSE_YEARS:
            return
    years = {str(e.date.start().year) for e in tf.labelled}
    assert years <= named, sorted(years - named)
    _check_geometry(tf)


def test_an_axis_that_follows_its_rows_draws_no_month_bands() -> None:
    """Round 67: on the Legion's full timeline, whose axis follows its rows, a month's pale band
    reached from its row to the next month's, and the bands of July to December 2022 ran
    together into one bar that read as a span. Such an axis measures no time, so its months
    are open dots without bands, and the legend says "month only"."""
    from helpers import SEED

    from briefkit.readers import read

    tf = timeline.build(select_events(read(SEED).events, None))
    assert tf is not None and tf.warped
    pale = [m for m in tf.markers if type(m).__name__ == "Rectangle"
            and tuple(round(c, 3) for c in m.get_facecolor()[:3])
            == tuple(round(int(timeline.PALE[i:i + 2], 16) / 255, 3) for i in (1, 3, 5))]
    assert pale == []
    assert "month only" in [t.get_text() for t in tf.legend_texts]
    # a linear axis keeps them
    short = timeline.build(select_events(read(SEED).events, 5))
    assert short is not None and not short.warped
    assert "month only (band: the month)" in [t.get_text() for t in short.legend_texts]


# (GCHQ's eight: its twelve came to hold its 1946 and 1950 moves, which leave no stretch to cut)
@pytest.mark.parametrize("stem, most", [("gchq", 8), ("nokia", None), ("save_the_children", None)])
def test_a_break_in_an_axis_that_follows_its_rows_stands_clear_of_the_markers(stem, most):
    """Round 71: the break of GCHQ's and Nokia's axes, which follow their rows, was drawn from
    where the cut stretch began, over the marker of the row after it (1984, 1967). It stands
    midway between the rows either side of the cut, clear of both markers."""
    from helpers import FIXTURES

    from briefkit.readers import read

    tf = timeline.build(select_events(read(FIXTURES / "articles" / f"{stem}.txt").events, most))
    assert tf is not None and tf.warped
    r = renderer(tf.fig)
    strokes = [ln for ln in tf.lines if len(ln.get_xdata()) == 2 and ln.get_ydata()[0] != ln.get_ydata()[1]
               and ln.get_xdata()[0] != ln.get_xdata()[1]]
    assert strokes, "the axis is broken"
    glyphs = [extent(m, r) for m in tf.point_markers]
    for ln in strokes:
        box = extent(ln, r)
        assert not any(overlap(box, g) for g in glyphs), (stem, ln.get_ydata())


def test_a_span_of_a_few_days_is_drawn_as_a_bar_not_a_dash() -> None:
    """Round 73: Azov's "16-20 May 2022" and GCHQ's "1950-1954" were one-point dashes beside
    the axis, read as stray marks. A span's bar is at least `MIN_SPAN_PT` long, from its start."""
    from matplotlib.colors import to_rgb
    from matplotlib.patches import Rectangle

    tf = timeline.build([E(2014, 5, 5, "Formed."), E(2018, 3, None, "Renamed."),
                         E(2022, 5, 16, "Defenders left the plant.", end=EventDate(year=2022, month=5, day=20)),
                         E(2023, 7, 17, "Command resumed."), E(2025, None, None, "Corps formed.")])
    assert tf is not None
    bars = [m for m in tf.markers if isinstance(m, Rectangle) and m.get_facecolor()[:3] == to_rgb(timeline.SPAN)
            and abs(m.get_width() - 4.5) < 0.01]  # the lane's bar, not the span's start marker
    assert len(bars) == 1
    assert bars[0].get_height() >= 5.9, bars[0].get_height()  # about a marker tall (`MIN_SPAN_PT`)
