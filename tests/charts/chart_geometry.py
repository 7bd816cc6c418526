"""Measuring what matplotlib actually rendered: text and patch extents in points.

Extents come from the Agg renderer at 300 dpi (the PNG's resolution), converted to points,
so the tests judge the drawn glyphs, not the layout's own arithmetic.
"""
from __future__ import annotations

from typing import Any

from matplotlib.transforms import Bbox

DPI = 300


def renderer(fig: Any) -> Any:
    fig.set_dpi(DPI)
    return fig.canvas.get_renderer()


def extent(artist: Any, r: Any) -> Bbox:
    """Window extent of `artist` in points (origin bottom-left of the figure)."""
    bb = artist.get_window_extent(r)
    k = 72.0 / DPI
    return Bbox.from_extents(bb.x0 * k, bb.y0 * k, bb.x1 * k, bb.y1 * k)


def overlap(a: Bbox, b: Bbox, tol: float = 0.05) -> bool:
    """True when the interiors intersect by more than `tol` points each way."""
    return (min(a.x1, b.x1) - max(a.x0, b.x0) > tol) and (min(a.y1, b.y1) - max(a.y0, b.y0) > tol)


def inside(a: Bbox, outer: Bbox, tol: float = 0.05) -> bool:
    return (a.x0 >= outer.x0 - tol and a.y0 >= outer.y0 - tol and a.x1 <= outer.x1 + tol
            and a.y1 <= outer.y1 + tol)


def figure_box(fig: Any) -> Bbox:
    w, h = fig.get_size_inches()
    return Bbox.from_extents(0, 0, w * 72.0, h * 72.0)


def overlapping_pairs(boxes: list[tuple[str, Bbox]]) -> list[tuple[str, str]]:
    out = []
    for i, (na, a) in enumerate(boxes):
        for nb, b in boxes[i + 1:]:
            if overlap(a, b):
                out.append((na, nb))
    return out
