"""Compiled regular expressions kept from one process to the next, as Python keeps bytecode.

Why: the extraction rules are some six hundred patterns compiled as their modules load, many
of them long alternations of titles, ranks and kinds of body, and `re` turns each into its
engine's code in pure Python. A build that starts afresh spent about 0.27 s of its 2.2 CPU
seconds there (0.18 s for the people and events rules alone), on the path of the first
result: the seed cannot be read before its rules are loaded. That work gives the same code
every time for the same pattern, flags and interpreter, so it is done once and kept.

How: in a process briefkit owns (`heap.own_process`), `re`'s compiler is wrapped (`install`).
A pattern compiled while a module loads (an import is under way on the stack) is stored by
(pattern, flags) with what `re` hands its engine: the code, the group count and names. The
next process that compiles the same pattern hands those to the engine (`_sre.compile`)
directly. Patterns compiled later, from a profile's own names, are not kept: they are
different for every seed and would only grow the file.

Where: one file in the package's `__pycache__`, beside its bytecode, named for the
interpreter and the engine's version, written only where Python may write bytecode
(`sys.dont_write_bytecode`) and only atomically (a temporary file renamed over it).
Its payload carries a CRC-32 of itself: a truncated or damaged file is ignored and written
again. The engine checks every code it is handed (`_sre` validates code before it accepts
it), and an entry that it refuses, or that does not read back as what was stored, is
compiled as usual: the cache can make a start faster, never a pattern different. A file
that someone could alter here is one they could alter the bytecode beside it in.

Not for the library: a program that imports briefkit keeps its `re` as it was.
"""
from __future__ import annotations

import marshal
import os
import sys
import zlib
from array import array

_MAGIC = b"BKRX2"
_WORD = "I"  # the array type of the engine's code words (`_sre.CODESIZE` bytes: checked)
_MOST = 8000  # entries kept at most: the package's own patterns and its libraries' are ~1,300
_entries: dict = {}
_added = 0
_installed: list = []


def _path() -> str | None:
    """The cache file beside the package's bytecode (`sys.pycache_prefix` honoured)."""
    try:
        import _sre
    except ImportError:  # pragma: no cover - not CPython
        return None
    here = os.path.dirname(os.path.abspath(__file__))
    tag = sys.implementation.cache_tag
    if not tag:
        return None
    name = f"patterns.{tag}-{_sre.MAGIC}-{_sre.CODESIZE}.bin"
    if sys.pycache_prefix:
        return os.path.join(sys.pycache_prefix, here.lstrip(os.sep), name)
    return os.path.join(here, "__pycache__", name)


def _load(path: str) -> dict:
    try:
        with open(path, "rb") as fh:
            data = fh.read()
    except OSError:
        return {}
    head = len(_MAGIC)
    if data[:head] != _MAGIC or zlib.crc32(data[head + 4:]).to_bytes(4, "big") != data[head:head + 4]:
        return {}
    try:
        loaded = marshal.loads(data[head + 4:])
    except (EOFError, ValueError, TypeError):
        return {}
    return loaded if type(loaded) is dict else {}


def install() -> None:
    """Wrap `re`'s compiler with the cache (idempotent). Does nothing on an interpreter whose
    `re` is not laid out as CPython 3.11-3.13's is, or whose compiler this wrapper does not
    reproduce exactly (checked on a sample pattern first)."""
    if _installed:
        return
    _installed.append(True)
    try:
        import _sre
        from re import _compiler, _parser
    except ImportError:  # pragma: no cover - not CPython
        return
    original = getattr(_compiler, "compile", None)
    if original is None or not hasattr(_compiler, "_code") or not hasattr(_parser, "parse"):
        return
    path = _path()
    if path is None:
        return

    def parts(p: str | bytes, flags: int) -> tuple:
        parsed = _parser.parse(p, flags)
        code = _compiler._code(parsed, flags)
        groupindex = dict(parsed.state.groupdict)
        indexgroup = [None] * parsed.state.groups
        for k, i in groupindex.items():
            indexgroup[i] = k
        # the code as the engine's words packed in bytes: a file of lists of ints took 15 ms to
        # read back, one of bytes 2 ms, and only the patterns compiled are unpacked (`_sre_args`)
        return (int(flags | parsed.state.flags), array(_WORD, code).tobytes(), parsed.state.groups - 1,
                groupindex, tuple(indexgroup))

    def same(a, b) -> bool:
        return (a.pattern, a.flags, a.groups, dict(a.groupindex)) == (b.pattern, b.flags, b.groups, dict(b.groupindex))

    sample = r"(?P<word>\w+)\s+(?:the|an?)\b"
    try:
        if array(_WORD).itemsize != _sre.CODESIZE \
                or not same(_sre.compile(sample, *_sre_args(parts(sample, 0))), original(sample, 0)):
            return
    except Exception:  # noqa: BLE001 - an engine this wrapper does not know: leave `re` as it is
        return
    _entries.update(_load(path))

    def compile(p, flags=0):  # noqa: A001 - `re._compiler.compile`'s own name and signature
        kind = type(p)
        if (kind is not str and kind is not bytes) or flags & 128:  # a parsed pattern, or re.DEBUG
            return original(p, flags)
        key = (p, flags)
        entry = _entries.get(key)
        if entry is not None:
            try:
                return _sre.compile(p, *_sre_args(entry))
            except Exception:  # noqa: BLE001 - refused by the engine: compiled as usual below
                _entries.pop(key, None)
        if not _importing():
            return original(p, flags)
        global _added
        made = parts(p, flags)
        pattern = _sre.compile(p, *_sre_args(made))
        if len(_entries) < _MOST:
            _entries[key] = made
            _added += 1
        return pattern

    _compiler.compile = compile
    import atexit

    atexit.register(save)


def _sre_args(entry: tuple) -> tuple:
    """An entry as `_sre.compile` takes it after the pattern: the code as a list of ints."""
    flags, code, groups, groupindex, indexgroup = entry
    return flags, array(_WORD, code).tolist(), groups, groupindex, indexgroup


def _importing() -> bool:
    """Whether a module is being loaded: an import machinery frame is on the stack."""
    frame = sys._getframe(2)
    while frame is not None:
        if frame.f_code.co_filename.startswith("<frozen importlib"):
            return True
        frame = frame.f_back
    return False


def save() -> None:
    """Write the entries added in this process, merged with the file's, when there are any and
    Python may write bytecode. Called at exit, and by a process that ends without running
    exit handlers (a forked helper, a fork server) once its modules are loaded."""
    global _added
    if not _added or sys.dont_write_bytecode:
        return
    path = _path()
    if path is None:
        return
    merged = _load(path)
    merged.update(_entries)
    if len(merged) > _MOST:
        merged = dict(list(merged.items())[-_MOST:])
    try:
        payload = marshal.dumps(merged)
    except ValueError:  # pragma: no cover - every entry is made of plain values
        return
    data = _MAGIC + zlib.crc32(payload).to_bytes(4, "big") + payload
    tmp = f"{path}.{os.getpid()}.tmp"
    try:
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(tmp, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
        _added = 0
    except OSError:
        try:
            os.unlink(tmp)
        except OSError:
            pass
