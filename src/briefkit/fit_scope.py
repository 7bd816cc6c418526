"""What one fit keeps while it runs: values it asks for again and again, each a pure function
of what it is asked with.

Why: the fit step composes a length at several detail levels and lays out a draft of each
(`fit.fit`). One level differs from the next by a few sentences, and most of what a level
asks for, a level before it asked for with the very same arguments: the draft of a Document
whose markup an earlier level composed already, the contents' draft the final PDF starts
from, the events a timeline picks, the At a glance statements, the key facts, the leaders.
A build opens one scope for all the lengths of a seed (`build._build_seed`,
`batch.work.run_unit`): a snapshot, a brief and a full profile ask for the same statements,
summaries and events of the same profile, and the 52 fixture articles built whole took a tenth
less time with one scope per seed than with one per length, every output byte-identical. What
is of one length's markup alone goes when the next length's fit begins (`PER_LENGTH`). What
is kept lives only while that seed is built, so nothing outlives the profile it was made from
(a program may change a profile between two builds), and a value asked for once costs what it
cost before. Nothing kept carries a warning: a draft that warned is not kept (`layout_cache`),
and the functions kept (`kept`) warn of nothing.
"""
from __future__ import annotations

import functools
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing at run time
if TYPE_CHECKING:
    from typing import Any, TypeVar

    F = TypeVar("F", bound=Callable[..., Any])

_STORES: ContextVar[dict[str, dict] | None] = ContextVar("briefkit_fit_scope", default=None)
_PLAIN = frozenset((str, int, float, bool, type(None)))


@contextmanager
def scope() -> Iterator[None]:
    """Keep values for the length of the block (one fit); a scope within one is the same scope."""
    if _STORES.get() is not None:
        yield
        return
    token = _STORES.set({})
    try:
        yield
    finally:
        _STORES.reset(token)


# What one length's fit keeps for itself: Documents parsed, drafts laid out and fill steps
# settled are of that length's markup alone, and they are the bulk of what a scope holds (a
# draft is keyed by its Document's whole description), so a fit lets go of the last length's
# (`length_starts`) and a batch worker holds one length's at a time.
PER_LENGTH = ("parsed", "drafts", "fill_steps")


def length_starts() -> None:
    """A new length's fit begins: the stores of `PER_LENGTH` are emptied, the rest kept."""
    stores = _STORES.get()
    if stores is not None:
        for kind in PER_LENGTH:
            stores.pop(kind, None)


def store(kind: str) -> dict | None:
    """The current scope's store of `kind` values, or None outside a scope (nothing is kept)."""
    stores = _STORES.get()
    return None if stores is None else stores.setdefault(kind, {})


def kept(func: F) -> F:
    """`func`, its result kept within a scope by its arguments: plain values by type and
    value, a list or tuple by its items (a template makes a new list of the same sections or
    people for every detail level), anything else by identity (the very object, held with the
    entry so that its id is not given to another). Only for a function whose result depends on
    its arguments alone, which it does not change and whose callers do not change what it
    returns; a list is handed out as a new list of the same items. A call that raises keeps
    nothing."""
    name = f"{func.__module__}.{func.__qualname__}"

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        memo = store("calls")
        if memo is None:
            return func(*args, **kwargs)
        held: list[Any] = []
        key = (name, tuple([_part(a, held) for a in args]),
               tuple(sorted([(k, _part(v, held)) for k, v in kwargs.items()])) if kwargs else ())
        hit = memo.get(key)
        if hit is None:
            hit = memo[key] = (held, func(*args, **kwargs))
        result = hit[1]
        return list(result) if isinstance(result, list) else result

    return wrapper  # type: ignore[return-value]


def _part(value: Any, held: list[Any]) -> tuple:
    """`value` as part of a key; what is keyed by identity is added to `held`."""
    kind = type(value)
    if kind in _PLAIN:
        return (kind, value)
    if kind is list or kind is tuple:
        return (kind, tuple([_part(v, held) for v in value]))
    held.append(value)
    return ("id", id(value))
