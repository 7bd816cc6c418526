"""Incremental builds: skip an output whose inputs are unchanged since it was written.

An output's key is a hash of everything that decides its bytes: the seed's bytes (and, when
no SOURCE_DATE_EPOCH is set, the day of its file time, which dates the briefing), every
template file on the lookup path, the theme file and the logo and fonts it names, the
reference DOCX, briefkit's version and source, the versions of the libraries that draw and
write (ReportLab, python-docx, matplotlib with its bundled fonts, Jinja2), and the options
(length, format). The state file in the output folder maps each output path to its key and to
the size and modification time the file had when written: an output is up to date when its key
matches and the file is still there, untouched. So deleting one output rebuilds just it, and
editing one by hand gets it rebuilt rather than trusted.

Speed is the point: a rebuild of an unchanged corpus of thousands of outputs must take well
under a second, so this module is standard library only, every file is hashed once per run,
and the check per output is a dictionary lookup and one `stat`.
"""
from __future__ import annotations

import hashlib
import json
import os
import sys
import time
from ..records import field
from functools import lru_cache
from pathlib import Path

from ..records import record
from ..tempnames import mkstemp

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing at run time
if TYPE_CHECKING:
    from typing import Any

STATE_NAME = ".briefkit-state.json"
STATE_VERSION = 1
_LIBRARIES = ("reportlab", "python-docx", "matplotlib", "jinja2", "markdown-it-py", "svglib")


def write_atomically(path: Path, data: bytes) -> None:
    """Write to a temporary file beside `path`, then rename: readers see old or new, never half."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.chmod(tmp, 0o666 & ~_umask())  # as a plain open() would have made it, not mkstemp's 0600
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


@lru_cache(maxsize=1)
def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


RACY_NS = 2_000_000_000  # a file changed this recently may change again within one timestamp tick


class FileDigests:
    """sha256 of input files, remembered across runs in the state file by (size, mtime_ns, inode).

    Why: a no-op rebuild must not read every seed, template and source file. A file whose size,
    modification time or inode differ from the remembered ones is read and hashed again, so an
    edit is seen as soon as its stat changes. A file modified within RACY_NS of being hashed is
    not remembered (a second write in the same timestamp tick could leave its stat unchanged);
    it is hashed again next run. Only the files this run looked at are saved, so the table
    never outgrows the inputs.
    """

    def __init__(self, known: dict[str, list] | None = None):
        self.known = known or {}
        self.used: dict[str, list] = {}
        self.changed = False

    def digest(self, path: str | os.PathLike) -> str:
        key = os.path.abspath(path)
        try:
            st = os.stat(key)
        except OSError:
            return "missing"
        stamp = [st.st_size, st.st_mtime_ns, st.st_ino]
        for table in (self.used, self.known):
            entry = table.get(key)
            if entry is not None and entry[:3] == stamp:
                if table is self.known:
                    self.used[key] = entry
                return entry[3]
        now = time.time_ns()
        digest = _hash_file(key)
        if digest != "missing" and now - st.st_mtime_ns > RACY_NS:
            self.used[key] = [*stamp, digest]
            self.changed = True
        return digest

    def save_table(self) -> dict[str, list]:
        """What to store: the files used this run."""
        return self.used

    @property
    def dirty(self) -> bool:
        return self.changed or len(self.used) != len(self.known)


def _read_regular(path: Path) -> bytes:
    """A regular file's bytes; OSError for anything else (opened without blocking: the state
    file's place may hold a FIFO, which would block `open` until a writer comes)."""
    import stat

    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    with open(fd, "rb", closefd=True) as fh:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise OSError(f"{path} is not a regular file")
        return fh.read()


def _hash_file(path: str) -> str:
    """sha256 of a regular file's bytes; "missing" when it cannot be opened, "not-a-file" when
    it is a pipe, a device or a folder.

    Why open without blocking and look before reading: an input named on the command line (a
    seed, a theme, a font) may be a FIFO, which blocks `open` until a writer comes, or a device
    such as /dev/zero, which never ends. Its digest is only a key; the stage that reads it
    refuses it with its own one-line error (`readers.textfile`)."""
    import stat

    h = hashlib.sha256()
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except OSError:
        return "missing"
    with open(fd, "rb", closefd=True) as fh:
        try:
            if not stat.S_ISREG(os.fstat(fd).st_mode):
                return "not-a-file"
            for chunk in iter(lambda: fh.read(1 << 20), b""):
                h.update(chunk)
        except OSError:
            return "missing"
    return h.hexdigest()


def file_digest(path: str) -> str:
    """sha256 of a file's bytes (no cache: for one-off callers)."""
    return _hash_file(os.path.abspath(path))


class TooManyFiles(Exception):
    """A folder walked for its digest holds more entries than the caller allows."""


def _tree_files(root: str, suffixes: tuple[str, ...] | None, most: int | None = None) -> list[str]:
    """Every file below `root` (relative, posix, sorted), skipping __pycache__; scandir, not
    rglob, because this runs on every invocation over briefkit's own source.

    Linked folders are followed (a template folder may link a shared one) but each real
    folder is entered once, so a link to an ancestor (`X11 -> .`) cannot loop; past `most`
    entries the walk stops with TooManyFiles (`--templates /` must not hash the disk)."""
    out: list[str] = []
    todo = [""]
    seen: set[tuple[int, int]] = set()
    count = 0
    while todo:
        rel = todo.pop()
        try:
            st = os.stat(os.path.join(root, rel))
            if (st.st_dev, st.st_ino) in seen:
                continue
            seen.add((st.st_dev, st.st_ino))
            entries = list(os.scandir(os.path.join(root, rel)))
        except OSError:
            continue
        count += len(entries)
        if most is not None and count > most:
            raise TooManyFiles(root)
        for e in entries:
            name = f"{rel}/{e.name}" if rel else e.name
            try:
                is_dir = e.is_dir()
            except OSError:
                continue
            if is_dir:
                if e.name != "__pycache__":
                    todo.append(name)
            elif e.is_file() and (suffixes is None or os.path.splitext(e.name)[1] in suffixes):
                out.append(name)
    return sorted(out)


def tree_digest(root: Path, digests: FileDigests, suffixes: tuple[str, ...] | None = None,
                most: int | None = None) -> str:
    h = hashlib.sha256()
    base = str(root)
    for rel in _tree_files(base, suffixes, most):
        h.update(rel.encode() + b"\0" + digests.digest(os.path.join(base, rel)).encode() + b"\0")
    return h.hexdigest()


def code_digest(version: str) -> str:
    """briefkit's version and the digest of its source: an edited checkout counts as a new
    version. The digest is the one the build's caches key on (`caches.code_version`), kept in
    the output folder's cache and beside the bytecode: a first build into a new output folder
    had hashed every source file twice (here, with this file's digests, and for the caches)
    before it could start its helper, on the way to every result."""
    from ..caches import code_version

    return f"{version}+{code_version()[:16]}"


def _site_stamp() -> list | None:
    """The folders packages are installed into, with their modification times: installing,
    upgrading or removing a distribution adds or removes a `*.dist-info` folder there, which
    changes the folder's time. None when no such folder is on sys.path (then nothing is cached)."""
    stamp = []
    for entry in sys.path:
        if os.path.basename(entry) in ("site-packages", "dist-packages"):
            try:
                stamp.append([entry, os.stat(entry).st_mtime_ns])
            except OSError:
                pass
    return [sys.path[1:], stamp] if stamp else None  # [0] is the script's folder or the current one


def environment(cache: dict[str, Any]) -> tuple[dict[str, Any], str, str]:
    """(the cache to store, briefkit's version, the libraries' digest).

    Reading distribution metadata imports importlib.metadata and scans sys.path (tens of ms),
    so the answer is kept in the state file while the install folders are unchanged.
    """
    stamp = _site_stamp()
    if stamp is not None and cache.get("stamp") == stamp and isinstance(cache.get("versions"), dict):
        versions = cache["versions"]
    else:
        versions = _versions()
    libs = hashlib.sha256(",".join(f"{n}={versions.get(n, '-')}" for n in _LIBRARIES).encode()).hexdigest()
    return {"stamp": stamp, "versions": versions}, versions.get("briefkit", "0+unknown"), libs


def _versions() -> dict[str, str]:
    """The installed versions of briefkit and the libraries whose output it embeds, read as
    `caches.package_version` reads them: without importing importlib.metadata, which alone
    cost a first build 35 ms before it could start its work."""
    from ..caches import package_version

    out = {}
    for name in ("briefkit", *_LIBRARIES):
        found = package_version(name)
        out[name] = found if found != "none" else ("-" if name != "briefkit" else "0+unknown")
    return out


def theme_digests(theme: Path | None, digests: FileDigests) -> dict[str, str]:
    """The theme file and the logo and font files it names (relative to the theme)."""
    if theme is None:
        return {"theme": "default"}
    import tomllib  # here: a build with the default theme reads no TOML

    out = {"theme": digests.digest(theme)}
    try:
        data = tomllib.loads(theme.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        return out  # the build itself reports the broken theme
    if isinstance(data.get("logo"), str) and data["logo"]:
        out["logo"] = digests.digest(theme.parent / data["logo"])
    fonts = data.get("fonts") if isinstance(data.get("fonts"), dict) else {}
    files = []
    for key, value in sorted(fonts.items()):
        for v in value if isinstance(value, list) else [value]:
            if isinstance(v, str) and v:
                files.append(f"{key}:{digests.digest(theme.parent / v)}")
    if files:
        out["fonts"] = hashlib.sha256("\n".join(files).encode()).hexdigest()
    return out


@record(frozen=True)
class SharedInputs:
    """Digests of the inputs every output of a run shares, computed once; `version` is briefkit's."""

    digests: dict[str, str]
    version: str = "0+unknown"

    @classmethod
    def compute(cls, template_dirs: list[Path], theme: Path | None, reference_docx: Path | None,
                state: "State | None" = None) -> "SharedInputs":
        files = state.files if state is not None else FileDigests()
        env, version, libs = environment(state.env if state is not None else {})
        if state is not None and env != state.env:
            state.env, state.dirty = env, True
        d = {"briefkit": code_digest(version), "libraries": libs}
        th = hashlib.sha256()
        for t in template_dirs:
            th.update(_template_digest(t, files).encode())
        d["templates"] = th.hexdigest()
        d.update(theme_digests(theme, files))
        d["reference_docx"] = files.digest(reference_docx) if reference_docx else "none"
        epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
        d["source_date_epoch"] = epoch or "unset"
        return cls(d, version)


def _template_digest(folder: Path, files: FileDigests) -> str:
    """The digest of a template folder, refused in one line when it holds more files than a
    set of templates could (`template_files`): a folder such as `/` named by mistake, or by a
    hostile manifest, would otherwise be hashed whole."""
    from ..errors import BuildError
    from ..limits import current, hint

    most = current().template_files
    try:
        return tree_digest(folder, files, most=most)
    except TooManyFiles:
        raise BuildError(f"template folder holds more than {most} files and folders; name the folder of "
                         f"your templates {hint('template_files')}", file=folder) from None


def seed_inputs(seed: Path, shared: SharedInputs, files: FileDigests) -> dict[str, str]:
    d = dict(shared.digests)
    d["seed"] = files.digest(seed)
    if shared.digests["source_date_epoch"] == "unset":
        # Without SOURCE_DATE_EPOCH a seed that states no date is dated by its file time.
        try:
            d["seed_day"] = str(int(os.stat(seed).st_mtime) // 86400)
        except OSError:
            d["seed_day"] = "missing"
    return d


# Inputs only one format reads: a new reference DOCX leaves the PDFs alone.
FORMAT_ONLY = {"reference_docx": "docx"}


class OutputKeys:
    """The keys of one run's outputs. The shared inputs are serialised and hashed once per
    format for the whole run, so an output's key costs one short sha256 over that, its seed's
    own inputs (seed bytes, seed day), its length and its format: thousands per no-op run."""

    def __init__(self, shared: SharedInputs):
        self.shared = shared.digests
        self._base: dict[str, str] = {}

    def _base_of(self, fmt: str) -> str:
        base = self._base.get(fmt)
        if base is None:
            used = {k: v for k, v in self.shared.items() if FORMAT_ONLY.get(k, fmt) == fmt}
            base = self._base[fmt] = hashlib.sha256(json.dumps(used, sort_keys=True).encode()).hexdigest()
        return base

    def key(self, inputs: dict[str, str], length: str, fmt: str) -> str:
        own = "\0".join(f"{k}={v}" for k, v in inputs.items() if k not in self.shared)
        return hashlib.sha256(f"{self._base_of(fmt)}\0{own}\0{length}\0{fmt}".encode()).hexdigest()


@record
class State:
    """The state file: output path (relative to the output folder) -> what it was built from,
    plus the remembered digests of input files and the library versions (see FileDigests and
    `environment`), so that a no-op run reads no input file and imports no metadata machinery."""

    path: Path
    entries: dict[str, dict[str, Any]] = field(default_factory=dict)
    dirty: bool = False
    files: FileDigests = field(default_factory=FileDigests)
    env: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def load(cls, out_dir: Path) -> "State":
        path = out_dir / STATE_NAME
        try:
            data = json.loads(_read_regular(path))
            if data.get("version") == STATE_VERSION and isinstance(data.get("outputs"), dict):
                files = data.get("files") if isinstance(data.get("files"), dict) else {}
                files = {k: v for k, v in files.items() if isinstance(v, list)}
                env = data.get("environment") if isinstance(data.get("environment"), dict) else {}
                outputs = {k: v for k, v in data["outputs"].items() if isinstance(v, dict)}
                return cls(path, outputs, files=FileDigests(files), env=env)
        except (OSError, ValueError, AttributeError, RecursionError):
            # missing, unreadable, not a regular file or nested past the parser's depth:
            # everything is rebuilt, which is always safe
            pass
        return cls(path)

    def up_to_date(self, rel: str, key: str, file: str | os.PathLike) -> dict[str, Any] | None:
        entry = self.entries.get(rel)
        if entry is None or entry.get("key") != key:
            return None
        try:
            st = os.stat(file)
        except OSError:
            return None
        if st.st_size != entry.get("size") or st.st_mtime_ns != entry.get("mtime_ns"):
            return None
        return entry

    def record(self, rel: str, key: str, file: str | os.PathLike, info: dict[str, Any]) -> None:
        st = os.stat(file)
        self.entries[rel] = {**info, "key": key, "size": st.st_size, "mtime_ns": st.st_mtime_ns}
        self.dirty = True

    def forget(self, rel: str) -> None:
        if self.entries.pop(rel, None) is not None:
            self.dirty = True

    def save(self) -> None:
        if not (self.dirty or self.files.dirty):
            return
        data = {"version": STATE_VERSION, "outputs": self.entries, "files": self.files.save_table(),
                "environment": self.env}
        write_atomically(self.path, json.dumps(data, sort_keys=True, separators=(",", ":")).encode("utf-8"))
        self.dirty = False
        self.files.known, self.files.changed = dict(self.files.used), False
