"""The project manifest, `briefkit.toml`: what a nightly build builds, written down once.

Found in the current folder (as `mkdocs.yml` or `_quarto.yml` are) or named with `--config`.
Every key is optional; command-line options override it. Relative paths are taken relative
to the manifest's folder, so `briefkit build --config site/briefkit.toml` works from anywhere.
Errors name the manifest's line: TOML keeps no positions, so the line of a key is found by
scanning the text for it, which is exact for the flat layout the manifest uses.
"""
from __future__ import annotations

from .. import recache as re
from pathlib import Path

from ..errors import BuildError

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing at run time
if TYPE_CHECKING:
    from typing import Any

MANIFEST_NAME = "briefkit.toml"


class ManifestError(BuildError):
    """The manifest cannot be read or holds a wrong value."""


def find_manifest(config: str | Path | None, cwd: Path | None = None) -> Path | None:
    if config is not None:
        p = Path(config)
        if not p.is_file():
            raise ManifestError("manifest not found", file=p)
        return p
    p = (cwd or Path.cwd()) / MANIFEST_NAME
    return p if p.is_file() else None


def _model():
    """The pydantic model, built on first use so planning without a manifest never imports pydantic."""
    from typing import Literal

    from pydantic import BaseModel, ConfigDict, Field, field_validator

    class Manifest(BaseModel):
        model_config = ConfigDict(extra="forbid", strict=True)

        seeds: list[str] = Field(default_factory=list, description="files, folders or globs")
        recursive: bool = False
        lengths: list[str] = Field(default_factory=list)
        formats: list[Literal["pdf", "docx"]] = Field(default_factory=list)
        theme: str | None = None
        reference_docx: str | None = None
        templates: str | None = None
        output: str = "dist"
        name: str | None = None
        report: str | None = None
        jobs: int | None = Field(default=None, ge=0)

        @field_validator("seeds", "lengths", "formats", mode="before")
        @classmethod
        def _one_or_many(cls, value: Any) -> Any:
            return [value] if isinstance(value, str) else value

    return Manifest


def _line_of(text: str, key: str) -> int | None:
    m = re.search(rf"^[ \t]*{re.escape(key)}[ \t]*=", text, flags=re.MULTILINE)
    return text.count("\n", 0, m.start()) + 1 if m else None


def load_manifest(path: Path) -> dict[str, Any]:
    """The manifest's settings, paths made relative to the current folder; only keys it sets."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ManifestError(f"cannot read manifest: {exc}", file=path) from None
    import tomllib  # here: a build without a manifest reads no TOML

    try:
        data = tomllib.loads(text)
    except RecursionError:
        raise ManifestError("invalid TOML: nested too deeply", file=path) from None
    except tomllib.TOMLDecodeError as exc:
        m = re.search(r"\(at line (\d+), column \d+\)", str(exc))
        message = re.sub(r"\s*\(at (line \d+, column \d+|end of document)\)", "", str(exc))
        line = int(m.group(1)) if m else text.count("\n") + (not text.endswith("\n"))
        raise ManifestError(f"invalid TOML: {message}", file=path, line=line) from None
    from pydantic import ValidationError

    try:
        manifest = _model().model_validate(data)
    except ValidationError as exc:
        errors = sorted(exc.errors(), key=lambda e: _line_of(text, str(e["loc"][0]) if e["loc"] else "") or 0)
        err = errors[0]
        key = str(err["loc"][0]) if err["loc"] else ""
        where = ".".join(str(x) for x in err["loc"])
        reason = "unknown key" if err["type"] == "extra_forbidden" else err["msg"]
        more = len(exc.errors()) - 1
        suffix = f" (and {more} more problem{'s' if more > 1 else ''})" if more else ""
        raise ManifestError(f"{where}: {reason}{suffix}", file=path, line=_line_of(text, key)) from None
    base = path.parent
    settings = manifest.model_dump(exclude_unset=True)
    for key in ("output", "report"):
        if key in settings and not _stays_inside(settings[key]):
            raise ManifestError(f"{key}: must be a relative path inside the manifest's folder (the command "
                                f"line's {'-o' if key == 'output' else '--report'} may name any place)",
                                file=path, line=_line_of(text, key))
    for key in ("theme", "reference_docx", "templates", "output", "report"):
        if settings.get(key):
            settings[key] = _rel(base, settings[key])
    if "seeds" in settings:
        settings["seeds"] = [_rel(base, s) for s in settings["seeds"]]
    settings["_lines"] = {k: _line_of(text, k) for k in data}
    return settings


def _stays_inside(value: str) -> bool:
    """Whether a manifest's `output` or `report` names a place inside the manifest's folder.

    Judgement rule: a manifest travels with a checkout and is read from the current folder
    without being named, so running `briefkit build` in someone else's project must not write
    outside that project: `output = "/"` or `report = "../../.profile"` there is refused. The
    command line, which the user types, may still name any folder or report file."""
    p = Path(value)
    return bool(value.strip()) and not p.is_absolute() and not p.drive and ".." not in p.parts


def _rel(base: Path, value: str) -> str:
    p = Path(value)
    if p.is_absolute() or base == Path("."):
        return value
    return str(base / p)
