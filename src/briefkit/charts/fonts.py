"""Which font the charts draw with, and making sure it has every glyph we ask of it.

Charts use DejaVu Sans because it ships inside matplotlib (no system font lookup, so the
output is the same on every machine) and covers Latin with diacritics, Cyrillic and
Georgian, the scripts our seeds carry. Text is checked against the font's own cmap before
it is drawn: a character the font lacks is replaced by U+FFFD, which DejaVu has, so a
reader sees a visible replacement mark instead of an empty "tofu" box that looks like a
rendering bug. Nothing here imports matplotlib's pyplot: `matplotlib.get_data_path` finds the
bundled files and the FreeType face the charts are drawn with gives the character map, both
imported only when asked for.
"""
from __future__ import annotations

import functools
import os
from pathlib import Path

FAMILY = "DejaVu Sans"
REGULAR = "DejaVuSans.ttf"
BOLD = "DejaVuSans-Bold.ttf"
REPLACEMENT = "\ufffd"


def font_path(bold: bool = False) -> Path:
    """Path of the bundled DejaVu Sans face (regular or bold)."""
    import matplotlib

    return Path(matplotlib.get_data_path()) / "fonts" / "ttf" / (BOLD if bold else REGULAR)


@functools.lru_cache(maxsize=2)
def _face(bold: bool):
    """The FreeType face the charts are drawn with (`ftfonts`), kept to ask its character map
    one code point at a time. Why not the map as a set: a frozenset of DejaVu's 6,000-odd
    code points is about 0.4 MB a face, kept for the life of a batch worker, for answers
    FreeType gives in a call (`get_char_index`, 0 for a code point the face does not map)."""
    from .ftfonts import get_font

    return get_font(os.fspath(font_path(bold)))


def has_glyph(ch: str, bold: bool = False) -> bool:
    """True when the face maps `ch` to a glyph (whitespace and controls count as drawn)."""
    if ch in "\n\t ":
        return True
    return _face(bold).get_char_index(ord(ch)) != 0


def missing(text: str, bold: bool = False) -> set[str]:
    """The characters of `text` the face cannot draw."""
    return {ch for ch in text if not has_glyph(ch, bold)}


@functools.lru_cache(maxsize=2)
def _draws_ascii(bold: bool) -> bool:
    """Whether the face maps every printable ASCII character (DejaVu does)."""
    return all(has_glyph(chr(c), bold) for c in range(0x20, 0x7F))


def drawable(text: str, bold: bool = False) -> str:
    """`text` with every character the face lacks replaced by U+FFFD; control chars dropped.
    A text of printable ASCII, most of a chart's, is returned as it is when the face draws all
    of it (asked once per face), without a question per character (a chart's labels asked
    about 7,000)."""
    if text.isascii() and text.isprintable() and _draws_ascii(bold):
        return text
    out = []
    for ch in text:
        if ch == "\n":
            out.append(ch)
        elif ord(ch) < 32 or 0x7F <= ord(ch) < 0xA0:
            continue
        elif has_glyph(ch, bold):
            out.append(ch)
        else:
            out.append(REPLACEMENT)
    return "".join(out)
