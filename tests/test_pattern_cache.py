"""Compiled patterns kept between processes (`briefkit.pattern_cache`): stored only for the
patterns modules compile as they load, read back as the same patterns, never trusted blindly,
never written where bytecode may not be, and never installed over `re` for a program using the\nAPI (whose briefkit rules are read back through `recache` instead).

Each test runs fresh interpreters with `PYTHONPYCACHEPREFIX` pointing at a temporary folder,
so the cache file lands there and not beside the package's own bytecode."""
from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

# A module whose import compiles a pattern no other code has; run from the temporary folder.
_MODULE = """
import re
WORDS = re.compile(r"(?P<head>zq[a-z]+)\\s+(?:of|in)\\s+(?P<tail>[A-Z]\\w+)|xyzzy\\d{3,}")
"""

_USE = """
import re, sys
from briefkit.heap import own_process
from briefkit.pattern_cache import install
own_process()
install()
sys.path.insert(0, {here!r})
import rxmod
m = rxmod.WORDS.search("the zqurt of Tbilisi and xyzzy1234")
print(m.group("head"), m.group("tail"), rxmod.WORDS.groupindex["tail"], [m.group(0) for m in rxmod.WORDS.finditer("xyzzy12 xyzzy123")])
late = re.compile("qqlate" + str(len(sys.argv)) + r"(?P<n>\\d+)")  # made after the imports: not kept
print(late.match("qqlate142").group("n"))
def helper(pattern, text):
    return re.search(pattern, text)
print(helper(r"qqwritten(?P<m>[a-z]+)", "qqwrittenhere").group("m"))  # a literal at its first use: kept
"""


def _files(prefix: Path) -> list[Path]:
    return sorted(prefix.rglob("patterns.*.bin"))


def _run(tmp: Path, prefix: Path, extra_env: dict | None = None, code: str = _USE) -> str:
    (tmp / "rxmod.py").write_text(_MODULE, "utf-8")
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = str(prefix)
    env.update(extra_env or {})
    return subprocess.run([sys.executable, "-c", textwrap.dedent(code).format(here=str(tmp))],
                          capture_output=True, text=True, check=True, env=env).stdout


def _entries(path: Path) -> dict:
    """(pattern, flags) -> the rest of its record, every record of the file."""
    import marshal

    from briefkit import pattern_cache

    data, index = pattern_cache._index(str(path))
    out = {}
    for offset, length, _crc in index.values():
        p, flags, *rest = marshal.loads(data[offset:offset + length])
        out[(p, flags)] = tuple(rest)
    return out


def test_import_time_patterns_are_kept_and_read_back_alike(tmp_path: Path) -> None:
    prefix = tmp_path / "pyc"
    first = _run(tmp_path, prefix)
    assert first.splitlines() == ["zqurt Tbilisi 2 ['xyzzy123']", "42", "here"]
    [path] = _files(prefix)
    kept = {p for p, _ in _entries(path)}
    assert any("zq[a-z]+" in p for p in kept if isinstance(p, str))
    assert not any("qqlate" in p for p in kept if isinstance(p, str))  # made at run time: a seed's, not kept
    assert any("qqwritten" in p for p in kept if isinstance(p, str))  # written in the code: kept
    stamp = path.stat().st_mtime_ns
    second = _run(tmp_path, prefix)  # read back from the file, nothing new to write
    assert second == first
    assert path.stat().st_mtime_ns == stamp


def test_a_damaged_file_is_ignored_and_written_again(tmp_path: Path) -> None:
    prefix = tmp_path / "pyc"
    expected = _run(tmp_path, prefix)
    [path] = _files(prefix)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])  # truncated
    assert _run(tmp_path, prefix) == expected
    assert _entries(path) == _entries_of(data, tmp_path)  # written again, whole


def _entries_of(data: bytes, tmp_path: Path) -> dict:
    copy = tmp_path / "copy.bin"
    copy.write_bytes(data)
    return _entries(copy)


def test_code_the_engine_refuses_is_compiled_as_usual(tmp_path: Path) -> None:
    """An entry whose checksum holds but whose code is nonsense (a file edited by hand) is
    refused by the engine's own check, and the pattern is compiled from its text."""
    import marshal

    from briefkit import pattern_cache

    prefix = tmp_path / "pyc"
    expected = _run(tmp_path, prefix)
    [path] = _files(prefix)
    forged = []
    for (p, flags), (final, code, groups, groupindex, indexgroup) in _entries(path).items():
        nonsense = b"\xff\xff\xff\x7f" * (len(code) // 4)
        forged.append((pattern_cache._digest((p, flags)),
                       marshal.dumps((p, flags, final, nonsense, groups, groupindex, indexgroup))))
    assert pattern_cache._write(str(path), forged)
    assert _run(tmp_path, prefix) == expected


def test_a_damaged_record_is_compiled_as_usual(tmp_path: Path) -> None:
    """The index is read, not every record: a record damaged on disk is found out only by the
    process that compiles its pattern, which then compiles it as usual."""
    prefix = tmp_path / "pyc"
    expected = _run(tmp_path, prefix)
    [path] = _files(prefix)
    from briefkit import pattern_cache

    data, index = pattern_cache._index(str(path))
    key = next(k for k in _entries(path) if isinstance(k[0], str) and "zq[a-z]+" in k[0])
    offset, length, _crc = index[pattern_cache._digest(key)]
    damaged = bytearray(data)
    damaged[offset + length // 2] ^= 0xFF
    path.write_bytes(bytes(damaged))
    assert _run(tmp_path, prefix) == expected


def test_nothing_is_written_where_bytecode_may_not_be(tmp_path: Path) -> None:
    prefix = tmp_path / "pyc"
    _run(tmp_path, prefix, {"PYTHONDONTWRITEBYTECODE": "1"})
    assert _files(prefix) == []


def test_a_library_use_leaves_re_as_it_is_and_reads_its_own_rules_back(tmp_path: Path) -> None:
    """A program that imports briefkit keeps `re`'s compiler as it was; briefkit's own rules
    (compiled through `recache`) are kept all the same, and the next such program reads them
    back instead of compiling them (1.1 s of a first read of the seed), matching alike."""
    code = """
        import re, re._compiler as c
        before = c.compile
        import briefkit.cli, briefkit.extract.people as people
        from briefkit import pattern_cache
        text = "General Ivan Petrov, commander of the 1st Brigade, resigned on 3 May 2021. Ілля Пономарьов ნინო"
        rx = [v for v in vars(people).values() if isinstance(v, re.Pattern)]
        alike = all(a.findall(text) == before(a.pattern, a.flags).findall(text) for a in rx)
        print(c.compile is before, pattern_cache._added > 100, len(rx) > 20, alike)
    """
    prefix = tmp_path / "pyc"
    assert _run(tmp_path, prefix, code=code).split() == ["True", "True", "True", "True"]
    assert _files(prefix)
    # the second program compiles none of them: every rule is read back from the file
    assert _run(tmp_path, prefix, code=code).split() == ["True", "False", "True", "True"]


def test_kept_patterns_match_as_compiled_ones(tmp_path: Path) -> None:
    """The extraction rules' own patterns, read back from the file, find what the same
    patterns compiled afresh find, on text of several scripts."""
    code = f"""
        import re, re._compiler as c
        original = c.compile
        from briefkit.heap import own_process
        from briefkit.pattern_cache import install
        own_process()
        install()
        import briefkit.extract.people as people, briefkit.extract.events as events
        text = "General Ivan Petrov, commander of the 1st Brigade, resigned on 3 May 2021. Ілля Пономарьов ნინო"
        rx = [v for m in (people, events) for v in vars(m).values() if isinstance(v, re.Pattern)]
        fresh = [original(p.pattern, p.flags) for p in rx]
        print(len(rx) > 50, all(a.findall(text) == b.findall(text) and a.groupindex == b.groupindex
                                for a, b in zip(rx, fresh)))
    """
    prefix = tmp_path / "pyc"
    assert _run(tmp_path, prefix, code=code).strip() == "True True"
    assert _files(prefix)
    assert _run(tmp_path, prefix, code=code).strip() == "True True"  # now from the file


def test_the_command_line_installs_it_for_a_command_and_not_for_help(tmp_path: Path) -> None:
    """`briefkit --help` loads no rules and pays nothing for the cache; a command does install it."""
    code = """
        import sys, re._compiler as c
        before = c.compile
        sys.argv = {argv!r}
        from briefkit import cli
        from briefkit.cli import main
        cli._leave = lambda code: None  # stay, to look at what the command installed
        try:
            main()
        except SystemExit:
            pass
        print(c.compile is before)
    """
    (tmp_path / "a.txt").write_text("= Blue Group =\n\nThe Blue Group is a charity.\n", "utf-8")
    assert _run(tmp_path, tmp_path / "pyc", code=code.replace("{argv!r}", repr(["briefkit", "--help"]))).strip().splitlines()[-1] == "True"
    argv = ["briefkit", "inspect", str(tmp_path / "a.txt")]
    assert _run(tmp_path, tmp_path / "pyc", code=code.replace("{argv!r}", repr(argv))).strip().splitlines()[-1] == "False"


def test_a_process_keeps_the_index_not_the_file(tmp_path: Path) -> None:
    """Records are read from the open file as they are needed: a process (and every batch
    worker forked from the server that read them) holds the index, not the file's bytes, and
    a pattern written into the file by another process since still reads as it should."""
    code = _USE + """
import briefkit.pattern_cache as pc
fd, index = pc._file[0]
print(type(fd).__name__, bool(index), any(isinstance(x, (bytes, bytearray, memoryview)) for x in pc._file[0]))
"""
    prefix = tmp_path / "pyc"
    _run(tmp_path, prefix)
    out = _run(tmp_path, prefix, code=code).splitlines()
    assert out[0] == "zqurt Tbilisi 2 ['xyzzy123']"
    assert out[-1] == "int True False"


def test_a_record_said_to_run_past_the_file_is_not_read(tmp_path: Path) -> None:
    """A forged index that gives a record a length past the end of the file (which `pread`
    would allocate whole before reading) drops that record: the pattern is compiled as usual."""
    import struct
    import zlib

    from briefkit import pattern_cache

    prefix = tmp_path / "pyc"
    expected = _run(tmp_path, prefix)
    [path] = _files(prefix)
    data = bytearray(path.read_bytes())
    head = len(pattern_cache._MAGIC)
    _crc, count = pattern_cache._HEAD.unpack_from(data, head)
    start = head + pattern_cache._HEAD.size
    for i in range(count):
        d, o, _n, c = pattern_cache._SLOT.unpack_from(data, start + i * pattern_cache._SLOT.size)
        pattern_cache._SLOT.pack_into(data, start + i * pattern_cache._SLOT.size, d, o, 2**31, c)
    struct.pack_into(">I", data, head, zlib.crc32(bytes(data[head + 4:start + count * pattern_cache._SLOT.size])))
    path.write_bytes(bytes(data))
    fd, index = pattern_cache._open(str(path))
    assert index == {}
    if fd is not None:
        os.close(fd)
    assert _run(tmp_path, prefix) == expected


def test_a_pattern_new_in_every_process_is_never_kept_and_a_lasting_one_is_kept_the_second_time(
        tmp_path: Path) -> None:
    """Once there is a file, an entry joins it only when a second process compiles it too:
    a pattern whose text changes from one process to the next (one joined from a set, as
    ReportLab's `rl_safe_eval` makes at import) waits in the `.seen` file and never makes the
    cache grow or be written again; a new pattern that lasts is kept the second time."""
    prefix = tmp_path / "pyc"
    churn = 'CHURN = re.compile("qq(?:" + str(os.getpid()) + "|zz)")\n'
    lasting = 'LATER = re.compile(r"(?P<late>kk[a-z]+)\\s+again")\n'

    def run(module: str) -> None:
        (tmp_path / "rxmod.py").write_text("import os, re\n" + module, "utf-8")
        env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        env["PYTHONPYCACHEPREFIX"] = str(prefix)
        code = ("import sys\nfrom briefkit.heap import own_process\nfrom briefkit.pattern_cache import install\n"
                f"own_process()\ninstall()\nsys.path.insert(0, {str(tmp_path)!r})\nimport rxmod\n")
        subprocess.run([sys.executable, "-c", code], check=True, env=env)

    run(_MODULE + churn)
    [path] = _files(prefix)
    first = path.read_bytes()
    assert len([k for k in _entries(path) if k[0].startswith("qq(?:")]) == 1  # the first file: all
    for _ in range(2):
        run(_MODULE + churn)
        assert path.read_bytes() == first  # not written again
    seen = Path(str(path) + ".seen")
    assert seen.exists() and len(seen.read_bytes()) > 8
    run(_MODULE + churn + lasting)
    assert path.read_bytes() == first
    run(_MODULE + churn + lasting)
    kept = _entries(path)
    assert any(k[0].startswith("(?P<late>kk") for k in kept)
    assert len([k for k in kept if k[0].startswith("qq(?:")]) == 1


def test_an_exit_that_admits_nothing_reads_the_index_alone(tmp_path: Path, monkeypatch) -> None:
    """A process whose new patterns wait for a second asking decides so from the file's index
    and the `.seen` file, without reading the records (5 MB); one that admits an entry reads
    them and writes the file again, the entry added."""
    from briefkit import pattern_cache as pc

    import marshal

    path = str(tmp_path / "patterns.bin")
    monkeypatch.setattr(pc, "_path", lambda: path)
    monkeypatch.setattr(sys, "dont_write_bytecode", False)

    key = ("kept(?P<x>a)", 0)
    entry = (0, b"\0\0\0\0", 1, {"x": 1}, (None, "x"))
    marshal_record = marshal.dumps((*key, *entry))
    assert pc._write(path, [(pc._digest(key), marshal_record)])
    kept = Path(path).read_bytes()
    new_key = ("new(?P<y>b)", 0)
    monkeypatch.setattr(pc, "_new", {new_key: entry})
    monkeypatch.setattr(pc, "_added", 1)
    real_index = pc._index
    monkeypatch.setattr(pc, "_index", lambda p: (_ for _ in ()).throw(AssertionError("records read")))
    pc.save()  # the first asking: waits in .seen
    assert Path(path).read_bytes() == kept and Path(path + ".seen").exists()
    monkeypatch.setattr(pc, "_index", real_index)
    monkeypatch.setattr(pc, "_added", 1)
    pc.save()  # the second asking: admitted, the file written again with both
    assert set(_entries(Path(path))) == {key, new_key}
