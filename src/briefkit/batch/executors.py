"""Where work units run: in this process, a local process pool, or a Dask cluster.

Any `concurrent.futures.Executor` works (the Python API takes one); these helpers make the
two the command line offers. A pool's workers are separate processes, so one seed that
exhausts memory or crashes the interpreter takes down only its own unit, which the
coordinator then reports as failed.
"""
from __future__ import annotations

import os
from contextlib import contextmanager
from collections.abc import Iterator

from ..errors import BuildError

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing at run time

if TYPE_CHECKING:  # a process pool loads multiprocessing: only a build that runs one does
    from concurrent.futures import Executor

    from .pool import RecyclingPool

EXECUTORS = ("local", "dask")

# A local worker is replaced by a fresh one after building this many profiles. Its caches
# are bounded, so it should not grow; this is the safety net for what no cache controls
# (allocator fragmentation, a leak in a library). High enough that the warm caches (text
# widths, fonts, parsed templates) pay off many times over before they are dropped.
PROFILES_PER_WORKER = 50

# Imported once in the fork server, before any worker is forked from it (by
# `briefkit.batch.preload`): a fresh worker (the first, or one replacing a retired worker)
# starts with ReportLab, matplotlib and python-docx already loaded instead of spending a
# second or two importing them; and with what a unit loads on first use after them: the
# extractors (a quarter of a second compiling their patterns), the model and pydantic (with
# the plugin loader it imports, and importlib.metadata with it, when a model is built), the
# template environment and Jinja2 (whose built-in templates `preload` compiles as well), the
# markup parser and the chart drawing modules.
PRELOAD = ("briefkit.batch.work", "briefkit.readers", "briefkit.fit", "briefkit.charts_service",
           "briefkit.charts.render", "briefkit.charts.png", "briefkit.writers.pdf", "briefkit.writers.docx",
           "briefkit.extract.events", "briefkit.extract.names", "briefkit.extract.org", "briefkit.extract.people",
           "briefkit.extract.owners",
           "briefkit.compose", "briefkit.digest", "briefkit.sandbox", "jinja2", "markdown_it", "markdown_it.tree",
           "mdit_py_plugins.container", "briefkit.charts.timeline", "briefkit.charts.orgchart", "fontTools.ttLib",
           "pydantic.plugin._loader")  # imported by pydantic when the model is first built


def default_jobs() -> int:
    """One worker per core this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not Linux
        return max(1, os.cpu_count() or 1)


@contextmanager
def make_executor(kind: str, jobs: int, units: int, scheduler: str | None = None,
                  profiles_per_worker: int | None = None) -> Iterator[Executor | None]:
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
    pool = local_pool(min(jobs, units), profiles_per_worker or PROFILES_PER_WORKER)
    try:
        yield pool
    except KeyboardInterrupt:
        # Interrupted (Ctrl-C, or SIGTERM through the command line): the units running are
        # abandoned, so their workers are ended rather than waited for. Nothing they made is
        # lost: outputs are written by this process only (`run._store`).
        pool.stop_workers()
        raise
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def local_pool(workers: int, profiles_per_worker: int = PROFILES_PER_WORKER) -> RecyclingPool:
    """A process pool whose workers retire after `profiles_per_worker` units.

    Retiring needs workers that are not forked from the coordinator (forking a process that
    runs threads can deadlock the child), so they come from a fork server where the platform
    has one, preloaded with the build stages, else from spawn.
    """
    from .pool import RecyclingPool

    ctx = _context()
    if ctx.get_start_method() == "forkserver":
        _ensure_server()
    return RecyclingPool(max_workers=workers, mp_context=ctx, initializer=_init_worker,
                         initargs=(os.getpid(),), max_tasks_per_child=profiles_per_worker)


def _context():
    """The start method local workers come from: the fork server, preloaded with the build
    stages, where the platform has one, else spawn."""
    import multiprocessing

    methods = multiprocessing.get_all_start_methods()
    ctx = multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")
    if ctx.get_start_method() == "forkserver":
        ctx.set_forkserver_preload(["briefkit.batch.preload"])
    return ctx


def start_local_workers() -> None:
    """Start the fork server that `local_pool`'s workers will come from, now.

    Why: the server spends about 0.7 s loading the build stages before the first worker can
    be forked, and the pool starts it only at the first unit handed out, after the batch has
    planned every seed (reading their state and digests: 50-70 ms for fifty seeds). Started
    as soon as the plan holds two units to build, which is when a pool will be made (see
    `make_executor`), the server loads while the rest of the plan is made. Started for a
    batch that then builds nothing, it is stopped as Python exits, as an unused pool's is."""
    ctx = _context()
    if ctx.get_start_method() == "forkserver":
        _ensure_server()


def _ensure_server() -> None:
    """Start the fork server (if it is not running) with Ctrl-C ignored.

    Why: a terminal sends Ctrl-C to every process of the build, and the server spends most
    of a second importing the build stages; interrupted there, it printed a traceback of the
    import after "briefkit: interrupted". A signal ignored when a process starts stays ignored
    in it (Python installs its own SIGINT handler only over the default one), so the server and
    the workers it forks leave Ctrl-C to this process, which stops them (`make_executor`)."""
    import signal
    from multiprocessing import forkserver

    try:
        before = signal.signal(signal.SIGINT, signal.SIG_IGN)
    except ValueError:  # not the main thread: no signal to set, none to receive
        forkserver.ensure_running()
        return
    try:
        forkserver.ensure_running()
    finally:
        signal.signal(signal.SIGINT, before)


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
    except (OSError, TimeoutError, ValueError) as exc:  # ValueError: an address of an unknown scheme
        raise BuildError(f"cannot reach the Dask scheduler at {address}: {exc}") from None
    try:
        yield client.get_executor(pure=False, retries=2)
    finally:
        client.close()


def _init_worker(parent: int) -> None:
    """Worker initializer: the process is briefkit's own (see `briefkit.heap`), and it ends
    with its coordinator."""
    from ..heap import own_process
    from ..pattern_cache import install

    own_process()
    install()  # a worker started afresh (no fork server) reads the patterns its stages compile
    _watch_parent(parent)


def _watch_parent(parent: int) -> None:
    """Worker initializer: end this worker when the coordinator that started the pool dies (a
    killed `briefkit build -j2` must not leave workers writing on their own).

    A worker from a fork server is the server's child, not the coordinator's: the server
    exits when the coordinator does, so either way the worker's parent changes; and the
    coordinator's pid is checked too, for a server that outlives it.
    """
    import threading
    import time

    first = os.getppid()

    def alive(pid: int) -> bool:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return False
        except PermissionError:  # pragma: no cover - a pid reused by another user's process
            return False
        return True

    def watch() -> None:
        while True:
            if os.getppid() != first or (first != parent and not alive(parent)):
                os._exit(1)
            time.sleep(0.2)

    threading.Thread(target=watch, name="briefkit-parent-watch", daemon=True).start()
