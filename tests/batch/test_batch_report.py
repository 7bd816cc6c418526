"""Failure isolation and the build report: one broken seed, length or bug does not stop the rest."""
from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
import sys
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

import pytest

from batch_helpers import mini_corpus
from briefkit.batch import build_many

REPORT_FIELDS = {"seed", "length", "format", "path", "status", "pages", "detail", "dropped", "warnings",
                 "duration", "sha256", "inputs"}


@pytest.fixture
def corpus(tmp_path, monkeypatch) -> Path:
    monkeypatch.chdir(tmp_path)
    mini_corpus(tmp_path, 3)
    return tmp_path


def test_report_lists_every_output_with_its_facts(corpus):
    (corpus / "seeds" / "broken.txt").write_text("no title here\n")
    result = build_many("seeds", out_dir="out", lengths=["snapshot"], jobs=1)
    report = json.loads((corpus / "out" / "build-report.json").read_text())
    assert report["summary"] == {"built": 6, "skipped": 0, "failed": 2, "duration": report["summary"]["duration"]}
    assert len(report["outputs"]) == 8
    for entry in report["outputs"]:
        assert REPORT_FIELDS <= set(entry)
        assert entry["inputs"]["seed"] == hashlib.sha256(Path(entry["seed"]).read_bytes()).hexdigest()
        if entry["status"] == "built":
            data = Path(entry["path"]).read_bytes()
            assert entry["sha256"] == hashlib.sha256(data).hexdigest()
            assert entry["detail"] is not None and entry["duration"] > 0
            assert entry["pages"] == (1 if entry["format"] == "pdf" else None)
        else:
            assert entry["seed"] == "seeds/broken.txt" and "no title" in entry["error"]
    # the API returns the same facts
    assert [o.to_dict() for o in result.outputs][0].keys() == report["outputs"][0].keys()


def test_report_path_is_configurable(corpus):
    build_many("seeds", out_dir="out", lengths=["snapshot"], formats=["pdf"], jobs=1, report="logs/r.json")
    assert json.loads((corpus / "logs" / "r.json").read_text())["summary"]["built"] == 3
    assert not (corpus / "out" / "build-report.json").exists()


def test_internal_error_in_one_seed_does_not_stop_the_others(corpus, monkeypatch):
    import briefkit.fit

    real = briefkit.fit.fit

    def buggy(profile, *a, **kw):
        if profile.title == "Org 1":
            raise ZeroDivisionError("injected")
        return real(profile, *a, **kw)

    monkeypatch.setattr(briefkit.fit, "fit", buggy)
    with ThreadPoolExecutor(2) as pool:
        result = build_many("seeds", out_dir="out", lengths=["snapshot"], formats=["pdf"], executor=pool)
    assert not result.ok
    assert [(o.seed, o.status) for o in result.outputs] == [
        ("seeds/org00.txt", "built"), ("seeds/org01.txt", "failed"), ("seeds/org02.txt", "built")]
    bad = result.failed[0]
    assert bad.error == "internal error, please report (run with --debug for details): ZeroDivisionError: injected"
    assert "Traceback" in bad.traceback and bad.exit_code == 70
    assert not (corpus / "out" / "org01").exists()


def test_broken_template_fails_its_length_only(corpus):
    from briefkit.lengths import builtin_template_dir

    tpl = corpus / "tpl"
    tpl.mkdir()
    (tpl / "brief.md.j2").write_text("{% if %}\n")
    result = build_many("seeds/org00.txt", out_dir="out", lengths=["snapshot", "brief"], formats=["pdf"],
                        templates=tpl, jobs=1)
    assert [(o.length, o.status) for o in result.outputs] == [("snapshot", "built"), ("brief", "failed")]
    assert "brief.md.j2" in result.failed[0].error
    assert builtin_template_dir().is_dir()


def test_lost_worker_is_reported_not_lost(corpus):
    """An executor whose task dies (a killed worker, say) gives failed outputs, not missing ones."""

    class Dying(ThreadPoolExecutor):
        def submit(self, fn, unit):
            if unit.label.endswith("org01.txt"):
                f: Future = Future()
                f.set_exception(RuntimeError("worker tcp://10.0.0.2 died\nlong detail"))
                return f
            return super().submit(fn, unit)

    with Dying(1) as pool:
        result = build_many("seeds", out_dir="out", lengths=["snapshot"], formats=["pdf"], executor=pool)
    assert [o.status for o in result.outputs] == ["built", "failed", "built"]
    assert result.failed[0].error == "worker lost: RuntimeError: worker tcp://10.0.0.2 died"


def test_cli_exit_code_and_summary(corpus):
    (corpus / "seeds" / "broken.txt").write_text("no title here\n")
    proc = subprocess.run([sys.executable, "-m", "briefkit", "build", "-l", "snapshot", "-f", "pdf", "-j", "2"],
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == 7  # a seed error's documented code (README), not the usage-error code
    assert proc.stderr.splitlines() == [
        "briefkit: error: seeds/broken.txt:1: no title line: expected '= Title =' but found 'no title here'"]
    lines = proc.stdout.splitlines()
    assert sum(ln.startswith("wrote dist/") for ln in lines) == 3
    assert "built    3" in lines and "skipped  0 (up to date)" in lines and "failed   1" in lines
    assert any(ln.strip().startswith("- seeds/broken.txt:1: no title line") for ln in lines)
    assert any(ln.startswith("time ") for ln in lines)
    shutil.rmtree(corpus / "dist")
