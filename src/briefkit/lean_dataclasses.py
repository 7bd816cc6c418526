"""The standard library's `dataclasses`, imported without `inspect` until something asks it for
a signature. briefkit imports dataclasses here and nowhere else (`records` re-exports what the
package uses; a test checks that no other module imports it).

Why: `dataclasses` imports `inspect` (and with it ast, dis, tokenize, linecache, about 9 ms on
this project's machine) for one use: writing "Name(field, ...)" into the docstring of a
dataclass that has none. briefkit's records never get there (`records` gives an undocumented
record a placeholder docstring while it is made), so a rebuild whose outputs all come from the
build's cache, about 100 ms as a whole process, paid a tenth of its time for a module it never
used. A build that draws or lays out loads inspect anyway (pydantic, Jinja2): nothing changes
there.

What changes: while `dataclasses` is imported, a stand-in answers for `inspect`, a module whose
attributes are the real module's, imported on first access. The stand-in is removed from
`sys.modules` right after, so `import inspect` anywhere later is the real module; only
dataclasses holds the stand-in, and its first `inspect.signature` imports the real inspect and
gets the very same function. Dataclasses behave exactly as before.

Guarded: if dataclasses or inspect is loaded already, it is imported as usual.
"""
from __future__ import annotations

import sys
import types


class _Deferred(types.ModuleType):
    """Stands for `inspect` inside dataclasses; any attribute is the real module's."""

    def __getattr__(self, name: str) -> object:
        if name.startswith("__"):  # module machinery (__spec__, __path__...) is not deferred
            raise AttributeError(name)
        import importlib

        return getattr(importlib.import_module("inspect"), name)


def load() -> types.ModuleType:
    """The `dataclasses` module, imported with the stand-in for `inspect` when neither is loaded."""
    if "dataclasses" in sys.modules or "inspect" in sys.modules:
        import dataclasses

        return dataclasses
    stand_in = _Deferred("inspect")
    sys.modules["inspect"] = stand_in
    try:
        import dataclasses
    finally:
        if sys.modules.get("inspect") is stand_in:
            del sys.modules["inspect"]
    return dataclasses
