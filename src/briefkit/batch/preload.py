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
from ..pattern_cache import install  # noqa: E402

install()  # the patterns the build stages compile as they load, kept from one process to the next
with long_lived():
    for _name in PRELOAD:
        importlib.import_module(_name)
    from ..compose import precompile_builtin

    precompile_builtin()
from ..pattern_cache import save  # noqa: E402

save()  # the server ends without exit handlers: the patterns its imports compiled
