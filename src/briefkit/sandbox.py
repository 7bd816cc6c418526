"""The Jinja2 sandbox templates run in: no code execution, bounded time, size and recursion.

A user's `--templates` folder is untrusted input like a seed. Jinja2's
`ImmutableSandboxedEnvironment` already refuses `_private` attributes (so
`cycler.__init__.__globals__` and `lipsum.__globals__` lead nowhere) and in-place changes to
lists and dicts. What it does not bound is work, so this module adds:

- a wall-clock budget, checked at every call, operator, attribute lookup and output chunk;
- a cap on every string or list an operator, call or filter produces (`"A" * 10**10`,
  `"x" | center(10**9)`, a macro that doubles its argument), checked *before* the value is
  made where the size can be known in advance;
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
from . import recache as re
import time
from typing import Any, Callable

from jinja2.loaders import FileSystemLoader, split_template_path
from jinja2.nodes import EvalContext

from . import fill_trace
from .lengths import held_to_folder, outside_folder
from .records import record
from jinja2.runtime import Context
from jinja2.sandbox import ImmutableSandboxedEnvironment, SecurityError


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
            raise BudgetExceeded(f"template took longer than {self.limits.seconds:g} s")


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


class BoundedEnvironment(ImmutableSandboxedEnvironment):
    """ImmutableSandboxedEnvironment with time and size bounds (see module docstring)."""

    intercepted_binops = frozenset({"*", "**", "+", "%", "//"})
    intercepted_unops = frozenset()

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

    # -- bounds ---------------------------------------------------------------------
    def start(self, limits: TemplateLimits) -> None:
        self.clock.limits = limits
        self.clock.deadline = time.monotonic() + limits.seconds

    def stop(self) -> None:
        self.clock.deadline = float("inf")

    def _check_size(self, value: Any) -> Any:
        if _size(value) > self.clock.limits.max_chars:
            raise BudgetExceeded(f"template made a value longer than {self.clock.limits.max_chars} items")
        return value

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
        limit = self.clock.limits.max_chars
        if operator_ == "*":
            for seq, n in ((left, right), (right, left)):
                if _size(seq) and isinstance(n, int) and _size(seq) * max(n, 0) > limit:
                    raise BudgetExceeded(f"template made a value longer than {limit} characters")
        if operator_ == "+" and _size(left) + _size(right) > limit:
            raise BudgetExceeded(f"template made a value longer than {limit} characters")
        if operator_ == "**" and isinstance(right, (int, float)) and (
            abs(right) > 1000 or (isinstance(left, int) and left.bit_length() * abs(right) > 100_000)
        ):
            raise BudgetExceeded("exponent too large")
        if operator_ == "*" and isinstance(left, int) and isinstance(right, int) and (
            left.bit_length() + right.bit_length() > 100_000
        ):
            raise BudgetExceeded("number too large")
        if operator_ == "%" and isinstance(left, str):
            self._check_format(left, right if isinstance(right, tuple) else (right,), percent=True)
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
        if isinstance(owner, str):
            __self._predict_str_method(owner, getattr(method, "__name__", ""), args, kwargs)
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
            raise BudgetExceeded(f"template would make a value longer than {self.clock.limits.max_chars} characters")

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
        self._refuse_big(len(fmt) + sum(widths) + sum(len(str(a)) for a in args if isinstance(a, str)))

    def _predict_str_method(self, s: str, name: str, args: tuple, kwargs: dict) -> None:
        self._check_ints((*args, *kwargs.values()))
        if name in ("format", "format_map"):
            self._check_format(s, (*args, *kwargs.values()))
        elif name == "replace" and len(args) >= 2 and isinstance(args[0], str) and isinstance(args[1], str):
            self._refuse_big(len(s) + (len(s) + 1) * len(args[1]))
        elif name == "join" and args and isinstance(args[0], (list, tuple)):
            items = args[0]
            self._refuse_big(sum(_size(i) for i in items) + len(s) * len(items))
        elif name == "expandtabs":
            self._refuse_big(len(s) * (int(args[0]) if args and isinstance(args[0], int) else 8))


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
    wrapped one by one. Integer arguments (widths, counts) are capped, and the filters
    that can grow a string many times over (`indent`, `replace`, `join`, `format`,
    `center`) have their result size predicted before they run."""
    import functools

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        env.clock.check()
        values = [a for a in (*args, *kwargs.values()) if not _is_context(a)]
        _fill_read(values)
        for value in values:
            env._check_size(value)
        env._check_ints(values)
        _predict_filter(env, name, values)
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


def _predict_filter(env: BoundedEnvironment, name: str, values: list[Any]) -> None:
    if not values:
        return
    first = values[0]
    if name == "indent" and isinstance(first, str):
        width = values[1] if len(values) > 1 else 4
        width = len(width) if isinstance(width, str) else int(width or 0)
        env._refuse_big(len(first) + (first.count("\n") + 1) * width)
    elif name == "replace" and isinstance(first, str) and len(values) >= 3 and isinstance(values[2], str):
        env._refuse_big(len(first) + (len(first) + 1) * len(values[2]))
    elif name == "join" and isinstance(first, (list, tuple, range)):
        sep = values[1] if len(values) > 1 and isinstance(values[1], str) else ""
        env._refuse_big(sum(_size(i) or 12 for i in first) + len(sep) * len(first))
    elif name == "format" and isinstance(first, str):
        env._check_format(first, values[1:], percent=True)


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
        if found is None or not held_to_folder(found[0]):
            return super().get_source(environment, template)
        folder, filename = found
        real = os.path.realpath(filename)
        if outside_folder(real, folder):
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
