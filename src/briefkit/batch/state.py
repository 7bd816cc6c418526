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
import tempfile
import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

STATE_NAME = ".briefkit-state.json"
STATE_VERSION = 1
_LIBRARIES = ("reportlab", "python-docx", "matplotlib", "jinja2", "markdown-it-py", "svglib")


def write_atomically(path: Path, data: bytes) -> None:
    """Write to a temporary file beside `path`, then rename: readers see old or new, never half."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
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


def file_digest(path: str) -> str:
    """sha256 of a file's bytes, computed once per file version (path, size, mtime) per process."""
    try:
        st = os.stat(path)
    except OSError:
        return "missing"
    return _digest(path, st.st_size, st.st_mtime_ns, st.st_ino)


@lru_cache(maxsize=65536)
def _digest(path: str, size: int, mtime_ns: int, ino: int) -> str:
    h = hashlib.sha256()
    try:
        with open(path, "rb") as fh:
            for chunk in iter(lambda: fh.read(1 << 20), b""):
                h.update(chunk)
    except OSError:
        return "missing"
    return h.hexdigest()


def _tree_digest(root: Path, suffixes: tuple[str, ...] | None = None) -> str:
    h = hashlib.sha256()
    if root.is_dir():
        for f in sorted(p for p in root.rglob("*") if p.is_file() and "__pycache__" not in p.parts):
            if suffixes is None or f.suffix in suffixes:
                h.update(f.relative_to(root).as_posix().encode() + b"\0" + file_digest(str(f)).encode() + b"\0")
    return h.hexdigest()


@lru_cache(maxsize=1)
def code_digest() -> str:
    """briefkit's version and the digest of its source: an edited checkout counts as a new version."""
    from .. import __version__

    return f"{__version__}+{_tree_digest(Path(__file__).resolve().parents[1], ('.py',))[:16]}"


@lru_cache(maxsize=1)
def libraries_digest() -> str:
    from importlib import metadata

    parts = []
    for name in _LIBRARIES:
        try:
            parts.append(f"{name}={metadata.version(name)}")
        except metadata.PackageNotFoundError:
            parts.append(f"{name}=-")
    return hashlib.sha256(",".join(parts).encode()).hexdigest()


def theme_digests(theme: Path | None) -> dict[str, str]:
    """The theme file and the logo and font files it names (relative to the theme)."""
    if theme is None:
        return {"theme": "default"}
    out = {"theme": file_digest(str(theme))}
    try:
        data = tomllib.loads(theme.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        return out  # the build itself reports the broken theme
    if isinstance(data.get("logo"), str) and data["logo"]:
        out["logo"] = file_digest(str(theme.parent / data["logo"]))
    fonts = data.get("fonts") if isinstance(data.get("fonts"), dict) else {}
    files = []
    for key, value in sorted(fonts.items()):
        for v in value if isinstance(value, list) else [value]:
            if isinstance(v, str) and v:
                files.append(f"{key}:{file_digest(str(theme.parent / v))}")
    if files:
        out["fonts"] = hashlib.sha256("\n".join(files).encode()).hexdigest()
    return out


@dataclass(frozen=True)
class SharedInputs:
    """Digests of the inputs every output of a run shares, computed once."""

    digests: dict[str, str]

    @classmethod
    def compute(cls, template_dirs: list[Path], theme: Path | None, reference_docx: Path | None) -> "SharedInputs":
        d = {"briefkit": code_digest(), "libraries": libraries_digest()}
        th = hashlib.sha256()
        for t in template_dirs:
            th.update(_tree_digest(t).encode())
        d["templates"] = th.hexdigest()
        d.update(theme_digests(theme))
        d["reference_docx"] = file_digest(str(reference_docx)) if reference_docx else "none"
        epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
        d["source_date_epoch"] = epoch or "unset"
        return cls(d)


def seed_inputs(seed: Path, shared: SharedInputs) -> dict[str, str]:
    d = dict(shared.digests)
    d["seed"] = file_digest(str(seed))
    if shared.digests["source_date_epoch"] == "unset":
        # Without SOURCE_DATE_EPOCH a seed that states no date is dated by its file time.
        try:
            d["seed_day"] = str(int(seed.stat().st_mtime) // 86400)
        except OSError:
            d["seed_day"] = "missing"
    return d


# Inputs only one format reads: a new reference DOCX leaves the PDFs alone.
FORMAT_ONLY = {"reference_docx": "docx"}


def output_key(inputs: dict[str, str], length: str, fmt: str, _memo: dict | None = None) -> str:
    """The key of one output. Pass one `_memo` dict per seed: its inputs are serialised once per format."""
    memo = _memo if _memo is not None else {}
    base = memo.get(fmt)
    if base is None:
        used = {k: v for k, v in inputs.items() if FORMAT_ONLY.get(k, fmt) == fmt}
        base = memo[fmt] = hashlib.sha256(json.dumps(used, sort_keys=True).encode()).hexdigest()
    return hashlib.sha256(f"{base}\0{length}\0{fmt}".encode()).hexdigest()


@dataclass
class State:
    """The state file: output path (relative to the output folder) -> what it was built from."""

    path: Path
    entries: dict[str, dict[str, Any]] = field(default_factory=dict)
    dirty: bool = False

    @classmethod
    def load(cls, out_dir: Path) -> "State":
        path = out_dir / STATE_NAME
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            if data.get("version") == STATE_VERSION and isinstance(data.get("outputs"), dict):
                return cls(path, data["outputs"])
        except (OSError, ValueError, AttributeError):
            pass  # missing or unreadable: everything is rebuilt, which is always safe
        return cls(path)

    def up_to_date(self, rel: str, key: str, file: Path) -> dict[str, Any] | None:
        entry = self.entries.get(rel)
        if entry is None or entry.get("key") != key:
            return None
        try:
            st = file.stat()
        except OSError:
            return None
        if st.st_size != entry.get("size") or st.st_mtime_ns != entry.get("mtime_ns"):
            return None
        return entry

    def record(self, rel: str, key: str, file: Path, info: dict[str, Any]) -> None:
        st = file.stat()
        self.entries[rel] = {**info, "key": key, "size": st.st_size, "mtime_ns": st.st_mtime_ns}
        self.dirty = True

    def forget(self, rel: str) -> None:
        if self.entries.pop(rel, None) is not None:
            self.dirty = True

    def save(self) -> None:
        if not self.dirty:
            return
        data = {"version": STATE_VERSION, "outputs": self.entries}
        write_atomically(self.path, json.dumps(data, sort_keys=True, separators=(",", ":")).encode("utf-8"))
        self.dirty = False
