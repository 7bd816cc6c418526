"""The unit of work: one seed, read once, charts drawn once, every requested output rendered.

This runs in a worker process (or on a Dask worker), so it takes and returns plain, picklable
data and writes no output file itself: the coordinator writes what comes back, atomically. A
worker that dies mid-build therefore leaves nothing half-written, and its unit is either
retried by the executor or reported as failed.

Judgement rules:
- Outputs fail independently: a length whose template is broken or whose budget cannot be
  met fails alone; the seed's other lengths are still built. A seed that cannot be read
  fails all its outputs with the reader's one-line reason.
- An exception that is not a BriefkitError is a bug: the output is reported failed as an
  "internal error" with its traceback kept for the report, and the other outputs carry on.
- An output's duration is its share of the work: the seed's read is split over all its
  outputs, a length's fit over its formats, and each format adds its own write time.
"""
from __future__ import annotations

import os
import time
from contextlib import contextmanager
from collections.abc import Iterator

from ..records import field, record
from . import outcome

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing at run time
if TYPE_CHECKING:
    from .posted import Outbox


@record(frozen=True)
class WorkUnit:
    """One seed's work as a worker receives it: plain strings and tuples, so it pickles to a
    local process or a Dask worker alike."""

    seed: str  # absolute path, valid on the worker
    label: str  # the seed as the user named it, for messages
    targets: tuple[tuple[str, str], ...]  # (length, format)
    theme: str | None = None
    template_dir: str | None = None
    reference_docx: str | None = None
    cache_dir: str | None = None
    source_date_epoch: str | None = None
    # The coordinator's BRIEFKIT_* variables (limits, debug): a worker from a fork server or a
    # Dask cluster does not inherit the coordinator's current environment.
    environment: tuple[tuple[str, str], ...] = ()


def briefkit_environment() -> tuple[tuple[str, str], ...]:
    """The BRIEFKIT_* variables of this process, for WorkUnit.environment."""
    return tuple(sorted((k, v) for k, v in os.environ.items() if k.startswith("BRIEFKIT_")))


@record
class Produced:
    """One (length, format) of a unit as the worker sends it back: the output's bytes and what the
    report says of it, or the error that stopped it."""

    length: str
    format: str
    data: bytes | None = None
    pages: int | None = None
    detail: int | None = None
    max_detail: int | None = None
    dropped: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    duration: float = 0.0
    error: str | None = None
    traceback: str | None = None
    exit_code: int = 0  # the error's documented exit code (README), 70 for a bug


@contextmanager
def _environment(unit: WorkUnit) -> Iterator[None]:
    """The coordinator's SOURCE_DATE_EPOCH (so a remote worker dates briefings the same way)
    and BRIEFKIT_* variables, for the duration of one unit."""
    wanted: dict[str, str | None] = {k: None for k in os.environ if k.startswith("BRIEFKIT_")}
    wanted.update(dict(unit.environment))
    wanted["SOURCE_DATE_EPOCH"] = unit.source_date_epoch
    old = {k: os.environ.get(k) for k in wanted}
    _apply(wanted)
    try:
        yield
    finally:
        _apply(old)


def _apply(values: dict[str, str | None]) -> None:
    for k, v in values.items():
        if v is None:
            os.environ.pop(k, None)
        else:
            os.environ[k] = v


def run_unit(unit: WorkUnit, cores: int = 1) -> list[Produced]:
    """Render every target of one seed; never raises for a problem with the seed or a length.
    `cores`: how many this unit may use; with two or more, its lengths may be built in two
    processes (`split`)."""
    from pathlib import Path

    from ..caches import scope
    from ..heap import unit_starts

    unit_starts()  # the units before this one leave their garbage collected, not held
    results = {t: Produced(*t) for t in unit.targets}
    lengths = list(dict.fromkeys(length for length, _ in unit.targets))
    # Fonts and compiled templates are cached beside the charts (and not without a chart cache).
    with _environment(unit), scope(Path(unit.cache_dir).parent if unit.cache_dir else None):
        from . import posted, split

        docx = any(fmt == "docx" for _, fmt in unit.targets)
        helper = split.Helper.start(lambda handed, fds: _helped(unit, *handed, lengths, cores, fds),
                                    outlets=2 if docx else 0, skip=posted.WRITTEN_HERE,
                                    ready=lambda: _prepare_builders(unit)) \
            if split.possible(cores, len(lengths)) and _extracted(unit) else None
        start = time.perf_counter()
        seed_warnings: list[str] = []
        try:
            with outcome.collect(seed_warnings):
                state = _prepare(unit)
        except Exception as exc:
            if helper is not None:
                helper.cancel()
            reason, tb, code = outcome.reason(exc, unit)
            share = (time.perf_counter() - start) / max(len(results), 1)
            for r in results.values():
                r.error, r.traceback, r.duration, r.warnings = reason, tb, share, list(seed_warnings)
                r.exit_code = code
            return list(results.values())
        except BaseException:
            if helper is not None:
                helper.cancel()
            raise
        read_share = (time.perf_counter() - start) / max(len(results), 1)
        if helper is not None and not split.fresh(state.profile):
            helper.cancel()  # another build cached the profile meanwhile: plain data, built here
            helper = None
        if helper is not None:
            from ..fit_scope import scope as fit_scope

            written: dict = {}
            with fit_scope():  # the packages share the theme's digests (`layout_cache.theme_digests`)
                # the profile with its JSON, which keys the builders' caches (`lazy_profile.json_of`)
                handed = (state.profile, state.profile.model_dump_json())
                back = helper.finish(handed, lambda message: posted.write_posted(unit, state, message, written),
                                     meanwhile=(lambda: posted.prepare_docx(state)) if docx else None)
            if back is None:
                reason = "worker lost: the process building the lengths ended before it sent them"
                for r in results.values():
                    r.error = reason  # as a pool reports a lost worker's unit
            else:
                results.update({key: r for key, r in back if key in results})
                posted.take_written(results, written)
        for r in results.values():  # the seed's warnings first, each said once
            r.warnings[:] = [*seed_warnings, *(w for w in r.warnings if w not in seed_warnings)]
            r.duration += read_share
        if helper is None:
            _build_lengths(unit, state, lengths, results, cores)
            from ..charts_service import BATCH_LEARNED, keep_learned

            keep_learned(BATCH_LEARNED)
    return list(results.values())


# The models whose instances a build makes once the profile is read: the digest makes facts,
# events and parts of the organisation (the profile's own JSON, which keys the composed
# Documents and the charts' notes, comes with it: `lazy_profile.remember_json`). Found by
# logging `complete_model_class` in a cold build; a test fails when a builder completes another.
_MODELS_A_BUILD_MAKES = ("Fact", "Event", "OrgNode")


def _prepare_builders(unit: WorkUnit) -> None:
    """In a helper, while the seed is read, what both of its processes would otherwise make
    each on its own: the theme's text faces (`writers.pdf.prepare_fonts`), the validators
    and serializers of the models a build makes (pydantic builds each when first used: about
    35 ms a process, the first one included, in a cold build of the seed) and the charts'
    font lookups (`charts.render.prepare_fonts`, about 20 ms a process). Its child, forked
    later, has them from the start; the helper has them made while it would wait, or else
    before its first layout, which needed them anyway."""
    from .. import model
    from ..charts import render
    from ..theme import load_theme
    from ..writers.pdf import prepare_fonts

    prepare_fonts(load_theme(unit.theme))
    for name in _MODELS_A_BUILD_MAKES:
        getattr(model, name).model_rebuild()
    render.prepare_fonts()


def _extracted(unit: WorkUnit) -> bool:
    """Whether this unit's seed is an article read afresh (`profile_cache.read_afresh`): its
    reading runs the extraction, a third of a second, while a helper loads the drawing stack
    (`split.Helper`)."""
    from ..profile_cache import read_afresh

    return read_afresh(unit.seed, profiles_folder(unit))


def profiles_folder(unit: WorkUnit) -> "Path | None":
    """Where the unit's profiles are cached: beside the charts, and nowhere without a chart cache."""
    from pathlib import Path

    return Path(unit.cache_dir).parent / "profiles" if unit.cache_dir else None


def _helped(unit: WorkUnit, profile: object, text: str, lengths: list[str], cores: int, fds: list[int]) -> list:
    """In the helper (`split.Helper`): the unit's lengths built from the profile this process's
    parent read (and its JSON, `text`), as the parent would have built them, their Word
    packages left to the parent (`posted`); what it produced, by target."""
    from ..lazy_profile import remember_json
    from .posted import Outbox

    remember_json(profile, text)

    results = {t: Produced(*t) for t in unit.targets}
    _build_lengths(unit, _prepare(unit, profile), lengths, results, cores, Outbox(fds) if fds else None)
    return list(results.items())


def _build_lengths(unit: WorkUnit, state: _Prepared, lengths: list[str], results: dict, cores: int,
                   outbox: Outbox | None = None) -> None:
    """Every length of the unit into `results`, in two processes when `split` allows."""
    from ..fit_scope import scope as fit_scope
    from . import split

    def build(name: str) -> None:
        _build_length(unit, state, name, [r for (ln, _), r in results.items() if ln == name],
                      outbox.post if outbox is not None else None)

    with fit_scope():  # the lengths of one seed share what their fits ask for alike
        if split.possible(cores, len(lengths)) and split.fresh(state.profile) \
                and all(n in state.lengths for n in lengths):
            _split_lengths(unit, state, lengths, results, build, outbox.forked if outbox is not None else None)
        else:
            for name in lengths:
                build(name)


def _split_lengths(unit: WorkUnit, st: _Prepared, lengths: list[str], results: dict, build, forked=None) -> None:
    """`lengths` built in two processes (`split`), the costliest in each by its page budget."""
    from . import split

    costs = {n: split.cost(st.lengths[n].max_pages) for n in lengths}
    mine, theirs = split.halves(lengths, costs)

    def produced(names) -> list:
        return [(key, r) for key, r in results.items() if key[0] in names]

    def lost(names, reason: str) -> None:
        for (ln, _), r in results.items():
            if ln in names:
                r.error = reason  # as a pool reports a lost worker's unit

    def take(back: list) -> None:
        for key, r in back:
            if key in results:
                results[key] = r

    split.run_split(mine, theirs, build, produced, lost, take, forked)


@record
class _Prepared:
    """What every length of a unit needs, made once: the lengths, the profile, its date of
    information, the chart service and the write options."""

    lengths: dict
    profile: object
    as_of: object
    charts: object
    wopts: object


def _prepare(unit: WorkUnit, profile: object = None) -> _Prepared:
    """What every length of the unit needs; `profile`: the seed's, read already (by a helper's
    parent), else read here."""
    from pathlib import Path

    from ..charts_service import ChartService
    from ..lazy_profile import information_date
    from ..lengths import load_lengths
    from ..profile_cache import read_profile_lazy
    from ..theme import load_theme
    from ..writers import WriteOptions

    lengths = load_lengths(unit.template_dir)
    theme = load_theme(unit.theme)
    wopts = WriteOptions(theme=theme, reference_docx=Path(unit.reference_docx) if unit.reference_docx else None)
    # Profiles are cached beside the charts (and not at all without a chart cache). A cached
    # one is read as plain data, validated only if a stage past the caches needs the model.
    if profile is None:
        profile = read_profile_lazy(unit.seed, profiles_folder(unit))
    as_of = information_date(profile, unit.seed)  # `compose.source_date`, without the model
    charts = ChartService(profile, Path(unit.cache_dir) if unit.cache_dir else None, vector=theme.vector_charts)
    return _Prepared(lengths, profile, as_of, charts, wopts)


def _build_length(unit: WorkUnit, st: _Prepared, name: str, outs: list[Produced], post=None) -> None:
    """Lay out the length `name` and write each of its outputs into `outs`; with `post`, a Word
    output's Document is posted (`posted.Outbox`) for the waiting process to write instead."""
    from .. import docx_cache
    from ..fit import fit
    from ..writers import get_writer

    t0 = time.perf_counter()
    fit_warnings: list[str] = []
    try:
        with outcome.collect(fit_warnings):
            length = st.lengths[name]
            fitted = fit(st.profile, length, st.as_of, st.charts, st.wopts, unit.template_dir,
                         need_pdf=any(o.format == "pdf" for o in outs))
    except Exception as exc:
        reason, tb, code = outcome.reason(exc, unit)
        for o in outs:
            o.error, o.traceback, o.exit_code = reason, tb, code
            o.warnings.extend(w for w in fit_warnings if w not in o.warnings)
            o.duration += (time.perf_counter() - t0) / len(outs)
        return
    fit_share = (time.perf_counter() - t0) / len(outs)
    for o in outs:
        t1 = time.perf_counter()
        o.detail, o.max_detail, o.dropped = fitted.detail, length.max_detail, list(fitted.dropped)
        o.warnings.extend(w for w in fit_warnings if w not in o.warnings)
        own: list[str] = []
        try:
            with outcome.collect(own):
                if o.format == "pdf" and fitted.pdf is not None:
                    o.data, o.pages = fitted.pdf, fitted.pages
                elif o.format == "docx" and post is not None:
                    post((o.length, o.format), fitted.document)
                elif o.format == "docx":  # the package written before for the same inputs, if any
                    o.data = docx_cache.write(fitted.document, st.wopts)
                else:
                    o.data = get_writer(o.format).write(fitted.document, st.wopts)
        except Exception as exc:
            o.error, o.traceback, o.exit_code = outcome.reason(exc, unit)
            o.data = None
        o.warnings.extend(w for w in own if w not in o.warnings)
        o.duration += fit_share + time.perf_counter() - t1
