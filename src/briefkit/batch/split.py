"""One seed's lengths built on two cores.

Why: a batch of many seeds keeps every core busy with a seed each (`executors`), but a build
of one seed, the command a user runs first, built its lengths one after the other on one
core while the other stood idle: the seed's cold build took 2.1-2.7 s, of which the brief's
fit was a quarter and the snapshot and the full profile together as much again. Once the seed
is read, its lengths depend on nothing of each other, so a second process, forked from the
one that read the seed, builds some of them while this one builds the rest: the cold build
took 1.7-1.9 s, every output byte-identical.

How: the child is forked after the seed is read, so it starts with the profile, the caches'
scope and every module loaded so far, and sends back what it produced (the `Produced` of its
lengths, output bytes and all) through a pipe (private to the two processes, so what comes back
is unpickled as the parent's own); it writes no output file, as a pool's worker writes none,
and it ends with its parent however the parent ends (`_ends_with`). A child that dies or sends
nothing readable leaves its outputs failed with one line, as a lost worker's are, and the other
lengths stand. An article read afresh goes one step further (`Helper`): a process forked before
the seed is read loads the drawing stack meanwhile, then builds the lengths, split in two as
above, from the profile it is handed (1.68 s against 1.52 s in paired cold builds).

When: only in a process briefkit owns (the command line's, not a program that imports
briefkit), on a platform whose `fork` is safe to use there (Linux), with no other thread
running (a fork copies only the calling thread, and a lock another held stays held), when the
build may use two cores (`-j`, one per core by default), builds two lengths or more, and read
its seed afresh (`fresh`).
"""
from __future__ import annotations

import os
import sys
from collections.abc import Callable, Sequence

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing at run time
if TYPE_CHECKING:
    from typing import Any

# What a length costs to build, in units of a one-page length's: a length with a budget of
# more pages searches its detail levels with a score of drafts (the brief: about 480 ms of a
# profile's 950 in the benchmark's corpus), one without a budget is laid out once but is the
# longest (the full profile: 290 ms), a one-page length searches a page (the snapshot: 180 ms).
MULTI_PAGE_COST, UNBUDGETED_COST, ONE_PAGE_COST = 3, 2, 1


def cost(max_pages: int | None) -> int:
    """The estimated cost of a length with this page budget (see `MULTI_PAGE_COST`)."""
    if max_pages is None:
        return UNBUDGETED_COST
    return MULTI_PAGE_COST if max_pages > 1 else ONE_PAGE_COST


def halves(lengths: Sequence[str], costs: dict[str, int]) -> tuple[list[str], list[str]]:
    """(this process's lengths, the child's): the costliest first, each to the half with less
    so far, ties to this process; each half is built the costliest first too (ties in the order
    the lengths were asked in), so the length a half ends on is its cheapest. Why: the Word
    package of the length laid out last is written after it, when nothing else is left to do
    (`batch.posted`), and a one-page length's is the smallest (the seed's snapshot's took a
    third of the time its full profile's did)."""
    mine: list[str] = []
    theirs: list[str] = []
    load = [0, 0]
    for name in sorted(lengths, key=lambda n: -costs.get(n, UNBUDGETED_COST)):
        side = 0 if load[0] <= load[1] else 1
        (mine, theirs)[side].append(name)
        load[side] += costs.get(name, UNBUDGETED_COST)
    return mine, theirs


def possible(cores: int, lengths: int) -> bool:
    """Whether a seed's lengths may be split between two processes here (see the module)."""
    from ..heap import owned

    # One thread: forking a process with others running could copy a lock one of them holds.
    # No thread was started through `threading` unless it is loaded (a rebuild never loads it).
    threads = sys.modules.get("threading")
    return cores >= 2 and lengths >= 2 and owned() and sys.platform.startswith("linux") \
        and hasattr(os, "fork") and (threads is None or threads.active_count() == 1)


def fresh(profile: object) -> bool:
    """Whether the seed was read afresh, not taken from the build's cache as plain data
    (`lazy_profile.LazyProfile`). A seed read afresh is a first build or an edited seed, whose
    lengths are composed and laid out: seconds of work. One taken from the cache is a rebuild
    whose lengths mostly come from the cache too, where a second process costs more CPU than
    it saves time (a forced rebuild of the seed: 298 ms alone, 305 ms split, in paired runs)."""
    from ..lazy_profile import LazyProfile

    return not isinstance(profile, LazyProfile)


def run_split(mine: Sequence[str], theirs: Sequence[str], build: Callable[[str], None],
              produced: Callable[[Sequence[str]], list], lost: Callable[[Sequence[str], str], None],
              take: Callable[[list], None], forked: Callable[[bool], None] | None = None) -> None:
    """Build `theirs` in a forked child and `mine` here, with `build(length)`; the child sends
    `produced(theirs)` back, which `take` receives here; a child that sends nothing readable
    is reported by `lost(theirs, reason)`. `forked(in_child)` runs in each process right after
    the fork (each keeps its own outlet: `batch.work`)."""
    _flush()
    r, w = os.pipe()
    parent = os.getpid()
    pid = os.fork()
    if pid == 0:  # the child: build, send, and leave without running the parent's exit handlers
        code = 1
        try:
            _ends_with(parent)
            os.close(r)
            if forked is not None:
                forked(True)
            for name in theirs:
                build(name)
            _keep_learned()
            _send(w, produced(theirs))
            code = 0
        finally:
            os._exit(code)
    os.close(w)
    if forked is not None:
        forked(False)
    try:
        for name in mine:
            build(name)
    except BaseException:
        _reap(pid, kill=True)
        raise
    back, status = _receive(pid, r)
    if back is None:
        lost(theirs, f"worker lost: the process building {', '.join(theirs)} ended with status {status}")
    else:
        take(back)


class Helper:
    """A process forked before the seed is read, which loads the drawing and layout stack
    (matplotlib, ReportLab, the template engine: half a second) while this one reads the seed
    (its extraction: a third of a second), then builds every length from the profile this one
    hands it, in two processes as `run_split` builds them, and sends back what it produced.
    The Word packages it leaves to this process, which has nothing else to do meanwhile: it
    posts their Documents through its outlets (`batch.posted`). Why: once the seed is read, both halves of `run_split` loaded that stack
    each on its own, half a second on the build's critical path; loaded while the seed is read
    instead, it is off that path, and loaded once (the cold build of the seed: 1.83 s against
    1.65 s in paired runs, every output byte-identical). Only for an article read afresh,
    whose extraction gives the helper the time (`batch.work._extracted`): a structured seed is
    read in a moment, and a cached profile is a rebuild (`fresh`)."""

    def __init__(self, pid: int, to_child: int, from_child: int, side: list[int]) -> None:
        self.pid, self._to, self._from, self._side = pid, to_child, from_child, side

    @classmethod
    def start(cls, work: Callable[[Any, list[int]], Any], outlets: int = 0, skip: tuple[str, ...] = (),
              ready: Callable[[], None] | None = None) -> Helper:
        """Fork the helper; it loads the stack (but the modules named in `skip` and below
        them), runs `ready()` (what it can make before the profile comes; its failure is left
        to `work`), then waits for the profile and runs `work(profile, fds)`, where `fds` are
        the write ends of `outlets` pipes this process reads while it waits (`channel`,
        `finish`)."""
        from . import channel

        _flush()
        ((down_r, down_w),) = channel.pipes(1)  # the profile: handed without waiting (`finish`)
        up_r, up_w = os.pipe()
        side = channel.pipes(outlets)
        parent = os.getpid()
        pid = os.fork()
        if pid == 0:
            code = 1
            try:
                _ends_with(parent)
                os.close(down_w)
                os.close(up_r)
                channel.close([r for r, _ in side])
                _load_stack(skip)
                if ready is not None:
                    try:
                        ready()
                    except Exception:  # noqa: BLE001 - made again, and reported, by the work
                        pass
                with os.fdopen(down_r, "rb") as fh:
                    handed = fh.read()
                if handed:  # nothing handed: the parent could not read the seed
                    import pickle

                    fds = [w for _, w in side]
                    done = work(pickle.loads(handed), fds)
                    _keep_learned()
                    channel.close(fds)  # before the results: the parent reads the outlets to their end first
                    _send(up_w, done)
                code = 0
            finally:
                os._exit(code)
        os.close(down_r)
        os.close(up_w)
        channel.close([w for _, w in side])
        return cls(pid, down_w, up_r, [r for r, _ in side])

    def finish(self, profile: Any, handle: Callable[[Any], None] | None = None,
               meanwhile: Callable[[], None] | None = None) -> Any:
        """Hand the helper `profile`, run `meanwhile()`, pass every message its outlets bring
        to `handle` (`channel.drain`), and wait for what its work gives; None when it sent
        nothing readable (it died)."""
        from . import channel

        rest = None
        try:
            rest = _hand(self._to, profile)
            if meanwhile is not None:
                meanwhile()
            rest, finish_handing = None, rest
            finish_handing()
            channel.drain(self._side, handle or (lambda message: None))
        except BaseException:
            if rest is not None:  # interrupted before the rest was written: the pipe is closed
                rest(False)
            channel.close(self._side)
            _reap(self.pid, kill=True)
            raise
        return _receive(self.pid, self._from)[0]

    def cancel(self) -> None:
        """The seed could not be read (or the build was interrupted): the helper ends unused."""
        from . import channel

        for fd in (self._to, self._from):
            try:
                os.close(fd)
            except OSError:
                pass
        channel.close(self._side)
        _reap(self.pid, kill=True)


def _send(fd: int, value: Any) -> None:
    """`value`, pickled, down the pipe `fd`, which is then closed. (pickle is imported where
    a process is forked: a rebuild from the build's cache forks none and never loads it.)"""
    import pickle

    payload = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
    with os.fdopen(fd, "wb") as fh:
        fh.write(payload)


def _hand(fd: int, value: Any) -> Callable[..., None]:
    """Write `value`, pickled, down the pipe `fd` as far as the pipe takes it now, and return
    what writes the rest and closes `fd`. Why: the helper reads the profile only once it has
    loaded its stack, and a profile bigger than the pipe (the seed's, with its JSON: 72 KB
    against Linux's 64 KiB) kept this process waiting in the write until then, while the
    work it does meanwhile (the Word writer's preparation: `finish`) waited behind it, to
    compete later with both builders for the two cores. The pipe is asked to hold a megabyte
    (`channel.pipes`); what does not fit waits for `meanwhile`. A helper that died takes
    nothing: what it sent, nothing, tells. `rest(False)` only closes `fd` (the build was
    interrupted meanwhile: the helper is ended without its profile)."""
    import pickle

    view = memoryview(pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))
    os.set_blocking(fd, False)
    try:
        while view:
            view = view[os.write(fd, view):]
    except BlockingIOError:
        pass
    except BrokenPipeError:
        view = view[:0]
    os.set_blocking(fd, True)

    def rest(write: bool = True) -> None:
        nonlocal view
        try:
            while write and view:
                view = view[os.write(fd, view):]
        except BrokenPipeError:
            pass
        finally:
            os.close(fd)

    return rest


def _receive(pid: int, fd: int) -> tuple[Any, int]:
    """(what the process `pid` sent down `fd`, or None when it sent nothing readable; its exit
    status), once it has ended; an interruption stops it first."""
    try:
        with os.fdopen(fd, "rb") as fh:
            payload = fh.read()
    except BaseException:
        _reap(pid, kill=True)
        raise
    status = _reap(pid)
    import pickle

    try:
        return (pickle.loads(payload) if status == 0 and payload else None), status
    except Exception:  # noqa: BLE001 - a process that sent nothing readable is a lost one
        return None, status


def _load_stack(skip: tuple[str, ...] = ()) -> None:
    """Import what building the lengths needs and reading the seed did not load already: the
    fork server's list (`executors.PRELOAD`) but the readers and the extractors, but what
    `skip` names (the Word writer, when the parent writes the packages: `batch.work`), and
    but fontTools, which reads a font's coverage only when neither the build's cache nor the
    one beside the bytecode holds it (`font_coverage_cache`): 20 ms on the way to the first
    result."""
    import importlib

    from .executors import PRELOAD

    for name in PRELOAD:
        if not name.startswith(("briefkit.readers", "briefkit.extract", "fontTools", *skip)):
            importlib.import_module(name)
    from ..pattern_cache import save

    save()  # this process ends without exit handlers: the patterns its imports compiled


def _keep_learned() -> None:
    """What this process learned drawing charts, kept for the next build (`charts_service.
    keep_learned`): it ends without exit handlers."""
    from ..charts_service import keep_learned

    keep_learned()


def _flush() -> None:
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()  # nothing buffered is written twice, once by each process
        except (OSError, ValueError):
            pass


# prctl(2): the signal a process gets when the thread that forked it ends.
_PR_SET_PDEATHSIG = 1


def _ends_with(parent: int) -> None:
    """The child ends when its parent does, however the parent ended: a parent stopped by
    SIGTERM or SIGKILL (a supervisor, a CI runner, the out-of-memory killer) runs no Python, so
    the child would build on under init until it wrote to a pipe nobody reads, for as long as
    the time limits allow (seconds a render, minutes a layout). Linux's parent-death signal
    stops it; a parent that ended before the signal was set is caught by its pid.

    A SIGTERM ends the child at once and quietly, whatever it was doing: the handler it inherits
    from the command line (`cli._on_terminate`) raises an exception, and one raised inside a
    callback Python runs for itself (a module lock's, while the helper loads the stack and the
    seed turns out unreadable, `Helper.cancel`) cannot propagate: it printed "Exception ignored
    ... Traceback" into the command's stderr, beside its one-line error, and the child ran on.
    What the child writes it writes whole (a temporary name renamed), and the parent, which
    stays, reports and cleans up."""
    import signal

    def _end(signum: int, frame: object) -> None:
        os._exit(128 + signum)

    try:
        signal.signal(signal.SIGTERM, _end)
    except (ValueError, OSError):  # pragma: no cover - not the main thread
        pass
    try:
        import ctypes

        ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, int(signal.SIGTERM), 0, 0, 0)
    except (ImportError, OSError, AttributeError):  # pragma: no cover - no C library to ask
        pass
    if os.getppid() != parent:
        os._exit(1)


def _reap(pid: int, kill: bool = False) -> int:
    """Wait for the child (stopping it first when `kill`); its exit status, or -1."""
    import signal

    if kill:
        try:
            os.kill(pid, signal.SIGTERM)
        except OSError:
            pass
    try:
        _, status = os.waitpid(pid, 0)
    except ChildProcessError:
        return -1
    return os.waitstatus_to_exitcode(status)
