"""Progress of a batch, shown as it happens.

On a terminal: one bar line redrawn in place with counts, percentage, ETA and the seed that
last finished. Elsewhere (CI logs, pipes): one plain line per finished output, printed as
each seed finishes, so a log shows progress rather than everything at the end. Errors and
warnings go to stderr as single `briefkit: ...` lines, once per seed and message. Quiet mode
prints only those errors; verbose mode adds a line for every skipped output and always uses
plain lines. The summary closes the run: built, skipped, failed (each with its reason), time.
"""
from __future__ import annotations

import os

import sys
import time

from ..errors import shown
from .report import BatchResult, OutputResult

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing at run time
if TYPE_CHECKING:
    from typing import TextIO


def _clock(seconds: float) -> str:
    s = int(round(seconds))
    return f"{s // 3600}:{s % 3600 // 60:02d}:{s % 60:02d}"


class Progress:
    """Receives events from the batch runner; all printing of a batch goes through here."""

    def __init__(self, out: TextIO | None = None, err: TextIO | None = None, *, verbosity: int = 0,
                 tty: bool | None = None):
        self.out = out or sys.stdout
        self.err = err or sys.stderr
        self.verbosity = verbosity  # -2 silent, -1 quiet (errors only), 0 normal, 1 verbose
        isatty = getattr(self.out, "isatty", lambda: False)
        self.bar = (isatty() if tty is None else tty) and verbosity == 0
        self.total = 0
        self.done = 0
        self.start = time.monotonic()
        self.current = ""
        self._drawn = False

    # -- events from the runner
    def begin(self, to_build: int, skipped: list[OutputResult]) -> None:
        self.total = to_build
        self.start = time.monotonic()
        if self.verbosity > 0:
            for o in skipped:
                self._line(f"skipped {o.path} (up to date)")
        if self.bar and to_build:
            self._draw()

    def finished(self, seed: str, outputs: list[OutputResult]) -> None:
        self.done += len(outputs)
        self.current = seed
        self._clear()
        for o in outputs:
            if o.status == "built" and self.verbosity >= 0 and not self.bar:
                pages = f", {o.pages} page{'s' if o.pages != 1 else ''}" if o.pages else ""
                self._line(f"wrote {o.path} ({(o.size or 0) // 1024} KiB{pages}, {o.duration:.1f} s)")
            if o.status == "built" and o.dropped:  # a budget's cost is news even beside the bar
                self._line(f"  {o.path}: left out to fit: {'; '.join(o.dropped)}")
        seen: set[str] = set()
        for o in outputs:
            for w in o.warnings if self.verbosity >= 0 else ():
                if w not in seen:
                    seen.add(w)
                    self._err(f"briefkit: warning: {seed}: {w}" if seed not in w else f"briefkit: warning: {w}")
        failed: dict[str, list[str]] = {}
        for o in outputs:
            if o.status == "failed":
                failed.setdefault(o.error or "failed", []).append(f"{o.length}.{o.format}")
        every = len(outputs)
        for reason, which in failed.items():
            lines = reason.splitlines() or ["failed"]
            # Name the outputs only when the failure spares some of them.
            if len(which) < every:
                lines[-1] += f" ({', '.join(which)})"
            for line in lines:
                where = "" if line.startswith(seed) else f"{seed}: "
                self._err(f"briefkit: error: {where}{line}")
            tb = next((o.traceback for o in outputs if o.error == reason and o.traceback), None)
            if tb and os.environ.get("BRIEFKIT_DEBUG"):
                self._err(tb.rstrip())
        if self.bar:
            self._draw()

    def close(self, result: BatchResult) -> None:
        self._clear()
        if self.verbosity < 0 and result.ok:
            return
        s = result.summary()
        rows = [("built", str(s["built"])), ("skipped", f"{s['skipped']} (up to date)"), ("failed", str(s["failed"]))]
        width = max(len(k) for k, _ in rows)
        self._line("")
        for k, v in rows:
            self._line(f"{k:<{width}}  {v}")
        reasons: dict[tuple[str, str], list[str]] = {}
        for o in result.failed:
            reasons.setdefault((o.seed, o.error or "failed"), []).append(f"{o.length}.{o.format}")
        for (seed, reason), which in reasons.items():
            shown = reason if seed in reason else f"{seed}: {reason}"
            self._line(f"{'':<{width}}  - {shown} ({', '.join(which)})")
        self._line(f"{'time':<{width}}  {result.duration:.1f} s")
        if result.report_path:
            self._line(f"{'report':<{width}}  {result.report_path}")

    # -- drawing
    def _line(self, text: str) -> None:
        if self.verbosity >= 0:
            print(shown(text), file=self.out, flush=True)

    def _err(self, text: str) -> None:
        if self.verbosity < -1:  # silent: the Python API's default, results say it all
            return
        self._clear()
        print(shown(text), file=self.err, flush=True)

    def _clear(self) -> None:
        if self._drawn:
            self.out.write("\r\x1b[2K")
            self.out.flush()
            self._drawn = False

    def render_bar(self, width: int) -> str:
        frac = self.done / self.total if self.total else 1.0
        elapsed = time.monotonic() - self.start
        eta = _clock(elapsed / self.done * (self.total - self.done)) if self.done else "--:--:--"
        counts = f"{self.done}/{self.total} outputs {frac:4.0%}  eta {eta}"
        cells = max(10, min(30, width // 4))
        filled = int(cells * frac)
        text = f"[{'#' * filled}{'.' * (cells - filled)}] {counts}"
        if self.current:
            room = width - len(text) - 3
            if room > 8:
                cur = shown(self.current)
                cur = cur if len(cur) <= room else "…" + cur[-(room - 1):]
                text += f"  {cur}"
        return text[:width]

    def _draw(self) -> None:
        # shutil (with zipfile's compressors) only for a bar on a terminal: a quiet or piped
        # build never draws, and a rebuild's process should not pay the import.
        import shutil

        width = shutil.get_terminal_size((100, 20)).columns - 1
        self.out.write("\r" + self.render_bar(width))
        self.out.flush()
        self._drawn = True
