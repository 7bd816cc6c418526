"""Writing into the output folder safely: never outside it, all or nothing, readable modes.

Judgement rules:
- The output folder itself is the user's choice (`-o`), so it may be a link. Everything briefkit
  creates *inside* it (`<seed>/`, `.cache/`) must be a real folder: a symbolic link there is
  refused, never followed, so a planted link cannot send files elsewhere. A link in place of
  an output *file* is replaced, not written through (rename replaces the link itself).
- A seed's documents are written as a set: every file goes to a temporary `.part` file,
  is fsynced, and only when all of them are complete are they renamed into place. A full
  disk or a crash therefore leaves the previous set (or nothing), never a mix of lengths.
- Temporary files carry the writer's process id, so a later run removes the ones left by a
  killed process (and only those).
- Outputs get the mode an ordinary file gets under the user's umask (0644 under 022), not
  the 0600 of a temporary file.
"""
from __future__ import annotations

import errno
import os
from . import recache as re
from pathlib import Path

from .errors import BuildError
from .realfolders import LinkRefused, real_folder
from .tempnames import mkstemp

_PART = re.compile(r"^\..+\.(\d+)\.[^.]+\.part$")


def _umask() -> int:
    old = os.umask(0o022)
    os.umask(old)
    return old


def _os_message(err: OSError) -> str:
    if err.errno == errno.ENOSPC:
        return "no space left on device"
    if err.errno == errno.ENAMETOOLONG:
        return "file name too long"
    if err.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return "permission denied (cannot write here)"
    return (err.strerror or str(err)).lower()


def prepare_out_dir(out_dir: Path) -> None:
    """Create the output folder, or say in one line why it cannot be used."""
    try:
        if out_dir.exists() and not out_dir.is_dir():
            raise BuildError("output path exists and is not a folder", file=out_dir)
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise BuildError(f"cannot create output folder: {_os_message(err)}", file=out_dir) from None
    if not os.access(out_dir, os.W_OK | os.X_OK):
        raise BuildError("cannot write to output folder: permission denied", file=out_dir)


def safe_subdir(out_dir: Path, *parts: str) -> Path:
    """`out_dir/parts...` as real folders, created as needed; a symbolic link (or a file) on the
    way is refused (`realfolders`)."""
    try:
        return Path(real_folder(out_dir, parts))
    except LinkRefused as err:
        raise BuildError(err.strerror or "cannot use folder", file=Path(err.filename)) from None
    except OSError as err:
        raise BuildError(f"cannot create folder: {_os_message(err)}", file=Path(err.filename or out_dir)) from None


def check_report_path(report: Path, inputs: list[Path | None]) -> None:
    """Refuse a report path that is not a place for a new or regular file, or that is an input.

    Judgement rule: the report is replaced whole (written beside and renamed), so a path that
    exists must be a regular file (or a link, which the rename replaces, never writes through):
    a device, a FIFO or a folder there is refused rather than turned into a file. A report
    that would replace one of the build's own inputs (a seed, the theme, the reference
    document, a file of the template folder) is refused too: `--report seed.txt` is a slip of
    the hand that would otherwise destroy the seed."""
    import stat

    try:
        st = os.lstat(report)
    except FileNotFoundError:
        return
    except OSError as err:
        raise BuildError(f"cannot use report path: {_os_message(err)}", file=report) from None
    if not (stat.S_ISREG(st.st_mode) or stat.S_ISLNK(st.st_mode)):
        raise BuildError("report path exists and is not a regular file", file=report)
    if not stat.S_ISREG(st.st_mode):
        return
    for item in inputs:
        if item is None:
            continue
        try:
            same = os.path.samefile(report, item) or (os.path.isdir(item) and not os.path.relpath(
                os.path.realpath(report), os.path.realpath(item)).startswith(".."))
        except OSError:
            continue
        if same:
            raise BuildError("report path is one of the build's inputs; name another file", file=report)


def _pid_alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def clean_stale_parts(folder: Path) -> int:
    """Remove `.part` files left in `folder` by processes that no longer run."""
    removed = 0
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return 0
    for entry in entries:
        m = _PART.match(entry.name)
        if m and not _pid_alive(int(m.group(1))):
            try:
                os.unlink(entry.path)
                removed += 1
            except OSError:
                pass
    return removed


def _fsync_dir(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _write_part(path: Path, data: bytes, mode: int) -> str:
    fd, tmp = mkstemp(prefix=f".{path.name}.{os.getpid()}.", suffix=".part", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, mode)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return tmp


def write_set(files: list[tuple[Path, bytes]]) -> None:
    """Write every (path, data) or none: all `.part` files first, then the renames.

    A failure (full disk, permission) while writing removes the parts written so far and
    leaves the previous outputs untouched; it is a BuildError naming the file."""
    mode = 0o666 & ~_umask()
    parts: list[tuple[str, Path]] = []
    try:
        for path, data in files:
            if path.is_dir() and not path.is_symlink():
                raise BuildError("output file name is taken by a folder", file=path)
            try:
                parts.append((_write_part(path, data, mode), path))
            except OSError as err:
                raise BuildError(f"cannot write: {_os_message(err)}", file=path) from None
        for tmp, path in parts:
            try:
                os.replace(tmp, path)
            except OSError as err:
                raise BuildError(f"cannot write: {_os_message(err)}", file=path) from None
        for folder in {path.parent for _, path in parts}:
            _fsync_dir(folder)
    finally:
        for tmp, _ in parts:
            Path(tmp).unlink(missing_ok=True)


def atomic_write(path: Path, data: bytes) -> None:
    """One file, atomically, with the same guarantees as `write_set`."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise BuildError(f"cannot create folder: {_os_message(err)}", file=path.parent) from None
    write_set([(path, data)])
