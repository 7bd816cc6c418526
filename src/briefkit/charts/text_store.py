"""The characters and pairs `plain_text` has asked of FreeType, kept beside the package's
bytecode from one build to the next.

Why: a first build starts with nothing learned, and in the seed's cold build learning its
thousand pairs and hundred characters (a FreeType shaping each, 0.05-0.4 ms) was about 0.12 s
of its CPU, on the path of both processes that draw its charts. Those numbers depend only on
the face's file, its size, the resolution, the hinting and the FreeType and matplotlib that
gave them, never on a seed, so a build into a new output folder starts from what the builds
before it learned (paired cold builds of the seed: 1.25 s to 1.19 s wall and 2.25 to 2.11 s
of CPU, medians of ten).

Where and when: as the other entries beside the bytecode (`caches.shared_folder`): within a
build's cache scope (not with `--no-cache`), in a process briefkit owns, where Python may write
bytecode. One file for this briefkit code (`caches.code_version`), matplotlib and FreeType,
read once per process; in it a table per face, size, resolution and hinting, each face known
by its file's path, size and modification time. Written atomically with a checksum, as every
entry; a table that does not read back as characters and pairs of the right types is
ignored and learned again. A table keeps at most `MAX_PAIRS` pairs and `MAX_CHARS`
characters, the first learned: the common ones come first.

When written (`save`): by a process that drew charts, at the end of its share of a build
(`charts_service.keep_learned`; a batch worker once it has learned `BATCH_LEARNED` entries
since it last wrote, not after every unit: the file is rewritten whole). A table that cannot
be written is learned again by the next build: a cache never fails a build.
"""
from __future__ import annotations

import marshal
import os

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing at run time
if TYPE_CHECKING:
    from pathlib import Path
    from typing import Any

FORMAT = "1"
MAX_PAIRS = 4000
MAX_CHARS = 1500
MAX_TABLES = 32

# This process's reading of the file: (its path, its (size, mtime) when read, the tables).
_read: list = []


def _described(value: Any) -> Any:
    """`value` (a store's key: faces, sizes, flags) as plain data, a face file with its size and
    modification time; None when a part cannot be described."""
    if isinstance(value, tuple):
        parts = [_described(v) for v in value]
        return None if any(p is None for p in parts) else tuple(parts)
    path = getattr(value, "path", None)
    if isinstance(path, str):  # matplotlib's FontPath
        try:
            st = os.stat(path)
        except OSError:
            return None
        return ("face", path, getattr(value, "face_index", 0), st.st_size, st.st_mtime_ns)
    if type(value) in (int, float, str, bool):
        return value
    return ("repr", repr(value))  # a flags enum


def _path() -> Path | None:
    from .. import caches

    folder = caches.shared_folder("text")
    if folder is None:
        return None
    import hashlib

    import matplotlib
    from matplotlib import ft2font

    text = repr((FORMAT, caches.code_version(), matplotlib.__version__, ft2font.__freetype_version__))
    return folder / f"{hashlib.sha256(text.encode('utf-8')).hexdigest()[:32]}.text"


def _stamp(path: Path) -> tuple[int, int] | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return st.st_size, st.st_mtime_ns


def _load(path: Path) -> dict:
    from .. import caches

    payload = caches.read_entry(path)
    try:
        tables = marshal.loads(payload) if payload is not None else {}
    except (EOFError, ValueError, TypeError):
        tables = {}
    return tables if type(tables) is dict else {}


def _tables() -> tuple[Path, dict] | None:
    path = _path()
    if path is None:
        return None
    if not _read or _read[0] != path:
        tables = _load(path)  # (reading an entry marks it used: its time changes)
        _read[:] = [path, _stamp(path), tables]
    return path, _read[2]


def _valid(table: Any) -> bool:
    if not (type(table) is tuple and len(table) == 2 and type(table[0]) is dict and type(table[1]) is dict):
        return False
    chars, pairs = table
    return all(type(c) is str and len(c) == 1 and (v is False or (type(v) is tuple and len(v) == 4
               and all(type(n) is int for n in v))) for c, v in chars.items()) \
        and all(type(p) is str and len(p) == 2 and (type(v) is int or v is False) for p, v in pairs.items())


def table(key: tuple) -> tuple[dict, dict] | None:
    """Copies of the (characters, pairs) kept for `key`, or None."""
    found = _tables()
    described = _described(key) if found is not None else None
    kept = found[1].get(described) if described is not None else None
    if kept is None or not _valid(kept):
        return None
    return dict(kept[0]), dict(kept[1])


def save(learned: dict[tuple, tuple[dict, dict]]) -> None:
    """Keep the tables of `learned` (key: (characters, pairs)), merged with what the file
    holds, read again if another process wrote it since this one read it."""
    found = _tables()
    if found is None:
        return
    path, tables = found
    if _stamp(path) != _read[1]:  # another process wrote it since
        tables = _load(path)
    for key, (chars, pairs) in learned.items():
        described = _described(key)
        if described is None:
            continue
        old = tables.get(described, ({}, {}))
        chars, pairs = {**old[0], **chars}, {**old[1], **pairs}
        tables[described] = (dict(list(chars.items())[:MAX_CHARS]), dict(list(pairs.items())[:MAX_PAIRS]))
    if len(tables) > MAX_TABLES:
        tables = dict(list(tables.items())[-MAX_TABLES:])
    from .. import caches

    try:
        payload = marshal.dumps(tables)
    except ValueError:  # pragma: no cover - a key or value marshal cannot write: nothing kept
        return
    caches.write_entry(path, payload)
    _read[:] = [path, _stamp(path), tables]
