"""Charts drawn from a Profile: a timeline and an organisation chart.

`render_chart(profile, name, options, cache_dir)` is the one entry point other stages call;
it returns a `Chart` (SVG for the PDF writer, 300 dpi PNG for DOCX, natural size, alt text)
or None when there is nothing to draw, so the figure is left out rather than shown empty.

Why the registry holds `ChartSpec`s: a chart is a draw function plus the function that
picks exactly the profile data it reads (for the cache key) plus a code version; keeping
the three together means adding a chart is one module and one entry in `CHARTS`.

This module must stay cheap to import: matplotlib is imported only inside draw functions,
and a cache hit returns without importing it at all.
"""
from __future__ import annotations

from collections.abc import Callable, Mapping
from contextvars import ContextVar
from ..records import field, replace
from pathlib import Path

from ..errors import BriefkitError, ChartError
from ..records import record

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing at run time
if TYPE_CHECKING:
    from typing import Any

if TYPE_CHECKING:  # pydantic is imported only where a profile is validated
    from ..model import Profile


@record(frozen=True)
class Chart:
    """One rendered chart, reused by every length and format of a build.

    The PNG may be given as a function that makes it: a chart is laid out (its size and alt
    text, all a fit draft needs) when a length's template asks for it, but its pixels are
    made only when a writer places it, so a chart that a budgeted length leaves out to fit
    (the snapshot's timeline, a brief's organisation chart given up for sentences) is never
    rasterized. `png` makes them on first use."""

    name: str  # "timeline" | "orgchart"
    svg: bytes | None  # vector, text as paths (svglib draws it without fonts); None unless asked for
    png_source: bytes | Callable[[], bytes]  # 300 dpi PNG, or what makes it
    width_in: float  # natural size: text is >= 7 pt at this size
    height_in: float
    alt: str  # states the content: counts, range, top nodes

    @property
    def png(self) -> bytes:
        source = self.png_source
        if callable(source):
            source = source()
            object.__setattr__(self, "png_source", source)  # made once; the figure is let go
        return source

    @property
    def rasterized(self) -> bool:
        return not callable(self.png_source)

    def __reduce__(self) -> tuple:
        """Pickled with its PNG made: what makes it draws a figure of this process, and the
        process a Document is sent to (`batch.channel`) places the PNG anyway."""
        return (Chart, (self.name, self.svg, self.png, self.width_in, self.height_in, self.alt))


# Whether draw functions also save the SVG. Set by `render_chart` around a draw, so the draw
# signature stays (profile, options). Why not always: writing the SVG costs about as much as
# drawing the chart, and only a theme with `vector_charts` places it; everything else uses
# the PNG.
WANT_SVG: ContextVar[bool] = ContextVar("briefkit_chart_svg", default=True)


@record(frozen=True)
class ChartSpec:
    """A registered chart: how to draw it, what it reads, which options it takes."""

    name: str
    draw: Callable[[Profile, Mapping[str, Any]], Chart | None]
    inputs: Callable[[Profile, Mapping[str, Any]], Any]
    version: str
    defaults: Mapping[str, Any] = field(default_factory=dict)
    # True when options only choose which data is drawn (the timeline's max_events picks
    # events): then equal inputs mean the same picture, and a profile with six events draws
    # its 6-, 12- and all-event timelines once.
    options_select_inputs: bool = False

    def __call__(self, profile: Profile, options: Mapping[str, Any] | None = None) -> Chart | None:
        return self.draw(profile, self.options(options))

    def options(self, options: Mapping[str, Any] | None) -> dict[str, Any]:
        """Defaults overlaid with `options`; unknown keys are an error (a template typo)."""
        opts = dict(self.defaults)
        for key, value in (options or {}).items():
            if key not in self.defaults:
                raise ChartError(f"chart {self.name!r} has no option {key!r} "
                                 f"(options: {', '.join(sorted(self.defaults)) or 'none'})")
            opts[key] = _count_option(self.name, key, value)
        return opts


def _count_option(chart: str, key: str, value: Any) -> int | None:
    """Both charts' options are counts or None ("all"); accept "12" from a directive too."""
    if value is None or (isinstance(value, str) and value.strip().lower() in ("all", "none", "")):
        return None
    if isinstance(value, bool):
        raise ChartError(f"chart {chart!r}: option {key} must be a whole number, not {value!r}")
    try:
        number = int(value)
    except (TypeError, ValueError):
        raise ChartError(f"chart {chart!r}: option {key} must be a whole number or 'all', "
                         f"not {value!r}") from None
    if number != value and not isinstance(value, str):
        raise ChartError(f"chart {chart!r}: option {key} must be a whole number, not {value!r}")
    if number < 0:
        raise ChartError(f"chart {chart!r}: option {key} must not be negative")
    return number


def _registry() -> dict[str, ChartSpec]:
    from . import orgchart, timeline

    return {
        "timeline": ChartSpec("timeline", timeline.draw, timeline.inputs, timeline.VERSION,
                              {"max_events": None}, options_select_inputs=True),
        "orgchart": ChartSpec("orgchart", orgchart.draw, orgchart.inputs, orgchart.VERSION,
                              {"max_depth": None, "max_leaders": None}),
    }


def _charts() -> dict[str, ChartSpec]:
    """The registry, made on first use: the chart modules import the model (pydantic), which
    a rebuild whose charts all come from the cache never needs (see `lazy_profile`)."""
    registry = globals().get("CHARTS")
    if registry is None:
        registry = globals()["CHARTS"] = _registry()
    return registry


def __getattr__(name: str) -> Any:
    """`CHARTS` (the registry of `ChartSpec`s by name), made on first use."""
    if name == "CHARTS":
        return _charts()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def render_chart(
    profile: Profile,
    name: str,
    options: Mapping[str, Any] | None = None,
    cache_dir: Path | None = None,
    vector: bool = True,
    memo: dict[str, Chart | None] | None = None,
) -> Chart | None:
    """The chart `name` for `profile`, from the disk cache when its inputs are unchanged.

    `vector=False` skips the SVG (Chart.svg is None): the PNG is what the DOCX and, unless
    a theme asks for vector charts, the PDF place. `memo` (one per profile, kept by the
    caller) returns a chart already drawn from the same inputs.

    Returns None when the profile has nothing to draw (no events, no org tree).
    Raises ChartError for an unknown chart or option, or when drawing fails.
    """
    spec, opts, inputs = _resolve(profile, name, options)
    if not inputs:
        return None
    if memo is not None:
        mkey = _memo_key(spec, opts, inputs, vector)
        if mkey not in memo:
            memo[mkey] = _render(spec, profile, opts, inputs, cache_dir, vector)
        return memo[mkey]
    return _render(spec, profile, opts, inputs, cache_dir, vector)


def _resolve(profile: Profile, name: str, options: Mapping[str, Any] | None) -> tuple[ChartSpec, dict[str, Any], Any]:
    """(spec, validated options, the profile data the chart reads); errors as render_chart's."""
    charts = _charts()
    spec = charts.get(name)
    if spec is None:
        raise ChartError(f"unknown chart {name!r} (known: {', '.join(sorted(charts))})",
                         file=profile.seed_file)
    opts = spec.options(options)
    try:
        inputs = spec.inputs(profile, opts)
    except BriefkitError:
        raise
    except Exception as exc:  # a bug or bad data; report it against the seed
        raise ChartError(f"{name} chart: {exc}", file=profile.seed_file) from exc
    return spec, opts, inputs


def _memo_key(spec: ChartSpec, opts: dict[str, Any], inputs: Any, vector: bool) -> str:
    """Equal for charts drawn from the same inputs (see `ChartSpec.options_select_inputs`)."""
    import hashlib
    import json

    text = json.dumps([spec.name, vector, inputs if spec.options_select_inputs else [opts, inputs]],
                      sort_keys=True, default=str)
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def chart_keys(profile: Profile, name: str, options: Mapping[str, Any] | None = None,
               vector: bool = True) -> tuple[str, str] | None:
    """(disk cache key, memo key) of the chart `render_chart` gives for these arguments, or
    None when the profile has nothing to draw. `charts_service` keeps them per profile, so a
    rebuild finds its charts without reading the profile (see `lazy_profile`)."""
    spec, opts, inputs = _resolve(profile, name, options)
    if not inputs:
        return None
    from . import cache

    return cache.cache_key(name, opts, inputs, spec.version), _memo_key(spec, opts, inputs, vector)


def from_cache(cache_dir: Path, name: str, key: str, vector: bool) -> Chart | None:
    """The chart stored under `key`, as `render_chart` returns it from the disk cache, when
    the entry is complete (pixels made, the SVG too for `vector`); else None."""
    from . import cache

    hit = cache.load(Path(cache_dir), key)
    if hit is None:
        return None
    svg, png, meta = hit
    if png is None or (vector and svg is None):
        return None
    try:
        return Chart(name, svg if vector else None, png, meta["width_in"], meta["height_in"], meta["alt"])
    except KeyError:
        return None


def _render(spec: ChartSpec, profile: Profile, opts: dict[str, Any], inputs: Any,
            cache_dir: Path | None, vector: bool) -> Chart | None:
    """Disk cache, then drawing, for validated options and non-empty inputs."""
    name = spec.name
    key = None
    if cache_dir is not None:
        from . import cache

        key = cache.cache_key(name, opts, inputs, spec.version)
        hit = cache.load(Path(cache_dir), key)
        if hit is not None and (hit[0] is not None or not vector):
            svg, png, meta = hit
            if png is None:  # laid out before but never placed: draw it if a writer places it now
                png = _store_when_made(lambda: _draw(spec, profile, opts, vector).png, cache_dir, key,
                                       svg, meta)
            return Chart(name, svg if vector else None, png, meta["width_in"], meta["height_in"], meta["alt"])

    chart = _draw(spec, profile, opts, vector)
    if chart is not None and cache_dir is not None and key is not None:
        meta = {"name": name, "width_in": chart.width_in, "height_in": chart.height_in, "alt": chart.alt}
        if chart.rasterized:
            _store(cache_dir, key, chart.svg, chart.png, meta)
        else:  # the layout now, so a rebuild needs no drawing library; the pixels when made
            _store(cache_dir, key, chart.svg, None, meta)
            chart = replace(chart, png_source=_store_when_made(chart.png_source, cache_dir, key,
                                                               chart.svg, meta))
    return chart


def _draw(spec: ChartSpec, profile: Profile, opts: dict[str, Any], vector: bool) -> Chart | None:
    token = WANT_SVG.set(vector)
    try:
        chart = spec.draw(profile, opts)
    except BriefkitError:
        raise
    except Exception as exc:
        raise ChartError(f"{spec.name} chart could not be drawn: {exc}", file=profile.seed_file) from exc
    finally:
        WANT_SVG.reset(token)
    if chart is not None and not chart.rasterized:
        make = chart.png_source

        def rasterize() -> bytes:
            try:
                return make()
            except BriefkitError:
                raise
            except Exception as exc:
                raise ChartError(f"{spec.name} chart could not be drawn: {exc}", file=profile.seed_file) from exc

        chart = replace(chart, png_source=rasterize)
    return chart


def _store(cache_dir: Path, key: str, svg: bytes | None, png: bytes | None, meta: dict[str, Any]) -> None:
    from . import cache

    try:
        cache.store(Path(cache_dir), key, svg, png, meta)
    except OSError:
        pass  # a read-only or full cache must not fail the build; we just draw next time


def _store_when_made(make: Callable[[], bytes], cache_dir: Path, key: str, svg: bytes | None,
                     meta: dict[str, Any]) -> Callable[[], bytes]:
    """`make`, completing the cache entry with the PNG it returns."""

    def made() -> bytes:
        png = make()
        _store(cache_dir, key, svg, png, meta)
        return png

    return made


__all__ = ["CHARTS", "Chart", "ChartSpec", "chart_keys", "from_cache", "render_chart"]
