"""A cold build's Word packages are written by the process that read the seed, from the
Documents its helper and the helper's child post (`batch.posted`): the builders never load
python-docx, and a package that fails fails alone."""
from __future__ import annotations

import os
import pickle
import subprocess
import sys
from pathlib import Path

import pytest

from briefkit.batch.posted import take_written
from briefkit.batch.work import Produced
from briefkit.charts import Chart

SRC = str(Path(__file__).resolve().parents[2] / "src")
ENV = {**os.environ, "PYTHONPATH": SRC}

linux = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the helper forks on Linux only")

_SCRIPT = """
import os, sys
from briefkit import docx_cache, fit as fit_module, heap
from briefkit.batch import work
from briefkit.batch.work import WorkUnit, run_unit
log = {log!r}
real_fit, real_write = fit_module.fit, docx_cache.write
def fit(*args, **kwargs):
    done = real_fit(*args, **kwargs)
    with open(log, "a") as fh:
        fh.write(f"fit {{os.getpid()}} {{'docx' in sys.modules}}\\n")
    return done
def write(document, options):
    with open(log, "a") as fh:
        fh.write(f"docx {{os.getpid()}} {{document.meta.length}}\\n")
    if document.meta.length == {fail!r}:
        raise RuntimeError("the disk is gone")
    return real_write(document, options)
fit_module.fit, docx_cache.write = fit, write
unit = WorkUnit(seed={seed!r}, label="seed", source_date_epoch={epoch!r},
                targets=tuple((n, f) for n in ("snapshot", "brief", "full") for f in ("pdf", "docx")))
heap._OWNED = True  # as in the command line's process
work._extracted = lambda unit: True  # an article read afresh: a helper loads the stack meanwhile
shared = run_unit(unit, cores=2)
print(repr([(p.length, p.format, p.data, p.error) for p in shared]))
"""


def _run(tmp_path: Path, fail: str) -> tuple[list, list[list[str]]]:
    from helpers import EPOCH, SEED

    log = tmp_path / "log"
    script = _SCRIPT.format(log=str(log), fail=fail, seed=str(SEED), epoch=EPOCH)
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=tmp_path, env=ENV)
    assert done.returncode == 0, done.stderr[-2000:]
    return eval(done.stdout.strip().splitlines()[-1]), [line.split() for line in log.read_text().splitlines()]  # noqa: S307


@linux
def test_the_packages_are_written_here_the_builders_never_load_python_docx_and_one_that_fails_fails_alone(
        tmp_path):
    """(That the packages are the bytes of a one-process build: `test_batch_split`'s
    `test_one_seed_given_two_cores_forks_twice_and_builds_the_same_outputs`.)"""
    shared, log = _run(tmp_path, fail="brief")
    fits = [(pid, loaded) for kind, pid, loaded in log if kind == "fit"]
    writes = [(pid, length) for kind, pid, length in log if kind == "docx"]
    me = {pid for pid, _ in writes}
    assert len(fits) == 3 and len({pid for pid, _ in fits}) == 2  # the helper and its child lay out
    assert all(loaded == "False" for _, loaded in fits)  # neither loaded python-docx
    assert len(me) == 1 and not me & {pid for pid, _ in fits}  # one process wrote all three
    assert sorted(length for _, length in writes) == ["brief", "full", "snapshot"]
    by = {(length, fmt): (data, error) for length, fmt, data, error in shared}
    data, error = by["brief", "docx"]
    assert data is None and error.startswith("internal error") and "the disk is gone" in error
    assert all(d and e is None for key, (d, e) in by.items() if key != ("brief", "docx"))
    assert all(by[n, "docx"][0].startswith(b"PK") for n in ("snapshot", "full"))


def test_a_document_that_never_came_fails_its_output_as_a_lost_workers():
    results = {(n, f): Produced(n, f) for n in ("snapshot", "full") for f in ("pdf", "docx")}
    results["full", "pdf"].error = "worker lost: the process building full ended with status 9"
    results["full", "docx"].error = "worker lost: the process building full ended with status 9"
    take_written(results, {("snapshot", "docx"): (b"PK", ["a warning"], None, None, 0, 0.5)})
    assert results["snapshot", "docx"].data == b"PK" and results["snapshot", "docx"].warnings == ["a warning"]
    assert results["snapshot", "docx"].duration == 0.5
    assert results["full", "docx"].error.endswith("status 9")  # its builder's loss is what it says
    lost = {(n, f): Produced(n, f) for n, f in [("brief", "docx")]}
    take_written(lost, {})
    assert lost["brief", "docx"].error.startswith("worker lost")


def test_a_chart_is_sent_with_its_png_made():
    made: list[int] = []

    def png() -> bytes:
        made.append(1)
        return b"\x89PNG pixels"

    chart = Chart("timeline", None, png, 6.0, 2.0, "a timeline of 3 events")
    back = pickle.loads(pickle.dumps(chart))
    assert back == Chart("timeline", None, b"\x89PNG pixels", 6.0, 2.0, "a timeline of 3 events")
    assert made == [1] and back.rasterized


def test_a_failure_while_preparing_the_word_writer_is_left_to_the_writes(monkeypatch):
    """The reader prepares the Word writer while it waits (`prepare_docx`); what fails there
    is not the build's end: the writes make it again and report it with each output."""
    from briefkit.batch import posted
    from briefkit.writers.docx import reference

    def broken(*args, **kwargs):
        raise OSError("the base package cannot be read")

    monkeypatch.setattr(reference, "prepare", broken)
    posted.prepare_docx(type("St", (), {"wopts": None})())  # returns; nothing raised


@linux
def test_a_cold_build_with_a_helper_keys_its_caches_as_a_rebuild_does(tmp_path):
    """The builders key the composed Documents and the charts' notes by the profile's JSON,
    which comes with the profile from the process that read it (`lazy_profile.remember_json`):
    a rebuild of the full profile in one process then finds its Document, charts and PDF in
    the build's cache and never validates the profile (`test_heavy_imports`). A JSON that
    differed by a byte fails this."""
    from helpers import EPOCH, SEED

    env = {**ENV, "SOURCE_DATE_EPOCH": EPOCH}
    out = tmp_path / "out"
    first = subprocess.run([sys.executable, "-m", "briefkit", "build", str(SEED), "-o", str(out), "-q"],
                           capture_output=True, text=True, env=env)  # the command's own process: a helper
    assert first.returncode == 0, first.stderr
    probe = (f"import sys\nfrom briefkit.cli import main\ntry:\n    main(['build', {str(SEED)!r}, '-o', {str(out)!r}, "
             "'-l', 'full', '-f', 'pdf', '--force', '-j', '1', '-q'])\nexcept SystemExit as exc:\n    assert not exc.code\n"
             "print(sorted(m for m in ('pydantic', 'briefkit.model', 'reportlab') if m in sys.modules))")
    again = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, env=env)
    assert again.returncode == 0, again.stderr
    assert again.stdout.strip() == "[]"
