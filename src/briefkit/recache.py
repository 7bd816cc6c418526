"""`re`'s functions, with briefkit's own cache of the patterns they compile.

Modules that match text import this as `re` (`from . import recache as re`) and call it as
they would call `re`: `re.search(r"...", text)`, `re.sub(...)`, `re.I`.

Why: the extractors, digest and compose call `re`'s functions with a pattern written in place
at some six hundred sites, besides the patterns made from a profile's own names. `re` keeps
the patterns it compiles in one cache shared by the whole process, of 512 entries, and when it
is full drops the oldest entry whatever its use. Building one profile calls on about 580
patterns, so the cache never held them: every profile compiled some 330 patterns again, 5-8%
of a batch worker's CPU time (sampled with py-spy over the benchmark corpus), and a library
that used `re` beside briefkit lost its own cached patterns too.

Here a pattern is compiled once and kept in a cache of `MOST` entries, nearly four times what
a profile calls on, so the patterns every profile uses stay and the names of profiles built
long ago go. The cache is a plain dict looked up before anything else: a call costs what a
call of `re`'s own costs. It holds compiled patterns only (about 1 KB each; most are held by
their modules as well). A compiled pattern passed in is used as it is, as `re` does.
Everything else (flags, `escape`, `error`, `Pattern`, `Match`) is `re`'s own.

A pattern not held yet is compiled by `pattern_cache.kept`: read back from the file of
compiled patterns when it holds it, in a program using the API as on the command line.
"""
from __future__ import annotations

import re as _re

from .pattern_cache import kept as _kept_compile
from re import (  # noqa: F401 - re-exported: the callers' `re.I`, `re.escape`, `re.Match`
    ASCII,
    DOTALL,
    IGNORECASE,
    MULTILINE,
    UNICODE,
    VERBOSE,
    A,
    I,
    M,
    Match,
    Pattern,
    S,
    U,
    X,
    error,
    escape,
)

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing at run time
if TYPE_CHECKING:
    from collections.abc import Callable, Iterator
    from typing import Any

# Room for every pattern a profile calls on (about 580) and many profiles' own names.
MOST = 2048
_kept: dict = {}  # (pattern, flags) -> compiled pattern, oldest first


def compile(pattern: Any, flags: int = 0) -> Pattern:  # noqa: A001 - `re.compile`'s name
    """`re.compile`, kept in this module's cache."""
    try:
        return _kept[pattern, flags]
    except KeyError:
        pass
    if isinstance(pattern, _re.Pattern):
        if flags:
            raise ValueError("cannot process flags argument with a compiled pattern")
        return pattern
    compiled = _kept_compile(pattern, flags)
    if len(_kept) >= MOST:
        # The oldest goes: a pattern every profile uses comes back at the next asking, one
        # compile per `MOST` new patterns, and the names of profiles built long ago go for good.
        del _kept[next(iter(_kept))]
    _kept[pattern, flags] = compiled
    return compiled


def search(pattern: Any, string: Any, flags: int = 0) -> Match | None:
    return compile(pattern, flags).search(string)


def match(pattern: Any, string: Any, flags: int = 0) -> Match | None:
    return compile(pattern, flags).match(string)


def fullmatch(pattern: Any, string: Any, flags: int = 0) -> Match | None:
    return compile(pattern, flags).fullmatch(string)


def finditer(pattern: Any, string: Any, flags: int = 0) -> Iterator[Match]:
    return compile(pattern, flags).finditer(string)


def findall(pattern: Any, string: Any, flags: int = 0) -> list:
    return compile(pattern, flags).findall(string)


def split(pattern: Any, string: Any, maxsplit: int = 0, flags: int = 0) -> list:
    return compile(pattern, flags).split(string, maxsplit)


def sub(pattern: Any, repl: str | Callable[[Match], str], string: Any, count: int = 0, flags: int = 0) -> str:
    return compile(pattern, flags).sub(repl, string, count)


def subn(pattern: Any, repl: str | Callable[[Match], str], string: Any, count: int = 0,
         flags: int = 0) -> tuple[str, int]:
    return compile(pattern, flags).subn(repl, string, count)


def purge() -> None:
    """Empty this module's cache and `re`'s."""
    _kept.clear()
    _re.purge()
