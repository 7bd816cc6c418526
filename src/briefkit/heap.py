"""The cycle collector and what a build keeps for the life of its process.

Most of a build's heap lives as long as the process: the modules of matplotlib, ReportLab and
python-docx and the parsed fonts, well over 100,000 objects. CPython's cycle collector walks
all of them in every full collection, and a full collection starts whenever the old
generation has grown by a quarter, which loading those libraries does three times in a cold
build (about 0.1 s each); at exit the interpreter collects once more and then tears every
module down object by object (about 0.5 s). None of that frees anything: a build's garbage
is what each length and document leaves, and that is collected as before.

`long_lived()` pauses the collector while such objects are made. In a process briefkit owns
(the command line's, a batch worker, the fork server workers come from: see `own_process`) it
then freezes the heap (`gc.freeze`), so later collections leave those objects out, and at exit
the heap is left to the operating system instead of being walked (`atexit` handlers still
run, standard streams are flushed, outputs are written and closed long before). A program that
imports briefkit as a library keeps its heap as it was: freezing it would keep whatever cyclic
garbage it has at that moment for good.
"""
from __future__ import annotations

import gc
from collections.abc import Callable, Iterator
from contextlib import contextmanager

_OWNED = False
_UNITS_STARTED = 0
_PER_UNIT: list[Callable[[], None]] = []


def own_process() -> None:
    """Declare this process briefkit's own (idempotent): long-lived objects are frozen from
    now on, the heap is frozen at exit instead of collected and torn down, and large blocks
    go back to the system when freed (`large_blocks_ahead`)."""
    global _OWNED
    if not _OWNED:
        import atexit
        import sys

        _OWNED = True
        atexit.register(gc.freeze)
        if "matplotlib" in sys.modules or "reportlab" in sys.modules:
            large_blocks_ahead()  # a stage that makes them is loaded already
        _regex_cache_widened()


# glibc's mallopt parameters: the size from which a block is mapped on its own, and how much
# free memory the top of the heap may hold before a free hands it back.
_M_MMAP_THRESHOLD = -3
_M_TRIM_THRESHOLD = -1
# From this size a block is mapped on its own: glibc's own ceiling for its adjusted threshold,
# above any block a build makes. Smaller blocks come from the heap, which reuses them, instead
# of being mapped and faulted in afresh each time: at glibc's initial 128 KiB, a small
# profile's build took about 7% more CPU in paired runs, for no lower peak; at 1 MiB, a
# chart's pixels, a PNG and a PDF's streams were still mapped anew each time (30 held-out
# articles, `-j2`: 421,000 page faults against 331,000 at 32 MiB, worker peak unchanged).
LARGE_BLOCK = 32 * 1024 * 1024
# Free memory the top of the heap keeps for the next blocks before a free hands it back: more
# than a chart's pixels (13 MB for a long timeline), so the next chart draws on pages already
# in memory. At glibc's 128 KiB each chart's buffer was handed back as it was freed and
# faulted in afresh by the next one, and the heap was trimmed before each long timeline's
# buffer as well, which now comes from the pages the unit's drafts freed instead of adding to
# them (50 generated profiles, `-j2`: 315,000 page faults against 206,000, worker peak 122
# MiB either way; 60 held-out articles: 9.8% less CPU, peak 157 against 159 MiB).
KEPT_FREE = 32 * 1024 * 1024


_MAPPED: list[bool] = []


def large_blocks_ahead() -> None:
    """Called as a stage that makes megabyte blocks is loaded (the chart renderer, the PDF
    writer): in a process briefkit owns, such blocks are mapped on their own from now on
    (`_large_blocks_mapped`); idempotent. Why not as the process starts: asking glibc means
    loading `ctypes`, a millisecond and a half of a rebuild whose outputs all come from the
    build's cache, which loads neither stage and makes no such block."""
    if _OWNED and not _MAPPED:
        _MAPPED.append(True)
        _large_blocks_mapped()


def _large_blocks_mapped() -> None:
    """Have glibc map every block of `LARGE_BLOCK` or more on its own, for good.

    Why: a build's big blocks live briefly: a chart's pixels (4 bytes a pixel at 300 dpi,
    13 MB for a long timeline), its PNG, the streams of a PDF. Left to itself, glibc maps such
    a block on its own and unmaps it when freed, but on the first free it raises its threshold
    above that block's size and the heap's trim threshold to twice that, so the next ones come
    from the heap and up to twice the largest block's size stays with the process. A batch
    worker's peak then held the pixel buffers of a unit's charts one beside the other (peak
    162 MB against 139 MB, when charts were drawn on matplotlib figures).
    Setting both thresholds turns that adjustment off: blocks below `LARGE_BLOCK` come from the
    heap, which reuses a freed one for the next that fits, and the heap's top keeps up to
    `KEPT_FREE` for them. Nothing to do on other C libraries."""
    try:
        import ctypes

        mallopt = getattr(ctypes.CDLL(None), "mallopt", None)
    except (ImportError, OSError):  # pragma: no cover - no ctypes, no C library to ask
        return
    if mallopt is not None:
        mallopt(_M_MMAP_THRESHOLD, LARGE_BLOCK)
        mallopt(_M_TRIM_THRESHOLD, KEPT_FREE)


# How many compiled patterns `re` keeps in a process briefkit owns (the standard library keeps 512).
REGEX_CACHE = 2048


def _regex_cache_widened() -> None:
    """Let `re` keep `REGEX_CACHE` compiled patterns instead of 512, for good.

    Why: the extraction rules build patterns from a profile's own names (an alternation of
    its people, a name followed by its pronoun) and use them again and again while the profile
    is read, beside the fixed patterns that `re.search(pattern, ...)` and friends compile on
    first use. A profile makes about a hundred such patterns, and `re` drops its oldest entry
    when 512 are kept (in the order they came, not by use), so both kinds were compiled again
    and again: one batch worker compiled 2,905 patterns for ten profiles of the benchmark's
    corpus (95 with the wider cache) and 2,250 for 17 fixture articles (1,386 with it). An
    entry is about 1 KB, so the cache holds about 2 MB at most. A pattern matches the same
    however often it is compiled. Nothing to do on an interpreter whose `re` has no such
    limit."""
    import re

    if isinstance(getattr(re, "_MAXCACHE", None), int) and re._MAXCACHE < REGEX_CACHE:
        re._MAXCACHE = REGEX_CACHE


def owned() -> bool:
    return _OWNED


@contextmanager
def long_lived() -> Iterator[None]:
    """For imports and per-process caches: the collector pauses while they are made, and in an
    owned process they (with the rest of the heap so far) are left out of later collections."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if _OWNED:
            gc.freeze()
        if enabled:
            gc.enable()


def unit_starts() -> None:
    """Called as a work unit (one seed) starts: the cyclic garbage of the units before it is
    collected now, before this one allocates.

    Why: a unit's garbage is mostly cycles (a matplotlib figure, its canvas, axes and texts
    point at one another; so do ReportLab's documents and flowables), and a text keeps the
    renderer it was drawn with, whose buffer is 4 bytes a pixel at 300 dpi (13 MB for the
    seed's full timeline). Such garbage waits for a full collection, which in a process
    with a large heap comes about once in three units, so a batch worker held the figures
    of several profiles and its peak memory climbed with each (158 to 198 MB over twelve
    profiles). One full collection per unit costs 10-50 ms (frozen objects are not walked)
    against about two seconds of work. The first unit of a process has nothing to collect,
    so a single-seed build pays nothing.

    What the collection frees stays with the C allocator for the next unit; it is not handed
    back to the system (`malloc_trim`), as it was while each chart's buffer was mapped on its
    own. Since blocks come from the heap (`LARGE_BLOCK`, `KEPT_FREE`), a trim between units
    only gave the next unit's pages back to be faulted in again, and cost a fifth of the CPU
    on real articles: 120 held-out articles, `-j2`, 169 against 135 CPU-seconds, worker
    peak 177 against 178 MiB (60 units each); 50 generated profiles: 141,000 page faults
    against 67,000, peak 122 against 123 MiB. The peak, not the resident memory between
    units, is what a worker needs, and a worker is replaced after
    `batch.executors.PROFILES_PER_WORKER` units."""
    global _UNITS_STARTED
    if _UNITS_STARTED:
        for clear in _PER_UNIT:
            clear()
        gc.collect()
    _UNITS_STARTED += 1


def per_unit(clear: Callable[[], None]) -> Callable[[], None]:
    """Register `clear`, which empties a cache of what one seed's build uses again and again
    (its charts' PNG bytes, in every length and format): `unit_starts` calls it as the next
    unit starts. Why: such an entry is of no use to another seed, and a batch worker kept
    the last profiles' pictures (two copies each, 0.1-1 MB a chart) while drawing the next
    one's, when its memory peaks. Returns `clear`."""
    _PER_UNIT.append(clear)
    return clear
