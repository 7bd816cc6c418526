"""The benchmark's generated inputs are what it claims: distinct readable profiles, and a seed
that really grows with the size factor."""
from __future__ import annotations

import importlib.util
from pathlib import Path

from briefkit.readers import read

ROOT = Path(__file__).resolve().parents[1]


def _run_module():
    spec = importlib.util.spec_from_file_location("bench_run", ROOT / "benchmarks" / "run.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_corpus_profiles_are_distinct_and_readable(tmp_path: Path) -> None:
    run = _run_module()
    seeds = run.make_corpus(tmp_path, 4)
    titles = [read(s).title for s in seeds]
    assert len(set(titles)) == 4
    assert len({s.read_text("utf-8") for s in seeds}) == 4


def test_scaled_seed_grows_with_the_factor(tmp_path: Path) -> None:
    run = _run_module()
    one, four = run.scaled_seed(tmp_path, 1), run.scaled_seed(tmp_path, 4)
    assert 3.5 < four.stat().st_size / one.stat().st_size < 4.5
    headings = [line for line in four.read_text("utf-8").splitlines() if line.startswith("==")]
    assert len(headings) == len(set(headings)), "each copy under its own headings"
    assert read(four).title == read(one).title
