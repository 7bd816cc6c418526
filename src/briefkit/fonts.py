"""Font files and glyph coverage, shared by the PDF writer and anything else that embeds fonts.

briefkit needs Unicode TrueType fonts on every machine without asking users to install
any: matplotlib (already a dependency for the charts) ships the DejaVu family, which covers
Latin with diacritics, Cyrillic, Greek and Georgian. We locate those files without
importing matplotlib, so the CLI stays fast.
"""
from __future__ import annotations

import importlib.util
from functools import lru_cache
from pathlib import Path

from .errors import RenderError

BUNDLED = {
    "serif": "DejaVuSerif.ttf",
    "serif-bold": "DejaVuSerif-Bold.ttf",
    "serif-italic": "DejaVuSerif-Italic.ttf",
    "serif-bold-italic": "DejaVuSerif-BoldItalic.ttf",
    "sans": "DejaVuSans.ttf",
    "sans-bold": "DejaVuSans-Bold.ttf",
    "sans-italic": "DejaVuSans-Oblique.ttf",
    "sans-bold-italic": "DejaVuSans-BoldOblique.ttf",
    "mono": "DejaVuSansMono.ttf",
}

# System fonts tried, in order, for characters no configured font has. TrueType outlines only:
# ReportLab embeds no CFF fonts, so Noto's CJK collection (OpenType/CFF) cannot serve; Droid
# Sans Fallback (Debian's fonts-droid-fallback) is TrueType and covers Chinese and Japanese, and
# Nanum Gothic (fonts-nanum) Korean's Hangul. The scripts of South and South-East Asia and
# Ethiopia come from Debian's fonts-noto-core, one file a script; the PDF writer shapes them
# (`writers.pdf_scripts`). Arabic and Hebrew need none of these: the bundled DejaVu Sans has them.
_NOTO = "/usr/share/fonts/truetype/noto/NotoSans{}-Regular.ttf"
SYSTEM_FALLBACKS = (
    "/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf",
    *(_NOTO.format(script) for script in (
        "Devanagari", "Bengali", "Gurmukhi", "Gujarati", "Oriya", "Tamil", "Telugu", "Kannada", "Malayalam",
        "Sinhala", "Thai", "Lao", "Myanmar", "Khmer", "Ethiopic", "Thaana", "Arabic", "Hebrew")),
    "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
    "/usr/share/fonts/truetype/nanum/NanumGothic.ttf",
    "/usr/share/fonts/truetype/freefont/FreeSans.ttf",
)


_JOINERS = frozenset("\u200c\u200d")  # zero-width non-joiner and joiner


def _attaches(ch: str) -> bool:
    """A combining mark or a format character (a joiner): drawn with the letter before it."""
    import unicodedata

    return unicodedata.category(ch) in ("Mn", "Mc", "Me", "Cf")


@lru_cache(maxsize=1)
def bundled_font_dir() -> Path:
    spec = importlib.util.find_spec("matplotlib")
    if spec is None or not spec.submodule_search_locations:
        raise RenderError("matplotlib is not installed; it provides briefkit's default fonts")
    return Path(list(spec.submodule_search_locations)[0]) / "mpl-data" / "fonts" / "ttf"


def bundled_font(key: str) -> Path:
    path = bundled_font_dir() / BUNDLED[key]
    if not path.is_file():
        raise RenderError(f"bundled font missing: {path}")
    return path


@lru_cache(maxsize=64)
def coverage(path: str) -> frozenset[int]:
    """Code points the font has a glyph for; kept in the build's font cache, as reading a
    character map means importing fontTools and parsing tables (tens of milliseconds)."""
    from .caches import folder

    cache = folder("fonts")
    if cache is None:
        return _read_coverage(path)
    from .font_coverage_cache import cached_coverage

    return cached_coverage(cache, path, _read_coverage)


def _read_coverage(path: str) -> frozenset[int]:
    from fontTools.ttLib import TTFont

    try:
        with TTFont(path, fontNumber=0, lazy=True) as font:
            return frozenset(font.getBestCmap() or {})
    except Exception:  # a broken font file is a user error, not a crash
        raise unusable_font(path) from None


def unusable_font(path: str) -> RenderError:
    """The error for a font file a parser refused: it names the file and never repeats the
    parser's complaint, which can quote the file's first bytes (ReportLab's 'version=0x726F6F74'
    is the 'root' that opens /etc/shadow)."""
    return RenderError("not a usable TrueType font", file=path)


def available_fallbacks(configured: tuple[str, ...] = ()) -> list[str]:
    """Fallback fonts that exist on this machine: the theme's first, then system ones."""
    out = [str(bundled_font("sans"))]
    out += [p for p in configured if Path(p).is_file()]
    out += [p for p in SYSTEM_FALLBACKS if Path(p).is_file() and not p.endswith(".ttc")]
    return list(dict.fromkeys(out))


def split_by_font(text: str, primary: str, fallbacks: list[str]) -> list[tuple[str, str | None]]:
    """Split text into (segment, font) runs: None means the primary font has every glyph.

    Characters no font has stay with the primary font (and would show as missing glyphs);
    whitespace and controls never force a switch. A combining mark or a joiner stays in the
    run of the letter it follows when that run's font has it (a joiner always): a Devanagari
    conjunct written with a zero-width joiner is shaped as one cluster, in one font.
    """
    prim = coverage(primary)
    if prim.issuperset(map(ord, text)):  # the common case, tested in C: one run, no fallback
        return [(text, None)] if text else []
    out: list[tuple[str, str | None]] = []
    for ch in text:
        cp = ord(ch)
        font: str | None = None
        before = out[-1][1] if out else None
        if before is not None and _attaches(ch) and (ch in _JOINERS or cp in coverage(before)):
            font = before
        elif cp not in prim and not ch.isspace():
            for fb in fallbacks:
                if cp in coverage(fb):
                    font = fb
                    break
        if out and out[-1][1] == font:
            out[-1] = (out[-1][0] + ch, font)
        else:
            out.append((ch, font))
    return out
