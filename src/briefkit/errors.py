"""One error hierarchy so the CLI can turn any expected failure into a one-line message.

Every error carries the file (and line, when known) it is about, because a user fixing a
seed or a template needs to know where to look, not which Python frame noticed.
"""
from __future__ import annotations

from pathlib import Path


class BriefkitError(Exception):
    """Base of every error briefkit expects; anything else reaching the CLI is a bug."""

    exit_code = 1

    def __init__(self, message: str, *, file: str | Path | None = None, line: int | None = None):
        super().__init__(message)
        self.message = message
        self.file = str(file) if file is not None else None
        self.line = line
        self.details: list[str] | None = None  # several located problems, one per line

    def report_lines(self) -> list[str]:
        """What the CLI prints, one `FILE[:LINE]: message` per line: the located problems when
        there are several, else this error with any line breaks folded."""
        if self.details:
            return [" ".join(line.split()) for line in self.details]
        return [" ".join(str(self).split())]

    def __str__(self) -> str:
        where = ""
        if self.file:
            where = self.file if self.line is None else f"{self.file}:{self.line}"
            where += ": "
        return f"{where}{self.message}"


class SeedError(BriefkitError):
    """The seed cannot be read or does not describe a profile (exit code 7: 2 is the
    usage-error code, which means the command line was wrong, not the seed)."""

    exit_code = 7


class TemplateError(BriefkitError):
    """A brief template is missing or broken."""

    exit_code = 3


class ChartError(BriefkitError):
    """A chart could not be drawn."""

    exit_code = 4


class RenderError(BriefkitError):
    """A writer could not turn a Document into bytes (or a page budget cannot be met)."""

    exit_code = 5


class BuildError(BriefkitError):
    """Orchestration failed: bad output folder, unknown length or format, bad theme."""

    exit_code = 6


class InternalError(BriefkitError):
    """A bug in briefkit, not in the input: reported as such, with the traceback kept for
    `--debug` (and for a bug report), never blamed on the user's file."""

    exit_code = 70  # EX_SOFTWARE

    def __init__(self, message: str, *, file: str | Path | None = None, traceback_text: str = ""):
        super().__init__(message, file=file)
        self.traceback_text = traceback_text

    @classmethod
    def from_exception(cls, exc: BaseException, file: str | Path | None = None) -> InternalError:
        import traceback

        text = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
        detail = " ".join(f"{type(exc).__name__}: {exc}".split())[:200]
        return cls(f"internal error, please report (run with --debug for details): {detail}",
                   file=file, traceback_text=text)


_CONTROLS = {c: f"\\x{c:02x}" for c in [*range(0x20), *range(0x7f, 0xa0)]}
_CONTROLS.update({ord("\u2028"): "\\u2028", ord("\u2029"): "\\u2029"})


def shown(text: str) -> str:
    """`text` as it may be printed to a terminal: control characters written as escapes.

    Why: file names, seed titles and template names reach the messages briefkit prints, and a
    file named with an escape sequence (`ESC ] ... BEL`, `ESC [2J`) would otherwise retitle,
    clear or rewrite the user's terminal. Tabs and line breaks inside a message are escaped as
    well: every message is one line."""
    return text.translate(_CONTROLS) if not text.isprintable() else text

