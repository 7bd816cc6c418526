"""briefkit's cache of compiled patterns (`recache`): the same answers as `re`, and a profile
built again in the same process compiles nothing again."""
from __future__ import annotations

import re as std_re
import re._compiler as sre_compiler  # the compiler every pattern goes through

import pytest

from briefkit import recache
from briefkit.build import BuildOptions, build_seed

from helpers import SEED


@pytest.mark.parametrize("call", [
    lambda m: m.search(r"(?P<w>b+)", "aabbbcc").group("w"),
    lambda m: m.match(r"a+", "aab").group(0),
    lambda m: m.fullmatch(r"A+B", "aab", m.I).group(0),
    lambda m: m.fullmatch(r"a+", "aab"),
    lambda m: [x.span() for x in m.finditer(r"\d", "a1b22")],
    lambda m: m.findall(r"(\w)(\d)", "a1 b2"),
    lambda m: m.split(r",\s*", "a, b,c", 1),
    lambda m: m.split(r",\s*", "a, b,c", maxsplit=0, flags=0),
    lambda m: m.sub(r"\s+", " ", "a  b\n c", 1),
    lambda m: m.sub(r"X", lambda x: "y", "xXx", flags=m.IGNORECASE),
    lambda m: m.subn(r"o", "0", "foo"),
    lambda m: m.search(m.compile(r"é", m.I), "CAFÉ").group(0),
    lambda m: m.escape("a.b*c"),
    lambda m: m.search(rb"\d+", b"ab12").group(0),
])
def test_answers_as_re_does(call):
    assert call(recache) == call(std_re)


def test_a_compiled_pattern_with_flags_is_refused_as_re_refuses_it():
    with pytest.raises(ValueError):
        recache.search(std_re.compile("a"), "a", recache.I)
    with pytest.raises(recache.error):
        recache.search("(", "a")


def test_the_cache_is_bounded_and_the_oldest_goes_first():
    recache.purge()
    first = recache.compile("first-pattern")
    assert recache.compile("first-pattern") is first
    for i in range(recache.MOST + 10):
        recache.search(f"name-{i}", "x")
    assert len(recache._kept) == recache.MOST
    again = recache.compile("first-pattern")  # gone, compiled again: the same pattern
    assert again is not first and again.pattern == first.pattern and again.search("a first-pattern")


def test_a_profile_built_again_compiles_no_pattern_again(tmp_path, monkeypatch):
    """A profile's build calls on more patterns than `re`'s own cache of 512 holds, so with `re`
    alone a second build of the same seed in one process compiled some 300 patterns again."""
    build_seed(SEED, BuildOptions(out_dir=tmp_path / "a", cache=False, formats=("docx",)))
    compiled: list[str] = []
    real = sre_compiler.compile

    def counting(pattern, flags=0):
        compiled.append(str(pattern)[:60])
        return real(pattern, flags)

    monkeypatch.setattr(sre_compiler, "compile", counting)
    build_seed(SEED, BuildOptions(out_dir=tmp_path / "b", cache=False, formats=("docx",)))
    assert compiled == []
