"""The timeline chart: events on a real, vertical date axis with one-line labels.

Why vertical: a printed brief is narrower than it is tall, and a label needs about half
the page width to say anything. With time running down the page every event gets its own
label row to the right of the axis, dense months (six events in June–July 2022 on the
seed) are fanned out with bent leader lines, and no label can overlap another by
construction: rows are spaced by a fixed pitch and placed with an exact 1-D solver
(isotonic regression) that keeps each label as close as possible to its date.

Encoding: a filled dot is an event known to the day; an open dot on a pale band is one
known only to the month (the band is the month), an open square one known only to the
year, a filled square the start of a span; a bar left of the axis is a span (from `end`)
and a bar ending in an arrowhead an ongoing one. The legend draws each glyph kind on the
chart with the same code as the axis, and no other.

Above `MAX_LABELLED` events a label per event would be unreadable, so the chart switches
to aggregate mode: bars count the events per month, quarter or year (read off a count
scale above them), and only the `AGG_LABELLED` most important (by
`briefkit.select.select_events`) are labelled, spans taking at most a third of the labels
so that "since 20XX" states do not crowd out dated events.

A long empty stretch is cut out of the axis (`axis_cuts`): a company founded in 1876 with
everything else after 2000 would otherwise crowd its real events into the bottom tenth of the
chart. The rule, so it can be argued with: a stretch with no event, no span and no ongoing
state that is longer than `BREAK_MIN_YEARS` and than `BREAK_SHARE` (three tenths) of the whole range is
replaced by `BREAK_PT` points of axis and drawn as a break (two slanted strokes across the
axis), largest first, at most `MAX_BREAKS`. A full year is kept on either side of it, cut on
1 January, so ticks, month bands and count bins never straddle the break.

Everything is computed in points with y growing down the page, then drawn on a bare
matplotlib Figure through one transform; matplotlib is imported only inside `build`.
"""
from __future__ import annotations

import bisect
import datetime as dt
from .. import recache as re
from collections.abc import Callable, Mapping, Sequence
from ..records import field
from typing import Any

from ..model import Event, Profile
from ..fit_scope import kept
from ..records import record
from ..select import chronological, select_events
from . import labels as L

VERSION = "timeline-12"
WIDTH_IN = 6.3
MAX_LABELLED = 40
LABEL_LINES = 3  # a label wraps to at most this many lines
AGG_LABELLED = 15
ALT_LISTED = AGG_LABELLED  # events named in the alt text at most

LABEL_PT = 7.5
SMALL_PT = 7.0
LEGEND_PT = LABEL_PT  # the legend is read first: body size, not the smallest allowed
SPAN_SHARE = 3  # in aggregate mode at most 1/SPAN_SHARE of the labels are spans
# The shortest span bar drawn: a span of a few days (Azov's 16-20 May 2022) or one the axis
# gives a row to (GCHQ's 1950-1954 on an axis that follows its rows) was a one-point dash
# beside the axis, which round 73 read as a stray mark; as long as a marker is tall, it reads
# as the bar the legend names, starting at its start.
MIN_SPAN_PT = 6.0
ROW = LABEL_PT * 1.45  # label pitch; text is ~1.17 em tall, so rows never touch
LINE_SPACING = 1.1  # of a two-line label
LINE = LABEL_PT * 1.3  # the extra room its second line takes (matplotlib's line at that spacing)
TOP_OFFSET = LABEL_PT * 0.4  # from a one-line label's centre baseline up to its top
MARGIN = 4.0
# Year labels this many years apart or more are a scale (see `timeline`): printed whatever
# rows stand beside them.
COARSE_YEARS = 5
BREAK_PT = 16.0  # axis length of a cut-out stretch: more than a tick label's row
BREAK_MIN_YEARS = 10
BREAK_SHARE = 0.3  # a company founded in 1865 with its story after 1967 (Nokia) gets its break
MAX_BREAKS = 2
MARKER_R = 2.3  # an event glyph's radius on the axis

INK = "#222222"
BLUE = "#1f4e79"
SPAN = "#4f81b0"
PALE = "#c9d8e8"
GREY = "#8a8a8a"
GRID = "#dddddd"


# ----------------------------------------------------------------------------- inputs


def chosen_events(profile: Profile, options: Mapping[str, Any]) -> list[Event]:
    """The events the chart shows: `max_events` most important (select.py's rule) or all.

    Chosen once per fit and number (`fit_scope.kept`): a chart's cache key and its drawing
    both ask, and a template that lists the same events beside the chart asks alike; the
    choice weighs every event against every place (a tenth of a profile's chart time)."""
    return _selected(list(profile.events), options.get("max_events"))


_selected = kept(select_events)


def inputs(profile: Profile, options: Mapping[str, Any]) -> Any:
    """Exactly the profile data the chart depends on (the cache key hashes this)."""
    return [
        e.model_dump(mode="json", exclude={"source", "section", "also"})
        for e in chosen_events(profile, options)
    ]


# ----------------------------------------------------------------------------- geometry


def place_rows(targets: Sequence[float], pitch: float, lo: float, hi: float,
               extra: Sequence[float] | None = None) -> list[float]:
    """Row centres as close as possible (least squares) to sorted `targets`, `pitch` apart
    (plus `extra[i]` below row i, for a label of more than one line), all within [lo, hi].

    Substituting z_i = y_i - c_i (c_i: the least distance of row i from row 0) turns the
    spacing constraint into "z non-decreasing", so the optimum is the isotonic regression of
    (t_i - c_i) (pool adjacent violators), clipped to the bounds; clipping keeps it optimal
    and monotone.
    """
    n = len(targets)
    if n == 0:
        return []
    offsets = [0.0]
    for i in range(1, n):
        offsets.append(offsets[-1] + pitch + (extra[i - 1] if extra else 0.0))
    if hi - lo < offsets[-1] - 1e-9:
        raise ValueError("not enough room for the rows")
    shifted = [t - offsets[i] for i, t in enumerate(targets)]
    blocks: list[list[float]] = []  # [mean, weight]
    for v in shifted:
        blocks.append([v, 1.0])
        while len(blocks) > 1 and blocks[-2][0] > blocks[-1][0]:
            m2, w2 = blocks.pop()
            m1, w1 = blocks.pop()
            blocks.append([(m1 * w1 + m2 * w2) / (w1 + w2), w1 + w2])
    z: list[float] = []
    for mean, weight in blocks:
        z.extend([mean] * int(weight))
    zlo, zhi = lo, hi - offsets[-1]
    return [min(max(v, zlo), zhi) + offsets[i] for i, v in enumerate(z)]


def assign_lanes(spans: Sequence[tuple[float, float]], gap: float = 0.0) -> list[int]:
    """Greedy interval colouring: lane index per span so spans in one lane never overlap."""
    order = sorted(range(len(spans)), key=lambda i: (spans[i][0], spans[i][1]))
    lane_end: list[float] = []
    out = [0] * len(spans)
    for i in order:
        a, b = spans[i]
        for k, end in enumerate(lane_end):
            if a > end + gap:
                lane_end[k] = b
                out[i] = k
                break
        else:
            lane_end.append(b)
            out[i] = len(lane_end) - 1
    return out


def _month_start(d: dt.date) -> dt.date:
    return d.replace(day=1)


def _add_months(d: dt.date, n: int) -> dt.date:
    m = d.year * 12 + d.month - 1 + n
    return dt.date(m // 12, m % 12 + 1, 1)


def _event_span(e: Event) -> tuple[dt.date, dt.date]:
    end = e.end.end() if e.end is not None else e.date.end()
    return e.date.start(), max(end, e.date.start())


def axis_cuts(events: Sequence[Event], t0: dt.date, t1: dt.date) -> list[tuple[dt.date, dt.date]]:
    """Stretches of time left out of the axis (the rule is in the module docstring), sorted."""
    covered: list[list[dt.date]] = []
    for a, b in sorted((_event_span(e)[0], t1 if e.ongoing else _event_span(e)[1]) for e in events):
        if covered and a <= covered[-1][1]:
            covered[-1][1] = max(covered[-1][1], b)
        else:
            covered.append([a, b])
    gaps = []
    for (_a0, a1), (b0, _b1) in zip(covered, covered[1:]):
        if b0.year - a1.year > BREAK_MIN_YEARS + 3:  # room for a kept year either side
            gaps.append((dt.date(a1.year + 2, 1, 1), dt.date(b0.year - 1, 1, 1)))
    cuts: list[tuple[dt.date, dt.date]] = []
    total = (t1 - t0).days
    for c0, c1 in sorted(gaps, key=lambda g: (g[0] - g[1]).days):  # largest first
        days = (c1 - c0).days
        if len(cuts) == MAX_BREAKS or days < 365.25 * BREAK_MIN_YEARS or days <= BREAK_SHARE * total:
            break
        cuts.append((c0, c1))
    return sorted(cuts)


def segments(t0: dt.date, t1: dt.date, cuts: Sequence[tuple[dt.date, dt.date]]) -> list[tuple[dt.date, dt.date]]:
    """The drawn stretches of [t0, t1] between the cuts."""
    out, start = [], t0
    for c0, c1 in cuts:
        out.append((start, c0))
        start = c1
    out.append((start, t1))
    return out


@record
class Tick:
    date: dt.date
    label: str | None


def _beside_its_rows(tick: Tick, y: float, rows: list[float], events: list[Event]) -> bool:
    """Whether a tick's label may be printed: the label rows beside it, pushed apart from where
    their dates fall so that none overlaps, are of its own time, or none is near. A "2023" printed
    beside the row of 13 July 2022 (the rows of a crowded 2022 pushed down past it) reads as that
    row's year; the mark stays, without its label, and the rows give their own dates."""
    if not tick.label or not rows:
        return bool(tick.label)
    near = [i for i in range(len(rows)) if abs(rows[i] - y) <= ROW]
    if not near:
        return True  # a gap in the rows: nothing to misread it against
    has_month = any(m[:3] in tick.label for m in L.MONTHS)
    return any(events[i].date.start().year == tick.date.year
               and (not has_month or events[i].date.start().month == tick.date.month) for i in near)


def _tick_years(ticks: Sequence[Tick]) -> set[int]:
    """The years the labelled ticks name ("2023", "Jan 2023", "5 Jan 2023")."""
    return {int(m.group(1)) for t in ticks if t.label and (m := re.search(r"(\d{4})$", t.label))}


def _named_ticks(ticks: list[Tick], Y: Callable[[dt.date], float], rows: list[float],
                 labelled: list[Event], warped: bool) -> tuple[list[Tick], bool]:
    """`ticks` with the labels that may be printed, and whether the axis is coarse.

    On an axis of half-decades, decades or centuries a year label ("1900") is a scale, not a
    date a row could take for its own: every row prints its day, month and year. Briefs of a
    history of two centuries had an axis without a single year, and Nokia's full timeline
    (1865-2025, a label every five years) one label, "May 1865", above thirty rows. Elsewhere
    a label stands only beside rows of its own time (`_beside_its_rows`), and labels stand a
    row apart at least, wherever the axis put them."""
    years = [int(t.label) for t in ticks if t.label and re.fullmatch(r"\d{4}", t.label)]
    # the axis's step, the most common gap: a stretch after a break is named by its first year
    # ("1966" before "1970"), which is not the step
    gaps = [b - a for a, b in zip(years, years[1:])]
    coarse = bool(gaps) and max(sorted(gaps), key=gaps.count) >= COARSE_YEARS and not warped
    out = [t if warped or (coarse and t.label and re.fullmatch(r"\d{4}", t.label))
           or _beside_its_rows(t, Y(t.date), rows, labelled) else Tick(t.date, None) for t in ticks]
    last_y = float("-inf")
    for k, t in enumerate(out):
        if t.label:
            if Y(t.date) - last_y < ROW - 0.01:  # rows are ROW apart, give or take rounding
                out[k] = Tick(t.date, None)
            else:
                last_y = Y(t.date)
    return out, coarse


def choose_ticks(t0: dt.date, t1: dt.date, scale: float, days: int | None = None) -> list[Tick]:
    """Ticks between t0 and t1, labelled sparsely enough that labels are a row apart.

    `scale` is points per day. Years for long ranges, months for short ones; `days` is the
    length of the whole axis when [t0, t1] is one stretch of a broken one (its ticks are
    years like the rest, however short the stretch).
    """
    days = (t1 - t0).days if days is None else days
    ticks: list[Tick] = []
    if days < 75:
        for step in (1, 2, 7, 14):
            if step * scale >= ROW * 1.2:
                break
        d = t0
        first = True
        while d <= t1:
            if step < 7 or d.weekday() == 0:
                label = (f"{d.day} {L.MONTHS[d.month - 1][:3]}"
                         + (f" {d.year}" if first or (d.month == 1 and d.day <= step) else ""))
                if (d - t0).days % step == 0 or step >= 7:
                    ticks.append(Tick(d, label))
                    first = False
            d += dt.timedelta(days=1)
        if step == 14:
            ticks = ticks[::2]
        return ticks
    if days > 700:
        for step in (1, 2, 5, 10, 20, 50, 100):
            if step * 365.25 * scale >= ROW * 1.2:
                break
        y = t0.year if t0.month == 1 and t0.day == 1 else t0.year + 1
        for year in range(y, t1.year + 1):
            d = dt.date(year, 1, 1)
            if t0 <= d <= t1:
                ticks.append(Tick(d, str(year) if year % step == 0 else None))
        return ticks
    for step in (1, 2, 3, 6, 12):
        if step * 30.4 * scale >= ROW * 1.2:
            break
    d = _month_start(t0) if t0.day == 1 else _add_months(t0, 1)
    first = True
    while d <= t1:
        idx = d.year * 12 + d.month - 1
        label = None
        if idx % step == 0:
            name = L.MONTHS[d.month - 1][:3]
            label = f"{name} {d.year}" if (first or d.month == 1) else name
            first = False
        ticks.append(Tick(d, label))
        d = _add_months(d, 1)
    return ticks


# ----------------------------------------------------------------------------- figure


@record
class TimelineFigure:
    """The built figure plus the artists tests and alt text need to reason about."""

    fig: Any
    width_in: float
    height_in: float
    events: list[Event]  # every event the chart covers, chronological
    labelled: list[Event]  # events with a label row, chronological
    mode: str  # "labelled" | "aggregate"
    bin_name: str | None = None
    label_texts: list[tuple[Any, Any]] = field(default_factory=list)  # (date, text) per labelled event
    other_texts: list[Any] = field(default_factory=list)  # ticks, legend
    markers: list[Any] = field(default_factory=list)  # dots, bars, arrows
    lines: list[Any] = field(default_factory=list)  # the axis and the grid lines
    label_strings: list[str] = field(default_factory=list)
    point_markers: list[Any] = field(default_factory=list)  # the glyph on the axis per label
    legend_symbols: list[Any] = field(default_factory=list)  # glyphs drawn in the legend
    legend_texts: list[Any] = field(default_factory=list)
    scale_texts: list[Any] = field(default_factory=list)  # count scale of aggregate bars
    bar_top: int = 0  # the largest bin count (aggregate mode)
    warped: bool = False  # the axis follows the label rows (see `_follow_rows`)


def build(events: Sequence[Event], width_in: float = WIDTH_IN) -> TimelineFigure | None:
    """Lay out and draw the timeline; None when there are no events."""
    if not events:
        return None
    from . import render

    with render.chart_style():
        return _build(events, width_in)


def _build(events: Sequence[Event], width_in: float) -> TimelineFigure | None:
    events = chronological(list(events))
    if not events:
        return None
    from matplotlib.lines import Line2D
    from matplotlib.patches import Polygon, Rectangle
    from matplotlib.transforms import Affine2D

    from . import render

    aggregate = len(events) > MAX_LABELLED
    labelled = aggregate_labelled(events) if aggregate else events
    W = width_in * 72.0

    # --- the date range: whole months, or days around events a few weeks apart
    first = min(e.date.start() for e in events)
    last = max(_event_span(e)[1] for e in events)
    if (last - first).days < 45:
        # a few weeks: a day axis, or the events would sit on one point of a month axis
        pad = dt.timedelta(days=max(2, (last - first).days // 6))
        t0, t1 = first - pad, last + pad + dt.timedelta(days=1)
    else:
        t0 = _month_start(first)
        t1 = _add_months(_month_start(last), 1)
    any_ongoing = any(e.ongoing for e in events)

    # --- vertical extent: enough room for one row per label, more for longer ranges
    n = len(labelled)
    axis_len = max(150.0, n * ROW * 1.15)
    if aggregate:
        axis_len = max(axis_len, 200.0)
    cuts = axis_cuts(events, t0, t1)
    kept_days = (t1 - t0).days - sum((c1 - c0).days for c0, c1 in cuts)
    scale = (axis_len - BREAK_PT * len(cuts)) / max(1, kept_days)
    ticks: list[Tick] = []
    for s0, s1 in segments(t0, t1, cuts):
        part = choose_ticks(s0, s1, scale, (t1 - t0).days)
        first_labelled = next((t for t in part if t.label), None)
        if first_labelled is None or (first_labelled.date - s0).days * scale > ROW * 1.2:
            # name the top of the axis (and of each stretch after a break), so the reader
            # knows where the first span starts
            day_axis = (t1 - t0).days < 75
            part.insert(0, Tick(s0, f"{s0.day} {L.MONTHS[s0.month - 1][:3]} {s0.year}" if day_axis
                                else f"{L.MONTHS[s0.month - 1][:3]} {s0.year}" if s0.month != 1 or not cuts
                                else str(s0.year)))
        ticks += [t for t in part if not ticks or t.date > ticks[-1].date]

    # --- legend / header texts (measured to wrap them into rows)
    # the legend names exactly the glyphs drawn: marker kinds of the labelled events, and
    # span bars / arrows only where lanes are drawn (not in aggregate mode)
    kinds = {_marker_kind(e) for e in labelled}
    if not aggregate:
        if any(e.end is not None and not e.ongoing for e in events):
            kinds.add("span")
        if any_ongoing:
            kinds.add("arrow")
    bin_name, bins = None, []
    if aggregate:
        bin_name, bins = _bins(events, t0, t1)
    legend = _legend_items(kinds, aggregate, bin_name)
    legend_rows = _wrap_items(legend, W - 2 * MARGIN)
    header_h = len(legend_rows) * ROW + 4.0
    # aggregate mode: a row for the count scale above the bars
    scale_h = ROW * 1.3 if aggregate else 0.0

    y_top = MARGIN + header_h + scale_h + ROW * 0.9
    y_bot = y_top + axis_len

    def Y(d: dt.date) -> float:
        y = y_top + (d - t0).days * scale
        for c0, c1 in cuts:  # a cut stretch takes BREAK_PT, whatever its length
            if d > c0:
                inside = min(d, c1) - c0
                y += BREAK_PT * inside.days / (c1 - c0).days - inside.days * scale
        return y

    # --- columns
    tick_w = max((render.text_width(t.label, SMALL_PT) for t in ticks if t.label), default=0.0)
    x_tick_right = MARGIN + tick_w
    ranges = [e for e in events if e.end is not None or e.ongoing] if not aggregate else []
    lanes = assign_lanes([(Y(e.date.start()), Y(_event_span(e)[1]) if not e.ongoing else y_bot)
                          for e in ranges], gap=3.0)
    n_lanes = max(lanes, default=-1) + 1
    LANE_W, LANE_GAP = 4.5, 3.0
    BAR_MAX = 70.0
    x_lanes = x_tick_right + 7.0
    if aggregate:
        axis_x = x_lanes + BAR_MAX + 5.0
    else:
        axis_x = x_lanes + n_lanes * (LANE_W + LANE_GAP) + (4.0 if n_lanes else 0.0)
    label_x = axis_x + 28.0
    from . import fonts

    # replace glyphs the font lacks before measuring, so widths are those of what is drawn
    date_strs = [fonts.drawable(L.event_date_label(e), bold=True) for e in labelled]
    date_w = max(render.text_width(s, LABEL_PT, bold=True) for s in date_strs)
    text_x = label_x + date_w + 5.0
    text_room = W - MARGIN - text_x
    if text_room < 90:
        raise ValueError("figure too narrow for labels")
    # The extractor's label is the event in its own words; a hand-written event without one
    # gets the gist of its sentence.
    wrapped = [_wrap(fonts.drawable(e.label or L.short_text(e.text, 90)), text_room, render) for e in labelled]
    texts = [" ".join(lines) for lines in wrapped]
    extra = [(len(lines) - 1) * LINE for lines in wrapped]

    # --- label rows
    lo, hi = y_top - ROW * 0.4, y_bot + ROW * 0.4
    if hi - lo < (n - 1) * ROW + sum(extra):
        hi = lo + (n - 1) * ROW + sum(extra)
    # Anchor at the first day the date covers: label order is then chronological (the
    # order of select.chronological), and month/year bands hang below their marker.
    anchors = [Y(e.date.start()) for e in labelled]
    order = sorted(range(n), key=lambda i: (anchors[i], i))
    rows_sorted = place_rows([anchors[i] for i in order], ROW, lo, hi, [extra[i] for i in order])
    rows = [0.0] * n
    for i, y in zip(order, rows_sorted):
        rows[i] = y
    overflow = not aggregate and n >= 2 and max(rows) > y_bot
    # A linear axis whose ticks leave a year of its rows unnamed (a tick beside rows of another
    # year loses its label, `_beside_its_rows`) follows its rows too: Law and Justice's 24
    # years in 20 rows named "2010" alone, the rows crowding every other year's tick (round 67
    # asked for the year of every event on the axis). An axis of half-decades or more is a
    # scale, whatever years it names.
    unnamed = False
    if not aggregate and n >= 2 and not overflow:
        named, coarse = _named_ticks(ticks, Y, rows, labelled, False)
        unnamed = not coarse and bool({e.date.start().year for e in labelled} - _tick_years(named))
    warped = False
    if overflow or unnamed:
        # The label rows run past the axis's end: a crowded stretch pushed them down, so a year
        # mark sat beside rows of the year before and lost its label, and a fan of leader lines
        # joined rows to markers far above them (the Legion's two and a half years labelled
        # "Feb 2022" alone, rounds 51-55). The axis then follows the rows: each event's marker
        # stands beside its row and time runs evenly between one row and the next.
        # (its end no lower than the rows' foot, arrowhead included: the figure keeps its height)
        y_bot = max(y_bot if unnamed else 0.0, max(rows),
                    max(r + x for r, x in zip(rows, extra)) + ROW / 2 - (9.0 if any_ongoing else 0.0))
        Y = _follow_rows(labelled, rows, t0, t1, y_top, y_bot)
        anchors = [Y(e.date.start()) for e in labelled]
        # Its marks are the years of its rows, each at the first row of its year, so every
        # year with an event is named and no name stands beside a row of another year. A mark
        # at 1 January fell between the last row of one year and the first of the next, beside
        # both: a decade's mark read as the year of the row before ("2000" beside 1997, round
        # 56), and the rule that then dropped such a label left years of seven events unnamed
        # ("Feb 2022" then "2024", round 67). The top keeps its name.
        # (the top's year when the axis's own ticks named none there: Europol's brief began
        # at 3 January 1994 with "1995" its first year, round 59)
        top = [t for t in ticks if t.label and t.date == t0][:1] or [Tick(t0, str(t0.year))]
        firsts: dict[int, dt.date] = {}
        for e in labelled:
            firsts.setdefault(e.date.start().year, e.date.start())
        ticks = top + [Tick(d, str(y)) for y, d in sorted(firsts.items()) if y != t0.year and t0 < d <= t1]
        warped = True
    ticks, _coarse = _named_ticks(ticks, Y, rows, labelled, warped)

    # --- draw: the figure ends below the lowest of the axis end, arrowheads and label rows
    H = max(y_bot + (9.0 if any_ongoing and not aggregate else 0.0), max(r + x for r, x in zip(rows, extra)) + ROW / 2,
            max((Y(t.date) for t in ticks if t.label), default=0.0) + ROW / 2) + MARGIN + 2.0
    H_in = H / 72.0
    fig = render.new_figure(width_in, H_in)
    T = Affine2D().scale(1 / 72.0, -1 / 72.0).translate(0, H_in) + fig.dpi_scale_trans
    out = TimelineFigure(fig, width_in, H_in, events, labelled,
                         "aggregate" if aggregate else "labelled", bin_name)
    out.warped = warped
    ink = dict(transform=T, color=INK)

    def text(x: float, y: float, s: str, size: float = LABEL_PT, bold: bool = False, **kw: Any):
        kw.setdefault("va", "center_baseline")
        return render.add_text(fig, x, y, fonts.drawable(s, bold), fontsize=size,
                        fontweight="bold" if bold else "normal", **{**ink, **kw})

    # grid + ticks
    minor_room = min((Y(b.date) - Y(a.date) for a, b in zip(ticks, ticks[1:])), default=999.0)
    for t in ticks:
        y = Y(t.date)
        if t.label:
            out.lines.append(fig.add_artist(Line2D([x_tick_right + 3, axis_x], [y, y],
                                                   transform=T, color=GRID, lw=0.5, zorder=0)))
        elif minor_room >= 4.0:  # unlabelled minor ticks only where they do not hatch the axis
            out.lines.append(fig.add_artist(Line2D([axis_x - 3, axis_x], [y, y], transform=T,
                                                   color=GRID, lw=0.5, zorder=0)))
        if t.label:
            out.other_texts.append(text(x_tick_right, y, t.label, SMALL_PT, ha="right",
                                        color="#555555"))
    breaks, stretches = _breaks(cuts, Y, t0, t1, anchors, labelled, warped)
    for y0, y1 in stretches:
        out.lines.append(fig.add_artist(Line2D([axis_x, axis_x], [y0, y1], transform=T, color=GREY,
                                               lw=0.9, zorder=1, solid_capstyle="butt")))
    for yc, half in breaks:  # the break: two slanted strokes across the gap in the axis
        for dy in (-half, half):
            out.lines.append(fig.add_artist(Line2D([axis_x - 4.5, axis_x + 4.5],
                                                   [yc + dy + half * 0.8, yc + dy - half * 0.8],
                                                   transform=T, color=GREY, lw=0.9, zorder=1)))

    # aggregate bars, with a count scale above them
    if aggregate:
        top = max(c for _a, _b, c in bins)
        out.bar_top = top
        x_zero = axis_x - 3
        y_scale = y_top - ROW * 0.9  # the scale line; its numbers sit a row above it
        step = _count_step(top, BAR_MAX, render)
        out.lines.append(fig.add_artist(Line2D([x_zero - BAR_MAX * (top // step * step) / top,
                                                x_zero], [y_scale, y_scale], transform=T,
                                               color=GREY, lw=0.6, zorder=1)))
        for v in range(0, top + 1, step):
            x = x_zero - BAR_MAX * v / top
            out.lines.append(fig.add_artist(Line2D([x, x], [y_scale, y_scale - 2.5],
                                                   transform=T, color=GREY, lw=0.6)))
            st = text(x, y_scale - 2.5 - ROW * 0.45, str(v), SMALL_PT, ha="center",
                      color="#555555")
            out.scale_texts.append(st)
            out.other_texts.append(st)
        for a, b, c in bins:
            if c == 0:
                continue
            ln = BAR_MAX * c / top
            for c0, c1 in cuts:  # a bin's drawn part is on one side of a break
                if a < c0 < b:
                    b = c0
                elif a < c1 < b:
                    a = c1
            y0, y1 = Y(a) + 0.3, Y(b) - 0.3
            r = Rectangle((axis_x - 3 - ln, y0), ln, max(0.4, y1 - y0), transform=T,
                          facecolor=PALE, edgecolor="none", zorder=2)
            fig.add_artist(r)
            out.markers.append(r)

    # spans (ranges, ongoing)
    for e, lane in zip(ranges, lanes):
        # lane 0 next to the axis, so the earliest spans have the shortest connectors
        x = x_lanes + (n_lanes - 1 - lane) * (LANE_W + LANE_GAP)
        y0 = Y(e.date.start())
        y1 = y_bot if e.ongoing else Y(_event_span(e)[1] + dt.timedelta(days=1))
        r = Rectangle((x, y0), LANE_W, max(MIN_SPAN_PT, y1 - y0), transform=T, facecolor=SPAN,
                      edgecolor="none", zorder=2)
        fig.add_artist(r)
        out.markers.append(r)
        # drawn under the bars: where it passes a busier lane the bar interrupts it
        fig.add_artist(Line2D([x + LANE_W, axis_x], [y0, y0], transform=T, color=SPAN, lw=0.6,
                              zorder=1.8))
        if e.ongoing:
            tri = Polygon([(x - 1.5, y_bot), (x + LANE_W + 1.5, y_bot),
                           (x + LANE_W / 2, y_bot + 8.0)], closed=True, transform=T,
                          facecolor=SPAN, edgecolor="none", zorder=2)
            fig.add_artist(tri)
            out.markers.append(tri)
    if any_ongoing and not aggregate:
        ln = Line2D([axis_x, axis_x], [y_bot, y_bot + 6.0], transform=T, color=GREY, lw=0.9,
                    ls=(0, (1.5, 1.5)), zorder=1)
        fig.add_artist(ln)

    # markers, leaders, labels
    R = MARKER_R
    for i, e in enumerate(labelled):
        ya, yl = anchors[i], rows[i]
        band = (Y(e.date.start()), Y(e.date.end() + dt.timedelta(days=1)))
        for art in _marker(_marker_kind(e), axis_x, ya, T, R, None if warped else band, banded=not warped):
            fig.add_artist(art)
            out.markers.append(art)
        out.point_markers.append(art)  # the glyph itself is drawn last
        fig.add_artist(Line2D([axis_x + R + 1, axis_x + 10, axis_x + 22, label_x - 2],
                              [ya, ya, yl, yl], transform=T, color=GREY, lw=0.5, zorder=1))
        d = text(label_x, yl, date_strs[i], LABEL_PT, bold=True)
        if len(wrapped[i]) == 1:
            t = text(text_x, yl, texts[i], LABEL_PT)
        else:  # top-aligned so its first line sits where a one-line label would
            t = text(text_x, yl - TOP_OFFSET, "\n".join(wrapped[i]), LABEL_PT, va="top", linespacing=LINE_SPACING)
        out.label_texts.append((d, t))
        out.label_strings.append(f"{date_strs[i]} {texts[i]}")

    # legend
    y = MARGIN + ROW / 2
    for row in legend_rows:
        x = MARGIN
        for item in row:
            if item.symbol:
                out.legend_symbols.extend(_draw_legend_symbol(fig, T, item.symbol, x + 5, y, R, banded=not warped))
            lt = text(x + (13 if item.symbol else 0), y,
                      MONTH_UNBANDED if warped and item.symbol == "month" else item.text, LEGEND_PT, color=INK)
            out.legend_texts.append(lt)
            out.other_texts.append(lt)
            x += (13 + render.text_width(MONTH_UNBANDED, LEGEND_PT) if warped and item.symbol == "month" else item.width) + 14
        y += ROW
    return out


def _breaks(cuts: Sequence[tuple[dt.date, dt.date]], Y: Callable[[dt.date], float], t0: dt.date, t1: dt.date,
            anchors: Sequence[float], labelled: Sequence[Event], warped: bool
            ) -> tuple[list[tuple[float, float]], list[tuple[float, float]]]:
    """Where each break of the axis is drawn (its middle and the half-height of its strokes)
    and the stretches of axis between them. On a linear axis a cut stretch takes `BREAK_PT`
    from its start. On an axis that follows its rows the cut falls between the markers of the
    rows either side of it, a row apart or little more: its strokes stand in the middle, no
    taller than leaves them clear of both markers (round 71 found them drawn over GCHQ's 1984
    and Nokia's 1967 markers)."""
    if not warped:
        spans = [(Y(s0), Y(s1)) for s0, s1 in segments(t0, t1, cuts)]
        return [(Y(c0) + BREAK_PT / 2, 2.2) for c0, _c1 in cuts], spans
    breaks = []
    for c0, c1 in cuts:
        before = [a for a, e in zip(anchors, labelled) if e.date.start() < c0]
        after = [a for a, e in zip(anchors, labelled) if e.date.start() >= c1]
        if before and after:
            room = (min(after) - max(before)) / 2 - MARKER_R - 0.8  # from the middle to a marker's edge
            if room >= 1.5:
                breaks.append(((max(before) + min(after)) / 2, min(2.2, room / 1.8)))
    edges = [Y(t0), *[y + d for y, half in breaks for d in (-half * 1.8, half * 1.8)], Y(t1)]
    return breaks, list(zip(edges[::2], edges[1::2]))


def _follow_rows(labelled: Sequence[Event], rows: Sequence[float], t0: dt.date, t1: dt.date,
                 y_top: float, y_end: float) -> Callable[[dt.date], float]:
    """A time axis through the label rows: the date of each labelled event at its row (events
    of one day at the middle of theirs), the axis's start at `y_top` and its end at `y_end`,
    and time even between one such point and the next."""
    at: dict[int, list[float]] = {}
    for e, y in zip(labelled, rows):
        at.setdefault(e.date.start().toordinal(), []).append(y)
    knots = sorted((d, sum(ys) / len(ys)) for d, ys in at.items())
    if t0.toordinal() < knots[0][0]:
        knots.insert(0, (t0.toordinal(), min(y_top, knots[0][1])))
    if t1.toordinal() > knots[-1][0]:
        knots.append((t1.toordinal(), max(y_end, knots[-1][1])))
    xs = [d for d, _ in knots]

    def Y(d: dt.date) -> float:
        x = d.toordinal()
        if x <= xs[0]:
            return knots[0][1]
        if x >= xs[-1]:
            return knots[-1][1]
        j = bisect.bisect_right(xs, x)
        (x0, y0), (x1, y1) = knots[j - 1], knots[j]
        return y0 + (y1 - y0) * (x - x0) / (x1 - x0)

    return Y


def _wrap(s: str, room: float, render: Any) -> list[str]:
    """`s` on as few lines as fit `room` points at label size, at most `LABEL_LINES`: a label is
    the event in the article's words, so it is wrapped, never cut with an ellipsis (a condition
    - "imprisoned for up to 20 years if they defect" - takes a third line rather than lose its
    end). A label too long even for those lines ends its last line at the last clause or word
    that fits."""
    def fits(t: str) -> bool:
        return render.text_width(t, LABEL_PT) <= room

    if fits(s):
        return [s]
    words = s.split()
    lines: list[str] = []
    while len(lines) < LABEL_LINES - 1 and words and not fits(" ".join(words)):
        # A line takes the most words that fit. A line's width only grows as words are added,
        # so the count is found by bisection: about log2(n) measurements instead of n, each of
        # which shapes the whole line in FreeType.
        lo, hi = 0, len(words)
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if fits(" ".join(words[:mid])):
                lo = mid
            else:
                hi = mid - 1
        line, words = words[:lo], words[lo:]
        if not line:  # a word wider than the room (a URL, a code) breaks where the room ends
            word = words.pop(0)
            head = next(k for k in range(len(word), 0, -1) if fits(word[:k]) or k == 1)
            line.append(word[:head])
            if word[head:]:
                words.insert(0, word[head:])
        lines.append(" ".join(line))
    rest = " ".join(words)
    if not rest:
        return lines
    if not fits(rest):
        cut = rest.split()
        while len(cut) > 1 and not fits(" ".join(cut)):
            cut.pop()
        while not fits(cut[0]) and len(cut[0]) > 1:
            cut[0] = cut[0][:-1]
        clause = [i for i, w in enumerate(cut[:-1]) if w.endswith((",", ";", ":"))]
        if clause and clause[-1] >= len(cut) // 2:
            cut = cut[: clause[-1] + 1]
        rest = " ".join(cut).rstrip(",;:–-— ")
    return lines + [rest]


@record
class _LegendItem:
    symbol: str
    text: str
    width: float = 0.0


MARKER_TEXT = {
    "day": "exact date",
    "month": "month only (band: the month)",
    "year": "year only",
    "range": "start of a span",
}


# The month item on an axis that follows its rows, which draws no bands (`_marker`): on
# it a band reached from one month's row to the next month's, and bands of consecutive
# months ran together into one bar that read as a span (the Legion's 2022, round 67).
MONTH_UNBANDED = "month only"


def _legend_items(kinds: set[str], aggregate: bool, bin_name: str | None) -> list[_LegendItem]:
    """One item per glyph kind in `kinds` (marker kinds, "span", "arrow"), in a fixed order."""
    from . import render

    items = []
    if aggregate:
        items.append(_LegendItem("bar", f"events per {bin_name} (count scale above the bars)"))
    for kind in ("day", "month", "year", "range"):
        if kind in kinds:
            items.append(_LegendItem(kind, MARKER_TEXT[kind]))
    if "span" in kinds:
        items.append(_LegendItem("span", "span"))
    if "arrow" in kinds:
        items.append(_LegendItem("arrow", "ongoing"))
    if aggregate:
        items.append(_LegendItem("", f"labelled: the {AGG_LABELLED} most important"))
    for it in items:
        it.width = (13 if it.symbol else 0) + render.text_width(it.text, LEGEND_PT)
    return items


def _wrap_items(items: list[_LegendItem], room: float) -> list[list[_LegendItem]]:
    rows: list[list[_LegendItem]] = [[]]
    x = 0.0
    for it in items:
        if rows[-1] and x + it.width > room:
            rows.append([])
            x = 0.0
        rows[-1].append(it)
        x += it.width + 14
    return [r for r in rows if r]


def _marker_kind(e: Event) -> str:
    """The axis glyph of an event: "day", "month", "year" or "range" (span / ongoing start)."""
    return e.precision if e.precision in MARKER_TEXT else "day"


def _marker(kind: str, x: float, y: float, T: Any, R: float,
            band: tuple[float, float] | None = None, banded: bool = True) -> list[Any]:
    """The artists of one event glyph, last the glyph itself; shared by axis and legend so
    the legend shows exactly what the axis does. A month's band is left out (`banded`, no
    `band`) on an axis that follows its rows, whose length measures no time."""
    from matplotlib.patches import Circle, Rectangle

    out: list[Any] = []
    if kind == "year":
        # a band over a whole year would paint the axis pale; an open square says
        # "somewhere in this year" without hiding its neighbours
        out.append(Rectangle((x - R, y - R), 2 * R, 2 * R, transform=T, facecolor="white",
                             edgecolor=BLUE, lw=0.9, zorder=3))
    elif kind == "month":
        y0, y1 = band if band is not None else (y - 5.0, y + 5.0)
        if band is not None or banded:
            out.append(Rectangle((x - 2.5, y0), 5.0, max(1.0, y1 - y0), transform=T,
                                 facecolor=PALE, edgecolor="none", zorder=1.5))
        out.append(Circle((x, y), R, transform=T, facecolor="white", edgecolor=BLUE, lw=0.9,
                          zorder=3))
    elif kind == "range":
        out.append(Rectangle((x - R, y - R), 2 * R, 2 * R, transform=T, facecolor=SPAN,
                             edgecolor="white", lw=0.5, zorder=3))
    else:
        # white rim: dots of neighbouring days stay distinguishable where they touch
        out.append(Circle((x, y), R, transform=T, facecolor=BLUE, edgecolor="white", lw=0.5,
                          zorder=3))
    return out


def _draw_legend_symbol(fig: Any, T: Any, symbol: str, x: float, y: float, R: float,
                        banded: bool = True) -> list[Any]:
    from matplotlib.patches import Polygon, Rectangle

    arts: list[Any] = []
    if symbol in MARKER_TEXT:
        arts = _marker(symbol, x, y, T, R, banded=banded)
    elif symbol == "span":
        arts = [Rectangle((x - 2.25, y - 5), 4.5, 10, transform=T, facecolor=SPAN,
                          edgecolor="none")]
    elif symbol == "arrow":
        arts = [Rectangle((x - 2.25, y - 5), 4.5, 5, transform=T, facecolor=SPAN,
                          edgecolor="none"),
                Polygon([(x - 3.75, y), (x + 3.75, y), (x, y + 5)], closed=True,
                        transform=T, facecolor=SPAN, edgecolor="none")]
    elif symbol == "bar":
        arts = [Rectangle((x - 5, y - 2.5), 10, 5, transform=T, facecolor=PALE,
                          edgecolor="none")]
    for a in arts:
        fig.add_artist(a)
    return arts


def _count_step(top: int, length: float, render: Any) -> int:
    """A 1-2-5 step for the count scale whose numbers stay apart over `length` points."""
    k = 1
    while True:
        for m in (1, 2, 5):
            step = m * k
            w = render.text_width(str(top), SMALL_PT)
            if step >= top or length * step / top >= w + 6.0:
                return max(1, min(step, top))
        k *= 10


def aggregate_labelled(events: Sequence[Event]) -> list[Event]:
    """The events labelled in aggregate mode: the `AGG_LABELLED` most important
    (select.select_events), with spans ("since 2019", "2015–2021") capped to a third of
    the labels so that long-running states do not crowd out dated one-off events."""
    events = list(events)
    picked = select_events(events, AGG_LABELLED)
    cap = AGG_LABELLED // SPAN_SHARE
    if sum(e.precision == "range" for e in picked) <= cap:
        return picked
    spans = [e for e in events if e.precision == "range"]
    points = [e for e in events if e.precision != "range"]
    n_spans = max(cap, AGG_LABELLED - len(points))
    return chronological(select_events(spans, n_spans)
                         + select_events(points, AGG_LABELLED - n_spans), events)


def _bins(events: Sequence[Event], t0: dt.date, t1: dt.date
          ) -> tuple[str, list[tuple[dt.date, dt.date, int]]]:
    """Counts per month, quarter or year (the finest giving at most ~40 bins)."""
    months = (t1.year - t0.year) * 12 + t1.month - t0.month
    for name, step in (("month", 1), ("quarter", 3), ("year", 12), ("decade", 120)):
        if months / step <= 40:
            break
    if step == 3:
        start = dt.date(t0.year, (t0.month - 1) // 3 * 3 + 1, 1)
    elif step >= 12:
        start = dt.date(t0.year - t0.year % (step // 12), 1, 1)
    else:
        start = t0
    edges = [start]
    while edges[-1] < t1:
        edges.append(_add_months(edges[-1], step))
    counts = [0] * (len(edges) - 1)
    for e in events:
        d = e.date.start()
        for k in range(len(counts)):
            if edges[k] <= d < edges[k + 1]:
                counts[k] += 1
                break
    return name, [(max(edges[k], t0), min(edges[k + 1], t1), counts[k])
                  for k in range(len(counts))]


# ----------------------------------------------------------------------------- chart


def alt_text(tf: TimelineFigure) -> str:
    ev = tf.events
    first = L.format_date(ev[0].date)
    last_e = max(ev, key=lambda e: (_event_span(e)[1], e.end is not None))
    last = L.format_date(last_e.end or last_e.date)
    n = len(ev)
    head = f"Timeline of {n} event{'s' if n != 1 else ''} from {first} to {last}"
    ongoing = sum(e.ongoing for e in ev)
    if ongoing:
        head += f" ({ongoing} ongoing)"
    if tf.mode == "aggregate":
        head += (f", shown as counts per {tf.bin_name}; the {len(tf.labelled)} most important"
                 " are labelled")
    strings = dict(zip((id(e) for e in tf.labelled), tf.label_strings))
    if len(tf.labelled) > ALT_LISTED:
        # a screen reader user wants the gist, not forty entries: the most important ones
        picked = select_events(tf.labelled, ALT_LISTED)
        head += f"; all are drawn, and the {ALT_LISTED} most important of them are"
        items = "; ".join(strings[id(e)] for e in picked)
    else:
        items = "; ".join(tf.label_strings)
    return f"{head}: {items}." if items else head + "."


def draw(profile: Profile, options: Mapping[str, Any]) -> Any:
    """Chart for `profile`, or None without events."""
    from . import Chart, render

    with render.chart_style():
        tf = build(chosen_events(profile, options))
        if tf is None:
            return None
        svg, png = render.deferred_save(tf.fig)
    return Chart("timeline", svg, png, round(tf.width_in, 4), round(tf.height_in, 4), alt_text(tf))

