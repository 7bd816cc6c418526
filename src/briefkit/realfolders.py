"""Folders inside the output folder that are real folders, never symbolic links.

Judgement rule: the output folder itself is the user's choice and may be a link, but everything
briefkit creates *inside* it (a seed's folder, the folders a `--name` pattern names, `.cache`
and its kinds and their subfolders) must be a real folder. A link planted there (by a shared
output folder, an unpacked archive, a hostile checkout) would send documents and cache entries
to wherever it points, so it is refused, never followed.

How: each component below the base is looked at with `lstat` (which does not follow a link)
and made with `mkdir` when missing; `mkdir` never follows a link at the name it creates, and a
link planted between the look and the `mkdir` makes the `mkdir` fail and the second look
refuse it. Standard library only: the cache writes through this some forty times a profile.
"""
from __future__ import annotations

import errno
import os
import stat
from collections.abc import Sequence


class LinkRefused(OSError):
    """A component inside the output folder is a symbolic link (or not a folder)."""


def _check(path: str) -> bool:
    """True when `path` is a real folder, False when it is missing; LinkRefused otherwise."""
    try:
        st = os.lstat(path)
    except FileNotFoundError:
        return False
    if stat.S_ISLNK(st.st_mode):
        raise LinkRefused(errno.ELOOP, "is a symbolic link inside the output folder; briefkit does not "
                                       "follow links there (remove it)", path)
    if not stat.S_ISDIR(st.st_mode):
        raise LinkRefused(errno.ENOTDIR, "exists and is not a folder", path)
    return True


def real_folder(base: str | os.PathLike[str], parts: Sequence[str], create: bool = True) -> str:
    """`base/parts...`, every part a real folder (made when missing and `create`).

    `base` itself is trusted (the user's output folder, or a cache root already checked).
    Raises LinkRefused for a link or a file on the way, OSError when a folder cannot be made,
    FileNotFoundError when one is missing and not `create`."""
    path = os.fspath(base)
    for part in parts:
        if part in ("", ".", ".."):
            raise LinkRefused(errno.EINVAL, f"'{part}' is not a folder name inside the output folder", path)
        path = os.path.join(path, part)
        if _check(path):
            continue
        if not create:
            raise FileNotFoundError(errno.ENOENT, "no such folder", path)
        try:
            os.mkdir(path)
        except FileExistsError:
            pass
        if not _check(path):
            raise FileNotFoundError(errno.ENOENT, "folder vanished while being made", path)
    return path


def inside(base: str | os.PathLike[str], path: str | os.PathLike[str]) -> list[str] | None:
    """The components of `path` below `base`, or None when `path` is not below it (lexically)."""
    base_s, path_s = os.fspath(base), os.fspath(path)
    rel = os.path.relpath(path_s, base_s) if os.path.isabs(path_s) == os.path.isabs(base_s) else ".."
    if rel == ".":
        return []
    parts = rel.split(os.sep)
    return None if parts[0] == ".." else parts
