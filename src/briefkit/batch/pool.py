"""The local process pool's executor class, in a module of its own: defining it imports
`concurrent.futures.process` and with it multiprocessing, which a build of one seed, run in
the command's own process, never needs."""
from __future__ import annotations

from concurrent.futures import ProcessPoolExecutor
from typing import Any


class RecyclingPool(ProcessPoolExecutor):
    """ProcessPoolExecutor that replaces every retired worker.

    Python 3.11 to 3.13 (up to the fix of gh-115634) can skip the replacement of a worker that
    exited at `max_tasks_per_child` when tasks are queued behind it, and then waits forever
    with no worker left. The replacement here is decided only by the number of live workers,
    as the fixed versions do; the pool only ever wants `max_workers` of them anyway.
    """

    def stop_workers(self) -> None:
        """End every worker now (SIGTERM): for an interrupted batch, whose running units will
        not be used, so that shutting the pool down does not wait for them."""
        processes: dict[Any, Any] = getattr(self, "_processes", None) or {}
        for process in list(processes.values()):
            try:
                process.terminate()
            except (OSError, AttributeError, ValueError):
                pass

    def _adjust_process_count(self) -> None:
        processes: dict[Any, Any] | None = getattr(self, "_processes", None)
        if processes is None or not hasattr(self, "_spawn_process"):  # pragma: no cover - a stdlib change
            super()._adjust_process_count()  # type: ignore[misc]
            return
        while len(processes) < self._max_workers:  # type: ignore[attr-defined]
            self._spawn_process()  # type: ignore[attr-defined]
