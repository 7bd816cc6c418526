"""Batch builds at scale: a no-op rebuild stays light, workers stay bounded and are recycled,
the coordinator keeps no output bytes, and the stat-based digest cache still sees edits."""
from __future__ import annotations

import gc
import json
import os
import signal
import subprocess
import sys
import textwrap
import time
import weakref
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

import pytest

from batch_helpers import mini_corpus, running
from briefkit.batch import build_many
from briefkit.batch.progress import Progress

SRC = str(Path(__file__).resolve().parents[2] / "src")
HEAVY = ("reportlab", "matplotlib", "docx", "jinja2", "pydantic", "PIL", "multiprocessing",
         "concurrent.futures.process", "importlib.metadata")


def _env() -> dict[str, str]:
    env = dict(os.environ, SOURCE_DATE_EPOCH="1717200000")
    env["PYTHONPATH"] = SRC + os.pathsep + env.get("PYTHONPATH", "")
    return env


def test_no_op_rebuild_imports_no_heavy_library_and_starts_no_worker(tmp_path):
    mini_corpus(tmp_path, 3)
    args = ["build", "seeds", "-o", "out", "-l", "snapshot", "-j", "2", "-q"]
    subprocess.run([sys.executable, "-m", "briefkit", *args], cwd=tmp_path, env=_env(), check=True, timeout=600)
    probe = textwrap.dedent(f"""
        import json, sys
        sys.argv = ["briefkit", *{args!r}]
        from briefkit import cli
        from briefkit.cli import main
        cli._leave = lambda code: None  # stay, to look at what the command loaded
        try:
            main(prog_name="briefkit")
        except SystemExit as exc:
            code = exc.code
        print(json.dumps([code, sorted(sys.modules)]))
    """)
    proc = subprocess.run([sys.executable, "-c", probe], cwd=tmp_path, env=_env(), capture_output=True, text=True,
                          timeout=120)
    code, modules = json.loads(proc.stdout.splitlines()[-1])
    assert code in (0, None), proc.stderr
    report = json.loads((tmp_path / "out" / "build-report.json").read_text())
    assert report["summary"]["skipped"] == 6 and report["summary"]["built"] == 0
    loaded = [m for m in HEAVY if m in modules]
    assert not loaded, f"the no-op path imported {loaded}"


def test_local_workers_retire_after_the_documented_count():
    from briefkit.batch.executors import PROFILES_PER_WORKER, local_pool

    assert 1 < PROFILES_PER_WORKER <= 1000
    # 12 units, 2 per worker: six workers in turn, and no hang when a worker retires with units
    # queued behind it (the replacement Python 3.11-3.13 can skip, gh-115634).
    with local_pool(2, 2) as pool:
        pids = [f.result(timeout=300) for f in [pool.submit(os.getpid) for _ in range(12)]]
    counts = {p: pids.count(p) for p in pids}
    assert len(counts) >= 6 and max(counts.values()) <= 2, counts


def test_build_with_recycled_workers_builds_everything(tmp_path, monkeypatch):
    from briefkit.batch import executors

    monkeypatch.chdir(tmp_path)
    mini_corpus(tmp_path, 3)
    monkeypatch.setattr(executors, "PROFILES_PER_WORKER", 1)
    result = build_many("seeds", out_dir="out", lengths=["snapshot"], formats=["pdf"], jobs=2)
    assert result.ok and len(result.built) == 3


def test_worker_caches_are_bounded():
    """Every functools cache in the modules a worker loads has a maxsize: a worker building
    hundreds of profiles must not keep something of each."""
    import functools
    import importlib

    from briefkit.batch.executors import PRELOAD

    for name in PRELOAD:
        importlib.import_module(name)
    # Unbounded on purpose, keyed by a fixed vocabulary in the code (OOXML tag and attribute
    # names the DOCX writer spells out), never by anything a profile brings.
    closed_vocabulary = {"briefkit.writers.docx.oxml._tag", "briefkit.writers.docx.oxml._attr"}
    unbounded = []
    for modname, module in list(sys.modules.items()):
        if not modname.startswith("briefkit") or module is None:
            continue
        holders = [vars(module)] + [vars(v) for v in vars(module).values()
                                    if isinstance(v, type) and v.__module__ == modname]
        for holder in holders:
            # A copy: looking an attribute up on a model's deferred validator builds it, which
            # adds attributes to the model class being iterated.
            for attr, value in list(holder.items()):
                params = getattr(value, "cache_parameters", None)
                if callable(params) and isinstance(value, functools._lru_cache_wrapper):
                    maxsize = params()["maxsize"]
                    if maxsize is None and f"{modname}.{attr}" not in closed_vocabulary:
                        unbounded.append(f"{modname}.{attr}")
    assert not unbounded, f"unbounded caches: {unbounded}"


def test_coordinator_keeps_no_output_bytes_of_finished_seeds(tmp_path, monkeypatch):
    """A seed's future (and with it its output bytes) goes as soon as its result is handed on.
    Counted as "futures of seeds handed on before this one that are still alive", which is 0
    whatever the timing: how many later seeds the worker has finished meanwhile is the
    machine's pace, not the coordinator's keeping (counting every finished future had failed on
    a loaded machine, where the worker got two seeds ahead)."""
    monkeypatch.chdir(tmp_path)
    mini_corpus(tmp_path, 4)
    submitted: list[tuple[weakref.ref, str]] = []
    handed: list[str] = []
    kept: list[int] = []

    class Tracking(ThreadPoolExecutor):
        def submit(self, fn, *args, **kwargs) -> Future:
            fut = super().submit(fn, *args, **kwargs)
            submitted.append((weakref.ref(fut), Path(args[0].seed).name))
            return fut

    class Counting(Progress):
        def finished(self, seed, outputs) -> None:
            super().finished(seed, outputs)

            def alive() -> int:
                gc.collect()
                return sum(1 for ref, name in submitted if ref() is not None and name in handed)

            # (the pool's worker thread drops its own reference to a future it ran a moment after
            # setting its result; on a loaded machine that moment came after the next seed's
            # result was handed on: a second's grace tells the pool's timing from a keeping)
            deadline = time.monotonic() + 2.0
            while (count := alive()) and time.monotonic() < deadline:
                time.sleep(0.02)
            kept.append(count)
            handed.append(Path(seed).name)

    with Tracking(1) as pool:
        result = build_many("seeds", out_dir="out", lengths=["snapshot"], formats=["pdf"], executor=pool,
                            progress=Counting(verbosity=-2))
    assert result.ok and len(kept) == 4 and sorted(handed) == sorted(name for _, name in submitted), (handed, submitted)
    assert max(kept) == 0, kept


def test_digest_cache_sees_a_same_size_edit_with_a_new_time(tmp_path):
    from briefkit.batch.state import FileDigests

    f = tmp_path / "seed.txt"
    f.write_text("alpha\n")
    old = time.time_ns() - 3600 * 10**9
    os.utime(f, ns=(old, old))
    first = FileDigests()
    a = first.digest(f)
    assert str(f) in first.used  # old enough to be remembered
    f.write_text("omega\n")  # same size
    os.utime(f, ns=(old + 10**9, old + 10**9))
    again = FileDigests(dict(first.used))
    assert again.digest(f) != a


def test_digest_cache_does_not_remember_a_file_written_just_now(tmp_path):
    from briefkit.batch.state import FileDigests

    f = tmp_path / "seed.txt"
    f.write_text("fresh\n")
    d = FileDigests()
    d.digest(f)
    assert str(f) not in d.used


def test_workers_end_when_the_coordinator_is_killed(tmp_path):
    script = textwrap.dedent("""
        import os, sys, time
        from briefkit.batch.executors import local_pool

        if __name__ == "__main__":
            pool = local_pool(2)
            futs = [pool.submit(time.sleep, 600) for _ in range(2)]
            while len(getattr(pool, "_processes", {})) < 2:
                time.sleep(0.1)
            time.sleep(1)
            print(" ".join(str(p) for p in pool._processes), flush=True)
            time.sleep(600)
    """)
    (tmp_path / "coordinator.py").write_text(script)
    proc = subprocess.Popen([sys.executable, "coordinator.py"], cwd=tmp_path, env=_env(), stdout=subprocess.PIPE,
                            text=True)
    try:
        line = proc.stdout.readline()
        workers = [int(p) for p in line.split()]
        assert len(workers) == 2, line
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and any(running(p) for p in workers):
            time.sleep(0.2)
        assert not any(running(p) for p in workers), "workers outlived their coordinator"
    finally:
        if proc.poll() is None:
            proc.kill()



if not sys.platform.startswith("linux"):  # pragma: no cover
    pytestmark = pytest.mark.skip(reason="process checks read /proc")


def test_a_unit_carries_the_coordinators_briefkit_settings(tmp_path, monkeypatch):
    """A worker from the fork server (or a Dask cluster) has its own environment: the limits in
    force where the build was started travel with the unit, and are not left behind."""
    from briefkit.batch.work import WorkUnit, run_unit

    seed = mini_corpus(tmp_path, 1)[0]
    monkeypatch.delenv("BRIEFKIT_LIMIT_SEED_BYTES", raising=False)
    unit = WorkUnit(str(seed), "org00.txt", (("snapshot", "pdf"),), environment=(("BRIEFKIT_LIMIT_SEED_BYTES", "10"),))
    [out] = run_unit(unit)
    assert out.error and "BRIEFKIT_LIMIT_SEED_BYTES" in out.error
    assert "BRIEFKIT_LIMIT_SEED_BYTES" not in os.environ
