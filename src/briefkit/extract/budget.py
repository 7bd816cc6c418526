"""A time budget for deriving one profile's people, events and structure (`extract_seconds`).

Why: the extractors compare sentences with people and people with each other, so their work
grows faster than the seed: an article of 1,400 changes of command (100 KB, a tenth of the seed
size limit) named 2,700 people and took minutes. Each such step is kept near linear where it
can be (a name is looked for only where its text occurs), and this budget bounds the rest, as
`template_seconds` and `layout_seconds` bound the later stages: past it the seed fails with a
one-line SeedError naming the limit, instead of holding a build for minutes.

How: `within` sets a deadline for the block; the loops whose count grows with the seed's
sentences or people call `check` once per turn (a clock read, about 0.1 microsecond). A check
outside any budget does nothing. The deadline is a context variable, so threads and batch
workers each keep their own.
"""
from __future__ import annotations

import time
from contextlib import contextmanager
from contextvars import ContextVar
from collections.abc import Iterator

from ..errors import SeedError

_DEADLINE: ContextVar[tuple[float, float, str | None] | None] = ContextVar("briefkit_extract_deadline", default=None)


@contextmanager
def within(seconds: float, file: str | None) -> Iterator[None]:
    """Run the block under a deadline `seconds` from now (an enclosing budget still holds)."""
    outer = _DEADLINE.get()
    end = time.monotonic() + seconds
    token = _DEADLINE.set(outer if outer is not None and outer[0] <= end else (end, seconds, file))
    try:
        yield
    finally:
        _DEADLINE.reset(token)


def check() -> None:
    """Raise SeedError when the current budget is spent."""
    deadline = _DEADLINE.get()
    if deadline is not None and time.monotonic() > deadline[0]:
        from ..limits import hint

        raise SeedError(f"deriving people, events and structure took longer than {deadline[1]:g} s; the seed "
                        f"names too many people or events for one briefing {hint('extract_seconds')}",
                        file=deadline[2])
