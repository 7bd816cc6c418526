"""The cycle collector: paused while long-lived objects are made; their heap frozen only in a
process briefkit owns (its command line, a batch worker), never in a program using the API."""
from __future__ import annotations

import subprocess
import sys
import textwrap


def _run(code: str, prelude: str = "") -> str:
    return subprocess.run([sys.executable, "-c", prelude + textwrap.dedent(code)], capture_output=True,
                          text=True, check=True).stdout.strip()


# What the allocator tests measure with: the process's resident memory, in MiB.
_RSS = """
from pathlib import Path

def rss() -> int:
    line = next(l for l in Path("/proc/self/status").read_text().splitlines() if l.startswith("VmRSS"))
    return int(line.split()[1]) // 1024
"""


def _glibc_only() -> None:
    import platform

    import pytest

    if not sys.platform.startswith("linux") or platform.libc_ver()[0] != "glibc":
        pytest.skip("glibc's allocator")


def test_library_use_freezes_nothing_and_keeps_the_collector_on() -> None:
    out = _run("""
        import gc
        import briefkit.cli  # the command line's modules leave the collector on
        from briefkit.writers import get_writer
        get_writer("pdf"); get_writer("docx")
        import briefkit.charts.render
        print(gc.get_freeze_count(), gc.isenabled())
    """)
    assert out == "0 True"


def test_owned_process_freezes_what_it_loads() -> None:
    out = _run("""
        import gc
        from briefkit.heap import own_process
        own_process()
        from briefkit.writers import get_writer
        get_writer("pdf")
        print(gc.get_freeze_count() > 10000, gc.isenabled())
    """)
    assert out == "True True"


def test_owned_process_keeps_more_compiled_patterns_and_a_library_use_does_not() -> None:
    """A process briefkit owns lets `re` keep `REGEX_CACHE` compiled patterns (the extraction
    rules' own patterns no longer push the fixed ones out); a program using the API keeps
    the standard library's limit."""
    out = _run("""
        import re
        default = re._MAXCACHE
        from briefkit.writers import get_writer
        get_writer("docx")
        library = re._MAXCACHE
        from briefkit.heap import REGEX_CACHE, own_process
        own_process()
        own_process()
        print(library == default, re._MAXCACHE == max(default, REGEX_CACHE))
    """)
    assert out == "True True"


def test_a_disabled_collector_stays_disabled() -> None:
    out = _run("""
        import gc
        gc.disable()
        from briefkit.writers import get_writer
        get_writer("docx")
        print(gc.isenabled())
    """)
    assert out == "False"


def test_command_line_owns_its_process_and_a_test_runner_does_not() -> None:
    out = _run("""
        import sys
        from briefkit import cli, heap
        try:
            cli.main(["--help"])  # a test runner calling in with its own arguments
        except SystemExit:
            pass
        before = heap.owned()
        sys.argv = ["briefkit", "--help"]
        try:
            cli.main()
        except SystemExit:
            pass
        print(before, heap.owned())
    """)
    assert out.splitlines()[-1] == "False True"


def test_each_unit_after_the_first_starts_with_the_garbage_before_it_collected() -> None:
    """A batch worker collects the cycles its last unit left (figures and their renderers
    among them) before the next unit allocates; a process's first unit pays nothing."""
    out = _run("""
        import gc
        from briefkit.heap import unit_starts

        class Cycle:
            def __init__(self):
                self.me = self
                self.buffer = bytearray(1 << 20)

        gc.disable()  # no collection but the ones asked for
        calls = []
        real = gc.collect
        gc.collect = lambda *a: calls.append(a) or real(*a)
        unit_starts()
        first = len(calls)
        Cycle()
        alive = sum(isinstance(o, Cycle) for o in gc.get_objects())
        unit_starts()
        after = sum(isinstance(o, Cycle) for o in gc.get_objects())
        print(first, alive, after, len(calls))
    """)
    assert out == "0 1 0 1"


def test_an_owned_process_hands_a_freed_large_block_back_at_once() -> None:
    """glibc would raise its mapping threshold at the first large free and keep the next large
    blocks in its heap after they are freed; an owned process keeps the threshold fixed, so a
    block of `LARGE_BLOCK` or more is handed back as soon as it is freed."""
    _glibc_only()
    out = _run("""
        from briefkit.heap import large_blocks_ahead, own_process

        own_process()
        large_blocks_ahead()  # as the chart renderer and the PDF writer do when they load
        start = rss()
        for size in (48, 40, 40, 64):  # MB: LARGE_BLOCK or more
            pixels = bytearray(size << 20)
            pixels[::4096] = b"x" * len(range(0, size << 20, 4096))  # in memory, not only reserved
            del pixels
        print(rss() - start < 4)
    """, _RSS)
    assert out == "True"


def test_an_owned_process_reuses_a_freed_block_of_megabytes_without_new_page_faults() -> None:
    """A chart's pixels, a PNG, a PDF's streams: a block of a few megabytes freed below the
    top of the heap is reused by the next one instead of being mapped and faulted in afresh
    (`LARGE_BLOCK`)."""
    _glibc_only()
    out = _run("""
        import resource
        from briefkit.heap import large_blocks_ahead, own_process

        own_process()
        large_blocks_ahead()
        faults = []
        for _ in range(4):
            before = resource.getrusage(resource.RUSAGE_SELF).ru_minflt
            pixels = bytearray(6 << 20)  # written through (zeroed): every page is touched
            faults.append(resource.getrusage(resource.RUSAGE_SELF).ru_minflt - before)
            above = bytearray(64 << 10)  # allocated after it: the block is not the heap's top
            del pixels
        print(faults[0] > 1000, max(faults[1:]) < 100)
    """)
    assert out == "True True"


def test_the_allocator_is_asked_only_when_a_stage_that_makes_large_blocks_loads() -> None:
    """An owned process whose outputs all come from the build's cache never loads ctypes to
    ask glibc; loading the PDF writer (or the chart renderer) asks, and a library use never."""
    out = _run("""
        import sys
        from briefkit import heap
        from briefkit.writers import get_writer
        heap.own_process()
        before = "ctypes" in sys.modules, bool(heap._MAPPED)
        get_writer("pdf")
        print(before, "ctypes" in sys.modules, bool(heap._MAPPED))
    """)
    assert out == "(False, False) True True"
    out = _run("""
        from briefkit import heap
        from briefkit.writers import get_writer
        get_writer("pdf")
        heap.own_process()  # the stage was loaded first: asked now
        print(bool(heap._MAPPED))
    """)
    assert out == "True"
    out = _run("""
        from briefkit import heap
        import briefkit.charts.render
        print(bool(heap._MAPPED))
    """)
    assert out == "False"


def test_a_unit_after_the_first_starts_without_the_last_seeds_caches() -> None:
    """The PDF writer's parsed chart PNGs, the DOCX package's deflated parts (the charts among
    them), a text's sentences and words and a section's scored sentences serve the lengths of
    one seed; a batch worker empties them for the next."""
    out = _run("""
        import briefkit.heap as heap
        from briefkit.writers import pdf_image
        from briefkit.writers.docx import package

        from briefkit import digest, text

        caches = (pdf_image._parse_png, package._deflated, text._spans, digest._words, digest._runs_of_eight,
                  digest._sixes)
        pdf_image._parse_png(b"not a png")
        package._deflated(b"a part")
        text.sentence_spans("One. Two.")
        digest._retells("one two three four five six seven eight", "one two")
        digest._SCORED[("a key",)] = ("a section", ())
        heap.unit_starts()
        kept = [c.cache_info().currsize > 0 for c in caches] + [bool(digest._SCORED)]
        heap.unit_starts()
        print(all(kept), [c.cache_info().currsize for c in caches], len(digest._SCORED))
    """)
    assert out == "True [0, 0, 0, 0, 0, 0] 0"


def test_an_owned_process_keeps_a_chart_s_freed_pixels_for_the_next_chart_and_unit() -> None:
    """A chart's buffer freed at the top of the heap stays for the next chart, which draws on
    pages already in memory (`KEPT_FREE`); a new unit hands nothing back (`unit_starts`), so
    its charts and drafts reuse the pages the last unit freed, within the heap or at its top."""
    _glibc_only()
    out = _run("""
        import resource
        from briefkit.heap import large_blocks_ahead, own_process, unit_starts

        def chart(mb: int) -> int:  # page faults of a buffer that is written through (zeroed)
            before = resource.getrusage(resource.RUSAGE_SELF).ru_minflt
            pixels = bytearray(mb << 20)
            made = resource.getrusage(resource.RUSAGE_SELF).ru_minflt - before
            del pixels
            return made

        own_process()
        large_blocks_ahead()
        unit_starts()
        faults = [chart(mb) for mb in (12, 8, 12, 10)]  # a unit's charts
        unit_starts()
        first = chart(12)  # the next unit's first chart
        drafts = [bytearray(10 << 20) for _ in range(8)]  # 80 MB freed within the heap:
        in_use = bytearray(1 << 20)  # below a block still in use, not at its top
        del drafts
        unit_starts()
        before = resource.getrusage(resource.RUSAGE_SELF).ru_minflt
        again = [bytearray(10 << 20) for _ in range(6)]  # the next unit's drafts
        print(faults[0] > 1000, max(faults[1:]) < 100, first < 100,
              resource.getrusage(resource.RUSAGE_SELF).ru_minflt - before < 200)
    """)
    assert out == "True True True True"
