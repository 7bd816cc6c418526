"""FreeType faces that read their font files through a memory map, not a Python file object.

Why: matplotlib's FT2Font, given a path, opens the file as a Python file object, and FreeType
reads every table and glyph outline it needs through a callback that seeks that object and
reads from it: a system call or two each time. A cold build of the seed made 170,000 `lseek`
and 75,000 `read` calls on DejaVu Sans alone, and FreeType's work (shaping, measuring and
rendering the charts' text) is most of a chart's drawing time. Handed a memory map of the same
file (which offers the `seek` and `read` the callback calls), the same FT2Font reads the same
bytes without a system call: FreeType's text work took 2.3 times less time in isolation, and
a fixture article's build about a tenth less CPU, with the very same pixels (the same bytes
through the same FreeType calls).

What: `get_font` is `matplotlib.font_manager.get_font` (the same faces, fallback list, Last
Resort font, charmap and transform, one set per thread and none carried into a forked child)
with every face read through a map. Only the chart drawing asks for faces here (`agg_text`'s
renderer for the pictures, `text_to_path` for the widths the layout measures).
matplotlib's own `get_font` is left as it is for any other code in the process: a face made
here has a map, not a path, as its `fname`, which matplotlib's PDF and PostScript backends
read as a path.

Why a map and not the file's bytes: a page of the file is read only when FreeType touches it
and is shared with every process that maps it (the halves of a build, a batch's workers),
where a copy would put the whole file (0.7 MB a face) on each process's heap.

Guarded: the faces are made as matplotlib's `_get_font` of the version this was written
against makes them; with another shape of it (a matplotlib before 3.11 or after a change),
`get_font` is matplotlib's own and nothing changes but the speed.
"""
from __future__ import annotations

import inspect
import mmap
import os
import threading
from typing import Any

import matplotlib as mpl
from matplotlib import cbook, ft2font
from matplotlib import font_manager as fm
from matplotlib.textpath import TextToPath

from . import plain_text

# The parameters of the `_get_font` that `_make` mirrors (matplotlib 3.11).
_MIRRORED = ("font_filepaths", "_kerning_factor", "thread_id", "enable_last_resort")
_MAX_FONTS = 64  # as matplotlib's cache of faces
_FONTS: dict[tuple, Any] = {}


def _mirrors() -> bool:
    """Whether this matplotlib's `_get_font` is the one `_make` mirrors."""
    original = getattr(getattr(fm, "_get_font", None), "__wrapped__", None)
    try:
        return original is not None and hasattr(fm, "FontPath") \
            and tuple(inspect.signature(original).parameters) == _MIRRORED
    except (TypeError, ValueError):  # pragma: no cover - not a plain function any more
        return False


MAPPED = _mirrors()


def _mapped(path: str) -> mmap.mmap:
    """A read-only map of the file at `path` (the file descriptor is closed: the map keeps
    the file)."""
    with open(path, "rb") as fh:
        return mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ)


def _face(path: str, **kwargs: Any) -> Any:
    return ft2font.FT2Font(_mapped(path), **kwargs)


def _make(font_filepaths: tuple, kerning_factor: Any, enable_last_resort: bool) -> Any:
    """matplotlib 3.11's `font_manager._get_font`, every face read through a map."""
    (first_fontpath, first_fontindex), *rest = font_filepaths
    fallback_list = [_face(fpath, face_index=index, _kerning_factor=kerning_factor) for fpath, index in rest]
    last_resort_path = fm._cached_realpath(cbook._get_data_path("fonts", "ttf", "LastResortHE-Regular.ttf"))
    try:
        last_resort_index = font_filepaths.index((last_resort_path, 0))
    except ValueError:
        last_resort_index = -1
        if enable_last_resort:
            fallback_list.append(_face(last_resort_path, _kerning_factor=kerning_factor, _warn_if_used=True))
            last_resort_index = len(fallback_list)
    font = _face(first_fontpath, face_index=first_fontindex, _fallback_list=fallback_list,
                 _kerning_factor=kerning_factor)
    # the Last Resort font's Unicode charmap is empty (see matplotlib's `_get_font`)
    if last_resort_index == 0:
        font.set_charmap(0)
    elif last_resort_index > 0:
        fallback_list[last_resort_index - 1].set_charmap(0)
    return font


def _paths(font_filepaths: Any) -> tuple:
    """((real path, face index), ...) as matplotlib's `get_font` makes of its argument."""
    if isinstance(font_filepaths, fm.FontPath):
        return ((fm._cached_realpath(font_filepaths.path), font_filepaths.face_index),)
    if isinstance(font_filepaths, (str, bytes, os.PathLike)):
        return ((fm._cached_realpath(font_filepaths), 0),)
    return tuple((fm._cached_realpath(f.path), f.face_index) if isinstance(f, fm.FontPath)
                 else (fm._cached_realpath(f), 0) for f in font_filepaths)


def get_font(font_filepaths: Any) -> Any:
    """The FT2Font `matplotlib.font_manager.get_font(font_filepaths)` gives, its faces read
    through maps (see the module)."""
    if not MAPPED:
        return fm.get_font(font_filepaths)
    paths = _paths(font_filepaths)
    kerning = mpl.rcParams["text.kerning_factor"]
    last_resort = mpl.rcParams["font.enable_last_resort"]
    # per thread too, as matplotlib's: a face is not safe to use from two threads at once
    key = (paths, kerning, threading.get_ident(), last_resort)
    font = _FONTS.get(key)
    if font is None:
        if len(_FONTS) >= _MAX_FONTS:
            _FONTS.clear()
        font = _FONTS[key] = _make(paths, kerning, last_resort)
    font._set_transform([[0x10000, 0], [0, 0x10000]], [0, 0])
    return font


if hasattr(os, "register_at_fork"):
    # as matplotlib empties its cache of faces in a forked child
    os.register_at_fork(after_in_child=_FONTS.clear)


class MappedTextToPath(TextToPath):
    """matplotlib's `TextToPath` with its faces from `get_font`, measuring a plain string
    from its characters and pairs (`plain_text`): the charts' wrapping measures words and
    lines by the hundred, each loading every glyph afresh."""

    def _get_font(self, prop: Any) -> Any:
        font = get_font(fm.fontManager._find_fonts_by_props(prop))
        font.set_size(self.FONT_SCALE, self.DPI)
        return font

    def get_text_width_height_descent(self, s: str, prop: Any, ismath: Any) -> tuple[float, float, float]:
        if ismath:
            return super().get_text_width_height_descent(s, prop, ismath)
        files = tuple(fm.fontManager._find_fonts_by_props(prop))
        laid = plain_text.pens(lambda: self._get_font(prop), s,
                               (files, self.FONT_SCALE, self.DPI, ft2font.LoadFlags.NO_HINTING),
                               ft2font.LoadFlags.NO_HINTING)
        if laid is None:
            return super().get_text_width_height_descent(s, prop, ismath)
        # as `TextToPath.get_text_width_height_descent` computes them, from the same integers
        scale = prop.get_size_in_points() / self.FONT_SCALE
        width, height, descent = plain_text.measure(*laid)
        return width * scale, height * scale, descent * scale


text_to_path = MappedTextToPath()
