"""Where a build keeps what it can reuse, and how one entry is stored.

A build's caches live in `<out>/.cache/<kind>/` (charts, profiles, fonts, templates), so
deleting the output folder deletes them and two output folders never share a stale entry.
The work unit (`batch.work.run_unit`, `build.build_seed`) declares that folder with `scope`
for the time it runs; code deep in a stage (the PDF writer registering fonts, the template
environment) asks `folder(kind)` instead of having the path threaded through every call.
Outside a scope there is no cache and everything is computed as before.

Entries written by `write_entry` carry a checksum of their payload, so a truncated or
corrupt file is recognised before it is decoded and is treated as missing, never as an
error: a cache can only make a build faster, not fail it or change its output.
"""
from __future__ import annotations

import hashlib
import marshal
import os
import sys
from contextlib import contextmanager
from contextvars import ContextVar
from functools import lru_cache
from pathlib import Path
from collections.abc import Callable, Iterable, Iterator

from .realfolders import inside, real_folder

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing at run time
if TYPE_CHECKING:
    from typing import Any, TypeVar

    T = TypeVar("T")

_ROOT: ContextVar[Path | None] = ContextVar("briefkit_cache_root", default=None)
_MAGIC = b"BKC1"
_DIGEST = 32  # sha256


@contextmanager
def scope(root: Path | None) -> Iterator[None]:
    """Use `root` (an output folder's `.cache`) as the cache root while the block runs."""
    token = _ROOT.set(Path(root) if root is not None else None)
    try:
        yield
    finally:
        _ROOT.reset(token)


def folder(kind: str) -> Path | None:
    """`<root>/<kind>` within the current scope, else None (no caching)."""
    root = _ROOT.get()
    return None if root is None else root / kind


def shared_folder(kind: str) -> Path | None:
    """`<package>/__pycache__/shared-<interpreter>/<kind>`: for entries that depend on no seed,
    theme or output folder, only on files installed with briefkit or on the system (a parsed
    font), kept from one output folder to the next as Python keeps bytecode beside the source.

    Why: a first build into a new output folder parsed the same font files again (145 ms in
    each of its two processes for the seed, a twelfth of the whole build) though their
    parse changes only when the files or the code do, and every entry's key covers both.

    Where and when: within a build's cache scope (never with `--no-cache`), in a process
    briefkit owns (the command line's, its batch workers; not a program that imports it),
    and only where Python may write bytecode (`sys.dont_write_bytecode`), as the compiled
    patterns are (`pattern_cache`): someone who could alter an entry here could alter the
    bytecode beside it. Entries are written atomically and carry a checksum, as every cache
    entry does; a damaged one is made again."""
    if _ROOT.get() is None or sys.dont_write_bytecode:
        return None
    from .heap import owned

    tag = sys.implementation.cache_tag
    if not owned() or not tag:
        return None
    here = os.path.dirname(os.path.abspath(__file__))
    base = os.path.join(sys.pycache_prefix, here.lstrip(os.sep)) if sys.pycache_prefix else \
        os.path.join(here, "__pycache__")
    return Path(base) / f"shared-{tag}" / kind


def read_either(folder: Path, kind: str, key: str, suffix: str, decode: Callable[[bytes | None], T | None]
                ) -> T | None:
    """The entry under `key` in the build's cache `folder`, else the one beside the bytecode
    (`shared_folder(kind)`), decoded; one found beside the bytecode is copied into the build's
    cache. None when neither decodes."""
    entry = entry_path(folder, key, suffix)
    found = decode(read_entry(entry))
    if found is None:
        shared = shared_folder(kind)
        payload = read_entry(entry_path(shared, key, suffix)) if shared is not None else None
        found = decode(payload)
        if found is not None and payload is not None:
            write_entry(entry, payload)
    return found


def write_both(folder: Path, kind: str, key: str, suffix: str, payload: bytes) -> None:
    """`payload` under `key` in the build's cache `folder` and beside the bytecode, where it may
    be kept (`shared_folder(kind)`)."""
    write_entry(entry_path(folder, key, suffix), payload)
    shared = shared_folder(kind)
    if shared is not None:
        write_entry(entry_path(shared, key, suffix), payload)


@lru_cache(maxsize=1)
def code_version() -> str:
    """sha256 over briefkit's Python source (relative paths and bytes): any change to the
    code that produced an entry makes its key different.

    Reading and hashing the hundred-odd source files costs a whole-process rebuild about 7 ms
    of its 110. Inside a cache scope the digest is kept as an entry of its own, under a key
    made of every file's path, size, modification and change times and inode (as `file_digest`
    remembers a file within a process), so a rebuild stats the files and reads one entry
    instead; an edit changes a file's change time and so the key, and the digest is made
    again. The entry is kept beside the bytecode too (`shared_folder`): a first build into a
    new output folder hashed the source before it could fork its helper, on the way to every
    result."""
    root = os.path.dirname(os.path.realpath(__file__))
    cut = len(os.path.join(root, ""))
    files: list[tuple[str, str]] = []
    stamp = hashlib.sha256()
    for base, dirs, names in os.walk(root):
        dirs[:] = sorted(d for d in dirs if d != "__pycache__")
        for name in sorted(f for f in names if f.endswith(".py")):
            path = os.path.join(base, name)
            rel = path[cut:].replace(os.sep, "/")  # as `Path.relative_to(root).as_posix()`, without a Path per file
            st = os.stat(path)
            stamp.update(f"{rel}\0{st.st_size}\0{st.st_mtime_ns}\0{st.st_ctime_ns}\0{st.st_ino}\0"
                         .encode("utf-8", "surrogatepass"))
            files.append((rel, path))
    kept = folder("code")

    def decode(stored: bytes | None) -> str | None:
        return stored.decode("ascii") if stored is not None and len(stored) == 64 and stored.isalnum() else None

    key = stamp.hexdigest()
    found = read_either(kept, "code", key, ".ver", decode) if kept is not None else None
    if found is not None:
        return found
    h = hashlib.sha256()
    for rel, path in files:
        with open(path, "rb") as fh:
            h.update(rel.encode() + b"\0" + fh.read() + b"\0")
    digest = h.hexdigest()
    if kept is not None:
        write_both(kept, "code", key, ".ver", digest.encode("ascii"))
    return digest


@lru_cache(maxsize=16)  # a handful of distributions, named in the code
def package_version(dist: str) -> str:
    """An installed distribution's version, read once per process; "none" when not installed.

    Why not `importlib.metadata.version`: importing importlib.metadata (email, csv, zipfile)
    costs 30-70 ms of a whole-process rebuild that otherwise needs none of it. The version is
    read the way importlib.metadata finds it, without that import: the first
    `<name>-<version>.dist-info` folder on sys.path (names compared normalized, PEP 503) and
    the `Version:` line of its METADATA. Anything else (an egg, a zip) asks importlib.metadata."""
    found = _dist_info_version(dist)
    if found is not None:
        return found
    from importlib import metadata

    try:
        return metadata.version(dist)
    except metadata.PackageNotFoundError:
        return "none"


def _normalized(name: str) -> str:
    import re

    return re.sub(r"[-_.]+", "_", name).lower()


def _dist_info_version(dist: str) -> str | None:
    """`Version:` of the first matching .dist-info folder on sys.path; "none" when every entry
    of sys.path is a folder listed and none holds it; else None (then the caller asks
    importlib.metadata, which also knows eggs and zipped paths)."""
    import sys

    want = _normalized(dist)
    unlisted = False
    for entry in sys.path:
        names = _listing(entry or ".")
        if names is None:
            # a zip, or a folder that is missing: importlib.metadata decides, if nothing later
            # matches (a missing folder holds nothing; a zip may hold the distribution)
            unlisted = unlisted or os.path.exists(entry or ".")
            continue
        for name in names:
            if not name.endswith(".dist-info"):
                continue
            stem = name[: -len(".dist-info")]
            if _normalized(stem.rpartition("-")[0] or stem) != want:
                continue
            return _metadata_version(os.path.join(entry or ".", name, "METADATA"))
        for name in names:  # an egg-info of the same name comes first for importlib.metadata
            if name.endswith(".egg-info") and _normalized(name.split("-")[0]) == want:
                return None
    # Every folder on the path listed and none holds it: not installed, as importlib.metadata
    # would also find (an optional library such as svglib asked for on every cold build).
    return None if unlisted or _other_distribution_finders() else "none"


def _other_distribution_finders() -> bool:
    """Whether an import finder other than the standard path finder can tell distributions
    (`find_distributions`), which importlib.metadata would ask too."""
    import sys
    from importlib.machinery import PathFinder

    return any(hasattr(f, "find_distributions") for f in sys.meta_path if f is not PathFinder)


@lru_cache(maxsize=64)  # the folders on sys.path
def _listing(folder: str) -> tuple[str, ...] | None:
    """The names in a folder of sys.path, listed once per process for every distribution asked."""
    try:
        return tuple(os.listdir(folder))
    except OSError:
        return None


def _metadata_version(path: str) -> str | None:
    """The Version header of a METADATA file (headers end at the first blank line)."""
    try:
        with open(path, encoding="utf-8") as fh:
            for line in fh:
                if not line.strip():
                    break
                if line.lower().startswith("version:"):
                    return line.split(":", 1)[1].strip()
    except (OSError, UnicodeDecodeError):
        return None
    return None


def file_digest(path: str | Path) -> bytes:
    """sha256 of a file's bytes (b"missing" when it cannot be read), for cache keys. Keys name
    the same font and template files for every draft and detail level of a build, so a digest
    is remembered while the file's size, modification and change times and inode stay the
    same: within a process, and for a file of `KEPT_DIGEST_MIN` bytes or more also across
    builds, as an entry of its own in the cache scope (`_digest`)."""
    try:
        st = os.stat(path)
    except OSError:
        return b"missing"
    return _digest(str(path), st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino, st.st_dev)


# From this size a file's digest is kept in the cache scope: a rebuild reads a 32-byte entry
# instead of the file. Smaller files (templates, a theme) cost less to hash than the entry to read.
KEPT_DIGEST_MIN = 64 * 1024


@lru_cache(maxsize=256)
def _digest(path: str, size: int, mtime_ns: int, ctime_ns: int, ino: int, dev: int) -> bytes:
    """Why across builds: every build keys its drafts and PDFs by the bytes of the nine font
    files the PDF writer may use (3.5 MB), and hashing them took 10 ms of the 114 ms of a
    whole-process rebuild of one DOCX. The entry's key is the file's path, size, modification
    and change times, inode and device, as `code_version` keys the source by its files'
    stamps: any write to the file changes its change time, which no program can set back, so
    a changed file is hashed again."""
    kept = folder("files") if size >= KEPT_DIGEST_MIN else None
    entry = None
    if kept is not None:
        stamp = f"{path}\0{size}\0{mtime_ns}\0{ctime_ns}\0{ino}\0{dev}".encode("utf-8", "surrogatepass")
        entry = entry_path(kept, hashlib.sha256(stamp).hexdigest(), ".sum")
        stored = read_entry(entry)
        if stored is not None and len(stored) == _DIGEST:
            return stored
    try:
        with open(path, "rb") as fh:
            digest = hashlib.sha256(fh.read()).digest()
    except OSError:
        return b"missing"
    if entry is not None:
        write_entry(entry, digest)
    return digest


def digest_key(parts: Iterable[str | bytes], files: Iterable[str] = (),
               digested: Iterable[tuple[str, bytes]] = ()) -> str:
    """A cache key: the sha256 of `parts` and of each file's path and bytes (`file_digest`),
    each text part ended by a NUL and each bytes part (`key_bytes`) led by its length, so that
    no two lists run together alike; `digested`: files whose digests the caller has
    (`layout_cache.theme_digests`), taken before `files`."""
    h = hashlib.sha256()
    for part in parts:
        if type(part) is bytes:
            h.update(b"%d:" % len(part) + part)
        else:
            h.update(part.encode("utf-8", "surrogatepass") + b"\0")
    for path, digest in digested:
        h.update(path.encode("utf-8", "surrogatepass") + b"\0" + digest)
    for path in files:
        h.update(path.encode("utf-8", "surrogatepass") + b"\0" + file_digest(path))
    return h.hexdigest()


def key_bytes(value: Any) -> bytes:
    """A fingerprint (nested tuples of plain values, see `layout_cache._fingerprint`) as bytes
    for `digest_key`: the same for equal values in any process of this Python, whose version
    every key holds.

    Why not `repr`: a Document's fingerprint is tens of kilobytes of text, and writing its
    floats and strings out took 0.74 ms for the seed's full profile, against 0.10 ms for
    `marshal` (a draft's, a PDF's and a DOCX's key each did it, some twenty times a profile).
    Format 2, because later ones write a reference for an object met twice, which depends on
    which equal objects are one object, and mark interned strings; a value marshal cannot
    write (a str or int subclass) is described by `repr`, marked apart."""
    try:
        return b"m" + marshal.dumps(value, 2)
    except ValueError:
        return b"r" + repr(value).encode("utf-8", "surrogatepass")


def entry_path(kind_folder: Path, key: str, suffix: str) -> Path:
    """Entries are spread over 256 subfolders by the first two characters of their key."""
    return kind_folder / key[:2] / f"{key}{suffix}"


def read_entry(path: Path) -> bytes | None:
    """The payload stored at `path`, or None when it is missing, unreadable or corrupt."""
    try:
        data = path.read_bytes()
    except OSError:
        return None
    head = len(_MAGIC) + _DIGEST
    if len(data) < head or not data.startswith(_MAGIC):
        return None
    payload = data[head:]
    if hashlib.sha256(payload).digest() != data[len(_MAGIC):head]:
        return None
    try:
        os.utime(path)  # used now: `prune` lets the entries longest unused go first
    except OSError:
        pass
    return payload


def write_entry(path: Path, payload: bytes) -> None:
    """Store `payload` at `path` atomically; a cache that cannot be written is skipped."""
    try:
        write_file(path, _MAGIC + hashlib.sha256(payload).digest() + payload)
    except OSError:
        pass


def write_file(path: Path, data: bytes) -> None:
    """Written under a temporary name and moved into place: a reader never sees half a file.
    OSError reaches the caller, for whom a cache that cannot be written is no failure.

    Inside the current cache root (an output folder's `.cache`) every folder on the way is
    looked at without following links and refused when it is one (`realfolders`): a link
    planted in the output folder must not receive cache entries. Elsewhere (the shared cache
    beside the bytecode) the folder is made only when the temporary file cannot be created for
    want of it."""
    from .tempnames import mkstemp

    root = _ROOT.get()
    below = inside(root.parent, path.parent) if root is not None else None
    if below is not None:  # an entry in an output folder's cache: real folders only, never a link
        real_folder(root.parent, below)
        fd, tmp = mkstemp(prefix=path.name + ".", suffix=".tmp", dir=path.parent)
    else:
        try:
            fd, tmp = mkstemp(prefix=path.name + ".", suffix=".tmp", dir=path.parent)
        except FileNotFoundError:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = mkstemp(prefix=path.name + ".", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


# The types a cache key or entry stores as themselves, told by exact type before any
# `isinstance` (a key walks every node of a Document): a subclass takes the slower path.
EXACT_PLAIN = frozenset({str, int, float, bool, type(None)})


class Uncacheable(Exception):
    """A Document holds a value a cache key cannot describe faithfully: build without the cache."""


def through(kind: str, key: Callable[[], str], suffix: str, make: Callable[[], T],
            encode: Callable[[T], bytes], decode: Callable[[bytes | None], T | None]) -> T:
    """What `make()` gives, read back from the `kind` cache when an entry under `key()` decodes,
    else made and stored. The one read-or-make rule of the draft layouts, final PDFs and DOCX
    packages: a key that cannot be made (`Uncacheable`) or a cache that is off means no cache;
    an entry that does not decode is a missing one; warnings raised while making are raised
    again for the caller, and a result that warned is not stored, so the next build warns too."""
    import warnings

    entry = _entry(kind, key, suffix)
    if entry is not None:
        stored = decode(read_entry(entry))
        if stored is not None:
            return stored
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        made = make()
    for w in caught:  # as raised, for the caller's filters and collectors
        warnings.warn_explicit(w.message, w.category, w.filename, w.lineno, source=w.source)
    if entry is not None and not caught:
        write_entry(entry, encode(made))
    return made


def _entry(kind: str, key: Callable[[], str], suffix: str) -> Path | None:
    """The path of the `kind` cache's entry under `key()`; None when the cache is off or the
    key cannot be made (`Uncacheable`)."""
    where = folder(kind)
    if where is None:
        return None
    try:
        return entry_path(where, key(), suffix)
    except Uncacheable:
        return None


def peek(kind: str, key: Callable[[], str], suffix: str, decode: Callable[[bytes | None], T | None]) -> T | None:
    """What the `kind` cache holds under `key()`, decoded; None when it holds nothing usable
    (the read half of `through`, for a caller that makes the value itself)."""
    entry = _entry(kind, key, suffix)
    return decode(read_entry(entry)) if entry is not None else None


def keep(kind: str, key: Callable[[], str], suffix: str, value: T, encode: Callable[[T], bytes]) -> None:
    """Store `value` in the `kind` cache under `key()` (the write half of `through`); the
    caller stores only what raised no warning."""
    entry = _entry(kind, key, suffix)
    if entry is not None:
        write_entry(entry, encode(value))


# The build's cache of an output folder is kept under this many megabytes (BRIEFKIT_CACHE_MB):
# every code change, theme or seed edit makes new entries, and a batch of hundreds of seeds
# rebuilt for months would otherwise fill the disk with ones no build will read again.
CACHE_MB = 1024


def prune(root: Path, limit_mb: float | None = None) -> int:
    """Delete the entries of `root` (an output folder's `.cache`) used longest ago until the
    rest fit `limit_mb`; return how many went. Only regular files inside `root` are touched:
    links are neither followed nor removed, and a `root` that is itself a link is left alone."""
    if limit_mb is None:
        try:
            limit_mb = float(os.environ.get("BRIEFKIT_CACHE_MB", CACHE_MB))
        except ValueError:
            limit_mb = CACHE_MB
    if root.is_symlink() or not root.is_dir():
        return 0
    import stat

    files: list[tuple[float, int, str]] = []
    for folder_, dirs, names in os.walk(root, followlinks=False):
        for name in names:
            path = os.path.join(folder_, name)
            try:
                st = os.lstat(path)
            except OSError:
                continue
            if stat.S_ISREG(st.st_mode):
                files.append((st.st_mtime, st.st_size, path))
    total = sum(size for _, size, _ in files)
    limit = limit_mb * 2 ** 20
    gone = 0
    for _, size, path in sorted(files):
        if total <= limit:
            break
        try:
            os.unlink(path)
        except OSError:
            continue
        total -= size
        gone += 1
    return gone
