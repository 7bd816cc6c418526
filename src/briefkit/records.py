"""`@record`: a dataclass whose generated methods ship as compiled code.

Why: the standard library's `@dataclass` writes the source of each class's `__init__`,
`__repr__`, `__eq__` (and for a frozen class `__hash__`, `__setattr__`, `__delattr__`) and
compiles it as the class is made, in every process. That cost about half a millisecond a class
on this project's machine; a rebuild whose outputs come from the build's cache makes 42 of
them, a quarter of its whole-process time, and a cold build's two processes some 70 each.
What that code says depends only on the class's fields and options, so it is written once,
here, as the functions of `briefkit.compiled_records`, and Python's bytecode cache keeps them
compiled: a process takes a record's methods from a .pyc, the way `briefkit.template_code`
ships the built-in templates' code.

A record is still a dataclass: `@record` runs `dataclasses.dataclass(init=False, repr=False,
eq=False)`, so `fields`, `replace`, `asdict`, `is_dataclass`, `__match_args__` and pickling are
the standard library's own, and then sets the methods that `dataclasses.dataclass(frozen=...,
eq=...)` would have made, with the same behaviour: the same `__init__` signature, defaults and
default factories, the same repr (recursion shown as `...`), equality between instances of
the very same class over the compared fields, the hash of a frozen record from its fields (an
unfrozen one with equality is unhashable), and `FrozenInstanceError` on assigning or deleting
a field of a frozen one. What differs: `__dataclass_params__` reports the options
`dataclasses.dataclass` was called with here (`frozen=False`; nothing in this project reads
it), a frozen record cannot be the base of a frozen dataclass (none is), and a record
without a docstring has none (dataclasses writes its signature there).

Trust: a class takes the shipped methods only when its specification (`spec`: options, and
each field's name, annotation, kind of default and flags) equals the one they were generated
for. A class edited since, one with a dataclass base, `ClassVar` or `InitVar` fields or
`__post_init__`, or one made inside a function is made by `dataclasses.dataclass` as before:
slower, never different. `python -m briefkit.records` writes the module again; a test fails
while it differs from what the package's records generate.
"""
from __future__ import annotations

import reprlib
import sys
from collections.abc import Callable

from .lean_dataclasses import load as _load_dataclasses

dataclasses = _load_dataclasses()  # the package's one import of it (see `lean_dataclasses`)
# What the package's modules use of dataclasses, from here rather than imported themselves.
dataclass, field, fields, replace, asdict, is_dataclass = (
    dataclasses.dataclass, dataclasses.field, dataclasses.fields, dataclasses.replace, dataclasses.asdict,
    dataclasses.is_dataclass)

MODULE = "briefkit.compiled_records"
_REGISTRY: list[type] = []  # every record made in this process, in order (for the generator)


class _Factory:
    """The marker of a parameter whose default comes from a default factory (`dataclasses`' own
    is private); shown as `<factory>` in a signature, as there."""

    def __repr__(self) -> str:
        return "<factory>"


HAS_DEFAULT_FACTORY = _Factory()
recursive_repr = reprlib.recursive_repr()  # as dataclasses' `_recursive_repr`: '...' on recursion
Frozen = dataclasses.FrozenInstanceError

# One field as the spec sees it: name, annotation (as written), has a default, has a default
# factory, init, repr, compare, hash.
FieldSpec = tuple[str, str, bool, bool, bool, bool, bool, "bool | None"]


def record(cls: type | None = None, /, *, frozen: bool = False, eq: bool = True) -> Callable | type:
    """`@dataclasses.dataclass(frozen=frozen, eq=eq)`, with the methods shipped ahead (see the
    module). Use as `@record` or `@record(frozen=True)`."""

    def wrap(c: type) -> type:
        return _make(c, frozen, eq)

    return wrap if cls is None else wrap(cls)


def spec(cls: type, frozen: bool, eq: bool) -> tuple | None:
    """What the generated methods of `cls` depend on, read from its class body; None when the
    shipped code cannot serve it (see the module)."""
    if "<locals>" in cls.__qualname__ or "__post_init__" in cls.__dict__ \
            or any(hasattr(b, "__dataclass_fields__") for b in cls.__mro__[1:]):
        return None
    fields: list[FieldSpec] = []
    for name, annotation in cls.__dict__.get("__annotations__", {}).items():
        if not isinstance(annotation, str) or "ClassVar" in annotation or "InitVar" in annotation \
                or "KW_ONLY" in annotation:
            return None
        value = cls.__dict__.get(name, dataclasses.MISSING)
        if isinstance(value, dataclasses.Field):
            if value.kw_only is True:
                return None
            fields.append((name, annotation, value.default is not dataclasses.MISSING,
                           value.default_factory is not dataclasses.MISSING, value.init, value.repr,
                           value.compare, value.hash))
        else:
            fields.append((name, annotation, value is not dataclasses.MISSING, False, True, True, True, None))
    return (bool(frozen), bool(eq), tuple(fields))


def _shipped() -> dict[str, tuple]:
    try:
        from .compiled_records import SPECS
    except ImportError:  # pragma: no cover - a package without its generated module
        return {}
    return SPECS


def _make(cls: type, frozen: bool, eq: bool) -> type:
    key = f"{cls.__module__}.{cls.__qualname__}"
    wanted = spec(cls, frozen, eq)
    factory = None
    if wanted is not None:
        shipped = _shipped().get(key)
        if shipped == wanted:
            wanted = shipped  # one copy of the spec in the process
            # taken from the module: its code lives on in the methods, a factory is used once
            factory = sys.modules[MODULE].__dict__.pop(_function_name(key), None)
        cls.__record_spec__ = wanted  # for the generator, whichever way the class is made
    if factory is None:  # no code for this spec, or the module made this class before (a reload)
        made = dataclasses.dataclass(cls, frozen=frozen, eq=eq)
        _REGISTRY.append(made)
        return made
    own = set(cls.__dict__)  # methods the class body defines itself are kept, as dataclasses keeps them
    # A class without a docstring keeps none: without an `__init__` yet, dataclasses would write
    # "Name()" there, from a signature it works out the slow way (copying `sys.modules`).
    undocumented = not cls.__dict__.get("__doc__")
    if undocumented:
        cls.__doc__ = "-"
    made = dataclasses.dataclass(cls, init=False, repr=False, eq=False)
    if undocumented:
        made.__doc__ = None
    fields = dataclasses.fields(made)
    defaults = {f.name: f.default for f in fields if f.default is not dataclasses.MISSING}
    factories = {f.name: f.default_factory for f in fields if f.default_factory is not dataclasses.MISSING}
    for name, method in factory(made, defaults, factories).items():
        if name in own:
            continue
        if method is not None:
            method.__qualname__ = f"{made.__qualname__}.{name}"
            if name == "__init__":
                method.__annotations__ = {**{f.name: f.type for f in fields if f.init}, "return": None}
        setattr(made, name, method)
    _REGISTRY.append(made)
    return made


def _function_name(key: str) -> str:
    return "_" + "".join(c if c.isalnum() else "_" for c in key)


# ------------------------------------------------------------------ generating the module
def factory_source(key: str, the_spec: tuple) -> str:
    """The source of the function that makes the methods of the record `key` with `the_spec`,
    as `dataclasses.dataclass` writes them (Python 3.11's `_init_fn`, `_repr_fn`, `_cmp_fn`,
    `_hash_add`, `_frozen_get_del_attr`)."""
    frozen, eq, fields = the_spec
    lines = [f"def {_function_name(key)}(cls, _d, _f):"]
    params, body = ["self"], []
    for name, _ann, has_default, has_factory, init, _repr, _compare, _hash in fields:
        if has_factory:
            value = f'_f["{name}"]() if {name} is _F else {name}' if init else f'_f["{name}"]()'
        elif init:
            value = name
        else:
            continue  # read from the class attribute that holds the default
        if init:
            params.append(f'{name}=_d["{name}"]' if has_default else f"{name}=_F" if has_factory else name)
        body.append(f'object.__setattr__(self, "{name}", {value})' if frozen else f"self.{name} = {value}")
    lines.append(f"    def __init__({', '.join(params)}):")
    lines += [f"        {b}" for b in body] or ["        pass"]
    shown = ", ".join(f"{f[0]}={{self.{f[0]}!r}}" for f in fields if f[5])
    lines += ["    @_recursive_repr", "    def __repr__(self):",
              f'        return self.__class__.__qualname__ + f"({shown})"']
    methods = ["__init__", "__repr__"]
    if eq:
        compared = [f[0] for f in fields if f[6]]
        mine = "(" + "".join(f"self.{n}," for n in compared) + ")"
        theirs = "(" + "".join(f"other.{n}," for n in compared) + ")"
        lines += ["    def __eq__(self, other):", "        if other.__class__ is self.__class__:",
                  f"            return {mine} == {theirs}", "        return NotImplemented"]
        methods.append("__eq__")
        if frozen:
            hashed = [f[0] for f in fields if (f[6] if f[7] is None else f[7])]
            lines += ["    def __hash__(self):", f"        return hash(({''.join(f'self.{n},' for n in hashed)}))"]
            methods.append("__hash__")
    if frozen:
        names = "(" + "".join(f"{f[0]!r}," for f in fields) + ")"
        for verb, method, args in (("assign to", "__setattr__", "name, value"), ("delete", "__delattr__", "name")):
            lines += [f"    def {method}(self, {args}):", f"        if type(self) is cls or name in {names}:",
                      f'            raise _Frozen(f"cannot {verb} field {{name!r}}")',
                      f"        super(cls, self).{method}({args})"]
            methods.append(method)
    items = ", ".join(f'"{m}": {m}' for m in methods)
    if eq and not frozen:
        items += ', "__hash__": None'
    lines.append(f"    return {{{items}}}")
    return "\n".join(lines) + "\n"


def generate(records: list[type]) -> str:
    """The text of `briefkit/compiled_records.py` for `records`."""
    out = ['"""The methods of briefkit\'s records, generated by `python -m briefkit.records` (see',
           '`briefkit.records`): do not edit. SPECS: the spec each function was made for."""',
           "from briefkit.records import HAS_DEFAULT_FACTORY as _F, Frozen as _Frozen, "
           "recursive_repr as _recursive_repr", ""]
    specs: dict[str, tuple] = {}
    for cls in sorted(records, key=lambda c: (c.__module__, c.__qualname__)):
        key = f"{cls.__module__}.{cls.__qualname__}"
        the_spec = getattr(cls, "__record_spec__", None)
        if the_spec is None or key in specs:
            continue
        specs[key] = the_spec
        out += ["", factory_source(key, the_spec)]
    out += ["", "SPECS = {"] + [f"    {k!r}: {v!r}," for k, v in specs.items()] + ["}", ""]
    return "\n".join(out)


def package_records() -> list[type]:
    """Every record of the briefkit package: each of its modules imported."""
    import importlib
    import pkgutil

    import briefkit

    for info in pkgutil.walk_packages(briefkit.__path__, "briefkit."):
        if info.name in (MODULE, "briefkit.batch.preload") or info.name.endswith(".__main__") \
                or info.name.startswith("briefkit.compiled_templates"):  # no records; or code run on import
            continue
        importlib.import_module(info.name)
    return [c for c in _REGISTRY if c.__module__.startswith("briefkit.")]


def main() -> int:
    """Write `briefkit/compiled_records.py` from the package's records."""
    from pathlib import Path

    import briefkit.records as registered  # run as __main__, this module is a second copy

    text = registered.generate(registered.package_records())
    path = Path(__file__).parent / "compiled_records.py"
    path.write_text(text, "utf-8")
    print(f"wrote {path}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
