"""What a failed or warning output reports: shared by the process that builds a length and the
one that writes a Word package a helper laid out (`posted`)."""
from __future__ import annotations

import warnings
from collections.abc import Iterator
from contextlib import contextmanager

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing at run time
if TYPE_CHECKING:
    from .work import WorkUnit


def reason(exc: BaseException, unit: WorkUnit) -> tuple[str, str | None, int]:
    """One line per located problem (joined by line breaks), the traceback of a bug, and the
    exit code README documents for the error's kind."""
    from ..errors import BriefkitError

    if isinstance(exc, BriefkitError):
        return "\n".join(exc.report_lines()).replace(unit.seed, unit.label), None, exc.exit_code
    import traceback  # a bug's report only: not imported by every build

    text = f"internal error, please report (run with --debug for details): {type(exc).__name__}: {exc}"
    text = text.replace(unit.seed, unit.label)
    return text.splitlines()[0], traceback.format_exc(), 70


@contextmanager
def collect(into: list[str]) -> Iterator[None]:
    """The warnings raised in the block, each message once, appended to `into`."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        yield
    for w in caught:
        msg = str(w.message)
        if msg not in into:
            into.append(msg)
