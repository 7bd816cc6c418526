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


def test_the_pandoc_rows_show_briefkit_writing_afresh_beside_the_rebuild() -> None:
    """A rebuild reads its finished files back from the cache; Pandoc always writes. The table
    says both, so the ratio is not read as the cost of writing a document."""
    run = _run_module()
    t = {"wall": 0.2, "cpu": 0.2, "rss_mb": 40}
    res = {"help": t, "cold_build": t, "warm_build": t, "stages": {},
           "pandoc": {"pandoc": "pandoc 3.9", "pandoc_docx": t, "briefkit_docx": t, "pandoc_typst": t,
                      "typst_compile": t, "pandoc_typst_pdf": {"wall": 0.4, "cpu": 0.4}, "briefkit_pdf": t,
                      "ratio_docx": 1.0, "ratio_pdf": 0.5, "briefkit_docx_fresh": {"wall": 0.5, "cpu": 0.5, "rss_mb": 60},
                      "briefkit_pdf_fresh": {"wall": 0.8, "cpu": 0.8, "rss_mb": 80},
                      "ratio_docx_fresh": 2.5, "ratio_pdf_fresh": 2.0}}
    labels = {r[0]: r[1] for r in run.rows(res)}
    assert labels["  the same, finished files written afresh (DOCX)"].endswith("= 2.50x")
    assert labels["  the same, finished files written afresh (PDF)"].endswith("= 2.00x")


def test_memory_is_shown_in_the_unit_it_was_read_in() -> None:
    """The kernel reports KiB; `rss_mb` holds them / 1024, which are MiB: a row that called
    149 MiB "149 MB" claimed a worker under a 150 MB target that it was 6 MB over."""
    run = _run_module()
    res = {"help": {"wall": 0.03}, "stages": {},
           "cold_build": {"wall": 1.0, "cpu": 1.0, "rss_mb": 100.0},
           "warm_build": {"wall": 0.1, "cpu": 0.1, "rss_mb": 40.0},
           "batch": {"j1": {"docs": 300, "docs_per_s": 6.0, "cpu_s_per_doc": 0.15, "rss_mb": 149.0, "wall": 50.0},
                     "j2": {"docs": 300, "docs_per_s": 12.0, "cpu_s_per_doc": 0.15, "rss_mb": 149.0, "wall": 25.0}}}
    rows = {r[0]: (r[1], r[2]) for r in run.rows(res)}
    shown, target = rows["batch 300 documents, -j2"]
    assert "149 MiB (156 MB)" in shown and "143 MiB" in target
    assert "100 MiB (105 MB)" in rows["cold build of the seed, 6 documents + charts"][0]


def test_instruction_counts_are_read_and_split_into_per_profile_and_fixed(tmp_path: Path, monkeypatch) -> None:
    """`benchmarks/instructions.py` reads callgrind's total, splits a pair of builds into the
    cost of a profile and the fixed rest, and says in one line when valgrind is missing."""
    spec = importlib.util.spec_from_file_location("bench_instructions", ROOT / "benchmarks" / "instructions.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    out = tmp_path / "callgrind.out.1"
    out.write_text("version: 1\ncreator: callgrind-3.19.0\nevents: Ir\nsummary: 9087284962\n", "utf-8")
    assert module.instructions(out) == 9087284962
    assert module.per_profile(3, 9_087_000_000, 14_082_000_000) == (1_665_000_000, 4_092_000_000)
    # every build of a run, valgrind's fifty-fold slower one too, is held to limits it can meet
    env = module._env("/some/src")
    assert float(env["BRIEFKIT_LIMIT_TEMPLATE_SECONDS"]) >= 600 and float(env["BRIEFKIT_LIMIT_LAYOUT_SECONDS"]) >= 600
    assert env["PYTHONPATH"] == "/some/src" and "PYTHONDONTWRITEBYTECODE" not in env
    monkeypatch.setattr(module.shutil, "which", lambda name: None)
    assert module.main(["--profiles", "1"]) == 2
