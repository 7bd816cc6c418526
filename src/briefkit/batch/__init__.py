"""Batch builds: many seeds, incremental, in parallel, with progress and a build report.

`plan` (inputs, globs, output names, shards), `manifest` (briefkit.toml), `state`
(incremental skips), `work` (one seed per unit), `executors` (local pool, Dask), `progress`
and `report`. Importing this package is cheap; the build stages load in the workers.
"""
from __future__ import annotations

from .report import BatchResult, OutputResult
from .run import build_many

__all__ = ["BatchResult", "OutputResult", "build_many"]
