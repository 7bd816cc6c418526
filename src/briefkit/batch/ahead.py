"""Profiles read ahead by the coordinator while its local pool starts.

Why: the pool's workers come from a fork server that first loads every build stage
(`executors.PRELOAD`, about 0.7 s), on one core; the coordinator meanwhile waits in its first
`submit` until the workers are forked, and the machine's other core has nothing to do. A
unit's first stage, reading its article (the extractors: 50-90 ms a profile), needs none of
what the server loads but the readers, so in that time the coordinator reads the profiles of
the units handed out last into the build's profile cache (`profile_cache`), and the workers
that reach those units read them back in a millisecond. On the benchmark's 50 profiles about
ten to seventeen are read so, half a second of work that no longer waits for a worker: the
idle core-seconds of a batch went from 1.2 to 0.6.

What is read, and when: only from the last unit backwards, and never the first two per
worker, which the workers start on at once; only until the first unit is handed out, which
returns once the workers run (the coordinator would take a core from them after that). A profile the cache has
already is not read again. A seed that fails to read is left to its worker, which reports
the failure as before (`profile_cache` never stores one). Only in a process briefkit owns
(the command line's, `heap.owned`): a program that calls `build_many` keeps its process free
of the extractors.
"""
from __future__ import annotations

import sys
import threading
from collections.abc import Sequence

from .work import WorkUnit, profiles_folder


# How soon the coordinator's own threads get the interpreter back from the reading thread
# while it runs (Python's default is 5 ms): the first hand-out returns as the fork server
# forks the workers, and each step of it (a worker started, the pool's threads started, the
# first units sent) waited a switch interval behind the reading thread.
SWITCH_INTERVAL = 0.0005


class ReadAhead:
    """A thread reading `units`' profiles into the cache, the last first, until `stop`."""

    def __init__(self, units: Sequence[WorkUnit], workers: int) -> None:
        self._units = [u for u in units[2 * workers:] if profiles_folder(u) is not None][::-1]
        self._stopped = threading.Event()
        self._thread: threading.Thread | None = None
        self.read = 0

    def start(self) -> ReadAhead:
        if self._units and not self._stopped.is_set():
            self._interval = sys.getswitchinterval()
            sys.setswitchinterval(SWITCH_INTERVAL)
            self._thread = threading.Thread(target=self._run, name="briefkit-read-ahead", daemon=True)
            self._thread.start()
        return self

    def stop(self) -> None:
        """Stop after the profile being read (at most one more), and wait for it."""
        self._stopped.set()
        if self._thread is not None:
            self._thread.join()
            self._thread = None
            sys.setswitchinterval(self._interval)

    def _run(self) -> None:
        from ..profile_cache import store_ahead

        for unit in self._units:
            if self._stopped.is_set():
                return
            try:
                if store_ahead(unit.seed, profiles_folder(unit)):
                    self.read += 1
            except Exception:  # noqa: BLE001 - the unit's worker reads it and says what is wrong
                continue


def read_ahead(units: Sequence[WorkUnit], workers: int) -> ReadAhead | None:
    """A started `ReadAhead` in a process briefkit owns, else None."""
    from ..heap import owned

    if not owned():
        return None
    return ReadAhead(units, workers).start()


__all__ = ["ReadAhead", "read_ahead"]
