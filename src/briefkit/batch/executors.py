"""Where work units run: in this process, a local process pool, or a Dask cluster.

Any `concurrent.futures.Executor` works (the Python API takes one); these helpers make the
two the command line offers. A pool's workers are separate processes, so one seed that
exhausts memory or crashes the interpreter takes down only its own unit, which the
coordinator then reports as failed.
"""
from __future__ import annotations

import os
from concurrent.futures import Executor, ProcessPoolExecutor
from contextlib import contextmanager
from typing import Iterator

from ..errors import BuildError

EXECUTORS = ("local", "dask")


def default_jobs() -> int:
    """One worker per core this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not Linux
        return max(1, os.cpu_count() or 1)


@contextmanager
def make_executor(kind: str, jobs: int, units: int, scheduler: str | None = None) -> Iterator[Executor | None]:
    """The executor for `kind`; None means "run in this process" (one job, or one unit)."""
    if kind == "dask":
        with dask_executor(scheduler) as ex:
            yield ex
        return
    if kind != "local":
        raise BuildError(f"unknown executor {kind!r}; choose from {', '.join(EXECUTORS)}")
    if jobs <= 1 or units <= 1:
        yield None
        return
    pool = ProcessPoolExecutor(max_workers=min(jobs, units), initializer=_watch_parent, initargs=(os.getpid(),))
    try:
        yield pool
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


@contextmanager
def dask_executor(scheduler: str | None) -> Iterator[Executor]:
    """An executor over an existing Dask distributed cluster (`pip install 'briefkit[dask]'`).

    Units are submitted as impure tasks (two seeds with equal bytes are still two builds) and
    retried twice on other workers when a worker dies; a unit that fails every time is
    reported, never silently lost.
    """
    address = scheduler or os.environ.get("DASK_SCHEDULER_ADDRESS")
    if not address:
        raise BuildError("--executor dask needs --scheduler ADDRESS (or DASK_SCHEDULER_ADDRESS)")
    try:
        from distributed import Client
    except ImportError:
        raise BuildError("--executor dask needs Dask: pip install 'briefkit[dask]'") from None
    try:
        client = Client(address, timeout=30)
    except (OSError, TimeoutError) as exc:
        raise BuildError(f"cannot reach the Dask scheduler at {address}: {exc}") from None
    try:
        yield client.get_executor(pure=False, retries=2)
    finally:
        client.close()


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
