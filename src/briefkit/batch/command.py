"""`briefkit build`: the command line's batch build, between the parsed options and `run_batch`."""
from __future__ import annotations

from pathlib import Path

from .manifest import find_manifest
from .plan import parse_shard
from .progress import Progress
from .run import resolve_settings, run_batch

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing at run time
if TYPE_CHECKING:
    from typing import Any


def build_command(*, seeds: tuple[Path, ...], config: Path | None, lengths: tuple[str, ...],
                  formats: tuple[str, ...], out_dir: Path | None, theme: Path | None, template_dir: Path | None,
                  reference_docx: Path | None, name: str | None, recursive: bool, jobs: int | None,
                  force: bool, report: Path | None, shard: str | None, executor: str | None, scheduler: str | None,
                  no_cache: bool, quiet: bool, verbose: bool, **_: Any) -> int:
    """Run the build; returns the exit code (0, or the highest exit code of a failed output)."""
    manifest = find_manifest(config)
    settings = resolve_settings(
        manifest, seeds=[str(s) for s in seeds] or None, recursive=recursive or None, lengths=lengths,
        formats=formats, theme=theme, reference_docx=reference_docx, templates=template_dir, output=out_dir,
        name=name, report=report, jobs=jobs,
    )
    progress = Progress(verbosity=-1 if quiet else (1 if verbose else 0))
    result = run_batch(settings, force=force, executor_kind=executor or ("dask" if scheduler else "local"),
                       scheduler=scheduler,
                       shard=parse_shard(shard) if shard else None, cache=not no_cache, progress=progress)
    return 0 if result.ok else max((o.exit_code or 1) for o in result.failed)
