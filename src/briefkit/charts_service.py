"""Charts for one profile, rendered at most once per (chart, options) and reused by every
length and format of a build; the chart package adds a disk cache across builds.

Which disk entry a chart is in depends on the profile data the chart reads, so finding it
meant reading the profile, that is validating it into the model (pydantic). The service
keeps, per profile JSON, chart, options and form, the entry's key in `<out>/.cache/chartkeys`,
so a rebuild from a cached profile (`lazy_profile`) finds its charts without the model. The
key of that note covers the profile's JSON, the chart, its options, vector or not, and
briefkit's code; a note is only a pointer (two digests, or "nothing to draw"), and a chart it
points to that is missing or incomplete is drawn as without it.
"""
from __future__ import annotations

import hashlib
import json
from pathlib import Path
from collections.abc import Mapping

from . import caches

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing at run time
if TYPE_CHECKING:
    from typing import Any

if TYPE_CHECKING:  # pydantic is imported only where a profile is validated
    from .model import Profile

FORMAT = "1"


class ChartService:
    def __init__(self, profile: Profile, cache_dir: Path | None = None, vector: bool = False):
        """`vector`: also draw SVGs (a theme with vector charts); otherwise PNG only.
        `profile` may be a `lazy_profile.LazyProfile`."""
        self.profile = profile
        self.cache_dir = cache_dir
        self.vector = vector
        self._memo: dict[str, Any] = {}
        self._by_inputs: dict[str, Any] = {}  # charts by what they draw (see render_chart)
        self._profile_json: str | None = None
        self.renders = 0

    def get(self, name: str, options: Mapping[str, Any] | None = None):
        key = json.dumps([name, dict(options or {})], sort_keys=True, default=str)
        if key not in self._memo:
            self.renders += 1
            self._memo[key] = self._get(name, dict(options or {}))
        return self._memo[key]

    def _get(self, name: str, options: dict[str, Any]):
        note = self._note_path(name, options)
        if note is not None:
            found, chart = self._from_note(note, name)
            if found:
                return chart
        from .charts import chart_keys, render_chart
        from .lazy_profile import real

        profile = real(self.profile)
        chart = render_chart(profile, name, options, self.cache_dir, vector=self.vector, memo=self._by_inputs)
        if note is not None:
            keys = chart_keys(profile, name, options, vector=self.vector)
            text = json.dumps(None if keys is None else list(keys))
            caches.write_entry(note, text.encode("utf-8"))
        return chart

    def _from_note(self, note: Path, name: str) -> tuple[bool, Any]:
        """(True, chart) when the note says where the chart is (None: nothing to draw) and
        the entry is complete; else (False, None) and the chart is resolved as without it."""
        payload = caches.read_entry(note)
        if payload is None:
            return False, None
        try:
            keys = json.loads(payload.decode("utf-8"))
        except ValueError:
            return False, None
        if keys is None:
            return True, None
        if not (isinstance(keys, list) and len(keys) == 2 and all(isinstance(k, str) for k in keys)):
            return False, None
        ckey, mkey = keys
        if mkey in self._by_inputs:
            return True, self._by_inputs[mkey]
        if self.cache_dir is None or len(ckey) != 64 or any(c not in "0123456789abcdef" for c in ckey):
            return False, None
        from .charts import from_cache

        chart = from_cache(Path(self.cache_dir), name, ckey, self.vector)
        if chart is None:
            return False, None
        self._by_inputs[mkey] = chart
        return True, chart

    def _note_path(self, name: str, options: dict[str, Any]) -> Path | None:
        folder = caches.folder("chartkeys")
        if folder is None or self.cache_dir is None:
            return None
        if self._profile_json is None:
            from .lazy_profile import json_of

            self._profile_json = json_of(self.profile)
        h = hashlib.sha256()
        from .charts.cache import _mpl_version
        from .limits import current

        for part in (FORMAT, caches.code_version(), _mpl_version(), repr(current()), self._profile_json, name,
                     json.dumps(options, sort_keys=True, default=str), repr(self.vector), str(self.cache_dir)):
            h.update(part.encode("utf-8", "surrogatepass") + b"\0")
        key = h.hexdigest()
        return caches.entry_path(folder, key, ".chart")


# A batch worker writes what it learned of the chart faces once it has this many new
# characters and pairs (`charts.text_store`): the file is written whole, a few milliseconds.
BATCH_LEARNED = 300


def keep_learned(least: int = 0) -> None:
    """Keep what drawing charts in this process learned of the chart faces beside the
    bytecode, where the next build finds it (`charts.text_store`), when that is more than
    `least` characters and pairs; nothing when this process drew no chart."""
    import sys

    learned = sys.modules.get("briefkit.charts.plain_text")
    if learned is not None:
        learned.save(least)
