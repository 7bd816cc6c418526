"""One seed's lengths on two cores (`batch.split`): the same outputs as built one after the
other, the work shared by cost, a lost half reported and the rest kept."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from batch_helpers import running
from briefkit.batch import split

# the checkout's own code in the processes these tests start, wherever they run
SRC = str(Path(__file__).resolve().parents[2] / "src")
ENV = {**os.environ, "PYTHONPATH": SRC}

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the split forks on Linux only")


def test_the_costliest_length_is_built_beside_the_other_two():
    costs = {"snapshot": split.cost(1), "brief": split.cost(3), "full": split.cost(None)}
    assert costs == {"snapshot": 1, "brief": 3, "full": 2}
    # each half built the costliest first: the snapshot, whose package is the smallest, last
    assert split.halves(["snapshot", "brief", "full"], costs) == (["brief"], ["full", "snapshot"])
    assert split.halves(["full", "snapshot"], {"full": 2, "snapshot": 1}) == (["full"], ["snapshot"])
    assert split.halves(["a", "b", "c", "d"], dict.fromkeys("abcd", 1)) == (["a", "c"], ["b", "d"])
    assert split.halves(["s", "t", "b", "f"], {"s": 1, "t": 1, "b": 3, "f": 2}) == (["b", "t"], ["f", "s"])


def test_a_child_builds_its_half_and_sends_it_back():
    built: list[tuple[str, int]] = []
    taken: list = []
    split.run_split(["a"], ["b", "c"], lambda name: built.append((name, os.getpid())),
                    lambda names: [(n, pid) for n, pid in built if n in names],
                    lambda names, reason: pytest.fail(reason), taken.extend)
    assert built == [("a", os.getpid())]  # only this process's half is built here
    assert [n for n, _ in taken] == ["b", "c"]
    assert {pid for _, pid in taken} != {os.getpid()}


def test_a_lost_child_fails_its_half_and_leaves_this_one():
    built: list[str] = []
    lost: list[tuple[list, str]] = []

    def build(name: str) -> None:
        if name == "b":
            os._exit(3)  # the child dies mid-build (a crash, the out-of-memory killer)
        built.append(name)

    split.run_split(["a"], ["b"], build, lambda names: [], lambda names, reason: lost.append((list(names), reason)),
                    lambda back: pytest.fail("nothing should come back"))
    assert built == ["a"]
    assert lost == [(["b"], "worker lost: the process building b ended with status 3")]


def test_a_split_build_writes_the_same_files_as_one_length_after_the_other(tmp_path):
    """The command line builds the seed's lengths in two processes with two cores (-j2), and
    each output is the byte it is with one (-j1)."""
    from helpers import EPOCH, SEED

    env = {**ENV, "SOURCE_DATE_EPOCH": EPOCH}
    for jobs in (1, 2):
        subprocess.run([sys.executable, "-m", "briefkit", "build", str(SEED), "-o", str(tmp_path / f"j{jobs}"),
                        "-j", str(jobs), "-q", "--no-cache"], check=True, env=env)
    one = sorted(p.relative_to(tmp_path / "j1") for p in (tmp_path / "j1").rglob("*") if p.suffix in (".pdf", ".docx"))
    assert len(one) == 6
    for rel in one:
        assert (tmp_path / "j1" / rel).read_bytes() == (tmp_path / "j2" / rel).read_bytes(), rel


def test_one_seed_given_two_cores_forks_twice_and_builds_the_same_outputs(tmp_path):
    """An article read afresh: a helper forked before the read builds the lengths, in two
    processes. In a process of its own (a test runner's may run threads, and then nothing
    forks)."""
    from helpers import EPOCH, SEED

    script = f"""
import os
from briefkit import heap
from briefkit.batch.work import WorkUnit, run_unit
unit = WorkUnit(seed={str(SEED)!r}, label="seed", source_date_epoch={EPOCH!r},
                targets=tuple((n, f) for n in ("snapshot", "brief", "full") for f in ("pdf", "docx")))
alone = run_unit(unit, cores=1)
heap._OWNED = True  # as in the command line's process
log = {str(tmp_path / "forks")!r}
real_fork = os.fork
def fork():
    with open(log, "a") as fh:
        fh.write(f"{{os.getpid()}}\\n")
    return real_fork()
os.fork = fork
shared = run_unit(unit, cores=2)
forkers = open(log).read().split()
assert len(forkers) == 2 and forkers[0] == str(os.getpid()) != forkers[1], forkers  # the helper forks too
assert [(p.length, p.format, p.pages, p.detail, p.error) for p in shared] == \\
    [(p.length, p.format, p.pages, p.detail, p.error) for p in alone]
assert all(p.data for p in shared) and [p.data for p in shared] == [p.data for p in alone]
print("ok")
"""
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=tmp_path, env=ENV)
    assert done.stdout.strip() == "ok", done.stderr[-2000:]


def test_a_seed_taken_from_the_cache_is_built_in_one_process(seed_profile):
    """A rebuild whose profile the cache held builds its lengths from the cache mostly: a second
    process would cost more than it saves."""
    from briefkit.lazy_profile import LazyProfile

    assert split.fresh(seed_profile)
    lazy = LazyProfile.load(seed_profile.model_dump_json(), lambda: seed_profile)
    assert lazy is not None and not split.fresh(lazy)


def test_the_child_ends_when_its_parent_is_killed(tmp_path):
    """A parent stopped by SIGKILL (a supervisor, the out-of-memory killer) runs no Python: the
    child must not build on under init."""
    import signal
    import time

    pid_file = tmp_path / "child.pid"
    script = f"""
import os, time
from briefkit.batch import split
def build(name):
    if name == "child":
        open({str(pid_file)!r}, "w").write(str(os.getpid()))
    time.sleep(60)
split.run_split(["parent"], ["child"], build, lambda names: [], lambda names, reason: None, lambda back: None)
"""
    parent = subprocess.Popen([sys.executable, "-c", script], env=ENV)
    try:
        deadline = time.monotonic() + 30
        while not (pid_file.exists() and pid_file.read_text()) and time.monotonic() < deadline:
            time.sleep(0.05)
        child = int(pid_file.read_text())
        parent.send_signal(signal.SIGKILL)
        parent.wait()
        deadline = time.monotonic() + 10
        while running(child) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert not running(child)
    finally:
        if parent.poll() is None:
            parent.kill()



def test_an_article_read_afresh_is_read_while_a_helper_loads_the_drawing_stack(tmp_path):
    from briefkit.profile_cache import read_afresh, read_profile

    seed = tmp_path / "a.txt"
    seed.write_text("= Blue Brigade =\n\nThe Blue Brigade is a volunteer unit formed in 2022.\n", encoding="utf-8")
    assert read_afresh(seed, None)  # no cache: read afresh
    cache = tmp_path / "profiles"
    assert read_afresh(seed, cache)
    read_profile(seed, cache)
    assert not read_afresh(seed, cache)  # cached: a rebuild
    yaml = tmp_path / "b.yaml"
    yaml.write_text("title: Blue Brigade\n", encoding="utf-8")
    assert not read_afresh(yaml, None)  # read, not extracted: nothing to overlap


@pytest.mark.parametrize("size", [300_000, 3_000_000])
def test_the_profile_is_handed_without_waiting_for_the_helper_to_read_it(tmp_path, size):
    """The reader prepares the Word writer while the helper still loads its stack: handing it
    a profile bigger than a pipe's default 64 KiB must not wait until the helper reads it.
    A profile bigger than the pipe holds is handed in full once that work is done."""
    marker = tmp_path / "meanwhile"
    script = f"""
import os, time
from briefkit.batch import split
marker = {str(marker)!r}
seen = []
def ready():  # the helper reads nothing until the reader's meanwhile has run, or 8 s
    deadline = time.monotonic() + 8
    while not os.path.exists(marker) and time.monotonic() < deadline:
        time.sleep(0.01)
    seen.append(os.path.exists(marker))
def work(profile, fds):
    return len(profile), seen[0]
helper = split.Helper.start(work, ready=ready)
print(helper.finish("x" * {size}, meanwhile=lambda: open(marker, "w").close()))
"""
    out = subprocess.run([sys.executable, "-c", script], env=ENV, capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == f"({size}, True)"


def test_a_failure_while_the_profile_is_handed_ends_the_helper():
    """What runs meanwhile fails (an interrupted build): the failure is raised, the helper is
    ended without its profile, and no descriptor of the hand-over is left open."""
    script = """
import os
from briefkit.batch import split
helper = split.Helper.start(lambda profile, fds: len(profile))
before = set(os.listdir("/proc/self/fd"))
def fail():
    raise RuntimeError("meanwhile failed")
try:
    helper.finish("x" * 3_000_000, meanwhile=fail)
except RuntimeError as exc:
    print(exc)
gone = not os.path.exists(f"/proc/{helper.pid}")
print(gone, len(before - set(os.listdir("/proc/self/fd"))))
"""
    out = subprocess.run([sys.executable, "-c", script], env=ENV, capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    assert out.stdout.split("\n")[:2] == ["meanwhile failed", "True 1"]


def test_a_seed_that_cannot_be_read_fails_alike_and_leaves_no_helper(tmp_path):
    from helpers import EPOCH

    seed = tmp_path / "broken.txt"
    seed.write_bytes(b"= Title =\n\n\xff\xfe not text \x00\x81\n")
    env = {**ENV, "SOURCE_DATE_EPOCH": EPOCH}
    runs = {}
    for jobs in (1, 2):
        runs[jobs] = subprocess.run([sys.executable, "-m", "briefkit", "build", str(seed), "-o", str(tmp_path / f"j{jobs}"),
                                     "-j", str(jobs), "-q"], capture_output=True, text=True, env=env)
    assert runs[1].returncode == runs[2].returncode != 0
    assert runs[1].stderr.replace("j1", "jN") == runs[2].stderr.replace("j2", "jN")
    left = subprocess.run(["pgrep", "-f", str(tmp_path / "j2")], capture_output=True, text=True).stdout
    assert not left.strip()


def test_a_profile_cached_meanwhile_is_built_here_and_the_helper_ends_unused(tmp_path):
    """Another build may cache the seed's profile between the look at the cache and the read:
    the profile then comes as plain data, which the helper is not handed; this process builds."""
    from helpers import EPOCH, SEED

    script = f"""
import os
from briefkit import heap
from briefkit.batch import work
from briefkit.batch.work import WorkUnit, run_unit
unit = WorkUnit(seed={str(SEED)!r}, label="seed", source_date_epoch={EPOCH!r},
                cache_dir={str(tmp_path / ".cache" / "charts")!r},
                targets=tuple((n, f) for n in ("snapshot", "full") for f in ("pdf", "docx")))
first = run_unit(unit, cores=1)  # caches the profile
heap._OWNED = True
work._extracted = lambda unit: True  # as if the cache had been looked at before the profile came
again = run_unit(unit, cores=2)
assert [p.error for p in again] == [None] * 4, [p.error for p in again]
assert [p.data for p in again] == [p.data for p in first]
print("ok")
"""
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=tmp_path, env=ENV)
    assert done.stdout.strip() == "ok", done.stderr[-2000:]


def test_the_helper_makes_the_faces_and_validators_once_for_both_its_processes(tmp_path):
    """The helper parses the theme's text faces, has pydantic build the validators of the
    models a build makes and matplotlib find the charts' fonts while the seed is read
    (`batch.work._prepare_builders`), before it forks its child: the child lays out its
    lengths with them, and neither builder parses a face, completes a model or looks a font
    up during its layouts. (The outputs are those of a one-process
    build: `test_one_seed_given_two_cores_forks_twice_and_builds_the_same_outputs`.)"""
    from helpers import EPOCH, SEED

    script = f"""
import os
from briefkit import fit as fit_module, heap
from briefkit.batch import work
from briefkit.batch.work import WorkUnit, run_unit
from briefkit.writers import pdf_fontcache
from pydantic._internal import _model_construction
log = {str(tmp_path / "log")!r}
real_load, real_fit = pdf_fontcache.load_face, fit_module.fit
real_complete = _model_construction.complete_model_class
def load_face(path):
    with open(log, "a") as fh:
        fh.write(f"face {{os.getpid()}} {{os.path.basename(path)}}\\n")
    return real_load(path)
def complete(cls, *args, **kwargs):
    with open(log, "a") as fh:
        fh.write(f"model {{os.getpid()}} {{cls.__name__}}\\n")
    return real_complete(cls, *args, **kwargs)
_model_construction.complete_model_class = complete
import functools
from matplotlib import font_manager
real_find = font_manager.FontManager._findfont_cached.__wrapped__
def find(self, prop, *args):
    with open(log, "a") as fh:
        fh.write(f"font {{os.getpid()}} {{prop.get_family()[0].replace(' ', '_')}}\\n")
    return real_find(self, prop, *args)
font_manager.FontManager._findfont_cached = functools.lru_cache(maxsize=1024)(find)
def fit(profile, length, *args, **kwargs):
    with open(log, "a") as fh:
        fh.write(f"fit {{os.getpid()}} {{length.name}}\\n")
    return real_fit(profile, length, *args, **kwargs)
pdf_fontcache.load_face, fit_module.fit = load_face, fit
unit = WorkUnit(seed={str(SEED)!r}, label="seed", source_date_epoch={EPOCH!r},
                targets=tuple((n, "pdf") for n in ("snapshot", "brief", "full")))
heap._OWNED = True
work._extracted = lambda unit: True
assert all(p.data and p.error is None for p in run_unit(unit, cores=2))
"""
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=tmp_path, env=ENV)
    assert done.returncode == 0, done.stderr[-2000:]
    rows = [line.split() for line in (tmp_path / "log").read_text().splitlines()]
    fits = {name: pid for kind, pid, name in rows if kind == "fit"}
    faces = [(pid, name) for kind, pid, name in rows if kind == "face"]
    helper, child = fits["brief"], fits["snapshot"]
    assert fits["full"] == child != helper
    assert len(faces) == 6 and {pid for pid, _ in faces} == {helper}  # the child parsed none
    first_fit = rows.index(["fit", helper, "brief"])
    assert first_fit > max(rows.index(["face", pid, f]) for pid, f in faces)
    made = [(i, pid, name) for i, (kind, pid, name) in enumerate(rows) if kind == "model"]
    assert {name for _, pid, name in made if pid == helper} == {"Fact", "Event", "OrgNode"}  # the profile's JSON came with it
    assert not [m for m in made if m[1] == child]  # the child completed no model
    assert all(i < first_fit for i, pid, _ in made if pid == helper)  # nor the helper while laying out
    looked = [(i, pid) for i, (kind, pid, _) in enumerate(rows) if kind == "font"]
    assert looked and all(pid == helper and i < first_fit for i, pid in looked)  # the charts' font lookups


def test_a_child_stopped_by_sigterm_ends_quietly_whatever_it_was_doing(tmp_path):
    """CI saw `briefkit build blank.txt` print "Exception ignored ... Traceback ... raise
    Terminated()" beside its one-line error: the helper, cancelled while it loaded the stack,
    raised the command line's SIGTERM exception inside a callback that cannot pass it on. A
    forked child now ends at once and quietly on SIGTERM, with status 143."""
    script = tmp_path / "child.py"
    script.write_text(
        "import os, signal, sys, time, weakref\n"
        "from briefkit import cli\n"
        "from briefkit.batch import split\n"
        "cli._on_terminate()\n"
        "parent = os.getpid()\n"
        "r, w = os.pipe()\n"
        "pid = os.fork()\n"
        "if pid == 0:\n"
        "    split._ends_with(parent)\n"
        "    os.write(w, b'x')\n"
        "    class T: pass\n"
        "    while True:  # a callback Python runs for itself, as importlib's module locks are\n"
        "        t = T(); ref = weakref.ref(t, lambda r: time.sleep(0.01)); del t\n"
        "os.read(r, 1)\n"
        "time.sleep(0.2)\n"
        "os.kill(pid, signal.SIGTERM)\n"
        "_, status = os.waitpid(pid, 0)\n"
        "print(os.waitstatus_to_exitcode(status))\n", encoding="utf-8")
    import subprocess
    import sys

    run = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, timeout=60)
    assert run.stderr == "", run.stderr
    assert run.stdout.strip() == "143", run.stdout
