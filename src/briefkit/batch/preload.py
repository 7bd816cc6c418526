"""Imported by the fork server local workers come from, and by nothing else: it declares the
server's process briefkit's own and imports the build stages (`executors.PRELOAD`) with the
cycle collector paused, then frozen (see `briefkit.heap`). Every worker forked from the server
inherits both: it starts with ReportLab, matplotlib and python-docx loaded and the built-in
templates compiled (`compose.precompile_builtin`), its collections
leave their objects out, and its collector does not touch, and so copy, the memory pages it
shares with the server.
"""
from __future__ import annotations

import importlib

from ..heap import long_lived, own_process
from .executors import PRELOAD

own_process()


def _quiet_abandoned_start(kind: type[BaseException], value: BaseException, tb: object) -> None:
    """The excepthook of the fork server and the workers it forks.

    A worker forked after its pool was shut down (an interrupted batch) cannot unpickle what
    it was to start with, whose semaphores its pool had already released: the fork server
    printed that traceback on the user's terminal after "briefkit: interrupted". Such an
    error (an OSError or EOFError raised while `multiprocessing.spawn` reads the start data)
    tells the user nothing and is not printed; every other error is, as Python prints it."""
    import sys
    import traceback

    frames = traceback.extract_tb(tb)  # type: ignore[arg-type]
    starting = any(f.name == "_main" and f.filename.endswith(("multiprocessing/spawn.py", "multiprocessing\\spawn.py"))
                   for f in frames)
    if starting and isinstance(value, (OSError, EOFError)):
        return
    sys.__excepthook__(kind, value, tb)  # type: ignore[arg-type]


import sys  # noqa: E402

sys.excepthook = _quiet_abandoned_start
from ..pattern_cache import install  # noqa: E402

install()  # the patterns the build stages compile as they load, kept from one process to the next
with long_lived():
    for _name in PRELOAD:
        importlib.import_module(_name)
    from ..compose import precompile_builtin

    precompile_builtin()
from ..pattern_cache import save  # noqa: E402

save()  # the server ends without exit handlers: the patterns its imports compiled
