"""The default DOCX base of a theme, kept in the build's cache (see `reference._prototype`).

Why: preparing it (python-docx's template opened, its styles replaced by the theme's, list
definitions, page setup and language added, then written out) costs more than writing a
brief's body, once in every process. Its result is a zip package and what the style map
found in it, plain data that depends only on the theme, the language and the code, so it is
stored in `<out>/.cache/docx` and read back in a millisecond; also beside the bytecode
(`caches.shared_folder`), where the first build into another output folder finds it (50 ms
in each process of a first build).

The key covers briefkit's code, the python-docx, lxml and Python versions (the payload is
`marshal` data), the theme (its `repr`, every field) and the bytes of the font files it
names (Word is told their family names). Only bytes, strings, integers, tuples and dicts are
stored; an entry is decoded only after its checksum matched, else the base is prepared again.
"""
from __future__ import annotations

import hashlib
import marshal
import sys
from typing import Any

from ... import caches
from ...theme import Theme
from .stylemap import StyleState

FORMAT = "1"


def key(theme: Theme, language: str) -> str:
    import docx
    from lxml import etree

    h = hashlib.sha256()
    for part in (FORMAT, caches.code_version(), getattr(docx, "__version__", "?"), repr(etree.LXML_VERSION),
                 sys.version, repr(theme), language):
        h.update(part.encode("utf-8", "surrogatepass") + b"\0")
    f = theme.fonts
    for path in (f.body, f.heading, f.mono):
        if path:
            h.update(caches.file_digest(path))
    return h.hexdigest()


def load(theme: Theme, language: str) -> tuple[bytes, StyleState] | None:
    """(package, style state) stored for this theme and language, or None. Looked for in the
    build's cache, then beside the bytecode (`caches.shared_folder`: the base depends on the
    theme and the code only, so the first build into a new output folder finds it there)."""
    folder = caches.folder("docx")
    if folder is None:
        return None
    return caches.read_either(folder, "docx", key(theme, language), ".base", _decoded)


def _decoded(payload: bytes | None) -> tuple[bytes, StyleState] | None:
    if payload is None:
        return None
    try:
        package, ids, added, defaults, numbering = marshal.loads(payload)
        state = StyleState(dict(ids), frozenset(added), dict(defaults),
                           {k: (tuple(v) if v is not None else None) for k, v in numbering.items()})
        if not isinstance(package, bytes):
            return None
    except Exception:  # noqa: BLE001 - an entry that does not decode is a missing entry
        return None
    return package, state


def store(theme: Theme, language: str, package: bytes, state: StyleState) -> None:
    folder = caches.folder("docx")
    if folder is None:
        return
    data: Any = (package, state.ids, tuple(sorted(state.added)), state.list_defaults, state.list_numbering)
    caches.write_both(folder, "docx", key(theme, language), ".base", marshal.dumps(data))
