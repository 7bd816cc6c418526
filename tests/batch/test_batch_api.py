"""The Python API for scripts: `briefkit.build_many` returns one result per output."""
from __future__ import annotations

import json
import subprocess
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from batch_helpers import mini_corpus


def test_build_many_with_a_process_pool(tmp_path, monkeypatch):
    import briefkit

    monkeypatch.chdir(tmp_path)
    mini_corpus(tmp_path, 2)
    with ProcessPoolExecutor(2) as pool:
        result = briefkit.build_many(["seeds/*.txt"], lengths=["snapshot"], out_dir="out", executor=pool)
    assert result.ok and len(result.built) == 4
    first = result.outputs[0]
    assert (first.seed, first.length, first.format, first.path) == ("seeds/org00.txt", "snapshot", "pdf",
                                                                   "out/org00/snapshot.pdf")
    assert first.pages == 1 and first.detail is not None and len(first.sha256) == 64
    assert set(first.inputs) >= {"seed", "templates", "theme", "briefkit"}
    report = json.loads(Path("out/build-report.json").read_text())
    assert report["outputs"][0] == first.to_dict()


def test_shard_from_the_api(tmp_path, monkeypatch):
    import briefkit

    monkeypatch.chdir(tmp_path)
    mini_corpus(tmp_path, 5)
    seen = []
    for i in (1, 2):
        r = briefkit.build_many("seeds", lengths=["snapshot"], formats=["pdf"], out_dir="out", shard=f"{i}/2",
                                jobs=1, report=False)
        seen += [o.seed for o in r.outputs]
    assert sorted(seen) == [f"seeds/org0{i}.txt" for i in range(5)]


def test_python_dash_m_briefkit(tmp_path):
    proc = subprocess.run([sys.executable, "-m", "briefkit", "build", "--help"], capture_output=True, text=True)
    assert proc.returncode == 0 and "--shard" in proc.stdout and "Usage: briefkit build" in proc.stdout


def test_readme_script_runs(tmp_path):
    import re

    from helpers import ROOT

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    script = next(b for b in re.findall(r"```python\n(.+?)```", readme, flags=re.S) if "build_many(" in b)
    mini_corpus(tmp_path, 2)
    out = subprocess.run([sys.executable, "-m", "briefkit", "inspect", "seeds/org00.txt"], cwd=tmp_path,
                         capture_output=True, text=True, check=True).stdout
    (tmp_path / "profiles" / "deep").mkdir(parents=True)
    (tmp_path / "profiles" / "deep" / "other.yaml").write_text(out.replace("Org 0", "Other Org"), encoding="utf-8")
    proc = subprocess.run([sys.executable, "-c", script], cwd=tmp_path, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    assert "6 built, 0 up to date, report in public/build-report.json" in proc.stdout
    assert sorted(p.name for p in (tmp_path / "public").glob("*.pdf")) == [
        "org00-brief.pdf", "org00-snapshot.pdf", "org01-brief.pdf", "org01-snapshot.pdf", "other-brief.pdf",
        "other-snapshot.pdf"]


def test_a_length_or_format_named_twice_is_built_once(tmp_path, monkeypatch):
    import briefkit

    monkeypatch.chdir(tmp_path)
    mini_corpus(tmp_path, 1)
    result = briefkit.build_many("seeds", lengths=["snapshot", "snapshot"], formats=["pdf", "pdf"], out_dir="out",
                                 jobs=1, report=False)
    assert [(o.length, o.format) for o in result.outputs] == [("snapshot", "pdf")]


def test_the_cache_is_pruned_after_a_run_that_built_and_not_after_one_that_built_nothing(tmp_path, monkeypatch):
    import briefkit
    from briefkit import caches

    monkeypatch.chdir(tmp_path)
    mini_corpus(tmp_path, 1)
    walked = []
    real = caches.prune
    monkeypatch.setattr(caches, "prune", lambda root, *a, **k: walked.append(root) or real(root, *a, **k))
    first = briefkit.build_many("seeds", lengths=["snapshot"], formats=["pdf"], out_dir="out", jobs=1, report=False)
    assert first.built and len(walked) == 1
    again = briefkit.build_many("seeds", lengths=["snapshot"], formats=["pdf"], out_dir="out", jobs=1, report=False)
    assert not again.built and len(walked) == 1  # up to date: nothing written, nothing to prune
    forced = briefkit.build_many("seeds", lengths=["snapshot"], formats=["pdf"], out_dir="out", jobs=1, report=False,
                                 force=True)
    assert forced.built and len(walked) == 2


def test_a_pool_is_handed_the_largest_seeds_first(tmp_path, monkeypatch):
    """Units go to a pool largest seed first (the input order among seeds of a size), so the
    smallest are what is left when workers finish; every output is still reported in input
    order."""
    from concurrent.futures import Executor, Future

    import briefkit
    from batch_helpers import mini_seed

    class Recording(Executor):
        def __init__(self) -> None:
            self.order: list[str] = []

        def submit(self, fn, /, *args, **kwargs):
            self.order.append(Path(args[0].seed).name)
            done: Future = Future()
            done.set_result(fn(*args, **kwargs))
            return done

    monkeypatch.chdir(tmp_path)
    for name, extra in (("a", ""), ("b", " It grew." * 30), ("c", " It grew." * 5), ("d", " It grew." * 30)):
        mini_seed(tmp_path / "seeds" / f"{name}.txt", f"Org {name.upper()}", extra)
    pool = Recording()
    result = briefkit.build_many(["seeds/*.txt"], lengths=["snapshot"], formats=["docx"], out_dir="out",
                                 executor=pool)
    assert pool.order == ["b.txt", "d.txt", "c.txt", "a.txt"]
    assert [Path(r.seed).name for r in result.outputs] == ["a.txt", "b.txt", "c.txt", "d.txt"]
