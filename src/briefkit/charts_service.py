"""Charts for one profile, rendered at most once per (chart, options) and reused by every
length and format of a build; the chart package adds a disk cache across builds."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Mapping

from .model import Profile


class ChartService:
    def __init__(self, profile: Profile, cache_dir: Path | None = None, vector: bool = False):
        """`vector`: also draw SVGs (a theme with vector charts); otherwise PNG only."""
        self.profile = profile
        self.cache_dir = cache_dir
        self.vector = vector
        self._memo: dict[str, Any] = {}
        self._by_inputs: dict[str, Any] = {}  # charts by what they draw (see render_chart)
        self.renders = 0

    def get(self, name: str, options: Mapping[str, Any] | None = None):
        key = json.dumps([name, dict(options or {})], sort_keys=True, default=str)
        if key not in self._memo:
            from .charts import render_chart

            self.renders += 1
            self._memo[key] = render_chart(self.profile, name, dict(options or {}), self.cache_dir,
                                             vector=self.vector, memo=self._by_inputs)
        return self._memo[key]
