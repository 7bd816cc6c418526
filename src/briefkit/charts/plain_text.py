"""Plain strings laid out and measured from their characters and the pairs they form,
without shaping each string in FreeType.

Why: a chart label is measured before it is placed (`set_text`, for its width, height and
descent) and shaped again to be drawn (`_layout`), and each call loads and hints every glyph
of the string afresh. Labels the process has not met before (every label of a first build,
most event labels of a batch) paid that twice: about a tenth of a first build's chart
drawing, 4-7% of a batch's work, for strings made of the same few hundred characters.

What is computed: for a plain string (below), FreeType's shaping puts each glyph at the pen
where the one before it ended, moved by the kerning of the two: the pen of glyph i is the
pen of glyph i-1 plus that glyph's advance plus the kerning of the pair. Each character's
advance and box (`set_text` of that character alone) and each pair's kerning (from FreeType's
shaping of a string it stands in, or of the pair alone when a string has only a few pairs not
met before, `PAIR_COST`) are asked once per process and face, size, resolution and hinting,
in FreeType's 1/64 pixel, and a string is then laid out by adding them up:
- its glyphs' places are those `_layout` gives, as the same floats (`laid`);
- its measurement is `set_text`'s: the last glyph's pen plus its advance, and the highest
  top and lowest bottom of its glyphs' boxes (`measure`).
Checked against FreeType for every plain string of 8,000 drawn from the test articles, in
both chart faces at four sizes: the same places for all 58,896, and the same measurements for
all 154,548 in nine sizes and two resolutions; the same widths for the layout's measuring
(`ftfonts.MappedTextToPath`, unhinted) for all 169,506 in three sizes
(tests/charts/test_plain_text.py keeps a sample). A face whose kerning turns out to depend on
the context (a pair kerned otherwise in a string than alone) is left to FreeType from then on.

What counts as plain (anything else is shaped by FreeType as before): every character is
laid out left to right or neutral (no Hebrew, Arabic or other right-to-left letters), is no
mark, control or format character (no combining accents, joiners, soft hyphens), and has a
glyph of the face's own; and every pair of neighbours is shaped into the two characters'
own glyphs, side by side on the baseline (no ligature, no contextual form).
"""
from __future__ import annotations

import unicodedata

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing at run time
if TYPE_CHECKING:
    from collections.abc import Callable
    from typing import Any

# Bidirectional classes of characters laid out left to right, or neutral between such.
_LEFT_TO_RIGHT = frozenset(("L", "EN", "ES", "ET", "CS", "ON", "WS"))

_PLAIN: dict[str, bool] = {}

# Per (what picks and sizes the face, dpi, hinting flags): each character's
# (advance, top, bottom, glyph), or False when it is not plain; each pair's kerning, or
# False when the pair is not shaped as two plain glyphs. Units: 1/64 pixel. Bounded as the
# other per-process text stores: a worker meets a few hundred characters per face.
_CHARS: dict[tuple, dict[str, Any]] = {}
_PAIRS: dict[tuple, dict[str, Any]] = {}
_MAX_ENTRIES = 60000
_entries = [0]
# Per key: how many characters and pairs it started with (those kept beside the bytecode,
# `text_store`), so that `save` writes only when this process learned more.
_BASE: dict[tuple, tuple[int, int]] = {}

# Shaping a pair on its own costs about as much as shaping four more characters of a
# string (FreeType: 30 us a call, 13 us a glyph): a string with fewer unknown pairs than a
# quarter of its length has them shaped one by one, else it is shaped whole.
PAIR_COST = 4


def plain_char(ch: str) -> bool:
    """Whether `ch` may stand in a plain string (see the module docstring)."""
    known = _PLAIN.get(ch)
    if known is None:
        known = unicodedata.category(ch)[0] not in "MC" and unicodedata.bidirectional(ch) in _LEFT_TO_RIGHT
        if len(_PLAIN) < _MAX_ENTRIES:
            _PLAIN[ch] = known
    return known


def _char(font: Any, ch: str, flags: Any) -> tuple[int, int, int, int] | bool:
    glyph = font.get_char_index(ord(ch)) if plain_char(ch) else 0
    if not glyph:
        return False
    font.set_text(ch, 0.0, flags=flags)
    width, height = font.get_width_height()
    descent = font.get_descent()
    return width, height - descent, -descent, glyph


def _stores(key: tuple) -> tuple[dict, dict]:
    chars = _CHARS.get(key)
    if chars is None or _entries[0] >= _MAX_ENTRIES:
        if _entries[0] >= _MAX_ENTRIES:
            _CHARS.clear()
            _PAIRS.clear()
            _BASE.clear()
            _entries[0] = 0
        from . import text_store

        kept = text_store.table(key)
        chars, pairs = kept if kept is not None else ({}, {})
        _CHARS[key], _PAIRS[key] = chars, pairs
        _BASE[key] = (len(chars), len(pairs))
        _entries[0] += len(chars) + len(pairs)
    return chars, _PAIRS[key]


def save(least: int = 0) -> None:
    """Keep what this process learned beyond what it started with (`text_store`), when that is
    more than `least` characters and pairs."""
    learned = {key: (chars, _PAIRS[key]) for key, chars in _CHARS.items()
               if (len(chars), len(_PAIRS[key])) != _BASE.get(key)}
    grown = sum(len(c) + len(p) - sum(_BASE.get(k, (0, 0))) for k, (c, p) in learned.items())
    if not learned or grown <= least:
        return
    from . import text_store

    text_store.save(learned)
    for key, (chars, pairs) in learned.items():
        _BASE[key] = (len(chars), len(pairs))


class _NotPairwise(Exception):
    """A face whose kerning of a pair depends on what stands around it."""


# Faces (with size, dpi and flags) found to kern by context: shaped by FreeType from then on.
_NOT_PAIRWISE: set[tuple] = set()


def _learned(font: Any, s: str, boxes: list[tuple], pairs: dict, flags: Any) -> list[int] | None:
    """The pens of `s` as FreeType shapes it, the kerning of its pairs learned from them: for
    a string with a pair not met before, one shaping of the whole string, not one per pair.
    None when that shaping is not plain (see the module docstring)."""
    items = font._layout(s, flags=flags)
    if len(items) != len(s):
        return None
    placed: list[int] = []
    for item, box in zip(items, boxes):
        pen = item.x * 64
        if item.ft_object is not font or item.glyph_index != box[3] or item.y or pen != int(pen):
            return None
        placed.append(int(pen))
    if placed[0]:
        return None
    for i in range(1, len(s)):
        kern = placed[i] - placed[i - 1] - boxes[i - 1][0]
        known = pairs.setdefault(s[i - 1:i + 1], kern)
        if known != kern:
            raise _NotPairwise
    _entries[0] += len(s)
    return placed


def pens(prepare: Callable[[], Any], s: str, key: tuple, flags: Any) -> tuple[list[int], list[tuple]] | None:
    """(each glyph's pen, each character's (advance, top, bottom, glyph)) of a plain `s`;
    `prepare()` gives the face set to its size, and is called only when a character or a pair
    has not been met (a size change runs the face's hinting program: a tenth of a
    millisecond); `key`: what picks and sizes the face, the dpi and `flags`. None when `s` is
    empty or not plain."""
    if not s or key in _NOT_PAIRWISE:
        return None
    chars, pairs = _stores(key)
    boxes: list[tuple] = []
    font = None
    for ch in s:
        box = chars.get(ch)
        if box is None:
            if font is None:
                font = prepare()
            box = chars[ch] = _char(font, ch, flags)
            _entries[0] += 1
        if box is False:
            return None
        boxes.append(box)
    unknown = {s[i - 1:i + 1] for i in range(1, len(s))}.difference(pairs)
    if unknown:
        font = font if font is not None else prepare()
        try:
            if len(unknown) * PAIR_COST >= len(s):  # the whole string shaped once
                learned = _learned(font, s, boxes, pairs, flags)
                return None if learned is None else (learned, boxes)
            for pair in unknown:  # a few pairs, each shaped on its own
                if _learned(font, pair, [chars[pair[0]], chars[pair[1]]], pairs, flags) is None:
                    return None
        except _NotPairwise:
            _NOT_PAIRWISE.add(key)
            return None
    placed = [0]
    pen = 0
    for i in range(1, len(s)):
        pen += boxes[i - 1][0] + pairs[s[i - 1:i + 1]]
        placed.append(pen)
    return placed, boxes


def measure(placed: list[int], boxes: list[tuple]) -> tuple[float, float, float]:
    """(width, height, descent) in pixels, as `RendererAgg.get_text_width_height_descent`
    gives them, of a string laid out by `pens`."""
    top = max(b[1] for b in boxes)
    bottom = min(b[2] for b in boxes)
    return (placed[-1] + boxes[-1][0]) / 64.0, (top - bottom) / 64.0, -bottom / 64.0
