"""House style shared by every writer: page, fonts, colours, marking and organisation.

A theme is a TOML file; every key is optional and falls back to the default below, so a
newsroom can change only its colours or only its marking line. Both writers read the same
Theme, which is why it lives outside `writers/`.
"""
from __future__ import annotations

from . import recache as re
from .records import field, fields, replace
from pathlib import Path

from .errors import BuildError
from .records import record

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing at run time
if TYPE_CHECKING:
    from typing import Any

PAGE_SIZES_MM: dict[str, tuple[float, float]] = {
    "A4": (210.0, 297.0),
    "LETTER": (215.9, 279.4),
}


@record(frozen=True)
class Colours:
    """The palette, as `#rrggbb` strings both writers read."""

    text: str = "#1b1f24"
    accent: str = "#1f4e79"
    muted: str = "#5b6670"
    rule: str = "#c9d1d9"
    callout_bg: str = "#eef3f8"
    table_header_bg: str = "#e4ebf2"
    table_stripe_bg: str = "#f6f8fa"


@record(frozen=True)
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


@record(frozen=True)
class Theme:
    """The look of every output (page, margins, colours, fonts, marking); read from a theme
    file by `load_theme`, which checks every value."""

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
    if not isinstance(data, dict):
        raise BuildError(f"[{where}] must be a table of keys, not {data!r}")
    known = {f.name: f for f in fields(cls)}
    unknown = sorted(set(data) - set(known))
    if unknown:
        raise BuildError(f"unknown theme key(s) {', '.join(unknown)} in [{where}]")
    return replace(cls(), **{k: tuple(v) if isinstance(v, list) else v for k, v in data.items()})


def load_theme(path: str | Path | None) -> Theme:
    """Read a theme TOML; relative font and logo paths are taken relative to the file. Every
    value is checked, and every file the theme names, before anything else reads them."""
    if path is None:
        return DEFAULT_THEME
    p = Path(path)
    theme = _theme_of(_read_toml(p), p)
    problem = theme_problem(theme) or _shape_problem(theme) or _files_problem(theme)
    if problem:
        raise BuildError(problem, file=p)
    return theme


def _read_toml(p: Path) -> dict[str, Any]:
    """The theme file's table. Read through `limits.read_checked`: a theme is a small text
    file, and `--theme /dev/zero` had been read until memory ran out."""
    import tomllib  # here: a build with the default theme reads no TOML

    from .limits import UnusableFile, read_checked

    try:
        text = read_checked(p, "theme_bytes", "theme file", "theme file").decode("utf-8")
    except UnusableFile as err:
        raise BuildError(str(err), file=p) from None
    except UnicodeDecodeError:
        raise BuildError("cannot read theme: not UTF-8 text", file=p) from None
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise BuildError(f"invalid TOML: {exc}", file=p) from None
    except RecursionError:
        raise BuildError("invalid TOML: nested too deeply", file=p) from None


def _theme_of(data: dict[str, Any], p: Path) -> Theme:
    """The Theme the table describes, its font and logo paths made absolute (relative ones are
    taken from the theme's folder)."""
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
    except (TypeError, ValueError, AttributeError) as exc:
        raise BuildError(f"invalid theme value: {exc}", file=p) from None
    return replace(theme, colours=colours, fonts=fonts)


def _shape_problem(theme: Theme) -> str | None:
    if theme.page_size.upper() not in PAGE_SIZES_MM:
        return f"page_size must be one of {', '.join(PAGE_SIZES_MM)}, not {theme.page_size!r}"
    if len(theme.margins_mm) != 4:
        return "margins_mm takes four numbers: top, right, bottom, left"
    return None


def _font_paths(fonts: Fonts) -> dict[str, str]:
    """Each font file the theme names, once, with the first key that names it."""
    named = [(f.name, getattr(fonts, f.name)) for f in fields(Fonts) if f.name not in ("fallbacks", "body_size")]
    named += [("fallbacks", path) for path in fonts.fallbacks]
    out: dict[str, str] = {}
    for key, path in named:
        if path:
            out.setdefault(path, key)
    return out


def _files_problem(theme: Theme) -> str | None:
    """Why a font file or the logo the theme names cannot be used (None if all can). Checked
    here, once, so a bad file is the theme's error (exit code 6, before any output is
    written), not a writer's failure in every output, and no parser ever reads a device, a
    pipe, an oversized file or a file that is not a font."""
    from .font_files import font_file_problem

    for path, key in _font_paths(theme.fonts).items():
        problem = font_file_problem(Path(path))
        if problem:
            return f"fonts.{key}: {problem}"
    return logo_problem(Path(theme.logo)) if theme.logo else None


_HEX = re.compile(r"#(?:[0-9a-fA-F]{6}|[0-9a-fA-F]{3})")
_BAD_CHAR = re.compile(r"[\ud800-\udfff\x00-\x1f\x7f-\x9f\u2028\u2029\ufffe\uffff]")


def _number(v: Any) -> bool:
    return isinstance(v, (int, float)) and not isinstance(v, bool)


def theme_problem(theme: Theme) -> str | None:
    """Why a theme cannot be used (None if it can). Types are checked here, with the key's
    name, because a wrong type would otherwise surface deep inside a writer as a traceback."""
    for name in ("page_size", "organisation", "author", "language"):
        if not isinstance(getattr(theme, name), str):
            return f"{name} must be a string, not {getattr(theme, name)!r}"
    for name in ("marking", "logo"):
        if getattr(theme, name) is not None and not isinstance(getattr(theme, name), str):
            return f"{name} must be a string, not {getattr(theme, name)!r}"
    for name in ("organisation", "author", "marking", "language"):
        value = getattr(theme, name)
        if isinstance(value, str) and (_BAD_CHAR.search(value) or len(value) > 500):
            return f"{name} must be one line of at most 500 characters without control characters"
    if not isinstance(theme.vector_charts, bool):
        return f"vector_charts must be true or false, not {theme.vector_charts!r}"
    margins = theme.margins_mm
    if not isinstance(margins, tuple) or len(margins) != 4 or not all(_number(m) for m in margins):
        return f"margins_mm takes four numbers: top, right, bottom, left (not {margins!r})"
    if not all(0 <= m <= 100 for m in margins):
        return "margins_mm must each be between 0 and 100"
    for f in fields(Colours):
        value = getattr(theme.colours, f.name)
        if not isinstance(value, str) or not _HEX.fullmatch(value):
            return f"colours.{f.name} must be a hex colour such as \"#1f4e79\", not {value!r}"
    fonts = theme.fonts
    for f in fields(Fonts):
        value = getattr(fonts, f.name)
        if f.name == "body_size":
            if not _number(value) or not 4 <= value <= 72:
                return f"fonts.body_size must be a number from 4 to 72, not {value!r}"
        elif f.name == "fallbacks":
            if not isinstance(value, tuple) or not all(isinstance(v, str) for v in value):
                return "fonts.fallbacks must be a list of font file names"
        elif not isinstance(value, str):
            return f"fonts.{f.name} must be a font file name, not {value!r}"
    if isinstance(theme.page_size, str) and theme.page_size.upper() in PAGE_SIZES_MM:
        w, h = theme.page_mm
        if margins[1] + margins[3] > w - 50 or margins[0] + margins[2] > h - 80:
            return "margins_mm leave too little room on the page for text"
    return None


def logo_problem(path: Path) -> str | None:
    """Size limits of a logo, checked on the file and the image header before any pixel is
    decoded (a small PNG can claim billions of pixels); then it is decoded, so a logo cut
    short is the theme's error, not a failure in the middle of every PDF's layout. Only PNG
    and JPEG are opened: Pillow would open an EPS too, and drawing one runs Ghostscript on the
    theme's PostScript."""
    from .limits import current, file_size_problem, hint

    lim = current()
    what = f"logo file {path}"
    problem = file_size_problem(path, "logo_bytes", what, what)
    if problem:
        return problem
    try:
        from PIL import Image

        Image.MAX_IMAGE_PIXELS = None  # we check the size ourselves, with our own message
        with Image.open(path, formats=("PNG", "JPEG")) as img:
            width, height = img.size
            if width * height > lim.logo_pixels:
                return (f"logo {path.name} has {width}x{height} pixels, more than {lim.logo_pixels} "
                        f"{hint('logo_pixels')}")
            img.load()
    except Exception as err:  # noqa: BLE001 - any decoder complaint means "not an image we can use"
        return f"logo {path.name} is not a readable PNG or JPEG image ({type(err).__name__})"
    return None
