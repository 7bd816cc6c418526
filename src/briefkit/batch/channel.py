"""Messages from forked builders to the process that waits for them, read as they come.

Why: in a cold build of one article (`split.Helper`), this process reads the seed while a
helper loads the drawing stack, hands it the profile, and then only waits while the helper
and the helper's own child (`split.run_split`) lay out the lengths: a core's worth of time
left idle. The Word packages need none of the drawing stack, only a length's Document, so
each builder sends that Document here as soon as its length is laid out (`post`) and this
process writes the package (`drain`) while they go on. python-docx is then loaded once, here,
not by the helper on the way to its first layout, and no builder writes a package.

How: one pipe per sending process, so that two senders never interleave a message (a pipe
keeps a write whole only up to 4 KiB; a Document with its charts is hundreds). A message is
its length (8 bytes) and its pickle. The pipes are private to the processes of one build,
made by this one before it forks, so what comes back is unpickled as this process's own, as
`split._receive` does. A pipe is asked to hold a megabyte (Linux's `F_SETPIPE_SZ`, where
allowed), so a sender does not wait while this process writes a package; where it cannot,
the sender waits, nothing more. A sender that dies leaves its last message short: a short
message, or one that does not unpickle, is dropped, and its outputs are reported by the
caller (`batch.posted`).
"""
from __future__ import annotations

import os
import struct
from collections.abc import Callable

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing at run time
if TYPE_CHECKING:
    from typing import Any

_HEAD = struct.Struct(">Q")
_PIPE_BYTES = 1 << 20
_F_SETPIPE_SZ = 1031  # fcntl.F_SETPIPE_SZ (Linux): named in fcntl only from Python 3.10 on Linux


def pipes(count: int) -> list[tuple[int, int]]:
    """`count` pipes (read end, write end), each asked to hold `_PIPE_BYTES`."""
    made = []
    for _ in range(count):
        r, w = os.pipe()
        try:
            import fcntl

            fcntl.fcntl(w, getattr(fcntl, "F_SETPIPE_SZ", _F_SETPIPE_SZ), _PIPE_BYTES)
        except (ImportError, OSError):  # not Linux, or above the system's limit: a smaller pipe
            pass
        made.append((r, w))
    return made


def post(fd: int, value: Any) -> None:
    """`value`, pickled and framed, down the pipe `fd` (which stays open)."""
    import pickle

    payload = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
    view = memoryview(_HEAD.pack(len(payload)) + payload)
    while view:
        view = view[os.write(fd, view):]


def close(fds: list[int]) -> None:
    """Close every fd of `fds` still open, and empty the list."""
    while fds:
        try:
            os.close(fds.pop())
        except OSError:
            pass


def drain(fds: list[int], handle: Callable[[Any], None]) -> None:
    """`handle(message)` for each whole message read from the pipes `fds`, in the order each
    pipe sent them, until every pipe is closed by its senders; the fds are closed then. A
    message cut short by a sender that ended is dropped."""
    import pickle
    import select

    pending = {fd: bytearray() for fd in fds}
    try:
        while pending:
            ready, _, _ = select.select(list(pending), [], [])
            for fd in ready:
                chunk = os.read(fd, _PIPE_BYTES)
                if not chunk:
                    del pending[fd]
                    continue
                buf = pending[fd]
                buf += chunk
                while len(buf) >= _HEAD.size:
                    (size,) = _HEAD.unpack_from(buf)
                    if len(buf) < _HEAD.size + size:
                        break
                    payload = bytes(buf[_HEAD.size:_HEAD.size + size])
                    del buf[:_HEAD.size + size]
                    try:
                        message = pickle.loads(payload)
                    except Exception:  # noqa: BLE001 - unreadable: as if it never came (see the module)
                        continue
                    handle(message)
    finally:
        close(fds)
