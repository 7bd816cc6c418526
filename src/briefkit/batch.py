"""Batch builds: many seeds, optionally in parallel worker processes.

Seeds are independent, so a failure in one is reported and the others still build; the
caller gets every report and every error, in seed order.
"""
from __future__ import annotations

import os
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from concurrent.futures.process import BrokenProcessPool

from .build import BuildOptions, SeedReport, build_seed, check_distinct_outputs
from .errors import BriefkitError, BuildError, InternalError


@dataclass
class BatchResult:
    reports: list[SeedReport]
    errors: list[BriefkitError]

    @property
    def ok(self) -> bool:
        return not self.errors


def _one(seed: Path, options: BuildOptions) -> SeedReport | BriefkitError:
    """Build one seed; a bug is reported as an InternalError for this seed, so the other seeds
    of the batch still build."""
    try:
        return build_seed(seed, options)
    except BriefkitError as exc:
        return exc
    except RecursionError as exc:
        return InternalError.from_exception(exc, seed)
    except MemoryError:
        return BuildError("ran out of memory building this seed", file=seed)
    except Exception as exc:  # noqa: BLE001 - anything else is our bug, reported as such
        return InternalError.from_exception(exc, seed)


def _watch_parent(parent: int) -> None:
    """Worker initializer: end this worker when the process that started it dies (a killed
    `briefkit build -j2` must not leave workers writing on their own)."""
    import threading
    import time

    def watch() -> None:
        while True:
            if os.getppid() != parent:
                os._exit(1)
            time.sleep(0.2)

    threading.Thread(target=watch, name="briefkit-parent-watch", daemon=True).start()


def build_many(seeds: list[Path], options: BuildOptions, jobs: int | None = 1) -> BatchResult:
    jobs = jobs or os.cpu_count() or 1
    check_distinct_outputs(seeds)
    if jobs <= 1 or len(seeds) <= 1:
        results = [_one(s, options) for s in seeds]
    else:
        results = []
        with ProcessPoolExecutor(max_workers=min(jobs, len(seeds)), initializer=_watch_parent,
                                 initargs=(os.getpid(),)) as pool:
            futures = [pool.submit(_one, s, options) for s in seeds]
            for seed, fut in zip(seeds, futures):
                try:
                    results.append(fut.result())
                except BrokenProcessPool:
                    results.append(BuildError("the worker building this seed died (out of memory?)", file=seed))
    reports = [r for r in results if isinstance(r, SeedReport)]
    errors = [r for r in results if isinstance(r, BriefkitError)]
    return BatchResult(reports, errors)
