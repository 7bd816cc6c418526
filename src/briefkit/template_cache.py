"""Compiled templates kept in the build's cache, so a build does not compile them again.

Why: Jinja2 turns a template into Python source and compiles it on first use in a process;
for the built-in templates that is the larger part of composing a document once. Jinja2's
bytecode cache stores the compiled code, checks the template's source checksum before using
it, and compiles afresh when the source changed.

The key adds what Jinja2's own does not cover: briefkit's code (the environment's options,
filters and sandbox are defined there), Jinja2's and Python's versions (the payload is
marshalled code), besides the template's name and file. Entries live in
`<out>/.cache/templates` of the build in progress (`briefkit.caches.scope`); outside a build
nothing is cached. An entry is decoded only after its checksum matched.
"""
from __future__ import annotations

import hashlib
import sys

import jinja2
from jinja2.bccache import Bucket, BytecodeCache

from . import caches

FORMAT = "1"


class TemplateBytecodeCache(BytecodeCache):
    """Jinja2 bytecode in the current build's cache folder, written atomically."""

    def get_cache_key(self, name: str, filename: str | None = None) -> str:
        h = hashlib.sha256()
        for part in (FORMAT, caches.code_version(), jinja2.__version__, sys.version, name, filename or ""):
            h.update(part.encode("utf-8", "surrogatepass") + b"\0")
        return h.hexdigest()

    def load_bytecode(self, bucket: Bucket) -> None:
        folder = caches.folder("templates")
        if folder is None:
            return
        payload = caches.read_entry(caches.entry_path(folder, bucket.key, ".jbc"))
        if payload is not None:
            try:
                bucket.bytecode_from_string(payload)
            except Exception:  # noqa: BLE001 - an entry that does not load is a missing entry
                bucket.reset()

    def dump_bytecode(self, bucket: Bucket) -> None:
        folder = caches.folder("templates")
        if folder is not None and bucket.code is not None:
            caches.write_entry(caches.entry_path(folder, bucket.key, ".jbc"), bucket.bytecode_to_string())
