"""House style shared by every writer: page, fonts, colours, marking and organisation.

A theme is a TOML file; every key is optional and falls back to the default below, so a
newsroom can change only its colours or only its marking line. Both writers read the same
Theme, which is why it lives outside `writers/`.
"""
from __future__ import annotations

import tomllib
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from .errors import BuildError

PAGE_SIZES_MM: dict[str, tuple[float, float]] = {
    "A4": (210.0, 297.0),
    "LETTER": (215.9, 279.4),
}


@dataclass(frozen=True)
class Colours:
    text: str = "#1b1f24"
    accent: str = "#1f4e79"
    muted: str = "#5b6670"
    rule: str = "#c9d1d9"
    callout_bg: str = "#eef3f8"
    table_header_bg: str = "#e4ebf2"
    table_stripe_bg: str = "#f6f8fa"


@dataclass(frozen=True)
class Fonts:
    """Font files (TrueType). Empty means the bundled DejaVu faces that ship with matplotlib."""

    body: str = ""
    body_bold: str = ""
    body_italic: str = ""
    body_bold_italic: str = ""
    heading: str = ""
    heading_bold: str = ""
    mono: str = ""
    # Tried in order for characters the main fonts lack (e.g. Georgian, CJK).
    fallbacks: tuple[str, ...] = ()
    body_size: float = 10.0


@dataclass(frozen=True)
class Theme:
    page_size: str = "A4"
    margins_mm: tuple[float, float, float, float] = (20.0, 20.0, 22.0, 20.0)  # top right bottom left
    colours: Colours = field(default_factory=Colours)
    fonts: Fonts = field(default_factory=Fonts)
    logo: str | None = None
    marking: str | None = None  # e.g. "UNCLASSIFIED // FOR PUBLIC RELEASE"
    organisation: str = ""
    author: str = "briefkit"
    language: str = "en"
    # Charts go into the PDF as 300 dpi PNG by default: converting matplotlib's SVG with
    # svglib costs about half a second per chart, ten times the PNG, for a difference few
    # readers see in print. Set true for vector charts that scale without limit.
    vector_charts: bool = False

    @property
    def page_mm(self) -> tuple[float, float]:
        return PAGE_SIZES_MM[self.page_size.upper()]

    @property
    def frame_width_mm(self) -> float:
        return self.page_mm[0] - self.margins_mm[1] - self.margins_mm[3]


DEFAULT_THEME = Theme()


def _coerce(cls: type, data: dict[str, Any], where: str) -> Any:
    known = {f.name: f for f in fields(cls)}
    unknown = sorted(set(data) - set(known))
    if unknown:
        raise BuildError(f"unknown theme key(s) {', '.join(unknown)} in [{where}]")
    return replace(cls(), **{k: tuple(v) if isinstance(v, list) else v for k, v in data.items()})


def load_theme(path: str | Path | None) -> Theme:
    """Read a theme TOML; relative font and logo paths are taken relative to the file."""
    if path is None:
        return DEFAULT_THEME
    p = Path(path)
    try:
        data = tomllib.loads(p.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise BuildError("theme file not found", file=p) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise BuildError(f"cannot read theme: {exc}", file=p) from None
    except tomllib.TOMLDecodeError as exc:
        raise BuildError(f"invalid TOML: {exc}", file=p) from None
    try:
        colours = _coerce(Colours, data.pop("colours", {}), "colours")
        fonts_data = data.pop("fonts", {})
        for key, value in list(fonts_data.items()):
            if isinstance(value, str) and value and key != "body_size":
                fonts_data[key] = str((p.parent / value).resolve())
            elif key == "fallbacks":
                fonts_data[key] = tuple(str((p.parent / v).resolve()) for v in value)
        fonts = _coerce(Fonts, fonts_data, "fonts")
        if "logo" in data and data["logo"]:
            data["logo"] = str((p.parent / data["logo"]).resolve())
        theme = _coerce(Theme, data, "theme")
    except BuildError as exc:
        raise BuildError(exc.message, file=p) from None
    except (TypeError, ValueError) as exc:
        raise BuildError(f"invalid theme value: {exc}", file=p) from None
    theme = replace(theme, colours=colours, fonts=fonts)
    if theme.page_size.upper() not in PAGE_SIZES_MM:
        raise BuildError(
            f"page_size must be one of {', '.join(PAGE_SIZES_MM)}, not {theme.page_size!r}", file=p
        )
    if len(theme.margins_mm) != 4:
        raise BuildError("margins_mm takes four numbers: top, right, bottom, left", file=p)
    for font_path in [*(getattr(fonts, f.name) for f in fields(Fonts) if f.name not in ("fallbacks", "body_size")), *fonts.fallbacks]:
        if font_path and not Path(font_path).is_file():
            raise BuildError(f"font file not found: {font_path}", file=p)
    if theme.logo and not Path(theme.logo).is_file():
        raise BuildError(f"logo file not found: {theme.logo}", file=p)
    return theme
