"""Whether a larger fill step would compose the same markup.

Why: a budgeted length's fit composes the same detail level at fill step after fill step
(`fit.refilled`, `settle`, `told_instead`, `appendix_given_up`), and once the sections that take
the fill have given all they may (`compose.summary_more`), every larger step composes the very
markup of the last one: a third of a brief's compositions were such repeats. The fit cannot
stop a run at the first repeat (a pair of sentences may need two steps), nor assume how a
template, a house's own included, uses `fill`. So the template is shown `fill` as a
`TrackedFill`, which answers as the number it is and notes, in the composition's `FillLog`,
every use whose answer a larger number could change: arithmetic, printing, an attribute, a
comparison that a larger number could turn (`fill < 3` is True now, False later; `fill < 0`
is False for good). `compose.summary_more` notes a step that has not yet given every section
its most. A composition with nothing noted is the composition of every larger step too, and
the fit reuses its markup (`fit.build_document`); anything noted, and nothing is assumed.
"""
from __future__ import annotations

import numbers
import operator
from contextvars import ContextVar
from typing import Any

from .records import record


@record
class FillLog:
    """What one composition noted of its `fill`."""

    changes: bool = False  # some use of it that a larger fill could answer differently


_LOG: ContextVar[FillLog | None] = ContextVar("briefkit_fill_log", default=None)


def start() -> tuple[FillLog, Any]:
    """A new log for the composition about to run, and the token `stop` takes."""
    log = FillLog()
    return log, _LOG.set(log)


def stop(token: Any) -> None:
    _LOG.reset(token)


def note_change() -> None:
    """Note, in the running composition's log, a use a larger fill could answer differently."""
    log = _LOG.get()
    if log is not None:
        log.changes = True


class TrackedFill:
    """A positive fill step as a template sees it: the number, with its uses noted (see the
    module docstring). Only ever made for a fill above zero.

    Not an `int` subclass: C code reads an int subclass as the number it is without calling
    any of its methods (a slice `xs[:fill]`, `range(fill)`, `"%d" % fill`), which would go
    unnoted; a number of its own answers every such use through `__index__`, `__int__` and the
    like, which note it. It counts as an integral number (`numbers.Integral`), and the
    template sandbox's `integer` test takes it as one."""

    __slots__ = ("_n",)

    def __init__(self, n: int) -> None:
        object.__setattr__(self, "_n", int(n))

    def _compare(self, op: Any, other: Any, stays: Any) -> Any:
        try:
            result = op(self._n, value(other))
        except TypeError:
            note_change()
            raise
        if result is not stays:  # an answer a larger fill may turn
            note_change()
        return result

    def __lt__(self, other: Any) -> Any:
        return self._compare(operator.lt, other, False)

    def __le__(self, other: Any) -> Any:
        return self._compare(operator.le, other, False)

    def __gt__(self, other: Any) -> Any:
        return self._compare(operator.gt, other, True)

    def __ge__(self, other: Any) -> Any:
        return self._compare(operator.ge, other, True)

    def __eq__(self, other: Any) -> Any:
        other = value(other)
        result = self._n == other
        if result is not False or not _above(self._n, other):
            note_change()
        return result

    def __ne__(self, other: Any) -> Any:
        other = value(other)
        result = self._n != other
        if result is not True or not _above(self._n, other):
            note_change()
        return result

    def __bool__(self) -> bool:
        return True  # above zero, and so for every larger step

    def __hash__(self) -> int:
        note_change()
        return hash(self._n)

    def __setattr__(self, name: str, new: Any) -> None:
        raise AttributeError("a fill step cannot be changed")

    def __getattribute__(self, name: str) -> Any:
        # a template reads public attributes only (the sandbox refuses the rest), and any of
        # them ("real", "numerator") is the number's
        if not name.startswith("_"):
            note_change()
            return getattr(object.__getattribute__(self, "_n"), name)
        return object.__getattribute__(self, name)


def _above(n: int, other: Any) -> bool:
    """Whether `n` is above `other`, so that every larger number stays unequal to it."""
    try:
        return bool(n > other)
    except TypeError:
        return False


def _noting(name: str) -> Any:
    method = getattr(int, name)

    def noted(self: TrackedFill, *args: Any) -> Any:
        note_change()
        return method(object.__getattribute__(self, "_n"), *(value(a) for a in args))

    noted.__name__ = name
    return noted


# Every other use of the number gives a value that a larger fill changes.
for _name in ("__add__", "__radd__", "__sub__", "__rsub__", "__mul__", "__rmul__", "__floordiv__",
              "__rfloordiv__", "__truediv__", "__rtruediv__", "__mod__", "__rmod__", "__divmod__", "__rdivmod__",
              "__pow__", "__rpow__", "__neg__", "__pos__", "__abs__", "__invert__", "__and__", "__rand__",
              "__or__", "__ror__", "__xor__", "__rxor__", "__lshift__", "__rlshift__", "__rshift__", "__rrshift__",
              "__int__", "__float__", "__index__", "__round__", "__trunc__", "__floor__", "__ceil__",
              "__str__", "__repr__", "__format__", "__sizeof__"):
    setattr(TrackedFill, _name, _noting(_name))
del _name
numbers.Integral.register(TrackedFill)


def value(fill: Any) -> Any:
    """The plain number of a `TrackedFill` (read without noting), or `fill` itself."""
    return object.__getattribute__(fill, "_n") if type(fill) is TrackedFill else fill
