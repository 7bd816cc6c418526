"""Build: seeds x lengths x formats -> files in the output folder.

Owns output naming (`<out>/<seed-slug>/<length>.<ext>`), atomic writes (a reader never
sees a half-written file, a failed build leaves no partial file) and the per-profile chart
service, so each chart is drawn once and reused by every length and format.
"""
from __future__ import annotations

import hashlib
from .records import field
from pathlib import Path

from .charts_service import ChartService
from .compose import load_lengths, source_date
from .errors import BriefkitError, BuildError
from .outputs import atomic_write, clean_stale_parts, prepare_out_dir, safe_subdir, write_set
from .records import record
from .text import slugify
from .theme import load_theme
from .writers import WRITERS, WriteOptions, get_writer

DEFAULT_FORMATS = ("pdf", "docx")


@record(frozen=True)
class BuildOptions:
    out_dir: Path = Path("dist")
    lengths: tuple[str, ...] = ()  # empty = every length
    formats: tuple[str, ...] = ()  # empty = pdf and docx
    theme: Path | None = None
    template_dir: Path | None = None
    reference_docx: Path | None = None
    cache: bool = True


@record(frozen=True)
class Output:
    seed: Path
    length: str
    format: str
    path: Path
    pages: int | None
    detail: int
    size: int
    dropped: tuple[str, ...] = ()  # what the fit left out to meet the length's budget


@record
class SeedReport:
    seed: Path
    outputs: list[Output] = field(default_factory=list)
    chart_renders: int = 0


def find_seeds(paths: list[Path]) -> list[Path]:
    """Expand directories to the seed files in them; complain about what does not exist."""
    from .readers import SEED_SUFFIXES

    seeds: list[Path] = []
    for p in paths:
        if p.is_dir():
            found = sorted(f for f in p.iterdir() if f.is_file() and f.suffix.lower() in SEED_SUFFIXES)
            if not found:
                raise BuildError(f"no seed files ({', '.join(SEED_SUFFIXES)}) in directory", file=p)
            seeds.extend(found)
        elif p.exists():
            seeds.append(p)
        else:
            raise BuildError("seed file not found", file=p)
    return seeds


def seed_slug(seed: Path) -> str:
    """The output folder name of a seed: its file name, slugified, at most 80 characters (a
    long name is cut and given a short hash, so it stays unique and within file-name limits)."""
    slug = slugify(seed.stem)
    if len(slug) > 80:
        digest = hashlib.sha1(slug.encode("utf-8")).hexdigest()[:8]
        slug = f"{slug[:70].rstrip('-_')}-{digest}"
    return slug


def check_distinct_outputs(seeds: list[Path]) -> None:
    """Two seeds that would write the same `<out>/<slug>/` are an error naming both (one would
    silently overwrite the other: `a b.txt` and `a-b.txt`, `x.txt` and `x.yaml`)."""
    seen: dict[str, Path] = {}
    for seed in seeds:
        slug = seed_slug(seed)
        if slug in seen and seen[slug].resolve() != seed.resolve():
            raise BuildError(f"{seen[slug]} and {seed} would both be written to the output folder "
                             f"{slug}/; rename one", file=seed)
        seen.setdefault(slug, seed)


def validate(options: BuildOptions):
    lengths = load_lengths(options.template_dir)
    for name in options.lengths:
        if name not in lengths:
            raise BuildError(f"unknown length {name!r}; choose from {', '.join(lengths)}")
    for fmt in options.formats:
        if fmt not in WRITERS:
            raise BuildError(f"unknown format {fmt!r}; choose from {', '.join(WRITERS)}")
    if options.reference_docx is not None:
        from .limits import reference_problem  # missing, not a regular file, past a limit

        problem = reference_problem(Path(options.reference_docx))
        if problem:
            raise BuildError(problem, file=options.reference_docx)
    return lengths


def build_seed(seed: Path, options: BuildOptions) -> SeedReport:
    """Build every requested length and format of one seed; an error that names no file is
    about this seed, so it is given the seed's name."""
    from .caches import scope

    try:
        # Fonts and compiled templates are cached beside the charts (and not without a chart cache).
        with scope(options.out_dir / ".cache" if options.cache else None):
            return _build_seed(seed, options)
    except BriefkitError as exc:
        if exc.file is None:
            exc.file = str(seed)
        raise


def _build_seed(seed: Path, options: BuildOptions) -> SeedReport:
    from .fit import fit
    from .fit_scope import scope as fit_scope
    from .readers import read

    lengths = validate(options)
    theme = load_theme(options.theme)
    wopts = WriteOptions(theme=theme, reference_docx=options.reference_docx)
    # Errors from later stages name the file being built, not a `seed_file` the data states.
    profile = read(seed).model_copy(update={"seed_file": str(seed)})
    as_of = source_date(profile, seed)
    prepare_out_dir(options.out_dir)
    cache_dir = safe_subdir(options.out_dir, ".cache", "charts") if options.cache else None
    charts = ChartService(profile, cache_dir, vector=theme.vector_charts)
    formats = options.formats or DEFAULT_FORMATS
    report = SeedReport(seed)
    # Render everything first, then write the set at once: a failure leaves no partial set.
    folder = options.out_dir / seed_slug(seed)
    pending: list[tuple[Path, bytes, Output]] = []
    with fit_scope():  # the lengths of one seed share what their fits ask for alike
        for name in options.lengths or tuple(lengths):
            length = lengths[name]
            fitted = fit(profile, length, as_of, charts, wopts,
                         str(options.template_dir) if options.template_dir else None,
                         need_pdf="pdf" in formats)
            for fmt in formats:
                writer = get_writer(fmt)
                if fmt == "pdf" and fitted.pdf is not None:
                    data = fitted.pdf
                elif fmt == "docx":  # the package written before for the same inputs, if any
                    from .docx_cache import write as write_docx

                    data = write_docx(fitted.document, wopts)
                else:
                    data = writer.write(fitted.document, wopts)
                path = folder / f"{name}{writer.suffix}"
                pages = fitted.pages if fmt == "pdf" else None
                pending.append((path, data, Output(seed, name, fmt, path, pages, fitted.detail, len(data),
                                                    tuple(fitted.dropped))))
    safe_subdir(options.out_dir, seed_slug(seed))
    clean_stale_parts(folder)
    write_set([(path, data) for path, data, _ in pending])
    report.outputs.extend(out for _, _, out in pending)
    report.chart_renders = charts.renders
    return report
