"""On-disk chart cache, so a rebuild with an unchanged seed does not draw again.

The key is a sha256 over everything the picture depends on: chart name, options, exactly
the profile data the chart reads (not the whole profile, so editing a paragraph does not
invalidate the org chart), the chart code's version string and the matplotlib version
(read from package metadata, which does not import matplotlib). Entries are three files,
written to a temporary name and moved into place with os.replace, metadata last, so a
reader never sees half an entry and concurrent builds at worst write the same bytes twice.
"""
from __future__ import annotations

import hashlib
import json
from pathlib import Path

from ..caches import write_file as write_cache_file  # one way to write a cache entry

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing at run time
if TYPE_CHECKING:
    from typing import Any

# Bump when any drawing code changes the output for the same inputs.
CACHE_FORMAT = "4"


def _mpl_version() -> str:
    """Read once per process by `caches.package_version` (which does not import
    importlib.metadata either); "unknown" when matplotlib is not installed, as before."""
    from ..caches import package_version

    version = package_version("matplotlib")
    return "unknown" if version == "none" else version


def cache_key(name: str, options: Any, inputs: Any, version: str) -> str:
    payload = {
        "format": CACHE_FORMAT,
        "chart": name,
        "options": options,
        "inputs": inputs,
        "version": version,
        "matplotlib": _mpl_version(),
    }
    blob = json.dumps(payload, sort_keys=True, ensure_ascii=False, separators=(",", ":"),
                      default=str)
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()


def _paths(cache_dir: Path, key: str) -> tuple[Path, Path, Path]:
    base = Path(cache_dir) / key[:2]
    return base / f"{key}.svg", base / f"{key}.png", base / f"{key}.json"


def load(cache_dir: Path, key: str) -> tuple[bytes | None, bytes | None, dict[str, Any]] | None:
    """(svg, png, meta) of a complete entry, or None; svg is None when it was not drawn, png
    is None when the chart was laid out but never rasterized (no writer placed it)."""
    svg_p, png_p, meta_p = _paths(cache_dir, key)
    try:
        meta = json.loads(meta_p.read_text("utf-8"))
        png = png_p.read_bytes() if meta.get("png_bytes") is not None else None
        svg = svg_p.read_bytes() if meta.get("svg_bytes") is not None else None
    except (OSError, ValueError):
        return None
    if (meta.get("key") != key or meta.get("png_bytes") != (None if png is None else len(png))
            or meta.get("svg_bytes") != (None if svg is None else len(svg))):
        return None
    return svg, png, meta


def store(cache_dir: Path, key: str, svg: bytes | None, png: bytes | None, meta: dict[str, Any]) -> None:
    """Write an entry; `svg=None` records that only the PNG was drawn, `png=None` that the
    chart was only laid out (its size and alt text)."""
    svg_p, png_p, meta_p = _paths(cache_dir, key)
    if svg is not None:
        write_cache_file(svg_p, svg)
    if png is not None:
        write_cache_file(png_p, png)
    full = {**meta, "key": key, "svg_bytes": None if svg is None else len(svg),
            "png_bytes": None if png is None else len(png)}
    write_cache_file(meta_p, json.dumps(full, sort_keys=True, ensure_ascii=False).encode("utf-8"))
