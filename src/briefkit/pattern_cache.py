"""Compiled regular expressions kept from one process to the next, as Python keeps bytecode.

Why: the extraction rules are some six hundred patterns compiled as their modules load, many
of them long alternations of titles, ranks and kinds of body, and `re` turns each into its
engine's code in pure Python. A build that starts afresh spent about 0.27 s of its 2.2 CPU
seconds there (0.18 s for the people and events rules alone), on the path of the first
result: the seed cannot be read before its rules are loaded. That work gives the same code
every time for the same pattern, flags and interpreter, so it is done once and kept.

How: once a command of the command line runs (not for `--help`), and in the fork server and
batch workers, `re`'s compiler is wrapped (`install`).
A pattern compiled while a module loads (an import is under way on the stack), or one written
in the code as a literal (`re.search(r"...", text)`, compiled at its first use), is stored by
(pattern, flags) with what `re` hands its engine: the code, the group count and names. The
next process that compiles the same pattern hands those to the engine (`_sre.compile`)
directly. Other patterns compiled later, such as those made from a profile's own names, are
not kept: they are different for every seed and would only grow the file. Why literals too:
the extractors and digest write some six hundred patterns in place, and a first build
compiled about 500 of them at their first use, 86 ms of CPU over its three processes (the
helper's share on the path of its first result); a literal's text is fixed by the code, as an
import-time pattern's is.

Where: one file in the package's `__pycache__`, beside its bytecode, named for the
interpreter and the engine's version, written only where Python may write bytecode
(`sys.dont_write_bytecode`) and only atomically (a temporary file renamed over it).
Its index and each of its records carry a CRC-32: a truncated or damaged file, or record, is
ignored and written again. A process reads only the records of the patterns it compiles (a
rebuild from the build's cache compiles a few dozen). The engine checks every code it is
handed (`_sre` validates code before it accepts it), and an entry that it refuses, or that
does not read back as what was stored, is compiled as usual: the cache can make a start
faster, never a pattern different. A file that someone could alter here is one they could
alter the bytecode beside it in.

Not over the library's `re`: a program that imports briefkit keeps its `re` as it was, and
briefkit's own patterns, which go through `recache`, come from the cache there all the same
(`kept`).
"""
from __future__ import annotations

import marshal
import os
import struct
import sys
import zlib
from array import array

_MAGIC = b"BKRX4"
_WORD = "I"  # the array type of the engine's code words (`_sre.CODESIZE` bytes: checked)
# The file: magic, a CRC-32 of the index, the number of entries, the index (per entry: the key's
# digest, the offset and length of its record, the record's CRC-32), then the records.
_HEAD = struct.Struct(">II")
_SLOT = struct.Struct(">QIII")
_MOST = 8000  # entries kept at most: the package's own patterns and its libraries' are ~1,300
# Patterns compiled once and not kept yet, by digest, in a file beside the cache (`save`).
_SEEN_MAGIC = b"BKRS1"
_SEEN_MOST = 4096
_new: dict = {}  # key -> entry, made in this process
_added = 0
_installed: list = []
# The file as opened (lazily, at the first pattern `re` has not compiled yet) and its index (`_open`).
_file: list = []


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


def _digest(key: tuple) -> int:
    """A key's 64-bit digest, the same in every process (`hash` of a str is not)."""
    p, flags = key
    raw = p.encode("utf-8", "surrogatepass") if type(p) is str else b"b" + p
    return int.from_bytes(zlib.crc32(raw).to_bytes(4, "big") + zlib.adler32(raw + flags.to_bytes(4, "big")).to_bytes(4, "big"),
                          "big")


def _index(path: str) -> tuple[bytes, dict]:
    """The file's bytes and its index (digest -> (offset, length, crc)); nothing when it is
    missing, of another format or damaged. Why an index: a process that compiles a few dozen
    patterns (a rebuild from the build's cache) reads the records it needs, not all of them:
    decoding the whole file had cost 10 ms of a 90 ms rebuild."""
    try:
        with open(path, "rb") as fh:
            data = fh.read()
    except OSError:
        return b"", {}
    head = len(_MAGIC)
    if data[:head] != _MAGIC or len(data) < head + _HEAD.size:
        return b"", {}
    crc, count = _HEAD.unpack_from(data, head)
    start = head + _HEAD.size
    end = start + count * _SLOT.size
    if end > len(data) or zlib.crc32(data[head + 4:end]) != crc:
        return b"", {}
    index = {d: (o, n, c) for d, o, n, c in _SLOT.iter_unpack(data[start:end])}
    return data, index


def _open(path: str, every_slot: bool = False) -> tuple:
    """The file's descriptor, open for reading records, and its index, read alone (digest ->
    (offset, length, crc)); (None, {}) when it is missing, of another format or damaged.
    `every_slot`: also the slots whose records run past the file's end (a cut-off file), which
    `save` counts as held.

    Why records are read one at a time from the open file and the file is not kept in
    memory: the fork server of a batch build compiles its stages' patterns as it loads them,
    and every worker forked from it inherited the whole file's bytes (4 MB), resident in
    each, for the few dozen patterns a profile's own names compile later. A record is read
    at its offset (`os.pread`), which leaves the file's position alone, so workers sharing
    the descriptor never disturb each other; the file a process opened stays the file it
    reads, even when another process writes a new one over its name (`_write` renames, never
    rewrites). A bare descriptor, not a file object: it stays open for the process's life,
    and a file object left open warns at exit."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0))
    except OSError:
        return None, {}
    try:
        head = _read_at(fd, 0, len(_MAGIC) + _HEAD.size)
        if head[:len(_MAGIC)] == _MAGIC and len(head) == len(_MAGIC) + _HEAD.size:
            crc, count = _HEAD.unpack_from(head, len(_MAGIC))
            size = os.fstat(fd).st_size
            if len(head) + count * _SLOT.size <= size:
                table = _read_at(fd, len(head), count * _SLOT.size)
                if len(table) == count * _SLOT.size and zlib.crc32(head[len(_MAGIC) + 4:] + table) == crc:
                    return fd, {d: (o, n, c) for d, o, n, c in _SLOT.iter_unpack(table) if every_slot or o + n <= size}
    except OSError:
        pass
    os.close(fd)
    return None, {}


def _read_at(fd: int, offset: int, length: int) -> bytes:
    if hasattr(os, "pread"):
        return os.pread(fd, length, offset)
    os.lseek(fd, offset, os.SEEK_SET)  # pragma: no cover - a system without pread (Windows: no fork either)
    return os.read(fd, length)


def _record(key: tuple) -> tuple | None:
    """The entry the file holds for `key`, checked: its record's CRC and the key it names."""
    if not _file:
        path = _path()
        _file.append(_open(path) if path else (None, {}))
    fd, index = _file[0]
    slot = index.get(_digest(key))
    if slot is None:
        return None
    offset, length, crc = slot
    try:
        raw = _read_at(fd, offset, length)
    except OSError:
        return None
    if len(raw) != length or zlib.crc32(raw) != crc:
        return None
    try:
        p, flags, *entry = marshal.loads(raw)
    except (EOFError, ValueError, TypeError):
        return None
    return tuple(entry) if (p, flags) == key and len(entry) == 5 else None


def _engine() -> tuple | None:
    """`re`'s compiler pieces (`_sre`, the original `_compiler.compile`, `_parser`) when this
    interpreter's `re` is laid out as CPython 3.11-3.13's is and the cache reproduces its
    compiling exactly (checked once, on a sample pattern); None otherwise, and the cache stays
    out of the way."""
    if _checked:
        return _checked[0]
    _checked.append(None)
    try:
        import _sre
        from re import _compiler, _parser
    except ImportError:  # pragma: no cover - not CPython
        return None
    original = _compiler.__dict__.get("_briefkit_original") or getattr(_compiler, "compile", None)
    if original is None or not hasattr(_compiler, "_code") or not hasattr(_parser, "parse") or _path() is None:
        return None
    engine = (_sre, original, _parser, _compiler)
    sample = r"(?P<word>\w+)\s+(?:the|an?)\b"
    try:
        if array(_WORD).itemsize != _sre.CODESIZE \
                or not _same(_sre.compile(sample, *_sre_args(_parts(engine, sample, 0))), original(sample, 0)):
            return None
    except Exception:  # noqa: BLE001 - an engine this wrapper does not know: leave `re` as it is
        return None
    _checked[0] = engine
    return engine


_checked: list = []  # [the engine, or None when the cache cannot be used here] once `_engine` ran


def _parts(engine: tuple, p: str | bytes, flags: int) -> tuple:
    """What `re` hands its engine for `p`: the entry kept."""
    _sre, _original, _parser, _compiler = engine
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


def _same(a, b) -> bool:
    return (a.pattern, a.flags, a.groups, dict(a.groupindex)) == (b.pattern, b.flags, b.groups, dict(b.groupindex))


def _compiled(engine: tuple, p, flags: int):
    """`p` compiled: from the cache when it holds it, else compiled and, when it is a pattern
    to keep (compiled as a module loads, or written in the code as a literal), kept for
    `save`. Called by the wrapper of `re`'s compiler, or by `kept`: a literal is looked for
    from the frame that called either of them on (`_written_in_place`)."""
    _sre, original = engine[0], engine[1]
    kind = type(p)
    if (kind is not str and kind is not bytes) or flags & 128:  # a parsed pattern, or re.DEBUG
        return original(p, flags)
    key = (p, flags)
    entry = _new.get(key) or _record(key)
    if entry is not None:
        try:
            return _sre.compile(p, *_sre_args(entry))
        except Exception:  # noqa: BLE001 - refused by the engine: compiled as usual below
            pass
    if not (_importing() or _written_in_place(p, 3)):
        return original(p, flags)
    global _added
    made = _parts(engine, p, flags)
    pattern = _sre.compile(p, *_sre_args(made))
    if len(_new) < _MOST:
        _new[key] = made
        if not _added and not _at_exit:
            import atexit

            atexit.register(save)
            _at_exit.append(True)
        _added += 1
    return pattern


_at_exit: list = []  # [True] once `save` is registered to run at exit


def install() -> None:
    """Wrap `re`'s compiler with the cache (idempotent), for every pattern the process
    compiles: its libraries' too (matplotlib's, ReportLab's), which a command loads on the
    path of its first result. Does nothing on an interpreter whose `re` the cache does not
    know (`_engine`). Only for a process briefkit owns (the command line's, its workers):
    a program that imports briefkit keeps its `re` as it was, and briefkit's own patterns
    come from the cache there all the same (`kept`)."""
    if _installed:
        return
    _installed.append(True)
    engine = _engine()
    if engine is None:
        return
    from re import _compiler

    def compile(p, flags=0):  # noqa: A001 - `re._compiler.compile`'s own name and signature
        return _compiled(engine, p, flags)

    _compiler._briefkit_original = engine[1]
    _compiler.compile = compile


def kept(p, flags: int = 0):
    """`p` compiled, from the cache when it holds it (`recache`'s misses come here): briefkit's
    own patterns read back in a process where `re` is left as it was, a program using the
    API. Why: the extraction rules compiled afresh cost such a program 1.1 s of its first
    read of an article (1.40 s against 0.27 s with them read back). With the wrapper
    installed, `re` consults the cache itself."""
    engine = None if _installed else _engine()
    if engine is None:
        import re

        return re.compile(p, flags)
    return _compiled(engine, p, flags)


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


def _written_in_place(p: str | bytes, start: int) -> bool:
    """Whether `p` is a constant of code on the stack near the compile: a pattern written in
    the code as a literal, passed to `re` directly or through a helper or two (`recache`).

    Why `in` and not identity: an equal constant fixes the text all the same. Why a few frames
    only: a miss walks them, and a literal is a constant of the caller of `re` or of a helper
    close to it; the `re` and `recache` frames between come first. `start`: the frame to look
    from, counted from this function's."""
    frame = sys._getframe(start)
    for _ in range(_LITERAL_FRAMES):
        if frame is None:
            return False
        try:
            if p in frame.f_code.co_consts:
                return True
        except Exception:  # noqa: BLE001 - a constant whose comparison raises: not ours
            return False
        frame = frame.f_back
    return False


_LITERAL_FRAMES = 8  # re.compile/_compile, recache's function and its compile, the caller, two helpers


def save() -> None:
    """Write the entries added in this process, merged with the file's, when there are any and
    Python may write bytecode. Called at exit, and by a process that ends without running
    exit handlers (a forked helper, a fork server) once its modules are loaded.

    Once there is a file, a new entry is kept only when a second process compiles it too: its
    digest waits in a small file beside the cache (`.seen`, at most `_SEEN_MOST` digests) until
    then. Why: some modules compile a pattern joined from a set at import (ReportLab's
    `rl_safe_eval`, the standard library's `tokenize`), whose text changes with every process's
    string hashing. Each process added two or three such entries that no other would ask for,
    so the file filled up to `_MOST` (11 MB) and every process rewrote it at exit, reading and
    writing 11 MB and raising a batch build's peak memory by 30 MB for entries never read."""
    global _added
    if not _added or sys.dont_write_bytecode:
        return
    path = _path()
    if path is None:
        return
    # Which entries to admit is decided from the file's index alone (read afresh: another
    # process may have written since); its 5 MB are read only to be written again. Why: a
    # process that compiled one pattern of its own at import (`tokenize`'s) read and checked
    # the whole file at every exit, 18 ms, the helper of a first build on its way to its lengths.
    fd, index = _open(path, every_slot=True)  # a slot whose record is cut off counts as held
    if fd is not None:
        os.close(fd)
    fresh = {_digest(key): key for key in _new}
    if index:
        seen = _read_seen(path + ".seen")
        known = set(seen)
        # a second asking, or an entry the file held and could not give back (a damaged record)
        admitted = {d for d in fresh if d in known or d in index}
        waiting = [d for d in seen if d not in admitted] + [d for d in fresh if d not in known and d not in admitted]
        _write_seen(path + ".seen", waiting[-_SEEN_MOST:])
        if not admitted:
            _added = 0
            return
    else:  # the first file (or one whose index could not be read): everything compiled loading
        admitted = set(fresh)
    data, index = _index(path)
    records: dict[int, bytes] = {}
    for digest, (offset, length, crc) in index.items():
        raw = data[offset:offset + length]
        if len(raw) == length and zlib.crc32(raw) == crc:
            records[digest] = raw
    for digest in admitted:
        key = fresh[digest]
        try:
            records[digest] = marshal.dumps((*key, *_new[key]))
        except ValueError:  # pragma: no cover - every entry is made of plain values
            continue
    if _write(path, list(records.items())[-_MOST:]):
        _added = 0


def _read_seen(path: str) -> list[int]:
    """The digests waiting for a second process (`save`); none when the file is missing or
    damaged."""
    try:
        with open(path, "rb") as fh:
            data = fh.read()
    except OSError:
        return []
    head = len(_SEEN_MAGIC) + 4
    body = data[head:]
    if data[:len(_SEEN_MAGIC)] != _SEEN_MAGIC or len(body) % 8 or \
            zlib.crc32(body) != int.from_bytes(data[len(_SEEN_MAGIC):head], "big"):
        return []
    return list(struct.unpack(f">{len(body) // 8}Q", body))


def _write_seen(path: str, digests: list[int]) -> None:
    body = struct.pack(f">{len(digests)}Q", *digests)
    _replace(path, _SEEN_MAGIC + zlib.crc32(body).to_bytes(4, "big") + body)


def _write(path: str, slots: list[tuple[int, bytes]]) -> bool:
    """The file of `slots` (digest, record) at `path`, written whole or not at all."""
    offset = len(_MAGIC) + _HEAD.size + len(slots) * _SLOT.size
    table, blobs = [], []
    for digest, raw in slots:
        table.append(_SLOT.pack(digest, offset, len(raw), zlib.crc32(raw)))
        blobs.append(raw)
        offset += len(raw)
    head = struct.pack(">I", len(slots)) + b"".join(table)
    return _replace(path, _MAGIC + struct.pack(">I", zlib.crc32(head)) + head + b"".join(blobs))


def _replace(path: str, data: bytes) -> bool:
    """`data` written under a temporary name and renamed over `path`: whole or not at all."""
    tmp = f"{path}.{os.getpid()}.tmp"
    try:
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(tmp, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
        return True
    except OSError:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        return False
