"""Batch builds: many seeds, optionally in parallel worker processes.

Seeds are independent, so a failure in one is reported and the others still build; the
caller gets every report and every error, in seed order.
"""
from __future__ import annotations

import os
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from .build import BuildOptions, SeedReport, build_seed
from .errors import BriefkitError


@dataclass
class BatchResult:
    reports: list[SeedReport]
    errors: list[BriefkitError]

    @property
    def ok(self) -> bool:
        return not self.errors


def _one(seed: Path, options: BuildOptions) -> SeedReport | BriefkitError:
    try:
        return build_seed(seed, options)
    except BriefkitError as exc:
        return exc


def build_many(seeds: list[Path], options: BuildOptions, jobs: int | None = 1) -> BatchResult:
    jobs = jobs or os.cpu_count() or 1
    if jobs <= 1 or len(seeds) <= 1:
        results = [_one(s, options) for s in seeds]
    else:
        with ProcessPoolExecutor(max_workers=min(jobs, len(seeds))) as pool:
            results = list(pool.map(_one, seeds, [options] * len(seeds)))
    reports = [r for r in results if isinstance(r, SeedReport)]
    errors = [r for r in results if isinstance(r, BriefkitError)]
    return BatchResult(reports, errors)
