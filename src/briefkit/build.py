"""Build: seeds x lengths x formats -> files in the output folder.

Owns output naming (`<out>/<seed-slug>/<length>.<ext>`), atomic writes (a reader never
sees a half-written file, a failed build leaves no partial file) and the per-profile chart
service, so each chart is drawn once and reused by every length and format.
"""
from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from .charts_service import ChartService
from .compose import load_lengths, source_date
from .errors import BuildError
from .text import slugify
from .theme import load_theme
from .writers import WRITERS, WriteOptions, get_writer

DEFAULT_FORMATS = ("pdf", "docx")


@dataclass(frozen=True)
class BuildOptions:
    out_dir: Path = Path("dist")
    lengths: tuple[str, ...] = ()  # empty = every length
    formats: tuple[str, ...] = ()  # empty = pdf and docx
    theme: Path | None = None
    template_dir: Path | None = None
    reference_docx: Path | None = None
    cache: bool = True


@dataclass(frozen=True)
class Output:
    seed: Path
    length: str
    format: str
    path: Path
    pages: int | None
    detail: int
    size: int


@dataclass
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


def atomic_write(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def seed_slug(seed: Path) -> str:
    return slugify(seed.stem)


def validate(options: BuildOptions):
    lengths = load_lengths(options.template_dir)
    for name in options.lengths:
        if name not in lengths:
            raise BuildError(f"unknown length {name!r}; choose from {', '.join(lengths)}")
    for fmt in options.formats:
        if fmt not in WRITERS:
            raise BuildError(f"unknown format {fmt!r}; choose from {', '.join(WRITERS)}")
    if options.reference_docx is not None and not Path(options.reference_docx).is_file():
        raise BuildError("reference document not found", file=options.reference_docx)
    return lengths


def build_seed(seed: Path, options: BuildOptions) -> SeedReport:
    """Build every requested length and format of one seed."""
    from .fit import fit
    from .readers import read

    lengths = validate(options)
    theme = load_theme(options.theme)
    wopts = WriteOptions(theme=theme, reference_docx=options.reference_docx)
    # Errors from later stages name the file being built, not a `seed_file` the data states.
    profile = read(seed).model_copy(update={"seed_file": str(seed)})
    as_of = source_date(profile, seed)
    cache_dir = options.out_dir / ".cache" / "charts" if options.cache else None
    charts = ChartService(profile, cache_dir)
    formats = options.formats or DEFAULT_FORMATS
    report = SeedReport(seed)
    # Render everything first, then write: a failure leaves no partial set behind.
    pending: list[tuple[Path, bytes, Output]] = []
    for name in options.lengths or tuple(lengths):
        length = lengths[name]
        fitted = fit(profile, length, as_of, charts, wopts,
                     str(options.template_dir) if options.template_dir else None,
                     need_pdf="pdf" in formats)
        for fmt in formats:
            writer = get_writer(fmt)
            data = fitted.pdf if fmt == "pdf" and fitted.pdf is not None else writer.write(fitted.document, wopts)
            path = options.out_dir / seed_slug(seed) / f"{name}{writer.suffix}"
            pages = fitted.pages if fmt == "pdf" else None
            pending.append((path, data, Output(seed, name, fmt, path, pages, fitted.detail, len(data))))
    for path, data, out in pending:
        atomic_write(path, data)
        report.outputs.append(out)
    report.chart_renders = charts.renders
    return report
