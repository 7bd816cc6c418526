"""Profiles of unchanged seeds, read back from the build's cache instead of extracted again.

Why: reading an article runs the extractors, 60-90 ms for the seed, the largest part of a
rebuild's work before composing. A rebuild of an unchanged seed (`--force`, another length or format, a new theme
or template) needs the very same Profile, so it is kept as JSON beside the chart cache and
read back in about a millisecond.

The key covers everything reading depends on: the seed's path as given (the profile records
it) and its bytes, briefkit's own source (any code change reads afresh), the BRIEFKIT_*
limits in force, the Python and pydantic versions, and `FORMAT`. Pydantic writes a Profile
and reads it back equal field for field (checked over the seed and every fixture article),
so what is built from it is the same. A seed that fails to read is never stored: it raises
as before. A cache that cannot be read or written is skipped, never an error.
"""
from __future__ import annotations

import hashlib
import stat
import sys
from pathlib import Path

from .caches import code_version, write_file

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing at run time
if TYPE_CHECKING:
    from typing import Any

if TYPE_CHECKING:
    from .model import Profile

FORMAT = "1"
# Articles only: what the extractors read depends on nothing but the standard library and the
# code hashed into the key. Structured seeds are parsed by PyYAML, whose version is not in it.
_ARTICLES = (".txt", ".md", ".wiki")


def _key(seed: Path, data: bytes) -> str:
    from .caches import package_version
    from .limits import current

    h = hashlib.sha256()
    # pydantic's version as its distribution states it: importing pydantic for its VERSION
    # would cost what `read_profile_lazy` saves
    for part in (FORMAT, code_version(), sys.version, package_version("pydantic"), repr(current()), str(seed)):
        h.update(part.encode("utf-8", "surrogatepass") + b"\0")
    h.update(data)
    return h.hexdigest()


def read_profile(seed: str | Path, cache_dir: Path | None) -> Profile:
    """`readers.read(seed)`, from `cache_dir` when an entry for the same inputs is there."""
    from .model import Profile

    path = _entry(seed, cache_dir)
    if path is not None:
        try:
            return Profile.model_validate_json(path.read_bytes())
        except (OSError, ValueError):
            pass
    return _read_and_store(seed, path)


def read_profile_lazy(seed: str | Path, cache_dir: Path | None) -> Any:
    """`read_profile`, but a cached profile comes as a `lazy_profile.LazyProfile`: its JSON,
    validated only if something past the caches needs the model (see `lazy_profile`)."""
    from .lazy_profile import LazyProfile

    path = _entry(seed, cache_dir)
    if path is not None:
        try:
            text = path.read_text("utf-8")
        except (OSError, UnicodeDecodeError):
            text = None
        lazy = None if text is None else LazyProfile.load(text, lambda: _read_and_store(seed, None))
        if lazy is not None:
            return lazy
    return read_profile(seed, cache_dir)


def store_ahead(seed: str | Path, cache_dir: Path | None) -> bool:
    """Read an article seed into `cache_dir` unless an entry for its bytes is there already
    (`batch.ahead`); True when it was read. Nothing is validated or returned: the worker that
    builds the seed reads the entry (`read_profile_lazy`)."""
    path = _entry(seed, cache_dir)
    if path is None or path.is_file():
        return False
    _read_and_store(seed, path)
    return True


def read_afresh(seed: str | Path, cache_dir: Path | None) -> bool:
    """Whether `read_profile_lazy` will read an article seed afresh (no cache, or no entry for
    its bytes): its reader's extraction runs. False for a structured seed, which is read, not
    extracted, and for an article whose profile is cached."""
    if Path(seed).suffix.lower() not in _ARTICLES:
        return False
    if cache_dir is None:
        return True
    path = _entry(seed, cache_dir)
    return path is not None and not path.is_file()


def _entry(seed: str | Path, cache_dir: Path | None) -> Path | None:
    """Where the profile of `seed` is cached, or None (no cache, a structured seed, a seed
    that cannot be read whole)."""
    if cache_dir is None or Path(seed).suffix.lower() not in _ARTICLES:
        return None
    data = _seed_bytes(Path(seed))
    if data is None:
        return None
    key = _key(Path(seed), data)
    return Path(cache_dir) / key[:2] / f"{key}.json"


def _read_and_store(seed: str | Path, path: Path | None) -> Profile:
    from .readers import read

    profile = read(seed)
    if path is not None:
        try:
            write_file(path, profile.model_dump_json().encode("utf-8"))
        except OSError:
            pass
    return profile


def _seed_bytes(seed: Path) -> bytes | None:
    """The seed's bytes when it is a regular file within the size limit, else None: then the
    reader runs and names the problem (a pipe is never opened, a huge file never read whole)."""
    from .limits import current

    limit = current().seed_bytes
    try:
        if not stat.S_ISREG(seed.stat().st_mode):
            return None
        with open(seed, "rb") as fh:
            data = fh.read(limit + 1)
    except OSError:
        return None
    return data if len(data) <= limit else None


