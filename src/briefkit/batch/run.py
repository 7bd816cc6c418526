"""Run a batch: settings -> plan -> skip what is up to date -> build the rest -> report.

The coordinator (this module) owns every file in the output folder: workers return bytes,
and only here are outputs written (atomically), the state file updated and the report
written. So an output is either the complete result of one build or the previous one.

Judgement rules:
- Settings come from the manifest, then the call's own arguments override them key by key.
- Problems with the settings (unknown length, missing theme, bad pattern, no seeds) stop the
  run before anything is built: they would fail every output the same way.
- Problems with one seed or one output never stop the others; `ok` is false and the CLI
  exits non-zero when any output failed.
- A failed output's previous file, if any, is left in place but forgotten by the state file,
  so the next run tries it again.
- The state file is saved every few seconds and at the end, even on Ctrl-C, so an
  interrupted run resumes where it stopped.
"""
from __future__ import annotations

import hashlib
import os
import time
from pathlib import Path
from collections.abc import Iterable, Sequence

from ..errors import BuildError
from ..records import record
from . import plan as _plan
from .progress import Progress
from .report import BatchResult, OutputResult, write_report
from .state import OutputKeys, SharedInputs, State, seed_inputs
from .work import Produced, WorkUnit, briefkit_environment, run_unit

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing at run time
if TYPE_CHECKING:
    from typing import Any

if TYPE_CHECKING:  # concurrent.futures imports logging and threading: not on the no-op path
    from concurrent.futures import Executor

REPORT_NAME = "build-report.json"
_SAVE_EVERY = 2.0  # seconds between state saves during a run
_KEPT = ("pages", "detail", "max_detail", "sha256", "size", "warnings", "dropped")  # from the state, when skipped


@record
class Settings:
    """What a run builds and where, from the command line or the Python API over the manifest
    (`resolve_settings`)."""

    seeds: list[str]
    recursive: bool = False
    lengths: tuple[str, ...] = ()
    formats: tuple[str, ...] = ()
    theme: Path | None = None
    reference_docx: Path | None = None
    templates: Path | None = None
    output: Path = Path("dist")
    name: str = _plan.DEFAULT_PATTERN
    report: Path | None = None  # default: <output>/build-report.json
    jobs: int | None = None


def resolve_settings(manifest: Path | None, **overrides: Any) -> Settings:
    """Manifest values, then every override that is not None (or empty for lists)."""
    from .manifest import ManifestError, load_manifest

    values: dict[str, Any] = {}
    lines: dict[str, int | None] = {}
    if manifest is not None:
        values = load_manifest(manifest)
        lines = values.pop("_lines")
    given = {k: v for k, v in overrides.items() if v is not None and v != () and v != []}
    values.update(given)
    s = Settings(seeds=[str(x) for x in values.get("seeds") or ["seeds"]])
    s.recursive = bool(values.get("recursive", False))
    # each named once, in the order first named: `-l brief -l brief` is one brief, not two
    s.lengths = tuple(dict.fromkeys(values.get("lengths") or ()))
    s.formats = tuple(dict.fromkeys(values.get("formats") or ()))
    for key in ("theme", "reference_docx", "templates", "output", "report"):
        if values.get(key):
            setattr(s, key, Path(values[key]))
    if values.get("name"):
        s.name = str(values["name"])
    s.jobs = values.get("jobs")

    def where(key: str) -> dict[str, Any]:
        return {"file": manifest, "line": lines.get(key)} if manifest is not None and key not in given else {}

    try:
        _plan.check_pattern(s.name)
    except BuildError as exc:
        raise (ManifestError(exc.message, **where("name")) if where("name") else exc) from None
    from ..lengths import load_lengths

    known = load_lengths(s.templates)
    for name in s.lengths:
        if name not in known:
            msg = f"unknown length {name!r}; choose from {', '.join(known)}"
            raise ManifestError(msg, **where("lengths")) if where("lengths") else BuildError(msg)
    for fmt in s.formats:
        if fmt not in _plan.FORMATS:
            raise BuildError(f"unknown format {fmt!r}; choose from {', '.join(_plan.FORMATS)}")
    if s.reference_docx is not None:
        _check_reference(s.reference_docx, opened="docx" in (s.formats or _plan.FORMATS))
    if s.templates is not None and not s.templates.is_dir():
        raise BuildError("template folder not found", file=s.templates)
    from ..theme import load_theme

    load_theme(s.theme)  # a broken theme fails every output: say so once, before building
    s.lengths = s.lengths or tuple(known)
    s.formats = s.formats or _plan.FORMATS
    return s


def _check_reference(path: Path, opened: bool = True) -> None:
    """A reference document that is missing, not a regular file, past its limits, not a zip
    or not a Word package python-docx can open fails every Word output: refused once, before
    building (exit code 6, as a theme is), rather than as a writer's failure in each output.

    Its zip directory is read first, without decompressing anything; then, when the build
    writes Word documents (`opened`), it is opened as the writer will open it, which loads
    python-docx here once: a build given a reference document writes Word documents anyway,
    and a zip whose parts point at parts it lacks had failed each of them (exit code 5)."""
    from ..limits import reference_problem

    problem = reference_problem(path)
    if problem:
        raise BuildError(problem, file=path)
    if opened:
        from ..errors import RenderError
        from ..writers.docx.reference import open_reference

        try:
            open_reference(path)
        except RenderError as exc:
            raise BuildError(exc.message, file=path) from None


def run_batch(settings: Settings, *, force: bool = False, executor: Executor | None = None,
              executor_kind: str = "local", scheduler: str | None = None, shard: tuple[int, int] | None = None,
              cache: bool = True, progress: Progress | None = None, write_report_file: bool = True) -> BatchResult:
    start = time.perf_counter()
    seeds = _plan.expand_inputs(settings.seeds, settings.recursive)
    if shard is not None:
        seeds = _plan.shard(seeds, *shard)
    out_dir = settings.output
    from ..outputs import check_report_path, prepare_out_dir, safe_subdir

    prepare_out_dir(out_dir)  # a file, an unwritable place: one clear line before any work
    if write_report_file:
        check_report_path(settings.report or out_dir / REPORT_NAME,
                          [*seeds, settings.theme, settings.reference_docx, settings.templates])
    if cache:
        safe_subdir(out_dir, ".cache")  # a link there is refused before any work, not followed
    targets = _plan.plan_targets(seeds, settings.lengths, settings.formats, out_dir, settings.name)
    from ..lengths import template_dirs

    from ..caches import scope

    state = State.load(out_dir)
    with scope(out_dir / ".cache" if cache else None):  # the code's digest is kept there (`code_digest`)
        shared = SharedInputs.compute(template_dirs(settings.templates), settings.theme, settings.reference_docx,
                                      state)
    results: dict[_plan.Target, OutputResult] = {}
    keys: dict[_plan.Target, str] = {}
    pending: dict[Path, list[_plan.Target]] = {}
    keymaker = OutputKeys(shared)
    early = False  # whether the local pool's fork server was started while planning
    for seed, seed_targets in targets.items():
        inputs = seed_inputs(seed, shared, state.files)
        label = str(seed)
        for t in seed_targets:
            key = keys[t] = keymaker.key(inputs, t.length, t.format)
            entry = None if force else state.up_to_date(t.name, key, t.file)
            if entry is not None:
                res = results[t] = OutputResult(label, t.length, t.format, t.file, "skipped", inputs=inputs)
                for f in _KEPT:
                    if f in entry:
                        setattr(res, f, entry[f])
            else:
                results[t] = OutputResult(label, t.length, t.format, t.file, "built", inputs=inputs)
                pending.setdefault(seed, []).append(t)
                if len(pending) == 2 and not early and executor is None and executor_kind == "local":
                    early = _start_local_workers(settings.jobs)
    progress = progress or Progress(verbosity=-2)
    skipped = [r for r in results.values() if r.status == "skipped"]
    progress.begin(sum(len(v) for v in pending.values()), skipped)
    # absolute without resolving: `.cache` stays below the output folder as the workers see it,
    # so their cache writes check it is no link (`caches.write_file`)
    cache_dir = os.path.abspath(out_dir / ".cache" / "charts") if cache else None
    environment = briefkit_environment()
    units = {seed: WorkUnit(os.path.abspath(seed), str(seed), tuple((t.length, t.format) for t in ts),
                            _abs(settings.theme), _abs(settings.templates), _abs(settings.reference_docx),
                            cache_dir, os.environ.get("SOURCE_DATE_EPOCH"), environment)
             for seed, ts in pending.items()}
    last_save = time.monotonic()

    def finish(seed: Path, produced: list[Produced]) -> None:
        nonlocal last_save
        by_key = {(p.length, p.format): p for p in produced}
        done = [(results[t], t, by_key.get((t.length, t.format)) or Produced(t.length, t.format,
                                                                              error="no result from worker"), keys[t])
                for t in pending[seed]]
        _store(done, state, out_dir)
        progress.finished(str(seed), [res for res, _, _, _ in done])
        if time.monotonic() - last_save > _SAVE_EVERY:
            state.save()
            last_save = time.monotonic()

    try:
        if pending:
            _execute(units, finish, executor, executor_kind, settings.jobs, scheduler)
    finally:
        state.save()
        if cache and pending:
            # A run that built nothing wrote nothing to the cache, so it cannot have pushed it
            # past its limit: the walk over every entry (0.16 s for 36,000 of them) is spared
            # the up-to-date rebuild of a large output folder.
            from ..caches import prune

            prune(out_dir / ".cache")
    result = BatchResult([results[t] for ts in targets.values() for t in ts], time.perf_counter() - start)
    if write_report_file:
        result.report_path = settings.report or out_dir / REPORT_NAME
        write_report(result.report_path, result, shared.version)
    progress.close(result)
    return result


def _start_local_workers(jobs: int | None) -> bool:
    """Start the local pool's fork server while the rest of the batch is planned, when the pool
    will have two workers or more (`executors.start_local_workers`); True once started."""
    from .executors import default_jobs, start_local_workers

    if (jobs if jobs else default_jobs()) <= 1:
        return False
    start_local_workers()
    return True


def _execute(units: dict[Path, WorkUnit], finish, executor: Executor | None, kind: str, jobs: int | None,
             scheduler: str | None) -> None:
    from .executors import default_jobs, make_executor

    if executor is not None:
        _drain(executor, units, finish)
        return
    with make_executor(kind, jobs if jobs else default_jobs(), len(units), scheduler) as ex:
        if ex is None:
            # one unit in this process: its lengths may use the cores a pool would have had
            cores = (jobs if jobs else default_jobs()) if len(units) == 1 else 1
            for seed, unit in units.items():
                finish(seed, run_unit(unit, cores))
        else:
            _drain(ex, units, finish, read_ahead_for=(jobs if jobs else default_jobs()) if kind == "local" else 0)


def _drain(executor: Executor, units: dict[Path, WorkUnit], finish, read_ahead_for: int = 0) -> None:
    """Submit every unit, hand each result on as it arrives; a lost unit is a failed unit.

    A finished future is dropped as soon as its result is handed on: it holds the unit's
    output bytes (a megabyte or more per seed), and keeping them all would grow the
    coordinator with the corpus."""
    from concurrent.futures import FIRST_COMPLETED, Future, wait

    order = largest_first(units)
    # the local pool's workers: the profiles of the units handed out last, read while it starts
    ahead = None
    if read_ahead_for:
        from .ahead import read_ahead

        ahead = read_ahead([units[seed] for seed in order], read_ahead_for)
    futures: dict[Future, Path] = {}
    try:
        for seed in order:
            futures[executor.submit(run_unit, units[seed])] = seed
            if ahead is not None:  # the first hand-out returns once the workers run
                ahead.stop()
                ahead = None
    finally:
        if ahead is not None:
            ahead.stop()
    try:
        remaining = set(futures)
        while remaining:
            done, remaining = wait(remaining, return_when=FIRST_COMPLETED)
            for fut in done:
                seed = futures.pop(fut)
                try:
                    produced = fut.result()
                except Exception as exc:  # worker died, result could not travel, cluster gone
                    reason = f"worker lost: {type(exc).__name__}: {exc}".splitlines()[0]
                    produced = [Produced(ln, fmt, error=reason) for ln, fmt in units[seed].targets]
                finish(seed, produced)
                del produced
    except BaseException:
        for fut in futures:
            fut.cancel()
        raise


def largest_first(units: dict[Path, WorkUnit]) -> list[Path]:
    """The seeds in the order their units are handed to a pool: the largest seed first (the
    input order among seeds of a size).

    Why: a unit's time grows with its seed, and the pool's last minutes are spent on whatever
    units were handed out last while the other workers, done, wait. Handing out the largest
    first leaves the smallest for the end, so the workers finish close together (longest
    processing time first, the classic rule for scheduling jobs on parallel machines). A seed
    that cannot be measured counts as empty: its unit reports the problem as before."""
    def size(seed: Path) -> int:
        try:
            return os.stat(units[seed].seed).st_size
        except OSError:
            return 0

    return sorted(units, key=size, reverse=True)


def _store(done: list[tuple[OutputResult, _plan.Target, Produced, str]], state: State, out_dir: Path) -> None:
    """Record one seed's outputs and write the ones that were produced as one set.

    Why a set: the outputs of a seed are renamed into place together, after all of them are
    written (`outputs.write_set`), so a build interrupted while it writes leaves the seed's
    previous documents or its new ones, never a new PDF beside an old DOCX. An output that
    failed to build is left out of the set (its previous file stays, marked for rebuilding);
    a set that cannot be written fails every output in it with the reason."""
    from ..outputs import safe_subdir, write_set  # not via ..build, which imports the composer and the model

    made: list[tuple[OutputResult, _plan.Target, Produced, str]] = []
    for res, t, p, key in done:
        res.pages, res.detail, res.max_detail, res.dropped = p.pages, p.detail, p.max_detail, list(p.dropped)
        res.warnings, res.duration = list(p.warnings), round(p.duration, 3)
        if p.error is not None or p.data is None:
            res.status, res.error, res.traceback = "failed", p.error or "no output produced", p.traceback
            res.exit_code = p.exit_code or 1
            state.forget(t.name)
        else:
            made.append((res, t, p, key))
    if not made:
        return
    try:
        for folder in dict.fromkeys(tuple(t.name.split("/")[:-1]) for _, t, _, _ in made):
            safe_subdir(out_dir, *folder)  # the seed's folders: real ones, never a link
        write_set([(t.path, p.data) for _, t, p, _ in made])
    except BuildError as exc:  # already names the file or folder at fault
        for res, t, _, _ in made:
            res.status, res.error, res.exit_code = "failed", str(exc), BuildError.exit_code
            state.forget(t.name)
        return
    for res, t, p, key in made:
        res.status = "built"
        res.sha256 = hashlib.sha256(p.data).hexdigest()
        res.size = len(p.data)
        state.record(t.name, key, t.path, {"seed": res.seed, "length": res.length, "format": res.format,
                                           "pages": res.pages, "detail": res.detail, "max_detail": res.max_detail,
                                           "sha256": res.sha256, "size": res.size, "warnings": res.warnings,
                                           "dropped": res.dropped})


def _abs(p: Path | None) -> str | None:
    return str(p.resolve()) if p is not None else None


def build_many(seeds: Iterable[str | Path] | str | Path | None = None, *, config: str | Path | None = None,
               lengths: Sequence[str] | None = None, formats: Sequence[str] | None = None,
               out_dir: str | Path | None = None, theme: str | Path | None = None,
               templates: str | Path | None = None, reference_docx: str | Path | None = None,
               name: str | None = None, recursive: bool | None = None, jobs: int | None = None,
               force: bool = False, executor: Executor | None = None, shard: tuple[int, int] | str | None = None,
               report: str | Path | None | bool = True, cache: bool = True,
               progress: Progress | None = None) -> BatchResult:
    """Build many seeds (files, folders, globs) and return one result per output.

    `executor` may be any `concurrent.futures.Executor` (a process pool, a Dask client's
    `get_executor()`); by default `jobs` local processes, one per core. `config` reads a
    `briefkit.toml` whose values the other arguments override. `report` is the report path,
    True for `<out_dir>/build-report.json`, or False for none.
    """
    if isinstance(seeds, (str, Path)):
        seeds = [seeds]
    from .manifest import find_manifest

    manifest = find_manifest(config) if config is not None else None
    settings = resolve_settings(
        manifest, seeds=[str(s) for s in seeds] if seeds is not None else None, recursive=recursive,
        lengths=tuple(lengths) if lengths else None, formats=tuple(formats) if formats else None,
        theme=theme, reference_docx=reference_docx, templates=templates, output=out_dir, name=name,
        report=report if isinstance(report, (str, Path)) else None, jobs=jobs,
    )
    if isinstance(shard, str):
        shard = _plan.parse_shard(shard)
    return run_batch(settings, force=force, executor=executor, shard=shard, cache=cache, progress=progress,
                     write_report_file=report is not False)
