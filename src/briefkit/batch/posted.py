"""Word packages written by the process that waits for a helper, from the Documents it posts.

Why: in a cold build of one article (`split.Helper`), the helper and its child keep both cores
busy laying out the lengths while the process that read the seed waits. Each builder used to
write its own Word packages too: the helper loaded python-docx (70-100 ms) on the way to its
first layout, on the build's critical path, and each builder paid a first package's setup
(about 50 ms) before writing its own. Now a builder posts a length's Document as soon as it
is laid out (`Outbox`, through `channel`), and the waiting process, which loaded python-docx
and prepared the base package while the helper still loaded its drawing stack
(`prepare_docx`), writes every package once (`write_posted`). The seed's cold build: 1.70 to
1.51 s in paired runs (median of 14), its CPU time 2.99 to 2.73 s, every output
byte-identical.

What does not change: a package is the same bytes, from the same Document and options, kept
in and taken from the build's cache the same way (`docx_cache`); its warnings, errors and time
are reported with its output (`take_written`). A Document whose builder ended before posting
all of it leaves that output failed as a lost worker's.
"""
from __future__ import annotations

import time

from . import outcome

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing at run time
if TYPE_CHECKING:
    from .work import WorkUnit, _Prepared

# What a helper does not load: the Word writer, which the waiting process runs.
WRITTEN_HERE = ("briefkit.writers.docx",)


class Outbox:
    """In a helper and its child: where a length's Document goes (`post`). `fds`: the outlet
    of the helper, then the one its child takes (`forked`)."""

    def __init__(self, fds: list[int]) -> None:
        self.fds = fds

    def post(self, key: tuple[str, str], document: object) -> None:
        from . import channel

        channel.post(self.fds[0], (key, document))

    def forked(self, in_child: bool) -> None:
        """After `split.run_split` forks: the child writes to the second outlet, the parent
        keeps the first; each closes the other's, so the reader sees each end when its
        writer does."""
        from . import channel

        keep = self.fds[1:2] if in_child else self.fds[:1]
        channel.close([fd for fd in self.fds if fd not in keep])
        self.fds[:] = keep


def prepare_docx(st: _Prepared) -> None:
    """Load the Word writer and prepare its base package and the theme's digests (the
    package cache's key) before the first Document comes. A failure here is left to the
    writes, which report it with each output, as a builder's write did."""
    try:
        from .. import docx_cache  # noqa: F401
        from ..document.nodes import Meta
        from ..layout_cache import theme_digests
        from ..writers.docx.reference import prepare

        prepare(st.wopts, Meta.language)
        theme_digests(st.wopts.theme)
    except Exception:  # noqa: BLE001 - made again, and reported, by `write_posted`
        pass


def write_posted(unit: WorkUnit, st: _Prepared, message: tuple, written: dict) -> None:
    """Write the Word package of a posted Document, keeping what it gave, or the error that
    stopped it, by target, for `take_written`."""
    from .. import docx_cache

    key, document = message
    t1 = time.perf_counter()
    own: list[str] = []
    data = error = tb = None
    code = 0
    try:
        with outcome.collect(own):
            data = docx_cache.write(document, st.wopts)
    except Exception as exc:
        error, tb, code = outcome.reason(exc, unit)
    written[key] = (data, own, error, tb, code, time.perf_counter() - t1)


def take_written(results: dict, written: dict) -> None:
    """The packages written here into the helper's results (by target); a Word output that was
    laid out but whose Document never came fails as a lost worker's."""
    for key, r in results.items():
        if key[1] != "docx" or r.error is not None:
            continue
        if key not in written:
            r.error = "worker lost: the process building this length ended before it sent its document"
            continue
        r.data, own, r.error, r.traceback, r.exit_code, spent = written[key]
        r.warnings.extend(w for w in own if w not in r.warnings)
        r.duration += spent
