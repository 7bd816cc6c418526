"""A new file of a name no other has, beside the file it will replace: `tempfile.mkstemp`
without importing `tempfile`.

Why: `tempfile` imports `shutil` (with bz2 and lzma) and `random`, 4-5 ms of a warm rebuild
whose whole process takes about 150 ms, for the one call every atomic write makes. This
opens the file as `mkstemp` does (created exclusively, not following a link, readable and
writable by the owner only), with a random name part of hexadecimal digits (no dot, so
`outputs._PART` still reads a part file's process id).
"""
from __future__ import annotations

import os

_FLAGS = os.O_RDWR | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0)
_ATTEMPTS = 100


def mkstemp(prefix: str, suffix: str, dir: str | os.PathLike[str]) -> tuple[int, str]:
    """(file descriptor, path) of a new file `dir/<prefix><random><suffix>`, mode 0600."""
    for _ in range(_ATTEMPTS):
        path = os.path.join(dir, f"{prefix}{os.urandom(6).hex()}{suffix}")
        try:
            return os.open(path, _FLAGS, 0o600), path
        except FileExistsError:
            continue
    raise FileExistsError(f"no free temporary name in {dir} for {prefix}*{suffix}")
