"""`@record`: dataclasses whose methods ship compiled (`briefkit.records`). A record behaves as
the standard library's dataclass with the same fields and options, takes its methods from the
generated module only for the spec they were made for, and the committed module is what the
package's records generate."""
from __future__ import annotations

import dataclasses
import inspect
import pickle
import sys
import textwrap
import types
from dataclasses import field
from pathlib import Path

import pytest

from briefkit import records

BODY = '''
from __future__ import annotations
from dataclasses import field


class Empty:
    """Nothing."""


class Plain:
    """Required and defaulted fields."""

    name: str
    count: int = 0
    tags: list[str] = field(default_factory=list)
    note: str | None = None


class Flags:
    """Field options."""

    a: int
    hidden: str = field(default="h", repr=False)
    loose: float = field(default=1.0, compare=False)
    built: list = field(default_factory=lambda: [1], init=False)
    fixed: int = field(default=7, init=False)
    unhashed: int = field(default=3, hash=False)

    def twice(self) -> int:
        return self.a * 2
'''
OPTIONS = [dict(), dict(frozen=True), dict(frozen=True, eq=False), dict(eq=False)]


_NAMES = iter(range(10**6))


def _raw_classes() -> tuple[str, dict[str, type]]:
    """The classes of BODY, undecorated, in a module of their own (pickle finds them there)."""
    module = types.ModuleType(f"briefkit_records_test_{next(_NAMES)}")
    sys.modules[module.__name__] = module
    exec(textwrap.dedent(BODY), module.__dict__)
    out = {}
    for name in ("Empty", "Plain", "Flags"):
        cls = module.__dict__[name]
        cls.__module__ = module.__name__
        out[name] = cls
    return module.__name__, out


def _shipped_for(monkeypatch, classes_spec: dict[str, tuple]) -> None:
    """Generated code for `classes_spec` ({key: spec}) loaded as the shipped module."""
    module = types.ModuleType(records.MODULE)
    source = "\n".join(["from briefkit.records import HAS_DEFAULT_FACTORY as _F, Frozen as _Frozen, "
                        "recursive_repr as _recursive_repr"]
                       + [records.factory_source(k, s) for k, s in classes_spec.items()])
    exec(source, module.__dict__)
    module.SPECS = dict(classes_spec)
    monkeypatch.setitem(sys.modules, records.MODULE, module)
    monkeypatch.setattr(records, "_shipped", lambda: module.SPECS)


def _twins(monkeypatch, options: dict) -> tuple[dict[str, type], dict[str, type]]:
    """The classes of BODY made by `dataclasses.dataclass(**options)` and as records."""
    _, raw = _raw_classes()
    std = {n: dataclasses.dataclass(c, **options) for n, c in raw.items()}
    frozen, eq = options.get("frozen", False), options.get("eq", True)
    module, raw = _raw_classes()
    _shipped_for(monkeypatch, {f"{module}.{n}": records.spec(c, frozen, eq) for n, c in raw.items()})
    rec = {n: records.record(c, frozen=frozen, eq=eq) for n, c in raw.items()}
    for cls in rec.values():
        assert cls.__init__.__module__ == records.MODULE, "the shipped code was used"
    return std, rec


def _samples(classes: dict[str, type]) -> list:
    return [classes["Empty"](), classes["Plain"]("x"), classes["Plain"]("y", 2, ["t"], "n"),
            classes["Flags"](1), classes["Flags"](2, "other", 9.5, unhashed=4)]


@pytest.mark.parametrize("options", OPTIONS, ids=lambda o: ",".join(f"{k}={v}" for k, v in o.items()) or "plain")
def test_a_record_behaves_as_the_dataclass_it_stands_for(monkeypatch, options: dict) -> None:
    std, rec = _twins(monkeypatch, options)
    for s, r in zip(_samples(std), _samples(rec)):
        assert repr(s).split("(", 1)[1] == repr(r).split("(", 1)[1]
        assert type(s).__qualname__ == type(r).__qualname__
        assert dataclasses.asdict(s) == dataclasses.asdict(r)
        assert [f.name for f in dataclasses.fields(s)] == [f.name for f in dataclasses.fields(r)]
        assert type(s).__match_args__ == type(r).__match_args__
        assert str(inspect.signature(type(s))) == str(inspect.signature(type(r)))
        assert type(r).__init__.__qualname__ == f"{type(r).__qualname__}.__init__"
        assert (type(s).__hash__ is None) == (type(r).__hash__ is None)
        copy = pickle.loads(pickle.dumps(r))
        assert type(copy) is type(r) and dataclasses.asdict(copy) == dataclasses.asdict(r)
        if options.get("eq", True):
            assert copy == r and (r == s) is False  # same fields, but not the same class
        else:
            assert copy != r and r == r
        if options.get("frozen"):
            name = dataclasses.fields(r)[0].name if dataclasses.fields(r) else "x"
            with pytest.raises(dataclasses.FrozenInstanceError, match="cannot assign to field"):
                setattr(r, name, 1)
            with pytest.raises(dataclasses.FrozenInstanceError, match="cannot delete field"):
                delattr(r, name)
        elif dataclasses.fields(r):
            first = dataclasses.fields(r)[0].name
            setattr(r, first, getattr(s, first))
    if options.get("frozen") and options.get("eq", True):
        for s, r in zip(_samples(std), _samples(rec)):
            try:
                expected = hash(s)
            except TypeError:  # a list among the fields
                with pytest.raises(TypeError):
                    hash(r)
            else:
                assert hash(r) == expected  # the same tuple of fields
    a, b = rec["Plain"]("x"), rec["Plain"]("x")
    assert a.tags is not b.tags  # a factory per instance
    assert rec["Flags"](1).built == [1] and rec["Flags"](1).fixed == 7
    assert rec["Flags"](1).twice() == 2
    assert dataclasses.replace(rec["Plain"]("x", 1), count=5) == rec["Plain"]("x", 5) or not options.get("eq", True)
    if options.get("eq", True):
        assert rec["Flags"](1, loose=2.0) == rec["Flags"](1, loose=3.0)  # compare=False
        assert rec["Flags"](1) != rec["Flags"](2)


def test_recursion_in_a_repr_shows_as_dots(monkeypatch) -> None:
    std, rec = _twins(monkeypatch, {})
    s, r = std["Plain"]("x"), rec["Plain"]("x")
    s.tags.append(s)
    r.tags.append(r)
    assert repr(s).split("(", 1)[1] == repr(r).split("(", 1)[1]
    assert "..." in repr(r)


def test_a_changed_class_is_made_by_dataclasses(monkeypatch) -> None:
    """A class whose fields no longer match the spec its code was generated for gets the
    standard library's methods, never code made for other fields."""
    module, raw = _raw_classes()
    old = (False, True, (("name", "str", False, False, True, True, True, None),))  # before `count` and the rest
    _shipped_for(monkeypatch, {f"{module}.Plain": old})
    made = records.record(raw["Plain"])
    assert made("x", 2).count == 2 and made("x").tags == []
    assert made.__init__.__module__ == module  # dataclasses' own, compiled here

    _shipped_for(monkeypatch, {f"{module}.Flags": records.spec(raw["Flags"], False, True)})
    assert records.record(raw["Flags"]).__init__.__module__ == records.MODULE
    assert records.spec(type("Local", (), {"__qualname__": "f.<locals>.Local"}), False, True) is None


def test_every_record_of_the_package_takes_the_committed_code() -> None:
    """Edit a record's fields and this fails until `python -m briefkit.records` has written
    `briefkit/compiled_records.py` again; the build itself would not use stale code (the spec
    no longer matches) but would pay for compiling the methods in every process. Run in a
    process of its own, as the generator is: it imports every module of the package."""
    import json
    import subprocess

    code = textwrap.dedent("""
        import json, sys
        from briefkit import records
        found = records.package_records()
        served = [c.__qualname__ for c in found if c.__init__.__module__ == records.MODULE]
        print(json.dumps([records.generate(found), len(found), len(served)]))
    """)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    expected, found, served = json.loads(out)
    committed = (Path(records.__file__).parent / "compiled_records.py").read_text("utf-8")
    assert committed == expected, "run: python -m briefkit.records"
    assert served == found > 60


def test_a_record_without_a_docstring_is_made_without_working_out_a_signature(monkeypatch) -> None:
    """Without an `__init__` yet, dataclasses works out "Name()" for a class without a
    docstring by a slow path that copies `sys.modules` (a batch worker held a megabyte more):
    such a record keeps no docstring, and its methods are the shipped ones all the same."""
    module = types.ModuleType(f"briefkit_records_test_{next(_NAMES)}")
    sys.modules[module.__name__] = module
    exec("from __future__ import annotations\nclass Plain:\n    count: int = 0\n", module.__dict__)
    raw = {"Plain": module.Plain}
    raw["Plain"].__module__ = module.__name__
    module = module.__name__
    _shipped_for(monkeypatch, {f"{module}.Plain": records.spec(raw["Plain"], False, True)})

    def refuse(*_a, **_k):
        raise AssertionError("inspect.signature was asked")

    monkeypatch.setattr(dataclasses.inspect, "signature", refuse)
    made = records.record(raw["Plain"])
    assert made.__doc__ is None and made.__init__.__module__ == records.MODULE
    assert made().count == 0 and made(3) == made(3)
