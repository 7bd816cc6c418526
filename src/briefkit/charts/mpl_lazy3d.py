"""Import matplotlib without its 3D toolkit, which loads only when a 3D axes is made.

Why: `matplotlib.projections` imports `mpl_toolkits.mplot3d` (axes3d, axis3d, art3d, proj3d)
for the single purpose of registering the "3d" projection. briefkit draws flat charts only,
yet every process that draws one (a cold build, each batch worker) paid about 12 ms for it,
and its modules stayed in memory.

What changes: while `matplotlib.projections` is imported, a stand-in module answers for
`mpl_toolkits.mplot3d`; it offers a placeholder `Axes3D` that registers as the "3d"
projection. The stand-in is removed from `sys.modules` right after, so an
`import mpl_toolkits.mplot3d` later loads the real toolkit, and `add_subplot(projection="3d")`
still works: the placeholder imports the real `Axes3D`, registers it in its place and returns a
real 3D axes. 2D drawing never touches either, so charts keep the very same pixels.

Guarded: if matplotlib's projections or the toolkit are already loaded, nothing is replaced.
Import this module only where `matplotlib.figure` is about to load anyway (`render.new_figure`
making a Figure for an SVG; a PNG is drawn on a `sheet.Sheet`, which loads neither), after
`mpl_import`.
"""
from __future__ import annotations

import sys
import types
from typing import Any

_TOOLKIT = "mpl_toolkits.mplot3d"


class _Axes3DPlaceholder:
    """Stands for `mpl_toolkits.mplot3d.Axes3D` in the projection registry until a 3D axes is
    asked for; then the real class replaces it there and makes the axes."""

    name = "3d"

    def __new__(cls, *args: Any, **kwargs: Any) -> Any:
        from matplotlib import projections
        from mpl_toolkits.mplot3d import Axes3D  # the real toolkit: the stand-in is gone

        projections.register_projection(Axes3D)
        return Axes3D(*args, **kwargs)


def import_projections_without_3d() -> bool:
    """Import `matplotlib.projections` with the stand-in toolkit; True when it was used."""
    if "matplotlib.projections" in sys.modules or _TOOLKIT in sys.modules:
        return False
    stand_in = types.ModuleType(_TOOLKIT)
    stand_in.Axes3D = _Axes3DPlaceholder  # type: ignore[attr-defined]
    sys.modules[_TOOLKIT] = stand_in
    try:
        import matplotlib.projections  # noqa: F401
    finally:
        if sys.modules.get(_TOOLKIT) is stand_in:
            del sys.modules[_TOOLKIT]
    return True


import_projections_without_3d()
