"""The Jinja2 sandbox templates run in: no code execution, bounded time, size and recursion.

A user's `--templates` folder is untrusted input like a seed. Jinja2's
`ImmutableSandboxedEnvironment` already refuses `_private` attributes (so
`cycler.__init__.__globals__` and `lipsum.__globals__` lead nowhere) and in-place changes to
lists and dicts. What it does not bound is work, so this module adds:

- a wall-clock budget, checked at every call, operator, attribute lookup, test and output
  chunk, and every few thousand items of a `{% for %}` loop (`bounded_iter`), which calls
  nothing per item;
- a cap on every string or list an operator, call or filter produces (`"A" * 10**10`,
  `"x" | center(10**9)`, a macro that doubles its argument), checked *before* the value is
  made where the size can be known in advance: `~` (`bounded_concat`), the output a block,
  macro or `{% set %}` collects (`concat`), `str.translate`, `replace`, `join`, `format`,
  `expandtabs`, `wordwrap`, `tojson`, and a value turned into text (`text_size`: `[s] * 1000`
  is a short list but a long text);
- work a single call does where no clock sees it (C code, a library's own loop) bounded
  before it starts: comparing or searching lists (`bounded_operand`), the keys `sort`,
  `unique`, `min`, `max`, `groupby` and `dictsort` copy and compare, `wordwrap`'s breaking
  of long words; `sum` of lists made linear;
- `range()` capped, `**` with huge exponents refused;
- no `namespace()`, the one mutable object that could carry a growing value across loop
  iterations without a call;
- none of what pydantic's `BaseModel` brings to the profile and its parts (`_model_api`):
  templates read a model's fields, properties and briefkit's own helpers, never its
  validation and serialisation API, whose `parse_raw(..., allow_pickle=True)` unpickles
  whatever a template hands it (running any command) and whose `parse_file` reads any file.

Template files are read only from inside their folder (`ConfinedLoader`): a link in a user's
template folder to a file outside it is refused, wherever the file is loaded from (the
length's own template, `include`, `extends`, `import`, `from ... import`).

Recursion is bounded by Python's own recursion limit; `RecursionError` becomes a
`TemplateError` like every other failure (see `compose.render_template`).
"""
from __future__ import annotations

import operator
import os
import posixpath
import stat
import time
from collections import Counter
from itertools import chain, islice
from typing import Any, Callable

from jinja2 import nodes
from jinja2.compiler import CodeGenerator, Frame, operators, optimizeconst
from jinja2.environment import TemplateModule
from jinja2.filters import make_attrgetter
from jinja2.loaders import FileSystemLoader, split_template_path
from jinja2.nodes import EvalContext
from jinja2.runtime import Context, LoopContext, markup_join, str_join
from jinja2.sandbox import ImmutableSandboxedEnvironment, SecurityError
from jinja2.tests import test_in
from jinja2.utils import pass_environment

from . import fill_trace
from . import recache as re
from .lengths import held_to_folder, outside_folder
from .records import record


@record(frozen=True)
class TemplateLimits:
    """Bounds on one template rendering (from `briefkit.limits`)."""

    seconds: float = 10.0  # wall clock for one render
    max_chars: int = 5_000_000  # output, and any single string or list made on the way
    max_range: int = 100_000  # items one range() may produce


class BudgetExceeded(Exception):
    """A template went past a limit; turned into a located TemplateError by the caller."""


class _Clock:
    """The deadline of the render in progress (one per environment, one render at a time)."""

    def __init__(self) -> None:
        self.deadline = float("inf")
        self.limits = TemplateLimits()

    def check(self) -> None:
        if time.monotonic() > self.deadline:
            raise BudgetExceeded(f"template took longer than {self.limits.seconds:g} s "
                                 "(limit: BRIEFKIT_LIMIT_TEMPLATE_SECONDS)")


_SIZED = (str, bytes, list, tuple, dict, set, frozenset)
# The exact types, looked up before `isinstance` walks the tuple: every call, filter and
# operator of a render sizes its arguments and result (about 400 a composition).
_SIZED_TYPES = frozenset(_SIZED)
_UNSIZED_TYPES = frozenset({int, float, bool, type(None)})


def _fill_read(values: Any) -> None:
    """A tracked fill step (`fill_trace.TrackedFill`) handed to a function, filter, index or
    `range` may be read there as the number it is, by C code no method of it sees (a slice,
    `range(fill)`): such a composition is noted as one a larger step could change. A function
    that reads the step itself says so (`fill_aware`)."""
    for v in values:
        if type(v) is fill_trace.TrackedFill:
            fill_trace.note_change()
            return


def _size(value: Any) -> int:
    kind = type(value)
    if kind in _SIZED_TYPES:
        return len(value)
    if kind in _UNSIZED_TYPES:
        return 0
    if isinstance(value, _SIZED):
        return len(value)
    return 0


class BoundedCodeGenerator(CodeGenerator):
    """Jinja2's code generator, sending through the environment the things a template does
    that no sandbox hook sees:

    - what a `{% for %}` loops over goes to `bounded_iter`, which checks the clock as the
      loop runs: a loop calls nothing per item, so three nested loops over a 100,000-character
      string (10^15 empty steps) never met a check and never ended;
    - `a ~ b ~ c` goes to `bounded_concat`, which sizes the text before making it: `~` is no
      operator the sandbox intercepts, and ten `{% set a = a ~ a %}` had grown a string to
      gigabytes;
    - what a comparison reads (`==`, `<`, `in` ...) goes to `bounded_operand`: comparing two
      lists, or searching one, is one call of C code comparing item with item, so
      `(s ~ 'y') in [s ~ 'z'] * 5000000` compares 5 million pairs of megabyte strings.
      A literal (`x == 'y'`, `loop.index > 1`) is small and compared as it is.

    The built-in templates' shipped code is generated by this class too (`template_code`).
    Jinja2 allows no node types of its own, so the loop's iterable is marked by a call of an
    environment attribute, a node no template text can make (only extensions make them)."""

    def visit_For(self, node: nodes.For, frame: Frame) -> None:
        bare = node.iter
        node.iter = nodes.Call(nodes.EnvironmentAttribute(_BOUNDED_ITER), [bare], [], None, None, lineno=bare.lineno)
        try:
            super().visit_For(node, frame)
        finally:
            node.iter = bare

    def visit_Call(self, node: nodes.Call, frame: Frame, forward_caller: bool = False) -> None:
        if type(node.node) is nodes.EnvironmentAttribute and node.node.name == _BOUNDED_ITER:
            self.write(f"environment.{_BOUNDED_ITER}(")
            self.visit(node.args[0], frame)
            self.write(")")
        else:
            super().visit_Call(node, frame, forward_caller=forward_caller)

    def visit_Operand(self, node: nodes.Operand, frame: Frame) -> None:
        if isinstance(node.expr, nodes.Const):
            super().visit_Operand(node, frame)
            return
        self.write(f" {operators[node.op]} environment.bounded_operand({node.op!r}, ")
        self.visit(node.expr, frame)
        self.write(")")

    @optimizeconst
    def visit_Concat(self, node: nodes.Concat, frame: Frame) -> None:
        # which join Jinja2 itself picks: markup_join when autoescaping (or when that is
        # decided at run time and the context is volatile), else str_join
        if frame.eval_ctx.volatile:
            markup = "context.eval_ctx.volatile"
        else:
            markup = repr(bool(frame.eval_ctx.autoescape))
        self.write(f"environment.bounded_concat({markup}, (")
        for arg in node.nodes:
            self.visit(arg, frame)
            self.write(", ")
        self.write("))")


_BOUNDED_ITER = "bounded_iter"

# Jinja2's tests that compare their value with their argument, and the operator each is.
_COMPARING_TESTS: dict[Any, str] = {
    operator.eq: "eq", operator.ne: "ne", operator.lt: "lt", operator.le: "lteq", operator.gt: "gt",
    operator.ge: "gteq", test_in: "in",
}

# A loop over a list, tuple, string, dict, set or range this short runs as it is: its start
# checked the clock, and it ends before another check would be due. A longer one, or any
# other iterable, checks the clock every this many items.
_CHECK_EVERY = 4096
_FAST_LOOPS = frozenset({list, tuple, str, dict, set, frozenset, range})


def _ticking(iterable: Any, clock: _Clock) -> Any:
    check = clock.check
    for i, item in enumerate(iterable):
        if not i % _CHECK_EVERY:
            check()
        yield item


class _Haystack:
    """A list or tuple `in` searches (`BoundedEnvironment.bounded_operand`), sized when the
    needle is known."""

    __slots__ = ("env", "items")

    def __init__(self, env: BoundedEnvironment, items: list | tuple) -> None:
        self.env, self.items = env, items

    def __contains__(self, needle: Any) -> bool:
        self.env._check_search(needle, self.items)
        return needle in self.items


class _Compared:
    """A list, tuple, dict or set a comparison reads (`BoundedEnvironment.bounded_operand`),
    sized against the other side when the comparison runs. Python asks it when the other
    side's own comparison declines a stranger (every type a template meets does: lists,
    strings, numbers, dates, models), and each answer is the plain comparison, in the order
    Python's reflection would make it."""

    __slots__ = ("env", "value")
    __hash__ = None  # type: ignore[assignment]

    def __init__(self, env: BoundedEnvironment, value: Any) -> None:
        self.env, self.value = env, value

    def _other(self, other: Any) -> Any:
        other = other.value if type(other) is _Compared else other
        self.env._check_compare(self.value, other)
        return other

    def __eq__(self, other: Any) -> Any:
        return self.value == self._other(other)

    def __ne__(self, other: Any) -> Any:
        return self.value != self._other(other)

    def __lt__(self, other: Any) -> Any:
        return self.value < self._other(other)

    def __le__(self, other: Any) -> Any:
        return self.value <= self._other(other)

    def __gt__(self, other: Any) -> Any:
        return self.value > self._other(other)

    def __ge__(self, other: Any) -> Any:
        return self.value >= self._other(other)


def _clocked(clock: _Clock, test: Callable[..., Any]) -> Callable[..., Any]:
    """A test (`is defined`, `equalto`, `in` ...) that checks the clock first. Why: `select`,
    `reject` and their `attr` kinds call a test for every item inside one filter call, and
    `list` takes their items in C code, so a `select` over millions of items met no check."""
    import functools

    @functools.wraps(test)
    def checked(*args: Any, **kwargs: Any) -> Any:
        clock.check()
        return test(*args, **kwargs)

    return checked


class BoundedEnvironment(ImmutableSandboxedEnvironment):
    """ImmutableSandboxedEnvironment with time and size bounds (see module docstring)."""

    intercepted_binops = frozenset({"*", "**", "+", "%", "//"})
    intercepted_unops = frozenset()
    code_generator_class = BoundedCodeGenerator

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.clock = _Clock()
        self._safe_attributes: dict[tuple[type, str], bool] = {}
        for name in ("namespace", "cycler", "joiner", "lipsum"):
            self.globals.pop(name, None)
        self.globals["range"] = self._range
        integer = self.tests["integer"]
        # a tracked fill step is an integer to a template, as the plain number was
        self.tests["integer"] = lambda value: type(value) is fill_trace.TrackedFill or integer(value)
        self.filters["sum"] = _linear_sum
        self.finalize = self._sized_finalize(self.finalize)
        self.tests = {name: _clocked(self.clock, self._bounded_test(test)) for name, test in self.tests.items()}

    # -- bounds ---------------------------------------------------------------------
    def start(self, limits: TemplateLimits) -> None:
        self.clock.limits = limits
        self.clock.deadline = time.monotonic() + limits.seconds

    def stop(self) -> None:
        self.clock.deadline = float("inf")

    def _check_size(self, value: Any) -> Any:
        if _size(value) > self.clock.limits.max_chars:
            raise BudgetExceeded(f"template made a value longer than {self.clock.limits.max_chars} items "
                                 "(limit: BRIEFKIT_LIMIT_TEMPLATE_CHARS)")
        return value

    # -- what the generated code calls (`BoundedCodeGenerator`) ------------------------
    def bounded_iter(self, iterable: Any) -> Any:
        """What a `{% for %}` loops over: as it is when it is a list, tuple, string, dict, set
        or range of at most `_CHECK_EVERY` items, else a generator checking the clock every
        `_CHECK_EVERY` items.

        Why not a check at every item: the built-in templates run in every build and loop
        over a few dozen sections, people and events each; a short loop pays only this call.
        Why every few thousand: a runaway loop of empty steps then overruns its deadline by a
        millisecond or so, and a loop's nested loops each check as they start."""
        self.clock.check()
        if type(iterable) in _FAST_LOOPS and len(iterable) <= _CHECK_EVERY:
            return iterable
        return _ticking(iterable, self.clock)

    def bounded_concat(self, markup: bool, values: tuple[Any, ...]) -> str:
        """`a ~ b ~ ...`, refused before it is made when its text would pass the size limit
        (`text_size`: a list joined in counts as the text it becomes). With `markup` (when
        autoescaping) the parts not already markup may grow five-fold as they are escaped."""
        self.clock.check()
        limit = self.clock.limits.max_chars
        size = sum(text_size(v, limit) for v in values)
        if markup and any(hasattr(v, "__html__") for v in values):
            size *= 5
        self._refuse_big(size)
        return markup_join(values) if markup else str_join(values)

    def bounded_operand(self, op: str, value: Any) -> Any:
        """The right side of a comparison: a list or tuple `in` searches, or a list, tuple,
        dict or set compared, comes wrapped, so that the comparison is sized first
        (`_check_search`, `_check_compare`) once the other side is known; anything else as it
        is (a string is searched in time linear in its length, a number compared at once)."""
        if op in ("in", "notin"):
            return _Haystack(self, value) if type(value) in (list, tuple) else value
        return _Compared(self, value) if isinstance(value, _CONTAINERS) else value

    def _bounded_test(self, test: Callable[..., Any]) -> Callable[..., Any]:
        """A test that compares (`equalto`, `in`, `<` ...) with its argument sized as the
        operator's (`bounded_operand`); any other test as it is."""
        op = _COMPARING_TESTS.get(test)
        if op is None:
            return test
        return lambda value, other: test(value, self.bounded_operand(op, other))

    def _check_compare(self, value: Any, other: Any) -> None:
        """Refuse a comparison of containers that would read more text than the size limit:
        item is compared with item, each reading at most the shorter, so the side with less
        text bounds it."""
        limit = self.clock.limits.max_chars
        if text_size(value, limit) > limit and text_size(other, limit) > limit:
            raise BudgetExceeded(f"template would compare more than {limit} characters "
                                 "(limit: BRIEFKIT_LIMIT_TEMPLATE_CHARS)")

    def _check_search(self, needle: Any, items: list | tuple) -> None:
        """Refuse a search of `items` for `needle` that would compare more text than the size
        limit: every item of the needle's length is compared with it (C code, one call, past
        any clock). A string needle is counted exactly when the quick bound (items times its
        length) passes the limit; any other needle counts its text at every item."""
        limit = self.clock.limits.max_chars
        size = len(needle) if isinstance(needle, (str, bytes)) else text_size(needle, limit)
        if size * len(items) <= limit:
            return
        if isinstance(needle, (str, bytes)):
            size = sum(size for item in items if type(item) is type(needle) and len(item) == size)
        else:
            size *= len(items)
        if size > limit:
            raise BudgetExceeded(f"template would compare {size} characters searching a list "
                                 f"(limit {limit}: BRIEFKIT_LIMIT_TEMPLATE_CHARS)")

    def concat(self, parts: Any) -> str:  # type: ignore[override]
        """The text of what a block, macro, `caller()`, `{% set %}...{% endset %}` or
        `{% filter %}` collected, refused before it is joined when it would pass the size
        limit. Why: the output check in `compose.render_template` sees only what reaches the
        render's output, and a loop inside a block appends one reference per step, so a
        100,000-step loop over a 5 MB string collected 500 GB to join."""
        parts = parts if type(parts) is list else list(parts)
        self._refuse_big(sum(map(len, parts)))
        return "".join(parts)

    def _sized_finalize(self, inner: Any) -> Callable[[Any], Any]:
        """`finalize` (what every `{{ ... }}` goes through), refusing a value whose text would
        pass the size limit before `inner` (or Jinja2) turns it into text: `{{ [s] * 1000 }}`
        is a list of 1,000 items and a text of 1,000 times `s`. A finalize that asks for the
        context is left as it is (briefkit's does not)."""
        import functools

        if inner is not None and hasattr(inner, "jinja_pass_arg"):
            return inner

        def finalize(value: Any) -> Any:
            if type(value) is not str and isinstance(value, _TEXT_GROWERS):
                self._refuse_big(text_size(value, self.clock.limits.max_chars))
            return value if inner is None else inner(value)

        return finalize if inner is None else functools.update_wrapper(finalize, inner)

    def _range(self, *args: int) -> range:
        self.clock.check()
        _fill_read(args)
        rng = range(*args)
        if len(rng) > self.clock.limits.max_range:
            raise BudgetExceeded(f"range() longer than {self.clock.limits.max_range} items")
        return rng

    # -- sandbox hooks ----------------------------------------------------------------
    def call_binop(self, context: Any, operator_: str, left: Any, right: Any) -> Any:
        self.clock.check()
        if operator_ == "*":
            for seq, n in ((left, right), (right, left)):
                if _size(seq) and isinstance(n, int):
                    self._refuse_big(_size(seq) * max(n, 0))
        if operator_ == "+":
            self._refuse_big(_size(left) + _size(right))
        if operator_ == "**" and isinstance(right, (int, float)) and (
            abs(right) > 1000 or (isinstance(left, int) and left.bit_length() * abs(right) > 100_000)
        ):
            raise BudgetExceeded("exponent too large")
        if operator_ == "*" and isinstance(left, int) and isinstance(right, int) and (
            left.bit_length() + right.bit_length() > 100_000
        ):
            raise BudgetExceeded("number too large")
        if operator_ == "%" and isinstance(left, (str, bytes)):
            fmt = left if isinstance(left, str) else left.decode("latin-1")
            self._check_format(fmt, right if isinstance(right, tuple) else (right,), percent=True)
        return self._check_size(_BINOPS[operator_](left, right))

    def call(__self, __context: Any, __obj: Any, *args: Any, **kwargs: Any) -> Any:  # noqa: N805
        __self.clock.check()
        for value in (*args, *kwargs.values()):
            __self._check_size(value)
        if not getattr(__obj, "fill_aware", False):
            _fill_read((*args, *kwargs.values()))
        # The sandbox hands out `str.format` wrapped (`__wrapped__` is the bound method).
        method = getattr(__obj, "__wrapped__", __obj)
        owner = getattr(method, "__self__", None)
        if isinstance(owner, (str, bytes)):
            args = __self._predict_str_method(owner, getattr(method, "__name__", ""), args, kwargs)
        elif isinstance(owner, (list, tuple)) and getattr(method, "__name__", "") in ("count", "index") and args:
            __self._check_search(args[0], owner)
        elif type(__obj) is LoopContext and args:
            # `loop(children)` in a recursive loop: the children are looped over as in `{% for %}`
            args = (__self.bounded_iter(args[0]), *args[1:])
        return __self._check_size(super().call(__context, __obj, *args, **kwargs))

    def getattr(self, obj: Any, attribute: str) -> Any:
        self.clock.check()
        return super().getattr(obj, attribute)

    def is_safe_attribute(self, obj: Any, attr: str, value: Any) -> bool:
        """Jinja2's answer, remembered per type of `obj` and attribute name: it reads nothing
        else (a leading underscore, the internal attributes of functions, methods, types, code,
        frames and generators, the methods that change a list, dict, set or deque, each told by
        `isinstance`), and a render asks it at every attribute a template reads (about 90 a
        composition, a tenth of its time)."""
        key = (type(obj), attr)
        safe = self._safe_attributes.get(key)
        if safe is None:
            safe = self._safe_attributes[key] = super().is_safe_attribute(obj, attr, value) \
                and not _model_api(obj, attr)
        return safe

    def getitem(self, obj: Any, argument: Any) -> Any:
        self.clock.check()
        _fill_read((argument.start, argument.stop, argument.step) if type(argument) is slice else (argument,))
        return super().getitem(obj, argument)

    # -- predicting sizes before a value is made -------------------------------------------
    def _refuse_big(self, estimate: int) -> None:
        if estimate > self.clock.limits.max_chars:
            raise BudgetExceeded(f"template would make a value longer than {self.clock.limits.max_chars} characters "
                                 "(limit: BRIEFKIT_LIMIT_TEMPLATE_CHARS)")

    def _check_ints(self, values: Any) -> None:
        for value in values:
            if isinstance(value, int) and not isinstance(value, bool) and abs(value) > MAX_WIDTH:
                raise BudgetExceeded(f"argument {value} too large (limit {MAX_WIDTH})")

    def _check_format(self, fmt: str, args: Any, percent: bool = False) -> None:
        """Widths in a format string (`%9999999d`, `{:>9999999}`, `%*d`) are bounded."""
        specs = _PERCENT_SPEC.findall(fmt) if percent else _BRACE_SPEC.findall(fmt)
        if percent and any("*" in sp for sp in specs):
            raise BudgetExceeded("'*' widths are not allowed in templates")
        if not percent and any("{" in sp for sp in specs):
            raise BudgetExceeded("nested format fields are not allowed in templates")
        widths = [int(w) for sp in specs for w in re.findall(r"\d+", sp)]
        if any(w > MAX_WIDTH for w in widths):
            raise BudgetExceeded(f"format width too large (limit {MAX_WIDTH})")
        limit = self.clock.limits.max_chars
        self._refuse_big(len(fmt) + sum(widths) + sum(text_size(a, limit) for a in args))

    def _predict_str_method(self, s: str | bytes, name: str, args: tuple, kwargs: dict) -> tuple:
        """Refuse a method of a string (or of the bytes `encode` makes) whose result would pass
        the size limit, before it runs; the arguments to call it with (`join`'s items taken
        into a list when a generator). `center`, `ljust`, `rjust` and `zfill` need no
        prediction: their width is capped (`MAX_WIDTH`), so they add at most that much, which
        the check on the result bounds; `translate` of bytes takes a 256-byte table, which
        grows nothing."""
        self._check_ints((*args, *kwargs.values()))
        if name in ("format", "format_map") and isinstance(s, str):
            self._check_format(s, (*args, *kwargs.values()))
        elif name == "replace" and len(args) >= 2:
            self._refuse_big(_replaced_size(s, *args[:3]))
        elif name == "join" and args:
            items = _materialized(args[0], self.clock.limits.max_chars)
            args = (items, *args[1:])
            self._refuse_big(_joined_size(s, items, _size))
        elif name == "expandtabs":
            tabsize = kwargs.get("tabsize", args[0] if args else 8)
            if isinstance(tabsize, int):
                self._refuse_big(len(s) + s.count("\t" if isinstance(s, str) else b"\t") * max(tabsize - 1, 0))
        elif name == "translate" and args and isinstance(s, str):
            self._refuse_big(_translated_size(s, args[0]))
        return args


MAX_WIDTH = 100_000  # widths, counts and other integer arguments to string functions and filters
_PERCENT_SPEC = re.compile(r"%[-#0 +*\d.]*[a-zA-Z%]")
_BRACE_SPEC = re.compile(r"\{[^{}]*:((?:[^{}]|\{[^{}]*\})*)\}")


_BINOPS: dict[str, Callable[[Any, Any], Any]] = {
    "*": operator.mul, "**": operator.pow, "+": operator.add, "%": operator.mod, "//": operator.floordiv,
}


def _model_api(obj: Any, attr: str) -> bool:
    """Whether `attr` of `obj` is pydantic's own (`BaseModel`'s methods and class attributes:
    `parse_raw`, `parse_file`, `model_validate_json`, `model_copy`, `model_dump`, `schema`,
    `model_fields` ...) on a model or a model class, not one of the model's fields or of the
    properties and methods its own class defines.

    Why all of them and not a list of the dangerous ones: a template's data is the profile's
    fields, and pydantic's API is code that parses, copies and serialises; a list of the
    harmful names would miss the next one a pydantic release adds. Without pydantic loaded no
    object is a model (a rebuild from the build's cache never loads it)."""
    import sys

    pydantic = sys.modules.get("pydantic")
    if pydantic is None:
        return False
    base = pydantic.BaseModel
    is_model = isinstance(obj, base) or (isinstance(obj, type) and issubclass(obj, base))
    return is_model and hasattr(base, attr)


def bounded_filter(env: BoundedEnvironment, name: str, func: Callable[..., Any]) -> Callable[..., Any]:
    """Wrap a filter so its arguments and result obey the bounds and the clock.

    Filters are called directly by compiled templates, not through `call`, so they are
    wrapped one by one. Integer arguments (widths, counts) are capped, not the value filtered
    (`{{ 250000 | filesizeformat }}` is a number to print, not a width); the filters that can
    grow a string many times over (`_PREDICTORS`) have their result, and `wordwrap` its
    work, predicted before they run, from their arguments bound by name as the filter would
    bind them; and the filters that turn their value into text (`_TEXT_FILTERS`) are
    refused a value whose text would pass the size limit."""
    import functools

    at = 1 if hasattr(func, "jinja_pass_arg") else 0  # where the value is, after any context
    predict = _PREDICTORS.get(name)
    signature = _signature(func) if predict is not None else None
    text = name in _TEXT_FILTERS

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        env.clock.check()
        values = [a for a in (*args, *kwargs.values()) if not _is_context(a)]
        _fill_read(values)
        for value in values:
            env._check_size(value)
        # the arguments' integers are widths and counts; the value's own is just a number
        env._check_ints(values[1:] if len(args) > at else values)
        if text and len(args) > at:
            env._refuse_big(text_size(args[at], env.clock.limits.max_chars))
        if signature is not None:
            args, kwargs = _predicted(env, predict, signature, args, kwargs)
        return env._check_size(func(*args, **kwargs))

    for attr in ("jinja_pass_arg",):
        if hasattr(func, attr):
            setattr(wrapper, attr, getattr(func, attr))
    return wrapper


# What Jinja2 passes a filter besides its arguments. Imported with the module (jinja2.sandbox
# has loaded both already), not in `_is_context`: a filter's every call asks it of every
# argument, and an import statement there ran the import machinery each time.
_CONTEXTS = (Context, EvalContext, ImmutableSandboxedEnvironment)


def _is_context(value: Any) -> bool:
    return isinstance(value, _CONTEXTS)


def _signature(func: Callable[..., Any]) -> Any:
    import inspect

    try:
        return inspect.signature(func)
    except (TypeError, ValueError):
        return None


Arguments = dict[str, Any]


def _predicted(env: BoundedEnvironment, predict: Callable[[BoundedEnvironment, Arguments], None],
               signature: Any, args: tuple, kwargs: dict) -> tuple[tuple, dict]:
    """`predict` run on the filter's arguments by parameter name; the arguments to call the
    filter with (a predictor may replace one: a generator taken into a list to be sized)."""
    try:
        bound = signature.bind(*args, **kwargs)
    except TypeError:
        return args, kwargs  # the filter itself says what is wrong
    predict(env, bound.arguments)
    return bound.args, bound.kwargs


def _predict_indent(env: BoundedEnvironment, a: Arguments) -> None:
    """`indent` and `indent_md`: every line gains `width` (a number, or a string for Jinja2's),
    blank lines counted too; Jinja2's splits lines as `str.splitlines` does (`\r`, `\x0c`,
    `\u2028` ... each end one)."""
    s, width = a.get("s"), a.get("width", 4)
    if isinstance(s, str) and isinstance(width, (str, int)):
        width = len(width) if isinstance(width, str) else width
        env._refuse_big(len(s) + (_line_breaks(s) + 1) * max(width, 0))


def _line_breaks(s: str) -> int:
    """How many line breaks `str.splitlines` finds in `s` (at least as many as `\n` alone)."""
    return sum(map(s.count, _LINE_BREAKS)) - s.count("\r\n")


_LINE_BREAKS = ("\n", "\r", "\x0b", "\x0c", "\x1c", "\x1d", "\x1e", "\x85", "\u2028", "\u2029")


def _predict_replace(env: BoundedEnvironment, a: Arguments) -> None:
    s = a.get("s")
    if isinstance(s, str) and "old" in a and "new" in a:
        env._refuse_big(_replaced_size(s, str(a["old"]), str(a["new"]), a.get("count")))


def _predict_join(env: BoundedEnvironment, a: Arguments) -> None:
    """Each item becomes its text (`text_size`), a generator is taken into a list first."""
    if "value" not in a:
        return
    limit = env.clock.limits.max_chars
    items = a["value"] = _materialized(a["value"], limit)
    sep = a.get("d", "")
    env._refuse_big(_joined_size(sep if isinstance(sep, str) else str(sep), items,
                                 lambda item: text_size(item, limit)))


def _predict_format(env: BoundedEnvironment, a: Arguments) -> None:
    value = a.get("value")
    if isinstance(value, str):
        env._check_format(value, (*a.get("args", ()), *a.get("kwargs", {}).values()), percent=True)


def _predict_tojson(env: BoundedEnvironment, a: Arguments) -> None:
    """JSON text with `indent` grows by the indent at every item, times its depth."""
    indent = a.get("indent") or 0
    if "value" in a and isinstance(indent, int):
        env._refuse_big(text_size(a["value"], env.clock.limits.max_chars, indent=max(indent, 0)))


def _predict_wordwrap(env: BoundedEnvironment, a: Arguments) -> None:
    """`wordwrap`'s result, and its work on long words, bounded before it runs.

    Why the work: Python's `textwrap` breaks a word longer than the width one line at a
    time, copying the rest of the word at each break, so a word of n characters wrapped at
    width w costs about n²/2w character copies (a million `x` at width 1: 5·10^11 copies,
    minutes in one call no clock can interrupt). Words are counted as `textwrap` splits
    them, at its six ASCII white-space characters only, so a no-break space splits nothing
    here either. The result: at most two lines for every `width` characters, plus one for
    each line of the text; a one-character `wrapstring` (the default) at most doubles the
    text, which the check on the result bounds, a longer one is counted at every break."""
    s, width = a.get("s"), a.get("width", 79)
    if not isinstance(s, str) or not isinstance(width, int):
        return
    width = max(width, 1)
    wrapstring = a.get("wrapstring") or env.newline_sequence
    lines = 2 * len(s) // width + _line_breaks(s) + 1
    env._refuse_big(len(s) + lines * max(len(str(wrapstring)) - 1, 0))
    if a.get("break_long_words", True):
        work = sum(n * n for n in _long_words(s, width)) // (2 * width)
        if work > MAX_WRAP_WORK:
            raise BudgetExceeded(f"wordwrap would copy {work} characters breaking long words at width {width} "
                                 f"(limit {MAX_WRAP_WORK})")


def _long_words(s: str, width: int) -> list[int]:
    return [m.end() - m.start() for m in re.finditer(r"[^\t\n\x0b\x0c\r ]{%d,}" % (width + 1), s)]


# The character copies one `wordwrap` may spend breaking long words (`_predict_wordwrap`):
# some 40 ms. A 20,000-character word at width 1 takes 2·10^8; a URL of 300 at width 79, 600.
MAX_WRAP_WORK = 1_000_000_000

def _predict_compared(env: BoundedEnvironment, a: Arguments) -> None:
    """`sort`, `unique`, `min`, `max`, `groupby` and `dictsort`: the text of the keys they
    compare (each item, its `attribute`, a dict's keys and values) is bounded by the size
    limit. Why: by default they compare without case, making a lower-case copy of every
    string key, so `(['x' * 1000000] * 20000) | sort` asked for 20 GB; and each comparison
    reads two keys. One object repeated counts at every place it holds (each gets its own
    copy); a generator is taken into a list first."""
    if "value" not in a or isinstance(a["value"], str):
        return
    limit = env.clock.limits.max_chars
    items = a["value"] = _materialized(a["value"], limit)
    if isinstance(items, dict):
        items = (*items.keys(), *items.values())
    if not isinstance(items, _CONTAINERS):
        return
    attribute = a.get("attribute")
    key = make_attrgetter(env, attribute) if attribute is not None else None
    total, sizes = 0, {}
    for item in items:
        size = sizes.get(id(item))
        if size is None:
            value = key(item) if key is not None else item
            size = sizes[id(item)] = len(value) if isinstance(value, (str, bytes)) else 0
        total += size
        if total > limit:
            break
    env._refuse_big(total)


_PREDICTORS: dict[str, Callable[[BoundedEnvironment, Arguments], None]] = {
    "indent": _predict_indent, "indent_md": _predict_indent, "replace": _predict_replace,
    "join": _predict_join, "format": _predict_format, "tojson": _predict_tojson,
    "wordwrap": _predict_wordwrap, "sort": _predict_compared, "unique": _predict_compared,
    "min": _predict_compared, "max": _predict_compared, "groupby": _predict_compared,
    "dictsort": _predict_compared,
}

# Filters that turn their whole value into text (Jinja2's `str`, `repr`, `pformat` or escape
# of it, and briefkit's text filters): a list of 1,000 references to one 5 MB string passes
# the item limit, and its text is 5 GB.
_TEXT_FILTERS = frozenset({
    "string", "pprint", "safe", "escape", "e", "forceescape", "center", "indent", "wordwrap", "truncate",
    "title", "upper", "lower", "capitalize", "trim", "striptags", "replace", "urlize", "urlencode",
    "wordcount", "xmlattr", "format", "md", "indent_md", "escape_md", "link", "first_sentences", "listed",
})


# -- sizes predicted before a value is made -------------------------------------------------
_CONTAINERS = (list, tuple, dict, set, frozenset)
_TEXT_GROWERS = (*_CONTAINERS, TemplateModule)  # values whose text can be far longer than they are
_END = object()


def text_size(value: Any, budget: int, indent: int = 0) -> int:
    """About how long `str(value)` is (or its JSON with `indent`), counted without making it
    and only up to just past `budget`.

    Why: a template repeats a reference for nothing (`[s] * 1000` is 1,000 items, within
    the item limit, all one 5 MB string), and it is turning such a value into text (output,
    `~`, `%`, `format`, `join`, the text filters) that makes the gigabytes. A string counts
    its length (inside a container two more, for quotes and separator; the escapes `repr`
    adds are not counted, a small factor at worst). A list, tuple, dict or set is walked
    item by item and the walk stops once past `budget`, so it takes at most `budget / 2`
    steps; any other object inside one counts its `repr`, once per object. Any other value
    alone counts nothing: its text is what the seed or a helper made it, not something a
    template multiplied. A template module (`{% import %}`) counts the output it holds."""
    if isinstance(value, str):
        return len(value)
    if isinstance(value, TemplateModule):
        return sum(map(len, value._body_stream))
    if not isinstance(value, _CONTAINERS):
        return 0
    total, reprs = 0, {}
    stack = [iter((value,))]
    while stack and total <= budget:
        item = next(stack[-1], _END)
        if item is _END:
            stack.pop()
            continue
        total += 2 + indent * len(stack)
        if isinstance(item, dict):
            stack.append(chain.from_iterable(item.items()))
        elif isinstance(item, _CONTAINERS):
            stack.append(iter(item))
        else:
            total += _leaf_size(item, reprs)
    return total


def _leaf_size(item: Any, reprs: dict[int, int]) -> int:
    if isinstance(item, str):
        return len(item)
    if type(item) in _UNSIZED_TYPES:
        return item.bit_length() // 3 + 2 if type(item) is int else 24
    size = reprs.get(id(item))
    if size is None:
        size = reprs[id(item)] = len(repr(item))
    return size


def _replaced_size(s: str | bytes, old: Any, new: Any, count: Any = None) -> int:
    """How long `s.replace(old, new, count)` is: each occurrence grows by the difference (an
    empty `old` occurs before every character and at the end). Arguments `replace` would
    refuse count nothing: it raises."""
    try:
        n = s.count(old) if len(old) else len(s) + 1
        growth = len(new) - len(old)
    except TypeError:
        return len(s)
    if isinstance(count, int) and count >= 0:
        n = min(n, count)
    return len(s) + n * max(growth, 0)


def _materialized(items: Any, limit: int) -> Any:
    """`items` as a value whose size can be read: a string, list, tuple, dict or set as it is;
    anything else iterable (a generator a filter made) taken into a list, refused past
    `limit` items; anything else as it is (the caller's own error follows)."""
    if isinstance(items, (str, *_CONTAINERS)):
        return items
    try:
        it = iter(items)
    except TypeError:
        return items
    taken = list(islice(it, limit + 1))
    if len(taken) > limit:
        raise BudgetExceeded(f"template joined more than {limit} items (limit: BRIEFKIT_LIMIT_TEMPLATE_CHARS)")
    return taken


def _joined_size(sep: str | bytes, items: Any, size: Callable[[Any], int]) -> int:
    """How long `sep.join(items)` is, each item counting `size(item)`."""
    if isinstance(items, str):
        return len(items) + len(sep) * max(len(items) - 1, 0)
    if not isinstance(items, _CONTAINERS):
        return 0
    return sum(size(i) for i in items) + len(sep) * max(len(items) - 1, 0)


def _translated_size(s: str, table: Any) -> int:
    """How long `s.translate(table)` can be: each character the table maps to a longer string
    grows by that string's length less one, counted per character found in `s` (so
    `'abc'.translate({97: 'x' * 4000000})` is 4,000,002, not three times that). A table that
    is not a dict, list, tuple, string or range is refused: any other object's `__getitem__`
    could return anything, and templates have no use for one."""
    if isinstance(table, (str, range)):
        return len(s)
    if isinstance(table, dict):
        pairs: Any = table.items()
    elif isinstance(table, (list, tuple)):
        pairs = enumerate(table)
    else:
        raise BudgetExceeded("str.translate in a template takes a dict, list or string as its table")
    longer = {code: len(v) for k, v in pairs if isinstance(v, str) and len(v) > 1
              and (code := _code_point(k)) is not None}
    if not longer:
        return len(s)
    if len(longer) <= 16:
        found = {code: s.count(chr(code)) for code in longer}
    else:
        counts = Counter(s)
        found = {code: counts.get(chr(code), 0) for code in longer}
    return len(s) + sum(found[code] * (n - 1) for code, n in longer.items())


def _code_point(key: Any) -> int | None:
    """The character a translation table's key stands for (an integer, or a float equal to
    one: `{97.0: ...}` maps `a` as `{97: ...}` does), None when it stands for none."""
    if isinstance(key, float) and key.is_integer():
        key = int(key)
    return key if isinstance(key, int) and 0 <= key <= 0x10FFFF else None


@pass_environment
def _linear_sum(environment: Any, iterable: Any, attribute: Any = None, start: Any = 0) -> Any:
    """Jinja2's `sum`, but lists or tuples are added up in one pass, sized first.

    Why: `sum` adds one item at a time, each time copying all it has so far, so
    `([[1]] * 100000) | sum(start=[])` made 5·10^9 copies in one call, far past the time
    limit before any clock could see it. Numbers are summed as before."""
    if attribute is not None:
        iterable = map(make_attrgetter(environment, attribute), iterable)
    kind = type(start)
    if kind not in (list, tuple):
        return sum(iterable, start)
    items = list(iterable)
    for item in items:
        if not isinstance(item, kind):
            raise TypeError(f'can only concatenate {kind.__name__} (not "{type(item).__name__}") to {kind.__name__}')
    environment._refuse_big(len(start) + sum(map(len, items)))
    return kind(chain(start, *items))


class OutsideFolder(SecurityError):
    """A template file whose real location is outside the folder it was found in."""


class ConfinedLoader(FileSystemLoader):
    """Jinja2's file loader, but a template found in a user's folder is read only when its
    real location (every link followed) is inside that folder (`lengths.outside_folder`).

    Why here: every template a render reads comes through `get_source`, the length's own
    template and whatever `include`, `extends`, `import` and `from ... import` name, before
    the built-in templates' shipped code (`template_code.ShippedCode`) is looked for, so one
    check covers them all. The file is opened at its real path without following a link
    there (a link swapped in after the check is not followed) and must be a regular file
    (a FIFO would block the read)."""

    def get_source(self, environment: Any, template: str) -> tuple[str, str, Callable[[], bool]]:
        found = self._find(template)
        if found is None:
            return super().get_source(environment, template)  # Jinja2's TemplateNotFound
        folder, filename = found
        real = os.path.realpath(filename)
        if held_to_folder(folder) and outside_folder(real, folder):
            raise OutsideFolder(f"template file {template!r} leads outside its folder {folder} (to {real}): "
                                "links in a template folder may only point inside it")
        source = _read_regular(real, self.encoding)
        mtime = os.path.getmtime(real)
        return source, os.path.normpath(filename), lambda: _unchanged(filename, mtime)

    def _find(self, template: str) -> tuple[str, str] | None:
        """The folder `template` is found in and its path there, searched as Jinja2 does."""
        pieces = split_template_path(template)
        for folder in self.searchpath:
            filename = posixpath.join(folder, *pieces)
            if os.path.isfile(filename):
                return folder, filename
        return None


def _read_regular(path: str, encoding: str) -> str:
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0))
    with open(fd, encoding=encoding) as f:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise SecurityError(f"template file {path} is not a regular file")
        return f.read()


def _unchanged(filename: str, mtime: float) -> bool:
    try:
        return os.path.getmtime(filename) == mtime
    except OSError:
        return False
