"""Lengths and where templates live: read without importing Jinja2 or the profile model.

The batch planner and the incremental check need the list of lengths and the template files
on every run, including a rebuild where nothing changed, so this module imports only the
standard library.
"""
from __future__ import annotations

import hashlib
import os
import re
from pathlib import Path

from .errors import TemplateError
from .records import record


def builtin_template_dir() -> Path:
    """Templates ship inside the wheel as `briefkit/templates`; a source checkout keeps them at top level.

    The package folder is this module's own (what `importlib.resources.files("briefkit")`
    gives for a package on disk, and `Path(str(...))` needed one): asking importlib.resources
    imports zipfile and its readers, a tenth of a warm rebuild's imports.

    Found once per process (`_BUILTIN`): every composition asks (`template_dirs`), 25 times a
    profile, and in a source checkout each answer took six `stat` calls (the packaged folder,
    then `resolve` walking up from this file), 2,000 of a ten-profile batch's 12,000. Where the
    package lives does not change while it runs."""
    if not _BUILTIN:
        packaged = Path(__file__).parent / "templates"
        _BUILTIN.append(packaged if packaged.is_dir() else Path(__file__).resolve().parents[2] / "templates")
    return _BUILTIN[0]


_BUILTIN: list[Path] = []


@record(frozen=True)
class Length:
    """A length: its template and page budget, read from templates/lengths.toml."""

    name: str
    template: str
    max_pages: int | None  # None = no budget (full)
    max_detail: int
    description: str = ""


def template_dirs(user_dir: str | Path | None) -> list[Path]:
    dirs = []
    if user_dir:
        dirs.append(Path(user_dir))
    dirs.append(builtin_template_dir())
    return dirs


def outside_folder(path: str | Path, folder: str | Path) -> bool:
    """Whether `path`, every link on the way followed, ends outside `folder` (itself followed).

    Why: a user's template folder is untrusted input. A link in it to `/etc/passwd`, or a
    linked subfolder pointing elsewhere, would let `{% include %}` print any file the person
    running briefkit can read; so a file found in such a folder is used only when its real
    location is inside the folder's real location. Links that stay inside change nothing
    and are allowed, and the folder itself may be a link."""
    real, root = os.path.realpath(path), os.path.realpath(folder)
    return os.path.commonpath((real, root)) != root


def held_to_folder(folder: str | Path) -> bool:
    """Whether the files found in template folder `folder` must stay inside it
    (`outside_folder`): every folder but the built-in one. Why not that one: it is part of
    the installed package, as trusted as briefkit's code (whoever can change it can change
    the code), and some installs lay the package out as links to elsewhere (setuptools'
    strict editable mode), which the rule would refuse."""
    return str(folder) != str(builtin_template_dir())


def text_digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def _parsed(text: str) -> dict:
    """A lengths file's tables. The built-in file's parse ships with the package
    (`briefkit.compiled_templates.LENGTHS`, written with the templates' code by
    `python -m briefkit.template_code`) and is taken for a text of the same digest. Why:
    importing `tomllib` costs a process about 3 ms, and a rebuild whose outputs all come
    from the build's cache reads nothing else in TOML."""
    try:
        from .compiled_templates import LENGTHS
    except ImportError:  # pragma: no cover - a package without its generated modules
        LENGTHS = None
    if LENGTHS is not None and LENGTHS[0] == text_digest(text):
        return LENGTHS[1]
    import tomllib

    return tomllib.loads(text)


# What a length may be called: it names its outputs' files (`{length}` in `--name`), so no
# path separator, dot-dot, control character or anything a file system treats specially.
_LENGTH_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]{0,39}")


def load_lengths(user_dir: str | Path | None = None) -> dict[str, Length]:
    """Lengths from every lengths.toml on the lookup path; the user's entries win."""
    lengths: dict[str, Length] = {}
    for d in reversed(template_dirs(user_dir)):
        f = d / "lengths.toml"
        if not f.is_file():
            continue
        if held_to_folder(d) and outside_folder(f, d):
            raise TemplateError(f"lengths file leads outside its folder {d} (to {os.path.realpath(f)}): "
                                "links in a template folder may only point inside it", file=f)
        try:
            data = _parsed(f.read_text(encoding="utf-8"))
        except (ValueError, UnicodeDecodeError) as exc:  # tomllib.TOMLDecodeError is a ValueError
            raise TemplateError(f"invalid lengths file: {exc}", file=f) from None
        for name, spec in data.items():
            if not _LENGTH_NAME.fullmatch(name):
                # a length's name is part of its outputs' file names: "../../x" had written a
                # PDF outside the output folder
                raise TemplateError(f"invalid length name {name[:60]!r}: use letters, digits, '-' and '_' "
                                    "(at most 40, starting with a letter or digit)", file=f)
            try:
                lengths[name] = Length(
                    name=name,
                    template=str(spec.get("template", f"{name}.md.j2")),
                    max_pages=int(spec["max_pages"]) if spec.get("max_pages") else None,
                    max_detail=int(spec.get("max_detail", 0)),
                    description=str(spec.get("description", "")),
                )
            except (AttributeError, TypeError, ValueError) as exc:
                raise TemplateError(f"invalid length [{name}]: {exc}", file=f) from None
    if not lengths:
        raise TemplateError("no lengths defined (templates/lengths.toml is missing)")
    return lengths
